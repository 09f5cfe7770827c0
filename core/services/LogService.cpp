// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/services/LogService.h"

#include "core/Clock.h"
#include "core/audit/AuditLog.h"
#include "core/domain/EntrySchema.h"
#include "core/domain/Values.h"
#include "core/services/CheckRecords.h"
#include "core/services/Records.h"
#include "core/services/SiteAccess.h"
#include "core/services/WorkSessionService.h"
#include "core/store/Transaction.h"
#include "crypto/Encoding.h"

#include <QSet>

namespace dc::core {

namespace {

using domain::Finding;
using domain::Findings;
using domain::Severity;
using domain::ValueKind;

constexpr int kMaxSecondsSpent = 24 * 3600;
constexpr int kMaxGapsListed = 200;

Finding error(const QString& field, const char* code) {
    return Finding{field, Severity::Error, QString::fromLatin1(code), {}};
}

void take(Findings& into, const Findings& from) {
    into.insert(into.end(), from.begin(), from.end());
}

// The pair and their roles, from the running work session.
struct Roles {
    qint64 readerId = 0;
    qint64 checkerId = 0;
    qint64 sessionId = 0;
};

Result<Roles> requireWorkingPair(Session& session) {
    if (!session.partner()) {
        return makeError(ErrorCode::NotAPair, QStringLiteral("logging needs both members of the pair signed in"));
    }
    for (const UserAccount* member : {&session.user(), &*session.partner()}) {
        const auto fresh = records::findUser(session.database(), member->userName);
        if (!fresh || !fresh->active || fresh->role != Role::Volunteer) {
            return makeError(ErrorCode::NotAPair, QStringLiteral("a pair is two active volunteers"));
        }
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

// Checks what the pair typed against the book and the domain, and builds the row to store.
Result<LoggedCheck> prepare(Session& session, const Book& book, const CheckInput& input, const Roles& roles,
                            const domain::ValidationContext& rules) {
    Findings findings;
    const bool escalated = input.outcome == Outcome::Escalated;
    LoggedCheck check;
    check.bookId = book.id;
    check.entryNumber = input.entryNumber;
    check.outcome = input.outcome;
    check.readerId = roles.readerId;
    check.checkerId = roles.checkerId;
    check.sessionId = roles.sessionId;
    check.loggedAt = toStoredTime(session.now());
    check.secondsSpent = input.secondsSpent;
    const domain::EntrySchema& schema = domain::entrySchema(book.recordType);
    check.schemaVersion = schema.version;

    const bool beyondBook = (book.firstEntry && input.entryNumber < *book.firstEntry) ||
                            (book.lastEntry && input.entryNumber > *book.lastEntry);
    if (input.entryNumber < 1 || beyondBook) {
        findings.push_back(error(QStringLiteral("registration.entry_number"), "check.entry_number_out_of_range"));
    }
    if (input.outcome == Outcome::Void) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("a void is logged with voidCheck"));
    }
    // The registration date and the name are required, except when the entry cannot be read.
    const auto date = domain::checkValue(ValueKind::Date, input.registrationDate, QStringLiteral("registration.date"));
    take(findings, date.findings);
    if (date.date) {
        take(findings, domain::checkRegistrationDate(*date.date, rules));
        check.registrationDate = date.normalized;
    } else if (!escalated && input.registrationDate.trimmed().isEmpty()) {
        findings.push_back(error(QStringLiteral("registration.date"), "field.required"));
    }
    const auto name = domain::checkValue(ValueKind::PersonName, input.subjectName, QStringLiteral("subject.full_name"));
    take(findings, name.findings);
    check.subjectName = name.normalized;
    if (!escalated && input.subjectName.trimmed().isEmpty()) {
        findings.push_back(error(QStringLiteral("subject.full_name"), "field.required"));
    }
    const auto note = domain::checkValue(ValueKind::Text, input.note, QStringLiteral("note"));
    take(findings, note.findings);
    check.note = note.normalized;
    if (input.secondsSpent < 0 || input.secondsSpent > kMaxSecondsSpent) {
        findings.push_back(error(QStringLiteral("seconds_spent"), "check.seconds_invalid"));
    }

    if (escalated) {
        // "Type what you see" (FreeBMD): '_' for one unreadable letter, '*' for several; never a guess.
        const auto transcript = domain::checkValue(ValueKind::Text, input.transcript, QStringLiteral("transcript"));
        take(findings, transcript.findings);
        check.transcript = transcript.normalized;
        if (input.transcript.trimmed().isEmpty()) {
            findings.push_back(error(QStringLiteral("transcript"), "check.transcript_required"));
        }
    }
    if (input.outcome != Outcome::Corrected && !input.corrections.empty()) {
        findings.push_back(error(QStringLiteral("corrections"), "check.corrections_not_allowed"));
    }
    if (input.outcome == Outcome::Corrected && input.corrections.empty()) {
        findings.push_back(error(QStringLiteral("corrections"), "check.correction_required"));
    }
    QSet<QString> fields;
    for (const CorrectionInput& c : input.corrections) {
        const domain::FieldSpec* spec = schema.field(c.fieldKey);
        if (!spec) {
            findings.push_back(error(c.fieldKey.left(100), "check.unknown_field"));
            continue;
        }
        if (fields.contains(c.fieldKey)) {
            findings.push_back(error(c.fieldKey, "check.duplicate_field"));
            continue;
        }
        fields.insert(c.fieldKey);
        // The register's value must be a valid value of its kind; the database's may be anything it holds, short of
        // control characters or a megabyte.
        const auto after = domain::checkValue(spec->kind, c.after, c.fieldKey);
        take(findings, after.findings);
        const auto before = domain::checkValue(ValueKind::Text, c.before, c.fieldKey);
        take(findings, before.findings);
        const auto correctionClass =
            domain::classifyCorrection(domain::classifierKindFor(spec->kind), c.before, c.after);
        check.corrections.push_back(Correction{c.fieldKey, c.before.normalized(QString::NormalizationForm_C).trimmed(),
                                               c.after.normalized(QString::NormalizationForm_C).trimmed(),
                                               correctionClass, domain::isWritingDifference(correctionClass)});
    }
    if (domain::hasErrors(findings)) {
        Error refused = makeError(ErrorCode::InvalidEntry, QStringLiteral("the entry breaks domain rules"));
        refused.findings = std::move(findings);
        return refused;
    }
    for (const Finding& f : findings) {
        check.warnings.append(f.code);
    }
    if (check.outcome == Outcome::Corrected && check.realCorrections() == 0) {
        check.outcome = Outcome::Match; // only writing differences: nothing to correct in the database
    }
    return check;
}

// Stores the check and its audit event; the caller commits.
void persist(Session& session, LoggedCheck& check, const char* action, const std::optional<QString>& supersededUuid) {
    store::Database& db = session.database();
    checkrecords::insertCheck(db, session.databaseId(), check);
    QJsonObject details{
        {QStringLiteral("check"), check.uuid},
        {QStringLiteral("book"), checkrecords::bookUuid(db, check.bookId).value_or(QString())},
        {QStringLiteral("entry"), check.entryNumber},
        {QStringLiteral("outcome"), outcomeKey(check.outcome)},
        {QStringLiteral("content"), QString::fromStdString(crypto::toHex(checkrecords::contentHash(db, check)))}};
    if (supersededUuid) {
        details.insert(QStringLiteral("supersedes"), *supersededUuid);
    }
    const auto reader = session.signedIn(check.readerId);
    const auto checker = session.signedIn(check.checkerId);
    audit::append(db, session.databaseId(), {reader ? reader->uuid : QString(), checker ? checker->uuid : QString()},
                  QString::fromLatin1(action), check.uuid, details, session.now());
}

Result<std::pair<Book, Roles>> openBookAndPair(Session& session, qint64 bookId) {
    auto roles = requireWorkingPair(session);
    if (!roles) {
        return roles.error();
    }
    const auto book = checkrecords::loadBook(session.database(), bookId);
    if (!book) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("no such book"));
    }
    if (!book->open) {
        return makeError(ErrorCode::BookClosed, QStringLiteral("the book is closed"));
    }
    return std::pair{*book, roles.value()};
}

} // namespace

