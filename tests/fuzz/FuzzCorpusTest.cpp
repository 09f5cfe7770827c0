// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// The committed seed corpora are worth replaying only if their valid seeds get past every check to the deepest code:
// a keyring that parses, envelopes that verify and open under the fixed keys, a payload, a roster, checkpoints, lines,
// tables and a campaign that are accepted — and their broken copies refused. A corpus made with the wrong keys, or a
// parser change that refuses them all, fails here rather than leaving FuzzReplay.* exercising the first refusal only.
// Regression tests of the inputs fuzzing found are at the bottom (README.md "Found").
#include "FuzzSupport.h"

#include "app/cli/ImportLine.h"
#include "core/audit/Checkpoint.h"
#include "core/campaign/Campaign.h"
#include "core/exchange/BundlePayload.h"
#include "core/exchange/Envelope.h"
#include "core/exchange/Headers.h"
#include "core/exchange/RosterPackage.h"
#include "core/keyring/Keyring.h"
#include "core/sheets/Table.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace dc;
using namespace dc::core;

namespace {

QByteArray seed(const QString& target, const QString& name) {
    QFile file(QStringLiteral(DOICHIEU_FUZZ_CORPUS "/") + target + QLatin1Char('/') + name);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << file.fileName().toStdString();
    return file.readAll();
}

QStringList seeds(const QString& target, const QString& pattern) {
    return QDir(QStringLiteral(DOICHIEU_FUZZ_CORPUS "/") + target).entryList({pattern}, QDir::Files, QDir::Name);
}

std::span<const std::uint8_t> spanOf(const QByteArray& bytes) {
    return {reinterpret_cast<const std::uint8_t*>(bytes.constData()), static_cast<std::size_t>(bytes.size())};
}

} // namespace

TEST(FuzzCorpusTest, EveryTargetHasValidAndBrokenSeeds) {
    for (const char* target : {"keyring", "envelope", "bundle_payload", "roster", "checkpoint", "log_line", "sheets",
                               "values", "campaign", "headers"}) {
        EXPECT_GE(seeds(QString::fromLatin1(target), QStringLiteral("*")).size(), 3) << target;
        EXPECT_GE(seeds(QString::fromLatin1(target), QStringLiteral("broken*")).size(), 1) << target;
    }
}

TEST(FuzzCorpusTest, KeyringSeedParsesAndItsBrokenCopiesAreRefused) {
    auto keyring = keyring::parse(seed(QStringLiteral("keyring"), QStringLiteral("site.json")));
    ASSERT_TRUE(keyring.ok()) << keyring.error().detail.toStdString();
    EXPECT_GE(keyring.value().users.size(), 3U); // the supervisor, lan and minh
    for (const QString& name : seeds(QStringLiteral("keyring"), QStringLiteral("broken*"))) {
        auto broken = keyring::parse(seed(QStringLiteral("keyring"), name));
        const bool damagedSlot = broken.ok() && std::any_of(broken.value().users.begin(), broken.value().users.end(),
                                                            [](const auto& slot) { return slot.damaged; });
        EXPECT_TRUE(!broken.ok() || damagedSlot) << name.toStdString();
    }
}

