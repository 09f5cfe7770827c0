// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "app/gui/ReviewQueue.h"

#include "app/common/ErrorText.h"
#include "app/gui/AppContext.h"
#include "app/gui/DisplayText.h"
#include "app/gui/Guarded.h"
#include "app/gui/Language.h"
#include "app/gui/SessionController.h"
#include "core/domain/CorrectionClass.h"
#include "core/services/UserService.h"

#include <QCoreApplication>
#include <QVariantMap>

#include <algorithm>

namespace dc::gui {

namespace {

constexpr int kPageSize = 200;

// The classes a supervisor filters by: the real errors (writing differences are never counted as errors).
constexpr core::domain::CorrectionClass kClasses[] = {
    core::domain::CorrectionClass::Diacritic,
    core::domain::CorrectionClass::Spelling,
    core::domain::CorrectionClass::DateDayMonthSwap,
    core::domain::CorrectionClass::DateOther,
    core::domain::CorrectionClass::Number,
    core::domain::CorrectionClass::Value,
    core::domain::CorrectionClass::MissingInDb,
    core::domain::CorrectionClass::ExtraInDb,
    core::domain::CorrectionClass::Other,
};
constexpr core::ReviewState kStates[] = {core::ReviewState::Pending, core::ReviewState::Approved,
                                         core::ReviewState::Returned, core::ReviewState::Flagged,
                                         core::ReviewState::Resolved};

std::optional<core::ReviewDecision> decisionFromKey(const QString& key) {
    for (const auto d : {core::ReviewDecision::Approve, core::ReviewDecision::Return, core::ReviewDecision::Flag,
                         core::ReviewDecision::Unapprove, core::ReviewDecision::Resolve}) {
        if (core::reviewDecisionKey(d) == key) {
            return d;
        }
    }
    return std::nullopt;
}

} // namespace

ReviewQueue::ReviewQueue(QObject* parent) : QObject(parent), m_items(new ReviewItemsModel(this)) {}

ReviewQueue::~ReviewQueue() = default;

void ReviewQueue::classBegin() {
    m_context = AppContext::of(this);
    if (!m_context) {
        qCritical("ReviewQueue: no dc::gui::AppContext on this QML engine");
        return;
    }
    connect(m_context->language(), &Language::changed, this, [this] {
        m_text.setVietnamese(vietnamese());
        m_items->retranslate(m_text);
        Q_EMIT optionsChanged();
        Q_EMIT loaded();
        Q_EMIT messageChanged();
    });
}

void ReviewQueue::componentComplete() {
    m_complete = true;
    loadOptions();
    reload();
}

core::Session* ReviewQueue::session() const {
    return m_context ? m_context->session()->session() : nullptr;
}

bool ReviewQueue::vietnamese() const {
    return !m_context || m_context->language()->vietnamese();
}

QString ReviewQueue::oldestWait() const {
    return m_pendingTotal > 0 ? text::waited(m_oldestSeconds) : QString();
}

void ReviewQueue::setBookId(double id) {
    if (static_cast<qint64>(id) != m_bookId) {
        m_bookId = static_cast<qint64>(id);
        Q_EMIT filterChanged();
        reload();
    }
}

void ReviewQueue::setVolunteerId(double id) {
    if (static_cast<qint64>(id) != m_volunteerId) {
        m_volunteerId = static_cast<qint64>(id);
        Q_EMIT filterChanged();
        reload();
    }
}

void ReviewQueue::setCorrectionClass(const QString& key) {
    if (key != m_class) {
        m_class = key;
        Q_EMIT filterChanged();
        reload();
    }
}

void ReviewQueue::setStateKey(const QString& key) {
    if (key != m_stateKey) {
        m_stateKey = key;
        Q_EMIT filterChanged();
        reload();
    }
}

void ReviewQueue::setFilterText(QString& field, const QString& text) {
    if (text != field) {
        field = text;
        Q_EMIT filterChanged();
        reload();
    }
}

void ReviewQueue::setFromText(const QString& text) {
    setFilterText(m_fromText, text);
}

void ReviewQueue::setToText(const QString& text) {
    setFilterText(m_toText, text);
}

QVariantList ReviewQueue::bookOptions() const {
    QVariantList out{text::option(0, QCoreApplication::translate("ReviewQueue", "All books"))};
    core::Session* s = session();
    if (!s) {
        return out;
    }
    std::vector<std::pair<qint64, QString>> books;
    for (const qint64 id : m_text.bookIds()) {
        books.emplace_back(id, m_text.bookTitle(id));
    }
    for (const auto& [id, title] : books) {
        out.append(text::option(static_cast<double>(id), title));
    }
    return out;
}

QVariantList ReviewQueue::volunteerOptions() const {
    QVariantList out{text::option(0, QCoreApplication::translate("ReviewQueue", "All volunteers"))};
    out.append(m_volunteers);
    return out;
}

QVariantList ReviewQueue::classOptions() const {
    QVariantList out{text::option(QString(), QCoreApplication::translate("ReviewQueue", "Any correction class"))};
    for (const auto c : kClasses) {
        out.append(text::option(core::domain::correctionClassKey(c), text::correctionClassName(c)));
    }
    return out;
}

QVariantList ReviewQueue::stateOptions() const {
    QVariantList out;
    for (const auto state : kStates) {
        out.append(text::option(core::reviewStateKey(state), text::reviewStateName(state)));
    }
    out.append(text::option(QString(), QCoreApplication::translate("ReviewQueue", "Any state")));
    return out;
}

void ReviewQueue::loadOptions() {
    core::Session* s = session();
    if (!s) {
        return;
    }
    m_text.load(*s, vietnamese());
    m_volunteers.clear();
    if (auto users = guarded([&] { return core::UserService::listUsers(*s); })) {
        for (const core::UserAccount& user : users.value()) {
            if (user.role == core::Role::Volunteer) {
                m_volunteers.append(text::option(static_cast<double>(user.id),
                                                 user.displayName.isEmpty() ? user.userName : user.displayName));
            }
        }
    }
    Q_EMIT optionsChanged();
}

void ReviewQueue::reload() {
    core::Session* s = session();
    if (!m_complete || !s) {
        return;
    }
    const bool hadMessage = !m_localMessage.isEmpty() || m_error.has_value();
    m_localMessage.clear();
    core::ReviewFilter filter;
    filter.bookId = m_bookId;
    filter.volunteerId = m_volunteerId;
    filter.correctionClass = m_class;
    filter.state = core::reviewStateFromKey(m_stateKey);
    filter.limit = kPageSize;
    filter.from = text::typedDay(m_fromText);
    filter.to = text::typedDay(m_toText);
    if ((filter.from && !filter.from->isValid()) || (filter.to && !filter.to->isValid())) {
        m_localMessage = QCoreApplication::translate("ReviewQueue", "Type the dates as dd/mm/yyyy, e.g. 01/12/2022.");
        m_error.reset();
        Q_EMIT messageChanged();
        return;
    }
    auto page = guarded([&] { return core::ReviewService::queue(*s, filter); });
    if (!page) {
        m_decisionRefused = false;
        m_items->clear();
        m_total = 0;
        fail(page.error());
        Q_EMIT loaded();
        Q_EMIT selectionChanged();
        return;
    }
    if (hadMessage) {
        m_error.reset();
        Q_EMIT messageChanged();
    }
    m_total = page->total;
    m_pendingTotal = page->pendingTotal;
    m_oldestSeconds = page->oldestPendingSeconds;
    m_items->setItems(std::move(page->items), m_text);
    m_currentRow = std::clamp(m_currentRow, 0, std::max(0, m_items->count() - 1));
    Q_EMIT loaded();
    Q_EMIT selectionChanged();
}

void ReviewQueue::setCurrentRow(int row) {
    row = std::clamp(row, 0, std::max(0, m_items->count() - 1));
    if (row != m_currentRow) {
        m_currentRow = row;
        Q_EMIT selectionChanged();
    }
}

void ReviewQueue::next() {
    setCurrentRow(m_currentRow + 1);
}

void ReviewQueue::previous() {
    setCurrentRow(m_currentRow - 1);
}

bool ReviewQueue::selectedEscalated() const {
    const core::ReviewItem* item = m_items->item(m_currentRow);
    return item && item->check.outcome == core::Outcome::Escalated;
}

QString ReviewQueue::selectedStateKey() const {
    const core::ReviewItem* item = m_items->item(m_currentRow);
    return item ? core::reviewStateKey(item->state) : QString();
}

int ReviewQueue::selectedEntry() const {
    const core::ReviewItem* item = m_items->item(m_currentRow);
    return item ? item->check.entryNumber : 0;
}

bool ReviewQueue::decide(const QString& decisionKey, const QString& reason, const QString& note) {
    core::Session* s = session();
    const core::ReviewItem* item = m_items->item(m_currentRow);
    const auto decision = decisionFromKey(decisionKey);
    if (!s || !item || !decision) {
        return false;
    }
    const qint64 checkId = item->check.id;
    const QString book = m_text.bookTitle(item->check.bookId);
    auto decided = guarded([&] { return core::ReviewService::decide(*s, checkId, *decision, reason, note); });
    if (!decided) {
        m_decisionRefused = true;
        fail(decided.error());
        return false;
    }
    m_error.reset();
    m_decisionRefused = false;
    m_localMessage.clear();
    m_confirmation = QCoreApplication::translate("ReviewQueue", "Entry %1 (%2): %3.")
                         .arg(decided->check.entryNumber)
                         .arg(book, text::reviewStateName(decided->state));
    Q_EMIT messageChanged();
    reload(); // a decided item leaves a filter on its old state: the next one takes its row
    return true;
}

void ReviewQueue::fail(const core::Error& error) {
    m_localMessage.clear();
    m_error = error;
    m_confirmation.clear();
    Q_EMIT messageChanged();
}

QString ReviewQueue::message() const {
    if (!m_localMessage.isEmpty()) {
        return m_localMessage;
    }
    if (!m_error) {
        return {};
    }
    // A decision without its reason: core refuses it with a finding on the reason.
    if (m_error->code == core::ErrorCode::InvalidEntry) {
        for (const auto& finding : m_error->findings) {
            if (finding.field == QLatin1String("reason")) {
                return QCoreApplication::translate("ReviewQueue",
                                                   "Type the reason: this decision needs one, and the pair reads it.");
            }
        }
    }
    // A decision core does not take for the item as it stands (approving an escalation, undoing a pending item).
    if (m_error->code == core::ErrorCode::InvalidInput && m_decisionRefused) {
        return QCoreApplication::translate("ReviewQueue",
                                           "This decision does not apply to this entry as it stands. An escalation is "
                                           "resolved (S), not approved; only a decided entry can be undone (U).");
    }
    return app::errorText(*m_error);
}

void ReviewQueue::clearMessage() {
    m_decisionRefused = false;
    m_error.reset();
    m_localMessage.clear();
    m_confirmation.clear();
    Q_EMIT messageChanged();
}

} // namespace dc::gui
