// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// log import | list, book open | close | list, day close, audit verify.
#include "app/cli/CliContext.h"
#include "app/cli/ImportLine.h"
#include "app/cli/InputFile.h"

#include "core/domain/Messages.h"
#include "core/services/AuditService.h"
#include "core/services/BookService.h"
#include "core/services/LogService.h"
#include "core/services/SignIn.h"
#include "core/services/UserService.h"
#include "core/services/WorkSessionService.h"

#include <QHash>
#include <QJsonArray>

#include <algorithm>
#include <limits>

namespace dc::app::cli {

namespace {

QJsonArray findingsJson(const core::domain::Findings& findings) {
    QJsonArray out;
    for (const auto& f : findings) {
        out.append(QJsonObject{
            {QStringLiteral("field"), f.field},
            {QStringLiteral("severity"), core::domain::severityKey(f.severity)},
            {QStringLiteral("code"), f.code},
            {QStringLiteral("messageEn"), core::domain::findingMessage(f, core::domain::Language::English)},
            {QStringLiteral("messageVi"), core::domain::findingMessage(f, core::domain::Language::Vietnamese)}});
    }
    return out;
}

} // namespace

QJsonObject loggedCheckJson(const core::LoggedCheck& c) {
    QJsonArray corrections;
    for (const core::Correction& k : c.corrections) {
        corrections.append(QJsonObject{{QStringLiteral("field"), k.fieldKey},
                                       {QStringLiteral("before"), k.before},
                                       {QStringLiteral("after"), k.after},
                                       {QStringLiteral("class"), core::domain::correctionClassKey(k.correctionClass)},
                                       {QStringLiteral("writingDifference"), k.writingDifference}});
    }
    return QJsonObject{{QStringLiteral("uuid"), c.uuid},
                       {QStringLiteral("book"), c.bookId},
                       {QStringLiteral("entry"), c.entryNumber},
                       {QStringLiteral("registrationDate"), c.registrationDate},
                       {QStringLiteral("subjectName"), c.subjectName},
                       {QStringLiteral("outcome"), core::outcomeKey(c.outcome)},
                       {QStringLiteral("transcript"), c.transcript},
                       {QStringLiteral("note"), c.note},
                       {QStringLiteral("warnings"), QJsonArray::fromStringList(c.warnings)},
                       {QStringLiteral("reader"), c.readerName},
                       {QStringLiteral("checker"), c.checkerName},
                       {QStringLiteral("loggedAt"), c.loggedAt},
                       {QStringLiteral("secondsSpent"), c.secondsSpent},
                       {QStringLiteral("reason"), c.reason},
                       {QStringLiteral("corrections"), corrections}};
}

namespace {

// What `log import` reports: the lines refused ({line, code, message, findings}) and the warnings of lines read
// ({line, code, field, message}); printed as one JSON document or as text.
int reportImport(CliContext& context, int imported, const QJsonArray& failures, const QJsonArray& warnings) {
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("imported"), imported},
                                      {QStringLiteral("failed"), failures},
                                      {QStringLiteral("warnings"), warnings}});
        return failures.isEmpty() ? kExitOk : kExitFailed;
    }
    QTextStream& out = context.out();
    out << "Imported " << imported << " check(s); " << failures.size() << " line(s) refused";
    if (!warnings.isEmpty()) {
        out << "; " << warnings.size() << " warning(s)";
    }
    out << ".\n";
    for (const QJsonValue& f : failures) {
        const QJsonObject o = f.toObject();
        out << "  line " << o.value(QStringLiteral("line")).toInt() << ": "
            << o.value(QStringLiteral("code")).toString() << " " << o.value(QStringLiteral("message")).toString()
            << "\n";
        for (const QJsonValue& finding : o.value(QStringLiteral("findings")).toArray()) {
            out << "      " << finding.toObject().value(QStringLiteral("field")).toString() << ": "
                << finding.toObject().value(QStringLiteral("messageEn")).toString() << "\n";
        }
    }
    for (const QJsonValue& w : warnings) {
        const QJsonObject o = w.toObject();
        out << "  line " << o.value(QStringLiteral("line")).toInt()
            << ": warning: " << o.value(QStringLiteral("message")).toString() << "\n";
    }
    out.flush();
    return failures.isEmpty() ? kExitOk : kExitFailed;
}