TEST(FuzzCorpusTest, EnvelopeSeedsVerifyAndOpenUnderTheFixedKeys) {
    const struct {
        const char* file;
        exchange::FileKind kind;
        bool payload;
    } cases[] = {{"bundle.dcx", exchange::FileKind::Bundle, true},
                 {"receipt.dcx", exchange::FileKind::Receipt, true},
                 {"roster.dcx", exchange::FileKind::Roster, true},
                 {"welcome.dcx", exchange::FileKind::Welcome, false},
                 {"enroll-request.dcx", exchange::FileKind::EnrollmentRequest, false}};
    const crypto::SecureBuffer recipient = fuzz::boxPrivate();
    for (const auto& c : cases) {
        auto parsed = exchange::parseEnvelope(seed(QStringLiteral("envelope"), QString::fromLatin1(c.file)), c.kind);
        ASSERT_TRUE(parsed.ok()) << c.file;
        EXPECT_TRUE(exchange::verifyEnvelope(parsed.value(), fuzz::signingPublic()).ok()) << c.file;
        EXPECT_EQ(parsed->payloadSize > 0, c.payload) << c.file;
        if (c.payload) {
            EXPECT_TRUE(exchange::openPayload(parsed.value(), recipient).ok()) << c.file;
        }
    }
    for (const QString& name : seeds(QStringLiteral("envelope"), QStringLiteral("broken*"))) {
        auto parsed = exchange::parseEnvelope(seed(QStringLiteral("envelope"), name), exchange::FileKind::Bundle);
        EXPECT_TRUE(!parsed.ok() || !exchange::verifyEnvelope(parsed.value(), fuzz::signingPublic()).ok())
            << name.toStdString();
    }
}

TEST(FuzzCorpusTest, HeaderSeedsAreReadAndTheBrokenOnesRefusedNamingTheField) {
    const auto object = [](const QByteArray& bytes) { return QJsonDocument::fromJson(bytes).object(); };
    const auto request = exchange::readEnrollmentRequestHeader(
        object(seed(QStringLiteral("headers"), QStringLiteral("enroll-request.json"))));
    ASSERT_TRUE(request.ok()) << request.error().detail.toStdString();
    EXPECT_EQ(request->site, fuzz::kSiteUuid);
    EXPECT_EQ(request->signing, fuzz::signingPublic());
    EXPECT_EQ(request->box, fuzz::boxPublic());
    const auto welcome =
        exchange::readWelcomeHeader(object(seed(QStringLiteral("headers"), QStringLiteral("welcome.json"))));
    ASSERT_TRUE(welcome.ok()) << welcome.error().detail.toStdString();
    EXPECT_EQ(welcome->epoch, 1);
    EXPECT_EQ(welcome->entryCutoff, QDate(2022, 12, 31));
    EXPECT_EQ(welcome->district, QString::fromUtf8("Dầu Tiếng"));
    const auto bundle =
        exchange::readBundleHeader(object(seed(QStringLiteral("headers"), QStringLiteral("bundle.json"))));
    ASSERT_TRUE(bundle);
    EXPECT_EQ(bundle->firstEvent, 1);
    EXPECT_EQ(bundle->lastEvent, 9);
    // The seed has no `encoding` (a bundle written before it): the JSON itself. "json" says the same, "json-zstd" a
    // compressed payload; anything else is not a bundle's header.
    EXPECT_FALSE(bundle->compressed);
    QJsonObject encoded = object(seed(QStringLiteral("headers"), QStringLiteral("bundle.json")));
    encoded.insert(QStringLiteral("encoding"), QStringLiteral("json"));
    ASSERT_TRUE(exchange::readBundleHeader(encoded));
    EXPECT_FALSE(exchange::readBundleHeader(encoded)->compressed);
    encoded.insert(QStringLiteral("encoding"), QStringLiteral("json-zstd"));
    ASSERT_TRUE(exchange::readBundleHeader(encoded));
    EXPECT_TRUE(exchange::readBundleHeader(encoded)->compressed);
    for (const QJsonValue& other :
         {QJsonValue(QStringLiteral("gzip")), QJsonValue(QStringLiteral("JSON-ZSTD")), QJsonValue(QString()),
          QJsonValue(1), QJsonValue(true), QJsonValue(QJsonValue::Null),
          QJsonValue(QJsonArray{QStringLiteral("json-zstd")})}) {
        encoded.insert(QStringLiteral("encoding"), other);
        EXPECT_FALSE(exchange::readBundleHeader(encoded)) << QJsonDocument(QJsonArray{other}).toJson().toStdString();
    }
    // Each broken seed is refused by its reader, for the field that was broken.
    const auto detail = [](const auto& result) {
        return result.ok() ? std::string("accepted") : result.error().detail.toStdString();
    };
    const auto shortSite = exchange::readEnrollmentRequestHeader(
        object(seed(QStringLiteral("headers"), QStringLiteral("broken-short-site-enroll-request.json"))));
    EXPECT_NE(detail(shortSite).find("'site'"), std::string::npos) << detail(shortSite);
    const auto noEpoch = exchange::readWelcomeHeader(
        object(seed(QStringLiteral("headers"), QStringLiteral("broken-epoch-welcome.json"))));
    EXPECT_NE(detail(noEpoch).find("'epoch'"), std::string::npos) << detail(noEpoch);
    const auto cutoff = exchange::readWelcomeHeader(
        object(seed(QStringLiteral("headers"), QStringLiteral("broken-cutoff-welcome.json"))));
    EXPECT_NE(detail(cutoff).find("entry cutoff"), std::string::npos) << detail(cutoff);
    const auto truncated = exchange::readWelcomeHeader(
        object(seed(QStringLiteral("headers"), QStringLiteral("broken-truncated-welcome.json"))));
    EXPECT_FALSE(truncated.ok());
    EXPECT_FALSE(exchange::readBundleHeader(
        object(seed(QStringLiteral("headers"), QStringLiteral("broken-events-bundle.json")))));
    // A header of one kind is not read as another's.
    EXPECT_FALSE(
        exchange::readWelcomeHeader(object(seed(QStringLiteral("headers"), QStringLiteral("enroll-request.json"))))
            .ok());
    EXPECT_FALSE(
        exchange::readEnrollmentRequestHeader(object(seed(QStringLiteral("headers"), QStringLiteral("welcome.json"))))
            .ok());
    EXPECT_FALSE(exchange::readBundleHeader(object(seed(QStringLiteral("headers"), QStringLiteral("welcome.json")))));
}

