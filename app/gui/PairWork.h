// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "app/gui/ReviewItemsModel.h"
#include "core/Error.h"
#include "core/services/BookService.h"
#include "core/services/CheckLog.h"
#include "core/services/SignIn.h"
#include "core/services/WorkSessionService.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <memory>
#include <optional>

class QQmlEngine;
class QJSEngine;
class QSettings;

namespace dc::gui {

class BookPickerModel;
class ReviewItemsModel;
class IdleWatch;
class Language;
class SessionController;

// The pair at work: which page the signed-in people are on (partner, who reads first, book, logging), the work
// session (WorkSessionService: roles, pause, working time, today's counts), the chosen book, and the idle lock.
// Every rule — who may form a pair, what a pause does — is core's; this calls the services and says what
// happened.
class PairWork : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(Stage stage READ stage NOTIFY stageChanged)
    // The idle lock is on: the database is closed and one of the pair must unlock with their password.
    Q_PROPERTY(bool locked READ locked NOTIFY lockedChanged)
    // Who reads the book aloud and who checks and types, by display name.
    Q_PROPERTY(QString readerName READ readerName NOTIFY stateChanged)
    Q_PROPERTY(QString checkerName READ checkerName NOTIFY stateChanged)
    Q_PROPERTY(bool paused READ paused NOTIFY stateChanged)
    // Working time of the work session without its pauses, H:MM:SS, ticking every second.
    Q_PROPERTY(QString workedText READ workedText NOTIFY tick)
    Q_PROPERTY(int todayLogged READ todayLogged NOTIFY countsChanged)
    Q_PROPERTY(int todayCorrected READ todayCorrected NOTIFY countsChanged)
    Q_PROPERTY(int todayEscalated READ todayEscalated NOTIFY countsChanged)
    // Why the last call about the work session failed, in the interface language; empty otherwise.
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(dc::gui::BookPickerModel* books READ books CONSTANT)
    Q_PROPERTY(QString booksMessage READ booksMessage NOTIFY booksMessageChanged)
    Q_PROPERTY(QString bookTitle READ bookTitle NOTIFY bookChanged)
    // The pair's checks the supervisor returned, and their escalations the supervisor resolved
    // (ReviewService::returnedToPair), read when the pair reaches the book picker.
    Q_PROPERTY(dc::gui::ReviewItemsModel* returned READ returned CONSTANT)
    // Minutes without a key press or mouse move before the idle lock (--idle-minutes, else the setting
    // session/idleMinutes, else 5). Tests set idleSeconds to a few seconds.
    Q_PROPERTY(int idleSeconds READ idleSeconds WRITE setIdleSeconds NOTIFY idleSecondsChanged)
    // While locked: the two members of the pair, each a map with userName and displayName.
    Q_PROPERTY(QVariantList lockedMembers READ lockedMembers NOTIFY lockedChanged)

public:
    enum class Stage {
        SignedOut, // nobody signed in: the sign-in (or recovery) page
        Home,      // a supervisor (or office account): the home page
        Partner,   // a volunteer signed in: the second member of the pair signs in
        Roles,     // the pair chooses who reads first
        Books,     // the work session runs: the pair picks a book
        Logging,   // the logging screen for the chosen book
    };
    Q_ENUM(Stage)

    static constexpr int kDefaultIdleMinutes = 5;

    // `idleMinutes` from the command line; 0: the setting, else kDefaultIdleMinutes.
    PairWork(SessionController* sessions, Language* language, QSettings& settings, int idleMinutes,
             QObject* parent = nullptr);
    ~PairWork() override;
    static PairWork* create(QQmlEngine* engine, QJSEngine* scriptEngine);

