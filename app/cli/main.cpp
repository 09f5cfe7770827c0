// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// doichieu-admin: the site's services from the command line, for office IT staff and scripting.
#include "app/cli/CliContext.h"
#include "app/common/Startup.h"

#include <QCoreApplication>

#include <cstdio>
#include <functional>

namespace {

using dc::app::cli::CliContext;
using dc::app::cli::OptionSpec;

struct Command {
    const char* name;
    OptionSpec options;
    std::function<int(CliContext&)> run;
    const char* usage;
};

QSet<QString> set(std::initializer_list<const char*> names) {
    QSet<QString> out;
    for (const char* n : names) {
        out.insert(QString::fromLatin1(n));
    }
    return out;
}

const std::vector<Command>& commands() {
    static const std::vector<Command> table = {
        {"init",
         {set({"db", "site", "admin", "display-name", "kdf", "kind", "campaign", "pairs", "seed"}),
          set({"password-stdin", "json"})},
         dc::app::cli::runInit,
         "init --db PATH --site NAME --admin USERNAME [--kind commune|hub] [--display-name NAME]\n"
         "        [--kdf calibrate|minimum] [--campaign FILE]   (at a hub the first account is a province account;\n"
         "        --campaign: a hub's campaign file, kept in its database; the built-in one without it)\n"
         "    init --kind training --db PATH --site NAME --admin TRAINER [--pairs N] [--seed S] [--kdf ...]\n"
         "        (a training site: synthetic books with an answer key; N pairs of trainees hv01, hv02, ... (1-40,\n"
         "        default 1) with generated passwords printed once, and a birth, a marriage and a death book per pair\n"
         "        derived from the seed (random without --seed); it never exports, enrolls or wipes)"},
        {"info",
         {set({"db", "user"}), set({"password-stdin", "json"})},
         dc::app::cli::runInfo,
         "info --db PATH --user NAME"},
        {"check",
         {set({"db", "user"}), set({"password-stdin", "json"})},
         dc::app::cli::runCheck,
         "check --db PATH --user NAME"},
        {"rekey",
         {set({"db", "user"}), set({"password-stdin", "json"})},
         dc::app::cli::runRekey,
         "rekey --db PATH --user NAME"},
        {"backup",
         {set({"db", "user", "output"}), set({"password-stdin", "json"})},
         dc::app::cli::runBackup,
         "backup --output DIR --db PATH --user NAME   (the database, its keyring and its mark, verified)"},
        {"restore",
         {set({"db", "user"}), set({"password-stdin", "json"})},
         dc::app::cli::runRestore,
         "restore DIR --db PATH --user NAME   (an account's password of the backup; the old files are kept aside)"},
        {"recover",
         {set({"db", "user"}), set({"password-stdin", "json"})},
         dc::app::cli::runRecover,
         "recover --db PATH --user NAME   (asks for the recovery code, then the new password)"},
        {"user",
         {set({"db", "user", "role", "display-name", "district"}), set({"password-stdin", "json", "compromised"})},
         dc::app::cli::runUser,
         "user add NAME --role volunteer|supervisor [--display-name NAME] --db PATH --user NAME\n"
         "    user add NAME --role district --district NAME | --role province   (at a hub)\n"
         "    user remove NAME --db PATH --user NAME\n"
         "    user passwd [NAME] [--compromised] --db PATH --user NAME\n"
         "    user list --db PATH --user NAME\n"
         "    user activate NAME --db PATH --user NAME   (an account a roster package made: asks for the signed-in\n"
         "        account's password, then the code on the roster sheet, then the new password)"},
        {"log",
         {set({"db", "user", "partner", "book", "limit"}), set({"password-stdin", "json"})},
         dc::app::cli::runLog,
         "log import FILE.jsonl|- --db PATH --user NAME --partner NAME   (both passwords, user first; - reads\n"
         "        the check lines from standard input, after the passwords with --password-stdin)\n"
         "    log list [--book ID] [--limit N] --db PATH --user NAME"},
        {"review",
         {set({"db", "user", "state", "book", "limit", "reason", "note"}), set({"password-stdin", "json"})},
         dc::app::cli::runReview,
         "review list [--state pending|approved|returned|flagged|resolved|all] [--book ID] [--limit N] --db PATH "
         "--user NAME\n"
         "        (a commune supervisor: the review queue, pending by default, each entry with its id)\n"
         "    review decide ID approve|return|flag|unapprove|resolve [--reason TEXT] [--note TEXT] --db PATH --user "
         "NAME\n"
         "        (return, flag, unapprove and resolve need --reason; the pair sees a return and a resolution)"},
        {"book",
         {set({"db", "user", "commune", "type", "number", "year", "year-to", "first", "last"}),
          set({"password-stdin", "json", "all"})},
         dc::app::cli::runBook,
         "book open --commune NAME --type birth|marriage|death --number N --year YYYY [--year-to YYYY] [--first N] "
         "[--last N] --db PATH --user NAME\n"
         "    book open ID --db PATH --user NAME   (reopens a closed book)\n"
         "    book close ID --db PATH --user NAME\n"
         "    book list [--all] --db PATH --user NAME"},
        {"day",
         {set({"db", "user", "save-checkpoint"}), set({"password-stdin", "json", "defer-reviews"})},
         dc::app::cli::runDay,
         "day close [--defer-reviews] [--save-checkpoint FILE] --db PATH --user NAME"},
        {"audit",
         {set({"db", "user", "checkpoint"}), set({"password-stdin", "json"})},
         dc::app::cli::runAudit,
         "audit verify [--checkpoint FILE] --db PATH --user NAME\n"
         "    audit acknowledge --db PATH --user NAME"},
        {"report",
         {set({"db", "user", "from", "to", "format", "output", "lang", "target", "district", "commune"}),
          set({"password-stdin", "json", "identified"})},
         dc::app::cli::runReport,
         "report progress|corrections|volunteers|spot-checks --from DATE --to DATE [--format csv|xlsx|pdf|json]\n"
         "        [--output FILE] [--lang vi|en] [--identified] [--target N] --db PATH --user NAME\n"
         "        at the hub: [--district D | --commune D/C]   (none: the whole province)"},
        {"bundle",
         {set({"db", "user", "output"}), set({"password-stdin", "json"})},
         dc::app::cli::runBundle,
         "bundle export --output DIR --db PATH --user NAME   (a commune supervisor: a signed bundle for the hub)\n"
         "    bundle receipt FILE --db PATH --user NAME   (records the hub's receipt)\n"
         "    bundle status --db PATH --user NAME   (what the province holds of this workstation)\n"
         "    bundle import FILE... --db PATH --user NAME   (at the hub, a province account)"},
        {"hub",
         {set({"db", "user", "check", "decision", "note"}), set({"password-stdin", "json"})},
         dc::app::cli::runHub,
         "hub status --db PATH --user NAME   (every commune: what the hub holds, alarms, wiped)\n"
         "    hub decide --check UUID --decision approve|reject [--note TEXT] --db PATH --user NAME   (a district "
         "account)\n"
         "    hub wipe-record FILE --db PATH --user NAME   (a province account: a workstation's wipe statement)"},
        {"wipe",
         {set({"db", "user", "confirm", "output"}), set({"password-stdin", "json"})},
         dc::app::cli::runWipe,
         "wipe [EXPORT-DIR...] --confirm \"DISTRICT/COMMUNE\" --output FILE --db PATH --user NAME\n"
         "        (a commune supervisor, at the end of the campaign, once the hub's receipt acknowledges everything:\n"
         "        overwrites and removes the database, keyring, mark, bundles and every file of the EXPORT-DIRs;\n"
         "        writes a statement signed with the site's key for hub wipe-record)"},
        {"campaign",
         {set({"db", "user"}), set({"password-stdin", "json"})},
         dc::app::cli::runCampaign,
         "campaign check [FILE]   (the built-in campaign without FILE; exit 1 when a stated total disagrees)\n"
         "    campaign check --db PATH --user NAME   (the campaign the site runs)\n"
         "    campaign show --db PATH --user NAME   (which campaign the site runs: name, format, SHA-256)"},
        {"person",
         {set({"db", "user", "name", "id-number", "commune", "person", "site", "account"}),
          set({"password-stdin", "json"})},
         dc::app::cli::runPerson,
         "person add --name NAME [--id-number DIGITS] [--commune DISTRICT/COMMUNE] --db PATH --user NAME\n"
         "        (at the hub; prints the new person's UUID)\n"
         "    person list --db PATH --user NAME\n"
         "    person link --person UUID --site SITE_UUID --account USERNAME --db PATH --user NAME   (once per "
         "account)"},
        {"volunteers",
         {set({"db", "user", "unit", "reason", "field", "value"}), set({"password-stdin", "json", "yes"})},
         dc::app::cli::runVolunteers,
         "volunteers import FILE --unit UNIT [--yes] --db PATH --user NAME   (a unit's list, CSV/XLSX/XLS: without\n"
         "        --yes prints the findings by row and writes nothing; --yes adds the valid new rows; exit 1 when the\n"
         "        file itself is refused)\n"
         "    volunteers list --db PATH --user NAME   (registrations with eligibility; a district account: its unit)\n"
         "    volunteers withdraw PERSON|ID_NUMBER [--reason TEXT] --db PATH --user NAME   (province: the volunteer\n"
         "        drops out; kept, no longer eligible; then allocate --replan)\n"
         "    volunteers edit PERSON|ID_NUMBER --field KEY --value TEXT --db PATH --user NAME   (province: corrects\n"
         "        one column of a registration with the import's checks; KEY: fullName, birthYear, sex, idNumber,\n"
         "        idIssued, idPlace, phone, email, residence, position, preferredCommune, preferredDistrict,\n"
         "        agreesDates, acceptsAssignment, ownTransport, computer, strengths, inProvince, unavailableDays)"},
        {"quota",
         {set({"db", "user"}), set({"password-stdin", "json"})},
         dc::app::cli::runQuota,
         "quota --db PATH --user NAME   (per unit: registered / eligible / quota by the unit lists' deadline)"},
        {"allocate",
         {set({"db", "user", "seed", "from"}), set({"password-stdin", "json", "save", "replan"})},
         dc::app::cli::runAllocate,
         "allocate [--seed N] [--save] --db PATH --user NAME   (province: the eligible volunteers to communes and the\n"
         "        31-day roster; --save keeps it, with the user names, for the roster packages; --json: assignments,\n"
         "        unplaced, unmet demand)\n"
         "    allocate --replan [--from DATE] [--save] --db PATH --user NAME   (the saved plan after volunteers\n"
         "        withdrew: everyone else keeps commune, days and user name; a replacement where one can fill the\n"
         "        gap; prints what moved and the unmet commune-days; --from: default today or the first work day)"},
        {"enroll",
         {set({"db", "user", "output", "fingerprint", "commune"}), set({"password-stdin", "json", "replace"})},
         dc::app::cli::runEnroll,
         "enroll request --output FILE --db PATH --user NAME   (commune supervisor; prints the site's fingerprint)\n"
         "    enroll accept REQUEST --fingerprint DIGITS --commune DISTRICT/COMMUNE --output FILE [--replace]\n"
         "        --db PATH --user NAME   (province hub; prints the hub's fingerprint to read back)\n"
         "    enroll finish WELCOME --fingerprint HUBDIGITS --db PATH --user NAME   (commune supervisor)\n"
         "    enroll status --db PATH --user NAME"},
        {"allocation",
         {set({"db", "user", "by", "district", "unit", "output", "lang"}),
          set({"password-stdin", "json", "identified"})},
         dc::app::cli::runAllocation,
         "allocation list --by district|unit [--district D | --unit U] [--output F.xlsx|F.pdf] [--identified]\n"
         "        [--lang vi|en] --db PATH --user NAME   (at the hub, from the saved plan: who goes to which commune,\n"
         "        per district or per unit; ID numbers as their last 3 digits unless --identified (province); a\n"
         "        district account: its own district or unit)"},
        {"awards",
         {set({"db", "user", "from", "to", "district", "top", "output", "evidence", "lang", "min-days"}),
          set({"password-stdin", "json"})},
         dc::app::cli::runAwards,
         "awards compute [--from DATE] [--to DATE] --db PATH --user NAME   (the office: every volunteer's tier, "
         "score,\n"
         "        eligibility and metrics from the logged facts; at a hub a district account sees its district)\n"
         "    awards explain PERSON|USER|DISTRICT/COMMUNE:USER [--output F.pdf|F.xlsx|F.json] [--lang vi|en]\n"
         "        --db PATH --user NAME   (the numbers behind one volunteer's score and tier, the comparison groups,\n"
         "        what kept them off the shortlist; a volunteer reads only their own)\n"
         "    awards shortlist [--district D] [--top N] [--output F.xlsx|F.pdf|F.json] [--evidence DIR] [--lang "
         "vi|en]\n"
         "        --db PATH --user NAME   (province, or a commune's supervisor for its site; a district its own: the\n"
         "        eligible volunteers for Bằng khen, top N of the province and of each district; --evidence: one PDF\n"
         "        per nominee)\n"
         "    awards certificates [--min-days N] --output DIR|FILE.pdf --db PATH --user NAME   (province, numbered; a\n"
         "        commune's supervisor: unnumbered drafts; every participant with the minimum days — the campaign's\n"
         "        awards.tiers.minDays by default; a folder gets one file per person and all.pdf)"},
        {"findings",
         {set({"db", "user", "commune", "district", "output", "recipient", "lang", "type", "year", "number", "first",
               "last"}),
          set({"password-stdin", "json", "deidentified"})},
         dc::app::cli::runFindings,
         "findings actions [--commune D/C|--district D] [--deidentified] [--output F.xlsx|F.pdf|F.json --recipient "
         "TEXT]\n"
         "        [--lang vi|en] --db PATH --user NAME   (what the campaign found, for those who clean the national\n"
         "        database: entries entered new, duplicates, escalations, corrections, each with its register\n"
         "        reference; at a hub a province account any scope, a district account its own; a commune's\n"
         "        supervisor its site; a file names its recipient, printed on every page)\n"
         "    findings coverage [--commune D/C|--district D] [--output F.xlsx|F.pdf|F.json] --db PATH --user NAME\n"
         "        (per register book: its range, the entries checked and the gaps)\n"
         "    findings inventory add --commune D/C --type birth|marriage|death --year YYYY --number N --first N --last "
         "N\n"
         "        --db PATH --user NAME   (province, at a hub: a paper register of a commune)\n"
         "    findings inventory import FILE.csv --db PATH --user NAME   (province; header row\n"
         "        district,commune,type,year,number,first,last; all or nothing)\n"
         "    findings inventory list [--commune D/C|--district D] --db PATH --user NAME   (province; a district its "
         "own)\n"
         "    findings map [--district D | --commune D/C] [--json] [--output F.xlsx|F.pdf|F.json] [--lang vi|en]\n"
         "        --db PATH --user NAME   (the error map of the national database: correction rates by field, class,\n"
         "        register type, decade and commune with their 95 % intervals; at a hub a province account, a "
         "district\n"
         "        account its own district; at a commune site its supervisor)"},
        {"roster",
         {set({"db", "user", "commune", "output", "sheet", "lang"}), set({"password-stdin", "json"})},
         dc::app::cli::runRoster,
         "roster --commune DISTRICT/COMMUNE [--output F.pdf|F.xlsx] [--lang vi|en] --db PATH --user NAME   (at the\n"
         "        hub: the saved plan's roster of a commune, week by week, with each one's days and the days short)\n"
         "    roster apply FILE --db PATH --user NAME   (commune supervisor: the hub's roster package; new volunteers\n"
         "        await activation)\n"
         "    roster package --commune DISTRICT/COMMUNE --output FILE [--sheet F.pdf] --db PATH --user NAME\n"
         "        (province, at the hub: the package from the saved allocation; prints the roster sheet's one-time\n"
         "        codes, or with --sheet writes the sheet as a PDF and prints no code)"},
        {"training",
         {set({"db", "user", "type", "seed", "pair", "book", "output"}), set({"password-stdin", "json"})},
         dc::app::cli::runTraining,
         "training book add --type birth|marriage|death --seed S [--pair N] --db PATH --user NAME\n"
         "        (the trainer, at a training site: a new synthetic book of 20 entries for pair N, default 1)\n"
         "    training book load FILE [--pair N] --db PATH --user NAME   (the trainer: a training book file; a real\n"
         "        site refuses it)\n"
         "    training book list --db PATH --user NAME   (the trainer every book, a trainee its pair's)\n"
         "    training book export --book ID --output F.json --db PATH --user NAME   (the trainer: the book with its\n"
         "        answer key, for training book load at another training site)\n"
         "    training score --book ID [--json] --db PATH --user NAME   (a pair's score on a book: outcomes and\n"
         "        corrections right, writing differences corrected, corrections and escalations missed, time and keys\n"
         "        per entry, each mistake with the right answer explained in Vietnamese and English)\n"
         "    training results --output F.json --db PATH --user NAME   (the results to take to the trainer: counts "
         "and\n"
         "        mistake kinds, no value of any book; the trainer gets every pair's)\n"
         "    training board F.json... [--json]   (the trainer's board over several results files, no site needed:\n"
         "        every pair with its score and who needs another round; exit 1 when a file is refused)"},
        {"validate",
         {set({"type", "cutoff"}), set({"json"})},
         dc::app::cli::runValidate,
         "validate --type birth|marriage|death [--cutoff dd/mm/yyyy] FILE.json|-   (at most 1 MiB)"},
        {"check-id",
         {set({"sex", "birth-year"}), set({"json"})},
         dc::app::cli::runCheckId,
         "check-id NUMBER [--sex male|female] [--birth-year YYYY]"},
        {"classify",
         {set({"kind"}), set({"json"})},
         dc::app::cli::runClassify,
         "classify --kind name|date|number|text|sex|ethnicity BEFORE AFTER"},
    };
    return table;
}

const char* const kCommonOptions =
    "\ncommon options:\n"
    "    --password-stdin   read passwords from standard input, one per line, in the order asked\n"
    "    --json             print one JSON document on standard output\n"
    "    --help, -h         print the usage of the command and exit\n"
    "exit codes: 0 success, 1 refused or failed, 2 usage error\n";

void printUsage(FILE* stream) {
    std::fprintf(stream, "usage: doichieu-admin COMMAND [options]\n"
                         "       doichieu-admin COMMAND --help, or doichieu-admin help COMMAND: that command's usage\n"
                         "\ncommands:\n");
    for (const Command& c : commands()) {
        std::fprintf(stream, "    %s\n", c.usage);
    }
    std::fprintf(stream, "%s", kCommonOptions);
}

// `doichieu-admin COMMAND --help` and `doichieu-admin help COMMAND`: on standard output, exit 0.
int printCommandUsage(const Command& command) {
    std::fprintf(stdout, "usage: doichieu-admin %s\n%s", command.usage, kCommonOptions);
    return dc::app::cli::kExitOk;
}

const Command* findCommand(const QString& name) {
    for (const Command& c : commands()) {
        if (name == QLatin1String(c.name)) {
            return &c;
        }
    }
    return nullptr;
}

int unknownCommand(const QString& name) {
    std::fprintf(stderr, "doichieu-admin: unknown command '%s'\n", name.toUtf8().constData());
    printUsage(stderr);
    return dc::app::cli::kExitUsage;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication application(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("doichieu-admin"));
    const QString refused = dc::app::prepareProcess();
    if (!refused.isEmpty()) {
        std::fprintf(stderr, "doichieu-admin: %s\n", refused.toUtf8().constData());
        return dc::app::cli::kExitFailed;
    }
    QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.isEmpty()) {
        printUsage(stderr);
        return dc::app::cli::kExitUsage;
    }
    const QString& first = arguments.first();
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        if (first != QLatin1String("help") || arguments.size() == 1) {
            printUsage(stdout);
            return dc::app::cli::kExitOk;
        }
        const Command* asked = findCommand(arguments.at(1));
        return asked ? printCommandUsage(*asked) : unknownCommand(arguments.at(1));
    }
    const Command* command = findCommand(first);
    if (!command) {
        return unknownCommand(first);
    }
    // Help wins over any other mistake on the line: `log import --help` is a question, not a usage error.
    if (dc::app::cli::asksForHelp(arguments, command->options)) {
        return printCommandUsage(*command);
    }
    QString error;
    auto parsed = dc::app::cli::parseArguments(arguments, command->options, error);
    if (!parsed) {
        std::fprintf(stderr, "doichieu-admin: %s\nusage: doichieu-admin %s\n", error.toUtf8().constData(),
                     command->usage);
        return dc::app::cli::kExitUsage;
    }
    CliContext context(std::move(*parsed));
    return command->run(context);
}
