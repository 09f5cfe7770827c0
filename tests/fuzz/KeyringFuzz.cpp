// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// The keyring file (core/keyring): keyring::parse, which loadKeyring calls on the file's bytes. The input is parsed as
// it is, then once more with every checksum recomputed (the checksums are unkeyed SHA-256, Keyring.cpp's checksumOf:
// a mutated file would otherwise stop at the first one and never reach the slots' fields). What parses must serialise
// and parse again to the same slots.
#include "FuzzSupport.h"

#include "core/Bytes.h"
#include "core/keyring/Keyring.h"
#include "crypto/Encoding.h"
#include "crypto/Hash.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace dc;

namespace {

const QString kChecksum = QStringLiteral("checksum");

// Keyring.cpp's checksumOf, restated (it is private there): SHA-256 over the compact JSON of the other fields.
QJsonObject withChecksum(QJsonObject o) {
    o.remove(kChecksum);
    const QByteArray canonical = QJsonDocument(o).toJson(QJsonDocument::Compact);
    o.insert(kChecksum, QString::fromStdString(crypto::toBase64(crypto::sha256(core::asBytes(canonical)))));
    return o;
}

QByteArray withChecksums(const QJsonObject& root) {
    QJsonObject header = root;
    for (const char* part : {"recovery", "pendingRecovery", "users"}) {
        header.remove(QLatin1String(part));
    }
    QJsonObject fixed = withChecksum(header);
    for (const char* part : {"recovery", "pendingRecovery"}) {
        if (root.value(QLatin1String(part)).isObject()) {
            fixed.insert(QLatin1String(part), withChecksum(root.value(QLatin1String(part)).toObject()));
        } else if (root.contains(QLatin1String(part))) {
            fixed.insert(QLatin1String(part), root.value(QLatin1String(part)));
        }
    }
    if (root.contains(QStringLiteral("users"))) {
        QJsonArray users;
        for (const QJsonValue& user : root.value(QStringLiteral("users")).toArray()) {
            users.append(user.isObject() ? QJsonValue(withChecksum(user.toObject())) : user);
        }
        fixed.insert(QStringLiteral("users"),
                     root.value(QStringLiteral("users")).isArray() ? QJsonValue(users) : root.value("users"));
    }
    return QJsonDocument(fixed).toJson(QJsonDocument::Compact);
}

void parseAndCheck(const QByteArray& bytes) {
    auto parsed = core::keyring::parse(bytes);
    if (!parsed) {
        if (parsed.error().code != core::ErrorCode::KeyringDamaged) {
            fuzz::invariantBroken("a keyring refused with another code than KeyringDamaged");
        }
        return;
    }
    const core::keyring::Keyring& keyring = parsed.value();
    for (const auto& slot : keyring.users) {
        if (slot.damaged) {
            return; // a damaged slot is kept to be reported at sign-in, not written back as it was
        }
    }
    auto again = core::keyring::parse(core::keyring::serialize(keyring));
    if (!again) {
        fuzz::invariantBroken("a keyring that parsed does not parse after serialize");
    }
    if (again.value().users.size() != keyring.users.size() || again.value().databaseId != keyring.databaseId ||
        again.value().generation != keyring.generation) {
        fuzz::invariantBroken("a keyring changed through serialize and parse");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray bytes = fuzz::bytesOf(data, size);
    parseAndCheck(bytes);
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    if (document.isObject()) {
        parseAndCheck(withChecksums(document.object()));
    }
    return 0;
}
