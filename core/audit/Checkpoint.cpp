// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/audit/Checkpoint.h"

#include "core/Bytes.h"
#include "core/Clock.h"
#include "crypto/Encoding.h"

#include <QList>

namespace dc::core::audit {

namespace {

// c2sp.org/signed-note: signature type byte for Ed25519, and the line that starts a signature.
constexpr std::uint8_t kEd25519Type = 0x01;
const QByteArray kSignaturePrefix = QByteArrayLiteral("\xe2\x80\x94 "); // "— " (U+2014, space)
constexpr std::size_t kKeyIdSize = 4;

std::array<std::uint8_t, kKeyIdSize> keyId(const QString& name, const crypto::Ed25519PublicKey& key) {
    std::vector<std::uint8_t> material;
    const QByteArray utf8 = name.toUtf8();
    material.insert(material.end(), utf8.begin(), utf8.end());
    material.push_back(0x0A);
    material.push_back(kEd25519Type);
    material.insert(material.end(), key.begin(), key.end());
    const crypto::Sha256Digest digest = crypto::sha256(material);
    std::array<std::uint8_t, kKeyIdSize> id{};
    std::copy_n(digest.begin(), kKeyIdSize, id.begin());
    return id;
}

QByteArray body(const QString& origin, std::int64_t size, const Hash& headHash) {
    return origin.toUtf8() + '\n' + QByteArray::number(static_cast<qlonglong>(size)) + '\n' +
           QByteArray::fromStdString(crypto::toBase64(headHash)) + '\n';
}

} // namespace

QString checkpointOrigin(const QString& siteUuid) {
    return QStringLiteral("doichieu/") + siteUuid;
}

QByteArray signCheckpoint(const QString& siteUuid, std::int64_t size, const Hash& headHash,
                          const crypto::SecureBuffer& seed) {
    const QString origin = checkpointOrigin(siteUuid);
    const QByteArray text = body(origin, size, headHash);
    const crypto::Ed25519Signature signature = crypto::ed25519Sign(seed, asBytes(text));
    const auto id = keyId(origin, crypto::ed25519PublicKey(seed));
    std::vector<std::uint8_t> blob(id.begin(), id.end());
    blob.insert(blob.end(), signature.begin(), signature.end());
    return text + '\n' + kSignaturePrefix + origin.toUtf8() + ' ' + QByteArray::fromStdString(crypto::toBase64(blob)) +
           '\n';
}

std::optional<CheckpointContent> verifyCheckpoint(const QByteArray& note, const QString& siteUuid,
                                                  const crypto::Ed25519PublicKey& publicKey) {
    const qsizetype split = note.indexOf("\n\n");
    if (split < 0) {
        return std::nullopt;
    }
    const QByteArray text = note.left(split + 1);
    const QList<QByteArray> lines = text.split('\n');
    if (lines.size() < 4) { // origin, size, hash, and the empty piece after the last newline
        return std::nullopt;
    }
    CheckpointContent content;
    content.origin = QString::fromUtf8(lines.at(0));
    if (content.origin != checkpointOrigin(siteUuid)) {
        return std::nullopt;
    }
    bool ok = false;
    content.size = lines.at(1).toLongLong(&ok);
    const auto head = crypto::fromBase64(lines.at(2).toStdString());
    if (!ok || content.size < 1 || !head || head->size() != content.head.size()) {
        return std::nullopt;
    }
    std::copy(head->begin(), head->end(), content.head.begin());
    const auto expectedId = keyId(content.origin, publicKey);
    // Any signature line by our key name and id that verifies is enough (a note may carry several signatures).
    for (const QByteArray& line : note.mid(split + 2).split('\n')) {
        if (!line.startsWith(kSignaturePrefix)) {
            continue;
        }
        const QList<QByteArray> parts = line.mid(kSignaturePrefix.size()).split(' ');
        if (parts.size() != 2 || QString::fromUtf8(parts.at(0)) != content.origin) {
            continue;
        }
        const auto blob = crypto::fromBase64(parts.at(1).toStdString());
        if (!blob || blob->size() != kKeyIdSize + crypto::kEd25519SignatureSize ||
            !std::equal(expectedId.begin(), expectedId.end(), blob->begin())) {
            continue;
        }
        if (crypto::ed25519Verify(
                publicKey, asBytes(text),
                std::span<const std::uint8_t>(blob->data() + kKeyIdSize, crypto::kEd25519SignatureSize))) {
            return content;
        }
    }
    return std::nullopt;
}

namespace {

std::vector<std::uint8_t> labelled(std::string_view label, std::span<const std::uint8_t> message) {
    std::vector<std::uint8_t> bytes;
    crypto::appendU32BigEndian(bytes, static_cast<std::uint32_t>(label.size()));
    bytes.insert(bytes.end(), label.begin(), label.end());
    bytes.insert(bytes.end(), message.begin(), message.end());
    return bytes;
}

} // namespace

crypto::Ed25519Signature signLabelled(std::string_view label, std::span<const std::uint8_t> message,
                                      const crypto::SecureBuffer& seed) {
    return crypto::ed25519Sign(seed, labelled(label, message));
}

bool verifyLabelled(std::string_view label, std::span<const std::uint8_t> message,
                    const crypto::Ed25519PublicKey& publicKey, std::span<const std::uint8_t> signature) {
    return crypto::ed25519Verify(publicKey, labelled(label, message), signature);
}

} // namespace dc::core::audit
