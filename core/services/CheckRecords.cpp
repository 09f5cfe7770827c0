// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/services/CheckRecords.h"

#include "core/Bytes.h"
#include "core/domain/VietnameseText.h"
#include "core/store/Database.h"

#include <QUuid>

namespace dc::core::checkrecords {

namespace {

constexpr const char* kCheckColumns =
    "c.id, c.uuid, c.book_id, c.entry_number, c.registration_date, c.subject_name, c.outcome, c.transcript, c.note, "
    "c.warnings, c.schema_version, c.reader_id, c.checker_id, c.session_id, c.logged_at, c.seconds_spent, "
    "c.supersedes, c.reason, NOT EXISTS (SELECT 1 FROM checks s WHERE s.supersedes = c.id)";

LoggedCheck readCheck(store::Database& db, const store::Statement& s) {
    LoggedCheck c;
    c.id = s.int64(0);
    c.uuid = s.text(1);
    c.bookId = s.int64(2);
    c.entryNumber = s.integer(3);
    c.registrationDate = s.text(4);
    c.subjectName = s.text(5);
    c.outcome = outcomeFromKey(s.text(6)).value_or(Outcome::Match);
    c.transcript = s.text(7);
    c.note = s.text(8);
    c.warnings = s.text(9).split(u',', Qt::SkipEmptyParts);
    c.schemaVersion = s.text(10);
    c.readerId = s.int64(11);
    c.checkerId = s.int64(12);
    if (!s.isNull(13)) {
        c.sessionId = s.int64(13);
    }
    c.loggedAt = s.text(14);
    c.secondsSpent = s.integer(15);
    if (!s.isNull(16)) {
        c.supersedes = s.int64(16);
    }
    c.reason = s.text(17);
    c.current = s.int64(18) != 0;
    auto corrections = db.prepare("SELECT field_key, value_before, value_after, class, writing_difference "
                                  "FROM corrections WHERE check_id = ?1 ORDER BY position");
    corrections.bind(1, c.id);
    while (corrections.step()) {
        c.corrections.push_back(
            Correction{corrections.text(0), corrections.text(1), corrections.text(2),
                       domain::correctionClassFromKey(corrections.text(3)).value_or(domain::CorrectionClass::Other),
                       corrections.int64(4) != 0});
    }
    return c;
}

template <typename Value>
std::optional<LoggedCheck> loadWhere(store::Database& db, const char* condition, const Value& value) {
    auto s = db.prepare(std::string("SELECT ") + kCheckColumns + " FROM checks c WHERE " + condition);
    s.bind(1, value);
    if (!s.step()) {
        return std::nullopt;
    }
    return readCheck(db, s);
}

QString userUuid(store::Database& db, qint64 id) {
    auto s = db.prepare("SELECT uuid FROM users WHERE id = ?1");
    s.bind(1, id);
    return s.step() ? s.text(0) : QString();
}

} // namespace

std::optional<Book> loadBook(store::Database& db, qint64 bookId) {
    auto s = db.prepare("SELECT uuid, commune, record_type, book_number, year_from, year_to, first_entry, last_entry, "
                        "status, created_at FROM books WHERE id = ?1");
    s.bind(1, bookId);
    if (!s.step()) {
        return std::nullopt;
    }
    Book b;
    b.id = bookId;
    b.uuid = s.text(0);
    b.commune = s.text(1);
    b.recordType = recordTypeFromKey(s.text(2)).value_or(RecordType::Birth);
    b.bookNumber = s.text(3);
    b.yearFrom = s.integer(4);
    b.yearTo = s.integer(5);
    if (!s.isNull(6)) {
        b.firstEntry = s.integer(6);
    }
    if (!s.isNull(7)) {
        b.lastEntry = s.integer(7);
    }
    b.open = s.text(8) == QLatin1String("open");
    b.createdAt = s.text(9);
    return b;
}

std::optional<QString> bookUuid(store::Database& db, qint64 bookId) {
    auto s = db.prepare("SELECT uuid FROM books WHERE id = ?1");
    s.bind(1, bookId);
    if (!s.step()) {
        return std::nullopt;
    }
    return s.text(0);
}

void insertCheck(store::Database& db, const QString& siteUuid, LoggedCheck& check) {
    check.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto insert = db.prepare(
        "INSERT INTO checks (uuid, site_uuid, book_id, entry_number, registration_date, subject_name, subject_key, "
        "outcome, transcript, note, warnings, schema_version, reader_id, checker_id, session_id, logged_at, "
        "seconds_spent, supersedes, reason) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, "
        "?16, ?17, ?18, ?19)");
    insert.bind(1, check.uuid)
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
    check.sessionId ? insert.bind(15, *check.sessionId) : insert.bindNull(15);
    check.supersedes ? insert.bind(18, *check.supersedes) : insert.bindNull(18);
    insert.run();
    auto id = db.prepare("SELECT last_insert_rowid()");
    (void)id.step();
    check.id = id.int64(0);

    auto correction = db.prepare("INSERT INTO corrections (check_id, position, field_key, value_before, value_after, "
                                 "class, writing_difference) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    for (std::size_t i = 0; i < check.corrections.size(); ++i) {
        const Correction& c = check.corrections[i];
        correction.bind(1, check.id)
            .bind(2, static_cast<int>(i))
            .bind(3, c.fieldKey)
            .bind(4, c.before)
            .bind(5, c.after)
            .bind(6, domain::correctionClassKey(c.correctionClass))
            .bind(7, c.writingDifference ? 1 : 0);
        correction.run();
        correction.reset();
    }

    // The entry's state follows the newest row: the superseded row leaves it, a row that is not a void takes it.
    int countChange = 0;
    if (check.supersedes) {
        auto left = db.prepare("DELETE FROM entry_state WHERE check_id = ?1 RETURNING book_id");
        left.bind(1, *check.supersedes);
        countChange -= left.step() ? 1 : 0;
        left.run();
    }
    if (check.outcome != Outcome::Void) {
        db.prepare("INSERT INTO entry_state (book_id, entry_number, check_id, outcome) VALUES (?1, ?2, ?3, ?4)")
            .bind(1, check.bookId)
            .bind(2, check.entryNumber)
            .bind(3, check.id)
            .bind(4, outcomeKey(check.outcome))
            .run();
        countChange += 1;
    }
    if (countChange != 0) {
        db.prepare("INSERT INTO book_counts (book_id, logged) VALUES (?1, max(0, ?2)) "
                   "ON CONFLICT (book_id) DO UPDATE SET logged = logged + ?2")
            .bind(1, check.bookId)
            .bind(2, countChange)
            .run();
    }
    check.current = true;
}

std::optional<LoggedCheck> loadCheck(store::Database& db, qint64 checkId) {
    return loadWhere(db, "c.id = ?1", checkId);
}

std::optional<LoggedCheck> loadCheckByUuid(store::Database& db, const QString& uuid) {
    return loadWhere(db, "c.uuid = ?1", uuid);
}

std::optional<qint64> currentCheckOfEntry(store::Database& db, qint64 bookId, int entryNumber) {
    auto s = db.prepare("SELECT check_id FROM entry_state WHERE book_id = ?1 AND entry_number = ?2");
    s.bind(1, bookId).bind(2, entryNumber);
    if (!s.step()) {
        return std::nullopt;
    }
    return s.int64(0);
}

audit::Hash contentHash(store::Database& db, const LoggedCheck& check) {
    std::vector<std::uint8_t> bytes;
    appendLengthPrefixed(bytes, check.uuid);
    appendLengthPrefixed(bytes, bookUuid(db, check.bookId).value_or(QString()));
    appendLengthPrefixed(bytes, QString::number(check.entryNumber));
    appendLengthPrefixed(bytes, check.registrationDate);
    appendLengthPrefixed(bytes, check.subjectName);
    appendLengthPrefixed(bytes, outcomeKey(check.outcome));
    appendLengthPrefixed(bytes, check.transcript);
    appendLengthPrefixed(bytes, check.note);
    appendLengthPrefixed(bytes, check.warnings.join(u','));
    appendLengthPrefixed(bytes, check.schemaVersion);
    appendLengthPrefixed(bytes, userUuid(db, check.readerId));
    appendLengthPrefixed(bytes, userUuid(db, check.checkerId));
    appendLengthPrefixed(bytes, check.loggedAt);
    appendLengthPrefixed(bytes, QString::number(check.secondsSpent));
    appendLengthPrefixed(bytes, check.supersedes ? loadCheck(db, *check.supersedes)->uuid : QString());
    appendLengthPrefixed(bytes, check.reason);
    for (const Correction& c : check.corrections) {
        appendLengthPrefixed(bytes, c.fieldKey);
        appendLengthPrefixed(bytes, c.before);
        appendLengthPrefixed(bytes, c.after);
        appendLengthPrefixed(bytes, domain::correctionClassKey(c.correctionClass));
        appendLengthPrefixed(bytes, c.writingDifference ? QStringLiteral("1") : QStringLiteral("0"));
    }
    return crypto::sha256(bytes);
}

std::vector<int> loggedEntryNumbers(store::Database& db, qint64 bookId) {
    auto s = db.prepare("SELECT entry_number FROM entry_state WHERE book_id = ?1 ORDER BY entry_number");
    s.bind(1, bookId);
    std::vector<int> numbers;
    while (s.step()) {
        numbers.push_back(s.integer(0));
    }
    return numbers;
}

} // namespace dc::core::checkrecords
