// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "app/gui/SessionController.h"

#include "app/common/ErrorText.h"
#include "app/gui/AppContext.h"
#include "app/gui/BookListModel.h"
#include "app/gui/DisplayText.h"
#include "app/gui/Guarded.h"
#include "app/gui/Language.h"
#include "core/services/BookService.h"
#include "core/services/LogService.h"
#include "core/services/SignIn.h"
#include "core/services/WorkSessionService.h"

namespace dc::gui {

namespace {
constexpr int kSettleDelayMs = 300; // after the confirmation is on screen
} // namespace

SessionController::SessionController(Language* language, QObject* parent)
    : QObject(parent), m_books(new BookListModel(language, this)) {
    connect(language, &Language::changed, this, &SessionController::changed);
    connect(language, &Language::changed, this, &SessionController::booksMessageChanged);
    connect(&m_partnerTask, &TaskSignals::finished, this, &SessionController::finishPartner);
    m_settle = new QTimer(this);
    m_settle->setSingleShot(true);
    m_settle->setInterval(kSettleDelayMs);
    connect(m_settle, &QTimer::timeout, this, [this] {
        if (m_session && !m_partnerTask.running()) {
            core::LogService::settle(*m_session);
        }
    });
}

void SessionController::settleSoon() {
    m_settle->start();
}

SessionController::~SessionController() {
    m_partnerTask.wait();
    if (m_session && m_session->workSessionId()) {
        (void)guarded([&] { return core::WorkSessionService::end(*m_session); }); // quitting ends the pair's work
    }
}

SessionController* SessionController::create(QQmlEngine* engine, QJSEngine*) {
    return injectedSingleton(engine, &AppContext::session);
}

void SessionController::adopt(std::unique_ptr<core::Session> session) {
    m_partnerTask.wait();
    const bool wasSignedIn = signedIn();
    m_books->clear();
    m_session = std::move(session);
    m_signedInAt = QDateTime::currentDateTimeUtc();
    if (m_session && m_draftKept) {
        m_draftKept = false;
        Q_EMIT draftKeptChanged();
    }
    reloadBooks();
    Q_EMIT changed();
    if (wasSignedIn != signedIn()) {
        Q_EMIT signedInChanged();
    }
}

QString SessionController::userName() const {
    return m_session ? m_session->user().userName : QString();
}

QString SessionController::displayName() const {
    if (!m_session) {
        return {};
    }
    const core::UserAccount& user = m_session->user();
    return user.displayName.isEmpty() ? user.userName : user.displayName;
}

SessionController::Role SessionController::role() const {
    if (!m_session) {
        return Role::None;
    }
    switch (m_session->user().role) {
    case core::Role::Volunteer:
        return Role::Volunteer;
    case core::Role::Supervisor:
        return Role::Supervisor;
    case core::Role::District:
        return Role::District;
    case core::Role::Province:
        return Role::Province;
    }
    return Role::None;
}

QString SessionController::roleName() const {
    return m_session ? text::roleName(m_session->user().role) : QString();
}

QString SessionController::siteName() const {
    return m_session ? m_session->siteName() : QString();
}

QString SessionController::signedInAt() const {
    return m_session ? text::dateTime(m_signedInAt) : QString();
}

QString SessionController::partnerUserName() const {
    return hasPartner() ? m_session->partner()->userName : QString();
}

QString SessionController::partnerDisplayName() const {
    if (!hasPartner()) {
        return {};
    }
    const core::UserAccount& partner = *m_session->partner();
    return partner.displayName.isEmpty() ? partner.userName : partner.displayName;
}

QString SessionController::booksMessage() const {
    return m_booksError ? app::errorText(*m_booksError) : QString();
}

void SessionController::addPartner(const QString& userName, crypto::SecureBuffer password) {
    if (!m_session || m_partnerTask.running()) {
        return;
    }
    m_partnerError.reset();
    core::Session* session = m_session.get(); // stays alive: close() and adopt() wait for the task first
    m_partnerTask.start([session, userName, password = std::move(password)]() {
        return core::SignIn().addPartner(*session, userName, password);
    });
    Q_EMIT partnerBusyChanged();
}

void SessionController::finishPartner() {
    core::Result<void> outcome = m_partnerTask.take();
    if (!outcome) {
        m_partnerError = outcome.error();
    }
    Q_EMIT partnerBusyChanged();
    Q_EMIT changed();
    Q_EMIT partnerFinished(outcome.ok());
}

void SessionController::reloadBooks() {
    m_booksError.reset();
    if (!m_session || m_session->siteKind() != core::SiteKind::Commune) {
        m_books->clear(); // a hub keeps no register books of its own (its pages read what the communes sent)
    } else if (auto books = guarded([&] { return core::BookService::listBooks(*m_session); }); books.ok()) {
        m_books->setBooks(std::move(books).value());
    } else {
        m_books->clear();
        m_booksError = books.error();
    }
    Q_EMIT booksMessageChanged();
}

void SessionController::signOut() {
    close(true);
}

void SessionController::noteDraftKept() {
    if (!m_draftKept) {
        m_draftKept = true;
        Q_EMIT draftKeptChanged();
    }
}

void SessionController::closeForLock() {
    close(false);
}

void SessionController::close(bool endWork) {
    m_partnerTask.wait();
    if (!m_session) {
        return;
    }
    if (m_draftKept) { // said of this closing only: a draft kept at an earlier Ctrl+B may have been saved since
        m_draftKept = false;
        Q_EMIT draftKeptChanged();
    }
    Q_EMIT closing(); // the logging screen keeps its draft while the database is open
    if (endWork && m_session->workSessionId()) {
        // A failure here (the database went away) must not keep the pair signed in: the session is closed anyway.
        (void)guarded([&] { return core::WorkSessionService::end(*m_session); });
    }
    m_books->clear();
    m_booksError.reset();
    m_partnerError.reset();
    m_session.reset(); // closes the database; the key's SecureBuffer is wiped
    Q_EMIT booksMessageChanged();
    Q_EMIT changed();
    Q_EMIT signedInChanged();
}

} // namespace dc::gui
