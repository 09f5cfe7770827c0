// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/KeyHash.h"
#include "core/audit/AuditLog.h"
#include "core/exchange/BundlePayload.h"
#include "core/gateways/ErrorMapGateway.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <span>
#include <tuple>
#include <unordered_map>
#include <vector>

namespace dc::core::store {
class Database;
}

namespace dc::core::gateways {

// The only SQL of the hub's side of the exchange (docs/HUB.md "Import at the hub", "Summary tables"): the chains
// as shipped (`hub_chain_blocks`, `hub_checkpoints`), the bundles seen (`hub_bundles`), alarms and conflicts, the
// imported rows keyed by the workstation's UUIDs (`hub_users` … `hub_work_session_events`), the summaries kept at
// import (`hub_entry_state`, `hub_daily`, `hub_site_totals`) and the district's decisions (`hub_decisions`). The
// pinned sites (`hub_sites`) are EnrollmentGateway's. The import path uses cached statements. Callers hold the
// transaction; functions throw store::StoreError.
class HubGateway {
public:
    explicit HubGateway(store::Database& db) : m_db(db) {}

    // A page cache the size of an import's working set (256 MiB) for this connection: the imported tables are keyed
    // by random UUIDs, so each row lands on its own page, and with SQLite's default cache (2 MiB) every insert reads
    // its page again from disk and decrypts it (measured: twice the import rate with the larger cache).
    void useImportCache();

    struct Bundle {
        QString bundleId;
        QString siteUuid;
        qint64 epoch = 0;
        qint64 sequence = 0;
        qint64 firstEvent = 0;
        qint64 lastEvent = 0;
        qint64 checks = 0;
        QString status; // "imported" or "held"
        QString heldFile;
        QString receivedAt;
    };
    [[nodiscard]] std::optional<Bundle> bundle(const QString& bundleId);
    [[nodiscard]] std::optional<Bundle> bundleAt(const QString& siteUuid, qint64 sequence);
    void insertBundle(const Bundle& bundle, const QString& appliedAt);
    void markApplied(const QString& bundleId, qint64 checks, const QString& appliedAt);
    [[nodiscard]] std::vector<Bundle> heldBundles(const QString& siteUuid);
    // The highest sequence applied for the site (0: none).
    [[nodiscard]] qint64 newestApplied(const QString& siteUuid);

    // The site's chain as shipped (docs/HUB.md "The chain in blocks"): its length (0: none) and the hash at a seq.
    [[nodiscard]] qint64 chainLength(const QString& siteUuid);
    [[nodiscard]] std::optional<audit::Hash> chainHashAt(const QString& siteUuid, qint64 seq);
    // Consecutive events of one site as the hub keeps them: their hashes in order and their text fields compressed.
    // Made off the importing thread (pure), so that the importing thread writes one row per bundle, not one per event.
    struct ChainBlock {
        qint64 firstSeq = 0;
        qint64 lastSeq = 0;
        QByteArray hashes; // 32 bytes per event
        QByteArray events; // encoding json-zstd
    };
    // `events` are consecutive (seq rising by one) and not empty.
    [[nodiscard]] static ChainBlock chainBlock(std::span<const audit::Event> events);
    // A block's events as stored (`compressed`: encoding json-zstd, else json): an array of [at, actors, action,
    // subject, details] per event, in order; nothing when the bytes are not such a block.
    [[nodiscard]] static std::optional<QJsonArray> blockEvents(const QByteArray& stored, bool compressed);
    // Appends the block after the site's chain (its firstSeq is chainLength + 1).
    void appendChain(const QString& siteUuid, const ChainBlock& block);
    // The details of the newest "check.*" event about `checkUuid` in the site's chain (reads the site's blocks from
    // the newest back: a rare path, for a check sent again without its event).
    [[nodiscard]] std::optional<QString> checkEventDetails(const QString& siteUuid, const QString& checkUuid);

    struct Checkpoint {
        qint64 size = 0;
        audit::Hash head{};
        QString note;
        QString at;
    };
    void setCheckpoint(const QString& siteUuid, const Checkpoint& checkpoint);
    [[nodiscard]] std::optional<Checkpoint> checkpoint(const QString& siteUuid);

    struct Alarm {
        QString kind; // fork, rollback, held, conflict
        QString bundleId;
        QString message;
        QString at;
    };
    void addAlarm(const QString& siteUuid, const Alarm& alarm);
    // Clears the open alarms of a kind about a bundle (a held bundle applied).
    void clearAlarms(const QString& siteUuid, const QString& kind, const QString& bundleId, const QString& at);
    // Open alarms, oldest first.
    [[nodiscard]] std::vector<Alarm> openAlarms(const QString& siteUuid);
    void addConflict(const QString& siteUuid, const QString& table, const QString& uuid, const QByteArray& held,
                     const QByteArray& incoming, const QString& bundleId, const QString& at);
    [[nodiscard]] qint64 conflictCount(const QString& siteUuid);

