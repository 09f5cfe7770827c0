// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "app/gui/CheckToAmend.h"
#include "app/gui/ChosenBook.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

#include <optional>

class QQmlEngine;
class QJSEngine;

namespace dc::gui {

class SessionController;
class WorkSession;

// Which page is on screen, and the one way to sign out. The page follows the session (nobody signed in: sign-in; a
// volunteer: the partner's sign-in, then who reads first, the book picker and the logging screen; a province or
// district account at the hub: the province board and the communes under it; anyone else: the home page and, for a
// supervisor, the pages over it) and the requests of the pages, each checked against where
// the person is. The idle lock covers the page without changing it (WorkSession.locked).
//
// The logging page's inputs — the chosen book and a check to amend — are kept here and handed to the page by the
// shell as required properties.
class Navigator : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(Page page READ page NOTIFY pageChanged)
    // Signing out makes sense now: someone is signed in or locked out, and no password is being checked (the sign-out
    // key waits for it).
    Q_PROPERTY(bool canSignOut READ canSignOut NOTIFY canSignOutChanged)
    // The book the logging page logs in (Logging), and the check it opens as an amendment (null: none).
    Q_PROPERTY(dc::gui::ChosenBook* book READ book NOTIFY bookChanged)
    Q_PROPERTY(dc::gui::CheckToAmend* amendment READ amendment NOTIFY bookChanged)
    // The commune the Commune page shows: its workstation's site UUID; back on the board, the row chosen again (empty
    // on other pages).
    Q_PROPERTY(QString communeSite READ communeSite NOTIFY communeSiteChanged)

public:
    enum class Page {
        SignIn,        // nobody signed in
        Recovery,      // the recovery form, from the sign-in page (Ctrl+R)
        Home,          // a supervisor (or an office account) signed in
        Review,        // the supervisor's review queue, over the home page (F2)
        SpotChecks,    // the supervisor's spot-checks (F3)
        Reports,       // the supervisor's reports (F4); at the hub, from the board (F4), for a scope
        Partner,       // a volunteer signed in: the second member of the pair signs in
        Roles,         // the pair chooses who reads first
        Books,         // the work session runs: the pair picks a book
        Logging,       // the logging screen of the chosen book
        Admin,         // the supervisor's administration: accounts, books, site keys (F5 from the home page)
        CreateSite,    // a new site, from the sign-in page (Ctrl+N)
        Board,         // at the hub: the province board, the home page of a province or district account
        Commune,       // at the hub: one commune drilled down into from the board (communeSite)
        Import,        // at the hub: bundles received, imported (F6 from the board)
        Volunteers,    // at the hub: the quota board and the registrations (F7 from the board; issue 14)
        Registration,  // at the hub: the registration form Mẫu 01 (Ctrl+N from the volunteers page)
        Awards,        // the judging (issue 15): from the board (F9) at the hub, from a supervisor's home (F9)
        ErrorMap,      // the error map (issue 16): from the board (F8) at the hub, from a supervisor's home (F8)
        TrainingScore, // a training book's score (issue 18): from the logging screen (F7, or after its last entry)
        TrainerBoard,  // the trainer's board (issue 18): from a training site supervisor's home (F7)
    };
    Q_ENUM(Page)

    Navigator(SessionController* sessions, WorkSession* work, QObject* parent = nullptr);
    ~Navigator() override;
    static Navigator* create(QQmlEngine* engine, QJSEngine* scriptEngine);

    [[nodiscard]] Page page() const { return m_page; }
    [[nodiscard]] bool canSignOut() const;
    [[nodiscard]] ChosenBook* book() const { return m_book; }
    [[nodiscard]] CheckToAmend* amendment() const { return m_amendment; }
    [[nodiscard]] QString communeSite() const { return m_communeSite; }

    // Goes to `page` when it is a step the current page offers: the recovery form and a new site from the sign-in page
    // and back; between the home page and the supervisor's pages (administration among them); from who reads first back
    // to the partner's sign-in (another partner); from the logging screen back to the book picker (another book).
    // At the hub, from the board to the import page, the volunteers page or the reports and from them or a commune's
    // page back to the board; from the volunteers page to the registration form and back. The judging page from the
    // board or a supervisor's home page, and back to either; the error map likewise. On a training site, the score of
    // the book from the logging screen and back to it (or to the book picker); the trainer's board from home and back.
    // Anything else is ignored.
    Q_INVOKABLE void open(dc::gui::Navigator::Page page);
    // From the province board: the Commune page of the enrolled workstation `site` (what it may show is the service's
    // to decide). Ignored elsewhere or for an empty site.
    Q_INVOKABLE void openCommune(const QString& site);
    // The one sign-out: ends the pair's work session and closes the database (SessionController::signOut); on the lock
    // screen it forgets the locked pair instead, whose work session stays paused. The sign-in page follows.
    // Refused (false, and signOutRefused) while a new recovery code is on screen, not yet saved or forgotten: the old
    // code no longer works, so losing the new one leaves the site without any. Closing the window asks the same.
    Q_INVOKABLE bool signOut();
    // A new recovery code is on screen (NewRecoveryCode::hold) or gone from it (saved and forgotten, or destroyed).
    void holdCode(bool held);

    // From the book picker: the logging screen of `book`, with `amend` loaded as an amendment when given.
    void openLogging(const core::Book& book, std::optional<ReturnedCheck> amend);

Q_SIGNALS:
    void pageChanged();
    void canSignOutChanged();
    void bookChanged();
    void communeSiteChanged();
    // The logging page is about to go (another book, Ctrl+B): its LogForm keeps what is typed for the pair.
    void loggingClosing();
    // A sign-out (or closing the window) was refused because a new recovery code is still on screen.
    void signOutRefused();

private:
    void followSession();
    void setPage(Page page);
    void setInputs(ChosenBook* book, CheckToAmend* amendment);
    [[nodiscard]] bool offers(Page to) const;

    SessionController* m_sessions = nullptr;
    WorkSession* m_work = nullptr;
    Page m_page = Page::SignIn;
    int m_codesHeld = 0; // new recovery codes on screen
    QPointer<ChosenBook> m_book;
    QPointer<CheckToAmend> m_amendment;
    QString m_communeSite;
};

} // namespace dc::gui
