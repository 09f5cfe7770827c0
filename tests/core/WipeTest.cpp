// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// The end of the campaign (issue 17 part 6; docs/HUB.md "The end of the campaign"): a workstation wipes itself only
// once the hub acknowledged everything, and the hub records the statement it signed. Real sites, real keys, real files.
#include "core/exchange/Envelope.h"
#include "core/keyring/SiteKeys.h"
#include "core/platform/Files.h"
#include "core/services/BundleService.h"
#include "core/services/EnrollmentService.h"
#include "core/services/ImportService.h"
#include "core/services/LogService.h"
#include "core/services/WipeService.h"
#include "tests/support/TestSite.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <unistd.h>

using namespace dc;
using namespace dc::core;
using dc::test::TestSite;

namespace {

using dc::test::kRules;
const QString kPlace = QStringLiteral("Dầu Tiếng/Thanh An");

// A commune enrolled with a hub, with a pair, a book and a folder of exports.
struct Campaign {
    TestSite hubSite{SiteKind::Hub};
    std::unique_ptr<Session> hub = hubSite.signInSupervisor();
    TestSite site;
    std::unique_ptr<Session> supervisor;
    std::unique_ptr<Session> pair;
    qint64 book = 0;
    int next = 1;
    QTemporaryDir work;
    QDateTime now = QDateTime(QDate(2022, 12, 31), QTime(9, 0), Qt::UTC);

