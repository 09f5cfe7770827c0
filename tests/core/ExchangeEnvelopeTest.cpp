// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/Bytes.h"
#include "core/exchange/Envelope.h"
#include "core/exchange/Fingerprint.h"
#include "crypto/Ed25519.h"
#include "crypto/Encoding.h"
#include "crypto/Hash.h"
#include "crypto/X25519.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace dc;
using namespace dc::core::exchange;

namespace {

struct Keys {
    crypto::Ed25519KeyPair signing = crypto::generateEd25519();
    crypto::X25519KeyPair box = crypto::generateX25519();
};

QJsonObject smallHeader() {
    return QJsonObject{{QStringLiteral("format"), QStringLiteral("doichieu-bundle/1")},
                       {QStringLiteral("site"), QStringLiteral("0d9a2c0e-5b7e-4c1d-9f43-2f6a1c3e8b10")},
                       {QStringLiteral("sequence"), 7}};
}

std::vector<std::uint8_t> plaintext() {
    const std::string text = R"({"events":[1,2,3]})";
    return {text.begin(), text.end()};
}

QByteArray buildBundle(const Keys& sender, const Keys& recipient, const QJsonObject& header = smallHeader()) {
    const auto plain = plaintext();
    auto built = buildEnvelope(FileKind::Bundle, header, std::span<const std::uint8_t>(plain), recipient.box.publicKey,
                               sender.signing.seed);
    EXPECT_TRUE(built.ok());
    return built.value();
}

// The whole read: structure, signature, payload. Returns the refusal, or nullopt when everything passed and the
// plaintext is the one sealed.
std::optional<Refusal> readAll(const QByteArray& bytes, const Keys& sender, const Keys& recipient) {
    auto parsed = parseEnvelope(bytes, FileKind::Bundle);
    if (!parsed)
        return parsed.refused().reason;
    if (auto verified = verifyEnvelope(parsed.value(), sender.signing.publicKey); !verified)
        return verified.refused().reason;
    auto opened = openPayload(parsed.value(), recipient.box.privateKey);
    if (!opened)
        return opened.refused().reason;
    const auto expected = plaintext();
    EXPECT_TRUE(
        std::equal(opened.value().bytes().begin(), opened.value().bytes().end(), expected.begin(), expected.end()));
    return std::nullopt;
}

void putU32(QByteArray& bytes, qsizetype offset, std::uint32_t value) {
    bytes[offset] = static_cast<char>(value >> 24);
    bytes[offset + 1] = static_cast<char>(value >> 16);
    bytes[offset + 2] = static_cast<char>(value >> 8);
    bytes[offset + 3] = static_cast<char>(value);
}

constexpr qsizetype kHeaderLengthAt = 9;

class ExchangeEnvelopeTest : public ::testing::Test {
protected:
    Keys sender;
    Keys hub;
};

TEST_F(ExchangeEnvelopeTest, HappyPathRoundTrip) {
    const QByteArray bytes = buildBundle(sender, hub);
    ASSERT_TRUE(bytes.startsWith("DCXCHG01"));
    EXPECT_EQ(static_cast<int>(bytes[8]), 3);
    auto parsed = parseEnvelope(bytes, FileKind::Bundle);
    ASSERT_TRUE(parsed.ok()) << parsed.refused().detail.toStdString();
    EXPECT_EQ(parsed->headerJson.value(QStringLiteral("sequence")).toInt(), 7);
    EXPECT_EQ(parsed->header, QJsonDocument(smallHeader()).toJson(QJsonDocument::Compact));
    EXPECT_EQ(readAll(bytes, sender, hub), std::nullopt);
}

TEST_F(ExchangeEnvelopeTest, FileIdCoversTheHeaderOnlyNotTheRandomisedCiphertext) {
    const QByteArray first = buildBundle(sender, hub);
    const QByteArray second = buildBundle(sender, hub);
    ASSERT_NE(first, second); // a fresh HPKE ephemeral key each time
    auto a = parseEnvelope(first, FileKind::Bundle);
    auto b = parseEnvelope(second, FileKind::Bundle);
    ASSERT_TRUE(a.ok() && b.ok());
    EXPECT_EQ(fileId(a->header), fileId(b->header));
    // Pinned by hand: hex SHA-256("doichieu-file-id/v1" ‖ header).
    QByteArray input = QByteArray("doichieu-file-id/v1") + a->header;
    EXPECT_EQ(fileId(a->header).toStdString(), crypto::toHex(crypto::sha256(core::asBytes(input))));
    QJsonObject other = smallHeader();
    other[QStringLiteral("sequence")] = 8;
    EXPECT_NE(fileId(a->header), fileId(QJsonDocument(other).toJson(QJsonDocument::Compact)));
}

TEST_F(ExchangeEnvelopeTest, EverySingleByteFlipIsRefused) {
    const QByteArray bytes = buildBundle(sender, hub);
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        for (const std::uint8_t mask : {std::uint8_t{0x01}, std::uint8_t{0x80}, std::uint8_t{0xff}}) {
            QByteArray flipped = bytes;
            flipped[i] = static_cast<char>(static_cast<std::uint8_t>(flipped[i]) ^ mask);
            EXPECT_NE(readAll(flipped, sender, hub), std::nullopt) << "byte " << i << " mask " << int(mask);
        }
    }
}

