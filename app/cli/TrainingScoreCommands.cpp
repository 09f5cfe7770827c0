// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// The training day (issue 18): `training score`, `training results` and `training board` (dispatched by
// TrainingCommands.cpp). The score and the board are core/training's; this file reads options and prints.
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

QJsonObject scoreJson(const training::Score& score) {
    QJsonArray mistakes;
    for (const training::Mistake& m : score.mistakes) {
        mistakes.append(QJsonObject{{QStringLiteral("entry"), m.entryNumber},
                                    {QStringLiteral("kind"), training::mistakeKindKey(m.kind)},
                                    {QStringLiteral("field"), m.fieldKey},
                                    {QStringLiteral("expected"), m.expected},
                                    {QStringLiteral("logged"), m.logged},
                                    {QStringLiteral("explanationVi"), m.explanationVi},
                                    {QStringLiteral("explanationEn"), m.explanationEn}});
    }
    return QJsonObject{{QStringLiteral("entries"), score.entries},
                       {QStringLiteral("logged"), score.logged},
                       {QStringLiteral("outcomesRight"), score.outcomesRight},
                       {QStringLiteral("correctionsExpected"), score.correctionsExpected},
                       {QStringLiteral("correctionsRight"), score.correctionsRight},
                       {QStringLiteral("writingDifferencesCorrected"), score.writingDifferencesCorrected},
                       {QStringLiteral("missedCorrections"), score.missedCorrections},
                       {QStringLiteral("escalationsMissed"), score.escalationsMissed},
                       {QStringLiteral("escalationsUnneeded"), score.escalationsUnneeded},
                       {QStringLiteral("secondsPerEntry"), score.secondsPerEntry},
                       {QStringLiteral("keysPerEntry"), score.keysPerEntry},
                       {QStringLiteral("ready"), score.ready},
                       {QStringLiteral("mistakes"), mistakes}};
}

void printScore(QTextStream& out, const training::Score& score) {
    out << "  entries logged               " << score.logged << " of " << score.entries << "\n"
        << "  outcomes right               " << score.outcomesRight << "\n"
        << "  corrections right            " << score.correctionsRight << " of " << score.correctionsExpected << "\n"
        << "  writing differences corrected " << score.writingDifferencesCorrected << "\n"
        << "  corrections missed           " << score.missedCorrections << "\n"
        << "  escalations missed, unneeded " << score.escalationsMissed << ", " << score.escalationsUnneeded << "\n"
        << "  seconds per entry            " << QString::number(score.secondsPerEntry, 'f', 1) << "\n"
        << "  keys per entry               "
        << (score.keysPerEntry > 0 ? QString::number(score.keysPerEntry, 'f', 1) : QStringLiteral("not measured"))
        << "\n"
        << "  ready                        " << (score.ready ? "yes" : "no, another round") << "\n";
}

} // namespace

int runTrainingScore(CliContext& context) {
    const auto book = context.requiredId(QStringLiteral("book"), QStringLiteral("a book's id (training book list)"));
    if (!book) {
        return kExitUsage;
    }
    const qint64 bookId = *book;
    int exitCode = kExitOk;
    auto session = context.signIn(exitCode);
    if (!session) {
        return exitCode;
    }
    auto scored = TrainingService::score(*session, bookId);
    if (!scored) {
        return context.failExplained(scored.error());
    }
    const training::Score& s = scored.value();
    if (context.json()) {
        QJsonObject document = scoreJson(s);
        document.insert(QStringLiteral("book"), bookId);
        document.insert(QStringLiteral("readinessRule"), training::readinessRule(false));
        context.printJson(document);
        return kExitOk;
    }
    QTextStream& out = context.out();
    out << "Training book " << bookId << ":\n";
    printScore(out, s);
    out << "  (" << training::readinessRule(false) << ")\n";
    if (!s.mistakes.empty()) {
        out << "\nMistakes, with the right answer:\n";
    }
    for (const training::Mistake& m : s.mistakes) {
        out << "  entry " << m.entryNumber << "  " << training::mistakeKindKey(m.kind);
        if (!m.fieldKey.isEmpty()) {
            out << "  " << m.fieldKey;
        }
        out << "  right: " << (m.expected.isEmpty() ? QStringLiteral("-") : m.expected)
            << "  logged: " << (m.logged.isEmpty() ? QStringLiteral("-") : m.logged) << "\n"
            << "      " << m.explanationVi << "\n"
            << "      " << m.explanationEn << "\n";
    }
    return kExitOk;
}

