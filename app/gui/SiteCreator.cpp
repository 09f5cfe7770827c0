// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "app/gui/SiteCreator.h"

#include "app/common/ErrorText.h"
#include "app/gui/AppContext.h"
#include "app/gui/Language.h"
#include "app/gui/NewRecoveryCode.h"
#include "app/gui/SelectedSite.h"
#include "core/services/Accounts.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>

namespace dc::gui {

namespace {

// A typed path or a file dialog's URL, absolute, with ".db" when it has no suffix.
QString databaseFile(const QString& typed) {
    QString path = typed.trimmed();
    if (path.startsWith(QLatin1String("file:"))) {
        path = QUrl(path).toLocalFile();
    }
    if (path.isEmpty()) {
        return {};
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += QLatin1String(".db");
    }
    return QFileInfo(path).absoluteFilePath();
}

} // namespace

SiteCreator::SiteCreator(QObject* parent) : QObject(parent) {
    connect(&m_task, &TaskSignals::finished, this, &SiteCreator::finish);
}

SiteCreator::~SiteCreator() = default; // m_task waits for a running creation

void SiteCreator::classBegin() {
    m_context = AppContext::of(this);
    if (!m_context) {
        qCritical("SiteCreator: no dc::gui::AppContext on this QML engine");
        return;
    }
    m_code = new NewRecoveryCode(m_context->language(), m_context->navigator(), this);
    connect(m_context->language(), &Language::changed, this, &SiteCreator::changed);
}

QString SiteCreator::suggestedPath() const {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(QStringLiteral("xa.db"));
}

QString SiteCreator::message() const {
    switch (m_problem) {
    case Problem::None:
        return {};
    case Problem::NoPath:
        return tr("Enter where the site database goes (a file name ending in .db).");
    case Problem::NoSiteName:
        return tr("Enter the site's name (the commune or ward).");
    case Problem::NoUserName:
        return tr("Enter the supervisor's user name.");
    case Problem::NoPassword:
        return tr("Enter the supervisor's password.");
    case Problem::PasswordsDiffer:
        return tr("The two passwords are not the same. Type them again.");
    case Problem::Service:
        return app::errorText(m_error);
    }
    return {};
}

SiteCreator::Field SiteCreator::problemField() const {
    switch (m_problem) {
    case Problem::NoPath:
        return Field::Path;
    case Problem::NoSiteName:
        return Field::SiteName;
    case Problem::NoUserName:
        return Field::UserName;
    case Problem::NoPassword:
    case Problem::PasswordsDiffer:
        return Field::Password;
    case Problem::Service:
        switch (m_error.code) {
        case core::ErrorCode::DatabaseExists:
        case core::ErrorCode::IoError:
            return Field::Path;
        case core::ErrorCode::InvalidUserName:
            return Field::UserName;
        case core::ErrorCode::PasswordTooShort:
        case core::ErrorCode::PasswordIsUserName:
        case core::ErrorCode::PasswordTooWeak:
            return Field::Password;
        default:
            return Field::None;
        }
    default:
        return Field::None;
    }
}

void SiteCreator::create(const QString& path, const QString& siteName, const QString& userName,
                         const QString& displayName, QString password, QString repeated, bool minimumCost) {
    const bool same = password == repeated;
    core::wipeTyped(repeated);
    if (busy() || !m_context) {
        core::wipeTyped(password);
        return;
    }
    const QString file = databaseFile(path);
    Problem local = Problem::None;
    if (file.isEmpty()) {
        local = Problem::NoPath;
    } else if (siteName.trimmed().isEmpty()) {
        local = Problem::NoSiteName;
    } else if (userName.trimmed().isEmpty()) {
        local = Problem::NoUserName;
    } else if (password.isEmpty()) {
        local = Problem::NoPassword;
    } else if (!same) {
        local = Problem::PasswordsDiffer;
    }
    if (local != Problem::None) {
        core::wipeTyped(password);
        fail(local);
        return;
    }
    auto secret = core::takePassword(password); // wipes `password`
    if (!secret) {
        fail(Problem::Service, secret.error());
        return;
    }
    core::SiteSetupRequest request;
    request.databasePath = file;
    request.siteName = siteName.trimmed();
    // The name as core will store it (the one rule of user names), so the sign-in page remembers the real one; one
    // it refuses is handed on as typed, for createSite to refuse with its reason.
    const auto canonical = core::canonicalUserName(userName);
    request.adminUserName = canonical.ok() ? canonical.value() : userName.trimmed();
    request.adminDisplayName = displayName.trimmed();
    request.adminPassword = std::move(secret).value();
    if (minimumCost) {
        request.kdf = crypto::kArgon2Floor;
    }
    m_path = file;
    m_siteName = request.siteName;
    m_userName = request.adminUserName;
    fail(Problem::None);
    m_task.start([request = std::move(request)]() mutable { return core::createSite(std::move(request)); });
    Q_EMIT busyChanged();
}

void SiteCreator::clearMessage() {
    fail(Problem::None);
}

void SiteCreator::finish() {
    auto outcome = m_task.take();
    Q_EMIT busyChanged();
    if (!outcome) {
        fail(Problem::Service, outcome.error());
        return;
    }
    fail(Problem::None);
    m_context->site()->setDatabasePath(m_path);
    m_context->site()->remember(m_userName);
    m_code->hold(std::move(outcome->recoveryCode), m_siteName, m_userName);
    Q_EMIT created();
}

void SiteCreator::fail(Problem problem, core::Error error) {
    m_problem = problem;
    m_error = std::move(error);
    Q_EMIT changed();
}

} // namespace dc::gui