TEST_F(ExchangeEnvelopeTest, EveryTruncationIsRefused) {
    const QByteArray bytes = buildBundle(sender, hub);
    for (qsizetype length = 0; length < bytes.size(); ++length) {
        auto parsed = parseEnvelope(bytes.first(length), FileKind::Bundle);
        ASSERT_FALSE(parsed.ok()) << "length " << length;
        // A cut inside the magic is not a travelling file at all; elsewhere the lengths point past the end.
        if (length >= 13) {
            EXPECT_EQ(parsed.refused().reason, Refusal::Truncated) << "length " << length;
        }
    }
}

TEST_F(ExchangeEnvelopeTest, LengthsLargerThanTheFileAreTruncated) {
    QByteArray bytes = buildBundle(sender, hub);
    QByteArray lying = bytes;
    putU32(lying, kHeaderLengthAt, 60000);
    auto parsed = parseEnvelope(lying, FileKind::Bundle);
    ASSERT_FALSE(parsed.ok());
    EXPECT_EQ(parsed.refused().reason, Refusal::Truncated);

    auto good = parseEnvelope(bytes, FileKind::Bundle);
    ASSERT_TRUE(good.ok());
    const qsizetype payloadLengthAt = good->payloadOffset - 4;
    QByteArray longPayload = bytes;
    putU32(longPayload, payloadLengthAt, static_cast<std::uint32_t>(good->payloadSize + 1000));
    parsed = parseEnvelope(longPayload, FileKind::Bundle);
    ASSERT_FALSE(parsed.ok());
    EXPECT_EQ(parsed.refused().reason, Refusal::Truncated);
}

TEST_F(ExchangeEnvelopeTest, AHeaderLengthOver64KiBIsTooLarge) {
    QByteArray bytes = buildBundle(sender, hub);
    putU32(bytes, kHeaderLengthAt, 64u * 1024u + 1u);
    auto parsed = parseEnvelope(bytes, FileKind::Bundle);
    ASSERT_FALSE(parsed.ok());
    EXPECT_EQ(parsed.refused().reason, Refusal::TooLarge);
    putU32(bytes, kHeaderLengthAt, 0xffffffffu);
    parsed = parseEnvelope(bytes, FileKind::Bundle);
    ASSERT_FALSE(parsed.ok());
    EXPECT_EQ(parsed.refused().reason, Refusal::TooLarge);
}

TEST_F(ExchangeEnvelopeTest, APayloadLengthOverTheLimitIsTooLarge) {
    QByteArray bytes = buildBundle(sender, hub);
    auto good = parseEnvelope(bytes, FileKind::Bundle);
    ASSERT_TRUE(good.ok());
    putU32(bytes, good->payloadOffset - 4, kMaxBundlePayloadBytes + 1u);
    auto parsed = parseEnvelope(bytes, FileKind::Bundle);
    ASSERT_FALSE(parsed.ok());
    EXPECT_EQ(parsed.refused().reason, Refusal::TooLarge);
}

