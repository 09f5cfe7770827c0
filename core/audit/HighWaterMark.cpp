// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/audit/HighWaterMark.h"

#include "core/Bytes.h"
#include "core/gateways/AuditGateway.h"
#include "core/platform/Files.h"
#include "crypto/ConstantTime.h"
#include "crypto/Encoding.h"
#include "crypto/Hash.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace dc::core::audit {

namespace {

constexpr const char* kFormat = "doichieu-mark";
constexpr int kVersion = 1;
constexpr qint64 kMaxMarkBytes = 4096;
constexpr std::string_view kMacSalt = "doichieu-mark/v1";

crypto::Sha256Digest macOf(const QString& databaseId, const crypto::SecureBuffer& databaseKey, const Mark& mark) {
    const crypto::SecureBuffer prk = crypto::hkdfExtract(asBytes(kMacSalt), databaseKey.bytes());
    const crypto::SecureBuffer key = crypto::hkdfExpand(prk.bytes(), asBytes(databaseId.toUtf8()), 32);
    std::vector<std::uint8_t> input;
    appendLengthPrefixed(input, QString::fromLatin1(kFormat));
    appendLengthPrefixed(input, databaseId);
    crypto::appendU64BigEndian(input, static_cast<std::uint64_t>(mark.seq));
    input.insert(input.end(), mark.head.begin(), mark.head.end());
    return crypto::hmacSha256(key.bytes(), input);
}

MarkRead damaged(const QString& why) {
    MarkRead read;
    read.state = MarkState::Damaged;
    read.detail = why;
    return read;
}

} // namespace

MarkRead readMark(const QString& path, const QString& databaseId, const crypto::SecureBuffer& databaseKey) {
    const platform::ReadResult file = platform::readSmallFile(path, kMaxMarkBytes);
    if (file.failure == platform::ReadFailure::Missing) {
        return {};
    }
    if (file.failure) {
        return damaged(QStringLiteral("the mark file cannot be read"));
    }
    const QJsonDocument document = QJsonDocument::fromJson(file.contents);
    const QJsonObject o = document.object();
    if (!document.isObject() || o.value(QStringLiteral("format")).toString() != QLatin1String(kFormat) ||
        o.value(QStringLiteral("version")).toInt() != kVersion) {
        return damaged(QStringLiteral("the mark file is not a mark"));
    }
    if (o.value(QStringLiteral("databaseId")).toString() != databaseId) {
        return damaged(QStringLiteral("the mark belongs to another site"));
    }
    const double seq = o.value(QStringLiteral("seq")).toDouble(-1);
    const auto head = crypto::fromBase64(o.value(QStringLiteral("head")).toString().toStdString());
    const auto mac = crypto::fromBase64(o.value(QStringLiteral("mac")).toString().toStdString());
    MarkRead read;
    if (seq < 0 || seq > 9.0e15 || seq != static_cast<double>(static_cast<std::int64_t>(seq)) || !head ||
        head->size() != read.mark.head.size() || !mac || mac->size() != crypto::kSha256Size) {
        return damaged(QStringLiteral("the mark file's fields are malformed"));
    }
    read.mark.seq = static_cast<std::int64_t>(seq);
    std::copy(head->begin(), head->end(), read.mark.head.begin());
    if (!crypto::constantTimeEqual(macOf(databaseId, databaseKey, read.mark), *mac)) {
        return damaged(QStringLiteral("the mark fails its MAC (damaged, or written under another key)"));
    }
    read.state = MarkState::Present;
    return read;
}

Result<void> writeMark(const QString& path, const QString& databaseId, const crypto::SecureBuffer& databaseKey,
                       const Mark& mark) {
    const crypto::Sha256Digest mac = macOf(databaseId, databaseKey, mark);
    const QJsonObject o{{QStringLiteral("format"), QString::fromLatin1(kFormat)},
                        {QStringLiteral("version"), kVersion},
                        {QStringLiteral("databaseId"), databaseId},
                        {QStringLiteral("seq"), static_cast<qint64>(mark.seq)},
                        {QStringLiteral("head"), QString::fromStdString(crypto::toBase64(mark.head))},
                        {QStringLiteral("mac"), QString::fromStdString(crypto::toBase64(mac))}};
    return platform::writeFileAtomically(path, QJsonDocument(o).toJson(QJsonDocument::Compact));
}

ChainAgainstMark compareChain(store::Database& db, const MarkRead& read) {
    switch (read.state) {
    case MarkState::Missing:
        return ChainAgainstMark::NoMark;
    case MarkState::Damaged:
        return ChainAgainstMark::MarkDamaged;
    case MarkState::Present:
        break;
    }
    if (read.mark.seq == 0) {
        return ChainAgainstMark::Reaches;
    }
    const auto hash = gateways::AuditGateway(db).hashAt(read.mark.seq);
    return hash && *hash == read.mark.head ? ChainAgainstMark::Reaches : ChainAgainstMark::Behind;
}

} // namespace dc::core::audit
