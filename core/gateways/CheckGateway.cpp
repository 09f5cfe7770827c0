// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/gateways/CheckGateway.h"

#include "core/SiteTime.h"
#include "core/Uuid.h"
#include "core/domain/VietnameseText.h"
#include "core/gateways/SiteGateway.h"
#include "core/store/Database.h"

#include <algorithm>

namespace dc::core::gateways {

namespace {

// How an outcome moves the counts of its entry's first day.
struct Weight {
    int logged = 0;
    int corrected = 0;
    int escalated = 0;
};

Weight weightOf(std::optional<Outcome> outcome) {
    if (!outcome || *outcome == Outcome::Void) {
        return {};
    }
    return {1, *outcome == Outcome::Corrected ? 1 : 0, *outcome == Outcome::Escalated ? 1 : 0};
}

} // namespace

void CheckGateway::insert(const QString& siteUuid, LoggedCheck& check) {
    check.uuid = core::newRowUuid();
    auto insert = m_db.cached(
        "INSERT INTO checks (uuid, site_uuid, book_id, entry_number, registration_date, subject_name, subject_key, "
        "outcome, transcript, note, warnings, schema_version, reader_id, checker_id, session_id, logged_at, "
        "seconds_spent, supersedes, reason) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, "
        "?16, ?17, ?18, ?19) RETURNING id");
    insert->bind(1, check.uuid)
        .bind(2, siteUuid)
        .bind(3, check.bookId)
        .bind(4, check.entryNumber)
        .bind(5, check.registrationDate)
        .bind(6, check.subjectName)
        .bind(7, domain::foldForSearch(check.subjectName))
        .bind(8, outcomeKey(check.outcome))
        .bind(9, check.transcript)
        .bind(10, check.note)
        .bind(11, check.warnings.join(u','))
        .bind(12, check.schemaVersion)
        .bind(13, check.readerId)
        .bind(14, check.checkerId)
        .bind(16, check.loggedAt)
        .bind(17, check.secondsSpent)
        .bind(19, check.reason);
    check.sessionId ? insert->bind(15, *check.sessionId) : insert->bindNull(15);
    check.supersedes ? insert->bind(18, *check.supersedes) : insert->bindNull(18);
    (void)insert->step();
    check.id = insert->int64(0);
    insert->run();

    auto correction = m_db.cached("INSERT INTO corrections (check_id, position, field_key, value_before, value_after, "
                                  "class, writing_difference) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    for (std::size_t i = 0; i < check.corrections.size(); ++i) {
        const Correction& c = check.corrections[i];
        correction->bind(1, check.id)
            .bind(2, static_cast<int>(i))
            .bind(3, c.fieldKey)
            .bind(4, c.before)
            .bind(5, c.after)
            .bind(6, domain::correctionClassKey(c.correctionClass))
            .bind(7, c.writingDifference ? 1 : 0);
        correction->run();
        correction->reset();
    }
    moveState(check);
    check.current = check.outcome != Outcome::Void;
}

// The entry's state follows the newest row: the superseded row leaves it, a row that is not a void takes it. The
// entry keeps the first row of its line (the row that superseded nothing): its day and its pair are where the entry
// counts, whoever amends it later.
void CheckGateway::moveState(const LoggedCheck& check) {
    std::optional<Outcome> before;
    qint64 firstId = check.id;
    QString firstLoggedAt = check.loggedAt;
    qint64 firstReader = check.readerId;
    qint64 firstChecker = check.checkerId;
    if (check.supersedes) {
        auto left = m_db.cached("DELETE FROM entry_state WHERE check_id = ?1 RETURNING outcome, first_check_id");
        left->bind(1, *check.supersedes);
        if (left->step()) {
            before = outcomeFromKey(left->text(0)).value_or(Outcome::Match);
            firstId = left->int64(1);
        }
        left->run();
        if (before) {
            auto first = m_db.cached("SELECT logged_at, reader_id, checker_id FROM checks WHERE id = ?1");
            first->bind(1, firstId);
            if (first->step()) {
                firstLoggedAt = first->text(0);
                firstReader = first->int64(1);
                firstChecker = first->int64(2);
            }
        }
    }
    if (check.outcome != Outcome::Void) {
        m_db.cached("INSERT INTO entry_state (book_id, entry_number, check_id, outcome, first_check_id) "
                    "VALUES (?1, ?2, ?3, ?4, ?5)")
            ->bind(1, check.bookId)
            .bind(2, check.entryNumber)
            .bind(3, check.id)
            .bind(4, outcomeKey(check.outcome))
            .bind(5, firstId)
            .run();
    }
    const Weight was = weightOf(before);
    const Weight is = weightOf(check.outcome);
    const Weight delta{is.logged - was.logged, is.corrected - was.corrected, is.escalated - was.escalated};
    if (delta.logged != 0) {
        m_db.cached("INSERT INTO book_counts (book_id, logged) VALUES (?1, max(0, ?2)) "
                    "ON CONFLICT (book_id) DO UPDATE SET logged = logged + ?2")
            ->bind(1, check.bookId)
            .bind(2, delta.logged)
            .run();
    }
    if (delta.logged != 0 || delta.corrected != 0 || delta.escalated != 0) {
        m_db.cached("INSERT INTO daily_counts (day, book_id, first_user, second_user, logged, corrected, escalated) "
                    "VALUES (?1, ?2, ?3, ?4, max(0, ?5), max(0, ?6), max(0, ?7)) "
                    "ON CONFLICT (day, book_id, first_user, second_user) DO UPDATE SET logged = logged + ?5, "
                    "corrected = corrected + ?6, escalated = escalated + ?7")
            ->bind(1, sitetime::dayKey(sitetime::dayOfStored(firstLoggedAt)))
            .bind(2, check.bookId)
            .bind(3, std::min(firstReader, firstChecker))
            .bind(4, std::max(firstReader, firstChecker))
            .bind(5, delta.logged)
            .bind(6, delta.corrected)
            .bind(7, delta.escalated)
            .run();
    }
}

std::optional<LoggedCheck> CheckGateway::read(const char* sql, qint64 id, const QString* uuid) {
    LoggedCheck c;
    {
        auto s = m_db.cached(sql);
        uuid ? s->bind(1, *uuid) : s->bind(1, id);
        if (!s->step()) {
            return std::nullopt;
        }
        c.id = s->int64(0);
        c.uuid = s->text(1);
        c.bookId = s->int64(2);
        c.entryNumber = s->integer(3);
        c.registrationDate = s->text(4);
        c.subjectName = s->text(5);
        c.outcome = outcomeFromKey(s->text(6)).value_or(Outcome::Match);
        c.transcript = s->text(7);
        c.note = s->text(8);
        c.warnings = s->text(9).split(u',', Qt::SkipEmptyParts);
        c.schemaVersion = s->text(10);
        c.readerId = s->int64(11);
        c.checkerId = s->int64(12);
        if (!s->isNull(13)) {
            c.sessionId = s->int64(13);
        }
        c.loggedAt = s->text(14);
        c.secondsSpent = s->integer(15);
        if (!s->isNull(16)) {
            c.supersedes = s->int64(16);
        }
        c.reason = s->text(17);
        c.current = s->int64(18) != 0;
    }
    auto corrections = m_db.cached("SELECT field_key, value_before, value_after, class, writing_difference "
                                   "FROM corrections WHERE check_id = ?1 ORDER BY position");
    corrections->bind(1, c.id);
    while (corrections->step()) {
        c.corrections.push_back(
            Correction{corrections->text(0), corrections->text(1), corrections->text(2),
                       domain::correctionClassFromKey(corrections->text(3)).value_or(domain::CorrectionClass::Other),
                       corrections->int64(4) != 0});
    }
    SiteGateway people(m_db);
    c.readerName = people.userName(c.readerId);
    c.checkerName = people.userName(c.checkerId);
    return c;
}

std::optional<LoggedCheck> CheckGateway::byId(qint64 checkId) {
    return read("SELECT c.id, c.uuid, c.book_id, c.entry_number, c.registration_date, c.subject_name, c.outcome, "
                "c.transcript, c.note, c.warnings, c.schema_version, c.reader_id, c.checker_id, c.session_id, "
                "c.logged_at, c.seconds_spent, c.supersedes, c.reason, "
                "EXISTS (SELECT 1 FROM entry_state e WHERE e.check_id = c.id) FROM checks c WHERE c.id = ?1",
                checkId, nullptr);
}

std::optional<LoggedCheck> CheckGateway::byUuid(const QString& uuid) {
    return read("SELECT c.id, c.uuid, c.book_id, c.entry_number, c.registration_date, c.subject_name, c.outcome, "
                "c.transcript, c.note, c.warnings, c.schema_version, c.reader_id, c.checker_id, c.session_id, "
                "c.logged_at, c.seconds_spent, c.supersedes, c.reason, "
                "EXISTS (SELECT 1 FROM entry_state e WHERE e.check_id = c.id) FROM checks c WHERE c.uuid = ?1",
                0, &uuid);
}

std::optional<QString> CheckGateway::uuidOf(qint64 checkId) {
    auto s = m_db.cached("SELECT uuid FROM checks WHERE id = ?1");
    s->bind(1, checkId);
    if (!s->step()) {
        return std::nullopt;
    }
    return s->text(0);
}

std::optional<qint64> CheckGateway::currentOfEntry(qint64 bookId, int entryNumber) {
    auto s = m_db.cached("SELECT check_id FROM entry_state WHERE book_id = ?1 AND entry_number = ?2");
    s->bind(1, bookId).bind(2, entryNumber);
    if (!s->step()) {
        return std::nullopt;
    }
    return s->int64(0);
}

std::vector<qint64> CheckGateway::currentIds(qint64 bookId, std::optional<qint64> sessionId, int limit) {
    // A work session's rows come from its index on checks, so "the last entries of the session" stays quick however
    // long the log is; otherwise entry_state lists the current rows. ?1 = 0 means every book; ?3 = -1 no limit.
    auto s = sessionId     ? m_db.cached("SELECT c.id FROM checks c WHERE c.session_id = ?2 AND (?1 = 0 OR c.book_id = "
                                             "?1) AND EXISTS (SELECT 1 FROM entry_state e WHERE e.check_id = c.id) "
                                             "ORDER BY c.id DESC LIMIT ?3")
             : bookId != 0 ? m_db.cached("SELECT e.check_id FROM entry_state e WHERE e.book_id = ?1 "
                                         "ORDER BY e.check_id DESC LIMIT ?3")
                           : m_db.cached("SELECT e.check_id FROM entry_state e WHERE ?1 = 0 "
                                         "ORDER BY e.check_id DESC LIMIT ?3");
    s->bind(1, bookId).bind(3, limit > 0 ? limit : -1);
    if (sessionId) {
        s->bind(2, *sessionId);
    }
    std::vector<qint64> ids;
    while (s->step()) {
        ids.push_back(s->int64(0));
    }
    return ids;
}

int CheckGateway::loggedCount(qint64 bookId) {
    auto s = m_db.cached("SELECT logged FROM book_counts WHERE book_id = ?1");
    s->bind(1, bookId);
    return s->step() ? s->integer(0) : 0;
}

int CheckGateway::highestEntry(qint64 bookId) {
    auto s = m_db.cached("SELECT max(entry_number) FROM entry_state WHERE book_id = ?1");
    s->bind(1, bookId);
    return s->step() && !s->isNull(0) ? s->integer(0) : 0;
}

std::vector<int> CheckGateway::loggedNumbers(qint64 bookId) {
    auto s = m_db.cached("SELECT entry_number FROM entry_state WHERE book_id = ?1 ORDER BY entry_number");
    s->bind(1, bookId);
    std::vector<int> numbers;
    while (s->step()) {
        numbers.push_back(s->integer(0));
    }
    return numbers;
}

QHash<qint64, CheckGateway::BookCount> CheckGateway::loggedPerBook() {
    // One row per book: the count kept beside entry_state, the highest entry from its primary key.
    auto s = m_db.cached(
        "SELECT b.book_id, b.logged, (SELECT max(e.entry_number) FROM entry_state e WHERE e.book_id = b.book_id) "
        "FROM book_counts b");
    QHash<qint64, BookCount> out;
    while (s->step()) {
        out.insert(s->int64(0), BookCount{s->integer(1), s->isNull(2) ? 0 : s->integer(2)});
    }
    return out;
}

QHash<qint64, int> CheckGateway::correctedPerBook() {
    auto s = m_db.cached("SELECT book_id, sum(corrected) FROM daily_counts GROUP BY book_id");
    QHash<qint64, int> out;
    while (s->step()) {
        out.insert(s->int64(0), s->integer(1));
    }
    return out;
}

DayCounts CheckGateway::dayCounts(const QString& day, qint64 a, qint64 b) {
    auto s = m_db.cached("SELECT coalesce(sum(logged), 0), coalesce(sum(corrected), 0), coalesce(sum(escalated), 0) "
                         "FROM daily_counts WHERE day = ?1 AND first_user = ?2 AND second_user = ?3");
    s->bind(1, day).bind(2, std::min(a, b)).bind(3, std::max(a, b));
    DayCounts counts;
    if (s->step()) {
        counts = DayCounts{s->integer(0), s->integer(1), s->integer(2)};
    }
    return counts;
}

std::vector<CheckGateway::DayBookCount> CheckGateway::loggedPerDayAndBook(const QString& fromDay,
                                                                          const QString& toDay) {
    auto s = m_db.cached("SELECT day, book_id, sum(logged) FROM daily_counts WHERE day >= ?1 AND day <= ?2 "
                         "GROUP BY day, book_id HAVING sum(logged) > 0 ORDER BY day, book_id");
    s->bind(1, fromDay).bind(2, toDay);
    std::vector<DayBookCount> out;
    while (s->step()) {
        out.push_back({s->text(0), s->int64(1), s->integer(2)});
    }
    return out;
}

std::vector<CheckGateway::CorrectionCount> CheckGateway::correctionCounts(const QString& from, const QString& to) {
    auto s =
        m_db.cached("SELECT b.record_type, k.field_key, k.class, k.writing_difference, count(*) FROM corrections k "
                    "JOIN checks c ON c.id = k.check_id JOIN entry_state e ON e.check_id = c.id "
                    "JOIN books b ON b.id = c.book_id WHERE c.logged_at >= ?1 AND c.logged_at < ?2 "
                    "GROUP BY b.record_type, k.field_key, k.class, k.writing_difference "
                    "ORDER BY count(*) DESC, k.field_key");
    s->bind(1, from).bind(2, to);
    std::vector<CorrectionCount> out;
    while (s->step()) {
        out.push_back({s->text(0), s->text(1), s->text(2), s->int64(3) != 0, s->integer(4)});
    }
    return out;
}

std::vector<CheckGateway::Work> CheckGateway::firstWork(const QString& from, const QString& to) {
    // f: the first row of the entry's line (its reader, checker and day); e.check_id: its current row.
    auto s = m_db.cached("SELECT f.reader_id, f.checker_id, (SELECT count(*) FROM corrections k WHERE k.check_id = "
                         "e.check_id AND k.writing_difference = 0) FROM entry_state e JOIN checks f ON f.id = "
                         "e.first_check_id WHERE f.logged_at >= ?1 AND f.logged_at < ?2");
    s->bind(1, from).bind(2, to);
    std::vector<Work> out;
    while (s->step()) {
        out.push_back({s->int64(0), s->int64(1), s->integer(2)});
    }
    return out;
}

std::vector<std::pair<qint64, qint64>> CheckGateway::amendmentsBetween(const QString& from, const QString& to) {
    auto s = m_db.cached("SELECT reader_id, checker_id FROM checks WHERE supersedes IS NOT NULL AND outcome <> 'void' "
                         "AND logged_at >= ?1 AND logged_at < ?2");
    s->bind(1, from).bind(2, to);
    std::vector<std::pair<qint64, qint64>> out;
    while (s->step()) {
        out.emplace_back(s->int64(0), s->int64(1));
    }
    return out;
}

std::vector<CheckGateway::PairMatch> CheckGateway::currentMatches(const QString& from, const QString& to) {
    auto s = m_db.cached("SELECT min(c.reader_id, c.checker_id), max(c.reader_id, c.checker_id), c.uuid "
                         "FROM entry_state e JOIN checks c ON c.id = e.check_id WHERE e.outcome = 'match' "
                         "AND c.logged_at >= ?1 AND c.logged_at < ?2 ORDER BY c.id");
    s->bind(1, from).bind(2, to);
    std::vector<PairMatch> out;
    while (s->step()) {
        out.push_back({s->int64(0), s->int64(1), s->text(2)});
    }
    return out;
}

} // namespace dc::core::gateways
