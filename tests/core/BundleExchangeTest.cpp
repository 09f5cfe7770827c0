// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// Bundles, import at the hub, receipts (docs/HUB.md): real sites, real keys, real files.
#include "core/Bytes.h"
#include "core/exchange/BundlePayload.h"
#include "core/exchange/Envelope.h"
#include "core/exchange/Headers.h"
#include "core/gateways/HubGateway.h"
#include "core/keyring/SiteKeys.h"
#include "core/services/AuditService.h"
#include "core/services/BundleService.h"
#include "core/services/EnrollmentService.h"
#include "core/services/ImportService.h"
#include "core/services/LogService.h"
#include "core/services/ReportService.h"
#include "core/services/ReviewService.h"
#include "core/services/SignIn.h"
#include "core/services/UserService.h"
#include "core/store/Database.h"
#include "core/store/Statement.h"
#include "tests/support/TestSite.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QUuid>

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <optional>
#include <random>
#include <string_view>

using namespace dc;
using namespace dc::core;
using dc::test::TestSite;

namespace {

using dc::test::kRules;

CheckInput bundleEntry(qint64 book, int number, Outcome outcome = Outcome::Match) {
    CheckInput input;
    input.bookId = book;
    input.entryNumber = number;
    input.registrationDate = QStringLiteral("14/04/1998");
    input.subjectName = QStringLiteral("Nguyễn Thị Hồng");
    input.outcome = outcome;
    input.secondsSpent = 40;
    if (outcome == Outcome::Corrected) {
        input.corrections = {{QStringLiteral("subject.sex"), QStringLiteral("nam"), QStringLiteral("nữ")},
                             {QStringLiteral("subject.full_name"), QStringLiteral("NGUYEN THI HONG"),
                              QStringLiteral("Nguyễn Thị Hồng")}};
    }
    if (outcome == Outcome::Escalated) {
        input.transcript = QStringLiteral("Nguy_n Th* H_ng");
    }
    return input;
}

// A commune workstation: its site, supervisor, pair (on a clock the test moves) and one book.
struct Commune {
    std::unique_ptr<TestSite> site;
    std::unique_ptr<Session> supervisor;
    std::unique_ptr<Session> pair;
    qint64 book = 0;
    int next = 1;
    QDateTime now = QDateTime(QDate(2022, 11, 3), QTime(2, 0), Qt::UTC);