Result<LoggedCheck> LogService::logCheck(Session& session, const CheckInput& input,
                                         const domain::ValidationContext& rules) {
    return access::guarded([&]() -> Result<LoggedCheck> {
        auto context = openBookAndPair(session, input.bookId);
        if (!context) {
            return context.error();
        }
        auto check = prepare(session, context->first, input, context->second, rules);
        if (!check) {
            return check.error();
        }
        store::Transaction transaction(session.database());
        if (checkrecords::currentCheckOfEntry(session.database(), input.bookId, input.entryNumber)) {
            return makeError(ErrorCode::EntryAlreadyLogged, QStringLiteral("that entry is already logged"));
        }
        persist(session, check.value(), "check.logged", std::nullopt);
        transaction.commit();
        return check;
    });
}

Result<LoggedCheck> LogService::amendCheck(Session& session, qint64 checkId, const CheckInput& input,
                                           const QString& reason, const domain::ValidationContext& rules) {
    return access::guarded([&]() -> Result<LoggedCheck> {
        const auto old = checkrecords::loadCheck(session.database(), checkId);
        if (!old || old->outcome == Outcome::Void) {
            return makeError(ErrorCode::InvalidInput, QStringLiteral("no such logged check"));
        }
        if (!old->current) {
            return makeError(ErrorCode::NotCurrent, QStringLiteral("the check was already amended or voided"));
        }
        const QString why = reason.normalized(QString::NormalizationForm_C).simplified();
        if (why.isEmpty()) {
            Error refused = makeError(ErrorCode::InvalidEntry, QStringLiteral("an amendment needs a reason"));
            refused.findings.push_back(error(QStringLiteral("reason"), "check.reason_required"));
            return refused;
        }
        auto context = openBookAndPair(session, old->bookId);
        if (!context) {
            return context.error();
        }
        CheckInput amended = input;
        amended.bookId = old->bookId;
        auto check = prepare(session, context->first, amended, context->second, rules);
        if (!check) {
            return check.error();
        }
        check->supersedes = old->id;
        check->reason = why.left(500);
        store::Transaction transaction(session.database());
        if (amended.entryNumber != old->entryNumber &&
            checkrecords::currentCheckOfEntry(session.database(), old->bookId, amended.entryNumber)) {
            return makeError(ErrorCode::EntryAlreadyLogged, QStringLiteral("that entry is already logged"));
        }
        persist(session, check.value(), "check.amended", old->uuid);
        transaction.commit();
        return check;
    });
}

