// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "app/gui/BookListModel.h"
#include "app/gui/WorkerTask.h"
#include "core/Error.h"
#include "core/services/Session.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <memory>
#include <optional>

class QQmlEngine;
class QJSEngine;

namespace dc::gui {

class Language;

// The signed-in session, if any, and what the pages show of it. The Session object holds the open database and
// its key; signOut() and closeForLock() destroy it, which closes the database and wipes the key. Every view model
// that calls a service reaches the session through here (session()), on the interface thread — except the
// partner's sign-in, which runs on this object's worker and is waited for before the session goes, and the judging
// (AwardsBoard), whose worker is waited for on closing().
class SessionController : public QObject {
    Q_OBJECT
    QML_NAMED_ELEMENT(CurrentSession)
    QML_SINGLETON
    Q_PROPERTY(bool signedIn READ signedIn NOTIFY signedInChanged)
    Q_PROPERTY(QString userName READ userName NOTIFY changed)
    Q_PROPERTY(QString displayName READ displayName NOTIFY changed)
    Q_PROPERTY(Role role READ role NOTIFY changed)
    Q_PROPERTY(QString roleName READ roleName NOTIFY changed) // in the interface language
    Q_PROPERTY(QString siteName READ siteName NOTIFY changed)
    Q_PROPERTY(QString signedInAt READ signedInAt NOTIFY changed) // HH:mm dd/MM/yyyy, Vietnam's time
    // The second member of the pair, once they signed in with their own password (SignIn::addPartner).
    Q_PROPERTY(bool hasPartner READ hasPartner NOTIFY changed)
    Q_PROPERTY(QString partnerUserName READ partnerUserName NOTIFY changed)
    Q_PROPERTY(QString partnerDisplayName READ partnerDisplayName NOTIFY changed)
    Q_PROPERTY(dc::gui::BookListModel* books READ books CONSTANT)
    // Why the books could not be listed; empty when they were.
    Q_PROPERTY(QString booksMessage READ booksMessage NOTIFY booksMessageChanged)
    // The last session closed with an entry half typed, kept for the pair (core::DraftService): the sign-in page says
    // so. Cleared at the next sign-in.
    Q_PROPERTY(bool draftKept READ draftKept NOTIFY draftKeptChanged)

public:
    // The signed-in account's role (core::Role), for the views to compare: CurrentSession.Supervisor, ...
    enum class Role {
        None,       // nobody signed in
        Volunteer,  // logs checks, in a pair
        Supervisor, // the commune's civil-status officer: review, spot-checks, reports, closing the day
        District,   // a district office account
        Province,   // a province office account
    };
    Q_ENUM(Role)

    explicit SessionController(Language* language, QObject* parent = nullptr);
    ~SessionController() override; // ends a running work session and closes the database
    static SessionController* create(QQmlEngine* engine, QJSEngine* scriptEngine);

    // Takes the session a sign-in, a recovery or an unlock opened (replacing any other) and lists its books.
    void adopt(std::unique_ptr<core::Session> session);
    // The open session for the view models' service calls; nullptr when nobody is signed in (or while locked).
    [[nodiscard]] core::Session* session() const { return m_session.get(); }

    [[nodiscard]] bool signedIn() const { return m_session != nullptr; }
    [[nodiscard]] QString userName() const;
    [[nodiscard]] QString displayName() const;
    [[nodiscard]] Role role() const;
    [[nodiscard]] QString roleName() const;
    [[nodiscard]] QString siteName() const;
    [[nodiscard]] QString signedInAt() const;
    [[nodiscard]] bool hasPartner() const { return m_session && m_session->partner(); }
    [[nodiscard]] QString partnerUserName() const;
    [[nodiscard]] QString partnerDisplayName() const;
    [[nodiscard]] BookListModel* books() const { return m_books; }
    [[nodiscard]] QString booksMessage() const;
    [[nodiscard]] bool draftKept() const { return m_draftKept; }
    // The logging screen kept a draft while the session was closing (closing()).
    void noteDraftKept();

    // The second member of the pair signs in to this session with their own password, on a worker thread
    // (Argon2id). partnerFinished() follows; partnerError() says why it failed. The password buffer is wiped
    // on the worker when the call is done.
    void addPartner(const QString& userName, crypto::SecureBuffer password);
    [[nodiscard]] bool partnerBusy() const { return m_partnerTask.running(); }
    [[nodiscard]] const std::optional<core::Error>& partnerError() const { return m_partnerError; }

    Q_INVOKABLE void reloadBooks();
    // Ends the pair's work session, if one runs (WorkSessionService::end), then closes the database and wipes
    // the keys. Does nothing when nobody is signed in. Not for QML: the views sign out through Navigator::signOut.
    void signOut();
    // The idle lock: closes the database and wipes the keys, leaving the work session to be resumed.
    void closeForLock();
    // Called after an acknowledged write: a moment later, while the pair reads the next entry, the database's
    // write-ahead log is copied into the main file if it is due (store::Database::checkpointIfDue), so that no
    // save waits for it.
    void settleSoon();

Q_SIGNALS:
    void signedInChanged(); // a session was opened or closed
    void changed();         // anything shown about the session, including its words after a language switch
    void booksMessageChanged();
    void partnerFinished(bool added);
    void partnerBusyChanged();
    void draftKeptChanged();
    // The session is about to close (sign-out, idle lock): the database is still open, so that what is typed and not
    // saved can be kept (LogForm::keepDraft).
    void closing();

private:
    void close(bool endWork);
    void finishPartner();

    std::unique_ptr<core::Session> m_session;
    QDateTime m_signedInAt;
    BookListModel* m_books = nullptr;
    std::optional<core::Error> m_booksError;
    std::optional<core::Error> m_partnerError;
    QTimer* m_settle = nullptr;
    bool m_draftKept = false;
    // Declared after m_session: destroyed (and waited for) before the session it works on.
    WorkerTask<core::Result<void>> m_partnerTask;
};

} // namespace dc::gui
