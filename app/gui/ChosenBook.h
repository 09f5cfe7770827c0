// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/services/BookService.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <utility>

namespace dc::gui {

// The register book the pair chose on the book picker, handed to the logging page as its required property `book`
// by the shell from the Navigator (the page does not fetch it from a singleton).
class ChosenBook : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The Navigator opens a book")
    Q_PROPERTY(double bookId READ bookId CONSTANT)

public:
    ChosenBook(core::Book book, QObject* parent) : QObject(parent), m_book(std::move(book)) {}

    [[nodiscard]] const core::Book& book() const { return m_book; }
    [[nodiscard]] double bookId() const { return static_cast<double>(m_book.id); }

private:
    core::Book m_book;
};

} // namespace dc::gui
