// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/keyring/Keyring.h"

#include "core/Bytes.h"
#include "crypto/Aead.h"
#include "crypto/Encoding.h"
#include "crypto/Hash.h"
#include "crypto/Hpke.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUuid>

namespace dc::core::keyring {

namespace {

constexpr const char* kBindingLabel = "doichieu-keyring-slot/v1";
constexpr std::size_t kSealedPrivateKeySize = crypto::kAeadNonceSize + crypto::kX25519KeySize + crypto::kAeadTagSize;
constexpr std::size_t kSealedDatabaseKeySize = 32 + crypto::kAeadTagSize; // HPKE ciphertext of a 32-byte key
constexpr std::size_t kSealedSiteKeysSize = 64 + crypto::kAeadTagSize;    // an Ed25519 seed and an X25519 key
constexpr std::size_t kMacSize = crypto::kSha256Size;
constexpr int kMaxGeneration = 1000000;
constexpr int kMaxSiteKeysPerSlot = 4;
const QString kChecksum = QStringLiteral("checksum");

// The checksum of a slot (or of the keyring's header): SHA-256 over the compact JSON of its other fields, which
// QJsonObject keeps in key order. Unkeyed on purpose: it tells damage from a wrong password before any secret is
// known; it is no protection against a deliberate change (the seals and MACs are).
QString checksumOf(QJsonObject o) {
    o.remove(kChecksum);
    const QByteArray canonical = QJsonDocument(o).toJson(QJsonDocument::Compact);
    const crypto::Sha256Digest digest = crypto::sha256(asBytes(canonical));
    return QString::fromStdString(crypto::toBase64(digest));
}

QJsonObject withChecksum(QJsonObject o) {
    o.insert(kChecksum, checksumOf(o));
    return o;
}

bool checksumMatches(const QJsonObject& o) {
    return o.value(kChecksum).isString() && o.value(kChecksum).toString() == checksumOf(o);
}

QString b64(std::span<const std::uint8_t> bytes) {
    return QString::fromStdString(crypto::toBase64(bytes));
}

QJsonObject kdfToJson(const crypto::Argon2Params& p) {
    return QJsonObject{{QStringLiteral("algorithm"), QStringLiteral("argon2id")},
                       {QStringLiteral("memoryKiB"), static_cast<qint64>(p.memoryKiB)},
                       {QStringLiteral("iterations"), static_cast<qint64>(p.iterations)},
                       {QStringLiteral("parallelism"), static_cast<qint64>(p.parallelism)}};
}

QJsonObject sealedToJson(const SealedKey& k) {
    return QJsonObject{{QStringLiteral("enc"), b64(k.enc)}, {QStringLiteral("ciphertext"), b64(k.ciphertext)}};
}

QJsonObject recoveryToJson(const RecoverySlot& r) {
    if (r.damaged) {
        // Nothing of a damaged slot was read but its id: written back with a checksum it would pass for a slot with an
        // empty MAC and key, which refuses the whole keyring on the next read (found by fuzzing, tests/fuzz). Without
        // one it reads back as what it is — damaged — and recovery still opens the database with the code.
        return QJsonObject{{QStringLiteral("id"), r.id}};
    }
    return withChecksum(QJsonObject{{QStringLiteral("id"), r.id},
                                    {QStringLiteral("publicKey"), b64(r.publicKey)},
                                    {QStringLiteral("mac"), b64(r.mac)},
                                    {QStringLiteral("createdAt"), r.createdAt}});
}

// Parsing: a small reader that remembers where it is so the error names the damaged place.
class Reader {
public:
    explicit Reader(QString where) : m_where(std::move(where)) {}
    [[nodiscard]] bool failed() const { return !m_problem.isEmpty(); }
    [[nodiscard]] const QString& problem() const { return m_problem; }

