// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/Error.h"

#include <QObject>
#include <QQmlParserStatus>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace dc::core {
struct BoardCommune;
struct BoardFigures;
struct DistrictDay;
} // namespace dc::core

namespace dc::gui {

class AppContext;

// The province board at the hub (core::HubBoardService::board), for a province account (every district) or a district
// account (its own): one row per district followed by its communes, and entries per day by district for the chart.
// Read when the page is made and on reload(); the words follow the interface language.
class HubBoard : public QObject, public QQmlParserStatus {
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    // "Whole province" or the district a district account sees.
    Q_PROPERTY(QString scope READ scope NOTIFY loaded)
    // "01/12/2022 – 02/12/2022, 2 days": the days the plan to date covers; empty while the hub holds no entries.
    Q_PROPERTY(QString period READ period NOTIFY loaded)
    // The province's (or the district's) figures, as a row map (see rows).
    Q_PROPERTY(QVariantMap totals READ totals NOTIFY loaded)
    // The table, flattened: a district row, then each of its communes. Each map: district (bool: a district's row),
    // name, districtName, site (a commune's site UUID; empty when not enrolled or a district row), enrolled (bool),
    // entries (int), target (int), progress (real, entries / target, 0 without a target), progressText ("700 / 800"),
    // percent ("88 %"), corrections ("120", writing differences apart), writingDifferences, escalations, lastBundle
    // (date and sequence, or a dash), age ("22 h 00 min"), stale (bool: older than kStaleHours, or none while others
    // have one), alarms (words, empty when none), alarmCount (int).
    Q_PROPERTY(QVariantList rows READ rows NOTIFY loaded)
    Q_PROPERTY(int communeCount READ communeCount NOTIFY loaded)
    // The chart: day labels (dd/MM), one series per district {name, values (one per day)}, and a tidy maximum.
    Q_PROPERTY(QStringList chartDays READ chartDays NOTIFY loaded)
    Q_PROPERTY(QVariantList chartSeries READ chartSeries NOTIFY loaded)
    Q_PROPERTY(int chartMax READ chartMax NOTIFY loaded)
    // The plan for one day: the daily targets of the communes on the board, summed (the chart's line).
    Q_PROPERTY(int planPerDay READ planPerDay NOTIFY loaded)
    // Why the board could not be read (not a hub, not permitted); empty otherwise. In the interface language.
    Q_PROPERTY(QString message READ message NOTIFY loaded)

public:
    // A bundle older than this is shown as late (the day closes daily; two days without one is worth a call).
    static constexpr int kStaleHours = 48;

    explicit HubBoard(QObject* parent = nullptr);
    ~HubBoard() override;

    void classBegin() override;
    void componentComplete() override;

    [[nodiscard]] QString scope() const { return m_scope; }
    [[nodiscard]] QString period() const { return m_period; }
    [[nodiscard]] QVariantMap totals() const { return m_totals; }
    [[nodiscard]] QVariantList rows() const { return m_rows; }
    [[nodiscard]] int communeCount() const { return m_communeCount; }
    [[nodiscard]] QStringList chartDays() const { return m_chartDays; }
    [[nodiscard]] QVariantList chartSeries() const { return m_chartSeries; }
    [[nodiscard]] int chartMax() const { return m_chartMax; }
    [[nodiscard]] int planPerDay() const { return m_planPerDay; }
    [[nodiscard]] QString message() const;

    Q_INVOKABLE void reload();

    // Shared with HubCommune: a board row's words.
    [[nodiscard]] static QVariantMap figuresRow(const core::BoardFigures& figures);
    [[nodiscard]] static QVariantMap communeRow(const core::BoardCommune& commune);
    // A tidy maximum for a chart's axis: 5 round steps above `value`.
    [[nodiscard]] static int tidyMaximum(qint64 value);

Q_SIGNALS:
    void loaded();

private:
    AppContext* m_context = nullptr;
    QString m_scope;
    QString m_period;
    QVariantMap m_totals;
    QVariantList m_rows;
    int m_communeCount = 0;
    QStringList m_chartDays;
    QVariantList m_chartSeries;
    int m_chartMax = 10;
    int m_planPerDay = 0;
    std::optional<core::Error> m_error;
};

} // namespace dc::gui
