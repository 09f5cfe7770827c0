// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/gateways/ExchangeGateway.h"

#include "core/gateways/ExchangeRows.h"
#include "core/store/Database.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <map>

namespace dc::core::gateways {

namespace {

qint64 mark(const QJsonObject& watermarks, const char* key) {
    return static_cast<qint64>(watermarks.value(QLatin1String(key)).toDouble(0));
}

// Reads the rows of one table whose local id (column 0) lies in (from, to], the fields from column 1 on.
void readTable(store::Database& db, const char* sql, const exchange::TableSpec& spec, qint64 from, qint64 to,
               std::vector<QJsonObject>& out) {
    auto statement = db.prepare(sql);
    statement.bind(1, from).bind(2, to);
    while (statement.step()) {
        out.push_back(rows::read(statement, spec, 1));
    }
}

} // namespace

ExchangeGateway::Watermarks ExchangeGateway::currentWatermarks() {
    auto statement = m_db.prepare(
        "SELECT (SELECT coalesce(max(id), 0) FROM work_sessions), (SELECT coalesce(max(id), 0) FROM "
        "work_session_events), (SELECT coalesce(max(id), 0) FROM checks), (SELECT coalesce(max(id), 0) FROM "
        "review_events), (SELECT coalesce(max(id), 0) FROM spot_samples), (SELECT coalesce(max(id), 0) FROM "
        "spot_items), (SELECT coalesce(max(id), 0) FROM spot_results)");
    (void)statement.step();
    const char* keys[] = {"sessions", "sessionEvents", "checks", "reviews", "spotSamples", "spotItems", "spotResults"};
    Watermarks marks;
    for (int i = 0; i < 7; ++i) {
        marks.insert(QLatin1String(keys[i]), static_cast<double>(statement.int64(i)));
    }
    return marks;
}

void ExchangeGateway::readRows(const Watermarks& from, const Watermarks& to, exchange::BundlePayload& payload,
                               std::vector<qint64>& checkIds) {
    {
        auto users = m_db.prepare("SELECT id, uuid, user_name, display_name, role, active, created_at, removed_at "
                                  "FROM users ORDER BY id");
        while (users.step()) {
            payload.users.push_back(rows::read(users, exchange::usersSpec(), 1));
        }
        auto books = m_db.prepare("SELECT id, uuid, record_type, book_number, year_from, year_to, first_entry, "
                                  "last_entry, status, created_at, closed_at FROM books ORDER BY id");
        while (books.step()) {
            payload.books.push_back(rows::read(books, exchange::booksSpec(), 1));
        }
    }
    readTable(m_db,
              "SELECT s.id, s.uuid, f.uuid, t.uuid, s.started_at FROM work_sessions s JOIN users f ON f.id = "
              "s.first_user JOIN users t ON t.id = s.second_user WHERE s.id > ?1 AND s.id <= ?2 ORDER BY s.id",
              exchange::sessionsSpec(), mark(from, "sessions"), mark(to, "sessions"), payload.sessions);
    readTable(m_db,
              "SELECT e.id, e.uuid, s.uuid, e.kind, r.uuid, e.at FROM work_session_events e JOIN work_sessions s ON "
              "s.id = e.session_id JOIN users r ON r.id = e.reader WHERE e.id > ?1 AND e.id <= ?2 ORDER BY e.id",
              exchange::sessionEventsSpec(), mark(from, "sessionEvents"), mark(to, "sessionEvents"),
              payload.sessionEvents);
    {
        const qint64 low = mark(from, "checks");
        const qint64 high = mark(to, "checks");
        std::map<qint64, QJsonArray> corrections;
        auto c = m_db.prepare("SELECT check_id, position, field_key, value_before, value_after, class, "
                              "writing_difference FROM corrections WHERE check_id > ?1 AND check_id <= ?2 "
                              "ORDER BY check_id, position");
        c.bind(1, low).bind(2, high);
        while (c.step()) {
            corrections[c.int64(0)].append(rows::read(c, exchange::correctionsSpec(), 1));
        }
        auto checks = m_db.prepare(
            "SELECT c.id, c.uuid, b.uuid, c.entry_number, c.registration_date, c.subject_name, c.outcome, "
            "c.transcript, c.note, c.warnings, c.schema_version, r.uuid, k.uuid, s.uuid, c.logged_at, "
            "c.seconds_spent, p.uuid, c.reason FROM checks c JOIN books b ON b.id = c.book_id JOIN users r ON r.id = "
            "c.reader_id JOIN users k ON k.id = c.checker_id LEFT JOIN work_sessions s ON s.id = c.session_id "
            "LEFT JOIN checks p ON p.id = c.supersedes WHERE c.id > ?1 AND c.id <= ?2 ORDER BY c.id");
        checks.bind(1, low).bind(2, high);
        while (checks.step()) {
            QJsonObject row = rows::read(checks, exchange::checksSpec(), 1);
            const auto found = corrections.find(checks.int64(0));
            row.insert(QStringLiteral("corrections"), found == corrections.end() ? QJsonArray() : found->second);
            payload.checks.push_back(std::move(row));
            checkIds.push_back(checks.int64(0));
        }
    }
    readTable(m_db,
              "SELECT e.id, e.uuid, c.uuid, e.decision, e.state, e.reason, e.note, u.uuid, e.at FROM review_events e "
              "JOIN checks c ON c.id = e.check_id JOIN users u ON u.id = e.supervisor_id WHERE e.id > ?1 AND e.id <= "
              "?2 ORDER BY e.id",
              exchange::reviewsSpec(), mark(from, "reviews"), mark(to, "reviews"), payload.reviews);
    readTable(m_db,
              "SELECT s.id, s.uuid, s.day, f.uuid, t.uuid, s.seed, s.rate_permille, s.minimum, s.population, d.uuid, "
              "s.drawn_at FROM spot_samples s JOIN users f ON f.id = s.first_user JOIN users t ON t.id = "
              "s.second_user JOIN users d ON d.id = s.drawn_by WHERE s.id > ?1 AND s.id <= ?2 ORDER BY s.id",
              exchange::spotSamplesSpec(), mark(from, "spotSamples"), mark(to, "spotSamples"), payload.spotSamples);
    readTable(m_db,
              "SELECT i.id, i.uuid, s.uuid, c.uuid FROM spot_items i JOIN spot_samples s ON s.id = i.sample_id JOIN "
              "checks c ON c.id = i.check_id WHERE i.id > ?1 AND i.id <= ?2 ORDER BY i.id",
              exchange::spotItemsSpec(), mark(from, "spotItems"), mark(to, "spotItems"), payload.spotItems);
    readTable(m_db,
              "SELECT r.id, r.uuid, i.uuid, r.result, r.field_key, r.value_before, r.value_after, r.class, r.note, "
              "u.uuid, r.at FROM spot_results r JOIN spot_items i ON i.id = r.item_id JOIN users u ON u.id = "
              "r.supervisor_id WHERE r.id > ?1 AND r.id <= ?2 ORDER BY r.id",
              exchange::spotResultsSpec(), mark(from, "spotResults"), mark(to, "spotResults"), payload.spotResults);
}

void ExchangeGateway::insertExport(const Export& row) {
    m_db.prepare("INSERT INTO bundle_exports (sequence, epoch, bundle_id, first_event, last_event, watermarks, checks, "
                 "file_name, exported_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
        .bind(1, row.sequence)
        .bind(2, row.epoch)
        .bind(3, row.bundleId)
        .bind(4, row.firstEvent)
        .bind(5, row.lastEvent)
        .bind(6, QString::fromUtf8(QJsonDocument(row.watermarks).toJson(QJsonDocument::Compact)))
        .bind(7, row.checks)
        .bind(8, row.fileName)
        .bind(9, row.exportedAt)
        .run();
}

namespace {
constexpr const char* kExportColumns =
    "SELECT sequence, epoch, bundle_id, first_event, last_event, watermarks, checks, "
    "file_name, exported_at FROM bundle_exports ";

ExchangeGateway::Export exportFrom(const store::Statement& s) {
    return {s.int64(0), s.int64(1), s.text(2),
            s.int64(3), s.int64(4), QJsonDocument::fromJson(s.text(5).toUtf8()).object(),
            s.int64(6), s.text(7),  s.text(8)};
}
} // namespace

std::optional<ExchangeGateway::Export> ExchangeGateway::lastExport() {
    auto s = m_db.prepare(std::string(kExportColumns) + "ORDER BY sequence DESC LIMIT 1");
    if (!s.step()) {
        return std::nullopt;
    }
    return exportFrom(s);
}

std::vector<QString> ExchangeGateway::exportFileNames() {
    auto s = m_db.prepare("SELECT file_name FROM bundle_exports ORDER BY sequence");
    std::vector<QString> names;
    while (s.step()) {
        names.push_back(s.text(0));
    }
    return names;
}

std::optional<ExchangeGateway::Export> ExchangeGateway::exportBySequence(qint64 sequence) {
    auto s = m_db.prepare(std::string(kExportColumns) + "WHERE sequence = ?1");
    s.bind(1, sequence);
    if (!s.step()) {
        return std::nullopt;
    }
    return exportFrom(s);
}

bool ExchangeGateway::insertReceipt(const Receipt& row) {
    auto s = m_db.prepare("INSERT INTO receipts (sequence, last_event, checkpoint_size, entries, issued_at, "
                          "received_at, content) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) "
                          "ON CONFLICT (sequence, issued_at) DO NOTHING RETURNING id");
    s.bind(1, row.sequence)
        .bind(2, row.lastEvent)
        .bind(3, row.checkpointSize)
        .bind(4, row.entries)
        .bind(5, row.issuedAt)
        .bind(6, row.receivedAt)
        .bindBlob(7, std::span(reinterpret_cast<const std::uint8_t*>(row.content.constData()),
                               static_cast<std::size_t>(row.content.size())));
    const bool inserted = s.step();
    s.reset();
    return inserted;
}

std::optional<ExchangeGateway::Receipt> ExchangeGateway::latestReceipt() {
    auto s = m_db.prepare("SELECT sequence, last_event, checkpoint_size, entries, issued_at, received_at FROM "
                          "receipts ORDER BY sequence DESC, issued_at DESC LIMIT 1");
    if (!s.step()) {
        return std::nullopt;
    }
    return Receipt{s.int64(0), s.int64(1), s.int64(2), s.int64(3), s.text(4), s.text(5), {}};
}

bool ExchangeGateway::putExplanation(const QString& userName, const QByteArray& explanation, qint64 receiptSequence,
                                     const QString& issuedAt, const QString& receivedAt) {
    auto s = m_db.prepare("INSERT INTO received_explanations (user_name, explanation, receipt_sequence, issued_at, "
                          "received_at) VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (user_name) DO UPDATE SET explanation "
                          "= excluded.explanation, receipt_sequence = excluded.receipt_sequence, issued_at = "
                          "excluded.issued_at, received_at = excluded.received_at WHERE excluded.receipt_sequence >= "
                          "receipt_sequence RETURNING user_name");
    s.bind(1, userName)
        .bind(2, QString::fromUtf8(explanation))
        .bind(3, receiptSequence)
        .bind(4, issuedAt)
        .bind(5, receivedAt);
    const bool stored = s.step();
    s.reset();
    return stored;
}

std::optional<ExchangeGateway::Explanation> ExchangeGateway::explanation(const QString& userName) {
    auto s = m_db.prepare("SELECT explanation, receipt_sequence, issued_at, received_at FROM received_explanations "
                          "WHERE user_name = ?1");
    s.bind(1, userName);
    if (!s.step()) {
        return std::nullopt;
    }
    return Explanation{s.text(0).toUtf8(), s.int64(1), s.text(2), s.text(3)};
}

bool ExchangeGateway::insertDecision(const Decision& d, const QString& receivedAt) {
    auto s = m_db.prepare("INSERT INTO district_decisions (uuid, check_uuid, decision, note, decided_by, decided_at, "
                          "received_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (uuid) DO NOTHING "
                          "RETURNING uuid");
    s.bind(1, d.uuid)
        .bind(2, d.checkUuid)
        .bind(3, d.decision)
        .bind(4, d.note)
        .bind(5, d.decidedBy)
        .bind(6, d.decidedAt)
        .bind(7, receivedAt);
    const bool inserted = s.step();
    s.reset();
    return inserted;
}

std::vector<ExchangeGateway::Decision> ExchangeGateway::decisions() {
    auto s = m_db.prepare("SELECT uuid, check_uuid, decision, note, decided_by, decided_at FROM district_decisions "
                          "ORDER BY decided_at, uuid");
    std::vector<Decision> out;
    while (s.step()) {
        out.push_back({s.text(0), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5)});
    }
    return out;
}

} // namespace dc::core::gateways
