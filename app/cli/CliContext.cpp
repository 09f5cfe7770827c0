// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "app/cli/CliContext.h"

#include "app/common/ErrorText.h"
#include "core/services/SignIn.h"

#include <QJsonDocument>

#include <cstdio>

namespace dc::app::cli {

CliContext::CliContext(ParsedArguments arguments)
    : m_args(std::move(arguments)), m_out(stdout), m_err(stderr),
      m_passwords(m_args.has(QStringLiteral("password-stdin"))) {
    m_out.setEncoding(QStringConverter::Utf8);
    m_err.setEncoding(QStringConverter::Utf8);
}

int CliContext::fail(const QString& message, int exitCode) {
    m_out.flush();
    m_err << "doichieu-admin: " << message << Qt::endl;
    return exitCode;
}

int CliContext::fail(const core::Error& error) {
    QString message = errorText(error);
    // For damage, the developer detail tells office IT staff where; it never holds citizen data or secrets.
    const bool damage =
        error.code == core::ErrorCode::DatabaseCorrupt || error.code == core::ErrorCode::KeyringDamaged ||
        error.code == core::ErrorCode::DatabaseTooNew || error.code == core::ErrorCode::DatabaseMismatch;
    if (damage && !error.detail.isEmpty()) {
        message += QStringLiteral(" (%1: %2)").arg(QString::fromLatin1(core::errorCodeName(error.code)), error.detail);
    }
    return fail(message, kExitFailed);
}

int CliContext::failExplained(const core::Error& error) {
    const bool damage =
        error.code == core::ErrorCode::DatabaseCorrupt || error.code == core::ErrorCode::KeyringDamaged ||
        error.code == core::ErrorCode::DatabaseTooNew || error.code == core::ErrorCode::DatabaseMismatch;
    if (damage || error.detail.isEmpty() || errorTextSaysDetail(error.code)) {
        return fail(error);
    }
    return fail(errorText(error) + QStringLiteral(" (") + error.detail + u')', kExitFailed);
}

void CliContext::note(const QString& message) {
    m_err << message << Qt::endl;
}

void CliContext::printJson(const QJsonObject& document) {
    m_out << QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented));
    m_out.flush();
}

bool CliContext::onlyOptions(const QStringList& allowed, const QString& what) {
    static const QStringList kEveryCommand{QStringLiteral("db"), QStringLiteral("user"),
                                           QStringLiteral("password-stdin")};
    QStringList given = m_args.values.keys();
    given += QStringList(m_args.flags.begin(), m_args.flags.end());
    given.sort();
    for (const QString& option : given) {
        if (!allowed.contains(option) && !kEveryCommand.contains(option)) {
            (void)usage(QStringLiteral("--%1 does not apply to `%2`").arg(option, what));
            return false;
        }
    }
    return true;
}

std::optional<QString> CliContext::required(const QString& option) {
    auto value = m_args.value(option);
    if (!value || value->isEmpty()) {
        (void)usage(QStringLiteral("missing --%1").arg(option));
        return std::nullopt;
    }
    return value;
}

std::optional<qint64> CliContext::requiredId(const QString& option, const QString& what) {
    const auto text = required(option);
    if (!text) {
        return std::nullopt;
    }
    bool ok = false;
    const qint64 id = text->toLongLong(&ok);
    if (!ok || id < 1) {
        (void)usage(QStringLiteral("--%1 is %2").arg(option, what));
        return std::nullopt;
    }
    return id;
}

std::optional<qint64> CliContext::optionalNumber(const QString& option, qint64 minimum, qint64 absent,
                                                 const QString& what) {
    const auto text = m_args.value(option);
    if (!text) {
        return absent;
    }
    bool ok = false;
    const qint64 n = text->toLongLong(&ok);
    if (!ok || n < minimum) {
        (void)usage(QStringLiteral("--%1 is %2").arg(option, what));
        return std::nullopt;
    }
    return n;
}

std::unique_ptr<core::Session> CliContext::signIn(int& exitCode) {
    const auto db = required(QStringLiteral("db"));
    if (!db) {
        exitCode = kExitUsage;
        return nullptr;
    }
    const auto user = required(QStringLiteral("user"));
    if (!user) {
        exitCode = kExitUsage;
        return nullptr;
    }
    QString error;
    auto password = m_passwords.read(QStringLiteral("Password for %1").arg(*user), error);
    if (!password) {
        exitCode = usage(error);
        return nullptr;
    }
    core::SignIn signIn;
    auto session = signIn.signIn(*db, *user, *password);
    if (!session) {
        exitCode = fail(session.error());
        return nullptr;
    }
    return std::move(session).value();
}

} // namespace dc::app::cli