    [[nodiscard]] Stage stage() const { return m_stage; }
    [[nodiscard]] bool locked() const { return m_lock.has_value(); }
    [[nodiscard]] QString readerName() const { return m_readerName; }
    [[nodiscard]] QString checkerName() const { return m_checkerName; }
    [[nodiscard]] bool paused() const { return m_state && m_state->paused; }
    [[nodiscard]] QString workedText() const;
    [[nodiscard]] int todayLogged() const { return m_counts.logged; }
    [[nodiscard]] int todayCorrected() const { return m_counts.corrected; }
    [[nodiscard]] int todayEscalated() const { return m_counts.escalated; }
    [[nodiscard]] QString message() const;
    [[nodiscard]] BookPickerModel* books() const { return m_books; }
    [[nodiscard]] QString booksMessage() const;
    [[nodiscard]] QString bookTitle() const;
    [[nodiscard]] ReviewItemsModel* returned() const { return m_returned; }
    [[nodiscard]] int idleSeconds() const { return m_idleSeconds; }
    void setIdleSeconds(int seconds);
    [[nodiscard]] QVariantList lockedMembers() const;

    // The book being logged (Logging stage), for the logging screen.
    [[nodiscard]] const std::optional<core::Book>& book() const { return m_book; }
    // The check openReturned() chose, for the logging form to load as an amendment (once).
    [[nodiscard]] std::optional<core::LoggedCheck> takePendingAmend();

    // Starts the work session: 1 — the volunteer who signed in first reads, 2 — the partner reads.
    Q_INVOKABLE bool startWork(int reader);
    // From choosing the roles back to the partner's sign-in (another partner replaces this one).
    Q_INVOKABLE void changePartner();
    Q_INVOKABLE void swapRoles();
    Q_INVOKABLE void togglePause();
    Q_INVOKABLE void reloadBooks();
    Q_INVOKABLE void openBook(int row);
    Q_INVOKABLE void changeBook();
    Q_INVOKABLE void reloadReturned();
    // Re-checks a returned (or resolved) check: opens its book with the check loaded for an amendment, which
    // supersedes it (LogService::amendCheck). False when its book is not open for logging.
    Q_INVOKABLE bool openReturned(int row);
    // The idle lock at once (Ctrl+L); before the pair works together it signs out instead.
    Q_INVOKABLE void lockNow();
    // Sign-out ends the work session (WorkSessionService::end) and closes the session.
    Q_INVOKABLE void signOut();
    // From the lock screen: forget the locked pair and go back to the sign-in page. The work session stays paused.
    Q_INVOKABLE void abandonLock();
    Q_INVOKABLE void clearMessage();

    // After a check was logged, amended or voided: today's counts again.
    void refreshCounts();
    // For the unlock form: the pair to resume and where its database is.
    struct Lock {
        QString databasePath;
        core::SignIn::LockedPair pair;
        QString firstDisplayName;
        QString partnerDisplayName;
        bool pausedByLock = false; // the lock paused the work: unlocking resumes it
    };
    [[nodiscard]] const std::optional<Lock>& lock() const { return m_lock; }
    // The unlock succeeded (SignIn::resumePair): the session goes on where it was.
    void unlocked(std::unique_ptr<core::Session> session);

Q_SIGNALS:
    void stageChanged();
    void lockedChanged();
    void stateChanged();
    void tick();
    void countsChanged();
    void messageChanged();
    void booksMessageChanged();
    void bookChanged();
    void idleSecondsChanged();

private:
    void followSession();
    void setStage(Stage stage);
    void apply(const core::Result<core::WorkSessionState>& state);
    void setError(std::optional<core::Error> error);
    void onIdle();
    void updateWatches();
    [[nodiscard]] qint64 workedSeconds() const;
    [[nodiscard]] QString memberName(qint64 userId) const;

    SessionController* m_sessions = nullptr;
    Language* m_language = nullptr;
    BookPickerModel* m_books = nullptr;
    IdleWatch* m_idle = nullptr;
    Stage m_stage = Stage::SignedOut;
    std::optional<core::WorkSessionState> m_state;
    QString m_readerName; // kept while locked, when the session that knows the names is closed
    QString m_checkerName;
    core::DayCounts m_counts;
    std::optional<core::Error> m_error;
    std::optional<core::Error> m_booksError;
    std::optional<core::Book> m_book;
    ReviewItemsModel* m_returned = nullptr;
    std::optional<core::LoggedCheck> m_pendingAmend;
    std::optional<Lock> m_lock;
    bool m_unlocking = false;
    int m_idleSeconds = kDefaultIdleMinutes * 60;
    QTimer m_ticker;
    QElapsedTimer m_sinceState; // since m_state was read: the running part of the working time
};

} // namespace dc::gui
