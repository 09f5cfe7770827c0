// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "app/gui/BookListModel.h"
#include "core/Error.h"
#include "core/services/Session.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <memory>
#include <optional>

class QQmlEngine;
class QJSEngine;

namespace dc::gui {

class Language;

// The signed-in session, if any, and what the home page shows of it. The Session object holds the open
// database and its key; signOut() destroys it, which closes the database and wipes the key.
class SessionController : public QObject {
    Q_OBJECT
    QML_NAMED_ELEMENT(CurrentSession)
    QML_SINGLETON
    Q_PROPERTY(bool signedIn READ signedIn NOTIFY signedInChanged)
    Q_PROPERTY(QString userName READ userName NOTIFY changed)
    Q_PROPERTY(QString displayName READ displayName NOTIFY changed)
    Q_PROPERTY(QString roleKey READ roleKey NOTIFY changed)   // "volunteer", "supervisor", "district", "province"
    Q_PROPERTY(QString roleName READ roleName NOTIFY changed) // in the interface language
    Q_PROPERTY(QString siteName READ siteName NOTIFY changed)
    Q_PROPERTY(QString signedInAt READ signedInAt NOTIFY changed) // HH:mm dd/MM/yyyy, Vietnam's time
    Q_PROPERTY(dc::gui::BookListModel* books READ books CONSTANT)
    // Why the books could not be listed; empty when they were.
    Q_PROPERTY(QString booksMessage READ booksMessage NOTIFY booksMessageChanged)

public:
    explicit SessionController(Language* language, QObject* parent = nullptr);
    ~SessionController() override;
    static SessionController* create(QQmlEngine* engine, QJSEngine* scriptEngine);

    // Takes the session a sign-in or a recovery opened (replacing any other) and lists its books.
    void adopt(std::unique_ptr<core::Session> session);

    [[nodiscard]] bool signedIn() const { return m_session != nullptr; }
    [[nodiscard]] QString userName() const;
    [[nodiscard]] QString displayName() const;
    [[nodiscard]] QString roleKey() const;
    [[nodiscard]] QString roleName() const;
    [[nodiscard]] QString siteName() const;
    [[nodiscard]] QString signedInAt() const;
    [[nodiscard]] BookListModel* books() const { return m_books; }
    [[nodiscard]] QString booksMessage() const;

    Q_INVOKABLE void reloadBooks();
    // Closes the database and wipes the keys. Does nothing when nobody is signed in.
    Q_INVOKABLE void signOut();

Q_SIGNALS:
    void signedInChanged(); // a session was opened or closed
    void changed();         // anything shown about the session, including its words after a language switch
    void booksMessageChanged();

private:
    std::unique_ptr<core::Session> m_session;
    QDateTime m_signedInAt;
    BookListModel* m_books = nullptr;
    std::optional<core::Error> m_booksError;
};

} // namespace dc::gui
