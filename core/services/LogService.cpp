// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/services/LogService.h"
#include "core/services/SiteCampaign.h"

#include "core/Clock.h"
#include "core/SiteTime.h"
#include "core/audit/AuditLog.h"
#include "core/domain/EntryDraft.h"
#include "core/domain/Limits.h"
#include "core/gateways/BookGateway.h"
#include "core/gateways/CheckGateway.h"
#include "core/gateways/DraftGateway.h"
#include "core/gateways/SiteGateway.h"
#include "core/services/SiteAccess.h"
#include "core/services/WorkSessionService.h"
#include "core/store/Database.h"
#include "core/store/Transaction.h"
#include "crypto/Encoding.h"

namespace dc::core {

namespace {

using domain::Finding;
using domain::Severity;

constexpr int kMaxGapsListed = 200;

Finding error(const QString& field, const char* code) {
    return Finding{field, Severity::Error, QString::fromLatin1(code), {}};
}

// The pair and their roles, from the running work session.
struct Roles {
    qint64 readerId = 0;
    qint64 checkerId = 0;
    qint64 sessionId = 0;
};

Result<Roles> requireWorkingPair(Session& session) {
    if (auto kind = access::requireSiteKind(session, SiteKind::Commune, "log checks"); !kind) {
        return kind.error();
    }
    if (session.chainState() == Session::ChainState::Behind ||
        session.chainState() == Session::ChainState::MarkDamaged) {
        return makeError(ErrorCode::ChainBehindMark,
                         QStringLiteral("the audit chain is behind its high-water mark; a supervisor must acknowledge "
                                        "it (audit acknowledge) before anything more is logged"));
    }
    if (!session.partner()) {
        return makeError(ErrorCode::NotAPair, QStringLiteral("logging needs both members of the pair signed in"));
    }
    if (!access::pairStillActive(session)) {
        return makeError(ErrorCode::NotAPair, QStringLiteral("a pair is two active volunteers"));
    }
    auto state = WorkSessionService::state(session);
    if (!state) {
        return state.error();
    }
    if (state->paused) {
        return makeError(ErrorCode::SessionPaused, QStringLiteral("the work session is paused"));
    }
    return Roles{state->readerId, state->checkerId, state->id};
}

// The reader a line names must be one of the pair; another member than the current reader swaps the roles first.
Result<void> followReader(Session& session, const QString& reader) {
    if (reader.isEmpty()) {
        return {};
    }
    const QString name = reader.trimmed().toLower();
    const UserAccount* member = nullptr;
    for (const UserAccount* candidate : {&session.user(), session.partner() ? &*session.partner() : nullptr}) {
        if (candidate && candidate->userName == name) {
            member = candidate;
        }
    }
    if (!member) {
        Error refused = makeError(ErrorCode::InvalidEntry, QStringLiteral("the reader is not one of the pair"));
        refused.findings.push_back(error(QString::fromLatin1(domain::kReaderPart), "check.reader_not_in_pair"));
        return refused;
    }
    auto state = WorkSessionService::state(session);
    if (!state) {
        return state.error();
    }
    if (state->readerId != member->id) {
        if (auto swapped = WorkSessionService::swapRoles(session); !swapped) {
            return swapped.error();
        }
    }
    return {};
}

domain::EntryDraft draftOf(const CheckInput& input) {
    domain::EntryDraft draft;
    draft.entryNumber = QString::number(input.entryNumber);
    draft.registrationDate = input.registrationDate;
    draft.subjectName = input.subjectName;
    draft.outcome = input.outcome;
    for (const CorrectionInput& c : input.corrections) {
        draft.corrections.push_back({c.fieldKey, c.before, c.after});
    }
    draft.transcript = input.transcript;
    draft.note = input.note;
    draft.secondsSpent = input.secondsSpent;
    return draft;
}

// Checks what the pair typed against the book and the domain (domain::checkDraft), and builds the row to store.
Result<LoggedCheck> buildRow(Session& session, const Book& book, const CheckInput& input, const Roles& roles,
                             const domain::ValidationContext& rules) {
    if (input.outcome == Outcome::Void) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("a void is logged with voidCheck"));
    }
    const domain::EntrySchema& schema = domain::entrySchema(book.recordType);
    const domain::DraftCheck checked =
        domain::checkDraft(schema, draftOf(input), {book.firstEntry, book.lastEntry}, domain::DraftStage::Save,
                           LogService::rulesFor(session, book, rules));
    if (checked.hasErrors()) {
        Error refused = makeError(ErrorCode::InvalidEntry, QStringLiteral("the entry breaks domain rules"));
        refused.findings = checked.findings;
        return refused;
    }
    LoggedCheck check;
    check.bookId = book.id;
    check.entryNumber = checked.entryNumber;
    check.registrationDate = checked.registrationDate;
    check.subjectName = checked.subjectName;
    check.outcome = checked.outcome;
    check.transcript = checked.transcript;
    check.note = checked.note;
    check.schemaVersion = schema.version;
    check.readerId = roles.readerId;
    check.checkerId = roles.checkerId;
    check.sessionId = roles.sessionId;
    check.loggedAt = toStoredTime(session.now());
    check.secondsSpent = input.secondsSpent;
    for (const domain::CheckedCorrection& c : checked.corrections) {
        check.corrections.push_back(Correction{c.fieldKey, c.before, c.after, c.correctionClass, c.writingDifference});
    }
    for (const Finding& f : checked.findings) {
        check.warnings.append(f.code);
    }
    return check;
}