TEST_F(ExchangeEnvelopeTest, TrailingBytesAreRefused) {
    const QByteArray bytes = buildBundle(sender, hub);
    auto parsed = parseEnvelope(bytes + QByteArray(1, '\0'), FileKind::Bundle);
    ASSERT_FALSE(parsed.ok());
    EXPECT_EQ(parsed.refused().reason, Refusal::Damaged);
    parsed = parseEnvelope(bytes + bytes, FileKind::Bundle);
    ASSERT_FALSE(parsed.ok());
    EXPECT_EQ(parsed.refused().reason, Refusal::Damaged);
}

TEST_F(ExchangeEnvelopeTest, AnotherKindIsRefusedAndItsSignatureCannotPassForABundle) {
    auto receipt = buildEnvelope(FileKind::Receipt, smallHeader(), std::nullopt, std::nullopt, sender.signing.seed);
    ASSERT_TRUE(receipt.ok());
    auto parsed = parseEnvelope(receipt.value(), FileKind::Bundle);
    ASSERT_FALSE(parsed.ok());
    EXPECT_EQ(parsed.refused().reason, Refusal::WrongRecipient);
    // Relabel the receipt as a bundle: the structure passes, the signature (labelled for receipts) does not.
    QByteArray relabelled = receipt.value();
    relabelled[8] = 3;
    parsed = parseEnvelope(relabelled, FileKind::Bundle);
    ASSERT_TRUE(parsed.ok());
    auto verified = verifyEnvelope(parsed.value(), sender.signing.publicKey);
    ASSERT_FALSE(verified.ok());
    EXPECT_EQ(verified.refused().reason, Refusal::BadSignature);
    // An unknown kind byte.
    relabelled[8] = 9;
    parsed = parseEnvelope(relabelled, FileKind::Bundle);
    ASSERT_FALSE(parsed.ok());
    EXPECT_EQ(parsed.refused().reason, Refusal::Damaged);
}

TEST_F(ExchangeEnvelopeTest, AnotherSigningKeyIsABadSignature) {
    const Keys stranger;
    const QByteArray bytes = buildBundle(stranger, hub);
    EXPECT_EQ(readAll(bytes, sender, hub), Refusal::BadSignature);
}

TEST_F(ExchangeEnvelopeTest, AnotherRecipientKeyCannotOpenThePayload) {
    const Keys otherHub;
    const QByteArray bytes = buildBundle(sender, otherHub);
    EXPECT_EQ(readAll(bytes, sender, hub), Refusal::Damaged);
    EXPECT_EQ(readAll(bytes, sender, otherHub), std::nullopt);
}

TEST_F(ExchangeEnvelopeTest, HeaderMustBeAJsonObject) {
    // A correctly signed envelope around a header that is a JSON array: refused before any key is looked up.
    QByteArray bytes = buildBundle(sender, hub);
    auto good = parseEnvelope(bytes, FileKind::Bundle);
    ASSERT_TRUE(good.ok());
    const QByteArray array = QByteArray("[1,2,3]");
    QByteArray forged = bytes.first(kHeaderLengthAt);
    forged.append("\0\0\0\x07", 4);
    forged.append(array);
    forged.append(bytes.mid(good->payloadOffset - 4));
    auto parsed = parseEnvelope(forged, FileKind::Bundle);
    ASSERT_FALSE(parsed.ok());
    EXPECT_EQ(parsed.refused().reason, Refusal::Damaged);
}

