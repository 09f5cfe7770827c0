// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "app/gui/WorkSession.h"

#include "app/common/ErrorText.h"
#include "app/gui/AppContext.h"
#include "app/gui/DisplayText.h"
#include "app/gui/Guarded.h"
#include "app/gui/IdleWatch.h"
#include "app/gui/Language.h"
#include "app/gui/SessionController.h"

#include <QSettings>
#include <QVariantMap>

#include <algorithm>
#include <utility>

namespace dc::gui {

namespace {

constexpr const char* kIdleSetting = "session/idleMinutes";
constexpr int kMaxIdleMinutes = 8 * 60;
constexpr int kTickMs = 1000;

QString nameOf(const core::UserAccount& account) {
    return account.displayName.isEmpty() ? account.userName : account.displayName;
}

} // namespace

WorkSession::WorkSession(SessionController* sessions, Language* language, QSettings& settings, int idleMinutes,
                         QObject* parent)
    : QObject(parent), m_sessions(sessions), m_idle(new IdleWatch(this)) {
    int minutes = idleMinutes;
    if (minutes <= 0) {
        minutes = settings.value(QLatin1String(kIdleSetting), kDefaultIdleMinutes).toInt();
    }
    m_idleSeconds = std::clamp(minutes, 1, kMaxIdleMinutes) * 60;
    m_idle->setTimeoutMs(m_idleSeconds * 1000);
    m_ticker.setInterval(kTickMs);
    connect(&m_ticker, &QTimer::timeout, this, &WorkSession::tick);
    connect(m_idle, &IdleWatch::idle, this, &WorkSession::onIdle);
    connect(m_sessions, &SessionController::signedInChanged, this, &WorkSession::followSession);
    connect(language, &Language::changed, this, &WorkSession::messageChanged);
}

WorkSession::~WorkSession() = default;

WorkSession* WorkSession::create(QQmlEngine* engine, QJSEngine*) {
    return injectedSingleton(engine, &AppContext::work);
}

QString WorkSession::workedText() const {
    return m_state ? text::duration(workedSeconds()) : QString();
}

qint64 WorkSession::workedSeconds() const {
    if (!m_state) {
        return 0;
    }
    const bool ticking = !m_state->paused && !locked() && m_sinceState.isValid();
    return m_state->workedSeconds + (ticking ? m_sinceState.elapsed() / 1000 : 0);
}

QString WorkSession::message() const {
    return m_error ? app::errorText(*m_error) : QString();
}

void WorkSession::setIdleSeconds(int seconds) {
    seconds = std::clamp(seconds, 1, kMaxIdleMinutes * 60);
    if (seconds == m_idleSeconds) {
        return;
    }
    m_idleSeconds = seconds;
    m_idle->setTimeoutMs(seconds * 1000);
    Q_EMIT idleSecondsChanged();
}

QVariantList WorkSession::lockedMembers() const {
    if (!m_lock) {
        return {};
    }
    return {
        QVariantMap{{QStringLiteral("userName"), m_lock->pair.firstUserName},
                    {QStringLiteral("displayName"), m_lock->firstDisplayName}},
        QVariantMap{{QStringLiteral("userName"), m_lock->pair.partnerUserName},
                    {QStringLiteral("displayName"), m_lock->partnerDisplayName}},
    };
}

// A sign-in or a sign-out starts from nothing; the lock and the unlock keep the work session as it was.
void WorkSession::followSession() {
    if (!keepsPage()) {
        reset();
    }
    updateWatches();
}

void WorkSession::reset() {
    m_state.reset();
    m_readerName.clear();
    m_checkerName.clear();
    m_counts = {};
    setError(std::nullopt);
    updateWatches();
    Q_EMIT stateChanged();
    Q_EMIT countsChanged();
    Q_EMIT tick();
}

void WorkSession::updateWatches() {
    m_idle->setArmed(m_sessions->signedIn() && !locked());
    const bool ticking = m_state && !m_state->paused && !locked();
    if (ticking && !m_ticker.isActive()) {
        m_ticker.start();
    } else if (!ticking) {
        m_ticker.stop();
    }
}

bool WorkSession::start(int reader) {
    core::Session* session = m_sessions->session();
    if (!session || m_state || !session->partner() || (reader != 1 && reader != 2)) {
        return false;
    }
    const qint64 readerId = reader == 1 ? session->user().id : session->partner()->id;
    const auto begun = guarded([&] { return core::WorkSessionService::start(*session, readerId); });
    apply(begun);
    if (!begun) {
        return false;
    }
    readToday();
    Q_EMIT started();
    return true;
}

void WorkSession::swapRoles() {
    if (core::Session* session = m_sessions->session(); session && m_state) {
        apply(guarded([&] { return core::WorkSessionService::swapRoles(*session); }));
    }
}

void WorkSession::togglePause() {
    if (core::Session* session = m_sessions->session(); session && m_state) {
        const bool paused = m_state->paused;
        apply(guarded([&] {
            return paused ? core::WorkSessionService::resume(*session) : core::WorkSessionService::pause(*session);
        }));
    }
}

void WorkSession::apply(const core::Result<core::WorkSessionState>& state) {
    if (!state) {
        setError(state.error());
        return;
    }
    setError(std::nullopt);
    m_state = state.value();
    m_sinceState.start();
    m_readerName = memberName(m_state->readerId);
    m_checkerName = memberName(m_state->checkerId);
    updateWatches();
    Q_EMIT stateChanged();
    Q_EMIT tick();
}

QString WorkSession::memberName(qint64 userId) const {
    core::Session* session = m_sessions->session();
    const core::UserAccount* member = session ? session->signedIn(userId) : nullptr;
    return member ? nameOf(*member) : QString();
}

void WorkSession::readToday() {
    core::Session* session = m_sessions->session();
    if (!session || !m_state) {
        return;
    }
    if (auto counts = guarded([&] { return core::WorkSessionService::today(*session); })) {
        setToday(counts.value());
    }
}

void WorkSession::setToday(const core::DayCounts& counts) {
    m_counts = counts;
    Q_EMIT countsChanged();
}

void WorkSession::lockNow() {
    core::Session* session = m_sessions->session();
    if (!session || locked()) {
        return;
    }
    if (!m_state || !session->partner() || !session->workSessionId()) {
        Q_EMIT signOutRequested(); // nothing to resume: the database is closed and the key wiped all the same
        return;
    }
    if (m_sessions->partnerBusy()) {
        return;
    }
    Lock lock;
    lock.databasePath = session->paths().database;
    lock.pair = {session->user().userName, session->partner()->userName, *session->workSessionId()};
    lock.firstDisplayName = nameOf(session->user());
    lock.partnerDisplayName = nameOf(*session->partner());
    if (!m_state->paused) {
        // A locked workstation is not working time. If the pause cannot be written the lock happens anyway.
        const auto pausedNow = guarded([&] { return core::WorkSessionService::pause(*session); });
        lock.pausedByLock = pausedNow.ok();
        if (pausedNow) {
            m_state = pausedNow.value();
        }
    }
    m_lock = std::move(lock);
    updateWatches();
    Q_EMIT lockedChanged();
    Q_EMIT stateChanged();
    m_sessions->closeForLock(); // the database is closed and the key wiped
}

void WorkSession::unlocked(std::unique_ptr<core::Session> session) {
    if (!m_lock) {
        return;
    }
    const bool resume = m_lock->pausedByLock;
    m_unlocking = true;
    m_sessions->adopt(std::move(session));
    m_unlocking = false;
    m_lock.reset();
    setUnlockBusy(false);
    if (core::Session* current = m_sessions->session()) {
        apply(guarded([&] {
            return resume ? core::WorkSessionService::resume(*current) : core::WorkSessionService::state(*current);
        }));
    }
    readToday();
    updateWatches();
    Q_EMIT lockedChanged();
}

void WorkSession::setUnlockBusy(bool busy) {
    if (busy != m_unlockBusy) {
        m_unlockBusy = busy;
        Q_EMIT unlockBusyChanged();
    }
}

void WorkSession::abandonLock() {
    if (!m_lock) {
        return;
    }
    m_lock.reset();
    setUnlockBusy(false); // the lock screen's form goes, waiting for a password check it started
    reset();
    Q_EMIT lockedChanged();
}

void WorkSession::clearMessage() {
    setError(std::nullopt);
}

void WorkSession::setError(std::optional<core::Error> error) {
    const bool had = m_error.has_value();
    m_error = std::move(error);
    if (had || m_error) {
        Q_EMIT messageChanged();
    }
}

void WorkSession::onIdle() {
    if (locked() || !m_sessions->signedIn()) {
        return;
    }
    if (m_sessions->partnerBusy()) {
        m_idle->setArmed(false); // a partner's sign-in is running: watch again afterwards
        m_idle->setArmed(true);
        return;
    }
    lockNow();
}

} // namespace dc::gui
