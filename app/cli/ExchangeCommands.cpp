// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// `bundle export|receipt|status|import` and `hub status|decide`: the exchange between the commune workstations and
// the province hub (docs/HUB.md). The rules are core's (BundleService, ImportService); this file prints.
#include "app/cli/CliContext.h"
#include "core/JsonText.h"
#include "core/services/BundleService.h"
#include "core/services/ImportService.h"

#include <QJsonArray>

namespace dc::app::cli {

namespace {

// A refused file's detail is the reason and what was wrong, in English, never citizen data: print it.
int failRefused(CliContext& context, const core::Error& error) {
    if (error.code == core::ErrorCode::FileRefused && !error.detail.isEmpty()) {
        return context.fail(QStringLiteral("refused: %1").arg(error.detail));
    }
    if (error.code == core::ErrorCode::WrongSiteKind) {
        return context.failExplained(error); // which kind does not: e.g. a training site exports no bundle
    }
    return context.fail(error);
}

int bundleExport(CliContext& context) {
    const auto output = context.required(QStringLiteral("output"));
    if (!output) {
        return kExitUsage;
    }
    int exitCode = kExitOk;
    auto session = context.signIn(exitCode);
    if (!session) {
        return exitCode;
    }
    auto written = core::BundleService::exportBundle(*session, *output);
    if (!written) {
        return failRefused(context, written.error());
    }
    const auto& files = written.value();
    if (context.json()) {
        const core::ExportedBundle& first = files.front();
        const core::ExportedBundle& last = files.back();
        qint64 checks = 0;
        QJsonArray parts;
        for (const auto& f : files) {
            checks += f.checks;
            parts.append(QJsonObject{{QStringLiteral("file"), f.file},
                                     {QStringLiteral("sequence"), f.sequence},
                                     {QStringLiteral("events"), QJsonArray{f.firstEvent, f.lastEvent}},
                                     {QStringLiteral("checks"), f.checks}});
        }
        QJsonObject document{{QStringLiteral("file"), first.file},
                             {QStringLiteral("sequence"), first.sequence},
                             {QStringLiteral("events"), QJsonArray{first.firstEvent, last.lastEvent}},
                             {QStringLiteral("checks"), checks}};
        if (files.size() > 1) {
            document.insert(QStringLiteral("parts"), parts);
        }
        context.printJson(document);
    } else {
        for (const auto& f : files) {
            context.out() << "Bundle " << f.sequence << " written to " << f.file << ": events " << f.firstEvent << "–"
                          << f.lastEvent << ", " << f.checks << " check(s).\n";
        }
        context.out() << "Carry it to the province office; it counts as delivered once their receipt is recorded.\n";
        context.out().flush();
    }
    return kExitOk;
}

int bundleReceipt(CliContext& context, const QString& file) {
    int exitCode = kExitOk;
    auto session = context.signIn(exitCode);
    if (!session) {
        return exitCode;
    }
    auto recorded = core::BundleService::recordReceipt(*session, file);
    if (!recorded) {
        return failRefused(context, recorded.error());
    }
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("sequence"), recorded->sequence},
                                      {QStringLiteral("lastEvent"), recorded->lastEvent},
                                      {QStringLiteral("entries"), recorded->entries},
                                      {QStringLiteral("decisions"), recorded->decisions},
                                      {QStringLiteral("explanations"), recorded->explanations},
                                      {QStringLiteral("alreadyRecorded"), recorded->alreadyRecorded}});
    } else {
        context.out() << (recorded->alreadyRecorded ? "Receipt already recorded" : "Receipt recorded")
                      << ": the province holds bundle " << recorded->sequence << " (events up to "
                      << recorded->lastEvent << ", " << recorded->entries << " entries); " << recorded->decisions
                      << " new district decision(s); " << recorded->explanations
                      << " volunteer explanation(s) from the hub (awards explain USER).\n";
        context.out().flush();
    }
    return kExitOk;
}

int bundleStatus(CliContext& context) {
    int exitCode = kExitOk;
    auto session = context.signIn(exitCode);
    if (!session) {
        return exitCode;
    }
    auto status = core::BundleService::deliveryStatus(*session);
    if (!status) {
        return context.fail(status.error());
    }
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("acknowledged"), status->acknowledged},
                                      {QStringLiteral("sequence"), status->sequence},
                                      {QStringLiteral("lastEvent"), status->lastEvent},
                                      {QStringLiteral("lastEventAt"), status->lastEventAt},
                                      {QStringLiteral("entries"), status->entries},
                                      {QStringLiteral("issuedAt"), status->issuedAt},
                                      {QStringLiteral("exported"), status->exported},
                                      {QStringLiteral("day"), status->day.toString(Qt::ISODate)}});
    } else if (!status->acknowledged) {
        context.out() << "No receipt from the province yet (" << status->exported << " bundle(s) exported).\n";
    } else {
        context.out() << "The province has everything up to " << status->day.toString(Qt::ISODate) << ", "
                      << status->entries << " entries (bundle " << status->sequence << " of " << status->exported
                      << " exported).\n";
    }
    context.out().flush();
    return kExitOk;
}