TEST_F(ExchangeEnvelopeTest, KindsWithoutPayloadAndTheBuildersRefusals) {
    auto request =
        buildEnvelope(FileKind::EnrollmentRequest, smallHeader(), std::nullopt, std::nullopt, sender.signing.seed);
    ASSERT_TRUE(request.ok());
    auto parsed = parseEnvelope(request.value(), FileKind::EnrollmentRequest);
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(parsed->payloadSize, 0);
    EXPECT_TRUE(verifyEnvelope(parsed.value(), sender.signing.publicKey).ok());
    auto opened = openPayload(parsed.value(), hub.box.privateKey);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.refused().reason, Refusal::Damaged);

    const auto plain = plaintext();
    // A request carries no payload; a payload needs a recipient; a header over 64 KiB is refused.
    EXPECT_FALSE(buildEnvelope(FileKind::EnrollmentRequest, smallHeader(), std::span<const std::uint8_t>(plain),
                               hub.box.publicKey, sender.signing.seed)
                     .ok());
    EXPECT_FALSE(buildEnvelope(FileKind::Bundle, smallHeader(), std::span<const std::uint8_t>(plain), std::nullopt,
                               sender.signing.seed)
                     .ok());
    QJsonObject huge = smallHeader();
    huge[QStringLiteral("padding")] = QString(70000, QLatin1Char('x'));
    EXPECT_FALSE(buildEnvelope(FileKind::Receipt, huge, std::nullopt, std::nullopt, sender.signing.seed).ok());
    // A low-order recipient key (all zero) cannot be sealed to.
    EXPECT_FALSE(buildEnvelope(FileKind::Bundle, smallHeader(), std::span<const std::uint8_t>(plain),
                               crypto::X25519PublicKey{}, sender.signing.seed)
                     .ok());

    // A request whose P claims a payload: too large for its kind, before anything else.
    QByteArray withPayload = request.value();
    putU32(withPayload, parsed->payloadOffset - 4, 48);
    auto refused = parseEnvelope(withPayload, FileKind::EnrollmentRequest);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.refused().reason, Refusal::TooLarge);
}

TEST_F(ExchangeEnvelopeTest, RefusalNamesAreTheJsonSpellings) {
    const std::vector<std::pair<Refusal, std::string>> expected{{Refusal::BadSignature, "bad-signature"},
                                                                {Refusal::UnknownSender, "unknown-sender"},
                                                                {Refusal::RetiredSender, "retired-sender"},
                                                                {Refusal::WrongRecipient, "wrong-recipient"},
                                                                {Refusal::Damaged, "damaged"},
                                                                {Refusal::Truncated, "truncated"},
                                                                {Refusal::Fork, "fork"},
                                                                {Refusal::Rollback, "rollback"},
                                                                {Refusal::TooLarge, "too-large"}};
    for (const auto& [reason, name] : expected) {
        EXPECT_EQ(refusalName(reason), name);
        EXPECT_EQ(refusalFromName(QString::fromStdString(name)), reason);
    }
    EXPECT_EQ(refusalFromName(QStringLiteral("Damaged")), std::nullopt);
    const auto error = toError(Refused{Refusal::Fork, QStringLiteral("sequence 4")});
    EXPECT_EQ(error.code, core::ErrorCode::FileRefused);
    EXPECT_EQ(error.detail, QStringLiteral("fork: sequence 4"));
    EXPECT_EQ(fileKindLabel(FileKind::Bundle), QByteArray("doichieu-bundle/v1"));
    EXPECT_EQ(fileKindLabel(FileKind::EnrollmentRequest), QByteArray("doichieu-enroll-request/v1"));
}

TEST(ExchangeFileReaderTest, MissingTooLargeAndWithinTheLimit) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString missing = dir.filePath(QStringLiteral("absent.bundle"));
    auto read = readExchangeFile(missing, 1000);
    ASSERT_TRUE(read.failure.has_value());
    EXPECT_EQ(*read.failure, ExchangeReadFailure::Missing);

    // A sparse file of 1 GiB: refused by its size, without reading (or allocating) it.
    const QString big = dir.filePath(QStringLiteral("big.bundle"));
    {
        QFile file(big);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        ASSERT_TRUE(file.resize(qint64{1} << 30));
    }
    read = readExchangeFile(big, maxFileBytes(FileKind::Bundle));
    ASSERT_TRUE(read.failure.has_value());
    EXPECT_EQ(*read.failure, ExchangeReadFailure::TooLarge);
    EXPECT_TRUE(read.bytes.isEmpty());

    const QString exact = dir.filePath(QStringLiteral("exact.receipt"));
    {
        QFile file(exact);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        ASSERT_EQ(file.write(QByteArray(100, 'a')), 100);
    }
    read = readExchangeFile(exact, 100);
    EXPECT_FALSE(read.failure.has_value());
    EXPECT_EQ(read.bytes.size(), 100);
    read = readExchangeFile(exact, 99);
    ASSERT_TRUE(read.failure.has_value());
    EXPECT_EQ(*read.failure, ExchangeReadFailure::TooLarge);

    // A folder is not a readable file.
    read = readExchangeFile(dir.path(), 100);
    ASSERT_TRUE(read.failure.has_value());
    EXPECT_NE(*read.failure, ExchangeReadFailure::TooLarge);
}

