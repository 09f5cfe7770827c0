// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// person add | list | link: the campaign's people, at the province hub.
#include "app/cli/CliContext.h"

#include "core/domain/Masking.h"
#include "core/services/PersonService.h"

#include <QJsonArray>

namespace dc::app::cli {

namespace {

QJsonObject personJson(const core::Person& p) {
    QJsonArray links;
    for (const core::PersonLink& l : p.links) {
        links.append(QJsonObject{{QStringLiteral("site"), l.site},
                                 {QStringLiteral("userName"), l.userName},
                                 {QStringLiteral("linkedAt"), l.linkedAt}});
    }
    return QJsonObject{{QStringLiteral("person"), p.uuid},       {QStringLiteral("name"), p.fullName},
                       {QStringLiteral("idNumber"), p.idNumber}, {QStringLiteral("district"), p.district},
                       {QStringLiteral("commune"), p.commune},   {QStringLiteral("createdAt"), p.createdAt},
                       {QStringLiteral("links"), links}};
}

int addPerson(CliContext& context) {
    const auto name = context.required(QStringLiteral("name"));
    if (!name) {
        return kExitUsage;
    }
    int exitCode = kExitOk;
    auto session = context.signIn(exitCode);
    if (!session) {
        return exitCode;
    }
    const core::NewPerson request{*name, context.args().value(QStringLiteral("id-number")).value_or(QString()),
                                  context.args().value(QStringLiteral("commune")).value_or(QString())};
    auto person = core::PersonService::addPerson(*session, request);
    if (!person) {
        return context.failExplained(person.error());
    }
    if (context.json()) {
        context.printJson(personJson(person.value()));
    } else {
        context.out() << person->uuid << "\n";
        context.out().flush();
    }
    return kExitOk;
}

int listPersons(CliContext& context) {
    int exitCode = kExitOk;
    auto session = context.signIn(exitCode);
    if (!session) {
        return exitCode;
    }
    auto persons = core::PersonService::listPersons(*session);
    if (!persons) {
        return context.failExplained(persons.error());
    }
    if (context.json()) {
        QJsonArray list;
        for (const core::Person& p : persons.value()) {
            list.append(personJson(p));
        }
        context.printJson(QJsonObject{{QStringLiteral("persons"), list}});
        return kExitOk;
    }
    // On the screen the ID number is masked (its last 3 digits); --json gives it whole, for the office's scripts.
    for (const core::Person& p : persons.value()) {
        context.out() << p.uuid << "  " << p.fullName;
        if (!p.idNumber.isEmpty()) {
            context.out() << "  " << core::domain::maskIdNumber(p.idNumber);
        }
        if (!p.commune.isEmpty()) {
            context.out() << "  " << p.district << '/' << p.commune;
        }
        context.out() << "\n";
        for (const core::PersonLink& l : p.links) {
            context.out() << "    account " << l.userName << " at site " << l.site << "\n";
        }
    }
    context.out().flush();
    return kExitOk;
}

int linkPerson(CliContext& context) {
    const auto person = context.required(QStringLiteral("person"));
    const auto site = person ? context.required(QStringLiteral("site")) : std::nullopt;
    const auto account = site ? context.required(QStringLiteral("account")) : std::nullopt;
    if (!account) {
        return kExitUsage;
    }
    int exitCode = kExitOk;
    auto session = context.signIn(exitCode);
    if (!session) {
        return exitCode;
    }
    auto link = core::PersonService::link(*session, *person, *site, *account);
    if (!link) {
        return context.failExplained(link.error());
    }
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("person"), link->person},
                                      {QStringLiteral("site"), link->site},
                                      {QStringLiteral("userName"), link->userName}});
    } else {
        context.out() << "Linked account " << link->userName << " of site " << link->site << " to person "
                      << link->person << ".\n";
        context.out().flush();
    }
    return kExitOk;
}

} // namespace

int runPerson(CliContext& context) {
    const QStringList& p = context.args().positional;
    const QString sub = p.size() > 1 ? p.at(1) : QString();
    if (p.size() > 2) {
        return context.usage(QStringLiteral("person %1 takes no operand").arg(sub));
    }
    if (sub == QLatin1String("add")) {
        return addPerson(context);
    }
    if (sub == QLatin1String("list")) {
        return listPersons(context);
    }
    if (sub == QLatin1String("link")) {
        return linkPerson(context);
    }
    return context.usage(QStringLiteral("person needs a subcommand: add, list or link"));
}

} // namespace dc::app::cli
