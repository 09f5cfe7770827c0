// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/Result.h"
#include "crypto/Ed25519.h"
#include "crypto/SecureBuffer.h"
#include "crypto/X25519.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <cassert>
#include <cstdint>
#include <optional>
#include <span>
#include <utility>
#include <variant>

namespace dc::core::exchange {

// The one envelope of every travelling file (docs/HUB.md "Travelling files: one envelope"):
//
//   magic "DCXCHG01" (8) ‖ kind (1) ‖ u32be H ‖ header (H, compact UTF-8 JSON object) ‖ u32be P ‖ payload (P) ‖
//   Ed25519 signature (64) over everything before it, labelled "doichieu-<kind>/v1" (audit::signLabelled).
//
// The payload, when the kind has one, is HPKE base mode (RFC 9180) to the recipient's X25519 key: enc (32) ‖
// ciphertext, info = the same label, associated data = the header bytes. Reading is three steps so that the caller can
// look up the sender's key from the (not yet trusted) header between them: parseEnvelope (structure and lengths),
// verifyEnvelope (signature), openPayload (decryption). Nothing is decrypted before the signature is checked.

enum class FileKind : std::uint8_t {
    EnrollmentRequest = 1,
    Welcome = 2,
    Bundle = 3,
    Receipt = 4,
    Roster = 5, // the hub's roster package for one commune (issue 14; docs/HUB.md "Roster packages")
    Wipe = 6,   // a workstation's statement that it wiped itself (issue 17; docs/HUB.md "The end of the campaign")
};
// "enroll-request", "welcome", "bundle", "receipt", "roster", "wipe".
[[nodiscard]] const char* fileKindName(FileKind kind) noexcept;
// "doichieu-<name>/v1": the signature's label and the HPKE info of that kind.
[[nodiscard]] QByteArray fileKindLabel(FileKind kind);

// Why a travelling file was refused, with the JSON spellings of `bundle import` (issue 13, item 4).
enum class Refusal {
    BadSignature,   // "bad-signature"
    UnknownSender,  // "unknown-sender"
    RetiredSender,  // "retired-sender"
    WrongRecipient, // "wrong-recipient": another hub or site, another key, or a file of another kind
    Damaged,        // "damaged": the structure, the header or the payload does not parse or decrypt
    Truncated,      // "truncated": shorter than its own lengths say
    Fork,           // "fork"
    Rollback,       // "rollback"
    TooLarge,       // "too-large": a length over the kind's limit, or a file larger than any envelope of the kind
};
[[nodiscard]] const char* refusalName(Refusal reason) noexcept;
[[nodiscard]] std::optional<Refusal> refusalFromName(const QString& name);

// A refusal with an English detail for the developer (never citizen data, never key material).
struct Refused {
    Refusal reason = Refusal::Damaged;
    QString detail;
};
// ErrorCode::FileRefused with detail "<reason>: <detail>", for a service's Result.
[[nodiscard]] Error toError(const Refused& refused);
[[nodiscard]] Error toError(Refusal reason, const QString& detail);

// A value, or the refusal that stopped it.
template <typename T> class [[nodiscard]] Checked {
public:
    Checked(T value) : m_state(std::in_place_index<0>, std::move(value)) {}
    Checked(Refused refused) : m_state(std::in_place_index<1>, std::move(refused)) {}
    [[nodiscard]] bool ok() const noexcept { return m_state.index() == 0; }
    explicit operator bool() const noexcept { return ok(); }
    [[nodiscard]] T& value() & {
        assert(ok());
        return std::get<0>(m_state);
    }
    [[nodiscard]] const T& value() const& {
        assert(ok());
        return std::get<0>(m_state);
    }
    [[nodiscard]] T&& value() && {
        assert(ok());
        return std::get<0>(std::move(m_state));
    }
    [[nodiscard]] const Refused& refused() const {
        assert(!ok());
        return std::get<1>(m_state);
    }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }

private:
    std::variant<T, Refused> m_state;
};

inline constexpr char kEnvelopeMagic[] = "DCXCHG01"; // 8 bytes, no terminator in the file
inline constexpr std::size_t kEnvelopeMagicSize = 8;
inline constexpr std::uint32_t kMaxHeaderBytes = 64u * 1024u;
inline constexpr std::uint32_t kMaxBundlePayloadBytes = 256u * 1024u * 1024u;
inline constexpr std::uint32_t kMaxReceiptPayloadBytes = 64u * 1024u * 1024u;
inline constexpr std::uint32_t kMaxRosterPayloadBytes = 4u * 1024u * 1024u;
// magic, kind, the two lengths and the signature.
inline constexpr std::size_t kEnvelopeOverhead = kEnvelopeMagicSize + 1 + 4 + 4 + crypto::kEd25519SignatureSize;

// The largest payload (enc ‖ ciphertext) a kind may carry: 0 for enrollment requests, welcome packages and wipe
// statements (all of theirs is in the signed header), 256 MiB for bundles, 64 MiB for receipts, 4 MiB for roster
// packages.
[[nodiscard]] std::uint32_t maxPayloadBytes(FileKind kind) noexcept;
// The largest file of that kind: what readExchangeFile is given.
[[nodiscard]] qint64 maxFileBytes(FileKind kind) noexcept;