TEST(FingerprintTest, KnownAnswerComputedByHand) {
    const QString uuid = QStringLiteral("0d9a2c0e-5b7e-4c1d-9f43-2f6a1c3e8b10");
    crypto::Ed25519PublicKey signing{};
    crypto::X25519PublicKey box{};
    for (std::size_t i = 0; i < signing.size(); ++i) {
        signing[i] = static_cast<std::uint8_t>(i);
        box[i] = static_cast<std::uint8_t>(0xff - i);
    }
    // SHA-256 over the concatenation, first 16 bytes as a big-endian number, mod 10^24 by schoolbook long division
    // in base 10 (a different method from the implementation's base-10^6 limbs).
    std::vector<std::uint8_t> input;
    const std::string label = "doichieu-enroll/v1";
    input.insert(input.end(), label.begin(), label.end());
    const QByteArray uuidBytes = uuid.toUtf8();
    input.insert(input.end(), uuidBytes.begin(), uuidBytes.end());
    input.insert(input.end(), signing.begin(), signing.end());
    input.insert(input.end(), box.begin(), box.end());
    const auto digest = crypto::sha256(input);
    std::vector<int> decimal{0}; // little-endian decimal digits of the 128-bit number
    for (std::size_t i = 0; i < 16; ++i) {
        int carry = digest[i];
        for (auto& d : decimal) {
            const int v = d * 256 + carry;
            d = v % 10;
            carry = v / 10;
        }
        while (carry > 0) {
            decimal.push_back(carry % 10);
            carry /= 10;
        }
    }
    std::string expected;
    for (int i = 23; i >= 0; --i)
        expected += static_cast<char>('0' + (i < static_cast<int>(decimal.size()) ? decimal[i] : 0));
    const QString fingerprint = enrollmentFingerprint(uuid, signing, box);
    EXPECT_EQ(fingerprint.toStdString(), expected);
    EXPECT_EQ(fingerprint.size(), 24);
    // The same value computed outside the project (Python: int.from_bytes(sha256(...)[:16], "big") % 10**24).
    EXPECT_EQ(fingerprint, QStringLiteral("694961865061120689554066"));

    // Another key gives another fingerprint.
    box[0] ^= 1;
    EXPECT_NE(enrollmentFingerprint(uuid, signing, box), fingerprint);
}

TEST(FingerprintTest, FormatsInSixGroupsOfFour) {
    EXPECT_EQ(formatFingerprint(QStringLiteral("041299810000123456789012")),
              QStringLiteral("0412 9981 0000 1234 5678 9012"));
    EXPECT_EQ(formatFingerprint(QStringLiteral("123")), QStringLiteral("123"));
}

TEST(FingerprintTest, AcceptsAnySeparatorsAndRefusesOtherDigitCounts) {
    const QString digits = QStringLiteral("041299810000123456789012");
    for (const QString& typed :
         {QStringLiteral("041299810000123456789012"), QStringLiteral("0412 9981 0000 1234 5678 9012"),
          QStringLiteral("0412-9981-0000-1234-5678-9012"), QStringLiteral("0412.9981.0000.1234.5678.9012"),
          QStringLiteral(" 0412,9981,0000,1234,5678,9012 "), QStringLiteral("04 12\t99–81—0000/1234_5678 . 9012")}) {
        const auto normalised = normaliseFingerprint(typed);
        ASSERT_TRUE(normalised.has_value()) << typed.toStdString();
        EXPECT_EQ(*normalised, digits);
    }
    for (const QString& typed :
         {QString(), QStringLiteral("0412 9981 0000 1234 5678 901"), QStringLiteral("0412 9981 0000 1234 5678 90123"),
          QStringLiteral("0412 9981 0000 1234 5678 901O"), QStringLiteral("0412 9981 0000 1234 5678 9012 0"),
          QStringLiteral("0412+9981+0000+1234+5678+9012"), QStringLiteral("٠٤١٢ 9981 0000 1234 5678 9012")}) {
        EXPECT_FALSE(normaliseFingerprint(typed).has_value()) << typed.toStdString();
    }
}

} // namespace

