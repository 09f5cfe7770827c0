// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/Error.h"
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

class IdleWatch;
class Language;
class SessionController;

// The pair's work session (WorkSessionService): who reads and who checks, the pause, the working time without its
// pauses, today's counts, and the idle lock with its unlock. Which page is shown is the Navigator's business; this
// says what the work session is. Every rule — who may form a pair, what a pause does — is core's.
//
// Today's counts are read when the work starts and after an unlock; after each save the logging form hands over the
// counts of its receipt (setToday), read in the save's own transaction, so nothing is read again.
class WorkSession : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // The work session runs (started by the pair's choice of reader, until sign-out).
    Q_PROPERTY(bool running READ running NOTIFY stateChanged)
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
    // Minutes without a key press or mouse move before the idle lock (--idle-minutes, else the setting
    // session/idleMinutes, else 5). Tests set idleSeconds to a few seconds.
    Q_PROPERTY(int idleSeconds READ idleSeconds WRITE setIdleSeconds NOTIFY idleSecondsChanged)
    // While locked: the two members of the pair, each a map with userName and displayName.
    Q_PROPERTY(QVariantList lockedMembers READ lockedMembers NOTIFY lockedChanged)

public:
    static constexpr int kDefaultIdleMinutes = 5;

    // `idleMinutes` from the command line; 0: the setting, else kDefaultIdleMinutes.
    WorkSession(SessionController* sessions, Language* language, QSettings& settings, int idleMinutes,
                QObject* parent = nullptr);
    ~WorkSession() override;
    static WorkSession* create(QQmlEngine* engine, QJSEngine* scriptEngine);

    [[nodiscard]] bool running() const { return m_state.has_value(); }
    [[nodiscard]] bool locked() const { return m_lock.has_value(); }
    [[nodiscard]] QString readerName() const { return m_readerName; }
    [[nodiscard]] QString checkerName() const { return m_checkerName; }
    [[nodiscard]] bool paused() const { return m_state && m_state->paused; }
    [[nodiscard]] QString workedText() const;
    [[nodiscard]] int todayLogged() const { return m_counts.logged; }
    [[nodiscard]] int todayCorrected() const { return m_counts.corrected; }
    [[nodiscard]] int todayEscalated() const { return m_counts.escalated; }
    [[nodiscard]] QString message() const;
    [[nodiscard]] int idleSeconds() const { return m_idleSeconds; }
    void setIdleSeconds(int seconds);
    [[nodiscard]] QVariantList lockedMembers() const;

    // Starts the work session: 1 — the volunteer who signed in first reads, 2 — the partner reads. started() follows.
    Q_INVOKABLE bool start(int reader);
    Q_INVOKABLE void swapRoles();
    Q_INVOKABLE void togglePause();
    // The idle lock at once (Ctrl+L). Before the pair works together there is nothing to resume: signOutRequested().
    Q_INVOKABLE void lockNow();
    Q_INVOKABLE void clearMessage();

    // Today's counts as a save's receipt gives them (LogReceipt::today).
    void setToday(const core::DayCounts& counts);

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
    // An unlock is being tried (its password is checked on a worker): signing out waits for it.
    void setUnlockBusy(bool busy);
    [[nodiscard]] bool unlockBusy() const { return m_unlockBusy; }
    // Whether the session changing under it is the lock or the unlock (the page stays) rather than a sign-in or out.
    [[nodiscard]] bool keepsPage() const { return m_unlocking || locked(); }
    // From the lock screen: forget the locked pair. The work session stays paused (Navigator::signOut).
    void abandonLock();

Q_SIGNALS:
    void started();
    void lockedChanged();
    void stateChanged();
    void tick();
    void countsChanged();
    void messageChanged();
    void idleSecondsChanged();
    void unlockBusyChanged();
    // Idle, or Ctrl+L, before the pair works together: nothing to lock, so the Navigator signs out.
    void signOutRequested();

private:
    void followSession();
    void reset();
    void apply(const core::Result<core::WorkSessionState>& state);
    void readToday();
    void setError(std::optional<core::Error> error);
    void onIdle();
    void updateWatches();
    [[nodiscard]] qint64 workedSeconds() const;
    [[nodiscard]] QString memberName(qint64 userId) const;

    SessionController* m_sessions = nullptr;
    IdleWatch* m_idle = nullptr;
    std::optional<core::WorkSessionState> m_state;
    QString m_readerName; // kept while locked, when the session that knows the names is closed
    QString m_checkerName;
    core::DayCounts m_counts;
    std::optional<core::Error> m_error;
    std::optional<Lock> m_lock;
    bool m_unlocking = false;
    bool m_unlockBusy = false;
    int m_idleSeconds = kDefaultIdleMinutes * 60;
    QTimer m_ticker;
    QElapsedTimer m_sinceState; // since m_state was read: the running part of the working time
};

} // namespace dc::gui
