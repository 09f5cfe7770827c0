// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/Error.h"
#include "crypto/SecureBuffer.h"

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace dc::gui {

class Language;
class Navigator;

// A recovery code the program has just issued (a new site, a re-key, or a removal on a site older than key
// generations), shown once: on screen and as a printable PDF sheet saved where the supervisor chooses
// (app::writeRecoverySheet). forget() wipes it, and nothing can show it again — the program keeps no copy.
class NewRecoveryCode : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Comes with SiteCreator, AdminKeys and AdminAccounts")
    Q_PROPERTY(bool shown READ shown NOTIFY changed)
    // The code in 8 groups of 5 digits, "12345 67890 …"; empty once forgotten.
    Q_PROPERTY(QString code READ code NOTIFY changed)
    // Where the sheet goes; starts in the first removable drive (a USB stick), else the documents folder.
    Q_PROPERTY(QString path READ path WRITE setPath NOTIFY pathChanged)
    // Where the last save went (empty: not saved yet), and why the last save failed.
    Q_PROPERTY(QString savedTo READ savedTo NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)

public:
    // `navigator` hears when a code is on screen, and refuses a sign-out (or closing the window) meanwhile.
    NewRecoveryCode(Language* language, Navigator* navigator, QObject* parent = nullptr);
    ~NewRecoveryCode() override;

    [[nodiscard]] bool shown() const { return m_code.size() > 0; }
    [[nodiscard]] QString code() const;
    [[nodiscard]] QString path() const { return m_path; }
    void setPath(const QString& path);
    [[nodiscard]] QString savedTo() const { return m_savedTo; }
    [[nodiscard]] QString message() const;

    // Holds `groupedCode` (keyring::RecoveryCode::grouped) for the site `siteName`, issued by `userName`.
    void hold(crypto::SecureBuffer groupedCode, const QString& siteName, const QString& userName);

    // Writes the sheet to `path` (A4 PDF, in the interface language); false and a message when it cannot.
    Q_INVOKABLE bool save();
    // Wipes the code: it is never shown again.
    Q_INVOKABLE void forget();

Q_SIGNALS:
    void changed();
    void pathChanged();

private:
    void setHeld(bool held);

    Navigator* m_navigator = nullptr;
    bool m_held = false;
    crypto::SecureBuffer m_code;
    QString m_siteName;
    QString m_userName;
    QString m_issuedAt; // HH:mm dd/MM/yyyy, Vietnam's time
    QString m_path;
    QString m_savedTo;
    std::optional<core::Error> m_error;
    bool m_exists = false; // the last save was refused: its file exists
};

} // namespace dc::gui
