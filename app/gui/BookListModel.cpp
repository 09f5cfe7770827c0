// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "app/gui/BookListModel.h"

#include "app/gui/DisplayText.h"
#include "app/gui/Language.h"

namespace dc::gui {

namespace {} // namespace

BookListModel::BookListModel(Language* language, QObject* parent) : QAbstractListModel(parent) {
    connect(language, &Language::changed, this, [this] {
        if (!m_books.empty()) {
            Q_EMIT dataChanged(index(0), index(count() - 1), {RecordTypeNameRole});
        }
    });
}

int BookListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant BookListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const core::Book& book = m_books[static_cast<std::size_t>(index.row())];
    switch (role) {
    case CommuneRole:
        return book.commune;
    case RecordTypeRole:
        return core::recordTypeKey(book.recordType);
    case RecordTypeNameRole:
        return text::recordTypeName(book.recordType);
    case BookNumberRole:
        return book.bookNumber;
    case YearsRole:
        return book.yearTo == book.yearFrom
                   ? QString::number(book.yearFrom)
                   : QString::number(book.yearFrom) + text::kEnDash + QString::number(book.yearTo);
    case FirstEntryRole:
        return book.firstEntry.value_or(0);
    case LastEntryRole:
        return book.lastEntry.value_or(0);
    case EntryRangeRole:
        if (!book.firstEntry || !book.lastEntry) {
            return QString();
        }
        return QString::number(*book.firstEntry) + text::kEnDash + QString::number(*book.lastEntry);
    case OpenRole:
        return book.open;
    case CreatedOnRole:
        return text::storedDate(book.createdAt);
    default:
        return {};
    }
}

QHash<int, QByteArray> BookListModel::roleNames() const {
    return {
        {CommuneRole, "commune"},       {RecordTypeRole, "recordType"}, {RecordTypeNameRole, "recordTypeName"},
        {BookNumberRole, "bookNumber"}, {YearsRole, "years"},           {FirstEntryRole, "firstEntry"},
        {LastEntryRole, "lastEntry"},   {EntryRangeRole, "entryRange"}, {OpenRole, "open"},
        {CreatedOnRole, "createdOn"},
    };
}

void BookListModel::setBooks(std::vector<core::Book> books) {
    beginResetModel();
    m_books = std::move(books);
    endResetModel();
    Q_EMIT countChanged();
}

void BookListModel::clear() {
    setBooks({});
}

} // namespace dc::gui
