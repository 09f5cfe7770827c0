// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// doichieu-fuzz-seeds FOLDER: writes the generated part of the committed seed corpora (README.md "Seeds") into
// FOLDER/<target>/, from a real site made as the tests make one (support/TestSite: the fixture's accounts, fictional
// names): its keyring file; a bundle payload read by the same gateways the export reads (users, a book, a work
// session, checks with corrections, an amendment, the audit events); envelopes of the five kinds signed and sealed
// with FuzzSupport.h's fixed keys; checkpoints signed with them; a roster payload. Each valid seed is followed by a
// few broken ones (truncated, a byte flipped, an empty file). Run it only to remake the corpora; they are committed.
#include "FuzzSupport.h"

#include "core/audit/Checkpoint.h"
#include "core/exchange/BundlePayload.h"
#include "core/exchange/Envelope.h"
#include "core/exchange/Fingerprint.h"
#include "core/exchange/Headers.h"
#include "core/exchange/RosterPackage.h"
#include "core/gateways/AuditGateway.h"
#include "core/gateways/ExchangeGateway.h"
#include "core/services/LogService.h"
#include "core/store/Transaction.h"
#include "crypto/Encoding.h"
#include "tests/support/TestSite.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

using namespace dc;
using namespace dc::core;

namespace {

QString g_root;

void write(const QString& target, const QString& name, const QByteArray& bytes) {
    QDir().mkpath(g_root + QLatin1Char('/') + target);
    QFile file(g_root + QLatin1Char('/') + target + QLatin1Char('/') + name);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(file.fileName()));
        std::exit(1);
    }
}

// The seed itself, then truncated at half its length and with one byte flipped in its middle.
void writeWithBroken(const QString& target, const QString& name, const QByteArray& bytes) {
    write(target, name, bytes);
    write(target, QStringLiteral("broken-truncated-") + name, bytes.left(bytes.size() / 2));
    QByteArray flipped = bytes;
    if (!flipped.isEmpty()) {
        flipped[flipped.size() / 2] = static_cast<char>(flipped[flipped.size() / 2] ^ 0x20);
    }
    write(target, QStringLiteral("broken-flipped-") + name, flipped);
}

std::span<const std::uint8_t> spanOf(const QByteArray& bytes) {
    return {reinterpret_cast<const std::uint8_t*>(bytes.constData()), static_cast<std::size_t>(bytes.size())};
}

CheckInput entry(qint64 book, int number, Outcome outcome) {
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
        input.transcript = QStringLiteral("Nguyễn Th_ H*");
    }
    return input;
}

// A site with a pair's work; its keyring and a bundle payload of everything.
QByteArray siteSeeds() {
    const test::TestSite site;
    const qint64 book = site.addBook();
    {
        auto pair = site.signInPair();
        const domain::ValidationContext rules{QDate(2017, 6, 1), QDate(2022, 12, 31)};
        int next = 1;
        for (const Outcome outcome : {Outcome::Match, Outcome::Corrected, Outcome::Escalated, Outcome::Match}) {
            if (!LogService::logCheck(*pair, entry(book, next++, outcome), rules)) {
                std::fprintf(stderr, "cannot log a check\n");
                std::exit(1);
            }
        }
    }
    QFile keyring(site.paths().keyring);
    if (!keyring.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read the keyring\n");
        std::exit(1);
    }
    writeWithBroken(QStringLiteral("keyring"), QStringLiteral("site.json"), keyring.readAll());

    auto session = site.signInSupervisor();
    store::Database& db = session->database();
    store::Transaction transaction(db);
    gateways::ExchangeGateway exchange(db);
    exchange::BundlePayload payload;
    std::vector<qint64> checkIds;
    exchange.readRows({}, exchange.currentWatermarks(), payload, checkIds);
    gateways::AuditGateway audit(db);
    payload.events = audit.between(1, audit::head(db).seq);
    const QByteArray plain = exchange::serializePayload(payload);
    writeWithBroken(QStringLiteral("bundle_payload"), QStringLiteral("site.json"), plain);
    // As the bundle carries it ("json-zstd"): the harness reads every input as a compressed payload too.
    write(QStringLiteral("bundle_payload"), QStringLiteral("compressed-site.zst"), exchange::compressPayload(plain));
    return plain;
}

QByteArray envelope(exchange::FileKind kind, const QJsonObject& header, const QByteArray& payload) {
    const std::optional<crypto::X25519PublicKey> recipient =
        payload.isEmpty() ? std::nullopt : std::optional(fuzz::boxPublic());
    const auto plain = spanOf(payload);
    auto built = exchange::buildEnvelope(kind, header, payload.isEmpty() ? std::nullopt : std::optional(plain),
                                         recipient, fuzz::signingSeed());
    if (!built) {
        std::fprintf(stderr, "cannot build an envelope\n");
        std::exit(1);
    }
    return built.value();
}