// A book's progress, from the counts kept with the log: its gaps are listed only when it has some.
BookProgress progressOf(gateways::CheckGateway& checks, const Book& book) {
    BookProgress p;
    p.bookId = book.id;
    p.logged = checks.loggedCount(book.id);
    p.lastEntryNumber = checks.highestEntry(book.id);
    const int first = book.firstEntry.value_or(1);
    p.nextEntryNumber = p.lastEntryNumber == 0 ? first : p.lastEntryNumber + 1;
    // Every logged number lies in [first, last]: what is not logged there is a gap.
    p.gapCount = p.lastEntryNumber == 0 ? 0 : std::max(0, p.lastEntryNumber - first + 1 - p.logged);
    if (p.gapCount == 0) {
        return p;
    }
    int expected = first;
    for (const int n : checks.loggedNumbers(book.id)) {
        for (; expected < n && p.gaps.size() < static_cast<std::size_t>(kMaxGapsListed); ++expected) {
            p.gaps.push_back(expected);
        }
        expected = std::max(expected, n + 1);
        if (p.gaps.size() == static_cast<std::size_t>(kMaxGapsListed)) {
            break;
        }
    }
    return p;
}

// Stores the check and its audit event, and reads back (in the same transaction) what the receipt says; the caller
// commits.
LogReceipt persist(Session& session, const Book& book, LoggedCheck& check, const char* action,
                   std::optional<LoggedCheck> superseded) {
    store::Database& db = session.database();
    gateways::CheckGateway checks(db);
    checks.insert(session.databaseId(), check);
    if (check.outcome != Outcome::Void) {
        // The pair's draft of this entry, kept when they signed out with it half typed (DraftService), is now saved.
        gateways::DraftGateway(db).removeEntry(check.readerId, check.checkerId, book.id, check.entryNumber);
    }
    const UserAccount* reader = session.signedIn(check.readerId);
    const UserAccount* checker = session.signedIn(check.checkerId);
    const ContentRefs refs{book.uuid, reader ? reader->uuid : QString(), checker ? checker->uuid : QString(),
                           superseded ? superseded->uuid : QString()};
    QJsonObject details{{QStringLiteral("check"), check.uuid},
                        {QStringLiteral("book"), book.uuid},
                        {QStringLiteral("entry"), check.entryNumber},
                        {QStringLiteral("outcome"), outcomeKey(check.outcome)},
                        {QStringLiteral("content"), QString::fromStdString(crypto::toHex(contentHash(check, refs)))}};
    if (superseded) {
        details.insert(QStringLiteral("supersedes"), superseded->uuid);
        superseded->current = false;
    }
    audit::append(db, session.databaseId(), {refs.readerUuid, refs.checkerUuid}, QString::fromLatin1(action),
                  check.uuid, details, session.now());
    check.readerName = reader ? reader->userName : QString();
    check.checkerName = checker ? checker->userName : QString();
    const QString today = sitetime::dayKey(sitetime::dayOf(session.now()));
    return LogReceipt{check, std::move(superseded), progressOf(checks, book),
                      checks.dayCounts(today, check.readerId, check.checkerId)};
}

