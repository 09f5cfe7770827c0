// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// The roster package and account activation (issue 14 item 5; docs/HUB.md "Roster packages"): a real hub and real
// commune workstations enrolled through the real files, real SQLCipher databases, real keys and Argon2id.
#include "core/exchange/Envelope.h"
#include "core/exchange/RosterPackage.h"
#include "core/keyring/SiteKeys.h"
#include "core/services/EnrollmentService.h"
#include "core/services/RosterService.h"
#include "core/services/SignIn.h"
#include "core/services/UserService.h"
#include "core/services/WorkSessionService.h"
#include "core/store/Database.h"
#include "core/store/Statement.h"
#include "crypto/Encoding.h"
#include "tests/support/TestSite.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QUuid>

#include <gtest/gtest.h>

using namespace dc;
using namespace dc::core;
using dc::test::secret;
using dc::test::TestSite;

namespace {

constexpr std::string_view kAnPassword = "cay-me-ben-song-dong-nai-31";
constexpr std::string_view kBinhPassword = "mua-he-xanh-tren-dat-do-58";

QString code(const IssuedCode& issued) {
    return QString::fromLatin1(issued.code.chars().data(), static_cast<qsizetype>(issued.code.size()));
}

crypto::SecureBuffer codeOf(const BuiltRoster& built, const QString& userName) {
    for (const IssuedCode& c : built.codes) {
        if (c.userName == userName) {
            return c.code.clone();
        }
    }
    ADD_FAILURE() << "no code for " << userName.toStdString();
    return {};
}

RosterPlanVolunteer volunteer(const QString& userName, const QString& fullName, std::vector<QDate> days) {
    return RosterPlanVolunteer{QUuid::createUuid().toString(QUuid::WithoutBraces), fullName, userName, std::move(days)};
}

std::vector<QDate> december(std::initializer_list<int> days) {
    std::vector<QDate> out;
    for (const int d : days) {
        out.push_back(QDate(2022, 12, d));
    }
    return out;
}

// What a package may change at the workstation: the accounts, the roster, the packages applied, the audit chain.
QString state(Session& session) {
    store::Database& db = session.database();
    QString out;
    auto users = db.prepare("SELECT user_name, display_name, role, active, awaiting_activation, "
                            "coalesce(person_uuid, ''), coalesce(hex(activation_hash), ''), "
                            "coalesce(activation_expires_at, '') FROM users ORDER BY user_name");
    while (users.step()) {
        for (int i = 0; i < 8; ++i) {
            out += users.text(i) + u'|';
        }
        out += u'\n';
    }
    auto days = db.prepare("SELECT user_id, day FROM roster_days ORDER BY user_id, day");
    while (days.step()) {
        out += days.text(0) + u' ' + days.text(1) + u'\n';
    }
    auto packages = db.prepare("SELECT sequence, file_id FROM roster_packages ORDER BY sequence");
    while (packages.step()) {
        out += packages.text(0) + u' ' + packages.text(1) + u'\n';
    }
    auto events = db.prepare("SELECT count(*) FROM audit_events");
    (void)events.step();
    out += QStringLiteral("events ") + events.text(0);
    return out;
}

// A commune workstation enrolled with the hub through the real files and fingerprints, on a clock the test moves.
struct Commune {
    std::unique_ptr<TestSite> site = std::make_unique<TestSite>();
    // The hub signs with its own (real) clock: the workstation's starts at the same time, and the test moves it.
    QDateTime now = QDateTime::currentDateTimeUtc();
    std::unique_ptr<Session> supervisor;

    Clock clock() {
        return [this] { return now; };
    }
    void open() {
        supervisor = site->signIn(QString::fromLatin1(TestSite::kSupervisor), TestSite::kSupervisorPassword, clock());
    }
};

class RosterPackageTest : public ::testing::Test {
protected:
    static inline std::unique_ptr<TestSite> hubSite;
    static inline std::unique_ptr<Session> hub;
    static inline std::unique_ptr<QTemporaryDir> work;
    static inline int files = 0;

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

    static QString file(const QString& name) { return work->filePath(name + QString::number(++files)); }

    // district/commune: each test its own commune of the campaign.
    static std::unique_ptr<Commune> enrolled(const QString& district, const QString& communeName) {
        auto commune = std::make_unique<Commune>();
        commune->open();
        const QString request = file(QStringLiteral("request"));
        const QString welcome = file(QStringLiteral("welcome"));
        auto written = EnrollmentService::request(*commune->supervisor, request);
        EXPECT_TRUE(written.ok());
        auto accepted =
            EnrollmentService::accept(*hub, request, written->fingerprint, district + u'/' + communeName, welcome);
        EXPECT_TRUE(accepted.ok()) << accepted.error().detail.toStdString();
        auto finished = EnrollmentService::finish(*commune->supervisor, welcome, accepted->hubFingerprint);
        EXPECT_TRUE(finished.ok()) << finished.error().detail.toStdString();
        return commune;
    }

