// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "app/gui/NewRecoveryCode.h"
#include "app/gui/WorkerTask.h"
#include "core/Error.h"
#include "core/services/SiteSetup.h"

#include <QObject>
#include <QQmlParserStatus>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace dc::gui {

class AppContext;

// "New site" on the sign-in page: what `doichieu-admin init` does (core::createSite: the encrypted database, its
// keyring, the first supervisor, whose password is checked by the same strength rule), on a worker thread — the
// machine is measured to choose the Argon2id cost, a few seconds. Then the recovery code, shown once
// (NewRecoveryCode), and the new site selected for the sign-in. Passwords passed in are wiped.
class SiteCreator : public QObject, public QQmlParserStatus {
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString message READ message NOTIFY changed)
    Q_PROPERTY(Field problemField READ problemField NOTIFY changed)
    // Where the new database goes; starts as "xa.db" in the documents folder.
    Q_PROPERTY(QString suggestedPath READ suggestedPath CONSTANT)
    Q_PROPERTY(dc::gui::NewRecoveryCode* newCode READ newCode CONSTANT)

public:
    enum class Field { None, Path, SiteName, UserName, DisplayName, Password };
    Q_ENUM(Field)

    explicit SiteCreator(QObject* parent = nullptr);
    ~SiteCreator() override;

    void classBegin() override;
    void componentComplete() override {}

    [[nodiscard]] bool busy() const { return m_task.running(); }
    [[nodiscard]] QString message() const;
    [[nodiscard]] Field problemField() const;
    [[nodiscard]] QString suggestedPath() const;
    [[nodiscard]] NewRecoveryCode* newCode() const { return m_code; }

    // `path` a file path or file:// URL (".db" added when it has no suffix). `minimumCost`: Argon2id at RFC 9106's
    // floor instead of measuring the machine (`init --kdf minimum`, for slow machines).
    Q_INVOKABLE void create(const QString& path, const QString& siteName, const QString& userName,
                            const QString& displayName, QString password, QString repeated, bool minimumCost);
    Q_INVOKABLE void clearMessage();

Q_SIGNALS:
    void busyChanged();
    void changed();
    void created(); // the site exists; newCode holds its recovery code

private:
    enum class Problem { None, NoPath, NoSiteName, NoUserName, NoPassword, PasswordsDiffer, Service };
    void fail(Problem problem, core::Error error = {});
    void finish();

    AppContext* m_context = nullptr;
    NewRecoveryCode* m_code = nullptr;
    Problem m_problem = Problem::None;
    core::Error m_error;
    QString m_path;     // of the site being made
    QString m_siteName; // of the site being made
    QString m_userName; // the first supervisor
    WorkerTask<core::Result<core::SiteSetupOutcome>> m_task;
};

} // namespace dc::gui