Result<LoggedCheck> LogService::voidCheck(Session& session, qint64 checkId, const QString& reason) {
    return access::guarded([&]() -> Result<LoggedCheck> {
        const auto old = checkrecords::loadCheck(session.database(), checkId);
        if (!old || old->outcome == Outcome::Void) {
            return makeError(ErrorCode::InvalidInput, QStringLiteral("no such logged check"));
        }
        if (!old->current) {
            return makeError(ErrorCode::NotCurrent, QStringLiteral("the check was already amended or voided"));
        }
        const QString why = reason.normalized(QString::NormalizationForm_C).simplified();
        if (why.isEmpty()) {
            Error refused = makeError(ErrorCode::InvalidEntry, QStringLiteral("a void needs a reason"));
            refused.findings.push_back(error(QStringLiteral("reason"), "check.reason_required"));
            return refused;
        }
        auto context = openBookAndPair(session, old->bookId);
        if (!context) {
            return context.error();
        }
        LoggedCheck check = *old;
        check.corrections.clear();
        check.warnings.clear();
        check.outcome = Outcome::Void;
        check.readerId = context->second.readerId;
        check.checkerId = context->second.checkerId;
        check.sessionId = context->second.sessionId;
        check.loggedAt = toStoredTime(session.now());
        check.secondsSpent = 0;
        check.supersedes = old->id;
        check.reason = why.left(500);
        store::Transaction transaction(session.database());
        persist(session, check, "check.voided", old->uuid);
        transaction.commit();
        return check;
    });
}