// The open book an entry goes into, for a pair already found working (requireWorkingPair).
Result<std::pair<Book, Roles>> openBookFor(Session& session, qint64 bookId, const Roles& roles) {
    const auto book = gateways::BookGateway(session.database()).byId(bookId);
    if (!book) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("no such book"));
    }
    if (!book->open) {
        return makeError(ErrorCode::BookClosed, QStringLiteral("the book is closed"));
    }
    if (auto own = access::requireOwnTrainingBook(session, bookId); !own) {
        return own.error();
    }
    return std::pair{*book, roles};
}

Result<std::pair<Book, Roles>> openBookAndPair(Session& session, qint64 bookId) {
    auto roles = requireWorkingPair(session);
    if (!roles) {
        return roles.error();
    }
    return openBookFor(session, bookId, roles.value());
}

// The current row to amend or void, and the reason given (NFC, one space, at most kMaxReasonLength characters).
Result<std::pair<LoggedCheck, QString>> supersedable(Session& session, qint64 checkId, const QString& reason,
                                                     const char* what) {
    auto old = gateways::CheckGateway(session.database()).byId(checkId);
    if (!old || old->outcome == Outcome::Void) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("no such logged check"));
    }
    if (!old->current) {
        return makeError(ErrorCode::NotCurrent, QStringLiteral("the check was already amended or voided"));
    }
    const QString why = reason.normalized(QString::NormalizationForm_C).simplified().left(domain::kMaxReasonLength);
    if (why.isEmpty()) {
        Error refused =
            makeError(ErrorCode::InvalidEntry, QStringLiteral("%1 needs a reason").arg(QLatin1String(what)));
        refused.findings.push_back(error(QString::fromLatin1(domain::kReasonPart), "check.reason_required"));
        return refused;
    }
    return std::pair{std::move(*old), why};
}

} // namespace

domain::ValidationContext LogService::rulesFor(const Session& session, const Book& book,
                                               domain::ValidationContext rules) {
    if (const auto cutoff = enrolledEntryCutoff(session)) {
        rules.campaignCutoff = *cutoff;
    }
    rules.bookYearFrom = book.yearFrom;
    rules.bookYearTo = book.yearTo;
    return rules;
}

Result<LogReceipt> LogService::logCheck(Session& session, const CheckInput& input,
                                        const domain::ValidationContext& rules) {
    return access::guarded([&]() -> Result<LogReceipt> {
        if (!input.reader.isEmpty()) {
            if (auto pair = requireWorkingPair(session); !pair) {
                return pair.error();
            }
            if (auto followed = followReader(session, input.reader); !followed) {
                return followed.error();
            }
        }
        // Everything the check depends on is read inside its own write transaction: one consistent view, and the
        // book cannot close nor the pair change between the check and the write.
        store::Transaction transaction(session.database());
        auto context = openBookAndPair(session, input.bookId);
        if (!context) {
            return context.error();
        }
        auto check = buildRow(session, context->first, input, context->second, rules);
        if (!check) {
            return check.error();
        }
        if (gateways::CheckGateway(session.database()).currentOfEntry(input.bookId, check->entryNumber)) {
            return makeError(ErrorCode::EntryAlreadyLogged, QStringLiteral("that entry is already logged"));
        }
        LogReceipt receipt = persist(session, context->first, check.value(), "check.logged", std::nullopt);
        transaction.commit();
        return receipt;
    });
}

Result<LogReceipt> LogService::amendCheck(Session& session, qint64 checkId, const CheckInput& input,
                                          const QString& reason, const domain::ValidationContext& rules) {
    return access::guarded([&]() -> Result<LogReceipt> {
        // Who may write first: nobody but a working pair learns whether a check exists or is current.
        auto pair = requireWorkingPair(session);
        if (!pair) {
            return pair.error();
        }
        store::Transaction transaction(session.database());
        auto old = supersedable(session, checkId, reason, "an amendment");
        if (!old) {
            return old.error();
        }
        auto& [previous, why] = old.value();
        auto context = openBookFor(session, previous.bookId, pair.value());
        if (!context) {
            return context.error();
        }
        CheckInput amended = input;
        amended.bookId = previous.bookId;
        auto check = buildRow(session, context->first, amended, context->second, rules);
        if (!check) {
            return check.error();
        }
        check->supersedes = previous.id;
        check->reason = why;
        if (check->entryNumber != previous.entryNumber &&
            gateways::CheckGateway(session.database()).currentOfEntry(previous.bookId, check->entryNumber)) {
            return makeError(ErrorCode::EntryAlreadyLogged, QStringLiteral("that entry is already logged"));
        }
        LogReceipt receipt = persist(session, context->first, check.value(), "check.amended", previous);
        transaction.commit();
        return receipt;
    });
}

