// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "app/gui/PairWork.h"

#include "app/common/ErrorText.h"
#include "app/gui/AppContext.h"
#include "app/gui/BookPickerModel.h"
#include "app/gui/DisplayText.h"
#include "app/gui/Guarded.h"
#include "app/gui/IdleWatch.h"
#include "app/gui/Language.h"
#include "app/gui/ReviewItemsModel.h"
#include "app/gui/ReviewText.h"
#include "app/gui/SessionController.h"
#include "core/services/ReviewService.h"

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

PairWork::PairWork(SessionController* sessions, Language* language, QSettings& settings, int idleMinutes,
                   QObject* parent)
    : QObject(parent), m_sessions(sessions), m_language(language), m_books(new BookPickerModel(language, this)),
      m_idle(new IdleWatch(this)), m_returned(new ReviewItemsModel(this)) {
    int minutes = idleMinutes;
    if (minutes <= 0) {
        minutes = settings.value(QLatin1String(kIdleSetting), kDefaultIdleMinutes).toInt();
    }
    m_idleSeconds = std::clamp(minutes, 1, kMaxIdleMinutes) * 60;
    m_idle->setTimeoutMs(m_idleSeconds * 1000);
    m_ticker.setInterval(kTickMs);
    connect(&m_ticker, &QTimer::timeout, this, &PairWork::tick);
    connect(m_idle, &IdleWatch::idle, this, &PairWork::onIdle);
    connect(m_sessions, &SessionController::signedInChanged, this, &PairWork::followSession);
    connect(
        m_sessions, &SessionController::partnerFinished, this,
        [this](bool added) {
            if (added && m_stage == Stage::Partner && m_sessions->hasPartner()) {
                setStage(Stage::Roles);
            }
        },
        Qt::QueuedConnection); // after the partner page has heard of it too
    connect(language, &Language::changed, this, [this] {
        Q_EMIT messageChanged();
        Q_EMIT booksMessageChanged();
        Q_EMIT bookChanged();
        reloadReturned();
    });
}

PairWork::~PairWork() = default;

PairWork* PairWork::create(QQmlEngine* engine, QJSEngine*) {
    return injectedSingleton(engine, &AppContext::work);
}

QString PairWork::workedText() const {
    return m_state ? text::duration(workedSeconds()) : QString();
}

qint64 PairWork::workedSeconds() const {
    if (!m_state) {
        return 0;
    }
    const bool running = !m_state->paused && !locked() && m_sinceState.isValid();
    return m_state->workedSeconds + (running ? m_sinceState.elapsed() / 1000 : 0);
}

QString PairWork::message() const {
    return m_error ? app::errorText(*m_error) : QString();
}

QString PairWork::booksMessage() const {
    return m_booksError ? app::errorText(*m_booksError) : QString();
}

QString PairWork::bookTitle() const {
    return m_book ? text::bookTitle(*m_book) : QString();
}

void PairWork::setIdleSeconds(int seconds) {
    seconds = std::clamp(seconds, 1, kMaxIdleMinutes * 60);
    if (seconds == m_idleSeconds) {
        return;
    }
    m_idleSeconds = seconds;
    m_idle->setTimeoutMs(seconds * 1000);
    Q_EMIT idleSecondsChanged();
}