    void open() {
        supervisor = site->signIn(QString::fromLatin1(TestSite::kSupervisor), TestSite::kSupervisorPassword,
                                  [this] { return now; });
        pair = site->signInPair(QStringLiteral("lan"), TestSite::kLanPassword, QStringLiteral("minh"),
                                TestSite::kMinhPassword, [this] { return now; });
    }
    void close() {
        pair.reset();
        supervisor.reset();
    }
    LogReceipt log(Outcome outcome = Outcome::Match) {
        now = now.addSecs(60);
        auto logged = LogService::logCheck(*pair, bundleEntry(book, next++, outcome), kRules);
        EXPECT_TRUE(logged.ok()) << (logged.ok() ? "" : logged.error().detail.toStdString());
        return logged.ok() ? logged.value() : LogReceipt{};
    }
    std::vector<ExportedBundle> exportTo(const QString& dir, std::int64_t max = BundleService::kMaxPayloadBytes) {
        now = now.addSecs(60);
        auto written = BundleService::exportBundle(*supervisor, dir, max);
        EXPECT_TRUE(written.ok()) << (written.ok() ? "" : written.error().detail.toStdString());
        return written.ok() ? written.value() : std::vector<ExportedBundle>{};
    }
};

// Enrolls a commune with the hub through the real files and fingerprints.
void enroll(Session& hub, Commune& commune, const QString& place, const QString& dir) {
    const QString request = dir + QStringLiteral("/r.enroll");
    const QString welcome = dir + QStringLiteral("/w.welcome");
    QFile::remove(request);
    QFile::remove(welcome);
    auto written = EnrollmentService::request(*commune.supervisor, request);
    ASSERT_TRUE(written.ok()) << written.error().detail.toStdString();
    auto accepted = EnrollmentService::accept(hub, request, written->fingerprint, place, welcome);
    ASSERT_TRUE(accepted.ok()) << accepted.error().detail.toStdString();
    auto finished = EnrollmentService::finish(*commune.supervisor, welcome, accepted->hubFingerprint);
    ASSERT_TRUE(finished.ok()) << finished.error().detail.toStdString();
}

std::unique_ptr<Commune> makeCommune() {
    auto commune = std::make_unique<Commune>();
    commune->site = std::make_unique<TestSite>();
    commune->site->addUser(QStringLiteral("lan"), TestSite::kLanPassword);
    commune->site->addUser(QStringLiteral("minh"), TestSite::kMinhPassword);
    commune->book = commune->site->addBook(1, 5000);
    commune->open();
    return commune;
}

std::vector<ImportedFile> importAll(Session& hub, const QStringList& files) {
    auto imported = ImportService::importFiles(hub, files);
    EXPECT_TRUE(imported.ok()) << (imported.ok() ? "" : imported.error().detail.toStdString());
    return imported.ok() ? imported.value() : std::vector<ImportedFile>{};
}

ImportedFile importOne(Session& hub, const QString& file) {
    auto all = importAll(hub, {file});
    return all.empty() ? ImportedFile{} : all.front();
}

// `hub status --json`, as the CLI prints it (the same fields, the same order).
QByteArray statusJson(Session& hub) {
    auto status = ImportService::status(hub);
    EXPECT_TRUE(status.ok());
    QJsonArray communes;
    for (const HubCommune& c : status.value()) {
        QJsonArray alarms;
        for (const HubAlarm& a : c.alarms) {
            alarms.append(QJsonObject{{QStringLiteral("kind"), a.kind}, {QStringLiteral("bundle"), a.bundle}});
        }
        communes.append(QJsonObject{{QStringLiteral("commune"), c.commune},
                                    {QStringLiteral("district"), c.district},
                                    {QStringLiteral("site"), c.site},
                                    {QStringLiteral("epoch"), c.epoch},
                                    {QStringLiteral("sequence"), c.sequence},
                                    {QStringLiteral("checkpointSize"), c.checkpointSize},
                                    {QStringLiteral("entries"), c.entries},
                                    {QStringLiteral("corrections"), c.corrections},
                                    {QStringLiteral("writingDifferences"), c.writingDifferences},
                                    {QStringLiteral("escalationsOpen"), c.escalationsOpen},
                                    {QStringLiteral("lastImport"), c.lastImport},
                                    {QStringLiteral("alarms"), alarms}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("communes"), communes}}).toJson(QJsonDocument::Compact);
}

// Every row of every hub table, counted: what "nothing written" compares (alarms apart: a fork or rollback is one).
// `bookkeeping`: also the bundles recorded and the hub's own audit events, which depend on the order files came in.
QString hubTables(Session& hub, bool bookkeeping = true) {
    static const char* const kTables[] = {"hub_checkpoints",
                                          "hub_conflicts",
                                          "hub_users",
                                          "hub_books",
                                          "hub_checks",
                                          "hub_corrections",
                                          "hub_review_events",
                                          "hub_spot_samples",
                                          "hub_spot_items",
                                          "hub_spot_results",
                                          "hub_work_sessions",
                                          "hub_work_session_events",
                                          "hub_entry_state",
                                          "hub_daily",
                                          "hub_site_totals",
                                          "hub_daily_books",
                                          "hub_daily_corrections",
                                          "hub_daily_people",
                                          "hub_daily_spots",
                                          "hub_decisions",
                                          "hub_bundles",
                                          "audit_events"};
    QString out;
    for (const char* table : kTables) {
        if (!bookkeeping && (std::string_view(table) == "hub_bundles" || std::string_view(table) == "audit_events")) {
            continue;
        }
        auto s = hub.database().prepare(std::string("SELECT count(*) FROM ") + table);
        (void)s.step();
        out += QStringLiteral("%1=%2 ").arg(QLatin1String(table)).arg(s.int64(0));
    }
    // The chains by their events, not their blocks (a bundle that arrives before the one it overlaps makes one block
    // where the other order makes two): how many, and each site's hashes in order.
    qint64 events = 0;
    QByteArray hashes;
    QString lastSite;
    auto chain = hub.database().prepare(
        "SELECT site_uuid, last_seq - first_seq + 1, hashes FROM hub_chain_blocks ORDER BY site_uuid, first_seq");
    while (chain.step()) {
        if (chain.text(0) != lastSite) {
            lastSite = chain.text(0);
            hashes += lastSite.toLatin1() + ':';
        }
        events += chain.int64(1);
        const std::vector<std::uint8_t> blob = chain.blob(2);
        hashes.append(reinterpret_cast<const char*>(blob.data()), static_cast<qsizetype>(blob.size()));
    }
    out += QStringLiteral("chain=%1/%2 ")
               .arg(events)
               .arg(QString::fromLatin1(QCryptographicHash::hash(hashes, QCryptographicHash::Sha256).toHex().left(16)));
    auto daily =
        hub.database().prepare("SELECT coalesce(sum(logged), 0), coalesce(sum(corrections), 0) FROM hub_daily");
    (void)daily.step();
    out += QStringLiteral("daily=%1/%2").arg(daily.int64(0)).arg(daily.int64(1));
    // The report summaries (schema 8), summed: a refused, repeated or conflicting file changes none of them.
    auto reports = hub.database().prepare(
        "SELECT (SELECT coalesce(sum(logged), 0) FROM hub_daily_books), (SELECT coalesce(sum(count), 0) FROM "
        "hub_daily_corrections), (SELECT coalesce(sum(read + checked + corrections + rechecks + returns), 0) FROM "
        "hub_daily_people), (SELECT coalesce(sum(sampled + missed), 0) FROM hub_daily_spots)");
    (void)reports.step();
    out += QStringLiteral(" reports=%1/%2/%3/%4")
               .arg(reports.int64(0))
               .arg(reports.int64(1))
               .arg(reports.int64(2))
               .arg(reports.int64(3));
    return out;
}

qint64 alarms(Session& hub, const char* kind) {
    auto s = hub.database().prepare("SELECT count(*) FROM hub_alarms WHERE kind = ?1");
    s.bind(1, kind);
    (void)s.step();
    return s.int64(0);
}

qint64 progressTotal(Commune& commune) {
    auto report = ReportService::progress(*commune.supervisor, {QDate(2022, 1, 1), QDate(2022, 12, 31)});
    EXPECT_TRUE(report.ok());
    qint64 total = 0;
    for (const auto& row : report->rows) {
        total += row.logged;
    }
    return total;
}

QByteArray readFile(const QString& path) {
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

// Copies a site's files (database, keyring, mark) to `dir`; the sessions must be closed.
void copySite(const TestSite& site, const QString& dir) {
    const QString db = site.paths().database;
    for (const QString& suffix : {QString(), QStringLiteral(".keyring"), QStringLiteral(".mark")}) {
        const QString from = db + suffix;
        if (QFile::exists(from)) {
            ASSERT_TRUE(QFile::copy(from, dir + QStringLiteral("/site.db") + suffix));
        }
    }
}

void restoreSite(const TestSite& site, const QString& dir) {
    const QString db = site.paths().database;
    for (const QString& suffix : {QString(), QStringLiteral(".keyring"), QStringLiteral(".mark"),
                                  QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile::remove(db + suffix);
        const QString from = dir + QStringLiteral("/site.db") + suffix;
        if (QFile::exists(from)) {
            ASSERT_TRUE(QFile::copy(from, db + suffix));
        }
    }
}

// One hub and two communes for the suite (sign-ins and enrollment cost time); each test adds what it needs.
class BundleExchangeTest : public ::testing::Test {
protected:
    static inline std::unique_ptr<TestSite> hubSite;
    static inline std::unique_ptr<Session> hub;
    static inline std::unique_ptr<QTemporaryDir> work;

    static void SetUpTestSuite() {
        hubSite = std::make_unique<TestSite>(SiteKind::Hub);
        hub = hubSite->signInSupervisor();
        work = std::make_unique<QTemporaryDir>();
    }
    static void TearDownTestSuite() {
        hub.reset();
        hubSite.reset();
        work.reset();
    }

    QString folder(const QString& name) {
        const QString path = work->filePath(name);
        QDir().mkpath(path);
        return path;
    }

    std::unique_ptr<Commune> enrolled(const QString& place) {
        auto commune = makeCommune();
        enroll(*hub, *commune, place, folder(QStringLiteral("enroll")));
        return commune;
    }

    // The bundle `file` opened with the hub's key, its rows changed by `edit`, sealed to the hub again and signed with
    // the commune's real key into `to`: a valid file whose rows say what `edit` made them say. False when a step
    // failed.
    static bool resealed(const QString& file, Commune& c, const QString& to,
                         const std::function<void(exchange::BundlePayload&)>& edit) {
        const QByteArray bytes = readFile(file);
        const auto parsed = exchange::parseEnvelope(bytes, exchange::FileKind::Bundle);
        if (!parsed.ok()) {
            return false;
        }
        auto opened = exchange::openPayload(parsed.value(), hub->siteKeys()->boxPrivate);
        if (!opened.ok()) {
            return false;
        }
        auto json = exchange::decompressPayload(opened->bytes());
        if (!json.ok()) {
            return false;
        }
        auto rows = exchange::parsePayload(json->bytes());
        if (!rows.ok()) {
            return false;
        }
        exchange::BundlePayload payload = exchange::objectsOf(rows.value());
        edit(payload);
        const QByteArray compressed = exchange::compressPayload(exchange::serializePayload(payload));
        auto sealed = exchange::buildEnvelope(exchange::FileKind::Bundle, parsed->headerJson, core::asBytes(compressed),
                                              hub->siteKeys()->boxPublic, c.supervisor->siteKeys()->signingSeed);
        if (!sealed.ok()) {
            return false;
        }
        writeFile(to, sealed.value());
        return true;
    }
};

TEST_F(BundleExchangeTest, ExportImportAndReceiptRoundTrip) {
    auto c = enrolled(QStringLiteral("Dầu Tiếng/Thanh An"));
    const QString out = folder(QStringLiteral("round"));
    c->log();
    const LogReceipt corrected = c->log(Outcome::Corrected);
    c->log(Outcome::Escalated);
    const LogReceipt voided = c->log();
    ASSERT_TRUE(LogService::voidCheck(*c->pair, voided.check.id, QStringLiteral("nhập nhầm")).ok());
    CheckInput amended = bundleEntry(c->book, corrected.check.entryNumber);
    ASSERT_TRUE(LogService::amendCheck(*c->pair, corrected.check.id, amended, QStringLiteral("đọc lại"), kRules).ok());

    const auto written = c->exportTo(out);
    ASSERT_EQ(written.size(), 1U);
    EXPECT_EQ(written[0].sequence, 1);
    EXPECT_EQ(written[0].firstEvent, 1);
    EXPECT_EQ(written[0].checks, 6); // four logged, a void, an amendment
    EXPECT_TRUE(QFileInfo(written[0].file).fileName().startsWith(QStringLiteral("dau-tieng-thanh-an-2022-11-03-0001")))
        << written[0].file.toStdString();

    const ImportedFile imported = importOne(*hub, written[0].file);
    EXPECT_EQ(imported.status, QStringLiteral("imported")) << imported.message.toStdString();
    EXPECT_EQ(imported.checks, 6);
    ASSERT_TRUE(QFile::exists(imported.receipt));
    EXPECT_TRUE(imported.receipt.endsWith(QStringLiteral("receipts/dau-tieng-thanh-an-0001.receipt")));

    // The hub's totals are the workstation's own: three entries (one voided), one escalation, no correction left.
    const auto status = ImportService::status(*hub).value();
    const auto row = std::find_if(status.begin(), status.end(),
                                  [&](const HubCommune& r) { return r.site == c->supervisor->databaseId(); });
    ASSERT_NE(row, status.end());
    EXPECT_EQ(row->district, QStringLiteral("Dầu Tiếng"));
    EXPECT_EQ(row->commune, QStringLiteral("Thanh An"));
    EXPECT_EQ(row->entries, progressTotal(*c));
    EXPECT_EQ(row->entries, 3);
    EXPECT_EQ(row->corrections, 0);
    EXPECT_EQ(row->escalationsOpen, 1);
    EXPECT_EQ(row->sequence, 1);
    EXPECT_EQ(row->checkpointSize, written[0].lastEvent);

    // Until the receipt is recorded, nothing counts as delivered, and the next bundle carries everything again.
    EXPECT_FALSE(BundleService::deliveryStatus(*c->supervisor)->acknowledged);
    auto recorded = BundleService::recordReceipt(*c->supervisor, imported.receipt);
    ASSERT_TRUE(recorded.ok()) << recorded.error().detail.toStdString();
    EXPECT_EQ(recorded->sequence, 1);
    EXPECT_EQ(recorded->entries, 3);
    const auto delivered = BundleService::deliveryStatus(*c->supervisor).value();
    EXPECT_TRUE(delivered.acknowledged);
    EXPECT_EQ(delivered.entries, 3);
    EXPECT_EQ(delivered.lastEvent, written[0].lastEvent);
    // Recording it again changes nothing.
    EXPECT_TRUE(BundleService::recordReceipt(*c->supervisor, imported.receipt)->alreadyRecorded);

    // The next export starts after what the hub acknowledged: only the new check, and a fresh checkpoint.
    c->log();
    const auto next = c->exportTo(out);
    ASSERT_EQ(next.size(), 1U);
    EXPECT_EQ(next[0].sequence, 2);
    EXPECT_EQ(next[0].firstEvent, written[0].lastEvent + 1);
    EXPECT_EQ(next[0].checks, 1);
    EXPECT_EQ(importOne(*hub, next[0].file).status, QStringLiteral("imported"));
    // With nothing new, an export still carries a fresh checkpoint (its own event).
    ASSERT_TRUE(
        BundleService::recordReceipt(
            *c->supervisor,
            QFileInfo(imported.receipt).absoluteDir().filePath(QStringLiteral("dau-tieng-thanh-an-0002.receipt")))
            .ok());
    const auto empty = c->exportTo(out);
    ASSERT_EQ(empty.size(), 1U);
    EXPECT_EQ(empty[0].checks, 0);
    EXPECT_EQ(importOne(*hub, empty[0].file).status, QStringLiteral("imported"));
}

// The GUI's file dialog proposes the name the next export takes, from the same rule as the export's own name: the
// sequence after the newest exported, the site day, the date day first.
// "The province has everything up to <day>" names the site's day (UTC+7), not UTC's: work logged at 17:30 UTC on 3/11
// is on the morning of 4/11 in the commune.
TEST_F(BundleExchangeTest, TheDeliveredDayIsTheSitesDay) {
    auto c = enrolled(QStringLiteral("Dầu Tiếng/Long Hòa"));
    c->now = QDateTime(QDate(2022, 11, 3), QTime(17, 30), Qt::UTC);
    c->log();
    const auto written = c->exportTo(folder(QStringLiteral("site-day")));
    ASSERT_EQ(written.size(), 1U);
    const ImportedFile imported = importOne(*hub, written[0].file);
    ASSERT_EQ(imported.status, QStringLiteral("imported")) << imported.message.toStdString();
    ASSERT_TRUE(BundleService::recordReceipt(*c->supervisor, imported.receipt).ok());
    const auto delivered = BundleService::deliveryStatus(*c->supervisor).value();
    EXPECT_TRUE(delivered.lastEventAt.startsWith(QStringLiteral("2022-11-03T17:3")))
        << delivered.lastEventAt.toStdString();
    EXPECT_EQ(delivered.day, QDate(2022, 11, 4));
}

TEST_F(BundleExchangeTest, TheProposedNameIsTheNextExportsNameDayFirst) {
    auto lone = makeCommune();
    auto refused = BundleService::nextBundleFileName(*lone->supervisor, BundleService::NameDate::DayFirst);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::NotEnrolled);

    auto c = enrolled(QStringLiteral("Thuận An/Bình Nhâm"));
    EXPECT_EQ(BundleService::nextBundleFileName(*c->supervisor, BundleService::NameDate::DayFirst).value(),
              QStringLiteral("thuan-an-binh-nham-03-11-2022-0001.bundle"));
    auto byPair = BundleService::nextBundleFileName(*c->pair, BundleService::NameDate::DayFirst);
    ASSERT_FALSE(byPair.ok());
    EXPECT_EQ(byPair.error().code, ErrorCode::NotPermitted);

    c->log();
    const auto written = c->exportTo(folder(QStringLiteral("proposed")));
    ASSERT_EQ(written.size(), 1U);
    EXPECT_EQ(QFileInfo(written[0].file).fileName(), QStringLiteral("thuan-an-binh-nham-2022-11-03-0001.bundle"));
    EXPECT_EQ(BundleService::nextBundleFileName(*c->supervisor, BundleService::NameDate::DayFirst).value(),
              QStringLiteral("thuan-an-binh-nham-03-11-2022-0002.bundle"));
    EXPECT_EQ(BundleService::nextBundleFileName(*c->supervisor, BundleService::NameDate::Iso).value(),
              QStringLiteral("thuan-an-binh-nham-2022-11-03-0002.bundle"));
    EXPECT_EQ(BundleService::bundleFileName(QStringLiteral("Bắc Tân Uyên"), QStringLiteral("Đất Cuốc"),
                                            QDate(2022, 12, 1), 12345, BundleService::NameDate::DayFirst),
              QStringLiteral("bac-tan-uyen-dat-cuoc-01-12-2022-12345.bundle"));
}

TEST_F(BundleExchangeTest, EveryDamagedOrMisdirectedFileIsRefusedAndWritesNothing) {
    auto c = enrolled(QStringLiteral("Bến Cát/Chánh Phú Hòa"));
    const QString out = folder(QStringLiteral("refusals"));
    for (int i = 0; i < 3; ++i) {
        c->log(i == 1 ? Outcome::Corrected : Outcome::Match);
    }
    const auto written = c->exportTo(out);
    ASSERT_EQ(written.size(), 1U);
    const QByteArray good = readFile(written[0].file);
    const QString before = hubTables(*hub);
    const qint64 alarmsBefore = alarms(*hub, "fork") + alarms(*hub, "rollback") + alarms(*hub, "held");

    // One flipped byte anywhere — magic, lengths, header, sealed payload, signature — is refused.
    const QString bad = out + QStringLiteral("/bad.bundle");
    std::mt19937 random(13);
    std::vector<qsizetype> positions{0, 8, 9, 12, 13, 20, 60, good.size() - 65, good.size() - 64, good.size() - 1};
    for (int i = 0; i < 30; ++i) {
        positions.push_back(static_cast<qsizetype>(random() % static_cast<std::uint32_t>(good.size())));
    }
    for (const qsizetype position : positions) {
        QByteArray flipped = good;
        flipped[position] = static_cast<char>(flipped[position] ^ 0x5a);
        writeFile(bad, flipped);
        const ImportedFile refused = importOne(*hub, bad);
        EXPECT_EQ(refused.status, QStringLiteral("refused")) << "byte " << position;
        EXPECT_FALSE(refused.reason.isEmpty());
    }
    // Truncated anywhere.
    for (const qsizetype length : {qsizetype{0}, qsizetype{5}, qsizetype{30}, good.size() / 2, good.size() - 1}) {
        writeFile(bad, good.left(length));
        const ImportedFile refused = importOne(*hub, bad);
        EXPECT_EQ(refused.status, QStringLiteral("refused")) << "length " << length;
    }
    writeFile(bad, good.left(good.size() / 2));
    EXPECT_EQ(importOne(*hub, bad).reason, QStringLiteral("truncated"));
    // Not a file at all.
    EXPECT_EQ(importOne(*hub, out + QStringLiteral("/none.bundle")).status, QStringLiteral("refused"));
    EXPECT_EQ(hubTables(*hub), before);
    EXPECT_EQ(alarms(*hub, "fork") + alarms(*hub, "rollback") + alarms(*hub, "held"), alarmsBefore);

    // Addressed to another hub: refused there, before anything about the sender is looked at.
    {
        TestSite otherHubSite(SiteKind::Hub);
        auto otherHub = otherHubSite.signInSupervisor();
        const ImportedFile refused = importOne(*otherHub, written[0].file);
        EXPECT_EQ(refused.reason, QStringLiteral("wrong-recipient"));
    }
    // A sender this hub never enrolled (an epoch it did not give), signed with the site's real key.
    {
        const auto parsed = exchange::parseEnvelope(good, exchange::FileKind::Bundle);
        ASSERT_TRUE(parsed.ok());
        QJsonObject header = parsed->headerJson;
        header.insert(QStringLiteral("epoch"), 7);
        const QByteArray payload = QByteArray("x").repeated(64);
        auto forged = exchange::buildEnvelope(exchange::FileKind::Bundle, header,
                                              std::span(reinterpret_cast<const std::uint8_t*>(payload.constData()),
                                                        static_cast<std::size_t>(payload.size())),
                                              hub->siteKeys()->boxPublic, c->supervisor->siteKeys()->signingSeed);
        ASSERT_TRUE(forged.ok());
        writeFile(bad, forged.value());
        EXPECT_EQ(importOne(*hub, bad).reason, QStringLiteral("unknown-sender"));
        // Signed by another key than the one pinned for the site: a bad signature.
        header.insert(QStringLiteral("epoch"), 1);
        const auto stranger = keyring::generateSiteKeys();
        forged = exchange::buildEnvelope(exchange::FileKind::Bundle, header,
                                         std::span(reinterpret_cast<const std::uint8_t*>(payload.constData()),
                                                   static_cast<std::size_t>(payload.size())),
                                         hub->siteKeys()->boxPublic, stranger.signingSeed);
        ASSERT_TRUE(forged.ok());
        writeFile(bad, forged.value());
        EXPECT_EQ(importOne(*hub, bad).reason, QStringLiteral("bad-signature"));
    }
    EXPECT_EQ(hubTables(*hub), before);

    // The real file still imports; a replay is already imported and changes nothing.
    EXPECT_EQ(importOne(*hub, written[0].file).status, QStringLiteral("imported"));
    const QString after = hubTables(*hub);
    const ImportedFile replay = importOne(*hub, written[0].file);
    EXPECT_EQ(replay.status, QStringLiteral("already-imported"));
    EXPECT_EQ(hubTables(*hub), after);
    // A receipt is for its own site only.
    auto other = enrolled(QStringLiteral("Bến Cát/An Điền"));
    const QString path = QFileInfo(hubSite->paths().database)
                             .absoluteDir()
                             .filePath(QStringLiteral("receipts/ben-cat-chanh-phu-hoa-0001.receipt"));
    ASSERT_TRUE(QFile::exists(path));
    auto wrong = BundleService::recordReceipt(*other->supervisor, path);
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().code, ErrorCode::FileRefused);
    EXPECT_TRUE(wrong.error().detail.startsWith(QStringLiteral("wrong-recipient")))
        << wrong.error().detail.toStdString();
    EXPECT_FALSE(BundleService::deliveryStatus(*other->supervisor)->acknowledged);
}

// The file carries the payload's JSON compressed, and says so in its signed header; a bundle written before that (no
// `encoding`, the JSON itself) still imports; a header or a frame that is not what it says is refused, writing nothing.
TEST_F(BundleExchangeTest, ThePayloadTravelsCompressedAndBundlesWrittenBeforeStillImport) {
    auto c = enrolled(QStringLiteral("Bàu Bàng/Long Nguyên"));
    const QString out = folder(QStringLiteral("compressed"));
    for (int i = 0; i < 6; ++i) {
        c->log(i % 3 == 1 ? Outcome::Corrected : Outcome::Match);
    }
    const auto written = c->exportTo(out);
    ASSERT_EQ(written.size(), 1U);
    const QByteArray good = readFile(written[0].file);
    const auto parsed = exchange::parseEnvelope(good, exchange::FileKind::Bundle);
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(parsed->headerJson.value(QStringLiteral("encoding")).toString(), QStringLiteral("json-zstd"));
    auto opened = exchange::openPayload(parsed.value(), hub->siteKeys()->boxPrivate);
    ASSERT_TRUE(opened.ok());
    auto json = exchange::decompressPayload(opened->bytes());
    ASSERT_TRUE(json.ok());
    EXPECT_LT(opened->size() * 2, json->size()) << "the JSON compresses to less than half";
    const QByteArray plain(reinterpret_cast<const char*>(json->data()), static_cast<qsizetype>(json->size()));
    ASSERT_TRUE(exchange::parsePayload(plain).ok());

    // Sealed again with the site's real key: only the header and the payload's bytes differ from the export's.
    const QString bad = out + QStringLiteral("/resealed.bundle");
    const auto reseal = [&](const QJsonObject& header, const QByteArray& payload) {
        auto built = exchange::buildEnvelope(exchange::FileKind::Bundle, header, core::asBytes(payload),
                                             hub->siteKeys()->boxPublic, c->supervisor->siteKeys()->signingSeed);
        EXPECT_TRUE(built.ok());
        writeFile(bad, built.value());
        return importOne(*hub, bad);
    };
    const QByteArray frame(reinterpret_cast<const char*>(opened->data()), static_cast<qsizetype>(opened->size()));
    QJsonObject header = parsed->headerJson;
    const QString before = hubTables(*hub);
    const auto refusedAsDamaged = [&](const ImportedFile& file, const char* because) {
        EXPECT_EQ(file.status, QStringLiteral("refused")) << because;
        EXPECT_EQ(file.reason, QStringLiteral("damaged")) << because;
        EXPECT_EQ(hubTables(*hub), before) << because;
    };
    refusedAsDamaged(reseal(header, plain), "the JSON itself under a header that says it is compressed");
    refusedAsDamaged(reseal(header, frame.chopped(1)), "a frame cut short");
    refusedAsDamaged(reseal(header, frame + QByteArray("\0", 1)), "a byte after the frame");
    // A frame that says it holds 1 TiB: refused before anything is allocated for it.
    refusedAsDamaged(reseal(header, QByteArray("\x28\xb5\x2f\xfd\xe0\x00\x00\x00\x00\x00\x01\x00\x00\x01\x00\x00", 16)),
                     "a frame claiming 1 TiB");
    header.insert(QStringLiteral("encoding"), QStringLiteral("gzip"));
    const ImportedFile unknown = reseal(header, frame);
    refusedAsDamaged(unknown, "an encoding the hub does not know");
    EXPECT_EQ(unknown.message, QStringLiteral("the bundle's header is malformed"));
    header.insert(QStringLiteral("encoding"), 1);
    refusedAsDamaged(reseal(header, frame), "an encoding that is not text");

    // As bundles were written before: no `encoding`, the JSON itself. Imported as the export would have been.
    header.remove(QStringLiteral("encoding"));
    const ImportedFile older = reseal(header, plain);
    EXPECT_EQ(older.status, QStringLiteral("imported")) << older.message.toStdString();
    EXPECT_EQ(older.checks, 6);
    auto status = ImportService::status(*hub);
    ASSERT_TRUE(status.ok());
    const auto site = std::find_if(status->begin(), status->end(),
                                   [&](const HubCommune& h) { return h.site == c->supervisor->databaseId(); });
    ASSERT_NE(site, status->end());
    EXPECT_EQ(site->entries, 6);
    EXPECT_EQ(site->corrections, 4); // two corrected entries of two corrections each
}

// One call importing several communes' bundles signs and seals their receipts on two threads: each commune records its
// own (what the hub holds of it), and all carry the import's one time of issue.
TEST_F(BundleExchangeTest, EveryCommuneOfOneCallGetsItsOwnReceipt) {
    std::vector<std::unique_ptr<Commune>> communes;
    QStringList files;
    const QString out = folder(QStringLiteral("receipts-of-one-call"));
    int logged = 0;
    for (const char* place : {"Bàu Bàng/Lai Hưng", "Bàu Bàng/Tân Hưng", "Bàu Bàng/Hưng Hòa", "Bàu Bàng/Trừ Văn Thố"}) {
        communes.push_back(enrolled(QString::fromUtf8(place)));
        ++logged;
        for (int i = 0; i < logged; ++i) {
            communes.back()->log();
        }
        files.append(communes.back()->exportTo(out)[0].file);
    }
    const std::vector<ImportedFile> got = importAll(*hub, files);
    ASSERT_EQ(got.size(), communes.size());
    QSet<QString> issued;
    QSet<QString> paths;
    for (std::size_t i = 0; i < communes.size(); ++i) {
        ASSERT_EQ(got[i].status, QStringLiteral("imported")) << got[i].message.toStdString();
        paths.insert(got[i].receipt);
        const auto receipt = exchange::parseEnvelope(readFile(got[i].receipt), exchange::FileKind::Receipt);
        ASSERT_TRUE(receipt.ok());
        issued.insert(receipt->headerJson.value(QStringLiteral("issuedAt")).toString());
        auto recorded = BundleService::recordReceipt(*communes[i]->supervisor, got[i].receipt);
        ASSERT_TRUE(recorded.ok()) << i << ": " << recorded.error().detail.toStdString();
        EXPECT_EQ(recorded->entries, static_cast<qint64>(i) + 1);
        // Another commune's receipt is not this one's.
        const std::size_t other = (i + 1) % communes.size();
        auto wrong = BundleService::recordReceipt(*communes[other]->supervisor, got[i].receipt);
        ASSERT_FALSE(wrong.ok());
    }
    EXPECT_EQ(paths.size(), static_cast<qsizetype>(communes.size()));
    EXPECT_EQ(issued.size(), 1);
    EXPECT_FALSE(issued.values().front().isEmpty());
}

// The hub's own store failing while one file is applied (here a trigger that refuses that commune's checks, as a full
// or failing disk would refuse a write): the import runs again with a savepoint per file, that file is refused with
// nothing of it written, the others are imported as if alone. A plain import writes no savepoint per file (each would
// have SQLite copy the pages the file changes: 10-30 % of a province-sized import).
TEST_F(BundleExchangeTest, AStoreErrorInOneFileRefusesThatFileOnlyAndWritesNothingOfIt) {
    std::vector<std::unique_ptr<Commune>> communes;
    QStringList files;
    const QString out = folder(QStringLiteral("store-error"));
    for (const char* place : {"Bắc Tân Uyên/Bình Mỹ", "Bắc Tân Uyên/Hiếu Liêm", "Bắc Tân Uyên/Lạc An"}) {
        communes.push_back(enrolled(QString::fromUtf8(place)));
        communes.back()->log();
        communes.back()->log(Outcome::Corrected);
        files.append(communes.back()->exportTo(out)[0].file);
    }
    const QString failing = communes[1]->supervisor->databaseId();
    const auto rowsOf = [&](const QString& site) {
        qint64 rows = 0;
        for (const char* table : {"hub_checks", "hub_chain_blocks", "hub_bundles", "hub_site_totals", "hub_daily",
                                  "hub_checkpoints", "hub_users", "hub_books"}) {
            // hub_checks keeps its UUIDs as 16 bytes (schema 28), the others as text.
            const std::string siteKey = std::string_view(table) == "hub_checks" ? "unhex(replace(?1, '-', ''))" : "?1";
            auto s =
                hub->database().prepare(std::string("SELECT count(*) FROM ") + table + " WHERE site_uuid = " + siteKey);
            s.bind(1, site);
            (void)s.step();
            rows += s.int64(0);
        }
        return rows;
    };
    int savepoints = 0;
    hub->database().traceStatements(
        [&savepoints](std::string_view sql) { savepoints += sql.starts_with("SAVEPOINT") ? 1 : 0; });
    hub->database().exec(
        ("CREATE TEMP TRIGGER refuse_one BEFORE INSERT ON main.hub_checks WHEN NEW.site_uuid = unhex(replace('" +
         failing.toStdString() + "', '-', '')) BEGIN SELECT RAISE(ABORT, 'the disk refused'); END")
            .c_str());
    const std::vector<ImportedFile> got = importAll(*hub, files);
    hub->database().exec("DROP TRIGGER temp.refuse_one");
    ASSERT_EQ(got.size(), 3u);
    EXPECT_EQ(got[0].status, QStringLiteral("imported")) << got[0].message.toStdString();
    EXPECT_EQ(got[1].status, QStringLiteral("refused"));
    EXPECT_EQ(got[1].reason, QStringLiteral("damaged"));
    EXPECT_TRUE(got[1].receipt.isEmpty());
    EXPECT_EQ(got[2].status, QStringLiteral("imported")) << got[2].message.toStdString();
    EXPECT_GT(savepoints, 0) << "the second attempt applies each file under a savepoint";
    EXPECT_EQ(rowsOf(failing), 0) << "nothing of the refused file is written";
    for (const std::size_t i : {std::size_t{0}, std::size_t{2}}) {
        EXPECT_GT(rowsOf(communes[i]->supervisor->databaseId()), 0);
        auto recorded = BundleService::recordReceipt(*communes[i]->supervisor, got[i].receipt);
        ASSERT_TRUE(recorded.ok()) << recorded.error().detail.toStdString();
        EXPECT_EQ(recorded->entries, 2);
    }
    auto audit = AuditService::verify(*hub);
    ASSERT_TRUE(audit.ok());
    EXPECT_TRUE(audit->ok()) << audit->problem.toStdString();

    // With the store well again, the same file imports, and without a savepoint of its own.
    savepoints = 0;
    const ImportedFile again = importOne(*hub, files[1]);
    hub->database().traceStatements({});
    EXPECT_EQ(again.status, QStringLiteral("imported")) << again.message.toStdString();
    EXPECT_EQ(savepoints, 0);
    auto recorded = BundleService::recordReceipt(*communes[1]->supervisor, again.receipt);
    ASSERT_TRUE(recorded.ok()) << recorded.error().detail.toStdString();
    EXPECT_EQ(recorded->entries, 2);
}

TEST_F(BundleExchangeTest, ARestoredOlderCopyIsAForkThenARollbackWithAlarms) {
    auto c = enrolled(QStringLiteral("Bàu Bàng/Lai Uyên"));
    const QString out = folder(QStringLiteral("fork"));
    const QString copy = folder(QStringLiteral("fork-copy"));
    c->log();
    c->close();
    copySite(*c->site, copy); // an older copy: database, keyring and high-water mark together
    c->open();
    c->log();
    const auto first = c->exportTo(out);
    EXPECT_EQ(importOne(*hub, first[0].file).status, QStringLiteral("imported"));
    c->log();
    const auto second = c->exportTo(out);
    EXPECT_EQ(importOne(*hub, second[0].file).status, QStringLiteral("imported"));

    c->close();
    restoreSite(*c->site, copy);
    c->open();
    c->next = 100;
    const QString restoredOut = folder(QStringLiteral("fork-restored"));
    c->log(); // history diverges from what the hub holds
    const QString before = hubTables(*hub);
    const auto forked = c->exportTo(restoredOut); // sequence 1 again, other content
    ASSERT_EQ(forked.size(), 1U);
    EXPECT_EQ(forked[0].sequence, 1);
    const qint64 forkAlarms = alarms(*hub, "fork");
    const ImportedFile fork = importOne(*hub, forked[0].file);
    EXPECT_EQ(fork.status, QStringLiteral("refused"));
    EXPECT_EQ(fork.reason, QStringLiteral("fork"));
    EXPECT_EQ(alarms(*hub, "fork"), forkAlarms + 1);
    (void)c->exportTo(restoredOut);              // sequence 2: a fork again
    const auto third = c->exportTo(restoredOut); // sequence 3, which the hub never saw: its chain disagrees
    ASSERT_EQ(third[0].sequence, 3);
    const qint64 rollbackAlarms = alarms(*hub, "rollback");
    const ImportedFile rollback = importOne(*hub, third[0].file);
    EXPECT_EQ(rollback.status, QStringLiteral("refused"));
    EXPECT_EQ(rollback.reason, QStringLiteral("rollback"));
    EXPECT_EQ(alarms(*hub, "rollback"), rollbackAlarms + 1);
    EXPECT_EQ(hubTables(*hub), before);
    const auto status = ImportService::status(*hub).value();
    const auto row = std::find_if(status.begin(), status.end(),
                                  [&](const HubCommune& r) { return r.site == c->supervisor->databaseId(); });
    ASSERT_NE(row, status.end());
    EXPECT_GE(row->alarms.size(), 2U);
}

TEST_F(BundleExchangeTest, ASplitExportIsHeldOutOfOrderAndIdempotentInAnyOrder) {
    auto c = enrolled(QStringLiteral("Tân Uyên/Thạnh Hội"));
    const QString out = folder(QStringLiteral("split"));
    for (int i = 0; i < 12; ++i) {
        c->log(i % 4 == 1 ? Outcome::Corrected : (i % 5 == 2 ? Outcome::Escalated : Outcome::Match));
    }
    QStringList files;
    const auto first = c->exportTo(out);
    files.append(first[0].file);
    for (int i = 0; i < 12; ++i) {
        c->log(i % 3 == 0 ? Outcome::Corrected : Outcome::Match);
    }
    // A small limit: the second export is split into bundles of consecutive sequence numbers.
    const auto parts = c->exportTo(out, 4000);
    ASSERT_GE(parts.size(), 3U);
    for (std::size_t i = 0; i < parts.size(); ++i) {
        EXPECT_EQ(parts[i].sequence, first[0].sequence + 1 + static_cast<qint64>(i));
        if (i > 0) {
            EXPECT_EQ(parts[i].firstEvent, parts[i - 1].lastEvent + 1);
        }
        files.append(parts[i].file);
    }
    c->log();
    files.append(c->exportTo(out)[0].file);

    // Two copies of the hub as it stands: one imports in order (twice), the other shuffled.
    hub.reset();
    const QString inOrderDir = folder(QStringLiteral("hub-in-order"));
    const QString shuffledDir = folder(QStringLiteral("hub-shuffled"));
    copySite(*hubSite, inOrderDir);
    copySite(*hubSite, shuffledDir);
    hub = hubSite->signInSupervisor();
    const auto signInAt = [](const QString& dir) {
        SignIn signIn;
        auto session = signIn.signIn(dir + QStringLiteral("/site.db"), QString::fromLatin1(TestSite::kSupervisor),
                                     test::secret(TestSite::kSupervisorPassword));
        EXPECT_TRUE(session.ok());
        return std::move(session).value();
    };
    auto inOrder = signInAt(inOrderDir);
    auto shuffledHub = signInAt(shuffledDir);

    for (const ImportedFile& f : importAll(*inOrder, files)) {
        // A later bundle without a receipt before it carries the earlier events again: parts may hold nothing new.
        EXPECT_TRUE(f.status == QStringLiteral("imported") || f.status == QStringLiteral("already-imported"))
            << f.file.toStdString() << ": " << f.message.toStdString();
    }
    const QByteArray once = statusJson(*inOrder);
    const QString tablesOnce = hubTables(*inOrder, false);
    for (const ImportedFile& f : importAll(*inOrder, files)) {
        EXPECT_EQ(f.status, QStringLiteral("already-imported"));
    }
    EXPECT_EQ(statusJson(*inOrder), once);
    EXPECT_EQ(hubTables(*inOrder, false), tablesOnce);

    // The last split part first: held (kept in quarantine), then applied when the gap is filled.
    const ImportedFile held = importOne(*shuffledHub, parts.back().file);
    EXPECT_EQ(held.status, QStringLiteral("held")) << held.message.toStdString();
    EXPECT_EQ(QDir(shuffledDir + QStringLiteral("/quarantine")).entryList(QDir::Files).size(), 1);
    QStringList shuffled = files;
    std::mt19937 random(2022);
    std::shuffle(shuffled.begin(), shuffled.end(), random);
    (void)importAll(*shuffledHub, shuffled);
    (void)importAll(*shuffledHub, shuffled);
    EXPECT_EQ(statusJson(*shuffledHub), once);
    EXPECT_EQ(hubTables(*shuffledHub, false), tablesOnce) << "the imported rows and summaries are the same";
    EXPECT_TRUE(QDir(shuffledDir + QStringLiteral("/quarantine")).entryList(QDir::Files).isEmpty());
    EXPECT_GE(alarms(*shuffledHub, "held"), 1); // recorded, and cleared: status lists no alarm
}

TEST_F(BundleExchangeTest, TheSameUuidWithOtherContentIsAConflictKeptSideBySide) {
    auto c = enrolled(QStringLiteral("Dĩ An/Bình An"));
    const QString out = folder(QStringLiteral("conflict"));
    const LogReceipt flagged = c->log(Outcome::Corrected);
    ASSERT_TRUE(
        ReviewService::decide(*c->supervisor, flagged.check.id, ReviewDecision::Flag, QStringLiteral("hỏi huyện"))
            .ok());
    const auto first = c->exportTo(out);
    EXPECT_EQ(importOne(*hub, first[0].file).status, QStringLiteral("imported"));
    c->log();
    const auto second = c->exportTo(out); // no receipt: carries the review again
    // The second bundle re-sealed with the review's note changed, signed with the site's real key: a valid file whose
    // row disagrees with what the hub holds.
    const QString tampered = out + QStringLiteral("/tampered.bundle");
    ASSERT_TRUE(resealed(second[0].file, *c, tampered, [](exchange::BundlePayload& payload) {
        ASSERT_FALSE(payload.reviews.empty());
        payload.reviews.front().insert(QStringLiteral("note"), QStringLiteral("sửa lại"));
    }));
    const qint64 before = alarms(*hub, "conflict");
    EXPECT_EQ(importOne(*hub, tampered).status, QStringLiteral("imported"));
    EXPECT_EQ(alarms(*hub, "conflict"), before + 1);
    auto kept = hub->database().prepare("SELECT held, incoming FROM hub_conflicts WHERE table_name = 'reviews' AND "
                                        "site_uuid = ?1");
    kept.bind(1, c->supervisor->databaseId());
    ASSERT_TRUE(kept.step());
    EXPECT_FALSE(kept.text(0).contains(QStringLiteral("sửa lại")));
    EXPECT_TRUE(kept.text(1).contains(QStringLiteral("sửa lại")));
    auto held = hub->database().prepare("SELECT note FROM hub_review_events WHERE check_uuid = ?1");
    held.bind(1, flagged.check.uuid);
    ASSERT_TRUE(held.step());
    EXPECT_NE(held.text(0), QStringLiteral("sửa lại")); // never overwritten
}

// One UUID, one spelling: the hub keeps its checks' UUIDs as 16 bytes and the rows that name a check (reviews,
// spot-check items, corrections) as text, so a UUID in upper case would be a check no other row finds. Every site
// writes them in lower case; a bundle with one in upper case — here a check's work session, which the content its audit
// event binds does not hold, so nothing else refuses the file — is damaged, and nothing of it is written. The same
// file with the session in lower case imports.
TEST_F(BundleExchangeTest, AUuidInUpperCaseIsADamagedFileAndWritesNothing) {
    auto c = enrolled(QStringLiteral("Dĩ An/An Bình"));
    const QString out = folder(QStringLiteral("upper-case"));
    c->log();
    const auto bundle = c->exportTo(out);
    ASSERT_EQ(bundle.size(), 1U);
    const QString session = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const auto withSession = [&](const QString& name, const QString& text) {
        const QString to = out + QLatin1Char('/') + name;
        EXPECT_TRUE(resealed(bundle[0].file, *c, to, [&](exchange::BundlePayload& payload) {
            ASSERT_FALSE(payload.checks.empty());
            payload.checks.front().insert(QStringLiteral("session"), text);
        }));
        return to;
    };
    const QString upper = withSession(QStringLiteral("upper.bundle"), session.toUpper());
    const QString lower = withSession(QStringLiteral("lower.bundle"), session);
    ASSERT_NE(session.toUpper(), session);
    const QString before = hubTables(*hub);
    const ImportedFile refused = importOne(*hub, upper);
    EXPECT_EQ(refused.status, QStringLiteral("refused"));
    EXPECT_EQ(refused.reason, QStringLiteral("damaged"));
    EXPECT_EQ(hubTables(*hub), before);
    EXPECT_EQ(importOne(*hub, lower).status, QStringLiteral("imported"));
    auto held = hub->database().prepare("SELECT count(*) FROM hub_checks WHERE session_uuid = ?1");
    held.bindUuid(1, session);
    ASSERT_TRUE(held.step());
    EXPECT_EQ(held.int64(0), 1);
}

// The same for a check: its work session is not part of the content its audit event binds (the session is the pair's
// sitting, not the entry), so a check sent again with another session passes the content check and meets the row the
// hub holds — the checks' own conflict path (HubGateway::putCheck). Both are kept, the held row stays, and the entry
// counts once.
TEST_F(BundleExchangeTest, ACheckSentAgainWithOtherContentIsAConflictAndCountsOnce) {
    auto c = enrolled(QStringLiteral("Dĩ An/Tân Đông Hiệp"));
    const QString out = folder(QStringLiteral("check-conflict"));
    const LogReceipt corrected = c->log(Outcome::Corrected);
    const auto first = c->exportTo(out);
    EXPECT_EQ(importOne(*hub, first[0].file).status, QStringLiteral("imported"));
    const auto communeOf = [&]() -> std::optional<HubCommune> {
        auto status = ImportService::status(*hub);
        EXPECT_TRUE(status.ok());
        for (const HubCommune& commune : status.value()) {
            if (commune.site == c->supervisor->databaseId()) {
                return commune;
            }
        }
        return std::nullopt;
    };
    const auto before = communeOf();
    ASSERT_TRUE(before);
    ASSERT_EQ(before->entries, 1);
    ASSERT_GT(before->corrections, 0); // a correction that would be counted twice
    c->log();
    const auto second = c->exportTo(out); // no receipt: carries the corrected check again
    const QString otherSession = QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool changed = false;
    const QString tampered = out + QStringLiteral("/tampered.bundle");
    ASSERT_TRUE(resealed(second[0].file, *c, tampered, [&](exchange::BundlePayload& payload) {
        for (QJsonObject& check : payload.checks) {
            if (check.value(QStringLiteral("uuid")).toString() == corrected.check.uuid) {
                check.insert(QStringLiteral("session"), otherSession);
                changed = true;
            }
        }
    }));
    ASSERT_TRUE(changed) << "the second bundle carries the first check again";
    const qint64 alarmsBefore = alarms(*hub, "conflict");
    EXPECT_EQ(importOne(*hub, tampered).status, QStringLiteral("imported"));
    EXPECT_EQ(alarms(*hub, "conflict"), alarmsBefore + 1);
    auto kept = hub->database().prepare("SELECT held, incoming FROM hub_conflicts WHERE table_name = 'checks' AND "
                                        "site_uuid = ?1 AND uuid = ?2");
    kept.bind(1, c->supervisor->databaseId()).bind(2, corrected.check.uuid);
    ASSERT_TRUE(kept.step());
    EXPECT_FALSE(kept.text(0).contains(otherSession));
    EXPECT_TRUE(kept.text(1).contains(otherSession));
    auto held = hub->database().prepare("SELECT session_uuid FROM hub_checks WHERE uuid = ?1");
    held.bindUuid(1, corrected.check.uuid);
    ASSERT_TRUE(held.step());
    EXPECT_NE(held.uuid(0), otherSession); // never overwritten
    // The entry counts once, with its correction once: only the second bundle's new entry is added.
    const auto after = communeOf();
    ASSERT_TRUE(after);
    EXPECT_EQ(after->entries, 2);
    EXPECT_EQ(after->corrections, before->corrections);
}

TEST_F(BundleExchangeTest, ALostBundleCostsNothingAndDistrictDecisionsComeBack) {
    auto c = enrolled(QStringLiteral("Phú Giáo/An Bình"));
    const QString out = folder(QStringLiteral("lost"));
    const LogReceipt flagged = c->log(Outcome::Escalated);
    ASSERT_TRUE(
        ReviewService::decide(*c->supervisor, flagged.check.id, ReviewDecision::Flag, QStringLiteral("hỏi huyện"))
            .ok());
    const auto lost = c->exportTo(out); // the USB stick is lost
    QFile::remove(lost[0].file);
    c->log();
    const auto second = c->exportTo(out);
    EXPECT_EQ(second[0].firstEvent, 1); // everything again: no receipt yet
    const ImportedFile imported = importOne(*hub, second[0].file);
    EXPECT_EQ(imported.status, QStringLiteral("imported"));
    EXPECT_EQ(imported.checks, 2);

    ASSERT_TRUE(BundleService::recordReceipt(*c->supervisor, imported.receipt).ok());
    c->log();
    const auto third = c->exportTo(out);
    EXPECT_EQ(third[0].firstEvent, second[0].lastEvent + 1);
    EXPECT_EQ(third[0].checks, 1);

    // A district account of Phú Giáo decides the flagged entry; one of another district may not, nor a province one.
    for (const auto& [name, district] : {std::pair{"phugiao", "Phú Giáo"}, std::pair{"dautieng", "Dầu Tiếng"}}) {
        NewAccount account;
        account.userName = QString::fromLatin1(name);
        account.role = Role::District;
        account.district = QString::fromUtf8(district);
        account.password = test::secret("huyen-quyet-dinh-2022");
        ASSERT_TRUE(UserService::addUser(*hub, account).ok());
    }
    auto phuGiao = hubSite->signIn(QStringLiteral("phugiao"), "huyen-quyet-dinh-2022");
    auto dauTieng = hubSite->signIn(QStringLiteral("dautieng"), "huyen-quyet-dinh-2022");
    const auto other = ImportService::decide(*dauTieng, flagged.check.uuid, QStringLiteral("approve"), {});
    ASSERT_FALSE(other.ok());
    EXPECT_EQ(other.error().code, ErrorCode::NotPermitted);
    EXPECT_EQ(ImportService::decide(*hub, flagged.check.uuid, QStringLiteral("approve"), {}).error().code,
              ErrorCode::NotPermitted);
    // Typed in upper case, as a UUID may be copied: the decision names the check as the hub and the workstation do.
    ASSERT_TRUE(ImportService::decide(*phuGiao, flagged.check.uuid.toUpper(), QStringLiteral("approve"),
                                      QStringLiteral("đúng theo sổ"))
                    .ok());
    // A district account sees its district only.
    const auto seen = ImportService::status(*phuGiao).value();
    ASSERT_EQ(seen.size(), 1U);
    EXPECT_EQ(seen[0].commune, QStringLiteral("An Bình"));

    // The decision travels back in the next receipt.
    const ImportedFile next = importOne(*hub, third[0].file);
    ASSERT_EQ(next.status, QStringLiteral("imported"));
    auto recorded = BundleService::recordReceipt(*c->supervisor, next.receipt);
    ASSERT_TRUE(recorded.ok()) << recorded.error().detail.toStdString();
    EXPECT_EQ(recorded->decisions, 1);
    auto decision = c->supervisor->database().prepare("SELECT check_uuid, decision, note FROM district_decisions");
    ASSERT_TRUE(decision.step());
    EXPECT_EQ(decision.text(0), flagged.check.uuid);
    EXPECT_EQ(decision.text(1), QStringLiteral("approve"));
    EXPECT_EQ(decision.text(2), QStringLiteral("đúng theo sổ"));
}

// One call of many files: while a file is written the next one is opened on a worker thread (ImportService), yet each
// file gets the verdict, reason and message it gets alone, in the order given; a file repeated in the same call, or a
// bundle whose events an earlier file of the call already delivered, is told by what the earlier ones wrote.
TEST_F(BundleExchangeTest, OneCallOfManyFilesJudgesEachInOrderAsIfAlone) {
    auto a = enrolled(QStringLiteral("Bắc Tân Uyên/Tân Định"));
    auto b = enrolled(QStringLiteral("Bắc Tân Uyên/Tân Lập"));
    const QString out = folder(QStringLiteral("many"));
    a->log();
    a->log(Outcome::Corrected);
    const auto a1 = a->exportTo(out);
    a->log(Outcome::Escalated);
    const auto a2 = a->exportTo(out); // no receipt yet: carries a1's events again, and one more check
    b->log(Outcome::Corrected);
    const auto b1 = b->exportTo(out);
    ASSERT_EQ(a1.size(), 1U);
    ASSERT_EQ(a2.size(), 1U);
    ASSERT_EQ(b1.size(), 1U);
    // Signed by a stranger (bad-signature), cut short (truncated), a file that is not there (damaged).
    const auto parsed = exchange::parseEnvelope(readFile(b1[0].file), exchange::FileKind::Bundle);
    ASSERT_TRUE(parsed.ok());
    const QByteArray payload = QByteArray("x").repeated(64);
    const auto stranger = keyring::generateSiteKeys();
    auto forged = exchange::buildEnvelope(
        exchange::FileKind::Bundle, parsed->headerJson,
        std::span(reinterpret_cast<const std::uint8_t*>(payload.constData()), static_cast<std::size_t>(payload.size())),
        hub->siteKeys()->boxPublic, stranger.signingSeed);
    ASSERT_TRUE(forged.ok());
    const QString badSignature = out + QStringLiteral("/stranger.bundle");
    writeFile(badSignature, forged.value());
    const QString truncated = out + QStringLiteral("/short.bundle");
    const QByteArray whole = readFile(a2[0].file);
    writeFile(truncated, whole.left(whole.size() / 2));
    const QString missing = out + QStringLiteral("/none.bundle");
    // Larger than any bundle (a sparse file: nothing of it is read).
    const QString huge = out + QStringLiteral("/huge.bundle");
    {
        QFile file(huge);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        ASSERT_TRUE(file.resize(exchange::maxFileBytes(exchange::FileKind::Bundle) + 1));
    }

    // Each file's bytes are read on a worker two files ahead of the one being written: the refusals keep their place.
    const QStringList files{badSignature, a1[0].file, a1[0].file, truncated, b1[0].file,
                            missing,      huge,       a2[0].file, a2[0].file};
    const std::vector<ImportedFile> got = importAll(*hub, files);
    ASSERT_EQ(got.size(), static_cast<std::size_t>(files.size()));
    const QStringList statuses{
        QStringLiteral("refused"), QStringLiteral("imported"), QStringLiteral("already-imported"),
        QStringLiteral("refused"), QStringLiteral("imported"), QStringLiteral("refused"),
        QStringLiteral("refused"), QStringLiteral("imported"), QStringLiteral("already-imported")};
    for (qsizetype i = 0; i < files.size(); ++i) {
        const ImportedFile& f = got[static_cast<std::size_t>(i)];
        EXPECT_EQ(f.file, files.at(i));
        EXPECT_EQ(f.status, statuses.at(i)) << i << ": " << f.message.toStdString();
    }
    EXPECT_EQ(got[0].reason, QStringLiteral("bad-signature"));
    EXPECT_EQ(got[3].reason, QStringLiteral("truncated"));
    EXPECT_EQ(got[5].reason, QStringLiteral("damaged"));
    EXPECT_EQ(got[6].reason, QStringLiteral("too-large"));
    EXPECT_EQ(got[1].checks, 2);
    EXPECT_EQ(got[4].checks, 1);
    EXPECT_EQ(got[7].checks, 3);
    // Each site's receipt, written once after the commit, says what the hub holds after the whole call.
    EXPECT_EQ(got[1].receipt, got[7].receipt);
    ASSERT_TRUE(QFile::exists(got[7].receipt));
    ASSERT_TRUE(QFile::exists(got[4].receipt));
    EXPECT_TRUE(got[0].receipt.isEmpty());
    auto recorded = BundleService::recordReceipt(*a->supervisor, got[7].receipt);
    ASSERT_TRUE(recorded.ok()) << recorded.error().detail.toStdString();
    EXPECT_EQ(recorded->entries, 3);
    EXPECT_EQ(recorded->sequence, a2[0].sequence);
    // The refused files, imported alone now, get the same reason and message as in the call.
    const QString tables = hubTables(*hub);
    for (const qsizetype i : {qsizetype{0}, qsizetype{3}, qsizetype{5}, qsizetype{6}}) {
        const ImportedFile alone = importOne(*hub, files.at(i));
        EXPECT_EQ(alone.status, got[static_cast<std::size_t>(i)].status);
        EXPECT_EQ(alone.reason, got[static_cast<std::size_t>(i)].reason);
        EXPECT_EQ(alone.message, got[static_cast<std::size_t>(i)].message);
    }
    EXPECT_EQ(hubTables(*hub), tables);
}

} // namespace