    void fail(const QString& field, const QString& why) {
        if (m_problem.isEmpty()) {
            m_problem = QStringLiteral("%1: field '%2' %3").arg(m_where, field, why);
        }
    }
    QString string(const QJsonObject& o, const QString& field) {
        const QJsonValue v = o.value(field);
        if (!v.isString() || v.toString().isEmpty()) {
            fail(field, QStringLiteral("is missing or not a string"));
            return {};
        }
        return v.toString();
    }
    QString uuid(const QJsonObject& o, const QString& field) {
        const QString text = string(o, field);
        if (!failed() && QUuid::fromString(text).isNull()) {
            fail(field, QStringLiteral("is not a UUID"));
        }
        return text;
    }
    std::vector<std::uint8_t> bytes(const QJsonObject& o, const QString& field, std::size_t size) {
        const QString text = string(o, field);
        if (failed()) {
            return {};
        }
        auto decoded = crypto::fromBase64(text.toStdString());
        if (!decoded) {
            fail(field, QStringLiteral("is not base64"));
            return {};
        }
        if (decoded->size() != size) {
            fail(field, QStringLiteral("has %1 bytes, expected %2").arg(decoded->size()).arg(size));
            return {};
        }
        return std::move(*decoded);
    }
    crypto::X25519PublicKey publicKey(const QJsonObject& o, const QString& field) {
        crypto::X25519PublicKey key{};
        const auto raw = bytes(o, field, key.size());
        if (!failed()) {
            std::copy(raw.begin(), raw.end(), key.begin());
        }
        return key;
    }
    std::uint32_t number(const QJsonObject& o, const QString& field) {
        const QJsonValue v = o.value(field);
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < 0 || d > 4294967295.0 || d != static_cast<double>(static_cast<std::uint32_t>(d))) {
            fail(field, QStringLiteral("is not a whole number"));
            return 0;
        }
        return static_cast<std::uint32_t>(d);
    }
    QJsonObject object(const QJsonObject& o, const QString& field) {
        const QJsonValue v = o.value(field);
        if (!v.isObject()) {
            fail(field, QStringLiteral("is missing or not an object"));
            return {};
        }
        return v.toObject();
    }
    crypto::Argon2Params kdf(const QJsonObject& o) {
        const QJsonObject k = object(o, QStringLiteral("kdf"));
        if (failed()) {
            return {};
        }
        if (string(k, QStringLiteral("algorithm")) != QLatin1String("argon2id") && !failed()) {
            fail(QStringLiteral("kdf.algorithm"), QStringLiteral("is not argon2id"));
        }
        crypto::Argon2Params p{number(k, QStringLiteral("memoryKiB")), number(k, QStringLiteral("iterations")),
                               number(k, QStringLiteral("parallelism"))};
        // Out-of-range parameters mean a damaged or tampered file: refuse before anything is allocated.
        if (!failed() && !crypto::isWithinBounds(p)) {
            fail(QStringLiteral("kdf"), QStringLiteral("has Argon2id parameters outside the allowed range"));
        }
        return p;
    }
    SealedKey sealed(const QJsonObject& o, const QString& field, std::size_t size = kSealedDatabaseKeySize) {
        const QJsonObject k = object(o, field);
        SealedKey key;
        if (!failed()) {
            key.enc = bytes(k, QStringLiteral("enc"), crypto::kHpkeEncSize);
            key.ciphertext = bytes(k, QStringLiteral("ciphertext"), size);
        }
        return key;
    }
    std::vector<SealedSiteKeys> siteKeys(const QJsonObject& o) {
        std::vector<SealedSiteKeys> out;
        if (!o.contains(QStringLiteral("siteKeys"))) {
            return out;
        }
        const QJsonValue v = o.value(QStringLiteral("siteKeys"));
        if (!v.isArray() || v.toArray().size() > kMaxSiteKeysPerSlot) {
            fail(QStringLiteral("siteKeys"), QStringLiteral("is not a short list"));
            return out;
        }
        for (const QJsonValue& item : v.toArray()) {
            const QJsonObject k = item.toObject();
            SealedSiteKeys keys;
            keys.keyId = string(k, QStringLiteral("keyId"));
            keys.sealed = sealed(k, QStringLiteral("sealed"), kSealedSiteKeysSize);
            if (failed()) {
                return {};
            }
            out.push_back(std::move(keys));
        }
        return out;
    }
    int generation(const QJsonObject& o, const QString& field) {
        const QJsonValue v = o.value(field);
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < 0 || d > kMaxGeneration || d != static_cast<double>(static_cast<int>(d))) {
            fail(field, QStringLiteral("is not a generation number"));
            return 0;
        }
        return static_cast<int>(d);
    }
    RecoverySlot recovery(const QJsonObject& o, bool checked) {
        RecoverySlot r;
        if (checked && !checksumMatches(o)) {
            // Damaged: keep what can be read; recovery opens the database with the code instead of trusting it.
            r.damaged = true;
            r.id = o.value(QStringLiteral("id")).toString();
            return r;
        }
        r.id = uuid(o, QStringLiteral("id"));
        r.publicKey = publicKey(o, QStringLiteral("publicKey"));
        r.mac = bytes(o, QStringLiteral("mac"), kMacSize);
        r.createdAt = string(o, QStringLiteral("createdAt"));
        return r;
    }

private:
    QString m_where;
    QString m_problem;
};

} // namespace

