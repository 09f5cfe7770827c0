// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "app/gui/AdminBooks.h"

#include "app/common/ErrorText.h"
#include "app/gui/AppContext.h"
#include "app/gui/BookListModel.h"
#include "app/gui/DisplayText.h"
#include "app/gui/Guarded.h"
#include "app/gui/Language.h"
#include "app/gui/SessionController.h"

#include <algorithm>

namespace dc::gui {

namespace {

// A number as typed: nullopt when empty, -1 (refused by the service as out of range) when not a whole number.
std::optional<int> typedNumber(const QString& typed) {
    const QString text = typed.trimmed();
    if (text.isEmpty()) {
        return std::nullopt;
    }
    bool ok = false;
    const int value = text.toInt(&ok);
    return ok ? value : -1;
}

core::RecordType recordType(AdminBooks::Type type) {
    switch (type) {
    case AdminBooks::Type::Marriage:
        return core::RecordType::Marriage;
    case AdminBooks::Type::Death:
        return core::RecordType::Death;
    case AdminBooks::Type::Birth:
        break;
    }
    return core::RecordType::Birth;
}

} // namespace

AdminBooks::AdminBooks(QObject* parent) : QObject(parent) {}

AdminBooks::~AdminBooks() = default;

void AdminBooks::classBegin() {
    m_context = AppContext::of(this);
    if (!m_context) {
        qCritical("AdminBooks: no dc::gui::AppContext on this QML engine");
        return;
    }
    m_model = new BookListModel(m_context->language(), this);
    connect(m_context->language(), &Language::changed, this, &AdminBooks::changed);
}

void AdminBooks::componentComplete() {
    reload();
}

QString AdminBooks::message() const {
    return m_error ? app::errorText(*m_error) : QString();
}

QString AdminBooks::commune() const {
    core::Session* s = m_context ? m_context->session()->session() : nullptr;
    return s ? s->siteName() : QString();
}

bool AdminBooks::reload() {
    core::Session* s = m_context ? m_context->session()->session() : nullptr;
    if (!s) {
        return false;
    }
    auto books = guarded([&] { return core::BookService::listBooksWithProgress(*s, false); });
    if (!books) {
        m_books.clear();
        m_model->setBooks({});
        fail(books.error());
        return false;
    }
    m_books.clear();
    for (auto& b : books.value()) {
        m_books.push_back(std::move(b.book));
    }
    // Open books first, as listBooks orders them (listBooksWithProgress keeps the service's order within each).
    std::stable_partition(m_books.begin(), m_books.end(), [](const core::Book& b) { return b.open; });
    m_model->setBooks(m_books);
    return true;
}

bool AdminBooks::open(const QString& commune, Type type, const QString& number, const QString& yearFrom,
                      const QString& yearTo, const QString& firstEntry, const QString& lastEntry) {
    core::Session* s = m_context ? m_context->session()->session() : nullptr;
    if (!s) {
        return false;
    }
    core::NewBook request;
    request.commune = commune.trimmed();
    request.recordType = recordType(type);
    request.bookNumber = number.trimmed();
    request.yearFrom = typedNumber(yearFrom).value_or(0);
    request.yearTo = typedNumber(yearTo).value_or(0);
    request.firstEntry = typedNumber(firstEntry);
    request.lastEntry = typedNumber(lastEntry);
    auto book = guarded([&] { return core::BookService::createBook(*s, request); });
    if (!book) {
        fail(book.error());
        return false;
    }
    reload();
    m_context->session()->reloadBooks(); // the home page's list
    succeed(tr("Opened %1.").arg(text::bookTitle(book.value())));
    return true;
}

bool AdminBooks::toggle(int row) {
    core::Session* s = m_context ? m_context->session()->session() : nullptr;
    if (!s || row < 0 || row >= static_cast<int>(m_books.size())) {
        return false;
    }
    const core::Book& chosen = m_books[static_cast<std::size_t>(row)];
    const qint64 id = chosen.id;
    auto book = guarded(
        [&] { return chosen.open ? core::BookService::closeBook(*s, id) : core::BookService::reopenBook(*s, id); });
    if (!book) {
        fail(book.error());
        return false;
    }
    const QString title = text::bookTitle(book.value());
    const bool nowOpen = book->open;
    reload();
    m_context->session()->reloadBooks();
    succeed(nowOpen ? tr("%1 is open again.").arg(title) : tr("%1 is closed: it takes no new entries.").arg(title));
    return true;
}

void AdminBooks::clearMessage() {
    m_error.reset();
    m_confirmation.clear();
    Q_EMIT changed();
}

void AdminBooks::fail(core::Error error) {
    m_error = std::move(error);
    m_confirmation.clear();
    Q_EMIT changed();
}

void AdminBooks::succeed(const QString& confirmation) {
    m_error.reset();
    m_confirmation = confirmation;
    Q_EMIT changed();
}

} // namespace dc::gui
