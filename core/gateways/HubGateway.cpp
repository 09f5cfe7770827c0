// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/gateways/HubGateway.h"

#include "core/Bytes.h"
#include "core/Compression.h"
#include "core/SiteTime.h"
#include "core/Uuid.h"
#include "core/domain/Outcome.h"
#include "core/domain/VietnameseText.h"
#include "core/gateways/ErrorMapGateway.h"
#include "core/gateways/ExchangeRows.h"
#include "core/store/Database.h"
#include "core/store/StoreError.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <sqlite3.h>

#include <algorithm>
#include <string>
#include <string_view>

namespace dc::core::gateways {

namespace {

std::span<const std::uint8_t> bytesOf(const audit::Hash& hash) {
    return {hash.data(), hash.size()};
}

audit::Hash hashFrom(const std::vector<std::uint8_t>& bytes) {
    audit::Hash hash{};
    if (bytes.size() == hash.size()) {
        std::copy(bytes.begin(), bytes.end(), hash.begin());
    }
    return hash;
}

constexpr const char* kBundleColumns = "SELECT bundle_id, site_uuid, epoch, sequence, first_event, last_event, checks, "
                                       "status, held_file, received_at FROM hub_bundles ";

HubGateway::Bundle bundleFrom(const store::Statement& s) {
    return {s.text(0),  s.text(1),  s.int64(2), s.int64(3), s.int64(4),
            s.int64(5), s.int64(6), s.text(7),  s.text(8),  s.text(9)};
}

// How a current row weighs in its entry's counts (CheckGateway's rule).
struct Weight {
    int logged = 0;
    int corrected = 0;
    int escalated = 0;
};

Weight weightOf(const QString& outcome) {
    if (outcome.isEmpty() || outcome == QLatin1String("void")) {
        return {};
    }
    return {1, outcome == QLatin1String("corrected") ? 1 : 0, outcome == QLatin1String("escalated") ? 1 : 0};
}

struct TableSql {
    const exchange::TableSpec& (*spec)();
    const char* insert; // spec fields ?1.., then the site at the next index when `withSite`
    const char* select; // spec fields, by uuid ?1
    bool withSite;
};

const TableSql& tableSql(HubGateway::Table table) {
    static const TableSql kTables[] = {
        {&exchange::sessionsSpec,
         "INSERT INTO hub_work_sessions (uuid, first_user, second_user, started_at, site_uuid) VALUES (?1, ?2, ?3, ?4, "
         "?5) ON CONFLICT (uuid) DO NOTHING",
         "SELECT uuid, first_user, second_user, started_at FROM hub_work_sessions WHERE uuid = ?1", true},
        {&exchange::sessionEventsSpec,
         "INSERT INTO hub_work_session_events (uuid, session_uuid, kind, reader, at) VALUES (?1, ?2, ?3, ?4, ?5) "
         "ON CONFLICT (uuid) DO NOTHING",
         "SELECT uuid, session_uuid, kind, reader, at FROM hub_work_session_events WHERE uuid = ?1", false},
        {&exchange::reviewsSpec,
         "INSERT INTO hub_review_events (uuid, check_uuid, decision, state, reason, note, supervisor_uuid, at, "
         "site_uuid) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) ON CONFLICT (uuid) DO NOTHING",
         "SELECT uuid, check_uuid, decision, state, reason, note, supervisor_uuid, at FROM hub_review_events WHERE "
         "uuid = ?1",
         true},
        {&exchange::spotSamplesSpec,
         "INSERT INTO hub_spot_samples (uuid, day, first_user, second_user, seed, rate_permille, minimum, population, "
         "drawn_by, drawn_at, site_uuid) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) ON CONFLICT (uuid) DO "
         "NOTHING",
         "SELECT uuid, day, first_user, second_user, seed, rate_permille, minimum, population, drawn_by, drawn_at "
         "FROM hub_spot_samples WHERE uuid = ?1",
         true},
        {&exchange::spotItemsSpec,
         "INSERT INTO hub_spot_items (uuid, sample_uuid, check_uuid) VALUES (?1, ?2, ?3) ON CONFLICT (uuid) DO "
         "NOTHING",
         "SELECT uuid, sample_uuid, check_uuid FROM hub_spot_items WHERE uuid = ?1", false},
        {&exchange::spotResultsSpec,
         "INSERT INTO hub_spot_results (uuid, item_uuid, result, field_key, value_before, value_after, class, note, "
         "supervisor_uuid, at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) ON CONFLICT (uuid) DO NOTHING",
         "SELECT uuid, item_uuid, result, field_key, value_before, value_after, class, note, supervisor_uuid, at FROM "
         "hub_spot_results WHERE uuid = ?1",
         false},
    };
    return kTables[static_cast<int>(table)];
}

using exchange::fieldIndex;

QString textOf(const exchange::PlainRow& row, int index) {
    return QString::fromUtf8(row[static_cast<std::size_t>(index)].text);
}

} // namespace

std::optional<HubGateway::Bundle> HubGateway::bundle(const QString& bundleId) {
    static const std::string kSql = std::string(kBundleColumns) + "WHERE bundle_id = ?1";
    auto s = m_db.cached(kSql);
    s->bind(1, bundleId);
    if (!s->step()) {
        return std::nullopt;
    }
    return bundleFrom(*s);
}

std::optional<HubGateway::Bundle> HubGateway::bundleAt(const QString& siteUuid, qint64 sequence) {
    static const std::string kSql = std::string(kBundleColumns) + "WHERE site_uuid = ?1 AND sequence = ?2";
    auto s = m_db.cached(kSql);
    s->bind(1, siteUuid).bind(2, sequence);
    if (!s->step()) {
        return std::nullopt;
    }
    return bundleFrom(*s);
}

void HubGateway::insertBundle(const Bundle& b, const QString& appliedAt) {
    auto cached = m_db.cached("INSERT INTO hub_bundles (bundle_id, site_uuid, epoch, sequence, first_event, "
                              "last_event, checks, status, held_file, received_at, applied_at) VALUES (?1, ?2, ?3, ?4, "
                              "?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    store::Statement& s = *cached;
    s.bind(1, b.bundleId)
        .bind(2, b.siteUuid)
        .bind(3, b.epoch)
        .bind(4, b.sequence)
        .bind(5, b.firstEvent)
        .bind(6, b.lastEvent)
        .bind(7, b.checks)
        .bind(8, b.status)
        .bind(9, b.heldFile)
        .bind(10, b.receivedAt);
    appliedAt.isEmpty() ? s.bindNull(11) : s.bind(11, appliedAt);
    s.run();
}

void HubGateway::markApplied(const QString& bundleId, qint64 checks, const QString& appliedAt) {
    m_db.prepare("UPDATE hub_bundles SET status = 'imported', held_file = '', checks = ?2, applied_at = ?3 WHERE "
                 "bundle_id = ?1")
        .bind(1, bundleId)
        .bind(2, checks)
        .bind(3, appliedAt)
        .run();
}

std::vector<HubGateway::Bundle> HubGateway::heldBundles(const QString& siteUuid) {
    static const std::string kSql =
        std::string(kBundleColumns) + "WHERE site_uuid = ?1 AND status = 'held' ORDER BY sequence";
    auto s = m_db.cached(kSql);
    s->bind(1, siteUuid);
    std::vector<Bundle> out;
    while (s->step()) {
        out.push_back(bundleFrom(*s));
    }
    return out;
}

qint64 HubGateway::newestApplied(const QString& siteUuid) {
    auto s =
        m_db.cached("SELECT coalesce(max(sequence), 0) FROM hub_bundles WHERE site_uuid = ?1 AND status = 'imported'");
    s->bind(1, siteUuid);
    (void)s->step();
    return s->int64(0);
}

qint64 HubGateway::chainLength(const QString& siteUuid) {
    auto s = m_db.cached("SELECT last_seq FROM hub_chain_blocks WHERE site_uuid = ?1 ORDER BY first_seq DESC LIMIT 1");
    s->bind(1, siteUuid);
    const qint64 length = s->step() ? s->int64(0) : 0;
    s->reset();
    return length;
}

std::optional<audit::Hash> HubGateway::chainHashAt(const QString& siteUuid, qint64 seq) {
    // The hashes precede the events in the row: reading them does not read the events' pages.
    auto s = m_db.cached("SELECT substr(hashes, (?2 - first_seq) * 32 + 1, 32) FROM hub_chain_blocks WHERE site_uuid "
                         "= ?1 AND first_seq <= ?2 AND last_seq >= ?2 ORDER BY first_seq DESC LIMIT 1");
    s->bind(1, siteUuid).bind(2, seq);
    std::optional<audit::Hash> hash;
    if (s->step()) {
        if (const std::vector<std::uint8_t> bytes = s->blob(0); bytes.size() == audit::Hash{}.size()) {
            hash = hashFrom(bytes);
        }
    }
    s->reset();
    return hash;
}

namespace {

// A JSON string of the text's UTF-8 (RFC 8259: the quote, the backslash and control characters escaped; the rest as
// is): the UTF-8 is written straight into `out` (core/Bytes.h) and only escaped when it needs it (an event's fields
// rarely do).
void appendJsonString(std::string& out, const QString& text) {
    static constexpr char kHex[] = "0123456789abcdef";
    const auto plain = [](char c) { return c != '"' && c != '\\' && static_cast<unsigned char>(c) >= 0x20; };
    out.push_back('"');
    const std::size_t at = out.size();
    appendUtf8(out, text);
    if (!std::all_of(out.begin() + static_cast<std::ptrdiff_t>(at), out.end(), plain)) {
        const std::string utf8 = out.substr(at);
        out.resize(at);
        for (const char c : utf8) {
            if (plain(c)) {
                out.push_back(c);
            } else if (c == '"' || c == '\\') {
                out.push_back('\\');
                out.push_back(c);
            } else {
                const auto u = static_cast<unsigned char>(c);
                out.append("\\u00");
                out.push_back(kHex[u >> 4]);
                out.push_back(kHex[u & 0xF]);
            }
        }
    }
    out.push_back('"');
}

// The largest block text blockEvents inflates: a bundle is at most 256 MiB (docs/HUB.md), its events less.
constexpr std::uint64_t kMaxBlockText = std::uint64_t{256} * 1024 * 1024;

} // namespace

HubGateway::ChainBlock HubGateway::chainBlock(std::span<const audit::Event> events) {
    ChainBlock block;
    if (events.empty()) {
        return block;
    }
    block.firstSeq = events.front().seq;
    block.lastSeq = events.back().seq;
    block.hashes.reserve(static_cast<qsizetype>(events.size() * audit::Hash{}.size()));
    std::size_t estimate = 2; // the text's size when nothing needs escaping and every character is ASCII
    for (const audit::Event& e : events) {
        estimate += static_cast<std::size_t>(e.at.size() + e.actors.size() + e.action.size() + e.subject.size() +
                                             e.details.size()) +
                    16;
    }
    std::string text;
    text.reserve(estimate);
    text.push_back('[');
    for (const audit::Event& e : events) {
        block.hashes.append(reinterpret_cast<const char*>(e.hash.data()), static_cast<qsizetype>(e.hash.size()));
        if (text.size() > 1) {
            text.push_back(',');
        }
        text.push_back('[');
        for (const QString* field : {&e.at, &e.actors, &e.action, &e.subject, &e.details}) {
            if (field != &e.at) {
                text.push_back(',');
            }
            appendJsonString(text, *field);
        }
        text.push_back(']');
    }
    text.push_back(']');
    // Zstandard's level 1: about a sixth of the text (UUIDs and keys repeat from event to event) at about 500 MB/s. The
    // frame states the text's size (blockEvents bounds it before allocating).
    block.events = zstdCompress(asBytes(text), 1);
    return block;
}

void HubGateway::appendChain(const QString& siteUuid, const ChainBlock& block) {
    auto s = m_db.cached("INSERT INTO hub_chain_blocks (site_uuid, first_seq, last_seq, hashes, encoding, events) "
                         "VALUES (?1, ?2, ?3, ?4, 'json-zstd', ?5)");
    s->bind(1, siteUuid)
        .bind(2, block.firstSeq)
        .bind(3, block.lastSeq)
        .bindBlob(4, asBytes(block.hashes))
        .bindBlob(5, asBytes(block.events))
        .run();
}

std::optional<QJsonArray> HubGateway::blockEvents(const QByteArray& stored, bool compressed) {
    QByteArray text;
    if (compressed) {
        // The frame's stated size, bounded before anything is allocated; the frame must fill it exactly.
        const auto size = zstdContentSize(asBytes(stored), kMaxBlockText);
        if (!size) {
            return std::nullopt;
        }
        text.resize(static_cast<qsizetype>(*size));
        if (!zstdDecompress(asBytes(stored), std::span(reinterpret_cast<std::uint8_t*>(text.data()), *size))) {
            return std::nullopt;
        }
    } else {
        text = stored;
    }
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError || !document.isArray()) {
        return std::nullopt;
    }
    return document.array();
}

std::optional<QString> HubGateway::checkEventDetails(const QString& siteUuid, const QString& checkUuid) {
    auto s = m_db.prepare("SELECT encoding, events FROM hub_chain_blocks WHERE site_uuid = ?1 ORDER BY first_seq DESC");
    s.bind(1, siteUuid);
    while (s.step()) {
        const std::vector<std::uint8_t> stored = s.blob(1);
        const auto events =
            blockEvents(QByteArray(reinterpret_cast<const char*>(stored.data()), static_cast<qsizetype>(stored.size())),
                        s.text(0) == QLatin1String("json-zstd"));
        if (!events) {
            throw store::StoreError(SQLITE_CORRUPT, SQLITE_CORRUPT, "a chain block of the hub is damaged");
        }
        for (auto it = events->end(); it != events->begin();) {
            const QJsonArray e = (--it)->toArray();
            if (e.at(3).toString() == checkUuid && e.at(2).toString().startsWith(QLatin1String("check."))) {
                return e.at(4).toString();
            }
        }
    }
    return std::nullopt;
}

void HubGateway::setCheckpoint(const QString& siteUuid, const Checkpoint& c) {
    m_db.cached("INSERT INTO hub_checkpoints (site_uuid, size, head, note, at) VALUES (?1, ?2, ?3, ?4, ?5) "
                "ON CONFLICT (site_uuid) DO UPDATE SET size = excluded.size, head = excluded.head, note = "
                "excluded.note, at = excluded.at WHERE excluded.size >= hub_checkpoints.size")
        ->bind(1, siteUuid)
        .bind(2, c.size)
        .bindBlob(3, bytesOf(c.head))
        .bind(4, c.note)
        .bind(5, c.at)
        .run();
}

std::optional<HubGateway::Checkpoint> HubGateway::checkpoint(const QString& siteUuid) {
    auto s = m_db.cached("SELECT size, head, note, at FROM hub_checkpoints WHERE site_uuid = ?1");
    s->bind(1, siteUuid);
    if (!s->step()) {
        return std::nullopt;
    }
    return Checkpoint{s->int64(0), hashFrom(s->blob(1)), s->text(2), s->text(3)};
}

void HubGateway::addAlarm(const QString& siteUuid, const Alarm& alarm) {
    m_db.prepare("INSERT INTO hub_alarms (site_uuid, kind, bundle_id, message, at) VALUES (?1, ?2, ?3, ?4, ?5)")
        .bind(1, siteUuid)
        .bind(2, alarm.kind)
        .bind(3, alarm.bundleId)
        .bind(4, alarm.message)
        .bind(5, alarm.at)
        .run();
}

void HubGateway::clearAlarms(const QString& siteUuid, const QString& kind, const QString& bundleId, const QString& at) {
    m_db.prepare("UPDATE hub_alarms SET cleared_at = ?4 WHERE site_uuid = ?1 AND kind = ?2 AND bundle_id = ?3 AND "
                 "cleared_at IS NULL")
        .bind(1, siteUuid)
        .bind(2, kind)
        .bind(3, bundleId)
        .bind(4, at)
        .run();
}

std::vector<HubGateway::Alarm> HubGateway::openAlarms(const QString& siteUuid) {
    auto s = m_db.prepare("SELECT kind, bundle_id, message, at FROM hub_alarms WHERE site_uuid = ?1 AND cleared_at IS "
                          "NULL ORDER BY id");
    s.bind(1, siteUuid);
    std::vector<Alarm> out;
    while (s.step()) {
        out.push_back({s.text(0), s.text(1), s.text(2), s.text(3)});
    }
    return out;
}

void HubGateway::addConflict(const QString& siteUuid, const QString& table, const QString& uuid, const QByteArray& held,
                             const QByteArray& incoming, const QString& bundleId, const QString& at) {
    m_db.prepare("INSERT INTO hub_conflicts (site_uuid, table_name, uuid, held, incoming, bundle_id, at) VALUES (?1, "
                 "?2, ?3, ?4, ?5, ?6, ?7)")
        .bind(1, siteUuid)
        .bind(2, table)
        .bind(3, uuid)
        .bind(4, QString::fromUtf8(held))
        .bind(5, QString::fromUtf8(incoming))
        .bind(6, bundleId)
        .bind(7, at)
        .run();
}

qint64 HubGateway::conflictCount(const QString& siteUuid) {
    auto s = m_db.prepare("SELECT count(*) FROM hub_conflicts WHERE site_uuid = ?1");
    s.bind(1, siteUuid);
    (void)s.step();
    return s.int64(0);
}

void HubGateway::putUser(const QString& siteUuid, const exchange::PlainRow& row) {
    auto s = m_db.cached(
        "INSERT INTO hub_users (uuid, user_name, display_name, role, active, created_at, removed_at, site_uuid) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT (uuid) DO UPDATE SET user_name = excluded.user_name, "
        "display_name = excluded.display_name, role = excluded.role, active = excluded.active, removed_at = "
        "excluded.removed_at WHERE hub_users.site_uuid = excluded.site_uuid");
    rows::bind(*s, row, 1);
    s->bind(8, siteUuid);
    s->run();
    s->reset();
}

void HubGateway::putBook(const QString& siteUuid, const QString& district, const QString& commune,
                         const exchange::PlainRow& row) {
    auto s = m_db.cached(
        "INSERT INTO hub_books (uuid, record_type, book_number, year_from, year_to, first_entry, last_entry, status, "
        "created_at, closed_at, site_uuid, district, commune) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, "
        "?12, ?13) ON CONFLICT (uuid) DO UPDATE SET first_entry = excluded.first_entry, last_entry = "
        "excluded.last_entry, status = excluded.status, closed_at = excluded.closed_at WHERE hub_books.site_uuid = "
        "excluded.site_uuid");
    rows::bind(*s, row, 1);
    s->bind(11, siteUuid).bind(12, district).bind(13, commune);
    s->run();
    s->reset();
}

HubGateway::PutResult HubGateway::putRow(Table table, const QString& siteUuid, const exchange::PlainRow& values) {
    const TableSql& sql = tableSql(table);
    const exchange::TableSpec& spec = sql.spec();
    auto insert = m_db.cached(sql.insert);
    rows::bind(*insert, values, 1);
    if (sql.withSite) {
        insert->bind(static_cast<int>(spec.fields.size()) + 1, siteUuid);
    }
    insert->run();
    const bool inserted = insert->changes() == 1;
    insert->reset();
    if (inserted) {
        // --- Report summaries (schema 8): a return decision credited to the returned row's pair; a spot result to
        // its sample's day and pair. ---
        if (table == Table::Reviews) {
            noteReportReview(siteUuid, values);
        } else if (table == Table::SpotResults) {
            noteReportSpotResult(siteUuid, values);
        }
        return {};
    }
    auto select = m_db.cached(sql.select);
    const QString uuid = textOf(values, 0);
    select->bind(1, uuid);
    PutResult result{Put::Same, {}, {}, {}};
    if (select->step()) {
        QByteArray held = exchange::canonicalRow(rows::read(*select, spec, 0));
        QByteArray incoming = exchange::canonicalRow(exchange::rowObject(spec, values));
        if (held != incoming) {
            result = {Put::Conflict, std::move(held), std::move(incoming), uuid};
        }
    }
    select->reset();
    return result;
}

void HubGateway::useImportCache() {
    m_db.exec("PRAGMA cache_size = -262144");
}

HubGateway::IncomingCheck HubGateway::prepareCheck(const exchange::ParsedCheck& row) {
    const exchange::TableSpec& spec = exchange::checksSpec();
    static const int kUuid = fieldIndex(spec, "uuid");
    static const int kBook = fieldIndex(spec, "book");
    static const int kEntry = fieldIndex(spec, "entry");
    static const int kRegistrationDate = fieldIndex(spec, "registrationDate");
    static const int kSchemaVersion = fieldIndex(spec, "schemaVersion");
    static const int kOutcome = fieldIndex(spec, "outcome");
    static const int kLoggedAt = fieldIndex(spec, "loggedAt");
    static const int kReader = fieldIndex(spec, "reader");
    static const int kChecker = fieldIndex(spec, "checker");
    static const int kSupersedes = fieldIndex(spec, "supersedes");
    static const int kSubjectName = fieldIndex(spec, "subjectName");
    static const int kField = fieldIndex(exchange::correctionsSpec(), "field");
    static const int kClass = fieldIndex(exchange::correctionsSpec(), "class");
    static const int kWritingDifference = fieldIndex(exchange::correctionsSpec(), "writingDifference");
    IncomingCheck c;
    c.fields = row.fields; // shares the text's bytes
    c.uuid = textOf(row.fields, kUuid);
    c.book = textOf(row.fields, kBook);
    c.entry = row.fields[static_cast<std::size_t>(kEntry)].integer;
    c.registrationDate = textOf(row.fields, kRegistrationDate);
    c.schemaVersion = textOf(row.fields, kSchemaVersion);
    c.outcome = textOf(row.fields, kOutcome);
    c.loggedAt = textOf(row.fields, kLoggedAt);
    c.day = sitetime::dayKeyOfStored(c.loggedAt);
    c.reader = textOf(row.fields, kReader);
    c.checker = textOf(row.fields, kChecker);
    c.supersedesRow = row.fields[static_cast<std::size_t>(kSupersedes)].kind == exchange::PlainValue::Kind::Text;
    c.supersedes = textOf(row.fields, kSupersedes);
    c.subjectKey = domain::foldForSearch(textOf(row.fields, kSubjectName)).toUtf8();
    c.corrections.reserve(row.corrections.size());
    for (const exchange::PlainRow& correction : row.corrections) {
        c.corrections.push_back({correction, textOf(correction, kField), textOf(correction, kClass),
                                 correction[static_cast<std::size_t>(kWritingDifference)].integer != 0});
    }
    return c;
}

HubGateway::PutResult HubGateway::putCheck(const QString& siteUuid, const IncomingCheck& check, Delta& delta) {
    const exchange::TableSpec& spec = exchange::checksSpec();
    const QString& uuid = check.uuid;
    auto insert = m_db.cached(
        "INSERT INTO hub_checks (uuid, book_uuid, entry_number, registration_date, subject_name, outcome, transcript, "
        "note, warnings, schema_version, reader_uuid, checker_uuid, session_uuid, logged_at, seconds_spent, "
        "supersedes, reason, site_uuid, subject_key) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, "
        "?14, ?15, ?16, ?17, ?18, ?19) ON CONFLICT (uuid) DO NOTHING");
    rows::bindUuidsAsBytes(*insert, spec, check.fields, 1);
    insert->bindUuid(18, siteUuid)
        .bindUnowned(19,
                     std::string_view(check.subjectKey.constData(), static_cast<std::size_t>(check.subjectKey.size())));
    insert->run();
    const bool inserted = insert->changes() == 1;
    insert->reset();
    if (!inserted) {
        auto select = m_db.cached(
            "SELECT uuid, book_uuid, entry_number, registration_date, subject_name, outcome, transcript, note, "
            "warnings, schema_version, reader_uuid, checker_uuid, session_uuid, logged_at, seconds_spent, supersedes, "
            "reason FROM hub_checks WHERE uuid = ?1");
        select->bindUuid(1, uuid);
        PutResult result{Put::Same, {}, {}, {}};
        if (select->step()) {
            QJsonObject held = rows::read(*select, spec, 0, rows::Uuids::AsBytes);
            select->reset();
            QJsonArray heldCorrections;
            auto c = m_db.cached("SELECT position, field_key, value_before, value_after, class, writing_difference "
                                 "FROM hub_corrections WHERE check_uuid = ?1 ORDER BY position");
            c->bind(1, uuid);
            while (c->step()) {
                heldCorrections.append(rows::read(*c, exchange::correctionsSpec(), 0));
            }
            c->reset();
            held.insert(QStringLiteral("corrections"), heldCorrections);
            QByteArray heldText = exchange::canonicalRow(held);
            exchange::ParsedCheck arrived{check.fields, {}}; // the values share their bytes
            for (const IncomingCheck::Correction& correction : check.corrections) {
                arrived.corrections.push_back(correction.fields);
            }
            QByteArray incomingText = exchange::canonicalRow(exchange::checkObject(arrived));
            if (heldText != incomingText) {
                result = {Put::Conflict, std::move(heldText), std::move(incomingText), uuid};
            }
        } else {
            select->reset();
        }
        return result;
    }

    int realCorrections = 0;
    int writingDifferences = 0;
    {
        auto c = m_db.cached("INSERT INTO hub_corrections (check_uuid, position, field_key, value_before, value_after, "
                             "class, writing_difference) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT DO NOTHING");
        for (const IncomingCheck::Correction& correction : check.corrections) {
            c->bind(1, uuid);
            rows::bind(*c, correction.fields, 2);
            c->run();
            c->reset();
            correction.writingDifference ? ++writingDifferences : ++realCorrections;
        }
    }

    const QString& outcome = check.outcome;
    const QString& bookUuid = check.book;
    const qint64 entry = check.entry;
    QString firstUuid = uuid;
    const QString& loggedAt = check.loggedAt;
    const QString& reader = check.reader;
    const QString& checker = check.checker;
    QString firstLoggedAt = loggedAt;
    QString firstReader = reader;
    QString firstChecker = checker;
    QString before;
    int beforeReal = 0;
    int beforeWriting = 0;
    const QString& supersedes = check.supersedes;
    std::optional<ErrorMapGateway::CurrentRow> superseded; // its row, as the error map reads it
    if (check.supersedesRow) {
        // The state row that names the superseded check can only be its own entry's (a state row is written with its
        // check's book and entry), so it is found by that key, not by a scan of hub_entry_state for the UUID.
        auto place =
            m_db.cached("SELECT book_uuid, entry_number, site_uuid, registration_date, schema_version, outcome "
                        "FROM hub_checks WHERE uuid = ?1");
        place->bindUuid(1, supersedes);
        if (place->step()) {
            const QString placeBook = place->uuid(0);
            auto left = m_db.cached("DELETE FROM hub_entry_state WHERE book_uuid = ?1 AND entry_number = ?2 AND "
                                    "check_uuid = ?3 RETURNING outcome, first_check");
            left->bindUuid(1, placeBook).bind(2, place->int64(1)).bindUuid(3, supersedes);
            if (left->step()) {
                before = left->text(0);
                firstUuid = left->uuid(1);
            }
            left->reset();
            if (!before.isEmpty()) {
                const BookFacts& book = bookOf(placeBook);
                superseded = ErrorMapGateway::CurrentRow{place->uuid(2),
                                                         book.recordType,
                                                         book.firstYear,
                                                         place->text(3),
                                                         place->text(4),
                                                         place->text(5),
                                                         {}};
            }
        }
        place->reset();
        if (superseded) {
            auto first = m_db.cached("SELECT logged_at, reader_uuid, checker_uuid FROM hub_checks WHERE uuid = ?1");
            first->bindUuid(1, firstUuid);
            if (first->step()) {
                firstLoggedAt = first->text(0);
                firstReader = first->uuid(1);
                firstChecker = first->uuid(2);
            }
            first->reset();
            auto corrections =
                m_db.cached("SELECT field_key, class, writing_difference FROM hub_corrections WHERE check_uuid = ?1");
            corrections->bind(1, supersedes);
            while (corrections->step()) {
                const bool writing = corrections->int64(2) != 0;
                superseded->corrections.push_back({corrections->text(0), corrections->text(1), writing});
                writing ? ++beforeWriting : ++beforeReal;
            }
            corrections->reset();
        }
    }
    const BookFacts& book = bookOf(bookUuid); // a reference into m_books, which keeps its nodes until beginBundle
    // --- The error map (schema 22): the superseded current row's contribution out, the new current row's in. ---
    if (superseded) {
        ErrorMapGateway::noteCurrentRow(m_map, *superseded, -1);
    }
    if (outcome != QLatin1String("void")) {
        auto state =
            m_db.cached("INSERT INTO hub_entry_state (book_uuid, entry_number, check_uuid, first_check, outcome) "
                        "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT DO NOTHING");
        state->bindUuid(1, bookUuid).bind(2, entry).bindUuid(3, uuid).bindUuid(4, firstUuid).bind(5, outcome);
        state->run();
        const bool current = state->changes() == 1;
        state->reset();
        if (current) {
            ErrorMapGateway::CurrentRow row{
                siteUuid, book.recordType, book.firstYear, check.registrationDate, check.schemaVersion, outcome, {}};
            row.corrections.reserve(check.corrections.size());
            for (const IncomingCheck::Correction& correction : check.corrections) {
                row.corrections.push_back({correction.field, correction.cls, correction.writingDifference});
            }
            ErrorMapGateway::noteCurrentRow(m_map, row, 1);
        }
    } else {
        realCorrections = 0;
        writingDifferences = 0;
    }
    if (before.isEmpty() || before == QLatin1String("void")) {
        beforeReal = 0;
        beforeWriting = 0;
    }
    const QString& rowDay = check.day;
    const QString firstDay = firstLoggedAt == loggedAt ? rowDay : sitetime::dayKeyOfStored(firstLoggedAt);
    const Weight was = weightOf(before);
    const Weight is = weightOf(outcome);
    const Delta d{is.logged - was.logged,
                  1,
                  is.corrected - was.corrected,
                  realCorrections - beforeReal,
                  writingDifferences - beforeWriting,
                  is.escalated - was.escalated};
    delta.entries += d.entries;
    delta.checks += d.checks;
    delta.corrected += d.corrected;
    delta.corrections += d.corrections;
    delta.writingDifferences += d.writingDifferences;
    delta.escalated += d.escalated;
    if (d.entries != 0 || d.corrected != 0 || d.escalated != 0 || d.corrections != 0 || d.writingDifferences != 0) {
        DailyDelta& day = m_daily[DailyKey{siteUuid, firstDay, book.recordType, std::min(firstReader, firstChecker),
                                           std::max(firstReader, firstChecker)}];
        day.logged += d.entries;
        day.corrected += d.corrected;
        day.escalated += d.escalated;
        day.corrections += d.corrections;
        day.writingDifferences += d.writingDifferences;
    }
    // --- Report summaries (schema 8): hub_daily_books, hub_daily_corrections, hub_daily_people. ---
    noteReportCheck(siteUuid, check, before, FirstRow{firstDay, firstReader, firstChecker}, d);
    noteWork(siteUuid, check, before, FirstRow{firstDay, firstReader, firstChecker}, d);
    return {};
}

void HubGateway::beginBundle() {
    m_daily.clear();
    m_books.clear();
    m_map = {};
    // --- Report summaries (schema 8) ---
    m_reportBooks.clear();
    m_reportCorrections.clear();
    m_reportPeople.clear();
    m_reportSpots.clear();
    m_reportWork.clear();
}

void HubGateway::flushDaily() {
    auto upsert = m_db.cached(
        "INSERT INTO hub_daily (site_uuid, day, record_type, first_user, second_user, logged, corrected, escalated, "
        "corrections, writing_differences) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) ON CONFLICT (site_uuid, "
        "day, record_type, first_user, second_user) DO UPDATE SET logged = logged + ?6, corrected = corrected + ?7, "
        "escalated = escalated + ?8, corrections = corrections + ?9, writing_differences = writing_differences + ?10");
    for (const auto& [key, d] : m_daily) {
        upsert->bind(1, key.siteUuid)
            .bind(2, key.day)
            .bind(3, key.recordType)
            .bind(4, key.firstUser)
            .bind(5, key.secondUser)
            .bind(6, d.logged)
            .bind(7, d.corrected)
            .bind(8, d.escalated)
            .bind(9, d.corrections)
            .bind(10, d.writingDifferences);
        upsert->run();
        upsert->reset();
    }
    m_daily.clear();
    ErrorMapGateway(m_db).flush(m_map);
    // --- Report summaries (schema 8) ---
    flushReports();
}

// --- Report summaries (schema 8; docs/HUB.md "Summary tables") ---------------------------------------------------
// The same rules as the workstation's reports (ReportService, CheckGateway, ReviewGateway): kept by the same deltas
// as hub_daily, summed per bundle in memory and written by flushReports, one upsert per key.

const HubGateway::BookFacts& HubGateway::bookOf(const QString& bookUuid) {
    auto known = m_books.find(bookUuid);
    if (known == m_books.end()) {
        BookFacts facts;
        auto book = m_db.cached("SELECT record_type, year_from FROM hub_books WHERE uuid = ?1");
        book->bind(1, bookUuid);
        if (book->step()) {
            facts = {book->text(0), book->int64(1)};
        }
        book->reset();
        known = m_books.emplace(bookUuid, std::move(facts)).first;
    }
    return known->second;
}

QString HubGateway::recordTypeOf(const QString& bookUuid) {
    return bookOf(bookUuid).recordType;
}

void HubGateway::noteReportCheck(const QString& siteUuid, const IncomingCheck& row, const QString& before,
                                 const FirstRow& first, const Delta& d) {
    const QString& firstDay = first.day;
    const QString& rowDay = row.day;
    // Progress and the first pair's credit: on the entry's first day (a void takes it out, an amendment keeps it).
    if (d.entries != 0) {
        m_reportBooks[{siteUuid, firstDay, row.book}] += d.entries;
        m_reportPeople[{siteUuid, firstDay, first.reader}].read += d.entries;
        m_reportPeople[{siteUuid, firstDay, first.checker}].checked += d.entries;
    }
    if (d.corrections != 0) { // real corrections of the current row, to the first checker
        m_reportPeople[{siteUuid, firstDay, first.checker}].corrections += d.corrections;
    }
    // A re-check: any row superseding another that is not a void, for its own pair on its own day.
    const bool void_ = row.outcome == QLatin1String("void");
    if (row.supersedesRow && !void_) {
        m_reportPeople[{siteUuid, rowDay, row.reader}].rechecks += 1;
        m_reportPeople[{siteUuid, rowDay, row.checker}].rechecks += 1;
    }
    // Corrections of current rows, on the current row's day: the new row's in, the superseded current row's out.
    const bool hasCorrections = !row.corrections.empty();
    if ((!void_ && hasCorrections) || !before.isEmpty()) {
        const QString recordType = recordTypeOf(row.book);
        if (!void_) {
            for (const IncomingCheck::Correction& c : row.corrections) {
                m_reportCorrections[{siteUuid, rowDay, recordType, c.field, c.cls, c.writingDifference ? 1 : 0}] += 1;
            }
        }
        if (!before.isEmpty()) {
            const QString& superseded = row.supersedes;
            QString day;
            auto at = m_db.cached("SELECT logged_at FROM hub_checks WHERE uuid = ?1");
            at->bindUuid(1, superseded);
            if (at->step()) {
                day = sitetime::dayKeyOfStored(at->text(0));
            }
            at->reset();
            auto old =
                m_db.cached("SELECT field_key, class, writing_difference FROM hub_corrections WHERE check_uuid = ?1");
            old->bind(1, superseded);
            while (old->step()) {
                m_reportCorrections[{siteUuid, day, recordType, old->text(0), old->text(1),
                                     old->integer(2) != 0 ? 1 : 0}] -= 1;
            }
            old->reset();
        }
    }
}

void HubGateway::noteReportReview(const QString& siteUuid, const exchange::PlainRow& row) {
    static const int kDecision = fieldIndex(exchange::reviewsSpec(), "decision");
    static const int kAt = fieldIndex(exchange::reviewsSpec(), "at");
    static const int kCheck = fieldIndex(exchange::reviewsSpec(), "check");
    const QByteArray& decision = row[kDecision].text;
    if (decision != "return" && decision != "approve" && decision != "flag") {
        return;
    }
    const QString day = sitetime::dayKeyOfStored(textOf(row, kAt));
    auto pair = m_db.cached("SELECT reader_uuid, checker_uuid FROM hub_checks WHERE uuid = ?1");
    const QByteArray& check = row[kCheck].text;
    pair->bindUuid(1, std::string_view(check.constData(), static_cast<std::size_t>(check.size())));
    if (pair->step()) {
        // Returns for the volunteers report; returns, approvals and flags for the evaluation (schema 18).
        for (int member = 0; member < 2; ++member) {
            PeopleDelta& p = m_reportPeople[{siteUuid, day, pair->uuid(member)}];
            (decision == "return" ? p.returns : decision == "approve" ? p.approvals : p.flags) += 1;
        }
    }
    pair->reset();
}

// A spot result counts for its item's sample (day, pair) and sampled row (reader, checker): the item's first result
// makes it sampled; a result newer than the item's latest so far replaces it (missed follows); an older one changes
// nothing.
void HubGateway::noteReportSpotResult(const QString& siteUuid, const exchange::PlainRow& row) {
    static const int kUuid = fieldIndex(exchange::spotResultsSpec(), "uuid");
    static const int kItem = fieldIndex(exchange::spotResultsSpec(), "item");
    static const int kAt = fieldIndex(exchange::spotResultsSpec(), "at");
    static const int kResult = fieldIndex(exchange::spotResultsSpec(), "result");
    const QString uuid = textOf(row, kUuid);
    const QString item = textOf(row, kItem);
    const QString at = textOf(row, kAt);
    const int miss = row[kResult].text == "missed" ? 1 : 0;
    auto place = m_db.cached("SELECT p.day, p.first_user, p.second_user, c.reader_uuid, c.checker_uuid FROM "
                             "hub_spot_items i JOIN hub_spot_samples p ON p.uuid = i.sample_uuid JOIN hub_checks c ON "
                             "c.uuid = unhex(replace(i.check_uuid, '-', '')) WHERE i.uuid = ?1");
    place->bind(1, item);
    if (!place->step()) {
        place->reset();
        return; // an item the hub does not hold (never sent before its results): nothing to count it for
    }
    const SpotKey key{siteUuid, place->text(0), place->text(1), place->text(2), place->uuid(3), place->uuid(4)};
    place->reset();
    auto previous = m_db.cached("SELECT at, uuid, result FROM hub_spot_results WHERE item_uuid = ?1 AND uuid <> ?2 "
                                "ORDER BY at DESC, uuid DESC LIMIT 1");
    previous->bind(1, item).bind(2, uuid);
    SpotDelta& d = m_reportSpots[key];
    if (!previous->step()) {
        d.sampled += 1;
        d.missed += miss;
    } else if (std::pair{at, uuid} > std::pair{previous->text(0), previous->text(1)}) {
        d.missed += miss - (previous->text(2) == QLatin1String("missed") ? 1 : 0);
    }
    previous->reset();
}

void HubGateway::flushReports() {
    auto books = m_db.cached("INSERT INTO hub_daily_books (site_uuid, day, book_uuid, logged) VALUES (?1, ?2, ?3, ?4) "
                             "ON CONFLICT (site_uuid, day, book_uuid) DO UPDATE SET logged = logged + ?4");
    for (const auto& [key, n] : m_reportBooks) {
        if (n == 0) {
            continue;
        }
        books->bind(1, std::get<0>(key)).bind(2, std::get<1>(key)).bind(3, std::get<2>(key)).bind(4, n);
        books->run();
        books->reset();
    }
    auto corrections = m_db.cached(
        "INSERT INTO hub_daily_corrections (site_uuid, day, record_type, field_key, class, writing_difference, count) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (site_uuid, day, record_type, field_key, class, "
        "writing_difference) DO UPDATE SET count = count + ?7");
    for (const auto& [key, n] : m_reportCorrections) {
        if (n == 0) {
            continue;
        }
        corrections->bind(1, std::get<0>(key))
            .bind(2, std::get<1>(key))
            .bind(3, std::get<2>(key))
            .bind(4, std::get<3>(key))
            .bind(5, std::get<4>(key))
            .bind(6, std::get<5>(key))
            .bind(7, n);
        corrections->run();
        corrections->reset();
    }
    auto people = m_db.cached(
        "INSERT INTO hub_daily_people (site_uuid, day, user_uuid, read, checked, corrections, rechecks, returns, "
        "approvals, flags) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) ON CONFLICT (site_uuid, day, user_uuid) DO "
        "UPDATE SET read = read + ?4, checked = checked + ?5, corrections = corrections + ?6, rechecks = rechecks + "
        "?7, "
        "returns = returns + ?8, approvals = approvals + ?9, flags = flags + ?10");
    for (const auto& [key, p] : m_reportPeople) {
        if (p.read == 0 && p.checked == 0 && p.corrections == 0 && p.rechecks == 0 && p.returns == 0 &&
            p.approvals == 0 && p.flags == 0) {
            continue;
        }
        people->bind(1, std::get<0>(key))
            .bind(2, std::get<1>(key))
            .bind(3, std::get<2>(key))
            .bind(4, p.read)
            .bind(5, p.checked)
            .bind(6, p.corrections)
            .bind(7, p.rechecks)
            .bind(8, p.returns)
            .bind(9, p.approvals)
            .bind(10, p.flags);
        people->run();
        people->reset();
    }
    auto spots = m_db.cached(
        "INSERT INTO hub_daily_spots (site_uuid, day, first_user, second_user, reader, checker, sampled, missed) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT (site_uuid, day, first_user, second_user, reader, "
        "checker) DO UPDATE SET sampled = sampled + ?7, missed = missed + ?8");
    for (const auto& [key, d] : m_reportSpots) {
        if (d.sampled == 0 && d.missed == 0) {
            continue;
        }
        spots->bind(1, std::get<0>(key))
            .bind(2, std::get<1>(key))
            .bind(3, std::get<2>(key))
            .bind(4, std::get<3>(key))
            .bind(5, std::get<4>(key))
            .bind(6, std::get<5>(key))
            .bind(7, d.sampled)
            .bind(8, d.missed);
        spots->run();
        spots->reset();
    }
    auto work = m_db.cached(
        "INSERT INTO hub_daily_work (site_uuid, day, book_uuid, first_user, second_user, logged, matches, corrections, "
        "writing_differences, new_entries, duplicates, escalations, voids, amendments) VALUES (?1, ?2, ?3, ?4, ?5, ?6, "
        "?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14) ON CONFLICT (site_uuid, day, book_uuid, first_user, second_user) DO "
        "UPDATE SET logged = logged + ?6, matches = matches + ?7, corrections = corrections + ?8, writing_differences "
        "= writing_differences + ?9, new_entries = new_entries + ?10, duplicates = duplicates + ?11, escalations = "
        "escalations + ?12, voids = voids + ?13, amendments = amendments + ?14");
    for (const auto& [key, w] : m_reportWork) {
        if (w.empty()) {
            continue;
        }
        work->bind(1, std::get<0>(key))
            .bind(2, std::get<1>(key))
            .bind(3, std::get<2>(key))
            .bind(4, std::get<3>(key))
            .bind(5, std::get<4>(key))
            .bind(6, w.logged)
            .bind(7, w.matches)
            .bind(8, w.corrections)
            .bind(9, w.writingDifferences)
            .bind(10, w.newEntries)
            .bind(11, w.duplicates)
            .bind(12, w.escalations)
            .bind(13, w.voids)
            .bind(14, w.amendments);
        work->run();
        work->reset();
    }
    m_reportBooks.clear();
    m_reportCorrections.clear();
    m_reportPeople.clear();
    m_reportSpots.clear();
    m_reportWork.clear();
}

// The evaluation's summary (schema 18): the entry's columns where hub_daily counts it (first day, first pair), by the
// change from the superseded current row's outcome (`before`) to this row's; a void or an amendment for its own pair
// on its own day.
void HubGateway::noteWork(const QString& siteUuid, const IncomingCheck& row, const QString& before,
                          const FirstRow& first, const Delta& d) {
    const bool void_ = row.outcome == QLatin1String("void");
    const auto change = [&](const char* outcome) -> qint64 {
        return (!void_ && row.outcome == QLatin1String(outcome) ? 1 : 0) - (before == QLatin1String(outcome) ? 1 : 0);
    };
    WorkDelta entry;
    entry.logged = d.entries;
    entry.matches = change("match");
    entry.corrections = d.corrections;
    entry.writingDifferences = d.writingDifferences;
    entry.newEntries = change("missing_entered_new");
    entry.duplicates = change("duplicate_in_database");
    entry.escalations = d.escalated;
    if (!entry.empty()) {
        WorkDelta& w = m_reportWork[{siteUuid, first.day, row.book, std::min(first.reader, first.checker),
                                     std::max(first.reader, first.checker)}];
        w.logged += entry.logged;
        w.matches += entry.matches;
        w.corrections += entry.corrections;
        w.writingDifferences += entry.writingDifferences;
        w.newEntries += entry.newEntries;
        w.duplicates += entry.duplicates;
        w.escalations += entry.escalations;
    }
    if (row.supersedesRow) {
        WorkDelta& w = m_reportWork[{siteUuid, row.day, row.book, std::min(row.reader, row.checker),
                                     std::max(row.reader, row.checker)}];
        (void_ ? w.voids : w.amendments) += 1;
    }
}
// --- end of the report summaries ----------------------------------------------------------------------------------

void HubGateway::addTotals(const QString& siteUuid, const Delta& d, const QString& lastImport) {
    m_db.cached("INSERT INTO hub_site_totals (site_uuid, entries, checks, corrected, corrections, writing_differences, "
                "escalations_open, last_import) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT (site_uuid) DO "
                "UPDATE SET entries = entries + ?2, checks = checks + ?3, corrected = corrected + ?4, corrections = "
                "corrections + ?5, writing_differences = writing_differences + ?6, escalations_open = "
                "escalations_open + ?7, last_import = max(coalesce(last_import, ''), ?8)")
        ->bind(1, siteUuid)
        .bind(2, d.entries)
        .bind(3, d.checks)
        .bind(4, d.corrected)
        .bind(5, d.corrections)
        .bind(6, d.writingDifferences)
        .bind(7, d.escalated)
        .bind(8, lastImport)
        .run();
}

std::optional<HubGateway::Totals> HubGateway::totals(const QString& siteUuid) {
    auto s = m_db.cached("SELECT entries, checks, corrected, corrections, writing_differences, escalations_open, "
                         "coalesce(last_import, '') FROM hub_site_totals WHERE site_uuid = ?1");
    s->bind(1, siteUuid);
    if (!s->step()) {
        return std::nullopt;
    }
    return Totals{s->int64(0), s->int64(1), s->int64(2), s->int64(3), s->int64(4), s->int64(5), s->text(6)};
}

std::vector<HubGateway::Daily> HubGateway::daily(const QString& siteUuid) {
    auto s = m_db.prepare("SELECT day, record_type, first_user, second_user, logged, corrected, escalated, "
                          "corrections, writing_differences FROM hub_daily WHERE site_uuid = ?1 ORDER BY day, "
                          "record_type, first_user, second_user");
    s.bind(1, siteUuid);
    std::vector<Daily> out;
    while (s.step()) {
        out.push_back(
            {s.text(0), s.text(1), s.text(2), s.text(3), s.int64(4), s.int64(5), s.int64(6), s.int64(7), s.int64(8)});
    }
    return out;
}

void HubGateway::insertDecision(const Decision& d) {
    m_db.prepare("INSERT INTO hub_decisions (uuid, site_uuid, check_uuid, decision, note, decided_by, decided_at) "
                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
        .bind(1, d.uuid)
        .bind(2, d.siteUuid)
        .bind(3, d.checkUuid)
        .bind(4, d.decision)
        .bind(5, d.note)
        .bind(6, d.decidedBy)
        .bind(7, d.decidedAt)
        .run();
}

std::vector<HubGateway::Decision> HubGateway::decisionsFor(const QString& siteUuid) {
    auto s = m_db.cached("SELECT uuid, site_uuid, check_uuid, decision, note, decided_by, decided_at FROM "
                         "hub_decisions WHERE site_uuid = ?1 ORDER BY decided_at, uuid"); // once per receipt
    s->bind(1, siteUuid);
    std::vector<Decision> out;
    while (s->step()) {
        out.push_back({s->text(0), s->text(1), s->text(2), s->text(3), s->text(4), s->text(5), s->text(6)});
    }
    return out;
}

std::optional<HubGateway::CheckPlace> HubGateway::checkPlace(const QString& checkUuid) {
    const std::optional<UuidBytes> bytes = uuidBytes(checkUuid);
    if (!bytes) {
        return std::nullopt; // not a UUID: no check of the hub's
    }
    // hub_checks keeps the UUID as its bytes, hub_review_events as its lower-case text (the bundle's reader refuses
    // any other).
    auto s = m_db.prepare("SELECT c.site_uuid, (SELECT r.state FROM hub_review_events r WHERE r.check_uuid = ?2 "
                          "ORDER BY r.at DESC, r.uuid DESC LIMIT 1) FROM hub_checks c WHERE c.uuid = ?1");
    s.bindBlob(1, *bytes).bind(2, uuidText(*bytes));
    if (!s.step()) {
        return std::nullopt;
    }
    return CheckPlace{uuidText(*bytes), s.uuid(0), s.optionalText(1).value_or(QString()) == QLatin1String("flagged")};
}

} // namespace dc::core::gateways