TEST(FuzzCorpusTest, BundlePayloadSeedParsesWithEveryKindOfRow) {
    auto payload = exchange::parsePayload(seed(QStringLiteral("bundle_payload"), QStringLiteral("site.json")));
    ASSERT_TRUE(payload.ok()) << payload.error().detail.toStdString();
    EXPECT_GE(payload->users.size(), 3U);
    EXPECT_EQ(payload->books.size(), 1U);
    EXPECT_EQ(payload->checks.size(), 4U);
    EXPECT_FALSE(payload->sessions.empty());
    EXPECT_FALSE(payload->events.empty());
    const auto withCorrections = std::count_if(payload->checks.begin(), payload->checks.end(),
                                               [](const auto& check) { return !check.corrections.empty(); });
    EXPECT_EQ(withCorrections, 1);
    // The compressed seed is the same payload as a bundle carries it.
    const QByteArray frame = seed(QStringLiteral("bundle_payload"), QStringLiteral("compressed-site.zst"));
    auto json = exchange::decompressPayload(spanOf(frame));
    ASSERT_TRUE(json.ok()) << json.error().detail.toStdString();
    EXPECT_EQ(QByteArray(reinterpret_cast<const char*>(json->data()), static_cast<qsizetype>(json->size())),
              seed(QStringLiteral("bundle_payload"), QStringLiteral("site.json")));
    // Truncated, it is not JSON; a flipped byte may land in a text value and leave a valid payload, so only the
    // truncated copy must be refused.
    EXPECT_FALSE(
        exchange::parsePayload(seed(QStringLiteral("bundle_payload"), QStringLiteral("broken-truncated-site.json")))
            .ok());
}

TEST(FuzzCorpusTest, RosterSeedParsesAndItsBrokenCopiesAreRefused) {
    const QByteArray plain = seed(QStringLiteral("roster"), QStringLiteral("two-volunteers.json"));
    auto roster = exchange::parseRoster(spanOf(plain));
    ASSERT_TRUE(roster.ok()) << roster.refused().detail.toStdString();
    EXPECT_EQ(roster->volunteers.size(), 2U);
    for (const QString& name : seeds(QStringLiteral("roster"), QStringLiteral("broken*"))) {
        const QByteArray broken = seed(QStringLiteral("roster"), name);
        EXPECT_FALSE(exchange::parseRoster(spanOf(broken)).ok()) << name.toStdString();
    }
    EXPECT_TRUE(exchange::parseActivationCode("12345-67890").has_value());
}