Result<std::vector<CheckHistory>> LogService::listChecks(Session& session, const Filter& filter) {
    return access::guarded([&]() -> Result<std::vector<CheckHistory>> {
        // Current rows only (entry_state points at them), newest first. A work session's rows come from its index on
        // checks, so "the last entries of the session" stays quick however long the log is.
        std::string sql;
        if (filter.sessionId) {
            sql = "SELECT c.id FROM checks c WHERE c.session_id = ?2 "
                  "AND EXISTS (SELECT 1 FROM entry_state e WHERE e.check_id = c.id)";
            if (filter.bookId != 0) {
                sql += " AND c.book_id = ?1";
            }
            sql += " ORDER BY c.id DESC";
        } else {
            sql = "SELECT e.check_id FROM entry_state e";
            if (filter.bookId != 0) {
                sql += " WHERE e.book_id = ?1";
            }
            sql += " ORDER BY e.check_id DESC";
        }
        if (filter.limit > 0) {
            sql += " LIMIT ?3";
        }
        auto s = session.database().prepare(sql);
        if (filter.bookId != 0) {
            s.bind(1, filter.bookId);
        }
        if (filter.sessionId) {
            s.bind(2, *filter.sessionId);
        }
        if (filter.limit > 0) {
            s.bind(3, filter.limit);
        }
        std::vector<qint64> ids;
        while (s.step()) {
            ids.push_back(s.int64(0));
        }
        std::vector<CheckHistory> out;
        out.reserve(ids.size());
        for (const qint64 id : ids) {
            CheckHistory history;
            history.current = *checkrecords::loadCheck(session.database(), id);
            std::optional<qint64> previous = history.current.supersedes;
            while (previous) {
                auto earlier = checkrecords::loadCheck(session.database(), *previous);
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
    return access::guarded([&]() -> Result<BookProgress> {
        const auto book = checkrecords::loadBook(session.database(), bookId);
        if (!book) {
            return makeError(ErrorCode::InvalidInput, QStringLiteral("no such book"));
        }
        const std::vector<int> numbers = checkrecords::loggedEntryNumbers(session.database(), bookId);
        BookProgress p;
        p.bookId = bookId;
        p.logged = static_cast<int>(numbers.size());
        const int first = book->firstEntry.value_or(1);
        p.lastEntryNumber = numbers.empty() ? 0 : numbers.back();
        p.nextEntryNumber = numbers.empty() ? first : numbers.back() + 1;
        int expected = first;
        for (const int n : numbers) {
            for (; expected < n; ++expected) {
                if (p.gaps.size() < static_cast<std::size_t>(kMaxGapsListed)) {
                    p.gaps.push_back(expected);
                }
                ++p.gapCount;
            }
            expected = std::max(expected, n + 1);
        }
        return p;
    });
}

Result<std::optional<LoggedCheck>> LogService::currentCheck(Session& session, qint64 bookId, int entryNumber) {
    return access::guarded([&]() -> Result<std::optional<LoggedCheck>> {
        const auto id = checkrecords::currentCheckOfEntry(session.database(), bookId, entryNumber);
        if (!id) {
            return std::optional<LoggedCheck>{};
        }
        return checkrecords::loadCheck(session.database(), *id);
    });
}

} // namespace dc::core