int runTrainingResults(CliContext& context) {
    const auto output = context.required(QStringLiteral("output"));
    if (!output) {
        return kExitUsage;
    }
    int exitCode = kExitOk;
    auto session = context.signIn(exitCode);
    if (!session) {
        return exitCode;
    }
    auto found = TrainingService::results(*session);
    if (!found) {
        return context.failExplained(found.error());
    }
    // The pairs whose file it is go with it: a pair that has logged nothing still shows on the trainer's board.
    auto pairs = TrainingService::pairs(*session);
    if (!pairs) {
        return context.failExplained(pairs.error());
    }
    const QByteArray bytes = training::resultsToJson(found.value(), pairs.value());
    if (auto written = core::platform::writeFileAtomically(*output, bytes); !written) {
        return context.fail(written.error());
    }
    // Only its owner reads it (it names the trainees' accounts); it holds no value of any book.
    QFile::setPermissions(*output, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("output"), QFileInfo(*output).absoluteFilePath()},
                                      {QStringLiteral("results"), static_cast<int>(found->size())}});
        return kExitOk;
    }
    context.out() << "Wrote " << found->size() << " book result(s) to " << *output << "\n";
    return kExitOk;
}

namespace {

QJsonObject rowJson(const training::BoardRow& row) {
    return QJsonObject{{QStringLiteral("site"), row.site},
                       {QStringLiteral("pair"), row.pair},
                       {QStringLiteral("books"), row.books},
                       {QStringLiteral("total"), scoreJson(row.total)},
                       {QStringLiteral("needsAnotherRound"), row.needsAnotherRound},
                       {QStringLiteral("reasons"), QJsonArray::fromStringList(row.reasons)}};
}

} // namespace

// Needs no site: it reads only the files, each bounded and checked by resultsFileFromJson; a pair a file names that
// has logged nothing gets its row too.
int runTrainingBoard(CliContext& context) {
    const QStringList files = context.args().positional.mid(2);
    if (files.isEmpty()) {
        return context.usage(QStringLiteral("training board FILE.json..."));
    }
    std::vector<training::TraineeResult> all;
    std::vector<training::TraineePair> pairs;
    QJsonArray refused;
    for (const QString& file : files) {
        QString error;
        const auto bytes = readInput(file, training::kMaxTrainingFileBytes, error);
        if (!bytes) {
            refused.append(QJsonObject{{QStringLiteral("file"), file}, {QStringLiteral("reason"), error}});
            context.note(QStringLiteral("doichieu-admin: refused %1: %2").arg(file, error));
            continue;
        }
        auto parsed = training::resultsFileFromJson(*bytes);
        if (!parsed) {
            refused.append(
                QJsonObject{{QStringLiteral("file"), file}, {QStringLiteral("reason"), parsed.error().detail}});
            context.note(QStringLiteral("doichieu-admin: refused %1: %2").arg(file, parsed.error().detail));
            continue;
        }
        for (auto& result : parsed->results) {
            all.push_back(std::move(result));
        }
        pairs.insert(pairs.end(), parsed->pairs.begin(), parsed->pairs.end());
    }
    const auto rows = training::trainerBoard(all, pairs);
    if (context.json()) {
        QJsonArray list;
        for (const auto& row : rows) {
            list.append(rowJson(row));
        }
        context.printJson(QJsonObject{{QStringLiteral("rows"), list}, {QStringLiteral("refused"), refused}});
    } else {
        QTextStream& out = context.out();
        out << "pair | site | books | outcomes right | corrections right | writing differences corrected | "
               "corrections missed | escalations missed/unneeded | s/entry | keys/entry | another round\n";
        for (const auto& row : rows) {
            const training::Score& t = row.total;
            out << row.pair << " | " << row.site << " | " << row.books << " | " << t.outcomesRight << "/" << t.entries
                << " | " << t.correctionsRight << "/" << t.correctionsExpected << " | " << t.writingDifferencesCorrected
                << " | " << t.missedCorrections << " | " << t.escalationsMissed << "/" << t.escalationsUnneeded << " | "
                << QString::number(t.secondsPerEntry, 'f', 1) << " | " << QString::number(t.keysPerEntry, 'f', 1)
                << " | "
                << (row.needsAnotherRound ? QStringLiteral("yes: ") + row.reasons.join(QStringLiteral(", "))
                                          : QStringLiteral("no"))
                << "\n";
        }
        out.flush();
    }
    return refused.isEmpty() ? kExitOk : kExitFailed;
}

} // namespace dc::app::cli
