// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// init, info, check, rekey, recover.
#include "app/cli/CliContext.h"

#include "core/campaign/Campaign.h"
#include "core/keyring/KeyringFile.h"
#include "core/services/BackupService.h"
#include "core/services/RekeyService.h"
#include "core/services/SignIn.h"
#include "core/services/SiteCheck.h"
#include "core/services/SiteSetup.h"

#include <QFileInfo>
#include <QJsonArray>

namespace dc::app::cli {

namespace {

QJsonObject kdfJson(const crypto::Argon2Params& p) {
    return QJsonObject{{QStringLiteral("algorithm"), QStringLiteral("argon2id")},
                       {QStringLiteral("memoryKiB"), static_cast<qint64>(p.memoryKiB)},
                       {QStringLiteral("iterations"), static_cast<qint64>(p.iterations)},
                       {QStringLiteral("parallelism"), static_cast<qint64>(p.parallelism)}};
}

QString kdfText(const crypto::Argon2Params& p) {
    return QStringLiteral("argon2id m=%1 MiB t=%2 p=%3").arg(p.memoryKiB / 1024).arg(p.iterations).arg(p.parallelism);
}

QString codeText(const crypto::SecureBuffer& code) {
    return QString::fromLatin1(code.chars().data(), static_cast<qsizetype>(code.size()));
}

void printRecoveryCode(CliContext& context, const crypto::SecureBuffer& code) {
    QTextStream& out = context.out();
    out << "\nRecovery code (shown only now; print it and keep it in the commune safe):\n\n    " << codeText(code)
        << "\n\nWith it, a supervisor can set a new password or rebuild a lost keyring.\n";
    out.flush();
}

} // namespace

int runInit(CliContext& context) {
    const auto db = context.required(QStringLiteral("db"));
    const auto site = db ? context.required(QStringLiteral("site")) : std::nullopt;
    const auto admin = site ? context.required(QStringLiteral("admin")) : std::nullopt;
    if (!admin) {
        return kExitUsage;
    }
    if (context.args().value(QStringLiteral("kind")) == QLatin1String("training")) {
        return runInitTraining(context); // TrainingCommands.cpp
    }
    if (context.args().value(QStringLiteral("pairs")) || context.args().value(QStringLiteral("seed"))) {
        return context.usage(QStringLiteral("--pairs and --seed apply to `init --kind training`"));
    }
    core::SiteSetupRequest request;
    request.databasePath = *db;
    request.siteName = *site;
    request.adminUserName = *admin;
    request.adminDisplayName = context.args().value(QStringLiteral("display-name")).value_or(QString());
    const auto kind =
        core::siteKindFromKey(context.args().value(QStringLiteral("kind")).value_or(QStringLiteral("commune")));
    if (!kind) {
        return context.usage(QStringLiteral("--kind is 'commune', 'hub' or 'training'"));
    }
    request.kind = *kind;
    if (const auto campaignPath = context.args().value(QStringLiteral("campaign"))) {
        // Read here, checked by the one loader inside createSite (refused there with the loader's reason).
        auto bytes = core::campaign::readCampaignFile(*campaignPath);
        if (!bytes) {
            return context.fail(QStringLiteral("the campaign file is refused: ") + bytes.error().detail);
        }
        request.campaignBytes = std::move(bytes).value();
    }
    const QString kdf = context.args().value(QStringLiteral("kdf")).value_or(QStringLiteral("calibrate"));
    if (kdf == QLatin1String("minimum")) {
        request.kdf = crypto::kArgon2Floor;
    } else if (kdf != QLatin1String("calibrate")) {
        return context.usage(QStringLiteral("--kdf is 'calibrate' or 'minimum'"));
    }
    QString error;
    auto password = context.passwords().readNew(QStringLiteral("Password for %1").arg(*admin), error);
    if (!password) {
        return context.usage(error);
    }
    request.adminPassword = std::move(*password);
    if (!request.kdf) {
        context.note(QStringLiteral("Measuring this machine to choose the key derivation cost (a few seconds)..."));
    }
    const bool withCampaign = request.campaignBytes.has_value();
    auto outcome = core::createSite(std::move(request));
    if (!outcome) {
        // A refused campaign file is explained with the loader's reason (a field's path, never citizen data).
        return withCampaign && outcome.error().code == core::ErrorCode::InvalidInput
                   ? context.failExplained(outcome.error())
                   : context.fail(outcome.error());
    }
    const core::SitePaths paths = core::SitePaths::forDatabase(QFileInfo(*db).absoluteFilePath());
    if (context.json()) {
        context.printJson(
            QJsonObject{{QStringLiteral("database"), paths.database},
                        {QStringLiteral("keyring"), paths.keyring},
                        {QStringLiteral("databaseId"), outcome->databaseId},
                        {QStringLiteral("kind"), core::siteKindKey(*kind)},
                        {QStringLiteral("kdf"), kdfJson(outcome->kdf)},
                        {QStringLiteral("kdfMeasuredMs"), static_cast<qint64>(outcome->kdfMeasured.count())},
                        {QStringLiteral("recoveryCode"), codeText(outcome->recoveryCode)}});
        return kExitOk;
    }
    context.out() << "Created " << (*kind == core::SiteKind::Hub ? "hub" : "site") << " database " << paths.database
                  << "\n  keyring " << paths.keyring << "\n  key derivation " << kdfText(outcome->kdf);
    if (outcome->kdfMeasured.count() > 0) {
        context.out() << " (" << outcome->kdfMeasured.count() << " ms on this machine)";
    }
    context.out() << "\n";
    printRecoveryCode(context, outcome->recoveryCode);
    return kExitOk;
}

int runInfo(CliContext& context) {
    int exitCode = kExitOk;
    auto session = context.signIn(exitCode);
    if (!session) {
        return exitCode;
    }
    auto info = core::siteInfo(*session);
    if (!info) {
        return context.fail(info.error());
    }
    const core::store::CipherSettings& c = info->cipher;
    if (context.json()) {
        QJsonArray slots;
        for (const core::SlotSummary& s : info->slots) {
            QJsonObject slot{{QStringLiteral("id"), s.id},
                             {QStringLiteral("kind"), s.kind},
                             {QStringLiteral("createdAt"), s.createdAt},
                             {QStringLiteral("pendingRekey"), s.pendingRekey}};
            if (s.kind == QLatin1String("user")) {
                slot.insert(QStringLiteral("user"), s.userName);
                slot.insert(QStringLiteral("kdf"), kdfJson(s.kdf));
            }
            slots.append(slot);
        }
        context.printJson(
            QJsonObject{{QStringLiteral("site"), info->siteName},
                        {QStringLiteral("databaseId"), info->databaseId},
                        {QStringLiteral("database"), info->databasePath},
                        {QStringLiteral("keyring"), info->keyringPath},
                        {QStringLiteral("schemaVersion"), info->schemaVersion},
                        {QStringLiteral("programSchemaVersion"), info->programSchemaVersion},
                        {QStringLiteral("sqlcipherVersion"), c.cipherVersion},
                        {QStringLiteral("sqliteVersion"), c.sqliteVersion},
                        {QStringLiteral("cipher"),
                         QJsonObject{{QStringLiteral("provider"), c.provider},
                                     {QStringLiteral("pageSize"), c.pageSize},
                                     {QStringLiteral("hmacAlgorithm"), c.hmacAlgorithm},
                                     {QStringLiteral("kdfAlgorithm"), c.kdfAlgorithm},
                                     {QStringLiteral("rawKey"), true},
                                     {QStringLiteral("journalMode"), c.journalMode},
                                     {QStringLiteral("synchronous"),
                                      c.synchronous == 2 ? QStringLiteral("full") : QString::number(c.synchronous)},
                                     {QStringLiteral("foreignKeys"), c.foreignKeys},
                                     {QStringLiteral("secureDelete"), c.secureDelete},
                                     {QStringLiteral("tempStore"),
                                      c.tempStore == 2 ? QStringLiteral("memory") : QString::number(c.tempStore)}}},
                        {QStringLiteral("kdf"), kdfJson(info->kdf)},
                        {QStringLiteral("slots"), slots}});
        return kExitOk;
    }
    QTextStream& out = context.out();
    out << "Site:            " << info->siteName << "\n"
        << "Database id:     " << info->databaseId << "\n"
        << "Database:        " << info->databasePath << "\n"
        << "Keyring:         " << info->keyringPath << "\n"
        << "Schema version:  " << info->schemaVersion << " (this program: " << info->programSchemaVersion << ")\n"
        << "SQLCipher:       " << c.cipherVersion << " (SQLite " << c.sqliteVersion << ", " << c.provider << ")\n"
        << "Cipher:          raw 256-bit key, page " << c.pageSize << ", " << c.hmacAlgorithm << "\n"
        << "Journal:         " << c.journalMode << ", synchronous " << (c.synchronous == 2 ? "FULL" : "other")
        << ", foreign keys " << (c.foreignKeys ? "on" : "off") << ", secure delete " << (c.secureDelete ? "on" : "off")
        << ", temp store " << (c.tempStore == 2 ? "memory" : "other") << "\n"
        << "Key derivation:  " << kdfText(info->kdf) << "\n"
        << "Slots:\n";
    for (const core::SlotSummary& s : info->slots) {
        out << "  " << (s.kind == QLatin1String("user") ? s.userName : QStringLiteral("(recovery)")) << "  " << s.id
            << "  created " << s.createdAt << (s.pendingRekey ? "  [re-key pending]" : "") << "\n";
    }
    out.flush();
    return kExitOk;
}

int runCheck(CliContext& context) {
    const auto db = context.required(QStringLiteral("db"));
    if (!db) {
        return kExitUsage;
    }
    // The keyring's format is checked first: it needs no password, and a damaged keyring is reported as such.
    const core::SitePaths paths = core::SitePaths::forDatabase(QFileInfo(*db).absoluteFilePath());
    if (!QFileInfo(paths.database).isFile()) {
        return context.fail(core::makeError(core::ErrorCode::DatabaseMissing));
    }
    auto damage = core::keyringDamage(paths.database);
    if (!damage || !damage->isEmpty()) {
        const QStringList problems = damage ? damage.value() : QStringList{damage.error().detail};
        if (context.json()) {
            context.printJson(QJsonObject{{QStringLiteral("ok"), false},
                                          {QStringLiteral("keyringProblems"), QJsonArray::fromStringList(problems)}});
        }
        if (!damage) {
            return context.fail(damage.error());
        }
        for (const QString& p : problems) {
            context.note(p);
        }
        return context.fail(QStringLiteral("the keyring is damaged: a supervisor sets the passwords of those accounts "
                                           "again, or use the recovery code"));
    }
    const auto user = context.required(QStringLiteral("user"));
    if (!user) {
        return kExitUsage;
    }
    QString error;
    auto password = context.passwords().read(QStringLiteral("Password for %1").arg(*user), error);
    if (!password) {
        return context.usage(error);
    }
    auto report = core::checkSiteFiles(*db, *user, *password);
    if (!report) {
        return context.fail(report.error());
    }
    const auto& r = report.value();
    if (context.json()) {
        context.printJson(
            QJsonObject{{QStringLiteral("ok"), r.ok()},
                        {QStringLiteral("cipherIntegrity"), QJsonArray::fromStringList(r.database.cipherProblems)},
                        {QStringLiteral("quickCheck"), QJsonArray::fromStringList(r.database.structureProblems)},
                        {QStringLiteral("keyringProblems"), QJsonArray::fromStringList(r.keyringProblems)},
                        {QStringLiteral("chainProblems"), QJsonArray::fromStringList(r.chainProblems)}});
    } else {
        QTextStream& out = context.out();
        out << "cipher_integrity_check: " << (r.database.cipherProblems.isEmpty() ? "ok" : "FAILED") << "\n";
        for (const QString& p : r.database.cipherProblems) {
            out << "  " << p << "\n";
        }
        out << "quick_check:            " << (r.database.structureProblems.isEmpty() ? "ok" : "FAILED") << "\n";
        for (const QString& p : r.database.structureProblems) {
            out << "  " << p << "\n";
        }
        out << "keyring:                " << (r.keyringProblems.isEmpty() ? "ok" : "FAILED") << "\n";
        for (const QString& p : r.keyringProblems) {
            out << "  " << p << "\n";
        }
        out << "audit chain mark:       " << (r.chainProblems.isEmpty() ? "ok" : "FAILED") << "\n";
        for (const QString& p : r.chainProblems) {
            out << "  " << p << "\n";
        }
        out.flush();
    }
    if (!r.ok()) {
        return context.fail(QStringLiteral("damage found (see above)"));
    }
    return kExitOk;
}

int runRekey(CliContext& context) {
    int exitCode = kExitOk;
    auto session = context.signIn(exitCode);
    if (!session) {
        return exitCode;
    }
    context.note(QStringLiteral("Re-encrypting the database under a new key..."));
    auto code = core::rekeySite(*session);
    if (!code) {
        return context.fail(code.error());
    }
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("recoveryCode"), codeText(code.value())}});
        return kExitOk;
    }
    context.out() << "The database is now encrypted under a new key; every account keeps its password.\n"
                  << "The old recovery code no longer works.\n";
    printRecoveryCode(context, code.value());
    return kExitOk;
}

