// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/training/Training.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace dc::gui {

// The two sides of one training entry (issue 18), field by field in the schema's order: what the paper book shows and
// what the "national database" shows, so the checker compares as on the real day. Only the fields either side fills;
// the entry's own registration facts but its date only where the sides disagree.
// Read-only for QML; filled by TrainingDesk. An illegible entry's book side is shown with gaps (gapped()): the trainee
// must not be able to read it, since the right answer is to escalate it. Differences are not marked: finding them is
// what the trainee practises, as the real system marks none.
class TrainingSidesModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use TrainingDesk.sides")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        FieldKeyRole = Qt::UserRole + 1, // QString: the schema's key, "subject.full_name"
        LabelRole,         // QString: the field's label in the interface language, "Họ, chữ đệm, tên"
        BookValueRole,     // QString: what the paper book shows (with gaps when illegible); "" if blank
        DatabaseValueRole, // QString: what the national database shows; "" when it has no such field
    };
    Q_ENUM(Role)

    explicit TrainingSidesModel(QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] int count() const { return static_cast<int>(m_rows.size()); }

    // The rows of `entry` of a book of `type`, labelled in Vietnamese or English.
    void setEntry(core::domain::RecordType type, const core::training::TrainingEntry& entry, bool vietnamese);
    void clear();

    // An illegible book's text as the screen shows it: every other letter of each word after its first replaced by a
    // gap mark, so the shape of the line is there and its content is not.
    [[nodiscard]] static QString gapped(const QString& text);

Q_SIGNALS:
    void countChanged();

private:
    struct Row {
        QString fieldKey;
        QString label;
        QString bookValue;
        QString databaseValue;
    };
    std::vector<Row> m_rows;
};

} // namespace dc::gui
