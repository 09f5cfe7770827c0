// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/services/BookService.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <optional>
#include <vector>

namespace dc::gui {

// The open books a pair can work on, with their progress (BookService::listBooksWithProgress). Filled by the book
// picker's BookChooser; read-only for QML.
class BookPickerModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use BookChooser.books")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        BookIdRole = Qt::UserRole + 1, // qint64: the book's id
        TitleRole,                     // QString: "Khai sinh, quyển 01, 1998"
        RecordTypeNameRole,            // QString: "Khai sinh"
        BookNumberRole,                // QString: "01"
        YearsRole,                     // QString: "1998" or "2005–2006"
        EntryRangeRole,                // QString: "1–412"; empty when not recorded
        CommuneRole,                   // QString
        LoggedRole,                    // int: entries logged (voided ones not counted)
        LastEntryRole,                 // int: the highest entry number logged, 0 when none
    };
    Q_ENUM(Role)

    explicit BookPickerModel(QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] int count() const { return static_cast<int>(m_books.size()); }

    void setBooks(std::vector<core::BookService::BookWithProgress> books);
    void clear();
    // After a language switch: the titles and record types again.
    void retranslate();
    [[nodiscard]] std::optional<core::Book> book(int row) const;

Q_SIGNALS:
    void countChanged();

private:
    std::vector<core::BookService::BookWithProgress> m_books;
};

} // namespace dc::gui