TEST(FuzzCorpusTest, CheckpointSeedsVerifyAndTheOthersAreRefused) {
    const auto verify = [](const char* name) {
        return audit::verifyCheckpoint(seed(QStringLiteral("checkpoint"), QString::fromLatin1(name)), fuzz::kSiteUuid,
                                       fuzz::signingPublic());
    };
    ASSERT_TRUE(verify("size-42.txt").has_value());
    EXPECT_EQ(verify("size-42.txt")->size, 42);
    EXPECT_TRUE(verify("two-signatures.txt").has_value());
    EXPECT_FALSE(verify("other-origin.txt").has_value());
    EXPECT_FALSE(verify("broken-flipped-size-42.txt").has_value());
    EXPECT_FALSE(verify("broken-truncated-size-42.txt").has_value());
}

TEST(FuzzCorpusTest, LogLineSeedsAreReadAndTheBrokenOnesRefused) {
    const auto lines = [](const char* name) {
        QList<QByteArray> out;
        for (const QByteArray& line : seed(QStringLiteral("log_line"), QString::fromLatin1(name)).split('\n')) {
            if (!line.trimmed().isEmpty()) {
                out.append(line.trimmed());
            }
        }
        return out;
    };
    for (const QByteArray& line : lines("lines.jsonl") + lines("unusual.jsonl")) {
        const app::cli::ImportLine parsed = app::cli::parseImportLine(line);
        EXPECT_TRUE(parsed.input.has_value()) << line.toStdString() << ": " << parsed.problem.toStdString();
    }
    const QList<QByteArray> broken = lines("broken.jsonl");
    ASSERT_EQ(broken.size(), 6);
    // The first is well formed (an impossible date is the domain's business, not the reader's); the rest are refused.
    EXPECT_TRUE(app::cli::parseImportLine(broken.at(0)).input.has_value());
    for (qsizetype i = 1; i < broken.size(); ++i) {
        EXPECT_FALSE(app::cli::parseImportLine(broken.at(i)).input.has_value()) << broken.at(i).toStdString();
    }
}

TEST(FuzzCorpusTest, SheetSeedsAreReadInEachFormatAndTheBrokenOnesRefused) {
    for (const QString& name : seeds(QStringLiteral("sheets"), QStringLiteral("names*"))) {
        auto table = sheets::readTable(seed(QStringLiteral("sheets"), name));
        ASSERT_TRUE(table.ok()) << name.toStdString() << ": " << table.error().detail.toStdString();
        EXPECT_GE(table->rows.size(), 3U) << name.toStdString();
    }
    EXPECT_EQ(sheets::readTable(seed(QStringLiteral("sheets"), QStringLiteral("names.xlsx")))->format,
              QLatin1String("xlsx"));
    EXPECT_EQ(sheets::readTable(seed(QStringLiteral("sheets"), QStringLiteral("names.xls")))->format,
              QLatin1String("xls"));
    for (const QString& name : seeds(QStringLiteral("sheets"), QStringLiteral("broken*"))) {
        EXPECT_FALSE(sheets::readTable(seed(QStringLiteral("sheets"), name)).ok()) << name.toStdString();
    }
}

TEST(FuzzCorpusTest, CampaignSeedParsesAndTheBrokenOnesAreRefused) {
    auto plan = campaign::parseCampaign(seed(QStringLiteral("campaign"), QStringLiteral("builtin.json")));
    ASSERT_TRUE(plan.ok()) << plan.error().detail.toStdString();
    EXPECT_FALSE(plan->units.empty());
    for (const QString& name : seeds(QStringLiteral("campaign"), QStringLiteral("broken*"))) {
        EXPECT_FALSE(campaign::parseCampaign(seed(QStringLiteral("campaign"), name)).ok()) << name.toStdString();
    }
}

