// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "app/gui/ErrorRateModel.h"

#include "app/gui/DisplayText.h"
#include "core/campaign/Campaign.h"
#include "core/domain/CorrectionClass.h"
#include "core/domain/EntrySchema.h"
#include "core/domain/RecordType.h"

#include <QStringList>

#include <algorithm>

namespace dc::gui {

namespace {

// The schema that names the field: the row's record type when it has one, else the first that has the field (a key
// such as "subject.full_name" is the same field in the birth and the death schema).
const core::domain::FieldSpec* specOf(const core::ErrorMapRow& row) {
    using core::domain::RecordType;
    if (const auto type = core::domain::recordTypeFromKey(row.recordType)) {
        if (const auto* spec = core::domain::entrySchema(*type).field(row.field)) {
            return spec;
        }
    }
    for (const RecordType type : {RecordType::Birth, RecordType::Marriage, RecordType::Death}) {
        if (const auto* spec = core::domain::entrySchema(type).field(row.field)) {
            return spec;
        }
    }
    return nullptr;
}

} // namespace

ErrorRateModel::ErrorRateModel(QObject* parent) : QAbstractListModel(parent) {}

int ErrorRateModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : count();
}

QString ErrorRateModel::fieldLabel(const core::ErrorMapRow& row, bool vietnamese) {
    const core::domain::FieldSpec* spec = specOf(row);
    if (!spec) {
        return row.field;
    }
    return vietnamese ? spec->labelVi : spec->labelEn;
}

QString ErrorRateModel::groupText(const core::ErrorMapRow& row) {
    QStringList parts;
    if (!row.correctionClass.isEmpty()) {
        const auto c = core::domain::correctionClassFromKey(row.correctionClass);
        parts.append(c ? text::correctionClassName(*c) : row.correctionClass);
    }
    if (!row.recordType.isEmpty()) {
        const auto type = core::domain::recordTypeFromKey(row.recordType);
        parts.append(type ? text::recordTypeName(*type) : row.recordType);
    }
    if (row.decade > 0) {
        parts.append(QString::number(row.decade) + text::kEnDash + QString::number(row.decade + 9));
    }
    if (!row.commune.isEmpty()) {
        parts.append(row.district.isEmpty() ? row.commune : core::campaign::communePath(row.district, row.commune));
    } else if (!row.district.isEmpty()) {
        parts.append(row.district);
    }
    return parts.join(QStringLiteral(" · "));
}

// 0.125 → "12,5 %" in Vietnamese, "12.5 %" in English (a space before the sign, as both write it).
QString ErrorRateModel::percent(double value, bool vietnamese, int decimals) {
    QString number = QString::number(value * 100.0, 'f', decimals);
    if (vietnamese) {
        number.replace(QLatin1Char('.'), QLatin1Char(','));
    }
    return number + QStringLiteral(" %");
}

QVariant ErrorRateModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const core::ErrorMapRow& row = m_rows[static_cast<std::size_t>(index.row())];
    const core::domain::ProportionEstimate& e = row.rate.estimate;
    switch (role) {
    case FieldRole:
        return fieldLabel(row, m_vietnamese);
    case FieldKeyRole:
        return row.field;
    case GroupRole:
        return groupText(row);
    case CheckedRole:
        return row.rate.checked;
    case CorrectedRole:
        return row.rate.corrected;
    case RateRole:
        return percent(e.rate, m_vietnamese);
    case IntervalRole: {
        QString low = percent(e.low, m_vietnamese);
        low.chop(2); // "10,1–15,3 %": the sign once
        return low + text::kEnDash + percent(e.high, m_vietnamese);
    }
    case RateValueRole:
        return e.rate;
    case LowValueRole:
        return e.low;
    case HighValueRole:
        return e.high;
    default:
        return {};
    }
}

QHash<int, QByteArray> ErrorRateModel::roleNames() const {
    return {
        {FieldRole, "field"},         {FieldKeyRole, "fieldKey"},   {GroupRole, "group"},
        {CheckedRole, "checked"},     {CorrectedRole, "corrected"}, {RateRole, "rate"},
        {IntervalRole, "interval"},   {RateValueRole, "rateValue"}, {LowValueRole, "lowValue"},
        {HighValueRole, "highValue"},
    };
}

QVariantMap ErrorRateModel::get(int row) const {
    QVariantMap out;
    if (row < 0 || row >= count()) {
        return out;
    }
    const QHash<int, QByteArray> names = roleNames();
    for (auto it = names.constBegin(); it != names.constEnd(); ++it) {
        out.insert(QString::fromLatin1(it.value()), data(index(row), it.key()));
    }
    return out;
}

void ErrorRateModel::setRows(std::vector<core::ErrorMapRow> rows, bool vietnamese) {
    beginResetModel();
    m_rows = std::move(rows);
    m_vietnamese = vietnamese;
    m_scaleMax = 0;
    for (const core::ErrorMapRow& row : m_rows) {
        m_scaleMax = std::max(m_scaleMax, row.rate.estimate.high);
    }
    endResetModel();
    Q_EMIT countChanged();
}

void ErrorRateModel::setLanguage(bool vietnamese) {
    if (vietnamese == m_vietnamese) {
        return;
    }
    m_vietnamese = vietnamese;
    if (!m_rows.empty()) {
        Q_EMIT dataChanged(index(0), index(count() - 1), {FieldRole, GroupRole, RateRole, IntervalRole});
    }
}

void ErrorRateModel::clear() {
    setRows({}, m_vietnamese);
}

} // namespace dc::gui
