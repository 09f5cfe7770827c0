// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// `review list` and `review decide` (a commune supervisor): the review queue and its decisions by command, the same
// ReviewService the GUI's review page calls (README "Review by command"). The rules and permissions are core's.
#include "app/cli/CliContext.h"
#include "core/services/ReviewService.h"

#include <QJsonArray>

namespace dc::app::cli {

namespace {

QJsonArray historyJson(const std::vector<core::ReviewTransition>& history) {
    QJsonArray out;
    for (const core::ReviewTransition& t : history) {
        out.append(QJsonObject{{QStringLiteral("decision"), core::reviewDecisionKey(t.decision)},
                               {QStringLiteral("state"), core::reviewStateKey(t.state)},
                               {QStringLiteral("reason"), t.reason},
                               {QStringLiteral("note"), t.note},
                               {QStringLiteral("supervisor"), t.supervisor},
                               {QStringLiteral("at"), t.at}});
    }
    return out;
}

QJsonObject itemJson(const core::ReviewItem& item) {
    QJsonObject out = loggedCheckJson(item.check);
    out.insert(QStringLiteral("id"), item.check.id);
    out.insert(QStringLiteral("bookLabel"), item.bookLabel);
    out.insert(QStringLiteral("state"), core::reviewStateKey(item.state));
    out.insert(QStringLiteral("review"), historyJson(item.history));
    QJsonArray earlier;
    for (const core::EarlierVersion& e : item.earlier) {
        QJsonObject version = loggedCheckJson(e.check);
        version.insert(QStringLiteral("review"), historyJson(e.history));
        earlier.append(version);
    }
    out.insert(QStringLiteral("earlier"), earlier);
    return out;
}

void printItem(QTextStream& out, const core::ReviewItem& item) {
    const core::LoggedCheck& c = item.check;
    out << c.id << "  " << core::reviewStateKey(item.state) << "  " << item.bookLabel << " entry " << c.entryNumber
        << "  " << core::outcomeKey(c.outcome) << "  " << c.registrationDate << "  " << c.subjectName << "  (read "
        << item.reader << ", checked " << item.checker << ", " << c.loggedAt << ")\n";
    for (const core::Correction& k : c.corrections) {
        out << "    " << k.fieldKey << ": " << k.before << " → " << k.after << "  ["
            << core::domain::correctionClassKey(k.correctionClass)
            << (k.writingDifference ? ", no correction needed]" : "]") << "\n";
    }
    if (!c.transcript.isEmpty()) {
        out << "    as the book shows: " << c.transcript << "\n";
    }
    for (const core::ReviewTransition& t : item.history) {
        out << "    " << core::reviewDecisionKey(t.decision) << " by " << t.supervisor << " at " << t.at
            << (t.reason.isEmpty() ? QString() : QStringLiteral(": ") + t.reason) << "\n";
    }
}

int reviewList(CliContext& context) {
    core::ReviewFilter filter;
    const QString state = context.args().value(QStringLiteral("state")).value_or(QStringLiteral("pending"));
    if (state == QLatin1String("all")) {
        filter.state = std::nullopt;
    } else if (const auto known = core::reviewStateFromKey(state)) {
        filter.state = *known;
    } else {
        return context.usage(QStringLiteral("--state is one of pending, approved, returned, flagged, resolved, all"));
    }
    if (context.args().value(QStringLiteral("book"))) {
        const auto book = context.requiredId(QStringLiteral("book"), QStringLiteral("a book's id (book list)"));
        if (!book) {
            return kExitUsage;
        }
        filter.bookId = *book;
    }
    bool ok = true;
    if (const auto limit = context.args().value(QStringLiteral("limit"))) {
        filter.limit = limit->toInt(&ok);
        if (!ok || filter.limit < 1 || filter.limit > 1000) {
            return context.usage(QStringLiteral("--limit is a number from 1 to 1000"));
        }
    }
    int exitCode = kExitOk;
    auto session = context.signIn(exitCode);
    if (!session) {
        return exitCode;
    }
    auto page = core::ReviewService::queue(*session, filter);
    if (!page) {
        return context.fail(page.error());
    }
    if (context.json()) {
        QJsonArray items;
        for (const core::ReviewItem& item : page->items) {
            items.append(itemJson(item));
        }
        context.printJson(QJsonObject{{QStringLiteral("items"), items},
                                      {QStringLiteral("total"), page->total},
                                      {QStringLiteral("pending"), page->pendingTotal},
                                      {QStringLiteral("oldestPendingSeconds"), page->oldestPendingSeconds}});
        return kExitOk;
    }
    QTextStream& out = context.out();
    for (const core::ReviewItem& item : page->items) {
        printItem(out, item);
    }
    out << page->items.size() << " of " << page->total << " shown; " << page->pendingTotal
        << " waiting for review in all.\n";
    out.flush();
    return kExitOk;
}

int reviewDecide(CliContext& context, const QString& idText, const QString& decisionKey) {
    bool ok = false;
    const qint64 id = idText.toLongLong(&ok);
    const auto decision = core::reviewDecisionFromKey(decisionKey);
    if (!ok || id <= 0 || !decision) {
        return context.usage(QStringLiteral("review decide ID approve|return|flag|unapprove|resolve [--reason TEXT] "
                                            "[--note TEXT] (ID as review list shows it)"));
    }
    int exitCode = kExitOk;
    auto session = context.signIn(exitCode);
    if (!session) {
        return exitCode;
    }
    auto decided = core::ReviewService::decide(*session, id, *decision,
                                               context.args().value(QStringLiteral("reason")).value_or(QString()),
                                               context.args().value(QStringLiteral("note")).value_or(QString()));
    if (!decided) {
        return context.failExplained(decided.error());
    }
    if (context.json()) {
        context.printJson(itemJson(decided.value()));
        return kExitOk;
    }
    context.out() << "Entry " << decided->check.entryNumber << " of " << decided->bookLabel << " is now "
                  << core::reviewStateKey(decided->state) << ".\n";
    context.out().flush();
    return kExitOk;
}

} // namespace

int runReview(CliContext& context) {
    const QStringList& p = context.args().positional;
    const QString sub = p.value(1);
    if (sub == QLatin1String("list") && p.size() == 2) {
        return reviewList(context);
    }
    if (sub == QLatin1String("decide") && p.size() == 4) {
        return reviewDecide(context, p.at(2), p.at(3));
    }
    return context.usage(QStringLiteral("review list [--state S] [--book ID] [--limit N], or review decide ID "
                                        "approve|return|flag|unapprove|resolve [--reason TEXT] [--note TEXT]"));
}

} // namespace dc::app::cli