    // The import binds each row from its plain values (exchange::parsePayload's, read off the importing thread); a
    // row's JSON text is made only to keep a conflict.
    // Users and books carry their state: the newest bundle's wins (for rows of the same site).
    void putUser(const QString& siteUuid, const exchange::PlainRow& row);
    void putBook(const QString& siteUuid, const QString& district, const QString& commune,
                 const exchange::PlainRow& row);

    // A row keyed by UUID: inserted, or already there with the same content, or there with another (then `held` and
    // `incoming` are the canonical texts of what the hub holds and of what arrived, `uuid` the row's).
    enum class Put { Inserted, Same, Conflict };
    struct PutResult {
        Put put = Put::Inserted;
        QByteArray held;
        QByteArray incoming;
        QString uuid;
    };
    enum class Table { Sessions, SessionEvents, Reviews, SpotSamples, SpotItems, SpotResults };
    PutResult putRow(Table table, const QString& siteUuid, const exchange::PlainRow& values);

    // What applying checks changed in the site's totals (hub_site_totals).
    struct Delta {
        qint64 entries = 0;
        qint64 checks = 0;
        qint64 corrected = 0;
        qint64 corrections = 0;
        qint64 writingDifferences = 0;
        qint64 escalated = 0;
    };
    // Inserts a check with its corrections; when new, moves its entry's state and keeps hub_daily by the
    // workstation's daily_counts rule (CheckGateway: an entry counts on the site day it was first logged, for the pair
    // who first logged it, unless voided since; corrected, escalated, corrections and writing differences follow its
    // current row), adding to `delta`.
    //
    // The hub_daily changes of a bundle's checks are summed in memory and written by flushDaily, one upsert per
    // (day, record type, pair) instead of one per check; the record type of each book is read once per bundle.
    // The caller calls beginBundle inside the bundle's transaction before its first putCheck and flushDaily before
    // committing it.
    //
    // A check arrives as an IncomingCheck, everything putCheck needs of its row made beforehand by prepareCheck (no
    // database: the import calls it on its worker thread).
    struct IncomingCheck {
        exchange::PlainRow fields; // checksSpec's order
        QByteArray subjectKey;     // domain::foldForSearch(subject name), UTF-8
        QString uuid;
        QString book;
        qint64 entry = 0;
        QString registrationDate;
        QString schemaVersion;
        QString outcome;
        QString loggedAt;
        QString day; // sitetime::dayKeyOfStored(loggedAt)
        QString reader;
        QString checker;
        bool supersedesRow = false; // "supersedes" is a UUID
        QString supersedes;
        struct Correction {
            exchange::PlainRow fields; // correctionsSpec's order
            QString field;
            QString cls;
            bool writingDifference = false;
        };
        std::vector<Correction> corrections;
    };
    [[nodiscard]] static IncomingCheck prepareCheck(const exchange::ParsedCheck& row);
    PutResult putCheck(const QString& siteUuid, const IncomingCheck& check, Delta& delta);
    void beginBundle();
    void flushDaily();
    void addTotals(const QString& siteUuid, const Delta& delta, const QString& lastImport);

    struct Totals {
        qint64 entries = 0;
        qint64 checks = 0;
        qint64 corrected = 0;
        qint64 corrections = 0;
        qint64 writingDifferences = 0;
        qint64 escalationsOpen = 0;
        QString lastImport;
    };
    [[nodiscard]] std::optional<Totals> totals(const QString& siteUuid);
    struct Daily {
        QString day;
        QString recordType;
        QString firstUser;
        QString secondUser;
        qint64 logged = 0;
        qint64 corrected = 0;
        qint64 escalated = 0;
        qint64 corrections = 0;
        qint64 writingDifferences = 0;
    };
    [[nodiscard]] std::vector<Daily> daily(const QString& siteUuid);

