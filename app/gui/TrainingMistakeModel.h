// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/training/Training.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace dc::gui {

// The mistakes of one scored book (core::training::scoreBook), in entry order: what kind, which field, the right
// answer, what was logged, and core's one-line explanation. Read-only for QML; filled by TrainingScore.
class TrainingMistakeModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use TrainingScore.mistakes")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        EntryNumberRole = Qt::UserRole + 1, // int: the entry the mistake is in
        KindRole,                           // QString: core's stable key, "missed_correction"
        KindNameRole,                       // QString: the kind in the interface language, "Bỏ sót sửa"
        FieldRole,                          // QString: the field's label in the interface language; "" for an outcome
        ExpectedRole,    // QString: the right answer (an outcome by its name, or a value); "—" if none
        LoggedRole,      // QString: what the pair logged, the same way
        ExplanationRole, // QString: core's one-line explanation, Vietnamese or English
    };
    Q_ENUM(Role)

    explicit TrainingMistakeModel(QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] int count() const { return static_cast<int>(m_rows.size()); }

    void setMistakes(core::domain::RecordType type, const std::vector<core::training::Mistake>& mistakes,
                     bool vietnamese);
    void clear();

Q_SIGNALS:
    void countChanged();

private:
    struct Row {
        int entryNumber = 0;
        QString kind;
        QString kindName;
        QString field;
        QString expected;
        QString logged;
        QString explanation;
    };
    std::vector<Row> m_rows;
};

} // namespace dc::gui
