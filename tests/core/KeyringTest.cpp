// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/keyring/Keyring.h"
#include "core/keyring/RecoveryCode.h"
#include "core/keyring/SlotCrypto.h"
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
            createUserSlot(kDatabaseId, QStringLiteral("lan"), secret("mat-khau-lan"), ring.kdf, databaseKey));
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
    auto privateKey = openSlotPrivateKey(kDatabaseId, slot, secret("mat-khau-lan"));
    ASSERT_TRUE(privateKey);
    auto key = openDatabaseKey(kDatabaseId, slot, *privateKey, slot.databaseKey);
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
    EXPECT_FALSE(openSlotPrivateKey(kDatabaseId, moved, secret("mat-khau-lan")));

    EXPECT_FALSE(openSlotPrivateKey(QUuid::createUuid().toString(QUuid::WithoutBraces), f.ring.users.at(0),
                                    secret("mat-khau-lan")));

    UserSlot stronger = f.ring.users.at(0);
    stronger.kdf.iterations += 1;
    EXPECT_FALSE(openSlotPrivateKey(kDatabaseId, stronger, secret("mat-khau-lan")));

    UserSlot otherId = f.ring.users.at(0);
    otherId.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    EXPECT_FALSE(openSlotPrivateKey(kDatabaseId, otherId, secret("mat-khau-lan")));
}

TEST(KeyringTest, MacFindsAnyChangedByteOfASlot) {
    Fixture f;
    const UserSlot& good = f.ring.users.at(0);
    ASSERT_TRUE(verifyMac(kDatabaseId, good, f.databaseKey));
    ASSERT_TRUE(verifyMac(kDatabaseId, f.ring.recovery, f.databaseKey));
    for (auto field : {&UserSlot::sealedPrivateKey, &UserSlot::salt}) {
        UserSlot bad = good;
        (bad.*field)[3] ^= 0x04;
        EXPECT_FALSE(verifyMac(kDatabaseId, bad, f.databaseKey));
    }
    UserSlot badEnc = good;
    badEnc.databaseKey.enc[0] ^= 0x01;
    EXPECT_FALSE(verifyMac(kDatabaseId, badEnc, f.databaseKey));
    UserSlot badCipher = good;
    badCipher.databaseKey.ciphertext.back() ^= 0x80;
    EXPECT_FALSE(verifyMac(kDatabaseId, badCipher, f.databaseKey));
    RecoverySlot badRecovery = f.ring.recovery;
    badRecovery.publicKey[7] ^= 0x10;
    EXPECT_FALSE(verifyMac(kDatabaseId, badRecovery, f.databaseKey));
    // and a MAC made under another database key does not verify
    EXPECT_FALSE(verifyMac(kDatabaseId, good, dc::crypto::randomSecret(32)));
}

// Damage to the file's structure is refused with a message naming the place.
struct Damage {
    const char* name;
    std::function<void(QJsonObject&)> apply;
    const char* mentions;
};

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
        Damage{"NewerVersion", [](QJsonObject& r) { r.insert(QStringLiteral("version"), 2); }, "version 2"},
        Damage{"NoDatabaseId", [](QJsonObject& r) { r.remove(QStringLiteral("databaseId")); }, "databaseId"},
        Damage{"BadDatabaseId", [](QJsonObject& r) { r.insert(QStringLiteral("databaseId"), QStringLiteral("x")); },
               "UUID"},
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
                   users.append(copy);
                   r.insert(QStringLiteral("users"), users);
               },
               "repeats another slot's user"}),
    [](const ::testing::TestParamInfo<Damage>& info) { return std::string(info.param.name); });

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