// Builds a signed envelope. The header is written as compact JSON. With a payload, it is sealed to
// `recipientBoxPublic` (which must then be given); without one, P = 0. InvalidInput for a header over 64 KiB, a payload
// over the kind's limit, a payload without a recipient, or a recipient key HPKE refuses (low order).
[[nodiscard]] Result<QByteArray> buildEnvelope(FileKind kind, const QJsonObject& header,
                                               std::optional<std::span<const std::uint8_t>> payload,
                                               const std::optional<crypto::X25519PublicKey>& recipientBoxPublic,
                                               const crypto::SecureBuffer& signingSeed);

// An envelope whose structure and lengths are sound; nothing in it is trusted yet. Holds the file's bytes (shared, not
// copied) and the offsets into them.
struct ParsedEnvelope {
    FileKind kind = FileKind::Bundle;
    QByteArray header;      // the header's bytes, exactly as signed
    QJsonObject headerJson; // the header parsed
    QByteArray file;        // the whole file
    qsizetype payloadOffset = 0;
    qsizetype payloadSize = 0; // 0: no payload
    crypto::Ed25519Signature signature{};

    [[nodiscard]] std::span<const std::uint8_t> payload() const;
    [[nodiscard]] std::span<const std::uint8_t> signedBytes() const; // everything before the signature
};

// The payload as an export seals it (its header's `encoding` "json-zstd", docs/HUB.md "Bundles"): its JSON in one
// Zstandard frame. About a seventh of the JSON: the hub verifies and decrypts a seventh of the bytes, and a USB stick
// or an e-mail carries a seventh.
[[nodiscard]] QByteArray compressPayload(const QByteArray& json);
// The JSON of a compressed payload: one frame that states a size of at most kMaxBundlePayloadBytes (bounded before
// anything is allocated, the limit an export splits at) and gives exactly that; FileRefused otherwise. The JSON is
// citizen data: it is returned in secure memory, as the decrypted frame is (the decompressor's own working buffers
// are Zstandard's, freed unwiped, as the parsed rows' strings are Qt's).
[[nodiscard]] Result<crypto::SecureBuffer> decompressPayload(std::span<const std::uint8_t> frame);

// Checks magic, kind (must be `expected`: otherwise wrong-recipient, as docs/HUB.md's import order says), both
// lengths against their limits (too-large) and against the bytes present (truncated), that nothing follows the
// signature (damaged), that the header is a JSON object in UTF-8 (damaged), and that a payload, when present, is at
// least enc and a tag long (damaged). Never allocates more than the input's size.
[[nodiscard]] Checked<ParsedEnvelope> parseEnvelope(const QByteArray& bytes, FileKind expected);

// The labelled Ed25519 signature over magic ‖ kind ‖ H ‖ header ‖ P ‖ payload, under the sender's key the caller
// looked up from the header: bad-signature otherwise.
[[nodiscard]] Checked<std::monostate> verifyEnvelope(const ParsedEnvelope& envelope,
                                                     const crypto::Ed25519PublicKey& signingPublic);

// Decrypts the payload with the recipient's X25519 private key; damaged when there is no payload or it does not open
// (docs/HUB.md: "decrypt (damaged)" — the recipient key was already matched against the header's `recipientKey`, so
// after verifyEnvelope only a sender's fault or another key can cause it). Call only after verifyEnvelope.
[[nodiscard]] Checked<crypto::SecureBuffer> openPayload(const ParsedEnvelope& envelope,
                                                        const crypto::SecureBuffer& recipientBoxPrivate);

// The file's id: hex SHA-256("doichieu-file-id/v1" ‖ header bytes). The signed header fields only, never the
// randomised ciphertext, so the same export written twice has one id.
[[nodiscard]] QString fileId(const QByteArray& headerBytes);

// Reads a travelling file of at most maxBytes (maxFileBytes(kind)): the size is checked before anything is read, and
// never more than maxBytes + 1 bytes are read (a file growing meanwhile is still refused).
enum class ExchangeReadFailure { Missing, Unreadable, TooLarge };
struct ExchangeFile {
    QByteArray bytes;
    std::optional<ExchangeReadFailure> failure;
    QString detail; // the operating system's message for Unreadable
};
[[nodiscard]] ExchangeFile readExchangeFile(const QString& path, qint64 maxBytes);

// The one way a service opens a travelling file of `kind`: read bounded by maxFileBytes(kind), then parseEnvelope.
// IoError when it is missing or unreadable (the path and the system's message only), FileRefused too-large over the
// kind's limit, FileRefused with parseEnvelope's reason for a damaged or misdirected one. Nothing is verified or
// decrypted yet: the caller looks up the sender's key, then verifyEnvelope and openPayload.
[[nodiscard]] Result<ParsedEnvelope> readEnvelope(const QString& path, FileKind kind);

} // namespace dc::core::exchange
