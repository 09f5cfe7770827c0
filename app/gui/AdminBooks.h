// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "app/gui/BookListModel.h"
#include "core/Error.h"
#include "core/services/BookService.h"

#include <QObject>
#include <QQmlParserStatus>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace dc::gui {

class AppContext;

// The supervisor's books page: every register book of the site (open ones first) and what `doichieu-admin book`
// does — open a new book (commune, record type, book number, year or years, entry range), close a book, reopen
// one closed too early. BookService checks the permission and the values; the home page's list follows.
class AdminBooks : public QObject, public QQmlParserStatus {
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_PROPERTY(dc::gui::BookListModel* books READ books CONSTANT)
    Q_PROPERTY(QString message READ message NOTIFY changed)
    Q_PROPERTY(QString confirmation READ confirmation NOTIFY changed)
    // The commune a new book starts with: the site's name.
    Q_PROPERTY(QString commune READ commune CONSTANT)

public:
    // The record types, in the order the page offers them.
    enum class Type { Birth, Marriage, Death };
    Q_ENUM(Type)

    explicit AdminBooks(QObject* parent = nullptr);
    ~AdminBooks() override;

    void classBegin() override;
    void componentComplete() override;

    [[nodiscard]] BookListModel* books() const { return m_model; }
    [[nodiscard]] QString message() const;
    [[nodiscard]] QString confirmation() const { return m_confirmation; }
    [[nodiscard]] QString commune() const;

    Q_INVOKABLE bool reload();
    // Years and entry numbers as typed; an empty "to" year is the same year, empty entry numbers are not recorded.
    Q_INVOKABLE bool open(const QString& commune, dc::gui::AdminBooks::Type type, const QString& number,
                          const QString& yearFrom, const QString& yearTo, const QString& firstEntry,
                          const QString& lastEntry);
    // Closes the book of this row, or reopens it when it is closed.
    Q_INVOKABLE bool toggle(int row);
    Q_INVOKABLE void clearMessage();

Q_SIGNALS:
    void changed();

private:
    void fail(core::Error error);
    void succeed(const QString& confirmation);

    AppContext* m_context = nullptr;
    BookListModel* m_model = nullptr;
    std::vector<core::Book> m_books; // the model's rows, with their ids
    std::optional<core::Error> m_error;
    QString m_confirmation;
};

} // namespace dc::gui
