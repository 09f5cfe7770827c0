// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "app/gui/NewRecoveryCode.h"
#include "app/gui/Navigator.h"

#include "app/common/ErrorText.h"
#include "app/common/export/RecoverySheet.h"
#include "app/gui/DisplayText.h"
#include "app/gui/Language.h"
#include "app/gui/RemovableDrive.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace dc::gui {

namespace {

// The first writable removable drive (a USB stick, where desktops mount them), else the documents folder.
QString startFolder() {
    const QString drive = removableDrive();
    return drive.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) : drive;
}

} // namespace

NewRecoveryCode::NewRecoveryCode(Language* language, Navigator* navigator, QObject* parent)
    : QObject(parent), m_navigator(navigator) {
    connect(language, &Language::changed, this, &NewRecoveryCode::changed);
}

NewRecoveryCode::~NewRecoveryCode() {
    setHeld(false); // m_code wipes itself
}

void NewRecoveryCode::setHeld(bool held) {
    if (held != m_held) {
        m_held = held;
        if (m_navigator) {
            m_navigator->holdCode(held);
        }
    }
}

QString NewRecoveryCode::code() const {
    QString text = QString::fromLatin1(m_code.chars().data(), static_cast<qsizetype>(m_code.size()));
    text.replace(QLatin1Char('-'), QLatin1Char(' '));
    return text;
}

void NewRecoveryCode::setPath(const QString& path) {
    if (path != m_path) {
        m_path = path;
        Q_EMIT pathChanged();
    }
}

QString NewRecoveryCode::message() const {
    if (m_exists) {
        return tr("That file exists already: give the sheet another name (it never replaces a file).");
    }
    return m_error ? app::errorText(*m_error) : QString();
}

void NewRecoveryCode::hold(crypto::SecureBuffer groupedCode, const QString& siteName, const QString& userName) {
    m_code = std::move(groupedCode);
    setHeld(shown());
    m_siteName = siteName;
    m_userName = userName;
    m_issuedAt = text::dateTime(QDateTime::currentDateTimeUtc());
    m_savedTo.clear();
    m_error.reset();
    m_exists = false;
    const QString day = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm"));
    setPath(QDir(startFolder()).filePath(tr("recovery-code-%1.pdf").arg(day)));
    Q_EMIT changed();
}

bool NewRecoveryCode::save() {
    if (!shown()) {
        return false;
    }
    m_error.reset();
    m_exists = false;
    const QString target = m_path.trimmed();
    if (target.isEmpty() || QFileInfo(target).isDir()) {
        m_error = core::makeError(core::ErrorCode::IoError, QStringLiteral("the sheet needs a file name"));
        Q_EMIT changed();
        return false;
    }
    if (QFileInfo::exists(target)) { // another sheet, or any other file: never replaced without a word
        m_exists = true;
        Q_EMIT changed();
        return false;
    }
    app::RecoverySheetText words;
    words.title = tr("Recovery code of the site");
    words.siteLine = tr("Site: %1").arg(m_siteName);
    words.issuedLine =
        tr("Issued %1 by %2. Any earlier recovery code of this site no longer works.").arg(m_issuedAt, m_userName);
    words.guidance = {
        tr("With this code a supervisor sets a new password for an account, or rebuilds the keyring file if it is "
           "lost or damaged (Ctrl+R on the sign-in page, or doichieu-admin recover)."),
        tr("Whoever holds this code can open every record of the site. Print this sheet, keep it sealed in the "
           "commune's safe, and delete the PDF file after printing. Never photograph it or send it by message."),
        tr("The program keeps no copy of the code: if this sheet is lost while the passwords still work, a "
           "supervisor makes a new one by re-keying the site (Administration, site keys).")};
    words.signatures = {tr("Received by (sign, full name)"), tr("Kept by (sign, full name)")};
    auto written = app::writeRecoverySheet(target, words, m_code);
    if (!written) {
        m_error = written.error();
    } else {
        m_savedTo = target;
    }
    Q_EMIT changed();
    return written.ok();
}

void NewRecoveryCode::forget() {
    m_code = crypto::SecureBuffer();
    setHeld(false);
    m_savedTo.clear();
    m_error.reset();
    m_exists = false;
    Q_EMIT changed();
}

} // namespace dc::gui
