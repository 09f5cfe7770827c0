// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/domain/EntrySchema.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace dc::gui {

// The fields of a book's record type (core::domain::entrySchema) that a correction can name, for the field
// picker of the logging screen: the entry's own facts first (the subject's name leads), then the registration
// facts. Typing narrows the list: `filter` is matched by core::domain::searchFields — each typed word the start of a
// word of a label, the key or a synonym the schema keeps ("ngay sinh", "cccd", "que"), tone marks and case ignored —
// and the best matches come first.
class SchemaFieldModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use the logging form's fields")
    Q_PROPERTY(QString filter READ filter WRITE setFilter NOTIFY filterChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        FieldKeyRole = Qt::UserRole + 1, // QString: "subject.full_name"
        LabelRole,                       // QString: the label in the interface language
        KindRole,                        // QString: the value kind, "name", "date", ...
    };
    Q_ENUM(Role)

    explicit SchemaFieldModel(QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] int count() const { return static_cast<int>(m_shown.size()); }

    [[nodiscard]] QString filter() const { return m_filter; }
    void setFilter(const QString& filter);
    void setSchema(const core::domain::EntrySchema* schema, bool vietnamese);
    void setVietnamese(bool vietnamese);

    // The key of a shown row; empty when there is none.
    Q_INVOKABLE QString keyAt(int row) const;

Q_SIGNALS:
    void filterChanged();
    void countChanged();

private:
    void refilter();

    const core::domain::EntrySchema* m_schema = nullptr;
    bool m_vietnamese = true;
    QString m_filter;
    std::vector<const core::domain::FieldSpec*> m_ordered; // every field, in picking order
    std::vector<const core::domain::FieldSpec*> m_shown;   // those matching the filter
};

} // namespace dc::gui