    static BuiltRoster build(const QString& district, const QString& communeName,
                             std::vector<RosterPlanVolunteer> volunteers,
                             std::optional<QDateTime> expiresAt = std::nullopt) {
        RosterPlan plan{QString(), district, communeName, std::move(volunteers)};
        auto built =
            RosterService::buildPackage(*hub, plan, file(QStringLiteral("roster")), crypto::kArgon2Floor, expiresAt);
        EXPECT_TRUE(built.ok()) << (built.ok() ? "" : built.error().detail.toStdString());
        return built.ok() ? std::move(built).value() : BuiltRoster{};
    }

    static void expectRefused(Session& session, const QString& path, const char* reason) {
        auto applied = RosterService::apply(session, path);
        ASSERT_FALSE(applied.ok()) << reason;
        EXPECT_EQ(applied.error().code, ErrorCode::FileRefused) << reason;
        EXPECT_TRUE(applied.error().detail.startsWith(QLatin1String(reason)))
            << reason << " expected, got " << applied.error().detail.toStdString();
    }
};

using ActivationTest = RosterPackageTest;

// The hub builds, the commune applies, the volunteers activate with their codes (one in the supervisor's session, one
// at the pair's sign-in in the partner's session) and sign in as a pair; an awaiting account cannot sign in or join a
// pair; a code works once.
TEST_F(ActivationTest, HubBuildsCommuneAppliesVolunteersActivateAndSignInAsAPair) {
    auto c = enrolled(QStringLiteral("Dầu Tiếng"), QStringLiteral("Thanh An"));
    const BuiltRoster built =
        build(QStringLiteral("Dầu Tiếng"), QStringLiteral("Thanh An"),
              {volunteer(QStringLiteral("an.nguyen"), QStringLiteral("Nguyễn Văn An"), december({1, 3, 5})),
               volunteer(QStringLiteral("binh.tran"), QStringLiteral("Trần Thị Bình"), december({1, 4}))});
    ASSERT_EQ(built.codes.size(), 2U);
    EXPECT_EQ(built.sequence, 1);
    EXPECT_EQ(built.site, c->site->databaseId());
    for (const IssuedCode& issued : built.codes) {
        EXPECT_TRUE(exchange::parseActivationCode(issued.code.chars()).has_value()) << code(issued).toStdString();
        EXPECT_EQ(issued.code.size(), 11U); // "12345-67890"
    }
    // The codes are nowhere in the file, in clear.
    const QByteArray bytes = dc::test::readAll(built.file);
    for (const IssuedCode& issued : built.codes) {
        auto digits = exchange::parseActivationCode(issued.code.chars());
        EXPECT_FALSE(bytes.contains(QByteArray(digits->chars().data(), static_cast<qsizetype>(digits->size()))));
    }

    auto applied = RosterService::apply(*c->supervisor, built.file);
    ASSERT_TRUE(applied.ok()) << applied.error().detail.toStdString();
    EXPECT_EQ(applied->created, 2);
    EXPECT_FALSE(applied->alreadyApplied);
    auto users = UserService::listUsers(*c->supervisor);
    ASSERT_TRUE(users.ok());
    int awaiting = 0;
    for (const UserAccount& u : users.value()) {
        if (u.userName == QLatin1String("an.nguyen")) {
            EXPECT_EQ(u.displayName, QStringLiteral("Nguyễn Văn An"));
            EXPECT_EQ(u.personUuid, built.codes.front().person);
        }
        awaiting += u.awaitingActivation && !u.active ? 1 : 0;
    }
    EXPECT_EQ(awaiting, 2);
    EXPECT_EQ(RosterService::days(*c->supervisor, QStringLiteral("an.nguyen")).value(), december({1, 3, 5}));

    // Awaiting: no sign-in (there is no slot), no joining a pair.
    SignIn signIn(c->clock());
    auto alone = signIn.signIn(c->site->paths().database, QStringLiteral("an.nguyen"), secret(kAnPassword));
    ASSERT_FALSE(alone.ok());
    EXPECT_EQ(alone.error().code, ErrorCode::UnknownUser);
    auto joined = signIn.addPartner(*c->supervisor, QStringLiteral("an.nguyen"), secret(kAnPassword));
    ASSERT_FALSE(joined.ok());
    EXPECT_EQ(joined.error().code, ErrorCode::AwaitingActivation);

    // An activates in the supervisor's session.
    auto activated = UserService::activate(*c->supervisor, QStringLiteral("an.nguyen"),
                                           codeOf(built, QStringLiteral("an.nguyen")), secret(kAnPassword));
    ASSERT_TRUE(activated.ok()) << activated.error().detail.toStdString();
    EXPECT_TRUE(activated->active);
    EXPECT_FALSE(activated->awaitingActivation);
    // Single use: the same code again is refused, and so is setting the password through it.
    auto again = UserService::activate(*c->supervisor, QStringLiteral("an.nguyen"),
                                       codeOf(built, QStringLiteral("an.nguyen")), secret("khac-hoan-toan-mat-khau-9"));
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::InvalidInput);