QByteArray rosterSeed() {
    exchange::RosterPayload roster;
    roster.campaign = QStringLiteral("Bình Dương 2022");
    roster.district = QStringLiteral("Dầu Tiếng");
    roster.commune = QStringLiteral("Thanh An");
    roster.sequence = 1;
    const char* names[][3] = {{"0b6f3c1e-2a4d-4e8f-9b1a-3c5d7e9f1a2b", "Trần Văn Đức", "duc"},
                              {"7e1d2c3b-4a5f-4687-9a0b-1c2d3e4f5a6b", "Lê Thị Hoà", "hoa"}};
    for (const auto& n : names) {
        exchange::RosterVolunteer v;
        v.person = QString::fromLatin1(n[0]);
        v.fullName = QString::fromUtf8(n[1]);
        v.userName = QString::fromLatin1(n[2]);
        v.days = {QDate(2022, 12, 1), QDate(2022, 12, 2), QDate(2022, 12, 5)};
        v.activation = exchange::hashActivationCode(crypto::SecureBuffer::copyOf(std::string_view("1234567890")),
                                                    crypto::kArgon2Floor, QStringLiteral("2023-01-15T17:00:00Z"));
        roster.volunteers.push_back(std::move(v));
    }
    const QByteArray plain = exchange::serializeRoster(roster);
    writeWithBroken(QStringLiteral("roster"), QStringLiteral("two-volunteers.json"), plain);
    write(QStringLiteral("roster"), QStringLiteral("activation-code.txt"), QByteArrayLiteral("12345-67890"));
    return plain;
}

void checkpointSeeds() {
    audit::Hash head{};
    head.fill(0xab);
    const crypto::SecureBuffer seed = fuzz::signingSeed();
    const QByteArray note = audit::signCheckpoint(fuzz::kSiteUuid, 42, head, seed);
    writeWithBroken(QStringLiteral("checkpoint"), QStringLiteral("size-42.txt"), note);
    // A note with a second, foreign signature line before ours (signed-note allows several).
    const qsizetype split = note.indexOf("\n\n");
    write(QStringLiteral("checkpoint"), QStringLiteral("two-signatures.txt"),
          note.left(split + 2) + "\xE2\x80\x94 other.example/log AAAAAAAA\n" + note.mid(split + 2));
    write(QStringLiteral("checkpoint"), QStringLiteral("other-origin.txt"),
          audit::signCheckpoint(QStringLiteral("5f1e0c2a-9d3b-4a7e-8c6f-1b2d3e4f5a6b"), 42, head, seed));
}

// The hub the seeds are addressed to; fictional.
const QString kHub = QStringLiteral("9c8b7a6d-5e4f-4321-8fed-cba987654321");

// A signed checkpoint of 9 events of the fuzz site, under the fixed key (Ed25519 signs deterministically: the same text
// every time).
QString checkpointOfNine() {
    audit::Hash head{};
    head.fill(0x11);
    return QString::fromUtf8(audit::signCheckpoint(fuzz::kSiteUuid, 9, head, fuzz::signingSeed()));
}

// A bundle's header of events 1..9 and 4 checks, as the export writes it.
QJsonObject bundleHeaderSeed() {
    return QJsonObject{
        {QStringLiteral("format"), QString::fromLatin1(exchange::kBundleFormat)},
        {QStringLiteral("site"), fuzz::kSiteUuid},
        {QStringLiteral("epoch"), 1},
        {QStringLiteral("hub"), kHub},
        {QStringLiteral("recipientKey"), QStringLiteral("k1")},
        {QStringLiteral("sequence"), 1},
        {QStringLiteral("previous"), QString()},
        {QStringLiteral("events"), QJsonArray{1, 9}},
        {QStringLiteral("checkpoint"), checkpointOfNine()},
        {QStringLiteral("checks"), 4},
        {QStringLiteral("createdAt"), QStringLiteral("2022-12-01T10:00:00Z")},
    };
}

