// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "app/gui/Navigator.h"

#include <algorithm>

#include "app/gui/AppContext.h"
#include "app/gui/SessionController.h"
#include "app/gui/WorkSession.h"

namespace dc::gui {

Navigator::Navigator(SessionController* sessions, WorkSession* work, QObject* parent)
    : QObject(parent), m_sessions(sessions), m_work(work) {
    connect(m_sessions, &SessionController::signedInChanged, this, &Navigator::followSession);
    connect(
        m_sessions, &SessionController::partnerFinished, this,
        [this](bool added) {
            if (added && m_page == Page::Partner && m_sessions->hasPartner()) {
                setPage(Page::Roles);
            }
        },
        Qt::QueuedConnection); // after the partner page has heard of it too
    connect(m_work, &WorkSession::started, this, [this] {
        if (m_page == Page::Roles) {
            setPage(Page::Books);
        }
    });
    connect(m_work, &WorkSession::signOutRequested, this, &Navigator::signOut);
    for (const auto signal : {&SessionController::signedInChanged, &SessionController::partnerBusyChanged}) {
        connect(m_sessions, signal, this, &Navigator::canSignOutChanged);
    }
    for (const auto signal : {&WorkSession::lockedChanged, &WorkSession::unlockBusyChanged}) {
        connect(m_work, signal, this, &Navigator::canSignOutChanged);
    }
}

Navigator::~Navigator() = default;

Navigator* Navigator::create(QQmlEngine* engine, QJSEngine*) {
    return injectedSingleton(engine, &AppContext::navigator);
}

bool Navigator::canSignOut() const {
    return (m_sessions->signedIn() || m_work->locked()) && !m_sessions->partnerBusy() && !m_work->unlockBusy();
}

// Which page follows a sign-in or a sign-out. Volunteers work in pairs; province and district accounts (office staff at
// the hub, one person each, signed in as a supervisor is) see the province board; other roles keep the home page. The
// lock and the unlock close and reopen the session under the page, which stays.
void Navigator::followSession() {
    if (m_work->keepsPage()) {
        return;
    }
    setInputs(nullptr, nullptr);
    const core::Session* session = m_sessions->session();
    if (!session) {
        setPage(Page::SignIn);
    } else if (session->user().role == core::Role::Province || session->user().role == core::Role::District) {
        setPage(Page::Board);
    } else if (session->user().role != core::Role::Volunteer) {
        setPage(Page::Home);
    } else {
        setPage(session->partner() ? Page::Roles : Page::Partner);
    }
}

bool Navigator::offers(Page to) const {
    switch (m_page) {
    case Page::SignIn:
        return to == Page::Recovery || to == Page::CreateSite;
    case Page::Recovery:
    case Page::CreateSite:
        return to == Page::SignIn;
    case Page::Home:
        return to == Page::Review || to == Page::SpotChecks || to == Page::Reports || to == Page::Admin ||
               to == Page::Awards || to == Page::ErrorMap || to == Page::TrainerBoard;
    case Page::Review:
    case Page::SpotChecks:
    case Page::Admin:
    case Page::TrainerBoard:
        return to == Page::Home;
    case Page::Reports: // from the home page, or at the hub from the board (F4)
        return to == Page::Home || to == Page::Board;
    case Page::Roles:
        return to == Page::Partner; // another partner
    case Page::Commune:
    case Page::Import:
        return to == Page::Board;
    case Page::Volunteers:
        return to == Page::Board || to == Page::Registration;
    case Page::Registration:
        return to == Page::Volunteers;
    case Page::Board: // a commune is opened with openCommune
        return to == Page::Import || to == Page::Reports || to == Page::Volunteers || to == Page::Awards ||
               to == Page::ErrorMap;
    case Page::Awards:   // from the board at the hub, or from a supervisor's home page
    case Page::ErrorMap: // likewise
        return to == Page::Board || to == Page::Home;
    case Page::Logging:
        return to == Page::Books || to == Page::TrainingScore; // another book; a training book's score
    case Page::TrainingScore:                                  // the logging screen's book stays chosen
        return to == Page::Logging || to == Page::Books;
    case Page::Partner:
    case Page::Books:
        break;
    }
    return false;
}

void Navigator::open(Page page) {
    if (!offers(page) || m_work->locked()) {
        return;
    }
    if (page == Page::Partner) {
        m_work->clearMessage(); // what refused the roles is about the partner being replaced
    }
    if (m_page == Page::Logging) {
        Q_EMIT loggingClosing();
    }
    setPage(page);
}

void Navigator::openCommune(const QString& site) {
    if (m_page != Page::Board || site.isEmpty()) {
        return;
    }
    m_communeSite = site;
    Q_EMIT communeSiteChanged();
    setPage(Page::Commune);
}

void Navigator::openLogging(const core::Book& book, std::optional<ReturnedCheck> amend) {
    if (m_page != Page::Books || m_work->locked()) {
        return;
    }
    setInputs(new ChosenBook(book, this), amend ? new CheckToAmend(std::move(*amend), this) : nullptr);
    setPage(Page::Logging);
}

// Not refused while a password is being checked (the keys wait for canSignOut): the session waits for the partner's
// sign-in, and the lock screen's form for its unlock, before they go.
bool Navigator::signOut() {
    if (m_codesHeld > 0) {
        Q_EMIT signOutRefused();
        return false;
    }
    if (m_work->locked()) {
        m_work->abandonLock(); // the database is closed already; the pair's work session stays paused
    } else {
        m_sessions->signOut(); // ends the work session first, then closes the database and wipes the key
    }
    followSession();
    return true;
}

void Navigator::holdCode(bool held) {
    m_codesHeld = std::max(0, m_codesHeld + (held ? 1 : -1));
}

void Navigator::setPage(Page page) {
    if (page != Page::Commune && page != Page::Board && page != Page::Import && !m_communeSite.isEmpty()) {
        m_communeSite.clear();
        Q_EMIT communeSiteChanged();
    }
    if (page != m_page) {
        m_page = page;
        Q_EMIT pageChanged();
    }
}

void Navigator::setInputs(ChosenBook* book, CheckToAmend* amendment) {
    if (book == m_book && amendment == m_amendment) {
        return;
    }
    // The page that used the old ones may still be on its way out: they go with the event loop.
    for (QObject* old : {static_cast<QObject*>(m_book), static_cast<QObject*>(m_amendment)}) {
        if (old) {
            old->deleteLater();
        }
    }
    m_book = book;
    m_amendment = amendment;
    Q_EMIT bookChanged();
}

} // namespace dc::gui
