// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/services/ErrorMapService.h"

#include <QAbstractListModel>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace dc::gui {

// Rows of the error map (core::ErrorMapService::rows or ::weakest), in words for the table and in numbers for the
// chart: each row one rate with its Wilson 95 % interval and the entries checked. Field keys are shown by the schema's
// label, classes and record types by their names (DisplayText), in the interface language. Filled by ErrorMapBoard;
// read-only for QML.
class ErrorRateModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use ErrorMapBoard.rows or ErrorMapBoard.weakest")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    // The largest upper bound of the rows' intervals (0–1): the chart's scale, so every whisker fits.
    Q_PROPERTY(double scaleMax READ scaleMax NOTIFY countChanged)

public:
    enum Role {
        FieldRole = Qt::UserRole + 1, // QString: the field's label, "Ngày sinh (người được khai sinh)"
        FieldKeyRole,                 // QString: the schema's key, "subject.birth_date"
        GroupRole, // QString: the row's group in words ("Dấu · Kết hôn · 1970–1979 · Dầu Tiếng / Thanh An"),
                   // empty for a field alone
        CheckedRole,   // int: entries checked whose schema has the field
        CorrectedRole, // int: of those, entries with a real correction of the field (of the class)
        RateRole,      // QString: "12,5 %" (the decimal comma in Vietnamese)
        IntervalRole,  // QString: "10,1–15,3 %"
        RateValueRole, // double 0–1, for the chart
        LowValueRole,  // double 0–1: the interval's lower bound
        HighValueRole, // double 0–1: its upper bound
    };
    Q_ENUM(Role)

    explicit ErrorRateModel(QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] int count() const { return static_cast<int>(m_rows.size()); }
    [[nodiscard]] double scaleMax() const { return m_scaleMax; }

    // Row `index` as {role name: value} (the page's tests and any view that reads one row); empty out of range.
    Q_INVOKABLE QVariantMap get(int index) const;

    void setRows(std::vector<core::ErrorMapRow> rows, bool vietnamese);
    // The same rows in the other language.
    void setLanguage(bool vietnamese);
    void clear();

    // The words of a row's group and the numbers' formats (also the page's summary line).
    [[nodiscard]] static QString fieldLabel(const core::ErrorMapRow& row, bool vietnamese);
    [[nodiscard]] static QString groupText(const core::ErrorMapRow& row);
    [[nodiscard]] static QString percent(double value, bool vietnamese, int decimals = 1);

Q_SIGNALS:
    void countChanged();

private:
    std::vector<core::ErrorMapRow> m_rows;
    bool m_vietnamese = true;
    double m_scaleMax = 0;
};

} // namespace dc::gui
