// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/keyring/Keyring.h"
#include "core/keyring/RecoveryCode.h"
#include "core/keyring/SlotCrypto.h"
#include "crypto/Encoding.h"
#include "crypto/Hash.h"
#include "crypto/Random.h"
#include "tests/support/TestSite.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUuid>

#include <gtest/gtest.h>

using namespace dc::core::keyring;
using dc::crypto::SecureBuffer;
using dc::test::secret;

namespace {

const QString kDatabaseId = QStringLiteral("0b6f9f3c-5c1e-4a55-9d0c-6f3f1d1c2b3a");

struct Fixture {
    SecureBuffer databaseKey = dc::crypto::randomSecret(32);
    RecoveryCode code = RecoveryCode::generate();
    Keyring ring;
    Fixture() {
        ring.databaseId = kDatabaseId;
        ring.siteName = QStringLiteral("Xã An Sơn");
        ring.kdf = dc::crypto::kArgon2Floor;
        ring.recovery = createRecoverySlot(kDatabaseId, code, databaseKey);
        ring.users.push_back(
            createUserSlot(kDatabaseId, QStringLiteral("lan"), secret("hoa-sen-no-sang-41"), ring.kdf, databaseKey, 0));
    }
};

TEST(KeyringTest, SerializeAndParseRoundTrip) {
    Fixture f;
    auto parsed = parse(serialize(f.ring));
    ASSERT_TRUE(parsed.ok()) << parsed.error().detail.toStdString();
    EXPECT_EQ(serialize(parsed.value()), serialize(f.ring));
    EXPECT_EQ(parsed->users.at(0).userName, QLatin1String("lan"));
    EXPECT_EQ(parsed->kdf, dc::crypto::kArgon2Floor);
}

TEST(KeyringTest, RightPasswordOpensSlotAndDatabaseKey) {
    Fixture f;
    const UserSlot& slot = f.ring.users.at(0);
    auto privateKey = openSlotPrivateKey(kDatabaseId, slot, secret("hoa-sen-no-sang-41"));
    ASSERT_TRUE(privateKey);
    auto key = openDatabaseKey(kDatabaseId, slot, *privateKey, slot.databaseKey, 0);
    ASSERT_TRUE(key);
    EXPECT_TRUE(std::ranges::equal(key->bytes(), f.databaseKey.bytes()));
}

TEST(KeyringTest, WrongPasswordOpensNothing) {
    Fixture f;
    EXPECT_FALSE(openSlotPrivateKey(kDatabaseId, f.ring.users.at(0), secret("mat-khau-lam")));
    EXPECT_FALSE(openSlotPrivateKey(kDatabaseId, f.ring.users.at(0), secret("")));
}

// The slot's seals are bound to the site, the slot, the user and the KDF parameters: a slot copied to
// another user, site or weakened parameter set does not open.
TEST(KeyringTest, SlotBoundToSiteUserAndParameters) {
    Fixture f;
    UserSlot moved = f.ring.users.at(0);
    moved.userName = QStringLiteral("mallory");
    EXPECT_FALSE(openSlotPrivateKey(kDatabaseId, moved, secret("hoa-sen-no-sang-41")));

    EXPECT_FALSE(openSlotPrivateKey(QUuid::createUuid().toString(QUuid::WithoutBraces), f.ring.users.at(0),
                                    secret("hoa-sen-no-sang-41")));

    UserSlot stronger = f.ring.users.at(0);
    stronger.kdf.iterations += 1;
    EXPECT_FALSE(openSlotPrivateKey(kDatabaseId, stronger, secret("hoa-sen-no-sang-41")));

    UserSlot otherId = f.ring.users.at(0);
    otherId.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    EXPECT_FALSE(openSlotPrivateKey(kDatabaseId, otherId, secret("hoa-sen-no-sang-41")));
}

TEST(KeyringTest, MacFindsAnyChangedByteOfASlot) {
    Fixture f;
    const UserSlot& good = f.ring.users.at(0);
    ASSERT_TRUE(verifyMac(kDatabaseId, good, f.databaseKey, 0));
    ASSERT_TRUE(verifyMac(kDatabaseId, f.ring.recovery, f.databaseKey));
    for (auto field : {&UserSlot::sealedPrivateKey, &UserSlot::salt}) {
        UserSlot bad = good;
        (bad.*field)[3] ^= 0x04;
        EXPECT_FALSE(verifyMac(kDatabaseId, bad, f.databaseKey, 0));
    }
    UserSlot badEnc = good;
    badEnc.databaseKey.enc[0] ^= 0x01;
    EXPECT_FALSE(verifyMac(kDatabaseId, badEnc, f.databaseKey, 0));
    UserSlot badCipher = good;
    badCipher.databaseKey.ciphertext.back() ^= 0x80;
    EXPECT_FALSE(verifyMac(kDatabaseId, badCipher, f.databaseKey, 0));
    RecoverySlot badRecovery = f.ring.recovery;
    badRecovery.publicKey[7] ^= 0x10;
    EXPECT_FALSE(verifyMac(kDatabaseId, badRecovery, f.databaseKey));
    // and a MAC made under another database key does not verify
    EXPECT_FALSE(verifyMac(kDatabaseId, good, dc::crypto::randomSecret(32), 0));
}

// Damage to the file's structure is refused with a message naming the place.
struct Damage {
    const char* name;
    std::function<void(QJsonObject&)> apply;
    const char* mentions;
};

// The checksum a writer puts on a slot or the header (SHA-256 over the compact JSON of the other fields): damage
// below is made the way a crafted file would be, checksums recomputed, so the field checks themselves are tested.
QString checksumOf(QJsonObject o) {
    o.remove(QStringLiteral("checksum"));
    const QByteArray canonical = QJsonDocument(o).toJson(QJsonDocument::Compact);
    const auto digest = dc::crypto::sha256(std::span<const std::uint8_t>(
        reinterpret_cast<const std::uint8_t*>(canonical.constData()), static_cast<std::size_t>(canonical.size())));
    return QString::fromStdString(dc::crypto::toBase64(digest));
}
void resealHeader(QJsonObject& root) {
    QJsonObject header = root;
    for (const char* part : {"recovery", "pendingRecovery", "users"}) {
        header.remove(QLatin1String(part));
    }
    root.insert(QStringLiteral("checksum"), checksumOf(header));
}
std::function<void(QJsonObject&)> inHeader(std::function<void(QJsonObject&)> change) {
    return [change](QJsonObject& root) {
        change(root);
        resealHeader(root);
    };
}

QJsonObject firstSlot(const QJsonObject& root) {
    return root.value(QStringLiteral("users")).toArray().at(0).toObject();
}
void setFirstSlot(QJsonObject& root, const QJsonObject& slot) {
    QJsonArray users = root.value(QStringLiteral("users")).toArray();
    users.replace(0, slot);
    root.insert(QStringLiteral("users"), users);
}
std::function<void(QJsonObject&)> inSlot(std::function<void(QJsonObject&)> change) {
    return [change](QJsonObject& root) {
        QJsonObject slot = firstSlot(root);
        change(slot);
        slot.insert(QStringLiteral("checksum"), checksumOf(slot));
        setFirstSlot(root, slot);
    };
}

class KeyringDamageTest : public ::testing::TestWithParam<Damage> {};

TEST_P(KeyringDamageTest, IsRefusedNamingThePlace) {
    Fixture f;
    QJsonObject root = QJsonDocument::fromJson(serialize(f.ring)).object();
    GetParam().apply(root);
    auto parsed = parse(QJsonDocument(root).toJson());
    ASSERT_FALSE(parsed.ok());
    EXPECT_EQ(parsed.error().code, dc::core::ErrorCode::KeyringDamaged);
    EXPECT_TRUE(parsed.error().detail.contains(QLatin1String(GetParam().mentions)))
        << parsed.error().detail.toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Fields, KeyringDamageTest,
    ::testing::Values(
        Damage{"WrongFormat", [](QJsonObject& r) { r.insert(QStringLiteral("format"), QStringLiteral("other")); },
               "not a"},
        Damage{"NewerVersion", [](QJsonObject& r) { r.insert(QStringLiteral("version"), 3); }, "version 3"},
        Damage{"HeaderChanged", [](QJsonObject& r) { r.insert(QStringLiteral("generation"), 7); }, "checksum"},
        Damage{"NoDatabaseId", inHeader([](QJsonObject& r) { r.remove(QStringLiteral("databaseId")); }), "databaseId"},
        Damage{"BadDatabaseId",
               inHeader([](QJsonObject& r) { r.insert(QStringLiteral("databaseId"), QStringLiteral("x")); }), "UUID"},
        Damage{"NegativeGeneration", inHeader([](QJsonObject& r) { r.insert(QStringLiteral("generation"), -1); }),
               "generation"},
        Damage{"NoUsers", [](QJsonObject& r) { r.remove(QStringLiteral("users")); }, "users"},
        Damage{"NoRecovery", [](QJsonObject& r) { r.remove(QStringLiteral("recovery")); }, "recovery"},
        Damage{"SaltNotBase64", inSlot([](QJsonObject& s) { s.insert(QStringLiteral("salt"), QStringLiteral("%%")); }),
               "slot 1 (lan): field 'salt' is not base64"},
        Damage{"SaltTooShort", inSlot([](QJsonObject& s) { s.insert(QStringLiteral("salt"), QStringLiteral("AAAA")); }),
               "salt"},
        Damage{"PublicKeyMissing", inSlot([](QJsonObject& s) { s.remove(QStringLiteral("publicKey")); }), "publicKey"},
        Damage{"SealedKeyTruncated", inSlot([](QJsonObject& s) {
                   s.insert(QStringLiteral("sealedPrivateKey"),
                            s.value(QStringLiteral("sealedPrivateKey")).toString().left(40));
               }),
               "sealedPrivateKey"},
        Damage{"HugeMemory", inSlot([](QJsonObject& s) {
                   QJsonObject kdf = s.value(QStringLiteral("kdf")).toObject();
                   kdf.insert(QStringLiteral("memoryKiB"), 100.0 * 1024 * 1024); // 100 GiB
                   s.insert(QStringLiteral("kdf"), kdf);
               }),
               "outside the allowed range"},
        Damage{"WeakenedIterations", inSlot([](QJsonObject& s) {
                   QJsonObject kdf = s.value(QStringLiteral("kdf")).toObject();
                   kdf.insert(QStringLiteral("iterations"), 1);
                   s.insert(QStringLiteral("kdf"), kdf);
               }),
               "outside the allowed range"},
        Damage{"NotArgon2id", inSlot([](QJsonObject& s) {
                   QJsonObject kdf = s.value(QStringLiteral("kdf")).toObject();
                   kdf.insert(QStringLiteral("algorithm"), QStringLiteral("pbkdf2"));
                   s.insert(QStringLiteral("kdf"), kdf);
               }),
               "argon2id"},
        Damage{"DuplicateUser",
               [](QJsonObject& r) {
                   QJsonArray users = r.value(QStringLiteral("users")).toArray();
                   QJsonObject copy = users.at(0).toObject();
                   copy.insert(QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
                   copy.insert(QStringLiteral("checksum"), checksumOf(copy));
                   users.append(copy);
                   r.insert(QStringLiteral("users"), users);
               },
               "repeats another slot's user"}),
    [](const ::testing::TestParamInfo<Damage>& info) { return std::string(info.param.name); });

// Bad luck, not a crafted file: one flipped character in a slot. The slot is known damaged (its checksum fails) and
// the rest of the keyring still works, so its account is told "damaged", never "wrong password".
TEST(KeyringTest, AChangedSlotIsMarkedDamagedAndTheOthersStillRead) {
    Fixture f;
    f.ring.users.push_back(createUserSlot(kDatabaseId, QStringLiteral("minh"), secret("trang-len-doi-thong-86"),
                                          f.ring.kdf, f.databaseKey, 0));
    QJsonObject root = QJsonDocument::fromJson(serialize(f.ring)).object();
    QJsonObject lan = firstSlot(root);
    QString salt = lan.value(QStringLiteral("salt")).toString();
    salt[2] = salt[2] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    lan.insert(QStringLiteral("salt"), salt);
    setFirstSlot(root, lan);
    auto parsed = parse(QJsonDocument(root).toJson());
    ASSERT_TRUE(parsed.ok()) << parsed.error().detail.toStdString();
    ASSERT_TRUE(parsed->findUser(QStringLiteral("lan")));
    EXPECT_TRUE(parsed->findUser(QStringLiteral("lan"))->damaged);
    ASSERT_TRUE(parsed->findUser(QStringLiteral("minh")));
    EXPECT_FALSE(parsed->findUser(QStringLiteral("minh"))->damaged);
    EXPECT_TRUE(
        openSlotPrivateKey(kDatabaseId, *parsed->findUser(QStringLiteral("minh")), secret("trang-len-doi-thong-86")));
    // the recovery slot the same way
    QJsonObject recovery = root.value(QStringLiteral("recovery")).toObject();
    recovery.insert(QStringLiteral("createdAt"), QStringLiteral("2022-01-01T00:00:00Z"));
    root.insert(QStringLiteral("recovery"), recovery);
    auto again = parse(QJsonDocument(root).toJson());
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(again->recovery.damaged);
}

// A keyring written before generations and checksums (format version 1) is still read, at generation 0.
TEST(KeyringTest, AVersionOneKeyringIsReadAtGenerationZero) {
    Fixture f;
    QJsonObject root = QJsonDocument::fromJson(serialize(f.ring)).object();
    root.insert(QStringLiteral("version"), 1);
    root.remove(QStringLiteral("checksum"));
    root.remove(QStringLiteral("generation"));
    auto parsed = parse(QJsonDocument(root).toJson());
    ASSERT_TRUE(parsed.ok()) << parsed.error().detail.toStdString();
    EXPECT_EQ(parsed->generation, 0);
    EXPECT_FALSE(parsed->users.at(0).damaged);
    const UserSlot& slot = parsed->users.at(0);
    auto privateKey = openSlotPrivateKey(kDatabaseId, slot, secret("hoa-sen-no-sang-41"));
    ASSERT_TRUE(privateKey);
    EXPECT_TRUE(openDatabaseKey(kDatabaseId, slot, *privateKey, slot.databaseKey, 0));
}

// The database key of each generation comes from the same code; a slot sealed for one generation opens only there.
TEST(RecoveryCodeTest, EachGenerationHasItsOwnKeyFromTheSameCode) {
    const RecoveryCode code = RecoveryCode::generate();
    const SecureBuffer g0 = code.databaseKey(0);
    const SecureBuffer g1 = code.databaseKey(1);
    const SecureBuffer g2 = code.databaseKey(2);
    EXPECT_FALSE(std::ranges::equal(g0.bytes(), g1.bytes()));
    EXPECT_FALSE(std::ranges::equal(g1.bytes(), g2.bytes()));
    const SecureBuffer fromRoot = RecoveryCode::databaseKeyFromRoot(code.generationRoot(), 2);
    EXPECT_TRUE(std::ranges::equal(fromRoot.bytes(), g2.bytes()));
    Fixture f;
    UserSlot slot = f.ring.users.at(0);
    slot.databaseKey = sealDatabaseKey(kDatabaseId, slot, g1, 1);
    auto privateKey = openSlotPrivateKey(kDatabaseId, slot, secret("hoa-sen-no-sang-41"));
    ASSERT_TRUE(privateKey);
    EXPECT_TRUE(openDatabaseKey(kDatabaseId, slot, *privateKey, slot.databaseKey, 1));
    EXPECT_FALSE(openDatabaseKey(kDatabaseId, slot, *privateKey, slot.databaseKey, 0));
    EXPECT_FALSE(openDatabaseKey(kDatabaseId, slot, *privateKey, slot.databaseKey, 2));
}

TEST(KeyringTest, NotJsonIsDamaged) {
    for (const QByteArray& text : {QByteArray(), QByteArray("{"), QByteArray("[1,2]"), QByteArray("\xff\xfe\x00")}) {
        auto parsed = parse(text);
        ASSERT_FALSE(parsed.ok());
        EXPECT_EQ(parsed.error().code, dc::core::ErrorCode::KeyringDamaged);
    }
}

TEST(RecoveryCodeTest, HasFortyDigitsInEightGroups) {
    const RecoveryCode code = RecoveryCode::generate();
    const SecureBuffer grouped = code.grouped();
    const QString text = QString::fromLatin1(grouped.chars().data(), static_cast<qsizetype>(grouped.size()));
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^\\d{5}(-\\d{5}){7}$")).match(text).hasMatch())
        << text.toStdString();
}

TEST(RecoveryCodeTest, TypedBackGivesTheSameKeys) {
    const RecoveryCode code = RecoveryCode::generate();
    const SecureBuffer grouped = code.grouped();
    std::string typed(grouped.chars());
    std::replace(typed.begin(), typed.end(), '-', ' ');
    auto parsed = RecoveryCode::parse(typed);
    ASSERT_TRUE(parsed);
    const SecureBuffer typedKey = parsed->databaseKey();
    const SecureBuffer shownKey = code.databaseKey();
    EXPECT_TRUE(std::ranges::equal(typedKey.bytes(), shownKey.bytes()));
    EXPECT_EQ(parsed->slotKeyPair().publicKey, code.slotKeyPair().publicKey);
}

TEST(RecoveryCodeTest, MalformedCodesAreRefused) {
    for (const char* typed : {"", "1234", "12345-12345-12345-12345-12345-12345-12345-1234",
                              "12345-12345-12345-12345-12345-12345-12345-123456",
                              "12345-12345-12345-12345-12345-"
                              "12345-12345-1234O"}) {
        EXPECT_FALSE(RecoveryCode::parse(typed)) << typed;
    }
}

TEST(RecoveryCodeTest, DifferentCodesGiveDifferentKeys) {
    const RecoveryCode a = RecoveryCode::generate();
    const RecoveryCode b = RecoveryCode::generate();
    const SecureBuffer keyA = a.databaseKey();
    const SecureBuffer keyB = b.databaseKey();
    EXPECT_FALSE(std::ranges::equal(keyA.bytes(), keyB.bytes()));
    Fixture f;
    EXPECT_TRUE(recoveryCodeMatches(f.ring.recovery, f.code));
    EXPECT_FALSE(recoveryCodeMatches(f.ring.recovery, a));
}

} // namespace
