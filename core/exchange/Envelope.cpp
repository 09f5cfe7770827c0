// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/exchange/Envelope.h"

#include "core/Bytes.h"
#include "core/Compression.h"
#include "core/audit/Checkpoint.h"
#include "core/platform/Files.h"
#include "crypto/Encoding.h"
#include "crypto/Hash.h"
#include "crypto/Hpke.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>
#include <stdexcept>

namespace dc::core::exchange {
namespace {

constexpr std::size_t kLengthSize = 4;
constexpr std::size_t kKindOffset = kEnvelopeMagicSize;
constexpr std::size_t kHeaderLengthOffset = kKindOffset + 1;
constexpr std::size_t kHeaderOffset = kHeaderLengthOffset + kLengthSize;
// enc (RFC 9180 Nenc for X25519) and the ChaCha20-Poly1305 tag: the shortest payload HPKE can produce.
constexpr std::size_t kMinPayloadBytes = crypto::kHpkeEncSize + 16;

std::uint32_t readU32(const QByteArray& bytes, std::size_t offset) {
    const auto* p = reinterpret_cast<const std::uint8_t*>(bytes.constData()) + offset;
    return (std::uint32_t{p[0]} << 24) | (std::uint32_t{p[1]} << 16) | (std::uint32_t{p[2]} << 8) | std::uint32_t{p[3]};
}

void appendU32(QByteArray& out, std::uint32_t value) {
    out.append(static_cast<char>(value >> 24));
    out.append(static_cast<char>(value >> 16));
    out.append(static_cast<char>(value >> 8));
    out.append(static_cast<char>(value));
}

Refused refuse(Refusal reason, QString detail) {
    return Refused{reason, std::move(detail)};
}

std::optional<FileKind> kindFromByte(std::uint8_t value) {
    switch (value) {
    case 1:
        return FileKind::EnrollmentRequest;
    case 2:
        return FileKind::Welcome;
    case 3:
        return FileKind::Bundle;
    case 4:
        return FileKind::Receipt;
    case 5:
        return FileKind::Roster;
    case 6:
        return FileKind::Wipe;
    default:
        return std::nullopt;
    }
}

std::span<const std::uint8_t> asSpan(const QByteArray& bytes) {
    return asBytes(bytes);
}

} // namespace

const char* fileKindName(FileKind kind) noexcept {
    switch (kind) {
    case FileKind::EnrollmentRequest:
        return "enroll-request";
    case FileKind::Welcome:
        return "welcome";
    case FileKind::Bundle:
        return "bundle";
    case FileKind::Receipt:
        return "receipt";
    case FileKind::Roster:
        return "roster";
    case FileKind::Wipe:
        return "wipe";
    }
    return "unknown";
}

QByteArray fileKindLabel(FileKind kind) {
    return QByteArray("doichieu-") + fileKindName(kind) + "/v1";
}

const char* refusalName(Refusal reason) noexcept {
    switch (reason) {
    case Refusal::BadSignature:
        return "bad-signature";
    case Refusal::UnknownSender:
        return "unknown-sender";
    case Refusal::RetiredSender:
        return "retired-sender";
    case Refusal::WrongRecipient:
        return "wrong-recipient";
    case Refusal::Damaged:
        return "damaged";
    case Refusal::Truncated:
        return "truncated";
    case Refusal::Fork:
        return "fork";
    case Refusal::Rollback:
        return "rollback";
    case Refusal::TooLarge:
        return "too-large";
    }
    return "damaged";
}

std::optional<Refusal> refusalFromName(const QString& name) {
    for (const Refusal reason :
         {Refusal::BadSignature, Refusal::UnknownSender, Refusal::RetiredSender, Refusal::WrongRecipient,
          Refusal::Damaged, Refusal::Truncated, Refusal::Fork, Refusal::Rollback, Refusal::TooLarge}) {
        if (name == QLatin1String(refusalName(reason)))
            return reason;
    }
    return std::nullopt;
}

Error toError(const Refused& refused) {
    return makeError(ErrorCode::FileRefused,
                     QString::fromLatin1(refusalName(refused.reason)) + QStringLiteral(": ") + refused.detail);
}

Error toError(Refusal reason, const QString& detail) {
    return toError(Refused{reason, detail});
}

std::uint32_t maxPayloadBytes(FileKind kind) noexcept {
    switch (kind) {
    case FileKind::EnrollmentRequest:
    case FileKind::Welcome:
    case FileKind::Wipe:
        return 0;
    case FileKind::Bundle:
        return kMaxBundlePayloadBytes;
    case FileKind::Receipt:
        return kMaxReceiptPayloadBytes;
    case FileKind::Roster:
        return kMaxRosterPayloadBytes;
    }
    return 0;
}

qint64 maxFileBytes(FileKind kind) noexcept {
    return static_cast<qint64>(kEnvelopeOverhead) + kMaxHeaderBytes + maxPayloadBytes(kind);
}

Result<QByteArray> buildEnvelope(FileKind kind, const QJsonObject& header,
                                 std::optional<std::span<const std::uint8_t>> payload,
                                 const std::optional<crypto::X25519PublicKey>& recipientBoxPublic,
                                 const crypto::SecureBuffer& signingSeed) {
    const QByteArray headerBytes = QJsonDocument(header).toJson(QJsonDocument::Compact);
    if (headerBytes.size() > static_cast<qsizetype>(kMaxHeaderBytes))
        return makeError(ErrorCode::InvalidInput, QStringLiteral("the header is larger than 64 KiB"));
    const QByteArray label = fileKindLabel(kind);
    crypto::HpkeSealed hpke;
    if (payload) {
        if (!recipientBoxPublic)
            return makeError(ErrorCode::InvalidInput, QStringLiteral("a payload needs a recipient key"));
        if (payload->size() + kMinPayloadBytes > maxPayloadBytes(kind))
            return makeError(ErrorCode::InvalidInput, QStringLiteral("the payload is over this kind's limit"));
        try {
            hpke = crypto::hpkeSeal(*recipientBoxPublic, asSpan(label), asSpan(headerBytes), *payload);
        } catch (const std::invalid_argument&) {
            return makeError(ErrorCode::InvalidInput, QStringLiteral("the recipient key cannot be sealed to"));
        }
    }
    const std::size_t sealedSize = hpke.enc.size() + hpke.ciphertext.size();
    QByteArray out;
    out.reserve(static_cast<qsizetype>(kEnvelopeOverhead + static_cast<std::size_t>(headerBytes.size()) + sealedSize));
    out.append(kEnvelopeMagic, static_cast<qsizetype>(kEnvelopeMagicSize));
    out.append(static_cast<char>(kind));
    appendU32(out, static_cast<std::uint32_t>(headerBytes.size()));
    out.append(headerBytes);
    appendU32(out, static_cast<std::uint32_t>(sealedSize));
    out.append(reinterpret_cast<const char*>(hpke.enc.data()), static_cast<qsizetype>(hpke.enc.size()));
    out.append(reinterpret_cast<const char*>(hpke.ciphertext.data()), static_cast<qsizetype>(hpke.ciphertext.size()));
    const auto signature =
        audit::signLabelled(std::string_view(label.constData(), label.size()), asSpan(out), signingSeed);
    out.append(reinterpret_cast<const char*>(signature.data()), static_cast<qsizetype>(signature.size()));
    return out;
}

std::span<const std::uint8_t> ParsedEnvelope::payload() const {
    return asSpan(file).subspan(static_cast<std::size_t>(payloadOffset), static_cast<std::size_t>(payloadSize));
}

std::span<const std::uint8_t> ParsedEnvelope::signedBytes() const {
    return asSpan(file).first(static_cast<std::size_t>(file.size()) - crypto::kEd25519SignatureSize);
}

QByteArray compressPayload(const QByteArray& json) {
    // Level 1, as the hub's chain blocks: on this JSON (UUIDs, hex hashes and keys repeating) it compresses as well
    // as the default level 3, twice as fast, and the hub decompresses it faster.
    return zstdCompress(asBytes(json), 1);
}

Result<crypto::SecureBuffer> decompressPayload(std::span<const std::uint8_t> frame) {
    const auto size = zstdContentSize(frame, kMaxBundlePayloadBytes);
    if (!size) {
        return makeError(ErrorCode::FileRefused,
                         QStringLiteral("payload: not one compressed frame of at most %1 MiB of JSON")
                             .arg(kMaxBundlePayloadBytes / (1024 * 1024)));
    }
    crypto::SecureBuffer json(*size);
    if (!zstdDecompress(frame, json.bytes())) {
        return makeError(ErrorCode::FileRefused, QStringLiteral("payload: the compressed frame is damaged"));
    }
    return json;
}

Checked<ParsedEnvelope> parseEnvelope(const QByteArray& bytes, FileKind expected) {
    // Every comparison below is between sizes that cannot overflow: the file's size is a qsizetype, each length a
    // u32, and the sums are done in std::uint64_t.
    const auto size = static_cast<std::uint64_t>(bytes.size());
    if (size < kHeaderOffset)
        return refuse(Refusal::Truncated, QStringLiteral("shorter than the envelope's fixed fields"));
    if (!std::equal(kEnvelopeMagic, kEnvelopeMagic + kEnvelopeMagicSize, bytes.constData()))
        return refuse(Refusal::Damaged, QStringLiteral("not a travelling file (wrong magic)"));
    const auto kind = kindFromByte(static_cast<std::uint8_t>(bytes[kKindOffset]));
    if (!kind)
        return refuse(Refusal::Damaged, QStringLiteral("unknown file kind"));
    if (*kind != expected)
        return refuse(Refusal::WrongRecipient,
                      QStringLiteral("a %1, not a %2")
                          .arg(QLatin1String(fileKindName(*kind)), QLatin1String(fileKindName(expected))));
    const std::uint64_t headerLength = readU32(bytes, kHeaderLengthOffset);
    if (headerLength > kMaxHeaderBytes)
        return refuse(Refusal::TooLarge, QStringLiteral("the header length is over 64 KiB"));
    const std::uint64_t payloadLengthOffset = kHeaderOffset + headerLength;
    if (size < payloadLengthOffset + kLengthSize)
        return refuse(Refusal::Truncated, QStringLiteral("the file ends inside the header"));
    const std::uint64_t payloadLength = readU32(bytes, static_cast<std::size_t>(payloadLengthOffset));
    if (payloadLength > maxPayloadBytes(expected))
        return refuse(Refusal::TooLarge, QStringLiteral("the payload length is over this kind's limit"));
    const std::uint64_t payloadOffset = payloadLengthOffset + kLengthSize;
    const std::uint64_t expectedSize = payloadOffset + payloadLength + crypto::kEd25519SignatureSize;
    if (size < expectedSize)
        return refuse(Refusal::Truncated, QStringLiteral("the file is shorter than its lengths say"));
    if (size > expectedSize)
        return refuse(Refusal::Damaged, QStringLiteral("bytes follow the signature"));
    if (payloadLength != 0 && payloadLength < kMinPayloadBytes)
        return refuse(Refusal::Damaged, QStringLiteral("the payload is too short to be sealed"));

    ParsedEnvelope parsed;
    parsed.kind = *kind;
    parsed.header = bytes.mid(static_cast<qsizetype>(kHeaderOffset), static_cast<qsizetype>(headerLength));
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(parsed.header, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return refuse(Refusal::Damaged, QStringLiteral("the header is not a JSON object"));
    parsed.headerJson = document.object();
    parsed.file = bytes;
    parsed.payloadOffset = static_cast<qsizetype>(payloadOffset);
    parsed.payloadSize = static_cast<qsizetype>(payloadLength);
    const auto signature = asSpan(bytes).last(crypto::kEd25519SignatureSize);
    std::copy(signature.begin(), signature.end(), parsed.signature.begin());
    return parsed;
}

Checked<std::monostate> verifyEnvelope(const ParsedEnvelope& envelope, const crypto::Ed25519PublicKey& signingPublic) {
    const QByteArray label = fileKindLabel(envelope.kind);
    if (!audit::verifyLabelled(std::string_view(label.constData(), label.size()), envelope.signedBytes(), signingPublic,
                               envelope.signature))
        return refuse(Refusal::BadSignature, QStringLiteral("the signature does not verify under the sender's key"));
    return std::monostate{};
}

Checked<crypto::SecureBuffer> openPayload(const ParsedEnvelope& envelope,
                                          const crypto::SecureBuffer& recipientBoxPrivate) {
    if (envelope.payloadSize == 0)
        return refuse(Refusal::Damaged, QStringLiteral("the file has no payload"));
    const auto payload = envelope.payload();
    const QByteArray label = fileKindLabel(envelope.kind);
    auto plain = crypto::hpkeOpen(recipientBoxPrivate, payload.first(crypto::kHpkeEncSize), asSpan(label),
                                  asSpan(envelope.header), payload.subspan(crypto::kHpkeEncSize));
    if (!plain)
        return refuse(Refusal::Damaged, QStringLiteral("the payload does not open with this site's key"));
    return std::move(*plain);
}

QString fileId(const QByteArray& headerBytes) {
    crypto::Sha256 hash;
    hash.update(std::string_view("doichieu-file-id/v1"));
    hash.update(asSpan(headerBytes));
    const auto digest = hash.finish();
    return QString::fromStdString(crypto::toHex(digest));
}

ExchangeFile readExchangeFile(const QString& path, qint64 maxBytes) {
    // platform::readSmallFile checks the size before reading and reads at most maxBytes + 1 bytes.
    auto read = platform::readSmallFile(path, maxBytes);
    ExchangeFile file;
    file.bytes = std::move(read.contents);
    file.detail = std::move(read.detail);
    if (read.failure) {
        switch (*read.failure) {
        case platform::ReadFailure::Missing:
            file.failure = ExchangeReadFailure::Missing;
            break;
        case platform::ReadFailure::Unreadable:
            file.failure = ExchangeReadFailure::Unreadable;
            break;
        case platform::ReadFailure::TooLarge:
            file.failure = ExchangeReadFailure::TooLarge;
            break;
        }
        file.bytes.clear();
    }
    return file;
}

Result<ParsedEnvelope> readEnvelope(const QString& path, FileKind kind) {
    const ExchangeFile file = readExchangeFile(path, maxFileBytes(kind));
    if (file.failure) {
        switch (*file.failure) {
        case ExchangeReadFailure::Missing:
            return makeError(ErrorCode::IoError, QStringLiteral("no file at %1").arg(path));
        case ExchangeReadFailure::Unreadable:
            return makeError(ErrorCode::IoError, QStringLiteral("cannot read %1: %2").arg(path, file.detail));
        case ExchangeReadFailure::TooLarge:
            return toError(
                {Refusal::TooLarge, QStringLiteral("larger than any %1 file").arg(QLatin1String(fileKindName(kind)))});
        }
    }
    auto parsed = parseEnvelope(file.bytes, kind);
    if (!parsed) {
        return toError(parsed.refused());
    }
    return std::move(parsed).value();
}

} // namespace dc::core::exchange