// `path` is a file, a FIFO or pipe, or "-" for standard input. A file is read whole (at most 256 MiB) before anyone
// signs in, so a refusal costs nothing and writes nothing. Standard input is read after the two passwords: with
// --password-stdin they are its first two lines and the check lines follow.
int logImport(CliContext& context, const QString& path) {
    const auto partnerName = context.required(QStringLiteral("partner"));
    if (!partnerName) {
        return kExitUsage;
    }
    QString error;
    std::optional<QByteArray> contents;
    if (!isStandardInput(path)) {
        contents = readInput(path, kMaxImportInputBytes, error);
        if (!contents) {
            return context.fail(error);
        }
    }
    int exitCode = kExitOk;
    auto session = context.signIn(exitCode);
    if (!session) {
        return exitCode;
    }
    auto partnerPassword = context.passwords().read(QStringLiteral("Password for %1").arg(*partnerName), error);
    if (!partnerPassword) {
        return context.usage(error);
    }
    if (auto joined = core::SignIn().addPartner(*session, *partnerName, *partnerPassword); !joined) {
        return context.fail(joined.error());
    }
    if (!contents) {
        contents = readInput(path, kMaxImportInputBytes, error);
        if (!contents) {
            return context.fail(error);
        }
    }
    auto started = core::WorkSessionService::start(*session, session->user().id);
    if (!started) {
        return context.fail(started.error());
    }
    int imported = 0;
    QJsonArray failures;
    QJsonArray warnings;
    int lineNumber = 0;
    for (qsizetype from = 0; from < contents->size();) {
        qsizetype end = contents->indexOf('\n', from);
        if (end < 0) {
            end = contents->size();
        }
        const QByteArray line = contents->sliced(from, end - from).trimmed();
        from = end + 1;
        ++lineNumber;
        if (line.isEmpty()) {
            continue;
        }
        const ImportLine parsed = parseImportLine(line);
        for (const QString& key : parsed.unknownKeys) {
            warnings.append(
                QJsonObject{{QStringLiteral("line"), lineNumber},
                            {QStringLiteral("code"), QStringLiteral("unknown-field")},
                            {QStringLiteral("field"), key},
                            {QStringLiteral("message"), QStringLiteral("unknown field '%1' ignored").arg(key)}});
        }
        if (!parsed.input) {
            failures.append(QJsonObject{{QStringLiteral("line"), lineNumber},
                                        {QStringLiteral("code"), QStringLiteral("invalid-line")},
                                        {QStringLiteral("message"), parsed.problem},
                                        {QStringLiteral("findings"), QJsonArray()}});
            continue;
        }
        auto logged = core::LogService::logCheck(*session, *parsed.input);
        core::LogService::settle(*session); // between lines, not inside the next line's commit
        if (logged) {
            ++imported;
            continue;
        }
        failures.append(
            QJsonObject{{QStringLiteral("line"), lineNumber},
                        {QStringLiteral("code"), QString::fromLatin1(core::errorCodeName(logged.error().code))},
                        {QStringLiteral("message"), logged.error().detail},
                        {QStringLiteral("findings"), findingsJson(logged.error().findings)}});
        if (logged.error().code == core::ErrorCode::ChainBehindMark) {
            break; // nothing more can be logged until a supervisor acknowledges: one refusal says it
        }
    }
    (void)core::WorkSessionService::end(*session);
    return reportImport(context, imported, failures, warnings);
}

