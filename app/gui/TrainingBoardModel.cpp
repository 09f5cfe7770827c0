// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "app/gui/TrainingBoardModel.h"

#include "app/gui/TrainingText.h"

#include <algorithm>

namespace dc::gui {

TrainingBoardModel::TrainingBoardModel(QObject* parent) : QAbstractListModel(parent) {}

int TrainingBoardModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant TrainingBoardModel::data(const QModelIndex& index, int role) const {
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const core::training::BoardRow& row = m_rows[static_cast<std::size_t>(index.row())];
    const core::training::Score& total = row.total;
    // A pair that has logged nothing yet has no figures to show: "—" rather than "0/0" or "0,0" seconds.
    const bool idle = row.books == 0;
    const QString none = QStringLiteral("—");
    switch (role) {
    case SiteRole:
        return row.site;
    case PairRole:
        return row.pair;
    case BooksRole:
        return row.books;
    case OutcomesRole:
        return idle ? none : trainingtext::fraction(total.outcomesRight, total.entries);
    case CorrectionsRole:
        return idle ? none : trainingtext::fraction(total.correctionsRight, total.correctionsExpected);
    case WritingDifferencesRole:
        return total.writingDifferencesCorrected;
    case MissedCorrectionsRole:
        return total.missedCorrections;
    case EscalationsMissedRole:
        return total.escalationsMissed;
    case EscalationsUnneededRole:
        return total.escalationsUnneeded;
    case SecondsPerEntryRole:
        return idle ? none : trainingtext::decimal(total.secondsPerEntry, m_vietnamese);
    case KeysPerEntryRole:
        return total.keysPerEntry > 0 ? trainingtext::decimal(total.keysPerEntry, m_vietnamese) : none;
    case NeedsAnotherRoundRole:
        return row.needsAnotherRound;
    case ReasonsRole: {
        QStringList words;
        for (const QString& key : row.reasons) {
            words.append(trainingtext::reasonText(key));
        }
        return words.join(QStringLiteral("; "));
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> TrainingBoardModel::roleNames() const {
    return {{SiteRole, "site"},
            {PairRole, "pair"},
            {BooksRole, "books"},
            {OutcomesRole, "outcomes"},
            {CorrectionsRole, "corrections"},
            {WritingDifferencesRole, "writingDifferences"},
            {MissedCorrectionsRole, "missedCorrections"},
            {EscalationsMissedRole, "escalationsMissed"},
            {EscalationsUnneededRole, "escalationsUnneeded"},
            {SecondsPerEntryRole, "secondsPerEntry"},
            {KeysPerEntryRole, "keysPerEntry"},
            {NeedsAnotherRoundRole, "needsAnotherRound"},
            {ReasonsRole, "reasons"}};
}

void TrainingBoardModel::setRows(std::vector<core::training::BoardRow> rows, bool vietnamese) {
    beginResetModel();
    m_rows = std::move(rows);
    m_vietnamese = vietnamese;
    endResetModel();
    Q_EMIT countChanged();
}

int TrainingBoardModel::needingAnotherRound() const {
    return static_cast<int>(std::count_if(m_rows.begin(), m_rows.end(),
                                          [](const core::training::BoardRow& row) { return row.needsAnotherRound; }));
}

} // namespace dc::gui