void envelopeSeeds(const QByteArray& bundlePlain, const QByteArray& rosterPlain) {
    const QString& hub = kHub;
    writeWithBroken(QStringLiteral("envelope"), QStringLiteral("bundle.dcx"),
                    envelope(exchange::FileKind::Bundle, bundleHeaderSeed(), bundlePlain));
    write(QStringLiteral("envelope"), QStringLiteral("receipt.dcx"),
          envelope(exchange::FileKind::Receipt,
                   QJsonObject{{QStringLiteral("format"), QStringLiteral("doichieu-receipt/1")},
                               {QStringLiteral("hub"), hub},
                               {QStringLiteral("site"), fuzz::kSiteUuid}},
                   QByteArrayLiteral("{\"sequence\":1,\"entries\":4}")));
    write(QStringLiteral("envelope"), QStringLiteral("roster.dcx"),
          envelope(exchange::FileKind::Roster,
                   QJsonObject{{QStringLiteral("format"), QStringLiteral("doichieu-roster/1")},
                               {QStringLiteral("hub"), hub},
                               {QStringLiteral("site"), fuzz::kSiteUuid}},
                   rosterPlain));
    write(QStringLiteral("envelope"), QStringLiteral("welcome.dcx"),
          envelope(exchange::FileKind::Welcome,
                   QJsonObject{{QStringLiteral("format"), QStringLiteral("doichieu-welcome/1")},
                               {QStringLiteral("hub"), hub},
                               {QStringLiteral("hubName"), QStringLiteral("Tỉnh Đoàn Bình Dương")},
                               {QStringLiteral("site"), fuzz::kSiteUuid},
                               {QStringLiteral("epoch"), 1},
                               {QStringLiteral("district"), QStringLiteral("Dầu Tiếng")},
                               {QStringLiteral("commune"), QStringLiteral("Thanh An")}},
                   {}));
    write(QStringLiteral("envelope"), QStringLiteral("enroll-request.dcx"),
          envelope(exchange::FileKind::EnrollmentRequest,
                   QJsonObject{{QStringLiteral("format"), QStringLiteral("doichieu-enroll-request/1")},
                               {QStringLiteral("site"), fuzz::kSiteUuid},
                               {QStringLiteral("siteName"), QStringLiteral("Xã Thanh An")}},
                   {}));
}

// The three headers the readers of core/exchange/Headers take (as parseEnvelope hands them over: compact JSON), whole,
// and broken ones each refused for one field: truncated JSON, a site UUID a character short, an epoch of 0, events in
// the wrong order, a cutoff that is not a day.
void headerSeeds() {
    const QString& hub = kHub;
    const QString signing = QString::fromStdString(crypto::toBase64(fuzz::signingPublic()));
    const QString box = QString::fromStdString(crypto::toBase64(fuzz::boxPublic()));
    const QString checkpoint = checkpointOfNine();
    const auto compact = [](const QJsonObject& o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); };
    QJsonObject request{{QStringLiteral("format"), QString::fromLatin1(exchange::kEnrollRequestFormat)},
                        {QStringLiteral("site"), fuzz::kSiteUuid},
                        {QStringLiteral("siteName"), QStringLiteral("Xã Thanh An")},
                        {QStringLiteral("signing"), signing},
                        {QStringLiteral("box"), box},
                        {QStringLiteral("checkpoint"), checkpoint}};
    QJsonObject welcome{
        {QStringLiteral("format"), QString::fromLatin1(exchange::kWelcomeFormat)},
        {QStringLiteral("hub"), hub},
        {QStringLiteral("hubName"), QStringLiteral("Tỉnh Đoàn Bình Dương")},
        {QStringLiteral("signing"), signing},
        {QStringLiteral("box"), box},
        {QStringLiteral("site"), fuzz::kSiteUuid},
        {QStringLiteral("epoch"), 1},
        {QStringLiteral("district"), QStringLiteral("Dầu Tiếng")},
        {QStringLiteral("commune"), QStringLiteral("Thanh An")},
        {QStringLiteral("siteFingerprint"),
         exchange::enrollmentFingerprint(fuzz::kSiteUuid, fuzz::signingPublic(), fuzz::boxPublic())},
        {QStringLiteral("campaign"), QJsonObject{{QStringLiteral("entryCutoff"), QStringLiteral("2022-12-31")}}}};
    QJsonObject bundle = bundleHeaderSeed();
    const QString target = QStringLiteral("headers");
    write(target, QStringLiteral("enroll-request.json"), compact(request));
    write(target, QStringLiteral("welcome.json"), compact(welcome));
    write(target, QStringLiteral("bundle.json"), compact(bundle));
    write(target, QStringLiteral("broken-truncated-welcome.json"), compact(welcome).left(compact(welcome).size() / 2));
    request.insert(QStringLiteral("site"), fuzz::kSiteUuid.left(35));
    write(target, QStringLiteral("broken-short-site-enroll-request.json"), compact(request));
    QJsonObject noEpoch = welcome;
    noEpoch.insert(QStringLiteral("epoch"), 0);
    write(target, QStringLiteral("broken-epoch-welcome.json"), compact(noEpoch));
    welcome.insert(QStringLiteral("campaign"),
                   QJsonObject{{QStringLiteral("entryCutoff"), QStringLiteral("31/12/2022")}});
    write(target, QStringLiteral("broken-cutoff-welcome.json"), compact(welcome));
    bundle.insert(QStringLiteral("events"), QJsonArray{9, 1});
    write(target, QStringLiteral("broken-events-bundle.json"), compact(bundle));
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s CORPUS_FOLDER\n", argv[0]);
        return 2;
    }
    g_root = QString::fromLocal8Bit(argv[1]);
    const QByteArray bundlePlain = siteSeeds();
    const QByteArray rosterPlain = rosterSeed();
    checkpointSeeds();
    envelopeSeeds(bundlePlain, rosterPlain);
    headerSeeds();
    std::printf("seeds written under %s\n", argv[1]);
    return 0;
}