const UserSlot* Keyring::findUser(const QString& userName) const {
    for (const UserSlot& slot : users) {
        if (slot.userName == userName) {
            return &slot;
        }
    }
    return nullptr;
}

UserSlot* Keyring::findUser(const QString& userName) {
    return const_cast<UserSlot*>(static_cast<const Keyring&>(*this).findUser(userName));
}

bool Keyring::hasPendingRekey() const {
    if (pendingRecovery || pendingGeneration) {
        return true;
    }
    for (const UserSlot& slot : users) {
        if (slot.pendingDatabaseKey) {
            return true;
        }
    }
    return false;
}

QByteArray serialize(const Keyring& keyring) {
    QJsonArray users;
    for (const UserSlot& s : keyring.users) {
        if (s.damaged) {
            continue; // nothing of it can be trusted or written back: the account needs its password set again
        }
        QJsonObject o{{QStringLiteral("id"), s.id},
                      {QStringLiteral("userName"), s.userName},
                      {QStringLiteral("kdf"), kdfToJson(s.kdf)},
                      {QStringLiteral("salt"), b64(s.salt)},
                      {QStringLiteral("publicKey"), b64(s.publicKey)},
                      {QStringLiteral("sealedPrivateKey"), b64(s.sealedPrivateKey)},
                      {QStringLiteral("databaseKey"), sealedToJson(s.databaseKey)},
                      {QStringLiteral("mac"), b64(s.mac)},
                      {QStringLiteral("createdAt"), s.createdAt}};
        if (s.pendingDatabaseKey) {
            o.insert(QStringLiteral("pendingDatabaseKey"), sealedToJson(*s.pendingDatabaseKey));
        }
        if (!s.siteKeys.empty()) {
            QJsonArray keys;
            for (const SealedSiteKeys& k : s.siteKeys) {
                keys.append(QJsonObject{{QStringLiteral("keyId"), k.keyId},
                                        {QStringLiteral("sealed"), sealedToJson(k.sealed)}});
            }
            o.insert(QStringLiteral("siteKeys"), keys);
        }
        if (s.generationRoot) {
            o.insert(QStringLiteral("generationRoot"), sealedToJson(*s.generationRoot));
        }
        if (s.pendingGenerationRoot) {
            o.insert(QStringLiteral("pendingGenerationRoot"), sealedToJson(*s.pendingGenerationRoot));
        }
        users.append(withChecksum(o));
    }
    QJsonObject header{{QStringLiteral("format"), QString::fromLatin1(kKeyringFormatName)},
                       {QStringLiteral("version"), kKeyringFormatVersion},
                       {QStringLiteral("databaseId"), keyring.databaseId},
                       {QStringLiteral("siteName"), keyring.siteName},
                       {QStringLiteral("kdf"), kdfToJson(keyring.kdf)},
                       {QStringLiteral("generation"), keyring.generation}};
    if (keyring.pendingGeneration) {
        header.insert(QStringLiteral("pendingGeneration"), *keyring.pendingGeneration);
    }
    QJsonObject root = withChecksum(header);
    root.insert(QStringLiteral("recovery"), recoveryToJson(keyring.recovery));
    if (keyring.pendingRecovery) {
        root.insert(QStringLiteral("pendingRecovery"), recoveryToJson(*keyring.pendingRecovery));
    }
    root.insert(QStringLiteral("users"), users);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<Keyring> parse(const QByteArray& json) {
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return makeError(ErrorCode::KeyringDamaged,
                         QStringLiteral("keyring is not valid JSON (offset %1)").arg(parseError.offset));
    }
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(kKeyringFormatName)) {
        return makeError(ErrorCode::KeyringDamaged, QStringLiteral("file is not a Đối Chiếu keyring"));
    }
    const int version = root.value(QStringLiteral("version")).toInt(-1);
    if (version != 1 && version != kKeyringFormatVersion) {
        return makeError(ErrorCode::KeyringDamaged,
                         QStringLiteral("keyring format version %1 is not supported (expected %2)")
                             .arg(version)
                             .arg(kKeyringFormatVersion));
    }
    const bool checked = version >= 2; // version 1 had no checksums, generations or sealed site keys
    if (checked) {
        QJsonObject header = root;
        for (const char* part : {"recovery", "pendingRecovery", "users"}) {
            header.remove(QLatin1String(part));
        }
        if (!checksumMatches(header)) {
            return makeError(ErrorCode::KeyringDamaged, QStringLiteral("keyring: its header fails its checksum"));
        }
    }
    Keyring keyring;
    Reader top(QStringLiteral("keyring"));
    keyring.databaseId = top.uuid(root, QStringLiteral("databaseId"));
    keyring.siteName = top.string(root, QStringLiteral("siteName"));
    keyring.kdf = top.kdf(root);
    if (checked) {
        keyring.generation = top.generation(root, QStringLiteral("generation"));
        if (root.contains(QStringLiteral("pendingGeneration"))) {
            keyring.pendingGeneration = top.generation(root, QStringLiteral("pendingGeneration"));
        }
    }
    {
        Reader r(QStringLiteral("recovery slot"));
        keyring.recovery = r.recovery(top.object(root, QStringLiteral("recovery")), checked);
        if (top.failed() || r.failed()) {
            return makeError(ErrorCode::KeyringDamaged, top.failed() ? top.problem() : r.problem());
        }
        if (root.contains(QStringLiteral("pendingRecovery"))) {
            Reader p(QStringLiteral("pending recovery slot"));
            keyring.pendingRecovery = p.recovery(p.object(root, QStringLiteral("pendingRecovery")), checked);
            if (p.failed()) {
                return makeError(ErrorCode::KeyringDamaged, p.problem());
            }
        }
    }
    const QJsonValue usersValue = root.value(QStringLiteral("users"));
    if (!usersValue.isArray()) {
        return makeError(ErrorCode::KeyringDamaged, QStringLiteral("keyring: field 'users' is missing"));
    }
    QSet<QString> ids{keyring.recovery.id};
    QSet<QString> names;
    const QJsonArray users = usersValue.toArray();
    for (qsizetype i = 0; i < users.size(); ++i) {
        const QJsonObject o = users.at(i).toObject();
        const QString label = o.value(QStringLiteral("userName")).toString();
        Reader r(QStringLiteral("slot %1 (%2)").arg(i + 1).arg(label.isEmpty() ? QStringLiteral("?") : label));
        if (!users.at(i).isObject()) {
            r.fail(QStringLiteral("slot"), QStringLiteral("is not an object"));
        }
        UserSlot s;
        if (checked && users.at(i).isObject() && !checksumMatches(o)) {
            // A damaged slot: found by its user name (if that survived) and reported as damaged at sign-in, never
            // taken for a wrong password. Nothing else of it is trusted.
            s.damaged = true;
            s.id = o.value(QStringLiteral("id")).toString();
            s.userName = label;
            keyring.users.push_back(std::move(s));
            continue;
        }
        s.id = r.uuid(o, QStringLiteral("id"));
        s.userName = r.string(o, QStringLiteral("userName"));
        s.kdf = r.kdf(o);
        s.salt = r.bytes(o, QStringLiteral("salt"), crypto::kArgon2SaltSize);
        s.publicKey = r.publicKey(o, QStringLiteral("publicKey"));
        s.sealedPrivateKey = r.bytes(o, QStringLiteral("sealedPrivateKey"), kSealedPrivateKeySize);
        s.databaseKey = r.sealed(o, QStringLiteral("databaseKey"));
        if (o.contains(QStringLiteral("pendingDatabaseKey"))) {
            s.pendingDatabaseKey = r.sealed(o, QStringLiteral("pendingDatabaseKey"));
        }
        s.mac = r.bytes(o, QStringLiteral("mac"), kMacSize);
        s.createdAt = r.string(o, QStringLiteral("createdAt"));
        s.siteKeys = r.siteKeys(o);
        if (o.contains(QStringLiteral("generationRoot"))) {
            s.generationRoot = r.sealed(o, QStringLiteral("generationRoot"));
        }
        if (o.contains(QStringLiteral("pendingGenerationRoot"))) {
            s.pendingGenerationRoot = r.sealed(o, QStringLiteral("pendingGenerationRoot"));
        }
        if (!r.failed() && ids.contains(s.id)) {
            r.fail(QStringLiteral("id"), QStringLiteral("repeats another slot's id"));
        }
        if (!r.failed() && names.contains(s.userName)) {
            r.fail(QStringLiteral("userName"), QStringLiteral("repeats another slot's user"));
        }
        if (r.failed()) {
            return makeError(ErrorCode::KeyringDamaged, r.problem());
        }
        ids.insert(s.id);
        names.insert(s.userName);
        keyring.users.push_back(std::move(s));
    }
    return keyring;
}

