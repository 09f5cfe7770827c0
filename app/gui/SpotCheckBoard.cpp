// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "app/gui/SpotCheckBoard.h"

#include "app/common/ErrorText.h"
#include "app/gui/AppContext.h"
#include "app/gui/DisplayText.h"
#include "app/gui/FindingText.h"
#include "app/gui/Guarded.h"
#include "app/gui/Language.h"
#include "app/gui/SessionController.h"
#include "core/domain/EntrySchema.h"

#include <QCoreApplication>
#include <QLocale>
#include <QVariantMap>

#include <algorithm>

namespace dc::gui {

namespace {

// Miss rates cover every spot-check of the campaign so far: a day's handful of samples says little on its own.
const QDate kCampaignStart(2000, 1, 1);

} // namespace

SpotCheckBoard::SpotCheckBoard(QObject* parent)
    : QObject(parent), m_items(new SpotItemsModel(this)), m_fields(new SchemaFieldModel(this)) {}

SpotCheckBoard::~SpotCheckBoard() = default;

void SpotCheckBoard::classBegin() {
    m_context = AppContext::of(this);
    if (!m_context) {
        qCritical("SpotCheckBoard: no dc::gui::AppContext on this QML engine");
        return;
    }
    connect(m_context->language(), &Language::changed, this, [this] {
        m_text.setVietnamese(vietnamese());
        m_items->retranslate(m_text);
        m_fields->setVietnamese(vietnamese());
        loadRates();
        Q_EMIT loaded();
        Q_EMIT messageChanged();
    });
}

void SpotCheckBoard::componentComplete() {
    core::Session* s = session();
    if (!s) {
        return;
    }
    m_day = text::inVietnam(s->now()).date();
    m_text.load(*s, vietnamese());
    load(false);
}

core::Session* SpotCheckBoard::session() const {
    return m_context ? m_context->session()->session() : nullptr;
}

bool SpotCheckBoard::vietnamese() const {
    return !m_context || m_context->language()->vietnamese();
}

QString SpotCheckBoard::dayText() const {
    return m_day.toString(QStringLiteral("dd/MM/yyyy"));
}

int SpotCheckBoard::decidedCount() const {
    int decided = 0;
    for (int row = 0; row < m_items->count(); ++row) {
        decided += m_items->item(row)->result != core::SpotResult::Pending ? 1 : 0;
    }
    return decided;
}

int SpotCheckBoard::missedCount() const {
    int missed = 0;
    for (int row = 0; row < m_items->count(); ++row) {
        missed += m_items->item(row)->result == core::SpotResult::Missed ? 1 : 0;
    }
    return missed;
}

void SpotCheckBoard::load(bool drawing) {
    core::Session* s = session();
    if (!s) {
        return;
    }
    auto samples = guarded([&] {
        return drawing ? core::SpotCheckService::drawDay(*s, m_day) : core::SpotCheckService::samples(*s, m_day);
    });
    if (!samples) {
        fail(samples.error());
        return;
    }
    std::vector<core::SpotItem> items;
    for (core::SpotSample& sample : samples.value()) {
        for (core::SpotItem& item : sample.items) {
            items.push_back(std::move(item));
        }
    }
    m_drawn = !samples->empty();
    m_items->setItems(std::move(items), m_text);
    m_currentRow = std::clamp(m_currentRow, 0, std::max(0, m_items->count() - 1));
    loadRates();
    updateFields();
    Q_EMIT loaded();
    Q_EMIT selectionChanged();
}

void SpotCheckBoard::loadRates() {
    core::Session* s = session();
    if (!s) {
        return;
    }
    auto rates = guarded([&] { return core::SpotCheckService::missRates(*s, kCampaignStart, m_day); });
    m_pairRates.clear();
    m_volunteerRates.clear();
    if (!rates) {
        fail(rates.error());
        return;
    }
    const QLocale locale(vietnamese() ? QLocale::Vietnamese : QLocale::English);
    const auto percent = [&](double value) { return locale.toString(value * 100, 'f', 1); };
    const auto describe = [&](const core::MissRate& rate, bool pair) {
        QString who = rate.who;
        if (pair) {
            const QStringList members = rate.who.split(QStringLiteral(" + "));
            QStringList names;
            for (const QString& member : members) {
                names.append(m_text.person(member));
            }
            who = names.join(QStringLiteral(" + "));
        } else {
            who = m_text.person(rate.who);
        }
        return QVariantMap{
            {QStringLiteral("who"), who},
            {QStringLiteral("sampled"), rate.sampled},
            {QStringLiteral("missed"), rate.missed},
            {QStringLiteral("rate"),
             QCoreApplication::translate("SpotCheckBoard", "%1 %").arg(percent(rate.estimate.rate))},
            {QStringLiteral("interval"), QCoreApplication::translate("SpotCheckBoard", "%1–%2 %")
                                             .arg(percent(rate.estimate.low), percent(rate.estimate.high))},
        };
    };
    for (const core::MissRate& rate : rates->pairs) {
        m_pairRates.append(describe(rate, true));
    }
    for (const core::MissRate& rate : rates->volunteers) {
        m_volunteerRates.append(describe(rate, false));
    }
}

void SpotCheckBoard::updateFields() {
    const core::SpotItem* item = m_items->item(m_currentRow);
    const core::Book* book = item ? m_text.book(item->check.bookId) : nullptr;
    m_fields->setSchema(book ? &core::domain::entrySchema(book->recordType) : nullptr, vietnamese());
}

void SpotCheckBoard::setCurrentRow(int row) {
    row = std::clamp(row, 0, std::max(0, m_items->count() - 1));
    if (row != m_currentRow) {
        m_currentRow = row;
        updateFields();
        Q_EMIT selectionChanged();
    }
}

void SpotCheckBoard::next() {
    setCurrentRow(m_currentRow + 1);
}

void SpotCheckBoard::previous() {
    setCurrentRow(m_currentRow - 1);
}

int SpotCheckBoard::selectedEntry() const {
    const core::SpotItem* item = m_items->item(m_currentRow);
    return item ? item->check.entryNumber : 0;
}

void SpotCheckBoard::draw() {
    clearMessage();
    load(true);
    if (m_drawn) {
        m_confirmation =
            QCoreApplication::translate("SpotCheckBoard", "%n entries drawn for today.", nullptr, m_items->count());
    } else if (!m_error) {
        m_confirmation =
            QCoreApplication::translate("SpotCheckBoard", "Nothing to draw: no pair logged a match today.");
    }
    Q_EMIT messageChanged();
}

bool SpotCheckBoard::confirm() {
    core::Session* s = session();
    const core::SpotItem* item = m_items->item(m_currentRow);
    if (!s || !item) {
        return false;
    }
    const qint64 id = item->itemId;
    auto result = guarded([&] { return core::SpotCheckService::confirm(*s, id); });
    if (!result) {
        fail(result.error());
        return false;
    }
    done(result.value());
    return true;
}

bool SpotCheckBoard::miss(const QString& fieldKey, const QString& before, const QString& after, const QString& note) {
    core::Session* s = session();
    const core::SpotItem* item = m_items->item(m_currentRow);
    if (!s || !item) {
        return false;
    }
    const qint64 id = item->itemId;
    const core::CorrectionInput correction{fieldKey, before, after};
    auto result = guarded([&] { return core::SpotCheckService::missed(*s, id, correction, note); });
    if (!result) {
        fail(result.error());
        return false;
    }
    done(result.value());
    return true;
}

void SpotCheckBoard::done(const core::SpotItem& item) {
    m_error.reset();
    m_confirmation = QCoreApplication::translate("SpotCheckBoard", "Entry %1: %2.")
                         .arg(item.check.entryNumber)
                         .arg(text::spotResultName(item.result));
    const int row = m_currentRow;
    load(false);
    setCurrentRow(row + 1); // on to the next entry of the sample
    Q_EMIT messageChanged();
}

QString SpotCheckBoard::fieldLabel(const QString& fieldKey) const {
    const core::SpotItem* item = m_items->item(m_currentRow);
    return item ? m_text.fieldLabel(item->check.bookId, fieldKey) : fieldKey;
}

void SpotCheckBoard::fail(const core::Error& error) {
    m_error = error;
    m_confirmation.clear();
    Q_EMIT messageChanged();
}

QString SpotCheckBoard::message() const {
    return m_error ? app::errorText(*m_error) : QString();
}

QStringList SpotCheckBoard::messageDetails() const {
    const core::SpotItem* item = m_items->item(m_currentRow);
    const core::Book* book = item ? m_text.book(item->check.bookId) : nullptr;
    if (!m_error || !book) {
        return {};
    }
    return findingTexts(m_error->findings, core::domain::entrySchema(book->recordType), vietnamese());
}

void SpotCheckBoard::clearMessage() {
    m_error.reset();
    m_confirmation.clear();
    Q_EMIT messageChanged();
}

} // namespace dc::gui