int logList(CliContext& context) {
    // Read before the password: a mistyped --book or --limit is a usage error, never "every book" or "no limit".
    const auto book = context.optionalNumber(QStringLiteral("book"), 1, 0, QStringLiteral("a book's id (from 1)"));
    if (!book) {
        return kExitUsage;
    }
    const auto limit =
        context.optionalNumber(QStringLiteral("limit"), 1, 0, QStringLiteral("a number of entries (from 1)"));
    if (!limit) {
        return kExitUsage;
    }
    int exitCode = kExitOk;
    auto session = context.signIn(exitCode);
    if (!session) {
        return exitCode;
    }
    core::LogService::Filter filter;
    filter.bookId = *book;
    filter.limit = static_cast<int>(std::min<qint64>(*limit, std::numeric_limits<int>::max()));
    auto list = core::LogService::listChecks(*session, filter);
    if (!list) {
        return context.fail(list.error());
    }
    if (context.json()) {
        QJsonArray entries;
        for (const core::CheckHistory& h : list.value()) {
            QJsonObject entry = loggedCheckJson(h.current);
            QJsonArray history;
            for (const core::LoggedCheck& earlier : h.earlier) {
                history.append(loggedCheckJson(earlier));
            }
            entry.insert(QStringLiteral("history"), history);
            entries.append(entry);
        }
        context.printJson(QJsonObject{{QStringLiteral("checks"), entries}});
        return kExitOk;
    }
    QTextStream& out = context.out();
    for (const core::CheckHistory& h : list.value()) {
        const core::LoggedCheck& c = h.current;
        out << "book " << c.bookId << " entry " << c.entryNumber << "  " << core::outcomeKey(c.outcome) << "  "
            << c.registrationDate << "  " << c.subjectName << "  (read " << c.readerName << ", checked "
            << c.checkerName << ", " << c.loggedAt << ")\n";
        for (const core::Correction& k : c.corrections) {
            out << "    " << k.fieldKey << ": " << k.before << " → " << k.after << "  ["
                << core::domain::correctionClassKey(k.correctionClass)
                << (k.writingDifference ? ", no correction needed]" : "]") << "\n";
        }
        for (const core::LoggedCheck& earlier : h.earlier) {
            out << "    earlier: " << core::outcomeKey(earlier.outcome) << " at " << earlier.loggedAt << "\n";
        }
        if (c.supersedes) {
            out << "    amended: " << c.reason << "\n";
        }
    }
    out.flush();
    return kExitOk;
}

} // namespace

int runLog(CliContext& context) {
    const QStringList& p = context.args().positional;
    const QString sub = p.value(1);
    if (sub == QLatin1String("import") && p.size() == 3) {
        return logImport(context, p.at(2));
    }
    if (sub == QLatin1String("list") && p.size() == 2) {
        return logList(context);
    }
    return context.usage(QStringLiteral("log import FILE.jsonl|- --partner NAME, or log list [--book ID]"));
}

