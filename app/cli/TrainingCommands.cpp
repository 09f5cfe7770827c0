// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// The training day (issue 18): `init --kind training` (runInitTraining) and `training book add|load|list|export`, and
// the dispatch of `training` (score, results and board: TrainingScoreCommands.cpp). The rules are TrainingService's and
// core/training's; this file reads options and prints.
#include "app/cli/CliContext.h"
#include "app/cli/InputFile.h"

#include "core/platform/Files.h"
#include "core/services/TrainingService.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

namespace dc::app::cli {

namespace {

using core::TrainingService;
namespace training = core::training;

QString secretText(const crypto::SecureBuffer& secret) {
    return QString::fromUtf8(secret.chars().data(), static_cast<qsizetype>(secret.size()));
}

std::optional<quint64> seedOption(CliContext& context, bool& bad) {
    bad = false;
    const auto text = context.args().value(QStringLiteral("seed"));
    if (!text) {
        return std::nullopt;
    }
    bool ok = false;
    const quint64 seed = text->toULongLong(&ok);
    if (!ok || text->isEmpty() || !text->front().isDigit()) {
        bad = true;
        return std::nullopt;
    }
    return seed;
}

std::optional<int> intOption(CliContext& context, const QString& option, int fallback, bool& bad) {
    bad = false;
    const auto text = context.args().value(option);
    if (!text) {
        return fallback;
    }
    bool ok = false;
    const int value = text->toInt(&ok);
    if (!ok) {
        bad = true;
        return std::nullopt;
    }
    return value;
}

QJsonObject bookJson(const core::TrainingBookInfo& book) {
    return QJsonObject{{QStringLiteral("id"), book.bookId},
                       {QStringLiteral("pair"), book.pair},
                       {QStringLiteral("type"), core::domain::recordTypeKey(book.type)},
                       {QStringLiteral("number"), book.bookNumber},
                       {QStringLiteral("year"), book.year},
                       {QStringLiteral("seed"), QString::number(book.seed)},
                       {QStringLiteral("entries"), book.entries}};
}

void printBook(QTextStream& out, const core::TrainingBookInfo& book) {
    out << "  book " << book.bookId << ": pair " << book.pair << ", " << core::domain::recordTypeKey(book.type)
        << " book no. " << book.bookNumber << " (" << book.year << "), " << book.entries << " entries, seed "
        << book.seed << "\n";
}

int bookAdd(CliContext& context) {
    const auto typeText = context.required(QStringLiteral("type"));
    if (!typeText) {
        return kExitUsage;
    }
    const auto type = core::domain::recordTypeFromKey(*typeText);
    if (!type) {
        return context.usage(QStringLiteral("--type is birth, marriage or death"));
    }
    bool bad = false;
    const auto seed = seedOption(context, bad);
    if (bad || !seed) {
        return context.usage(QStringLiteral("--seed is a whole number from 0 to 18446744073709551615"));
    }
    const auto pair = intOption(context, QStringLiteral("pair"), 1, bad);
    if (bad) {
        return context.usage(QStringLiteral("--pair is a pair's number"));
    }
    int exitCode = kExitOk;
    auto session = context.signIn(exitCode);
    if (!session) {
        return exitCode;
    }
    auto added = TrainingService::addBook(*session, *type, *seed, *pair);
    if (!added) {
        return context.failExplained(added.error());
    }
    if (context.json()) {
        context.printJson(bookJson(added.value()));
        return kExitOk;
    }
    context.out() << "Added a training book:\n";
    printBook(context.out(), added.value());
    return kExitOk;
}

int bookLoad(CliContext& context) {
    const QStringList& p = context.args().positional;
    if (p.size() != 4) {
        return context.usage(QStringLiteral("training book load FILE [--pair N]"));
    }
    bool bad = false;
    const auto pair = intOption(context, QStringLiteral("pair"), 1, bad);
    if (bad) {
        return context.usage(QStringLiteral("--pair is a pair's number"));
    }
    QString error;
    const auto bytes = readInput(p.at(3), training::kMaxTrainingFileBytes, error);
    if (!bytes) {
        return context.fail(error);
    }
    int exitCode = kExitOk;
    auto session = context.signIn(exitCode);
    if (!session) {
        return exitCode;
    }
    auto loaded = TrainingService::loadBook(*session, *bytes, *pair);
    if (!loaded) {
        return context.failExplained(loaded.error());
    }
    if (context.json()) {
        context.printJson(bookJson(loaded.value()));
        return kExitOk;
    }
    context.out() << "Loaded a training book:\n";
    printBook(context.out(), loaded.value());
    return kExitOk;
}

int bookExport(CliContext& context) {
    const auto bookId = context.requiredId(QStringLiteral("book"), QStringLiteral("a book's id (training book list)"));
    const auto output = bookId ? context.required(QStringLiteral("output")) : std::nullopt;
    if (!output) {
        return kExitUsage;
    }
    int exitCode = kExitOk;
    auto session = context.signIn(exitCode);
    if (!session) {
        return exitCode;
    }
    auto bytes = TrainingService::exportBook(*session, *bookId);
    if (!bytes) {
        return context.failExplained(bytes.error());
    }
    if (auto written = core::platform::writeFileAtomically(*output, bytes.value()); !written) {
        return context.fail(written.error());
    }
    QFile::setPermissions(*output, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    context.out() << "Wrote training book " << *bookId << " to " << *output << "\n";
    return kExitOk;
}

int bookList(CliContext& context) {
    int exitCode = kExitOk;
    auto session = context.signIn(exitCode);
    if (!session) {
        return exitCode;
    }
    auto books = TrainingService::books(*session);
    if (!books) {
        return context.failExplained(books.error());
    }
    if (context.json()) {
        QJsonArray list;
        for (const auto& book : books.value()) {
            list.append(bookJson(book));
        }
        context.printJson(QJsonObject{{QStringLiteral("books"), list}});
        return kExitOk;
    }
    for (const auto& book : books.value()) {
        printBook(context.out(), book);
    }
    return kExitOk;
}

} // namespace

int runInitTraining(CliContext& context) {
    const auto db = context.required(QStringLiteral("db"));
    const auto site = db ? context.required(QStringLiteral("site")) : std::nullopt;
    const auto admin = site ? context.required(QStringLiteral("admin")) : std::nullopt;
    if (!admin) {
        return kExitUsage;
    }
    if (context.args().value(QStringLiteral("campaign"))) {
        return context.usage(QStringLiteral("--campaign does not apply to a training site"));
    }
    bool bad = false;
    const auto pairs = intOption(context, QStringLiteral("pairs"), 1, bad);
    if (bad) {
        return context.usage(QStringLiteral("--pairs is a number of pairs"));
    }
    const auto seed = seedOption(context, bad);
    if (bad) {
        return context.usage(QStringLiteral("--seed is a whole number from 0 to 18446744073709551615"));
    }
    core::TrainingSiteRequest request;
    request.site.databasePath = *db;
    request.site.siteName = *site;
    request.site.adminUserName = *admin;
    request.site.adminDisplayName = context.args().value(QStringLiteral("display-name")).value_or(QString());
    request.pairs = *pairs;
    request.seed = seed;
    const QString kdf = context.args().value(QStringLiteral("kdf")).value_or(QStringLiteral("calibrate"));
    if (kdf == QLatin1String("minimum")) {
        request.site.kdf = crypto::kArgon2Floor;
    } else if (kdf != QLatin1String("calibrate")) {
        return context.usage(QStringLiteral("--kdf is 'calibrate' or 'minimum'"));
    }
    QString error;
    auto password = context.passwords().readNew(QStringLiteral("Password for %1").arg(*admin), error);
    if (!password) {
        return context.usage(error);
    }
    request.site.adminPassword = std::move(*password);
    if (!request.site.kdf) {
        context.note(QStringLiteral("Measuring this machine to choose the key derivation cost (a few seconds)..."));
    }
    auto created = TrainingService::createTrainingSite(std::move(request));
    if (!created) {
        return context.failExplained(created.error());
    }
    const core::SitePaths paths = core::SitePaths::forDatabase(QFileInfo(*db).absoluteFilePath());
    const core::TrainingSiteCreated& c = created.value();
    const QString recovery = secretText(c.site.recoveryCode);
    if (context.json()) {
        QJsonArray trainees;
        for (const auto& t : c.trainees) {
            trainees.append(QJsonObject{{QStringLiteral("pair"), t.pair},
                                        {QStringLiteral("user"), t.userName},
                                        {QStringLiteral("password"), secretText(t.password)}});
        }
        QJsonArray books;
        for (const auto& b : c.books) {
            books.append(bookJson(b));
        }
        context.printJson(QJsonObject{{QStringLiteral("database"), paths.database},
                                      {QStringLiteral("keyring"), paths.keyring},
                                      {QStringLiteral("databaseId"), c.site.databaseId},
                                      {QStringLiteral("kind"), QStringLiteral("training")},
                                      {QStringLiteral("seed"), QString::number(c.seed)},
                                      {QStringLiteral("trainees"), trainees},
                                      {QStringLiteral("books"), books},
                                      {QStringLiteral("recoveryCode"), recovery}});
        return kExitOk;
    }
    QTextStream& out = context.out();
    out << "Created training site database " << paths.database << "\n  keyring " << paths.keyring << "\n  seed "
        << c.seed << " (the same seed gives the same books again)\n"
        << "\nTrainee accounts (passwords shown only now; print this table for the trainees):\n\n"
        << "  pair  user  password\n";
    for (const auto& t : c.trainees) {
        out << "  " << QStringLiteral("%1").arg(t.pair, 4) << "  " << t.userName << "  " << secretText(t.password)
            << "\n";
    }
    out << "\nTraining books (synthetic: no real citizen in them):\n";
    for (const auto& b : c.books) {
        printBook(out, b);
    }
    out << "\nRecovery code (shown only now):\n\n    " << recovery << "\n";
    out.flush();
    return kExitOk;
}

int runTraining(CliContext& context) {
    const QStringList& p = context.args().positional;
    const QString sub = p.size() >= 2 ? p.at(1) : QString();
    const QString verb = sub == QLatin1String("book") && p.size() >= 3 ? p.at(2) : QString();
    const QString what = verb.isEmpty() ? sub : sub + u' ' + verb;
    // The options each subcommand reads (they share the command's option set): any other is a usage error.
    static const QHash<QString, QStringList> kOptions{
        {QStringLiteral("book add"),
         {QStringLiteral("type"), QStringLiteral("seed"), QStringLiteral("pair"), QStringLiteral("json")}},
        {QStringLiteral("book load"), {QStringLiteral("pair"), QStringLiteral("json")}},
        {QStringLiteral("book list"), {QStringLiteral("json")}},
        {QStringLiteral("book export"), {QStringLiteral("book"), QStringLiteral("output")}},
        {QStringLiteral("score"), {QStringLiteral("book"), QStringLiteral("json")}},
        {QStringLiteral("results"), {QStringLiteral("output"), QStringLiteral("json")}},
        {QStringLiteral("board"), {QStringLiteral("json")}},
    };
    if (kOptions.contains(what) && !context.onlyOptions(kOptions.value(what), QStringLiteral("training ") + what)) {
        return kExitUsage;
    }
    if (what == QLatin1String("board")) {
        // No site: --db and --user would be silently ignored.
        if (context.args().value(QStringLiteral("db")) || context.args().value(QStringLiteral("user"))) {
            return context.usage(QStringLiteral("`training board` reads only the result files: no --db or --user"));
        }
        return runTrainingBoard(context); // TrainingScoreCommands.cpp
    }
    if (what == QLatin1String("book add")) {
        return bookAdd(context);
    }
    if (what == QLatin1String("book load")) {
        return bookLoad(context);
    }
    if (what == QLatin1String("book export")) {
        return bookExport(context);
    }
    if (what == QLatin1String("book list")) {
        return bookList(context);
    }
    if (what == QLatin1String("score")) {
        return runTrainingScore(context);
    }
    if (what == QLatin1String("results")) {
        return runTrainingResults(context);
    }
    return context.usage(QStringLiteral("training book add|load|list|export, score, results or board [options]"));
}

} // namespace dc::app::cli
