// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/training/Training.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace dc::gui {

// The trainer's board (core::training::trainerBoard): one row per trainee pair with its summed score and whether it
// needs another round, with the reasons in words — a pair of the site that has logged nothing yet included (books 0,
// its figures "—", the reason "Chưa ghi mục nào"). Read-only for QML; filled by TrainerBoard.
class TrainingBoardModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use TrainerBoard.rows")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        SiteRole = Qt::UserRole + 1, // QString: the training site's name
        PairRole,                    // QString: "hv01 + hv02"
        BooksRole,                   // int: books scored (0: the pair has logged nothing yet)
        OutcomesRole,                // QString: outcomes right out of entries, "18/20"; "—" with no book scored
        CorrectionsRole,             // QString: corrections right out of those expected, "5/6"; "—" with no book
        WritingDifferencesRole,      // int: writing differences logged as corrections
        MissedCorrectionsRole,       // int
        EscalationsMissedRole,       // int
        EscalationsUnneededRole,     // int
        SecondsPerEntryRole,         // QString: "14,2" (the decimal comma in Vietnamese); "—" with no book scored
        KeysPerEntryRole,            // QString: "3,5"; "—" when not measured (logged from the command line)
        NeedsAnotherRoundRole,       // bool
        ReasonsRole,                 // QString: why another round, in words, "; " between them; "" when ready
    };
    Q_ENUM(Role)

    explicit TrainingBoardModel(QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] int count() const { return static_cast<int>(m_rows.size()); }

    void setRows(std::vector<core::training::BoardRow> rows, bool vietnamese);
    [[nodiscard]] int needingAnotherRound() const;

Q_SIGNALS:
    void countChanged();

private:
    std::vector<core::training::BoardRow> m_rows;
    bool m_vietnamese = true;
};

} // namespace dc::gui