    // District decisions.
    struct Decision {
        QString uuid;
        QString siteUuid;
        QString checkUuid;
        QString decision;
        QString note;
        QString decidedBy;
        QString decidedAt;
    };
    void insertDecision(const Decision& decision);
    [[nodiscard]] std::vector<Decision> decisionsFor(const QString& siteUuid);
    // The site of an imported check and whether its entry was flagged (its newest review state is "flagged").
    struct CheckPlace {
        QString checkUuid; // as the hub keeps it, in lower case, whatever case it was asked for in
        QString siteUuid;
        bool flagged = false;
    };
    [[nodiscard]] std::optional<CheckPlace> checkPlace(const QString& checkUuid);

private:
    struct DailyKey {
        QString siteUuid;
        QString day;
        QString recordType;
        QString firstUser;
        QString secondUser;
        bool operator==(const DailyKey&) const = default;
    };
    struct DailyKeyHash {
        std::size_t operator()(const DailyKey& k) const noexcept {
            return KeyHash{}(std::tie(k.siteUuid, k.day, k.recordType, k.firstUser, k.secondUser));
        }
    };
    struct DailyDelta {
        qint64 logged = 0;
        qint64 corrected = 0;
        qint64 escalated = 0;
        qint64 corrections = 0;
        qint64 writingDifferences = 0;
    };
    store::Database& m_db;
    std::unordered_map<DailyKey, DailyDelta, DailyKeyHash> m_daily;
    struct BookFacts {
        QString recordType;              // "" when the hub holds no such book
        std::optional<qint64> firstYear; // none when the hub holds no such book
    };
    std::unordered_map<QString, BookFacts, KeyHash> m_books; // book UUID → what the import reads of it, per bundle
    [[nodiscard]] const BookFacts& bookOf(const QString& bookUuid);
    ErrorMapGateway::Deltas m_map; // the error map's summaries (schema 22), summed per bundle like m_daily

    // --- Report summaries (schema 8; docs/HUB.md "Summary tables"): hub_daily_books, hub_daily_corrections,
    // hub_daily_people, hub_daily_spots, summed per bundle like m_daily (cleared by beginBundle, written by
    // flushDaily). ---
    struct FirstRow { // the first row of the entry's line: its day and pair are where the entry counts
        QString day;  // its site day (sitetime::dayKeyOfStored)
        QString reader;
        QString checker;
    };
    struct PeopleDelta {
        qint64 read = 0;
        qint64 checked = 0;
        qint64 corrections = 0;
        qint64 rechecks = 0;
        qint64 returns = 0;
        qint64 approvals = 0; // schema 18: the evaluation's decisions on the pair's work
        qint64 flags = 0;
    };
    void noteReportCheck(const QString& siteUuid, const IncomingCheck& row, const QString& before,
                         const FirstRow& first, const Delta& d);
    void noteReportReview(const QString& siteUuid, const exchange::PlainRow& row);
    void noteReportSpotResult(const QString& siteUuid, const exchange::PlainRow& row);
    struct SpotDelta {
        qint64 sampled = 0;
        qint64 missed = 0;
    };
    // (site, sample's day, first user, second user, reader, checker)
    using SpotKey = std::tuple<QString, QString, QString, QString, QString, QString>;
    std::unordered_map<SpotKey, SpotDelta, KeyHash> m_reportSpots;
    void flushReports();
    [[nodiscard]] QString recordTypeOf(const QString& bookUuid);
    // (site, first day, book) → logged
    std::unordered_map<std::tuple<QString, QString, QString>, qint64, KeyHash> m_reportBooks;
    // (site, current row's day, record type, field, class, writing difference) → corrections
    std::unordered_map<std::tuple<QString, QString, QString, QString, QString, int>, qint64, KeyHash>
        m_reportCorrections;
    // (site, day, user UUID)
    std::unordered_map<std::tuple<QString, QString, QString>, PeopleDelta, KeyHash> m_reportPeople;
    // --- The evaluation's summary (schema 18): hub_daily_work, by the same deltas. ---
    struct WorkDelta {
        qint64 logged = 0;
        qint64 matches = 0;
        qint64 corrections = 0;
        qint64 writingDifferences = 0;
        qint64 newEntries = 0;
        qint64 duplicates = 0;
        qint64 escalations = 0;
        qint64 voids = 0;
        qint64 amendments = 0;
        [[nodiscard]] bool empty() const {
            return logged == 0 && matches == 0 && corrections == 0 && writingDifferences == 0 && newEntries == 0 &&
                   duplicates == 0 && escalations == 0 && voids == 0 && amendments == 0;
        }
    };
    // (site, day, book, first user, second user: the pair's UUIDs ordered) → the pair's work that day on that book
    std::unordered_map<std::tuple<QString, QString, QString, QString, QString>, WorkDelta, KeyHash> m_reportWork;
    void noteWork(const QString& siteUuid, const IncomingCheck& row, const QString& before, const FirstRow& first,
                  const Delta& d);
};

} // namespace dc::core::gateways