    Campaign() {
        site.addUser(QStringLiteral("lan"), TestSite::kLanPassword);
        site.addUser(QStringLiteral("minh"), TestSite::kMinhPassword);
        book = site.addBook(1, 500);
        open();
        const QString request = work.filePath(QStringLiteral("r.enroll"));
        const QString welcome = work.filePath(QStringLiteral("w.welcome"));
        auto written = EnrollmentService::request(*supervisor, request);
        EXPECT_TRUE(written.ok());
        auto accepted = EnrollmentService::accept(*hub, request, written->fingerprint, kPlace, welcome);
        EXPECT_TRUE(accepted.ok());
        EXPECT_TRUE(EnrollmentService::finish(*supervisor, welcome, accepted->hubFingerprint).ok());
        QFile::remove(request);
        QFile::remove(welcome);
        QDir().mkpath(exports());
    }
    void open() {
        supervisor = site.signIn(QString::fromLatin1(TestSite::kSupervisor), TestSite::kSupervisorPassword,
                                 [this] { return now; });
        pair = site.signInPair(QStringLiteral("lan"), TestSite::kLanPassword, QStringLiteral("minh"),
                               TestSite::kMinhPassword, [this] { return now; });
    }
    [[nodiscard]] QString exports() const { return work.filePath(QStringLiteral("exports")); }
    [[nodiscard]] QString statement() const { return work.filePath(QStringLiteral("thanh-an.wipe")); }
    void log() {
        now = now.addSecs(60);
        CheckInput input;
        input.bookId = book;
        input.entryNumber = next++;
        input.registrationDate = QStringLiteral("14/04/1998");
        input.subjectName = QStringLiteral("Nguyễn Thị Hồng");
        input.outcome = Outcome::Match;
        input.secondsSpent = 40;
        ASSERT_TRUE(LogService::logCheck(*pair, input, kRules).ok());
    }
    // A bundle into the export folder, imported at the hub; the receipt recorded when `record`.
    void deliver(bool record = true) {
        now = now.addSecs(60);
        auto written = BundleService::exportBundle(*supervisor, exports());
        ASSERT_TRUE(written.ok());
        auto imported = ImportService::importFiles(*hub, {written->front().file});
        ASSERT_TRUE(imported.ok());
        ASSERT_EQ(imported->front().status, QStringLiteral("imported"));
        if (record) {
            ASSERT_TRUE(BundleService::recordReceipt(*supervisor, imported->front().receipt).ok());
        }
    }
    Result<WipeDone> wipe(const QString& confirm = kPlace) {
        pair.reset();
        return WipeService::wipe(std::move(supervisor), {confirm, {exports()}, statement()});
    }
    [[nodiscard]] QStringList siteFiles() const {
        const SitePaths& p = site.paths();
        QStringList present;
        for (const QString& path : {p.database, p.keyring, p.mark}) {
            if (QFileInfo::exists(path)) {
                present << QFileInfo(path).fileName();
            }
        }
        for (const QString& name : QDir(exports()).entryList(QDir::Files)) {
            present << name;
        }
        return present;
    }
};

QString refusalOf(const Result<RecordedWipe>& recorded) {
    if (recorded.ok() || recorded.error().code != ErrorCode::FileRefused) {
        return QStringLiteral("(not refused)");
    }
    return recorded.error().detail.section(QLatin1Char(':'), 0, 0);
}

// Refused, nothing removed: the same files, and the site still opens.
void expectUntouched(Campaign& c, const QStringList& before) {
    EXPECT_EQ(c.siteFiles(), before);
    EXPECT_FALSE(QFileInfo::exists(c.statement()));
    EXPECT_NE(c.site.signInSupervisor(), nullptr);
}

TEST(WipeTest, RefusedWithoutAFinalReceiptAndNothingIsRemoved) {
    Campaign c;
    c.log();
    c.deliver(false); // exported and imported, but the receipt never came back
    const QStringList before = c.siteFiles();
    ASSERT_TRUE(before.contains(QFileInfo(c.site.paths().database).fileName()));
    auto refused = c.wipe();
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(refused.error().detail.contains(QStringLiteral("no receipt")));
    expectUntouched(c, before);
}

TEST(WipeTest, RefusedWhileTheHubLacksAnEventOrTheCommuneIsNotConfirmed) {
    Campaign c;
    c.log();
    c.deliver();
    c.log(); // logged after the receipt: the hub never saw it
    const QStringList before = c.siteFiles();
    auto refused = c.wipe();
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(refused.error().detail.contains(QStringLiteral("does not acknowledge 1 event")))
        << refused.error().detail.toStdString();
    expectUntouched(c, before);

    // Delivered again: now only the confirmation stands in the way — another commune's name is refused.
    c.open();
    c.deliver();
    const QStringList delivered = c.siteFiles();
    auto wrongPlace = c.wipe(QStringLiteral("Dầu Tiếng/Long Hòa"));
    ASSERT_FALSE(wrongPlace.ok());
    EXPECT_EQ(wrongPlace.error().code, ErrorCode::InvalidInput);
    expectUntouched(c, delivered);

    // A volunteer cannot wipe the site.
    c.open();
    auto volunteer = c.site.signIn(QStringLiteral("lan"), TestSite::kLanPassword);
    c.pair.reset();
    auto notPermitted = WipeService::wipe(std::move(volunteer), {kPlace, {c.exports()}, c.statement()});
    ASSERT_FALSE(notPermitted.ok());
    EXPECT_EQ(notPermitted.error().code, ErrorCode::NotPermitted);
    c.supervisor.reset();
    expectUntouched(c, delivered);
}

TEST(WipeTest, AFullWipeRemovesEverythingAndTheHubRecordsTheStatement) {
    Campaign c;
    c.log();
    c.log();
    c.deliver();
    // A report the supervisor exported, a backup copy, and a file outside reached through a link (left alone).
    test::writeAll(QDir(c.exports()).filePath(QStringLiteral("bao-cao.pdf")), QByteArray(5000, 'r'));
    test::writeAll(QDir(c.exports()).filePath(QStringLiteral("xa.db")), QByteArray(3000, 'b'));
    const QString outside = c.work.filePath(QStringLiteral("outside.txt"));
    test::writeAll(outside, QByteArrayLiteral("not the program's"));
    ASSERT_TRUE(QFile::link(outside, QDir(c.exports()).filePath(QStringLiteral("link.txt"))));
    // A bundle left beside the database.
    auto written = BundleService::exportBundle(*c.supervisor, QFileInfo(c.site.paths().database).absolutePath());
    ASSERT_TRUE(written.ok());
    auto imported = ImportService::importFiles(*c.hub, {written->front().file});
    ASSERT_TRUE(imported.ok());
    ASSERT_TRUE(BundleService::recordReceipt(*c.supervisor, imported->front().receipt).ok());
    const QString besideDatabase = written->front().file;

    auto done = c.wipe();
    ASSERT_TRUE(done.ok()) << done.error().detail.toStdString();
    const SitePaths& p = c.site.paths();
    for (const QString& gone : {p.database, p.keyring, p.mark, p.database + QStringLiteral("-wal"),
                                p.database + QStringLiteral("-shm"), besideDatabase}) {
        EXPECT_FALSE(QFileInfo::exists(gone)) << gone.toStdString();
    }
    EXPECT_EQ(QDir(c.exports()).entryList(QDir::Files | QDir::NoSymLinks), QStringList());
    EXPECT_TRUE(QFileInfo(QDir(c.exports()).filePath(QStringLiteral("link.txt"))).isSymLink());
    EXPECT_EQ(test::readAll(outside), QByteArrayLiteral("not the program's"));
    QStringList kinds;
    for (const WipedFile& f : done->files) {
        kinds << f.kind;
    }
    for (const char* kind : {"database", "keyring", "mark", "bundle", "export"}) {
        EXPECT_TRUE(kinds.contains(QLatin1String(kind))) << kind;
    }
    EXPECT_EQ(done->lastSequence, 2);
    ASSERT_TRUE(QFileInfo::exists(c.statement()));
    // Exports are numbered in the statement, never named (their names are the supervisor's and may name a person).
    const QByteArray statementBytes = test::readAll(c.statement());
    EXPECT_FALSE(statementBytes.contains("bao-cao")) << "an export's name travelled";
    EXPECT_TRUE(statementBytes.contains("export-1"));
    EXPECT_TRUE(statementBytes.contains("export-2"));

    // The hub verifies and records it; hub status shows it; the same statement twice is recorded once.
    auto recorded = WipeService::recordStatement(*c.hub, c.statement());
    ASSERT_TRUE(recorded.ok()) << recorded.error().detail.toStdString();
    EXPECT_FALSE(recorded->alreadyRecorded);
    EXPECT_EQ(recorded->district + QLatin1Char('/') + recorded->commune, kPlace);
    EXPECT_EQ(recorded->files, static_cast<qint64>(done->files.size()));
    EXPECT_EQ(recorded->bytes, done->bytes);
    EXPECT_EQ(recorded->statementId, done->statementId);
    auto status = ImportService::status(*c.hub);
    ASSERT_TRUE(status.ok());
    ASSERT_EQ(status->size(), 1u);
    ASSERT_TRUE(status->front().wiped.has_value());
    EXPECT_EQ(status->front().wiped->sequence, 2);
    EXPECT_EQ(status->front().wiped->statement, done->statementId);
    EXPECT_TRUE(WipeService::recordStatement(*c.hub, c.statement())->alreadyRecorded);

    // Tampered: one byte of the signed header changed.
    QByteArray bytes = test::readAll(c.statement());
    const qsizetype at = bytes.indexOf("\"bytes\":");
    ASSERT_GT(at, 0);
    QByteArray tampered = bytes;
    tampered[at + 8] = tampered[at + 8] == '1' ? '2' : '1';
    const QString tamperedPath = c.work.filePath(QStringLiteral("tampered.wipe"));
    test::writeAll(tamperedPath, tampered);
    EXPECT_EQ(refusalOf(WipeService::recordStatement(*c.hub, tamperedPath)), QStringLiteral("bad-signature"));

    // Forged: the same header signed with another site's key.
    auto parsed = exchange::parseEnvelope(bytes, exchange::FileKind::Wipe);
    ASSERT_TRUE(parsed.ok());
    TestSite other;
    auto otherSupervisor = other.signInSupervisor();
    auto forged = exchange::buildEnvelope(exchange::FileKind::Wipe, parsed->headerJson, std::nullopt, std::nullopt,
                                          otherSupervisor->siteKeys()->signingSeed);
    ASSERT_TRUE(forged.ok());
    const QString forgedPath = c.work.filePath(QStringLiteral("forged.wipe"));
    test::writeAll(forgedPath, forged.value());
    EXPECT_EQ(refusalOf(WipeService::recordStatement(*c.hub, forgedPath)), QStringLiteral("bad-signature"));

    // Signed by a site the hub never enrolled, and for another hub.
    QJsonObject unknown = parsed->headerJson;
    unknown.insert(QStringLiteral("site"), other.databaseId());
    auto fromUnknown = exchange::buildEnvelope(exchange::FileKind::Wipe, unknown, std::nullopt, std::nullopt,
                                               otherSupervisor->siteKeys()->signingSeed);
    test::writeAll(forgedPath, fromUnknown.value());
    EXPECT_EQ(refusalOf(WipeService::recordStatement(*c.hub, forgedPath)), QStringLiteral("unknown-sender"));
    QJsonObject elsewhere = parsed->headerJson;
    elsewhere.insert(QStringLiteral("hub"), other.databaseId());
    auto toElsewhere = exchange::buildEnvelope(exchange::FileKind::Wipe, elsewhere, std::nullopt, std::nullopt,
                                               otherSupervisor->siteKeys()->signingSeed);
    test::writeAll(forgedPath, toElsewhere.value());
    EXPECT_EQ(refusalOf(WipeService::recordStatement(*c.hub, forgedPath)), QStringLiteral("wrong-recipient"));
    // A file of another kind.
    EXPECT_EQ(refusalOf(WipeService::recordStatement(*c.hub, imported->front().receipt)),
              QStringLiteral("wrong-recipient"));
}

// What overwriting promises on the file itself: the same inode (seen through a hard link) holds zeros before the name
// goes, and a symbolic link is refused, its target untouched.
TEST(WipeTest, OverwriteLeavesZerosInTheFileAndRefusesLinks) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("secret.db"));
    const QString twin = dir.filePath(QStringLiteral("twin"));
    test::writeAll(path, QByteArray(3 * 1024 * 1024 + 17, 'x'));
    ASSERT_EQ(::link(QFile::encodeName(path).constData(), QFile::encodeName(twin).constData()), 0);
    auto removed = platform::overwriteAndRemove(path);
    ASSERT_TRUE(removed.ok());
    EXPECT_EQ(removed.value(), 3 * 1024 * 1024 + 17);
    EXPECT_FALSE(QFileInfo::exists(path));
    EXPECT_EQ(test::readAll(twin), QByteArray(3 * 1024 * 1024 + 17, '\0'));

    const QString target = dir.filePath(QStringLiteral("target"));
    const QString link = dir.filePath(QStringLiteral("link"));
    test::writeAll(target, QByteArrayLiteral("keep"));
    ASSERT_TRUE(QFile::link(target, link));
    EXPECT_FALSE(platform::overwriteAndRemove(link).ok());
    EXPECT_TRUE(QFileInfo(link).isSymLink());
    EXPECT_EQ(test::readAll(target), QByteArrayLiteral("keep"));
    EXPECT_FALSE(platform::overwriteAndRemove(dir.filePath(QStringLiteral("absent"))).ok());
}

} // namespace
