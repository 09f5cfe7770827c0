// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "app/gui/BookPickerModel.h"

#include "app/gui/DisplayText.h"

namespace dc::gui {

namespace {} // namespace

BookPickerModel::BookPickerModel(QObject* parent) : QAbstractListModel(parent) {}

void BookPickerModel::retranslate() {
    if (!m_books.empty()) {
        Q_EMIT dataChanged(index(0), index(count() - 1), {TitleRole, RecordTypeNameRole});
    }
}

int BookPickerModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant BookPickerModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const auto& entry = m_books[static_cast<std::size_t>(index.row())];
    const core::Book& book = entry.book;
    switch (role) {
    case BookIdRole:
        return book.id;
    case TitleRole:
        return text::bookTitle(book);
    case RecordTypeNameRole:
        return text::recordTypeName(book.recordType);
    case BookNumberRole:
        return book.bookNumber;
    case YearsRole:
        return book.yearTo == book.yearFrom
                   ? QString::number(book.yearFrom)
                   : QString::number(book.yearFrom) + text::kEnDash + QString::number(book.yearTo);
    case EntryRangeRole:
        if (!book.firstEntry || !book.lastEntry) {
            return QString();
        }
        return QString::number(*book.firstEntry) + text::kEnDash + QString::number(*book.lastEntry);
    case CommuneRole:
        return book.commune;
    case LoggedRole:
        return entry.logged;
    case LastEntryRole:
        return entry.lastEntryNumber;
    default:
        return {};
    }
}

QHash<int, QByteArray> BookPickerModel::roleNames() const {
    return {
        {BookIdRole, "bookId"},         {TitleRole, "title"},   {RecordTypeNameRole, "recordTypeName"},
        {BookNumberRole, "bookNumber"}, {YearsRole, "years"},   {EntryRangeRole, "entryRange"},
        {CommuneRole, "commune"},       {LoggedRole, "logged"}, {LastEntryRole, "lastEntry"},
    };
}

void BookPickerModel::setBooks(std::vector<core::BookService::BookWithProgress> books) {
    beginResetModel();
    m_books = std::move(books);
    endResetModel();
    Q_EMIT countChanged();
}

void BookPickerModel::clear() {
    setBooks({});
}

std::optional<core::Book> BookPickerModel::book(int row) const {
    if (row < 0 || row >= count()) {
        return std::nullopt;
    }
    return m_books[static_cast<std::size_t>(row)].book;
}

} // namespace dc::gui