namespace {

QByteArray frameStating(const QByteArray& contentSize) {
    // A Zstandard frame header (magic, a descriptor for a single segment with an 8-byte content size, the size) and an
    // empty last raw block: a complete frame that says it holds `contentSize` bytes.
    return QByteArray("\x28\xb5\x2f\xfd\xe0", 5) + contentSize + QByteArray("\x01\x00\x00", 3);
}

} // namespace

// A bundle's payload travels as one Zstandard frame of its JSON (docs/HUB.md "Bundles"): read back exactly; anything
// else, or a frame stating more JSON than an export ever puts in one bundle, refused before it is allocated.
TEST(BundlePayloadCompression, RoundTripsAndRefusesEveryOtherFrame) {
    QByteArray json = QByteArrayLiteral(R"({"checks":[{"subjectName":"Nguyễn Thị Hồng"}],"events":[]})");
    json = json.repeated(200);
    const QByteArray frame = compressPayload(json);
    EXPECT_LT(frame.size() * 10, json.size());
    auto back = decompressPayload(core::asBytes(frame));
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(QByteArray(reinterpret_cast<const char*>(back->data()), static_cast<qsizetype>(back->size())), json);
    auto empty = decompressPayload(core::asBytes(compressPayload(QByteArray())));
    ASSERT_TRUE(empty.ok());
    EXPECT_TRUE(empty->empty());

    const auto refused = [](const QByteArray& bytes) { return !decompressPayload(core::asBytes(bytes)).ok(); };
    EXPECT_TRUE(refused(json)) << "the JSON itself";
    EXPECT_TRUE(refused(QByteArray()));
    EXPECT_TRUE(refused(frame.chopped(1)));
    EXPECT_TRUE(refused(frame.left(frame.size() / 2)));
    EXPECT_TRUE(refused(frame + QByteArray("\0", 1)));
    EXPECT_TRUE(refused(frame + frame)) << "two frames";
    // Zstandard itself decompresses a frame followed by an empty one, or by a skippable frame, to the first's content:
    // refused all the same (exactly one frame), as is a skippable frame alone.
    const QByteArray skippable("\x50\x2a\x4d\x18\x04\x00\x00\x00"
                               "abcd",
                               12);
    EXPECT_TRUE(refused(frame + compressPayload(QByteArray())));
    EXPECT_TRUE(refused(frame + skippable));
    EXPECT_TRUE(refused(skippable));
    // (A changed byte inside the frame is the envelope's to refuse: the payload is sealed, and the seal checked first.)
    // Stating 256 MiB + 1 bytes, or 1 TiB: more than a bundle's JSON, refused from the header alone (nothing allocated,
    // nothing decompressed: the refusal says so).
    const auto tooLarge = [](const QByteArray& bytes) {
        auto result = decompressPayload(core::asBytes(bytes));
        return !result.ok() && result.error().detail.contains(QStringLiteral("at most 256 MiB"));
    };
    EXPECT_TRUE(tooLarge(frameStating(QByteArray("\x01\x00\x00\x10\x00\x00\x00\x00", 8))));
    EXPECT_TRUE(tooLarge(frameStating(QByteArray("\x00\x00\x00\x00\x00\x01\x00\x00", 8))));
    // Stating 5 bytes and holding none.
    EXPECT_TRUE(refused(frameStating(QByteArray("\x05\x00\x00\x00\x00\x00\x00\x00", 8))));
    // A frame that does not state its size (a window descriptor instead): the hub would not know what to allocate.
    EXPECT_TRUE(refused(QByteArray("\x28\xb5\x2f\xfd\x00\x00\x01\x00\x00", 9)));
}