// Found by fuzzing (keyring, 2026-12-03): a keyring whose recovery slot fails its checksum parses, the slot marked
// damaged (recovery then tries the code on the database) — but serialize wrote it back with a fresh checksum over its
// empty fields, and that keyring was refused whole on the next read ("recovery slot: field 'mac' is missing"). Any
// read-modify-write (adding an account, setting a password) turned one damaged slot into a keyring nobody could sign
// in with. A damaged recovery slot now reads back damaged.
TEST(FuzzFoundTest, ADamagedRecoverySlotStaysDamagedThroughSerialize) {
    QJsonObject root = QJsonDocument::fromJson(seed(QStringLiteral("keyring"), QStringLiteral("site.json"))).object();
    QJsonObject recovery = root.value(QStringLiteral("recovery")).toObject();
    const QString id = recovery.value(QStringLiteral("id")).toString();
    recovery.insert(QStringLiteral("createdAt"), QStringLiteral("2022-01-01T00:00:00Z")); // the checksum now fails
    root.insert(QStringLiteral("recovery"), recovery);
    auto damaged = keyring::parse(QJsonDocument(root).toJson());
    ASSERT_TRUE(damaged.ok()) << damaged.error().detail.toStdString();
    ASSERT_TRUE(damaged->recovery.damaged);

    auto written = keyring::parse(keyring::serialize(damaged.value()));
    ASSERT_TRUE(written.ok()) << written.error().detail.toStdString();
    EXPECT_TRUE(written->recovery.damaged);
    EXPECT_EQ(written->recovery.id, id);
    EXPECT_EQ(written->users.size(), damaged->users.size());
    EXPECT_EQ(written->findUser(QStringLiteral("lan"))->publicKey, damaged->findUser(QStringLiteral("lan"))->publicKey);

    // The same for a pending recovery slot (during a re-key).
    damaged.value().pendingRecovery = damaged->recovery;
    auto pending = keyring::parse(keyring::serialize(damaged.value()));
    ASSERT_TRUE(pending.ok()) << pending.error().detail.toStdString();
    ASSERT_TRUE(pending->pendingRecovery.has_value());
    EXPECT_TRUE(pending->pendingRecovery->damaged);

    // The input the fuzzer found: it parses, and what it serialises to parses too.
    auto found = keyring::parse(seed(QStringLiteral("keyring"), QStringLiteral("found-damaged-recovery-slot.json")));
    ASSERT_TRUE(found.ok()) << found.error().detail.toStdString();
    EXPECT_TRUE(found->recovery.damaged);
    EXPECT_TRUE(keyring::parse(keyring::serialize(found.value())).ok());
}

// Found by fuzzing (sheets, 2026-12-03): this 7 KiB XLS makes Debian 12's libfreexl 1.0.6 call iconv() with an input
// length of 36,991 bytes over a buffer on its own stack while freexl_open parses it (AddressSanitizer:
// stack-buffer-underflow in __interceptor_iconv, called from libfreexl.so.1). An over-read inside the library, not in
// our code. Answered by isolation: freexl now runs in a process of its own under limits
// (core/sheets/XlsReaderMain.cpp), which holds nothing but the file, and everything it writes back is checked here —
// tests/fuzz/README.md "Found".
TEST(FuzzFoundTest, AnXlsThatMakesFreexlOverReadIsAnsweredWithinBounds) {
    auto table = sheets::readTable(seed(QStringLiteral("sheets"), QStringLiteral("found-freexl-iconv-overread.xls")));
    if (!table.ok()) {
        EXPECT_EQ(table.error().code, ErrorCode::InvalidInput) << table.error().detail.toStdString();
        return;
    }
    EXPECT_EQ(table->format, QLatin1String("xls"));
    EXPECT_LE(table->rows.size(), static_cast<std::size_t>(sheets::kMaxTableRows));
    for (const QStringList& row : table->rows) {
        for (const QString& cell : row) {
            EXPECT_LE(cell.size(), sheets::kMaxCellCharacters);
        }
    }
}