int runRecover(CliContext& context) {
    const auto db = context.required(QStringLiteral("db"));
    const auto user = db ? context.required(QStringLiteral("user")) : std::nullopt;
    if (!user) {
        return kExitUsage;
    }
    QString error;
    auto code = context.passwords().read(QStringLiteral("Recovery code"), error);
    if (!code) {
        return context.usage(error);
    }
    auto password = context.passwords().readNew(QStringLiteral("New password for %1").arg(*user), error);
    if (!password) {
        return context.usage(error);
    }
    core::SignIn signIn;
    auto session = signIn.recover(*db, *code, *user, *password);
    if (!session) {
        return context.fail(session.error());
    }
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("user"), session.value()->user().userName},
                                      {QStringLiteral("recovered"), true}});
    } else {
        context.out() << "New password set for " << session.value()->user().userName << ".\n";
    }
    return kExitOk;
}

int runBackup(CliContext& context) {
    if (context.args().positional.size() != 1) {
        return context.usage(QStringLiteral("backup takes no other argument: backup --output DIR"));
    }
    const auto folder = context.required(QStringLiteral("output"));
    if (!folder) {
        return kExitUsage;
    }
    int exitCode = kExitOk;
    auto session = context.signIn(exitCode);
    if (!session) {
        return exitCode;
    }
    auto done = core::BackupService::backup(*session, *folder);
    if (!done) {
        return context.fail(done.error());
    }
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("folder"), done->folder},
                                      {QStringLiteral("database"), done->databaseFile},
                                      {QStringLiteral("events"), static_cast<qint64>(done->events)}});
    } else {
        context.out() << "Backed up to " << done->folder << " (database, keyring and mark; " << done->events
                      << " audit events; verified). Keep it away from the workstation; it opens only with the site's "
                         "passwords or recovery code.\n";
        context.out().flush();
    }
    return kExitOk;
}

int runRestore(CliContext& context) {
    const QStringList& p = context.args().positional;
    if (p.size() != 2) {
        return context.usage(QStringLiteral("restore DIR --db PATH --user NAME"));
    }
    const auto db = context.required(QStringLiteral("db"));
    const auto user = context.required(QStringLiteral("user"));
    if (!db || !user) {
        return kExitUsage;
    }
    QString error;
    auto password = context.passwords().read(QStringLiteral("Password for %1 (in the backup)").arg(*user), error);
    if (!password) {
        return context.usage(error);
    }
    auto session = core::BackupService::restore(p.at(1), *db, *user, *password);
    if (!session) {
        return context.fail(session.error());
    }
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("restored"), *db}});
    } else {
        context.out() << "Restored " << p.at(1) << " to " << *db
                      << ". The restore is recorded; the files that were there are kept beside it "
                         "(.before-restore-…).\n";
        context.out().flush();
    }
    return kExitOk;
}

} // namespace dc::app::cli