    // An signs in; Bình, awaiting, activates in An's session at the pair's sign-in, then joins.
    auto an = signIn.signIn(c->site->paths().database, QStringLiteral("an.nguyen"), secret(kAnPassword));
    ASSERT_TRUE(an.ok()) << an.error().detail.toStdString();
    Session& pair = *an.value();
    auto refusedPartner = signIn.addPartner(pair, QStringLiteral("binh.tran"), secret(kBinhPassword));
    ASSERT_FALSE(refusedPartner.ok());
    EXPECT_EQ(refusedPartner.error().code, ErrorCode::AwaitingActivation);
    ASSERT_TRUE(UserService::activate(pair, QStringLiteral("binh.tran"), codeOf(built, QStringLiteral("binh.tran")),
                                      secret(kBinhPassword))
                    .ok());
    auto partner = signIn.addPartner(pair, QStringLiteral("binh.tran"), secret(kBinhPassword));
    ASSERT_TRUE(partner.ok()) << partner.error().detail.toStdString();
    EXPECT_TRUE(WorkSessionService::start(pair, pair.user().id).ok());

    // The chain has the apply and the activations, with counts and UUIDs, never a name.
    auto events = c->supervisor->database().prepare(
        "SELECT group_concat(action || ' ' || details, '\n') FROM audit_events WHERE action IN "
        "('roster.applied', 'user.activated', 'user.added')");
    ASSERT_TRUE(events.step());
    const QString chain = events.text(0);
    EXPECT_TRUE(chain.contains(QLatin1String("roster.applied"))) << chain.toStdString();
    EXPECT_EQ(chain.count(QLatin1String("user.activated")), 2);
    EXPECT_FALSE(chain.contains(QLatin1String("an.nguyen")));
    EXPECT_FALSE(chain.contains(QStringLiteral("Nguyễn")));
}

// Applying the same package twice changes nothing; an older package after a newer one, and a package of a sequence
// already applied but another content, are refused as rollbacks, with nothing changed.
TEST_F(RosterPackageTest, ReapplyingChangesNothingAndOlderOrReplayedSequencesAreRefused) {
    auto c = enrolled(QStringLiteral("Thủ Dầu Một"), QStringLiteral("Phú Cường"));
    const auto first = volunteer(QStringLiteral("cuong.le"), QStringLiteral("Lê Văn Cường"), december({2}));
    const BuiltRoster one = build(QStringLiteral("Thủ Dầu Một"), QStringLiteral("Phú Cường"), {first});
    const BuiltRoster two = build(QStringLiteral("Thủ Dầu Một"), QStringLiteral("Phú Cường"), {first});
    EXPECT_EQ(two.sequence, one.sequence + 1);

    ASSERT_TRUE(RosterService::apply(*c->supervisor, two.file).ok());
    const QString after = state(*c->supervisor);
    auto replay = RosterService::apply(*c->supervisor, two.file);
    ASSERT_TRUE(replay.ok());
    EXPECT_TRUE(replay->alreadyApplied);
    EXPECT_EQ(state(*c->supervisor), after);

    expectRefused(*c->supervisor, one.file, "rollback");
    EXPECT_EQ(state(*c->supervisor), after);

    // The hub's own key, the right recipient, the same sequence as applied, another issue time: a replay.
    const auto parsed = exchange::parseEnvelope(dc::test::readAll(two.file), exchange::FileKind::Roster);
    ASSERT_TRUE(parsed.ok());
    QJsonObject header = parsed->headerJson;
    header.insert(QStringLiteral("issuedAt"), QStringLiteral("2022-11-30T00:00:00Z"));
    auto opened = exchange::openPayload(parsed.value(), c->supervisor->siteKeys()->boxPrivate);
    ASSERT_TRUE(opened.ok());
    auto forged = exchange::buildEnvelope(exchange::FileKind::Roster, header, opened->bytes(),
                                          c->supervisor->siteKeys()->boxPublic, hub->siteKeys()->signingSeed);
    ASSERT_TRUE(forged.ok());
    const QString replayed = file(QStringLiteral("replayed"));
    dc::test::writeAll(replayed, forged.value());
    expectRefused(*c->supervisor, replayed, "rollback");
    EXPECT_EQ(state(*c->supervisor), after);
}

