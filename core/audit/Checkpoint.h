// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/audit/AuditLog.h"
#include "crypto/Ed25519.h"
#include "crypto/SecureBuffer.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <span>
#include <string_view>

namespace dc::core::audit {

// Signed checkpoints of the chain head in the C2SP tlog-checkpoint text format (c2sp.org/tlog-checkpoint), as a
// C2SP signed note (c2sp.org/signed-note) with an Ed25519 signature, so standard tools can read them:
//
//   doichieu/<site uuid>\n         origin
//   <size>\n                       the number of events covered (the head's seq)
//   <base64 head hash>\n           the hash of event <size> (a hash chain head where a log would put its root)
//   \n
//   — doichieu/<site uuid> <base64(key id ‖ signature)>\n
//
// The key id is the first 4 bytes of SHA-256(key name ‖ 0x0A ‖ 0x01 ‖ public key) (signed-note, Ed25519 type 0x01).
[[nodiscard]] QString checkpointOrigin(const QString& siteUuid);
[[nodiscard]] QByteArray signCheckpoint(const QString& siteUuid, std::int64_t size, const Hash& headHash,
                                        const crypto::SecureBuffer& seed);

struct CheckpointContent {
    QString origin;
    std::int64_t size = 0;
    Hash head{};
};
// Parses and verifies a signed note against the site's public key; nullopt when it is malformed, names another
// origin, or its signature (under that key and name) does not verify.
[[nodiscard]] std::optional<CheckpointContent> verifyCheckpoint(const QByteArray& note, const QString& siteUuid,
                                                                const crypto::Ed25519PublicKey& publicKey);

// Every signature other than a checkpoint covers a context label first — Ed25519 over u32be(len(label)) ‖ label ‖
// message — so a signature made for one purpose (a bundle: "doichieu-bundle/v1") can never pass for another, nor for a
// checkpoint (whose signed text never starts with a zero byte).
[[nodiscard]] crypto::Ed25519Signature signLabelled(std::string_view label, std::span<const std::uint8_t> message,
                                                    const crypto::SecureBuffer& seed);
[[nodiscard]] bool verifyLabelled(std::string_view label, std::span<const std::uint8_t> message,
                                  const crypto::Ed25519PublicKey& publicKey, std::span<const std::uint8_t> signature);

} // namespace dc::core::audit
