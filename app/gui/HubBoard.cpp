// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "app/gui/HubBoard.h"

#include "app/common/ErrorText.h"
#include "app/gui/AppContext.h"
#include "app/gui/DisplayText.h"
#include "app/gui/Guarded.h"
#include "app/gui/Language.h"
#include "app/gui/SessionController.h"
#include "core/campaign/Campaign.h"
#include "core/services/HubBoardService.h"
#include "core/services/SiteCampaign.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <map>

namespace dc::gui {

namespace {

constexpr int kChartSteps = 5;

// 12 345 (a narrow space between thousands, as Vietnamese writes them; the same in English for one look).
QString number(qint64 n) {
    QString digits = QString::number(n);
    for (int i = static_cast<int>(digits.size()) - 3; i > (n < 0 ? 1 : 0); i -= 3) {
        digits.insert(i, QChar(0x202F));
    }
    return digits;
}

// How old a bundle is, in one short unit: "45 min", "22 h", "3 d".
QString age(qint64 seconds) {
    const qint64 minutes = std::max<qint64>(0, seconds) / 60;
    if (minutes < 60) {
        return QCoreApplication::translate("HubBoard", "%1 min").arg(minutes);
    }
    if (minutes < 48 * 60) {
        return QCoreApplication::translate("HubBoard", "%1 h").arg(minutes / 60);
    }
    return QCoreApplication::translate("HubBoard", "%1 d").arg(minutes / (24 * 60));
}

QString alarmWords(const core::HubAlarmCounts& alarms) {
    QStringList words;
    if (alarms.forks > 0) {
        words << QCoreApplication::translate("HubBoard", "fork %1").arg(alarms.forks);
    }
    if (alarms.rollbacks > 0) {
        words << QCoreApplication::translate("HubBoard", "rollback %1").arg(alarms.rollbacks);
    }
    if (alarms.held > 0) {
        words << QCoreApplication::translate("HubBoard", "held %1").arg(alarms.held);
    }
    if (alarms.conflicts > 0) {
        words << QCoreApplication::translate("HubBoard", "conflict %1").arg(alarms.conflicts);
    }
    return words.join(QStringLiteral(", "));
}

} // namespace

HubBoard::HubBoard(QObject* parent) : QObject(parent) {}

HubBoard::~HubBoard() = default;

void HubBoard::classBegin() {
    m_context = AppContext::of(this);
    if (!m_context) {
        qCritical("HubBoard: no dc::gui::AppContext on this QML engine");
        return;
    }
    connect(m_context->language(), &Language::changed, this, &HubBoard::reload);
}

void HubBoard::componentComplete() {
    reload();
}

QString HubBoard::message() const {
    return m_error ? app::errorText(*m_error) : QString();
}

QVariantMap HubBoard::figuresRow(const core::BoardFigures& f) {
    const double progress = f.target > 0 ? static_cast<double>(f.entries) / static_cast<double>(f.target) : 0.0;
    return {
        {QStringLiteral("entries"), static_cast<qlonglong>(f.entries)},
        {QStringLiteral("target"), static_cast<qlonglong>(f.target)},
        {QStringLiteral("progress"), progress},
        {QStringLiteral("progressText"), QStringLiteral("%1 / %2").arg(number(f.entries), number(f.target))},
        {QStringLiteral("percent"), f.target > 0 ? QStringLiteral("%1 %").arg(std::lround(progress * 100)) : QString()},
        {QStringLiteral("corrections"), number(f.corrections)},
        {QStringLiteral("writingDifferences"), number(f.writingDifferences)},
        {QStringLiteral("escalations"), number(f.escalationsOpen)},
        {QStringLiteral("alarms"), alarmWords(f.alarms)},
        {QStringLiteral("alarmCount"), f.alarms.total()},
    };
}

QVariantMap HubBoard::communeRow(const core::BoardCommune& c) {
    QVariantMap row = figuresRow(c.figures);
    row.insert(QStringLiteral("district"), false);
    row.insert(QStringLiteral("name"), c.commune);
    row.insert(QStringLiteral("districtName"), c.district);
    row.insert(QStringLiteral("site"), c.site);
    row.insert(QStringLiteral("enrolled"), !c.site.isEmpty());
    if (c.site.isEmpty()) {
        row.insert(QStringLiteral("lastBundle"), QCoreApplication::translate("HubBoard", "not enrolled"));
        row.insert(QStringLiteral("age"), QString());
        row.insert(QStringLiteral("stale"), false);
    } else if (!c.lastBundleAt) {
        row.insert(QStringLiteral("lastBundle"), QCoreApplication::translate("HubBoard", "none yet"));
        row.insert(QStringLiteral("age"), QString());
        row.insert(QStringLiteral("stale"), true);
    } else {
        row.insert(
            QStringLiteral("lastBundle"),
            QCoreApplication::translate("HubBoard", "no. %1, %2").arg(c.lastSequence).arg(text::date(*c.lastBundleAt)));
        row.insert(QStringLiteral("age"), age(c.lastBundleAgeSeconds));
        row.insert(QStringLiteral("stale"), c.lastBundleAgeSeconds > qint64{kStaleHours} * 3600);
    }
    return row;
}

int HubBoard::tidyMaximum(qint64 value) {
    // Five tidy steps (1, 2 or 5 times a power of ten) with room above the highest bar: the axis has 6 ticks.
    const double raw = std::max(1.0, static_cast<double>(value) * 1.1 / kChartSteps);
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    const double fraction = raw / power;
    const double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
    return std::max(kChartSteps, static_cast<int>(nice * power) * kChartSteps);
}

void HubBoard::reload() {
    m_scope.clear();
    m_period.clear();
    m_totals.clear();
    m_rows.clear();
    m_communeCount = 0;
    m_chartDays.clear();
    m_chartSeries.clear();
    m_chartMax = 10;
    m_planPerDay = 0;
    m_error.reset();
    core::Session* session = m_context ? m_context->session()->session() : nullptr;
    if (!session) {
        Q_EMIT loaded();
        return;
    }
    auto board = guarded([&] { return core::HubBoardService::board(*session, &core::campaignOf(*session)); });
    if (!board) {
        m_error = board.error();
        Q_EMIT loaded();
        return;
    }
    m_scope = board->scope.isEmpty() ? QCoreApplication::translate("HubBoard", "Whole province")
                                     : QCoreApplication::translate("HubBoard", "District: %1").arg(board->scope);
    if (board->days > 0) {
        m_period = QCoreApplication::translate("HubBoard", "%1 – %2, %n day(s)", nullptr, board->days)
                       .arg(board->firstDay.toString(QStringLiteral("dd/MM/yyyy")),
                            board->lastDay.toString(QStringLiteral("dd/MM/yyyy")));
    }
    m_totals = figuresRow(board->figures);
    for (const auto& district : board->districts) {
        QVariantMap row = figuresRow(district.figures);
        row.insert(QStringLiteral("district"), true);
        row.insert(QStringLiteral("name"), district.name);
        row.insert(QStringLiteral("districtName"), district.name);
        row.insert(QStringLiteral("site"), QString());
        row.insert(QStringLiteral("enrolled"), true);
        const int communes = static_cast<int>(district.communes.size());
        row.insert(QStringLiteral("lastBundle"),
                   QCoreApplication::translate("HubBoard", "%n commune(s)", nullptr, communes));
        row.insert(QStringLiteral("age"), QString());
        row.insert(QStringLiteral("stale"), false);
        m_rows.append(row);
        for (const auto& commune : district.communes) {
            m_planPerDay += commune.dailyTarget;
            m_rows.append(communeRow(commune));
            ++m_communeCount;
        }
    }

    // The chart: one stacked bar per day, a segment per district (the board's order).
    std::map<QDate, std::map<QString, qint64>> byDay;
    for (const auto& d : board->perDay) {
        byDay[d.day][d.district] += d.entries;
    }
    qint64 most = 0;
    for (const auto& [day, districts] : byDay) {
        m_chartDays << day.toString(QStringLiteral("dd/MM"));
        qint64 sum = 0;
        for (const auto& [name, entries] : districts) {
            sum += entries;
        }
        most = std::max(most, sum);
    }
    for (const auto& district : board->districts) {
        QVariantList values;
        bool any = false;
        for (const auto& [day, districts] : byDay) {
            const auto found = districts.find(district.name);
            const qint64 entries = found == districts.end() ? 0 : found->second;
            any = any || entries > 0;
            values.append(static_cast<qlonglong>(entries));
        }
        if (any) {
            m_chartSeries.append(
                QVariantMap{{QStringLiteral("name"), district.name}, {QStringLiteral("values"), values}});
        }
    }
    m_chartMax = tidyMaximum(std::max<qint64>(most, m_planPerDay));
    Q_EMIT loaded();
}

} // namespace dc::gui
