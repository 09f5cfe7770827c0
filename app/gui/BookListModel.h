// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/services/BookService.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace dc::gui {

class Language;

// The site's register books, as BookService::listBooks returns them (open books first). Filled and cleared
// by SessionController; read-only for QML.
class BookListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use CurrentSession.books")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        CommuneRole = Qt::UserRole + 1, // QString: the commune, "Phường Phú Cường"
        RecordTypeRole,                 // QString: "birth", "marriage" or "death"
        RecordTypeNameRole,             // QString: the record type in the interface language, "Khai sinh"
        BookNumberRole,                 // QString: the book number (quyển số) as printed, "01"
        YearsRole,                      // QString: "1998", or "2005–2006" for a book spanning years
        FirstEntryRole,                 // int: the first entry number, 0 when not recorded
        LastEntryRole,                  // int: the last entry number, 0 when not recorded
        EntryRangeRole,                 // QString: "1–412", empty when the range is not recorded
        OpenRole,                       // bool: the book is open for checking
        CreatedOnRole,                  // QString: the day the book was registered here, dd/MM/yyyy (UTC+7)
    };
    Q_ENUM(Role)

    explicit BookListModel(Language* language, QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] int count() const { return static_cast<int>(m_books.size()); }

    void setBooks(std::vector<core::Book> books);
    void clear();

Q_SIGNALS:
    void countChanged();

private:
    std::vector<core::Book> m_books;
};

} // namespace dc::gui
