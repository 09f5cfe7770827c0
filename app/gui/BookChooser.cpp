// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "app/gui/BookChooser.h"

#include "app/common/ErrorText.h"
#include "app/gui/AppContext.h"
#include "app/gui/Guarded.h"
#include "app/gui/Language.h"
#include "app/gui/Navigator.h"
#include "app/gui/ReviewText.h"
#include "app/gui/SessionController.h"
#include "core/services/BookService.h"
#include "core/services/ReviewService.h"

#include <utility>

namespace dc::gui {

BookChooser::BookChooser(QObject* parent)
    : QObject(parent), m_books(new BookPickerModel(this)), m_returned(new ReviewItemsModel(this)) {}

BookChooser::~BookChooser() = default;

void BookChooser::classBegin() {
    m_context = AppContext::of(this);
    if (!m_context) {
        qCritical("BookChooser: no dc::gui::AppContext on this QML engine");
        return;
    }
    connect(m_context->language(), &Language::changed, this, [this] {
        m_books->retranslate();
        reloadReturned(); // worded when read
        Q_EMIT messageChanged();
    });
    // Read before the page's lists are made, so that they open on their first row.
    reload();
}

void BookChooser::componentComplete() {}

QString BookChooser::message() const {
    return m_error ? app::errorText(*m_error) : QString();
}

void BookChooser::reload() {
    setError(std::nullopt);
    reloadBooks();
    reloadReturned();
}

void BookChooser::reloadBooks() {
    core::Session* session = m_context ? m_context->session()->session() : nullptr;
    if (!session) {
        m_books->clear();
        return;
    }
    if (auto books = guarded([&] { return core::BookService::listBooksWithProgress(*session, true); })) {
        m_books->setBooks(std::move(books).value());
    } else {
        m_books->clear();
        setError(books.error());
    }
}

void BookChooser::reloadReturned() {
    core::Session* session = m_context ? m_context->session()->session() : nullptr;
    if (!session || session->user().role != core::Role::Volunteer) {
        m_returned->clear();
        countReturned();
        return;
    }
    auto items = guarded([&] { return core::ReviewService::returnedToPair(*session); });
    if (!items) {
        m_returned->clear();
        countReturned();
        if (!m_error) {
            setError(items.error());
        }
        return;
    }
    ReviewText words;
    words.load(*session, m_context->language()->vietnamese());
    m_returned->setItems(std::move(items).value(), words);
    countReturned();
}

// A resolved escalation is not a return: the list's title counts each kind apart.
void BookChooser::countReturned() {
    int returned = 0;
    int resolved = 0;
    for (int row = 0; row < m_returned->rowCount(); ++row) {
        const core::ReviewItem* item = m_returned->item(row);
        returned += item && item->state == core::ReviewState::Returned ? 1 : 0;
        resolved += item && item->state == core::ReviewState::Resolved ? 1 : 0;
    }
    if (returned != m_returnedCount || resolved != m_resolvedCount) {
        m_returnedCount = returned;
        m_resolvedCount = resolved;
        Q_EMIT returnedChanged();
    }
}

bool BookChooser::open(int row) {
    auto book = m_books->book(row);
    if (!book || !m_context) {
        return false;
    }
    m_context->navigator()->openLogging(*book, std::nullopt);
    return true;
}

bool BookChooser::recheck(int row) {
    const core::ReviewItem* item = m_returned->item(row);
    if (!item || !m_context) {
        return false;
    }
    ReturnedCheck returned{item->check, m_returned->value(row, ReviewItemsModel::SupervisorRole).toString(),
                           m_returned->value(row, ReviewItemsModel::ReasonRole).toString(),
                           item->state == core::ReviewState::Resolved};
    setError(std::nullopt);
    reloadBooks(); // the supervisor may have closed the book since the list was shown
    if (m_error) {
        return false;
    }
    for (int i = 0; i < m_books->rowCount(); ++i) {
        if (auto book = m_books->book(i); book && book->id == returned.check.bookId) {
            m_context->navigator()->openLogging(*book, std::move(returned));
            return true;
        }
    }
    // Not among the open books: the supervisor closed it since. Say so rather than do nothing.
    setError(core::makeError(core::ErrorCode::BookClosed, QStringLiteral("the returned entry's book is closed")));
    return false;
}

void BookChooser::setError(std::optional<core::Error> error) {
    const bool had = m_error.has_value();
    m_error = std::move(error);
    if (had || m_error) {
        Q_EMIT messageChanged();
    }
}

} // namespace dc::gui