std::vector<std::uint8_t> slotBinding(const QString& databaseId, const UserSlot& slot) {
    std::vector<std::uint8_t> out;
    appendLengthPrefixed(out, QString::fromLatin1(kBindingLabel));
    appendLengthPrefixed(out, databaseId);
    appendLengthPrefixed(out, slot.id);
    appendLengthPrefixed(out, QStringLiteral("user"));
    appendLengthPrefixed(out, slot.userName);
    crypto::appendU32BigEndian(out, slot.kdf.memoryKiB);
    crypto::appendU32BigEndian(out, slot.kdf.iterations);
    crypto::appendU32BigEndian(out, slot.kdf.parallelism);
    crypto::appendLengthPrefixed(out, slot.salt);
    crypto::appendLengthPrefixed(out, slot.publicKey);
    return out;
}

std::vector<std::uint8_t> generationBinding(const QString& databaseId, const UserSlot& slot, int generation) {
    std::vector<std::uint8_t> out = slotBinding(databaseId, slot);
    if (generation > 0) {
        appendLengthPrefixed(out, QStringLiteral("generation"));
        crypto::appendU32BigEndian(out, static_cast<std::uint32_t>(generation));
    }
    return out;
}

std::vector<std::uint8_t> recoveryBinding(const QString& databaseId, const RecoverySlot& slot) {
    std::vector<std::uint8_t> out;
    appendLengthPrefixed(out, QString::fromLatin1(kBindingLabel));
    appendLengthPrefixed(out, databaseId);
    appendLengthPrefixed(out, slot.id);
    appendLengthPrefixed(out, QStringLiteral("recovery"));
    crypto::appendLengthPrefixed(out, slot.publicKey);
    return out;
}

} // namespace dc::core::keyring