int runBook(CliContext& context) {
    const QStringList& p = context.args().positional;
    const QString sub = p.value(1);
    if (sub != QLatin1String("open") && sub != QLatin1String("close") && sub != QLatin1String("list")) {
        return context.usage(QStringLiteral("book needs a subcommand: open, close or list"));
    }
    if (sub == QLatin1String("close") && p.size() != 3) {
        return context.usage(QStringLiteral("book close ID"));
    }
    int exitCode = kExitOk;
    auto session = context.signIn(exitCode);
    if (!session) {
        return exitCode;
    }
    if (sub == QLatin1String("list")) {
        auto books = core::BookService::listBooksWithProgress(*session, !context.args().has(QStringLiteral("all")));
        if (!books) {
            return context.fail(books.error());
        }
        QJsonArray list;
        for (const auto& b : books.value()) {
            list.append(QJsonObject{{QStringLiteral("id"), b.book.id},
                                    {QStringLiteral("commune"), b.book.commune},
                                    {QStringLiteral("type"), core::recordTypeKey(b.book.recordType)},
                                    {QStringLiteral("number"), b.book.bookNumber},
                                    {QStringLiteral("yearFrom"), b.book.yearFrom},
                                    {QStringLiteral("yearTo"), b.book.yearTo},
                                    {QStringLiteral("open"), b.book.open},
                                    {QStringLiteral("logged"), b.logged},
                                    {QStringLiteral("lastEntry"), b.lastEntryNumber}});
            if (!context.json()) {
                context.out() << b.book.id << "  " << core::recordTypeKey(b.book.recordType) << " book "
                              << b.book.bookNumber << " " << b.book.yearFrom
                              << (b.book.yearTo != b.book.yearFrom ? QStringLiteral("-%1").arg(b.book.yearTo)
                                                                   : QString())
                              << "  " << b.book.commune << "  " << (b.book.open ? "open" : "closed") << "  " << b.logged
                              << " logged, last entry " << b.lastEntryNumber << "\n";
            }
        }
        if (context.json()) {
            context.printJson(QJsonObject{{QStringLiteral("books"), list}});
        } else if (list.isEmpty()) {
            context.out() << (context.args().has(QStringLiteral("all"))
                                  ? "No register books yet.\n"
                                  : "No open register books (--all lists the closed ones too).\n");
        }
        context.out().flush();
        return kExitOk;
    }
    if (p.size() == 3) { // open ID (reopen) or close ID
        const qint64 id = p.at(2).toLongLong();
        auto book = sub == QLatin1String("open") ? core::BookService::reopenBook(*session, id)
                                                 : core::BookService::closeBook(*session, id);
        if (!book) {
            return context.fail(book.error());
        }
        context.out() << "Book " << id << (book->open ? " is open.\n" : " is closed.\n");
        context.out().flush();
        return kExitOk;
    }
    // open a new book: --commune --type --number --year [--year-to] [--first] [--last]
    const auto type = core::recordTypeFromKey(context.args().value(QStringLiteral("type")).value_or(QString()));
    const auto commune = context.args().value(QStringLiteral("commune"));
    const auto number = context.args().value(QStringLiteral("number"));
    const auto year = context.args().value(QStringLiteral("year"));
    if (!type || !commune || !number || !year) {
        return context.usage(
            QStringLiteral("book open --commune NAME --type birth|marriage|death --number N --year YYYY "
                           "[--year-to YYYY] [--first N] [--last N], or book open ID"));
    }
    core::NewBook request{*commune, *type, *number, year->toInt(),
                          context.args().value(QStringLiteral("year-to")).value_or(QStringLiteral("0")).toInt()};
    if (const auto first = context.args().value(QStringLiteral("first"))) {
        request.firstEntry = first->toInt();
    }
    if (const auto last = context.args().value(QStringLiteral("last"))) {
        request.lastEntry = last->toInt();
    }
    auto book = core::BookService::createBook(*session, request);
    if (!book) {
        return context.fail(book.error());
    }
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("id"), book->id}, {QStringLiteral("uuid"), book->uuid}});
    } else {
        context.out() << "Opened book " << book->id << ".\n";
        context.out().flush();
    }
    return kExitOk;
}

int runDay(CliContext& context) {
    const QStringList& p = context.args().positional;
    if (p.value(1) != QLatin1String("close") || p.size() != 2) {
        return context.usage(QStringLiteral("day close [--defer-reviews] [--save-checkpoint FILE]"));
    }
    int exitCode = kExitOk;
    auto session = context.signIn(exitCode);
    if (!session) {
        return exitCode;
    }
    auto closed = core::AuditService::closeDay(*session, context.args().has(QStringLiteral("defer-reviews")));
    if (!closed) {
        return context.fail(closed.error());
    }
    // A copy of the checkpoint kept away from the site (a USB stick) is what catches a restore of every file of the
    // site together: `audit verify --checkpoint FILE` compares the chain with it.
    const auto saveTo = context.args().value(QStringLiteral("save-checkpoint"));
    if (saveTo) {
        if (auto saved = core::AuditService::saveCheckpoint(closed->checkpoint, *saveTo); !saved) {
            context.fail(saved.error());
            return context.fail(
                QStringLiteral("the day is closed, but the checkpoint was not saved to %1").arg(*saveTo));
        }
    }
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("size"), static_cast<qint64>(closed->size)},
                                      {QStringLiteral("checkpoint"), QString::fromUtf8(closed->checkpoint)},
                                      {QStringLiteral("savedTo"), saveTo ? QJsonValue(*saveTo) : QJsonValue()}});
    } else {
        context.out() << "Day closed. Signed checkpoint of the audit chain:\n\n"
                      << QString::fromUtf8(closed->checkpoint);
        if (saveTo) {
            context.out() << "\nSaved to " << *saveTo << ": keep it away from the workstation.\n";
        }
        context.out().flush();
    }
    return kExitOk;
}

