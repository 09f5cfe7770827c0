// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// `wipe` (a commune supervisor at the end of the campaign) and `hub wipe-record FILE` (the office records the signed
// statement): docs/HUB.md "The end of the campaign". The rules are core's (WipeService); this file prints.
#include "app/cli/CliContext.h"
#include "core/services/WipeService.h"

#include <QJsonArray>

namespace dc::app::cli {

int runWipe(CliContext& context) {
    const QStringList& p = context.args().positional;
    const auto confirm = context.required(QStringLiteral("confirm"));
    if (!confirm) {
        return kExitUsage;
    }
    const auto output = context.required(QStringLiteral("output"));
    if (!output) {
        return kExitUsage;
    }
    int exitCode = kExitOk;
    auto session = context.signIn(exitCode);
    if (!session) {
        return exitCode;
    }
    auto done = core::WipeService::wipe(std::move(session), {*confirm, p.mid(1), *output});
    if (!done) {
        if (done.error().code == core::ErrorCode::FileRefused) {
            return context.fail(QStringLiteral("refused: %1").arg(done.error().detail));
        }
        return context.failExplained(done.error());
    }
    const core::WipeDone& d = done.value();
    if (context.json()) {
        QJsonArray files;
        for (const core::WipedFile& f : d.files) {
            files.append(QJsonObject{{QStringLiteral("kind"), f.kind},
                                     {QStringLiteral("file"), f.path},
                                     {QStringLiteral("bytes"), f.bytes}});
        }
        context.printJson(QJsonObject{{QStringLiteral("statement"), d.statement},
                                      {QStringLiteral("id"), d.statementId},
                                      {QStringLiteral("sequence"), d.lastSequence},
                                      {QStringLiteral("lastEvent"), d.lastEvent},
                                      {QStringLiteral("bytes"), d.bytes},
                                      {QStringLiteral("files"), files}});
    } else {
        for (const core::WipedFile& f : d.files) {
            context.out() << "wiped " << f.kind << " " << f.path << " (" << f.bytes << " bytes)\n";
        }
        context.out() << d.files.size() << " file(s) overwritten with zeros, removed and checked gone; the hub had "
                      << "acknowledged bundle " << d.lastSequence << " (event " << d.lastEvent << ").\n"
                      << "Take the statement to the province office: " << d.statement << "\n";
        context.out().flush();
    }
    return kExitOk;
}

int runHubWipeRecord(CliContext& context, const QString& file) {
    int exitCode = kExitOk;
    auto session = context.signIn(exitCode);
    if (!session) {
        return exitCode;
    }
    auto recorded = core::WipeService::recordStatement(*session, file);
    if (!recorded) {
        if (recorded.error().code == core::ErrorCode::FileRefused) {
            return context.fail(QStringLiteral("refused: %1").arg(recorded.error().detail));
        }
        return context.fail(recorded.error());
    }
    const core::RecordedWipe& r = recorded.value();
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("district"), r.district},
                                      {QStringLiteral("commune"), r.commune},
                                      {QStringLiteral("site"), r.site},
                                      {QStringLiteral("epoch"), r.epoch},
                                      {QStringLiteral("sequence"), r.lastSequence},
                                      {QStringLiteral("files"), r.files},
                                      {QStringLiteral("bytes"), r.bytes},
                                      {QStringLiteral("wipedAt"), r.wipedAt},
                                      {QStringLiteral("statement"), r.statementId},
                                      {QStringLiteral("alreadyRecorded"), r.alreadyRecorded}});
    } else {
        context.out() << r.district << "/" << r.commune << ": wiped at " << r.wipedAt << ", " << r.files << " file(s), "
                      << r.bytes << " bytes, after bundle " << r.lastSequence
                      << (r.alreadyRecorded ? " (already recorded)\n" : " — recorded\n");
        context.out().flush();
    }
    return kExitOk;
}

} // namespace dc::app::cli