Result<LogReceipt> LogService::voidCheck(Session& session, qint64 checkId, const QString& reason) {
    return access::guarded([&]() -> Result<LogReceipt> {
        // Who may write first: nobody but a working pair learns whether a check exists or is current.
        auto pair = requireWorkingPair(session);
        if (!pair) {
            return pair.error();
        }
        store::Transaction transaction(session.database());
        auto old = supersedable(session, checkId, reason, "a void");
        if (!old) {
            return old.error();
        }
        auto& [previous, why] = old.value();
        auto context = openBookFor(session, previous.bookId, pair.value());
        if (!context) {
            return context.error();
        }
        LoggedCheck check = previous;
        check.corrections.clear();
        check.warnings.clear();
        check.outcome = Outcome::Void;
        check.readerId = context->second.readerId;
        check.checkerId = context->second.checkerId;
        check.sessionId = context->second.sessionId;
        check.loggedAt = toStoredTime(session.now());
        check.secondsSpent = 0;
        check.supersedes = previous.id;
        check.reason = why;
        LogReceipt receipt = persist(session, context->first, check, "check.voided", previous);
        transaction.commit();
        return receipt;
    });
}

void LogService::settle(Session& session) {
    bool checkpointed = false;
    try {
        checkpointed = session.database().checkpointIfDue();
    } catch (...) {
        // A checkpoint that cannot run now runs at the next call, or at the backstop; the data is in the synced log.
    }
    // The high-water mark follows the acknowledged saves, at most once a second, and at every WAL checkpoint.
    access::raiseMark(session, checkpointed);
}

Result<std::vector<CheckHistory>> LogService::listChecks(Session& session, const Filter& filter) {
    if (auto kind = access::requireSiteKind(session, SiteKind::Commune, "list logged checks"); !kind) {
        return kind.error();
    }
    return access::guarded([&]() -> Result<std::vector<CheckHistory>> {
        gateways::CheckGateway checks(session.database());
        std::vector<CheckHistory> out;
        for (const qint64 id : checks.currentIds(filter.bookId, filter.sessionId, filter.limit)) {
            CheckHistory history;
            history.current = *checks.byId(id);
            std::optional<qint64> previous = history.current.supersedes;
            while (previous) {
                auto earlier = checks.byId(*previous);
                if (!earlier) {
                    break;
                }
                previous = earlier->supersedes;
                history.earlier.push_back(std::move(*earlier));
            }
            out.push_back(std::move(history));
        }
        return out;
    });
}

Result<BookProgress> LogService::progress(Session& session, qint64 bookId) {
    if (auto kind = access::requireSiteKind(session, SiteKind::Commune, "read a book's progress"); !kind) {
        return kind.error();
    }
    return access::guarded([&]() -> Result<BookProgress> {
        const auto book = gateways::BookGateway(session.database()).byId(bookId);
        if (!book) {
            return makeError(ErrorCode::InvalidInput, QStringLiteral("no such book"));
        }
        gateways::CheckGateway checks(session.database());
        return progressOf(checks, *book);
    });
}

Result<std::optional<LoggedCheck>> LogService::currentCheck(Session& session, qint64 bookId, int entryNumber) {
    if (auto kind = access::requireSiteKind(session, SiteKind::Commune, "read a logged check"); !kind) {
        return kind.error();
    }
    return access::guarded([&]() -> Result<std::optional<LoggedCheck>> {
        gateways::CheckGateway checks(session.database());
        const auto id = checks.currentOfEntry(bookId, entryNumber);
        if (!id) {
            return std::optional<LoggedCheck>{};
        }
        return checks.byId(*id);
    });
}

} // namespace dc::core