QVariantList PairWork::lockedMembers() const {
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

// Which page follows a sign-in or a sign-out. Volunteers work in pairs; other roles keep the home page.
void PairWork::followSession() {
    if (m_unlocking || locked()) {
        return; // the lock and the unlock keep the page where it was
    }
    core::Session* session = m_sessions->session();
    m_state.reset();
    m_book.reset();
    m_counts = {};
    m_books->clear();
    m_returned->clear();
    m_pendingAmend.reset();
    setError(std::nullopt);
    if (!session) {
        setStage(Stage::SignedOut);
    } else if (session->user().role != core::Role::Volunteer) {
        setStage(Stage::Home);
    } else {
        setStage(session->partner() ? Stage::Roles : Stage::Partner);
    }
    Q_EMIT stateChanged();
    Q_EMIT countsChanged();
    Q_EMIT bookChanged();
}

void PairWork::setStage(Stage stage) {
    if (stage != m_stage) {
        m_stage = stage;
        Q_EMIT stageChanged();
    }
    updateWatches();
}

void PairWork::updateWatches() {
    m_idle->setArmed(m_stage != Stage::SignedOut && !locked());
    const bool ticking = m_state && !m_state->paused && !locked();
    if (ticking && !m_ticker.isActive()) {
        m_ticker.start();
    } else if (!ticking) {
        m_ticker.stop();
    }
}

bool PairWork::startWork(int reader) {
    core::Session* session = m_sessions->session();
    if (!session || m_stage != Stage::Roles || !session->partner() || (reader != 1 && reader != 2)) {
        return false;
    }
    const qint64 readerId = reader == 1 ? session->user().id : session->partner()->id;
    const auto started = guarded([&] { return core::WorkSessionService::start(*session, readerId); });
    apply(started);
    if (!started) {
        return false;
    }
    refreshCounts();
    reloadBooks();
    reloadReturned();
    setStage(Stage::Books);
    return true;
}

void PairWork::changePartner() {
    if (m_stage == Stage::Roles) {
        setError(std::nullopt);
        setStage(Stage::Partner);
    }
}

void PairWork::swapRoles() {
    if (core::Session* session = m_sessions->session(); session && m_state) {
        apply(guarded([&] { return core::WorkSessionService::swapRoles(*session); }));
    }
}

void PairWork::togglePause() {
    if (core::Session* session = m_sessions->session(); session && m_state) {
        const bool paused = m_state->paused;
        apply(guarded([&] {
            return paused ? core::WorkSessionService::resume(*session) : core::WorkSessionService::pause(*session);
        }));
    }
}

void PairWork::apply(const core::Result<core::WorkSessionState>& state) {
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

QString PairWork::memberName(qint64 userId) const {
    core::Session* session = m_sessions->session();
    const core::UserAccount* member = session ? session->signedIn(userId) : nullptr;
    return member ? nameOf(*member) : QString();
}

void PairWork::refreshCounts() {
    core::Session* session = m_sessions->session();
    if (!session || !m_state) {
        return;
    }
    if (auto counts = guarded([&] { return core::WorkSessionService::today(*session); })) {
        m_counts = counts.value();
        Q_EMIT countsChanged();
    }
}

void PairWork::reloadBooks() {
    core::Session* session = m_sessions->session();
    if (!session) {
        return;
    }
    m_booksError.reset();
    if (auto books = guarded([&] { return core::BookService::listBooksWithProgress(*session, true); })) {
        m_books->setBooks(std::move(books).value());
    } else {
        m_books->clear();
        m_booksError = books.error();
    }
    Q_EMIT booksMessageChanged();
}

void PairWork::openBook(int row) {
    if (m_stage != Stage::Books) {
        return;
    }
    if (auto book = m_books->book(row)) {
        m_book = std::move(book);
        Q_EMIT bookChanged();
        setStage(Stage::Logging);
    }
}

void PairWork::changeBook() {
    if (m_stage == Stage::Logging) {
        reloadBooks();
        reloadReturned();
        setStage(Stage::Books);
    }
}

void PairWork::reloadReturned() {
    core::Session* session = m_sessions->session();
    if (!session || session->user().role != core::Role::Volunteer) {
        m_returned->clear();
        return;
    }
    auto items = guarded([&] { return core::ReviewService::returnedToPair(*session); });
    if (!items) {
        m_returned->clear();
        setError(items.error());
        return;
    }
    ReviewText words;
    words.load(*session, m_language->vietnamese());
    m_returned->setItems(std::move(items).value(), words);
}

bool PairWork::openReturned(int row) {
    const core::ReviewItem* item = m_returned->item(row);
    if (m_stage != Stage::Books || !item) {
        return false;
    }
    const core::LoggedCheck returned = item->check;
    reloadBooks(); // the supervisor may have closed the book since the list was shown
    if (m_booksError) {
        return false;
    }
    for (int i = 0; i < m_books->rowCount(); ++i) {
        auto book = m_books->book(i);
        if (book && book->id == returned.bookId) {
            m_pendingAmend = returned;
            m_book = std::move(book);
            Q_EMIT bookChanged();
            setStage(Stage::Logging);
            return true;
        }
    }
    // Not among the open books: the supervisor closed it since. Say so rather than do nothing.
    m_booksError = core::makeError(core::ErrorCode::BookClosed, QStringLiteral("the returned entry's book is closed"));
    Q_EMIT booksMessageChanged();
    return false;
}

std::optional<core::LoggedCheck> PairWork::takePendingAmend() {
    return std::exchange(m_pendingAmend, std::nullopt);
}

void PairWork::lockNow() {
    core::Session* session = m_sessions->session();
    if (!session || locked()) {
        return;
    }
    const bool working = (m_stage == Stage::Books || m_stage == Stage::Logging) && m_state && session->partner() &&
                         session->workSessionId();
    if (!working) {
        signOut(); // nothing to resume: the database is closed and the key wiped all the same
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

void PairWork::unlocked(std::unique_ptr<core::Session> session) {
    if (!m_lock) {
        return;
    }
    const bool resume = m_lock->pausedByLock;
    m_unlocking = true;
    m_sessions->adopt(std::move(session));
    m_unlocking = false;
    m_lock.reset();
    core::Session* current = m_sessions->session();
    if (current) {
        apply(guarded([&] {
            return resume ? core::WorkSessionService::resume(*current) : core::WorkSessionService::state(*current);
        }));
    }
    refreshCounts();
    updateWatches();
    Q_EMIT lockedChanged();
}

void PairWork::abandonLock() {
    if (!m_lock) {
        return;
    }
    m_lock.reset();
    m_state.reset();
    Q_EMIT lockedChanged();
    followSession();
}

void PairWork::signOut() {
    if (m_lock) {
        m_lock.reset();
        Q_EMIT lockedChanged();
    }
    m_sessions->signOut(); // ends the work session first; followSession() then shows the sign-in page
    followSession();
}

void PairWork::clearMessage() {
    setError(std::nullopt);
}

void PairWork::setError(std::optional<core::Error> error) {
    const bool had = m_error.has_value();
    m_error = std::move(error);
    if (had || m_error) {
        Q_EMIT messageChanged();
    }
}

void PairWork::onIdle() {
    if (locked() || m_stage == Stage::SignedOut) {
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
