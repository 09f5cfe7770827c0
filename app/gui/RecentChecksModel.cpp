// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "app/gui/RecentChecksModel.h"

#include "app/gui/DisplayText.h"

#include <QCoreApplication>

namespace dc::gui {

RecentChecksModel::RecentChecksModel(QObject* parent) : QAbstractListModel(parent) {}

int RecentChecksModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant RecentChecksModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const core::CheckHistory& history = m_checks[static_cast<std::size_t>(index.row())];
    const core::LoggedCheck& check = history.current;
    switch (role) {
    case CheckIdRole:
        return check.id;
    case EntryNumberRole:
        return check.entryNumber;
    case OutcomeKeyRole:
        return core::outcomeKey(check.outcome);
    case OutcomeNameRole:
        return text::outcomeName(check.outcome);
    case RegistrationDateRole:
        return check.registrationDate;
    case SubjectNameRole:
        return check.subjectName;
    case LoggedTimeRole:
        return text::storedTime(check.loggedAt);
    case CorrectionsRole:
        return correctionLines(check, false);
    case WritingDifferencesRole:
        return correctionLines(check, true);
    case TranscriptRole:
        return check.transcript;
    case AmendedRole:
        return !history.earlier.empty();
    case HistoryRole:
        return historyLines(history);
    default:
        return {};
    }
}

QHash<int, QByteArray> RecentChecksModel::roleNames() const {
    return {
        {CheckIdRole, "checkId"},
        {EntryNumberRole, "entryNumber"},
        {OutcomeKeyRole, "outcomeKey"},
        {OutcomeNameRole, "outcomeName"},
        {RegistrationDateRole, "registrationDate"},
        {SubjectNameRole, "subjectName"},
        {LoggedTimeRole, "loggedTime"},
        {CorrectionsRole, "corrections"},
        {WritingDifferencesRole, "writingDifferences"},
        {TranscriptRole, "transcript"},
        {AmendedRole, "amended"},
        {HistoryRole, "history"},
    };
}

void RecentChecksModel::setChecks(std::vector<core::CheckHistory> checks, const core::domain::EntrySchema* schema,
                                  bool vietnamese) {
    beginResetModel();
    m_checks = std::move(checks);
    m_schema = schema;
    m_vietnamese = vietnamese;
    endResetModel();
    Q_EMIT countChanged();
}

void RecentChecksModel::apply(const core::LogReceipt& receipt, int limit) {
    const int before = count();
    core::CheckHistory added{receipt.check, {}};
    if (receipt.superseded) {
        if (const int row = rowOf(receipt.superseded->id); row >= 0) {
            // Its history goes with the entry. (One it was not listed with, an earlier session's returned check, comes
            // with the one row the receipt knows.)
            added.earlier = std::move(m_checks[static_cast<std::size_t>(row)].earlier);
            beginRemoveRows({}, row, row);
            m_checks.erase(m_checks.begin() + row);
            endRemoveRows();
        }
        added.earlier.insert(added.earlier.begin(), *receipt.superseded);
    }
    // A void withdraws the entry: it is not listed (listChecks lists current rows, and a void is none).
    if (receipt.check.outcome != core::Outcome::Void) {
        beginInsertRows({}, 0, 0);
        m_checks.insert(m_checks.begin(), std::move(added));
        endInsertRows();
    }
    if (limit > 0 && count() > limit) {
        beginRemoveRows({}, limit, count() - 1);
        m_checks.erase(m_checks.begin() + limit, m_checks.end());
        endRemoveRows();
    }
    if (count() != before) {
        Q_EMIT countChanged();
    }
}

int RecentChecksModel::rowOf(qint64 checkId) const {
    for (std::size_t i = 0; i < m_checks.size(); ++i) {
        if (m_checks[i].current.id == checkId) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

void RecentChecksModel::setVietnamese(bool vietnamese) {
    m_vietnamese = vietnamese;
    if (!m_checks.empty()) {
        Q_EMIT dataChanged(index(0), index(count() - 1));
    }
}

void RecentChecksModel::clear() {
    setChecks({}, m_schema, m_vietnamese);
}

const core::LoggedCheck* RecentChecksModel::check(qint64 checkId) const {
    const int row = rowOf(checkId);
    return row >= 0 ? &m_checks[static_cast<std::size_t>(row)].current : nullptr;
}

QString RecentChecksModel::label(const QString& fieldKey) const {
    const core::domain::FieldSpec* field = m_schema ? m_schema->field(fieldKey) : nullptr;
    if (!field) {
        return fieldKey;
    }
    return m_vietnamese ? field->labelVi : field->labelEn;
}

QString RecentChecksModel::correctionLines(const core::LoggedCheck& check, bool writing) const {
    QStringList lines;
    for (const core::Correction& correction : check.corrections) {
        if (correction.writingDifference == writing) {
            lines.append(QCoreApplication::translate("RecentChecksModel", "%1: %2 → %3 (%4)")
                             .arg(label(correction.fieldKey), text::orDash(correction.before),
                                  text::orDash(correction.after),
                                  text::correctionClassName(correction.correctionClass)));
        }
    }
    return lines.join(QLatin1Char('\n'));
}

QString RecentChecksModel::historyLines(const core::CheckHistory& history) const {
    QStringList lines;
    const core::LoggedCheck* newer = &history.current;
    for (const core::LoggedCheck& earlier : history.earlier) {
        // Each newer row says why it replaced the one before it.
        lines.append(QCoreApplication::translate("RecentChecksModel", "Amended at %1 (reason: %2). Before: %3, %4, %5")
                         .arg(text::storedTime(newer->loggedAt), text::orDash(newer->reason),
                              text::outcomeName(earlier.outcome), text::orDash(earlier.registrationDate),
                              text::orDash(earlier.subjectName)));
        newer = &earlier;
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace dc::gui
