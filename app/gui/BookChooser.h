// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "app/gui/BookPickerModel.h"
#include "app/gui/ReviewItemsModel.h"
#include "core/Error.h"

#include <QObject>
#include <QQmlParserStatus>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace dc::gui {

class AppContext;

// The view model of the book picker, created by its page: the open books with their progress
// (BookService::listBooksWithProgress) and what the supervisor sent back to the pair (ReviewService::returnedToPair),
// read when the page opens. Choosing a book, or a returned check to re-check as an amendment, asks the Navigator for
// the logging screen with it.
class BookChooser : public QObject, public QQmlParserStatus {
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_PROPERTY(dc::gui::BookPickerModel* books READ books CONSTANT)
    // The pair's checks the supervisor returned, and their escalations the supervisor resolved.
    Q_PROPERTY(dc::gui::ReviewItemsModel* returned READ returned CONSTANT)
    // Of those: how many were returned (to re-check), and how many are escalations resolved (to read, or re-check).
    Q_PROPERTY(int returnedCount READ returnedCount NOTIFY returnedChanged)
    Q_PROPERTY(int resolvedCount READ resolvedCount NOTIFY returnedChanged)
    // Why the books or the returned checks could not be listed, or why a returned check cannot be opened; empty
    // otherwise. In the interface language.
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)

public:
    explicit BookChooser(QObject* parent = nullptr);
    ~BookChooser() override;

    void classBegin() override;
    void componentComplete() override;

    [[nodiscard]] BookPickerModel* books() const { return m_books; }
    [[nodiscard]] ReviewItemsModel* returned() const { return m_returned; }
    [[nodiscard]] QString message() const;
    [[nodiscard]] int returnedCount() const { return m_returnedCount; }
    [[nodiscard]] int resolvedCount() const { return m_resolvedCount; }

    Q_INVOKABLE void reload();
    // The logging screen for the book of this row.
    Q_INVOKABLE bool open(int row);
    // Re-checks a returned (or resolved) check: its book's logging screen with the check loaded as an amendment, which
    // supersedes it (LogService::amendCheck). False, saying why, when its book is no longer open for logging.
    Q_INVOKABLE bool recheck(int row);

Q_SIGNALS:
    void messageChanged();
    void returnedChanged();

private:
    void reloadBooks();
    void reloadReturned();
    void setError(std::optional<core::Error> error);
    void countReturned();

    AppContext* m_context = nullptr;
    BookPickerModel* m_books = nullptr;
    ReviewItemsModel* m_returned = nullptr;
    std::optional<core::Error> m_error;
    int m_returnedCount = 0;
    int m_resolvedCount = 0;
};

} // namespace dc::gui