int bundleImport(CliContext& context, const QStringList& files) {
    int exitCode = kExitOk;
    auto session = context.signIn(exitCode);
    if (!session) {
        return exitCode;
    }
    auto imported = core::ImportService::importFiles(*session, files);
    if (!imported) {
        return context.fail(imported.error());
    }
    bool anyRefused = false;
    QJsonArray list;
    for (const core::ImportedFile& f : imported.value()) {
        const bool refused = f.status == QLatin1String("refused");
        anyRefused = anyRefused || refused;
        QJsonObject row{{QStringLiteral("file"), f.file},
                        {QStringLiteral("status"), f.status},
                        {QStringLiteral("message"), f.message},
                        {QStringLiteral("checks"), f.checks}};
        if (refused) {
            row.insert(QStringLiteral("reason"), f.reason);
        }
        if (!f.receipt.isEmpty()) {
            row.insert(QStringLiteral("receipt"), f.receipt);
        }
        list.append(row);
        if (!context.json()) {
            if (refused) {
                context.note(QStringLiteral("%1: refused (%2): %3").arg(f.file, f.reason, f.message));
            } else {
                context.out() << f.file << ": " << f.status;
                if (f.status == QLatin1String("imported")) {
                    context.out() << ", " << f.checks << " check(s); receipt " << f.receipt;
                }
                context.out() << "\n";
            }
        }
    }
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("files"), list}});
    }
    context.out().flush();
    return anyRefused ? kExitFailed : kExitOk;
}

} // namespace

int runBundle(CliContext& context) {
    const QStringList& p = context.args().positional;
    const QString sub = p.value(1);
    if (sub == QLatin1String("export") && p.size() == 2) {
        return bundleExport(context);
    }
    if (sub == QLatin1String("receipt") && p.size() == 3) {
        return bundleReceipt(context, p.at(2));
    }
    if (sub == QLatin1String("status") && p.size() == 2) {
        return bundleStatus(context);
    }
    if (sub == QLatin1String("import") && p.size() >= 3) {
        return bundleImport(context, p.mid(2));
    }
    return context.usage(
        QStringLiteral("bundle export --output DIR, bundle receipt FILE, bundle status, or bundle import FILE..."));
}

int runHub(CliContext& context) {
    const QStringList& p = context.args().positional;
    const QString sub = p.value(1);
    if (sub == QLatin1String("decide") && p.size() == 2) {
        const auto check = context.required(QStringLiteral("check"));
        if (!check) {
            return kExitUsage;
        }
        const auto decision = context.required(QStringLiteral("decision"));
        if (!decision) {
            return kExitUsage;
        }
        int exitCode = kExitOk;
        auto session = context.signIn(exitCode);
        if (!session) {
            return exitCode;
        }
        auto decided = core::ImportService::decide(*session, *check, *decision,
                                                   context.args().value(QStringLiteral("note")).value_or(QString()));
        if (!decided) {
            return context.fail(decided.error());
        }
        if (context.json()) {
            context.printJson(QJsonObject{{QStringLiteral("check"), *check}, {QStringLiteral("decision"), *decision}});
        } else {
            context.out() << "Decision recorded; it goes back to the commune in its next receipt.\n";
            context.out().flush();
        }
        return kExitOk;
    }
    if (sub == QLatin1String("wipe-record") && p.size() == 3) {
        return runHubWipeRecord(context, p.at(2));
    }
    if (sub != QLatin1String("status") || p.size() != 2) {
        return context.usage(
            QStringLiteral("hub status, hub decide --check UUID --decision approve|reject, or hub wipe-record FILE"));
    }
    int exitCode = kExitOk;
    auto session = context.signIn(exitCode);
    if (!session) {
        return exitCode;
    }
    auto status = core::ImportService::status(*session);
    if (!status) {
        return context.fail(status.error());
    }
    if (context.json()) {
        QJsonArray communes;
        for (const core::HubCommune& c : status.value()) {
            QJsonArray alarms;
            for (const core::HubAlarm& a : c.alarms) {
                alarms.append(QJsonObject{{QStringLiteral("kind"), a.kind},
                                          {QStringLiteral("bundle"), a.bundle},
                                          {QStringLiteral("message"), a.message},
                                          {QStringLiteral("at"), a.at}});
            }
            QJsonObject commune{{QStringLiteral("commune"), c.commune},
                                {QStringLiteral("district"), c.district},
                                {QStringLiteral("site"), c.site},
                                {QStringLiteral("epoch"), c.epoch},
                                {QStringLiteral("sequence"), c.sequence},
                                {QStringLiteral("checkpointSize"), c.checkpointSize},
                                {QStringLiteral("entries"), c.entries},
                                {QStringLiteral("corrections"), c.corrections},
                                {QStringLiteral("lastImport"), core::textOrNull(c.lastImport)},
                                {QStringLiteral("alarms"), alarms}};
            if (c.wiped) { // only once the commune's workstation wiped itself (docs/HUB.md "The end of the campaign")
                commune.insert(QStringLiteral("wiped"), QJsonObject{{QStringLiteral("at"), c.wiped->wipedAt},
                                                                    {QStringLiteral("recordedAt"), c.wiped->recordedAt},
                                                                    {QStringLiteral("sequence"), c.wiped->sequence},
                                                                    {QStringLiteral("files"), c.wiped->files},
                                                                    {QStringLiteral("bytes"), c.wiped->bytes},
                                                                    {QStringLiteral("statement"), c.wiped->statement}});
            }
            communes.append(commune);
        }
        context.printJson(QJsonObject{{QStringLiteral("communes"), communes}});
    } else {
        for (const core::HubCommune& c : status.value()) {
            context.out() << c.district << "/" << c.commune << ": epoch " << c.epoch << ", bundle " << c.sequence
                          << ", " << c.entries << " entries, " << c.corrections << " correction(s), last bundle "
                          << (c.lastImport.isEmpty() ? QStringLiteral("never") : c.lastImport) << ", "
                          << c.alarms.size() << " alarm(s)"
                          << (c.wiped ? QStringLiteral(", wiped %1").arg(c.wiped->wipedAt) : QString()) << "\n";
            for (const core::HubAlarm& a : c.alarms) {
                context.out() << "    " << a.kind << ": " << a.message << "\n";
            }
        }
        context.out().flush();
    }
    return kExitOk;
}

} // namespace dc::app::cli
