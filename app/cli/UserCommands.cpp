// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// user add | remove | passwd | list | activate
#include "app/cli/CliContext.h"

#include "core/services/UserService.h"

#include <QJsonArray>

namespace dc::app::cli {

namespace {

int addUser(CliContext& context, const QString& name) {
    const auto roleText = context.required(QStringLiteral("role"));
    if (!roleText) {
        return kExitUsage;
    }
    const auto role = core::roleFromKey(*roleText);
    if (!role) {
        return context.usage(QStringLiteral(
            "--role is 'volunteer' or 'supervisor' (at a commune), 'district' or 'province' (at a hub)"));
    }
    const QString district = context.args().value(QStringLiteral("district")).value_or(QString());
    if (*role == core::Role::District && district.trimmed().isEmpty()) {
        return context.usage(QStringLiteral("a district account needs --district NAME"));
    }
    int exitCode = kExitOk;
    auto session = context.signIn(exitCode);
    if (!session) {
        return exitCode;
    }
    QString error;
    auto password = context.passwords().readNew(QStringLiteral("Password for the new account %1").arg(name), error);
    if (!password) {
        return context.usage(error);
    }
    core::NewAccount account{name, context.args().value(QStringLiteral("display-name")).value_or(QString()), *role,
                             std::move(*password), district};
    auto user = core::UserService::addUser(*session, account);
    if (!user) {
        return context.failExplained(user.error());
    }
    if (context.json()) {
        QJsonObject document{{QStringLiteral("user"), user->userName},
                             {QStringLiteral("role"), core::roleKey(user->role)},
                             {QStringLiteral("uuid"), user->uuid}};
        if (!user->district.isEmpty()) {
            document.insert(QStringLiteral("district"), user->district);
        }
        context.printJson(document);
    } else {
        context.out() << "Added " << core::roleKey(user->role) << " " << user->userName
                      << (user->district.isEmpty() ? QString() : QStringLiteral(" (") + user->district + u')') << ".\n";
    }
    return kExitOk;
}

// What a removal or a compromised password did to the site's key, for --json: {"rekeyed", "generation",
// "recoveryCode"} (the code is null unless a site older than key generations had to take a new one).
QJsonObject keyChangeJson(const core::UserService::KeyChange& change) {
    return QJsonObject{{QStringLiteral("rekeyed"), change.rekeyed},
                       {QStringLiteral("generation"), change.generation},
                       {QStringLiteral("recoveryCode"),
                        change.recoveryCode
                            ? QJsonValue(QString::fromLatin1(change.recoveryCode->chars().data(),
                                                             static_cast<qsizetype>(change.recoveryCode->size())))
                            : QJsonValue(QJsonValue::Null)}};
}

void printKeyChange(CliContext& context, const core::UserService::KeyChange& change) {
    QTextStream& out = context.out();
    if (change.recoveryCode) {
        out << "The site's key was changed with a NEW recovery code (this site predates key generations). Print it "
               "and keep it in the commune's safe; the old sheet no longer works:\n\n    "
            << QString::fromLatin1(change.recoveryCode->chars().data(),
                                   static_cast<qsizetype>(change.recoveryCode->size()))
            << "\n\n";
    } else if (change.rekeyed) {
        out << "The site's key moved to generation " << change.generation
            << ": a copy of the keyring made before no longer opens the database. The printed recovery code still "
               "works.\n";
    } else {
        out << "The site is open in another program: the account is disabled now, and the key changes at the next "
               "day close.\n";
    }
    out.flush();
}

int removeUser(CliContext& context, const QString& name) {
    int exitCode = kExitOk;
    auto session = context.signIn(exitCode);
    if (!session) {
        return exitCode;
    }
    auto removed = core::UserService::removeUser(*session, name);
    if (!removed) {
        return context.fail(removed.error());
    }
    const QString who = name.trimmed().toLower();
    if (context.json()) {
        QJsonObject document = keyChangeJson(removed.value());
        document.insert(QStringLiteral("removed"), who);
        context.printJson(document);
    } else {
        context.out() << "Removed " << who << "; their past work stays attributed to them.\n";
        printKeyChange(context, removed.value());
    }
    return kExitOk;
}

int changePassword(CliContext& context, const QString& name) {
    int exitCode = kExitOk;
    auto session = context.signIn(exitCode);
    if (!session) {
        return exitCode;
    }
    QString error;
    auto password = context.passwords().readNew(QStringLiteral("New password for %1").arg(name), error);
    if (!password) {
        return context.usage(error);
    }
    const bool compromised = context.args().has(QStringLiteral("compromised"));
    auto changed = core::UserService::setPassword(*session, name, *password, compromised);
    if (!changed) {
        return context.fail(changed.error());
    }
    if (context.json()) {
        QJsonObject document{{QStringLiteral("passwordChanged"), name.trimmed().toLower()}};
        if (compromised) {
            const QJsonObject change = keyChangeJson(changed.value());
            for (auto it = change.begin(); it != change.end(); ++it) {
                document.insert(it.key(), it.value());
            }
        }
        context.printJson(document);
    } else {
        context.out() << "Password changed for " << name.trimmed().toLower() << ".\n";
        if (compromised) {
            printKeyChange(context, changed.value());
        }
    }
    return kExitOk;
}

// The order of the secrets on standard input (--password-stdin): the signed-in account's password, the activation code,
// the new password — the order a person at the keyboard is asked in: first who holds the site open, then the sheet,
// then the volunteer's choice.
int activateUser(CliContext& context, const QString& name) {
    int exitCode = kExitOk;
    auto session = context.signIn(exitCode);
    if (!session) {
        return exitCode;
    }
    QString error;
    auto code = context.passwords().read(QStringLiteral("Activation code on the roster sheet for %1").arg(name), error);
    if (!code) {
        return context.usage(error);
    }
    auto password = context.passwords().readNew(QStringLiteral("New password for %1").arg(name), error);
    if (!password) {
        return context.usage(error);
    }
    auto activated = core::UserService::activate(*session, name, *code, *password);
    if (!activated) {
        return activated.error().code == core::ErrorCode::InvalidInput ? context.failExplained(activated.error())
                                                                       : context.fail(activated.error());
    }
    if (context.json()) {
        context.printJson(
            QJsonObject{{QStringLiteral("activated"), activated->userName}, {QStringLiteral("uuid"), activated->uuid}});
    } else {
        context.out() << "Activated " << activated->userName << ": the account signs in with its new password.\n";
        context.out().flush();
    }
    return kExitOk;
}

int listUsers(CliContext& context) {
    int exitCode = kExitOk;
    auto session = context.signIn(exitCode);
    if (!session) {
        return exitCode;
    }
    auto users = core::UserService::listUsers(*session);
    if (!users) {
        return context.fail(users.error());
    }
    if (context.json()) {
        QJsonArray list;
        for (const core::UserAccount& u : users.value()) {
            list.append(QJsonObject{{QStringLiteral("user"), u.userName},
                                    {QStringLiteral("displayName"), u.displayName},
                                    {QStringLiteral("role"), core::roleKey(u.role)},
                                    {QStringLiteral("district"), u.district},
                                    {QStringLiteral("active"), u.active},
                                    {QStringLiteral("awaitingActivation"), u.awaitingActivation},
                                    {QStringLiteral("createdAt"), u.createdAt}});
        }
        context.printJson(QJsonObject{{QStringLiteral("users"), list}});
        return kExitOk;
    }
    for (const core::UserAccount& u : users.value()) {
        context.out() << u.userName.leftJustified(20) << " " << core::roleKey(u.role).leftJustified(11) << " "
                      << (u.awaitingActivation ? "awaiting"
                          : u.active           ? "active "
                                               : "removed")
                      << "  " << u.displayName
                      << (u.district.isEmpty() ? QString() : QStringLiteral("  (") + u.district + u')') << "\n";
    }
    context.out().flush();
    return kExitOk;
}

} // namespace

int runUser(CliContext& context) {
    const QStringList& p = context.args().positional;
    const QString sub = p.size() > 1 ? p.at(1) : QString();
    const QString operand = p.size() > 2 ? p.at(2) : QString();
    if (p.size() > 3) {
        return context.usage(QStringLiteral("too many arguments"));
    }
    if (sub == QLatin1String("list")) {
        return operand.isEmpty() ? listUsers(context) : context.usage(QStringLiteral("user list takes no name"));
    }
    if (sub == QLatin1String("passwd")) {
        const QString target =
            operand.isEmpty() ? context.args().value(QStringLiteral("user")).value_or(QString()) : operand;
        return changePassword(context, target);
    }
    if (sub == QLatin1String("activate")) {
        return operand.isEmpty() ? context.usage(QStringLiteral("user activate needs the account's user name"))
                                 : activateUser(context, operand);
    }
    if (sub != QLatin1String("add") && sub != QLatin1String("remove")) {
        return context.usage(QStringLiteral("user needs a subcommand: add, remove, passwd, list or activate"));
    }
    if (operand.isEmpty()) {
        return context.usage(QStringLiteral("user %1 needs the account's user name").arg(sub));
    }
    return sub == QLatin1String("add") ? addUser(context, operand) : removeUser(context, operand);
}

} // namespace dc::app::cli
