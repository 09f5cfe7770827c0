// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "app/gui/SessionController.h"

#include "app/common/ErrorText.h"
#include "app/gui/AppContext.h"
#include "app/gui/BookListModel.h"
#include "app/gui/DisplayText.h"
#include "app/gui/Language.h"
#include "core/services/BookService.h"

namespace dc::gui {

SessionController::SessionController(Language* language, QObject* parent)
    : QObject(parent), m_books(new BookListModel(language, this)) {
    connect(language, &Language::changed, this, &SessionController::changed);
    connect(language, &Language::changed, this, &SessionController::booksMessageChanged);
}

SessionController::~SessionController() = default;

SessionController* SessionController::create(QQmlEngine* engine, QJSEngine*) {
    return injectedSingleton(engine, &AppContext::session);
}

void SessionController::adopt(std::unique_ptr<core::Session> session) {
    const bool wasSignedIn = signedIn();
    m_books->clear();
    m_session = std::move(session);
    m_signedInAt = QDateTime::currentDateTimeUtc();
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

QString SessionController::roleKey() const {
    return m_session ? core::roleKey(m_session->user().role) : QString();
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

QString SessionController::booksMessage() const {
    return m_booksError ? app::errorText(*m_booksError) : QString();
}

void SessionController::reloadBooks() {
    m_booksError.reset();
    if (!m_session) {
        m_books->clear();
    } else if (auto books = core::BookService::listBooks(*m_session); books.ok()) {
        m_books->setBooks(std::move(books).value());
    } else {
        m_books->clear();
        m_booksError = books.error();
    }
    Q_EMIT booksMessageChanged();
}

void SessionController::signOut() {
    if (!m_session) {
        return;
    }
    m_books->clear();
    m_booksError.reset();
    m_session.reset(); // closes the database; the key's SecureBuffer is wiped
    Q_EMIT booksMessageChanged();
    Q_EMIT changed();
    Q_EMIT signedInChanged();
}

} // namespace dc::gui
