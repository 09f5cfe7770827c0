// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "app/gui/NewRecoveryCode.h"
#include "core/Error.h"

#include <QObject>
#include <QQmlParserStatus>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace dc::gui {

class AppContext;

// The supervisor's site-keys page: `doichieu-admin rekey` (RekeyService::rekeySite, which checks the permission) —
// the database re-encrypted under a key from a new recovery code, every account keeping its password — and the new
// code shown once, as a printable sheet (NewRecoveryCode).
class AdminKeys : public QObject, public QQmlParserStatus {
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_PROPERTY(dc::gui::NewRecoveryCode* newCode READ newCode CONSTANT)
    Q_PROPERTY(QString message READ message NOTIFY changed)

public:
    explicit AdminKeys(QObject* parent = nullptr);
    ~AdminKeys() override;

    void classBegin() override;
    void componentComplete() override {}

    [[nodiscard]] NewRecoveryCode* newCode() const { return m_code; }
    [[nodiscard]] QString message() const;

    // Re-keys the site; the new code is then in newCode. False and a message when refused or failed (the database
    // stays under its old key: RekeyService's steps are crash-safe).
    Q_INVOKABLE bool rekey();

Q_SIGNALS:
    void changed();

private:
    AppContext* m_context = nullptr;
    NewRecoveryCode* m_code = nullptr;
    std::optional<core::Error> m_error;
};

} // namespace dc::gui