// Every refusal of the file itself, each with nothing changed at the workstation.
TEST_F(RosterPackageTest, RefusesTamperedForeignMisaddressedTruncatedOversizedAndMalformedPackages) {
    auto c = enrolled(QStringLiteral("Thủ Dầu Một"), QStringLiteral("Hiệp Thành"));
    auto other = enrolled(QStringLiteral("Thủ Dầu Một"), QStringLiteral("Chánh Nghĩa"));
    const BuiltRoster good =
        build(QStringLiteral("Thủ Dầu Một"), QStringLiteral("Hiệp Thành"),
              {volunteer(QStringLiteral("dung.pham"), QStringLiteral("Phạm Dũng"), december({7}))});
    const QByteArray bytes = dc::test::readAll(good.file);
    const QString before = state(*c->supervisor);
    const QString bad = file(QStringLiteral("bad"));

    // A flipped byte in the payload: the signature no longer holds.
    QByteArray tampered = bytes;
    tampered[tampered.size() - 100] = static_cast<char>(tampered[tampered.size() - 100] ^ 0x01);
    dc::test::writeAll(bad, tampered);
    expectRefused(*c->supervisor, bad, "bad-signature");
    // Cut short.
    dc::test::writeAll(bad, bytes.left(bytes.size() - 80));
    expectRefused(*c->supervisor, bad, "truncated");
    // Larger than any roster package could be.
    dc::test::writeAll(bad,
                       QByteArray(static_cast<qsizetype>(exchange::maxFileBytes(exchange::FileKind::Roster)) + 1, 'x'));
    expectRefused(*c->supervisor, bad, "too-large");
    // Another kind of travelling file.
    {
        auto asReceipt = exchange::buildEnvelope(exchange::FileKind::Receipt, QJsonObject{}, std::nullopt, std::nullopt,
                                                 hub->siteKeys()->signingSeed);
        dc::test::writeAll(bad, asReceipt.value());
        expectRefused(*c->supervisor, bad, "wrong-recipient");
    }
    // For another commune's workstation.
    expectRefused(*other->supervisor, good.file, "wrong-recipient");

    const auto parsed = exchange::parseEnvelope(bytes, exchange::FileKind::Roster);
    ASSERT_TRUE(parsed.ok());
    auto opened = exchange::openPayload(parsed.value(), c->supervisor->siteKeys()->boxPrivate);
    ASSERT_TRUE(opened.ok());
    const QJsonObject payload = QJsonDocument::fromJson(QByteArray(reinterpret_cast<const char*>(opened->data()),
                                                                   static_cast<qsizetype>(opened->size())))
                                    .object();
    const auto seal = [&](const QJsonObject& header, const QByteArray& plain, const crypto::SecureBuffer& seed) {
        auto built = exchange::buildEnvelope(
            exchange::FileKind::Roster, header,
            std::span(reinterpret_cast<const std::uint8_t*>(plain.constData()), static_cast<std::size_t>(plain.size())),
            c->supervisor->siteKeys()->boxPublic, seed);
        EXPECT_TRUE(built.ok());
        dc::test::writeAll(bad, built.value());
    };
    const QByteArray plain = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    // Signed by a key that is not the pinned hub's.
    const auto stranger = keyring::generateSiteKeys();
    seal(parsed->headerJson, plain, stranger.signingSeed);
    expectRefused(*c->supervisor, bad, "bad-signature");
    // From another hub.
    QJsonObject foreign = parsed->headerJson;
    foreign.insert(QStringLiteral("hub"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    seal(foreign, plain, stranger.signingSeed);
    expectRefused(*c->supervisor, bad, "unknown-sender");
    // Sealed to the right site but under another key id (an earlier key pair): wrong recipient.
    QJsonObject oldKey = parsed->headerJson;
    oldKey.insert(QStringLiteral("recipientKey"), QStringLiteral("0000000000000000"));
    seal(oldKey, plain, hub->siteKeys()->signingSeed);
    expectRefused(*c->supervisor, bad, "wrong-recipient");

    // The hub's real key and the right recipient, but a payload field of the wrong type or outside the rules.
    const auto withVolunteer = [&](const char* key, const QJsonValue& value) {
        QJsonObject p = payload;
        QJsonArray list = p.value(QStringLiteral("volunteers")).toArray();
        QJsonObject v = list.at(0).toObject();
        v.insert(QLatin1String(key), value);
        list.replace(0, v);
        p.insert(QStringLiteral("volunteers"), list);
        return QJsonDocument(p).toJson(QJsonDocument::Compact);
    };
    const auto withRoot = [&](const char* key, const QJsonValue& value) {
        QJsonObject p = payload;
        p.insert(QLatin1String(key), value);
        return QJsonDocument(p).toJson(QJsonDocument::Compact);
    };
    QJsonArray tooManyDays;
    for (int i = 0; i < exchange::kMaxRosterDays + 1; ++i) {
        tooManyDays.append(QDate(2022, 1, 1).addDays(i).toString(Qt::ISODate));
    }
    const std::vector<std::pair<QByteArray, const char*>> hostile = {
        {withRoot("sequence", QStringLiteral("1")), "damaged"},          // a number as text
        {withRoot("sequence", 1.5), "damaged"},                          // not an integer
        {withRoot("volunteers", QJsonObject{}), "damaged"},              // not a list
        {withRoot("extra", 1), "damaged"},                               // a key the format does not have
        {withRoot("commune", QStringLiteral("Chánh Nghĩa")), "damaged"}, // header and payload disagree
        {withRoot("kdf", QJsonObject{{QStringLiteral("memoryKiB"), 8},
                                     {QStringLiteral("iterations"), 1},
                                     {QStringLiteral("parallelism"), 1}}),
         "damaged"}, // weaker than the floor
        {withRoot("kdf", QJsonObject{{QStringLiteral("memoryKiB"), 4294967295.0},
                                     {QStringLiteral("iterations"), 3},
                                     {QStringLiteral("parallelism"), 4}}),
         "damaged"},                                                         // 4 TiB of memory asked for
        {withVolunteer("userName", QStringLiteral("Dũng Phạm")), "damaged"}, // a name the account rules refuse
        {withVolunteer("userName", QStringLiteral("giamsat!")), "damaged"},
        {withVolunteer("userName", 7), "damaged"},
        {withVolunteer("person", QStringLiteral("not-a-uuid")), "damaged"},
        {withVolunteer("fullName", QStringLiteral("  Phạm   Dũng ")), "damaged"}, // not normalised
        {withVolunteer("days", QJsonArray{QStringLiteral("2022-12-07"), QStringLiteral("2022-12-07")}), "damaged"},
        {withVolunteer("days", QJsonArray{QStringLiteral("07/12/2022")}), "damaged"},
        {withVolunteer("days", tooManyDays), "too-large"},
        {withVolunteer("activation", QStringLiteral("1234567890")), "damaged"}, // the code itself, in clear
        {QByteArray("{\"format\":"), "damaged"},                                // not JSON
    };
    for (const auto& [hostilePlain, reason] : hostile) {
        seal(parsed->headerJson, hostilePlain, hub->siteKeys()->signingSeed);
        expectRefused(*c->supervisor, bad, reason);
    }
    EXPECT_EQ(state(*c->supervisor), before);
    EXPECT_EQ(state(*other->supervisor).count(QLatin1String("dung.pham")), 0);
    // The good file still applies.
    EXPECT_TRUE(RosterService::apply(*c->supervisor, good.file).ok());
}

// A newer package adds new people, updates days, withdraws the code of someone dropped before activating, and never
// removes an account that activated; a removed account is not brought back.
TEST_F(RosterPackageTest, ANewerPackageAddsAndUpdatesButNeverRemovesAnActivatedAccount) {
    auto c = enrolled(QStringLiteral("Thủ Dầu Một"), QStringLiteral("Phú Thọ"));
    const auto an = volunteer(QStringLiteral("an.vo"), QStringLiteral("Võ An"), december({1, 2}));
    const auto binh = volunteer(QStringLiteral("binh.do"), QStringLiteral("Đỗ Bình"), december({3}));
    const BuiltRoster one = build(QStringLiteral("Thủ Dầu Một"), QStringLiteral("Phú Thọ"), {an, binh});
    ASSERT_TRUE(RosterService::apply(*c->supervisor, one.file).ok());
    ASSERT_TRUE(UserService::activate(*c->supervisor, QStringLiteral("an.vo"), codeOf(one, QStringLiteral("an.vo")),
                                      secret(kAnPassword))
                    .ok());

    auto anMoved = an;
    anMoved.days = december({9, 10, 11});
    const BuiltRoster two =
        build(QStringLiteral("Thủ Dầu Một"), QStringLiteral("Phú Thọ"),
              {anMoved, volunteer(QStringLiteral("chi.ha"), QStringLiteral("Hà Chi"), december({3}))});
    auto applied = RosterService::apply(*c->supervisor, two.file);
    ASSERT_TRUE(applied.ok()) << applied.error().detail.toStdString();
    EXPECT_EQ(applied->created, 1);
    EXPECT_EQ(applied->updated, 1);
    EXPECT_EQ(applied->dropped, 1);
    EXPECT_EQ(applied->withdrawn, 1);
    EXPECT_EQ(RosterService::days(*c->supervisor, QStringLiteral("an.vo")).value(), december({9, 10, 11}));
    EXPECT_TRUE(RosterService::days(*c->supervisor, QStringLiteral("binh.do"))->empty());
    // Bình was dropped before activating: the code from the first sheet no longer works, the row stays.
    auto late = UserService::activate(*c->supervisor, QStringLiteral("binh.do"), codeOf(one, QStringLiteral("binh.do")),
                                      secret(kBinhPassword));
    ASSERT_FALSE(late.ok());
    EXPECT_EQ(late.error().code, ErrorCode::InvalidInput);

    // A third package without An: An stays an active account (history and sign-in), only not rostered.
    const BuiltRoster three = build(QStringLiteral("Thủ Dầu Một"), QStringLiteral("Phú Thọ"),
                                    {volunteer(QStringLiteral("dao.ly"), QStringLiteral("Lý Đào"), december({4}))});
    auto third = RosterService::apply(*c->supervisor, three.file);
    ASSERT_TRUE(third.ok());
    EXPECT_EQ(third->withdrawn, 1); // Chi, never activated
    EXPECT_TRUE(RosterService::days(*c->supervisor, QStringLiteral("an.vo"))->empty());
    EXPECT_TRUE(c->site->signIn(QStringLiteral("an.vo"), kAnPassword) != nullptr);
}

// Who may build and apply, where.
TEST_F(RosterPackageTest, PermissionsAndSiteKinds) {
    auto c = enrolled(QStringLiteral("Thủ Dầu Một"), QStringLiteral("Phú Hòa"));
    const BuiltRoster built = build(QStringLiteral("Thủ Dầu Một"), QStringLiteral("Phú Hòa"),
                                    {volunteer(QStringLiteral("em.bui"), QStringLiteral("Bùi Em"), december({5}))});
    // At the hub: WrongSiteKind.
    auto atHub = RosterService::apply(*hub, built.file);
    ASSERT_FALSE(atHub.ok());
    EXPECT_EQ(atHub.error().code, ErrorCode::WrongSiteKind);
    // A volunteer: NotPermitted.
    c->site->addUser(QStringLiteral("lan"), TestSite::kLanPassword);
    auto lan = c->site->signIn(QStringLiteral("lan"), TestSite::kLanPassword);
    auto byVolunteer = RosterService::apply(*lan, built.file);
    ASSERT_FALSE(byVolunteer.ok());
    EXPECT_EQ(byVolunteer.error().code, ErrorCode::NotPermitted);
    // A workstation never enrolled: NotEnrolled.
    Commune loose;
    loose.open();
    auto unenrolled = RosterService::apply(*loose.supervisor, built.file);
    ASSERT_FALSE(unenrolled.ok());
    EXPECT_EQ(unenrolled.error().code, ErrorCode::NotEnrolled);
    // Building at a commune, or for a commune without a workstation.
    RosterPlan plan{QString(), QStringLiteral("Thủ Dầu Một"), QStringLiteral("Phú Hòa"), {}};
    auto atCommune = RosterService::buildPackage(*c->supervisor, plan, file(QStringLiteral("x")));
    ASSERT_FALSE(atCommune.ok());
    EXPECT_EQ(atCommune.error().code, ErrorCode::WrongSiteKind);
    plan.commune = QStringLiteral("Phú Lợi");
    auto notEnrolled = RosterService::buildPackage(*hub, plan, file(QStringLiteral("x")));
    ASSERT_FALSE(notEnrolled.ok());
    EXPECT_EQ(notEnrolled.error().code, ErrorCode::NotEnrolled);
    // Activation is the commune's.
    auto activateAtHub = UserService::activate(*hub, QStringLiteral("em.bui"), codeOf(built, QStringLiteral("em.bui")),
                                               secret(kAnPassword));
    ASSERT_FALSE(activateAtHub.ok());
    EXPECT_EQ(activateAtHub.error().code, ErrorCode::WrongSiteKind);
}

// The builder refuses user names the account rules refuse and duplicates, recording nothing; at the workstation a
// user name already taken by another account refuses the whole package.
TEST_F(RosterPackageTest, UserNamesAreTheAccountRulesAndUniquePerSite) {
    auto c = enrolled(QStringLiteral("Thuận An"), QStringLiteral("Lái Thiêu"));
    const auto tryBuild = [&](std::vector<RosterPlanVolunteer> volunteers) {
        RosterPlan plan{QString(), QStringLiteral("Thuận An"), QStringLiteral("Lái Thiêu"), std::move(volunteers)};
        return RosterService::buildPackage(*hub, plan, file(QStringLiteral("names")));
    };
    auto spaced = tryBuild({volunteer(QStringLiteral("Lan Trần"), QStringLiteral("Trần Lan"), december({1}))});
    ASSERT_FALSE(spaced.ok());
    EXPECT_EQ(spaced.error().code, ErrorCode::InvalidUserName);
    auto twice = tryBuild({volunteer(QStringLiteral("lan.tran"), QStringLiteral("Trần Lan"), december({1})),
                           volunteer(QStringLiteral("Lan.Tran"), QStringLiteral("Trần Thị Lan"), december({2}))});
    ASSERT_FALSE(twice.ok());
    EXPECT_EQ(twice.error().code, ErrorCode::UserExists);
    auto person = volunteer(QStringLiteral("lan.tran"), QStringLiteral("Trần Lan"), december({1}));
    auto samePerson = person;
    samePerson.userName = QStringLiteral("lan.tran2");
    auto personTwice = tryBuild({person, samePerson});
    ASSERT_FALSE(personTwice.ok());
    EXPECT_EQ(personTwice.error().code, ErrorCode::UserExists);

    // "lan" is a local account at the workstation already: the package is refused whole.
    c->site->addUser(QStringLiteral("lan"), TestSite::kLanPassword);
    const BuiltRoster clash = build(QStringLiteral("Thuận An"), QStringLiteral("Lái Thiêu"),
                                    {volunteer(QStringLiteral("minh.vu"), QStringLiteral("Vũ Minh"), december({1})),
                                     volunteer(QStringLiteral("lan"), QStringLiteral("Trần Lan"), december({2}))});
    EXPECT_EQ(clash.sequence, 1); // nothing was recorded by the refused builds
    const QString before = state(*c->supervisor);
    auto applied = RosterService::apply(*c->supervisor, clash.file);
    ASSERT_FALSE(applied.ok());
    EXPECT_EQ(applied.error().code, ErrorCode::UserExists);
    EXPECT_EQ(state(*c->supervisor), before);
}

// Wrong codes are refused and throttled like sign-ins; an expired code is refused; a password the rules refuse
// neither spends nor tests the code.
TEST_F(ActivationTest, WrongCodesAreThrottledExpiredCodesRefusedAndWeakPasswordsSpendNothing) {
    auto c = enrolled(QStringLiteral("Thuận An"), QStringLiteral("Bình Hòa"));
    const QDateTime expiry = c->now.addDays(3);
    const BuiltRoster built = build(QStringLiteral("Thuận An"), QStringLiteral("Bình Hòa"),
                                    {volunteer(QStringLiteral("giang.mai"), QStringLiteral("Mai Giang"), december({1})),
                                     volunteer(QStringLiteral("hai.luu"), QStringLiteral("Lưu Hải"), december({2}))},
                                    expiry);
    ASSERT_TRUE(RosterService::apply(*c->supervisor, built.file).ok());
    const QString name = QStringLiteral("giang.mai");

    // A weak password: refused before the code is looked at, nothing counted.
    auto weak = UserService::activate(*c->supervisor, name, codeOf(built, name), secret("giang"));
    ASSERT_FALSE(weak.ok());
    EXPECT_EQ(weak.error().code, ErrorCode::PasswordTooShort);

    // Hải's code is not Giang's; nor is a malformed one.
    const ThrottlePolicy policy;
    for (int i = 0; i < policy.freeAttempts; ++i) {
        auto wrong = UserService::activate(*c->supervisor, name,
                                           i == 0 ? secret("12345") : codeOf(built, QStringLiteral("hai.luu")),
                                           secret(kAnPassword));
        ASSERT_FALSE(wrong.ok());
        EXPECT_EQ(wrong.error().code, ErrorCode::WrongActivationCode);
    }
    auto throttled = UserService::activate(*c->supervisor, name, codeOf(built, name), secret(kAnPassword));
    ASSERT_FALSE(throttled.ok());
    EXPECT_EQ(throttled.error().code, ErrorCode::SignInThrottled);
    EXPECT_GT(throttled.error().retryAfterSeconds, 0);
    c->now = c->now.addSecs(policy.firstDelaySeconds + 1);
    auto right = UserService::activate(*c->supervisor, name, codeOf(built, name), secret(kAnPassword));
    ASSERT_TRUE(right.ok()) << right.error().detail.toStdString();
    EXPECT_TRUE(c->site->signIn(name, kAnPassword) != nullptr);

    // After the expiry, even the right code is refused and the account stays awaiting.
    c->now = expiry.addSecs(1);
    auto expired = UserService::activate(*c->supervisor, QStringLiteral("hai.luu"),
                                         codeOf(built, QStringLiteral("hai.luu")), secret(kBinhPassword));
    ASSERT_FALSE(expired.ok());
    EXPECT_EQ(expired.error().code, ErrorCode::ActivationExpired);
    auto listed = UserService::listUsers(*c->supervisor);
    ASSERT_TRUE(listed.ok());
    for (const UserAccount& u : listed.value()) {
        if (u.userName == QLatin1String("hai.luu")) {
            EXPECT_TRUE(u.awaitingActivation);
            EXPECT_FALSE(u.active);
        }
    }
}

// The format alone: codes are 10 digits, typed with any separators; the hash is Argon2id and only the right code
// matches; parameters outside the accepted range are refused.
// A supervisor removes an account still awaiting activation (a volunteer who will not come): no re-key (it never
// held a key), its code stops working, and a newer package listing the person leaves the account removed.
TEST_F(ActivationTest, AnAwaitingAccountIsRemovedWithoutReKeyAndStaysRemoved) {
    auto c = enrolled(QStringLiteral("Thủ Dầu Một"), QStringLiteral("Chánh Mỹ"));
    const auto an = volunteer(QStringLiteral("an.vo"), QStringLiteral("Võ An"), december({1, 2}));
    const BuiltRoster one = build(QStringLiteral("Thủ Dầu Một"), QStringLiteral("Chánh Mỹ"), {an});
    ASSERT_TRUE(RosterService::apply(*c->supervisor, one.file).ok());
    auto removed = UserService::removeUser(*c->supervisor, QStringLiteral("an.vo"));
    ASSERT_TRUE(removed.ok()) << removed.error().detail.toStdString();
    EXPECT_FALSE(removed->rekeyed);
    auto late = UserService::activate(*c->supervisor, QStringLiteral("an.vo"), codeOf(one, QStringLiteral("an.vo")),
                                      secret(kAnPassword));
    ASSERT_FALSE(late.ok());
    auto again = UserService::removeUser(*c->supervisor, QStringLiteral("an.vo"));
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::UnknownUser);

    const BuiltRoster two = build(QStringLiteral("Thủ Dầu Một"), QStringLiteral("Chánh Mỹ"), {an});
    auto applied = RosterService::apply(*c->supervisor, two.file);
    ASSERT_TRUE(applied.ok()) << applied.error().detail.toStdString();
    EXPECT_EQ(applied->removedHere, 1);
    EXPECT_FALSE(UserService::activate(*c->supervisor, QStringLiteral("an.vo"), codeOf(two, QStringLiteral("an.vo")),
                                       secret(kAnPassword))
                     .ok());
}

TEST(RosterFormatTest, ActivationCodesAndTheirHashes) {
    const crypto::SecureBuffer digits = exchange::generateActivationCode();
    ASSERT_EQ(digits.size(), 10U);
    const crypto::SecureBuffer grouped = exchange::groupActivationCode(digits);
    EXPECT_EQ(grouped.chars().substr(5, 1), "-");
    auto typed = exchange::parseActivationCode(grouped.chars());
    ASSERT_TRUE(typed.has_value());
    EXPECT_EQ(typed->chars(), digits.chars());
    EXPECT_FALSE(exchange::parseActivationCode("12345-6789").has_value());
    EXPECT_FALSE(exchange::parseActivationCode("12345-6789O").has_value());
    EXPECT_TRUE(exchange::parseActivationCode(" 12345 67890 ").has_value());

    const auto hashed =
        exchange::hashActivationCode(digits, crypto::kArgon2Floor, QStringLiteral("2023-01-01T00:00:00Z"));
    EXPECT_TRUE(exchange::activationCodeMatches(digits, hashed));
    crypto::SecureBuffer other = digits.clone();
    other.data()[0] = static_cast<std::uint8_t>(other.data()[0] == '9' ? '0' : other.data()[0] + 1);
    EXPECT_FALSE(exchange::activationCodeMatches(other, hashed));
    EXPECT_FALSE(exchange::activationKdfAcceptable({8, 1, 1}));
    EXPECT_FALSE(exchange::activationKdfAcceptable({2u * 1024u * 1024u, 3, 4}));
    EXPECT_TRUE(exchange::activationKdfAcceptable(crypto::kArgon2Floor));
}

} // namespace
