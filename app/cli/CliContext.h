// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "app/cli/CommandLine.h"
#include "app/cli/PasswordInput.h"
#include "app/common/export/ReportWriter.h"
#include "core/Result.h"
#include "core/services/CheckLog.h"
#include "core/services/Session.h"

#include <QDate>
#include <QJsonObject>
#include <QTextStream>

#include <functional>
#include <memory>

namespace dc::app::cli {

// What every command gets: its arguments, the output streams, and the password source. Messages go to
// stderr in English; results go to stdout (one JSON document with --json).
class CliContext {
public:
    explicit CliContext(ParsedArguments arguments);

    [[nodiscard]] const ParsedArguments& args() const { return m_args; }
    [[nodiscard]] bool json() const { return m_args.has(QStringLiteral("json")); }
    [[nodiscard]] QTextStream& out() { return m_out; }
    [[nodiscard]] PasswordInput& passwords() { return m_passwords; }

    // Prints "doichieu-admin: <message>" on stderr and returns the exit code to use.
    int fail(const QString& message, int exitCode = kExitFailed);
    int fail(const core::Error& error);
    // The same, followed by the error's English detail (which names the rule that was broken, never a citizen's
    // data): for refusals whose reason the person at the keyboard needs, such as a district not in the campaign.
    int failExplained(const core::Error& error);
    int usage(const QString& message) { return fail(message, kExitUsage); }
    void note(const QString& message);
    void printJson(const QJsonObject& document);

    // For a command whose subcommands share one option set: false after printing a usage error when an option other
    // than `allowed` (and --db, --user, --password-stdin) was given, so that an option that does not apply is never
    // silently ignored (`findings map --type birth` would look like a filter).
    [[nodiscard]] bool onlyOptions(const QStringList& allowed, const QString& what);
    // The value of a required option; nullopt after printing a usage error.
    [[nodiscard]] std::optional<QString> required(const QString& option);
    // The value of a required option naming a row by its id (a whole number from 1): nullopt after printing a usage
    // error, "--<option> is <what>", when it is missing or not such a number.
    [[nodiscard]] std::optional<qint64> requiredId(const QString& option, const QString& what);
    // The value of an optional whole-number option, at least `minimum`: `absent` when it was not given; nullopt after
    // printing a usage error, "--<option> is <what>", when it was given but is not such a number (`--book abc` must
    // not read as "every book").
    [[nodiscard]] std::optional<qint64> optionalNumber(const QString& option, qint64 minimum, qint64 absent,
                                                       const QString& what);

    // Signs in --user to --db with a password read from the prompt or stdin. On failure prints the reason
    // and sets `exitCode`.
    [[nodiscard]] std::unique_ptr<core::Session> signIn(int& exitCode);

private:
    ParsedArguments m_args;
    QTextStream m_out;
    QTextStream m_err;
    PasswordInput m_passwords;
};

// The commands. Each returns the process exit code.
int runInit(CliContext& context);
int runInfo(CliContext& context);
int runCheck(CliContext& context);
int runRekey(CliContext& context);
int runRecover(CliContext& context);
int runBackup(CliContext& context);
int runRestore(CliContext& context);
int runUser(CliContext& context);
int runValidate(CliContext& context);
int runCheckId(CliContext& context);
int runClassify(CliContext& context);
int runLog(CliContext& context);
int runBook(CliContext& context);
int runDay(CliContext& context);
int runAudit(CliContext& context);
int runReport(CliContext& context);
int runBundle(CliContext& context);
int runHub(CliContext& context);
int runCampaign(CliContext& context);
int runPerson(CliContext& context);
int runVolunteers(CliContext& context);
int runAllocate(CliContext& context);
int runQuota(CliContext& context);
int runEnroll(CliContext& context);
int runRoster(CliContext& context);
int runAllocation(CliContext& context);
int runAwards(CliContext& context);
int runFindings(CliContext& context);
int runFindingsMap(CliContext& context); // `findings map` (FindingsMapCommands.cpp)
// The `findings` subcommands of issue 16 parts 1 and 3 (FindingsActionCommands.cpp).
int runFindingsActions(CliContext& context);
int runFindingsCoverage(CliContext& context);
int runFindingsInventory(CliContext& context);
// The supervisor's review (ReviewCommands.cpp): `review list`, `review decide`.
int runReview(CliContext& context);
// A logged check as JSON, as `log list` and `review list` print it (LogCommands.cpp).
[[nodiscard]] QJsonObject loggedCheckJson(const core::LoggedCheck& check);
// The end of the campaign (issue 17 part 6; WipeCommands.cpp): `wipe`, and `hub wipe-record FILE` from runHub.
int runWipe(CliContext& context);
int runHubWipeRecord(CliContext& context, const QString& file);
// The training day (issue 18; TrainingCommands.cpp): `init --kind training` from runInit, and `training`.
int runInitTraining(CliContext& context);
int runTraining(CliContext& context);
// `training score`, `training results`, `training board` (TrainingScoreCommands.cpp), from runTraining.
int runTrainingScore(CliContext& context);
int runTrainingResults(CliContext& context);
int runTrainingBoard(CliContext& context);

// A day typed on the command line: yyyy-mm-dd or dd/mm/yyyy; nullopt for anything else.
[[nodiscard]] std::optional<QDate> parseDay(const QString& text);

// The printable documents (reports, the allocation's lists, the roster's week view): `--lang vi|en` (nullopt when
// neither), the format an --output file's extension names (xlsx, pdf or json; else a usage error), and the one way
// they come out — printed as text or JSON without --output, else written by app/common/export with its audit event.
[[nodiscard]] std::optional<core::domain::Language> languageOption(CliContext& context);
[[nodiscard]] std::optional<ExportFormat> documentFormat(CliContext& context, const QString& output, int& exitCode);
int emitDocument(CliContext& context, core::Session& session, const core::ReportDocument& document,
                 const std::optional<QString>& output, core::domain::Language language);
void printReportText(QTextStream& out, const core::ReportDocument& document);
// The rest of a document command once its own options are read: `--lang` and `--output` checked (usage errors before
// any password is asked), the signed-in session, `make` building the document (its error explained), emitDocument.
using DocumentMaker =
    std::function<core::Result<core::ReportDocument>(core::Session& session, core::domain::Language language)>;
int runDocument(CliContext& context, const DocumentMaker& make);

} // namespace dc::app::cli