int runAudit(CliContext& context) {
    const QStringList& p = context.args().positional;
    const QString sub = p.value(1);
    if ((sub != QLatin1String("verify") && sub != QLatin1String("acknowledge")) || p.size() != 2) {
        return context.usage(QStringLiteral("audit verify [--checkpoint FILE], or audit acknowledge"));
    }
    std::optional<QByteArray> checkpoint;
    if (const auto path = context.args().value(QStringLiteral("checkpoint"))) {
        constexpr qint64 kMaxCheckpointBytes = 64 * 1024; // a checkpoint note is a few hundred bytes
        QString error;
        checkpoint = readInput(*path, kMaxCheckpointBytes, error);
        if (!checkpoint) {
            return context.fail(error);
        }
    }
    int exitCode = kExitOk;
    auto session = context.signIn(exitCode);
    if (!session) {
        return exitCode;
    }
    if (sub == QLatin1String("acknowledge")) {
        if (auto done = core::AuditService::acknowledgeMark(*session); !done) {
            return context.fail(done.error());
        }
        context.out() << "Acknowledged: the chain's high-water mark now follows this database (recorded as an "
                         "audit event; the hub treats it as a new epoch).\n";
        context.out().flush();
        return kExitOk;
    }
    auto report = core::AuditService::verify(*session, checkpoint);
    if (!report) {
        return context.fail(report.error());
    }
    QString keyName;
    switch (report->key) {
    case core::AuditReport::Key::Anchored:
        keyName = QStringLiteral("anchored");
        break;
    case core::AuditReport::Key::NotAnchored:
        keyName = QStringLiteral("not-anchored");
        break;
    case core::AuditReport::Key::Due:
        keyName = QStringLiteral("due");
        break;
    }
    if (context.json()) {
        QJsonObject document{{QStringLiteral("ok"), report->ok()},
                             {QStringLiteral("events"), static_cast<qint64>(report->events)},
                             {QStringLiteral("checkpoints"), report->checkpoints},
                             {QStringLiteral("firstBadEvent"), static_cast<qint64>(report->firstBadSeq)},
                             {QStringLiteral("problem"), report->problem},
                             {QStringLiteral("key"), keyName},
                             {QStringLiteral("keyFingerprint"), report->keyFingerprint},
                             {QStringLiteral("notices"), QJsonArray::fromStringList(report->notices)}};
        if (report->checkpointMatches) {
            document.insert(QStringLiteral("checkpointMatches"), *report->checkpointMatches);
        }
        context.printJson(document);
    } else {
        for (const QString& notice : report->notices) {
            context.out() << "Notice: " << notice << "\n";
        }
        if (report->ok()) {
            context.out() << "Audit chain verified: " << report->events << " events, " << report->checkpoints
                          << " signed checkpoint(s), every logged check as recorded"
                          << (report->key == core::AuditReport::Key::Anchored ? ", the site's key anchored" : "")
                          << (report->checkpointMatches ? ", the checkpoint given reached" : "") << ".\n";
        }
        context.out().flush();
    }
    if (!report->ok()) {
        return context.fail(
            QStringLiteral("audit verification failed%1: %2")
                .arg(report->firstBadSeq > 0 ? QStringLiteral(" at event %1").arg(report->firstBadSeq) : QString(),
                     report->problem));
    }
    return kExitOk;
}

} // namespace dc::app::cli
