// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/exchange/RosterPackage.h"

#include "core/exchange/JsonNumbers.h"

#include "core/Clock.h"
#include "core/services/Accounts.h"
#include "crypto/ConstantTime.h"
#include "crypto/Encoding.h"
#include "crypto/Random.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>
#include <QUuid>

#include <cmath>

namespace dc::core::exchange {
namespace {

constexpr char kPayloadFormat[] = "doichieu-roster-payload/1";
constexpr int kGroup = 5;

Refused damaged(const QString& detail) {
    return Refused{Refusal::Damaged, detail};
}

bool hasExactly(const QJsonObject& object, std::initializer_list<const char*> keys) {
    if (object.size() != static_cast<qsizetype>(keys.size())) {
        return false;
    }
    for (const char* key : keys) {
        if (!object.contains(QLatin1String(key))) {
            return false;
        }
    }
    return true;
}

std::optional<qint64> integerIn(const QJsonValue& value, qint64 min, qint64 max) {
    return wholeNumberIn(value, min, max);
}

std::optional<QString> textIn(const QJsonValue& value, int maxChars) {
    if (!value.isString()) {
        return std::nullopt;
    }
    QString text = value.toString();
    if (text.isEmpty() || text.size() > maxChars || text != text.normalized(QString::NormalizationForm_C) ||
        text != text.trimmed()) {
        return std::nullopt;
    }
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control) {
            return std::nullopt;
        }
    }
    return text;
}

bool isCanonicalUuid(const QString& text) {
    return text.size() == 36 && !QUuid::fromString(text).isNull() &&
           QUuid::fromString(text).toString(QUuid::WithoutBraces) == text;
}

std::optional<std::vector<std::uint8_t>> hexOf(const QJsonValue& value, std::size_t bytes) {
    if (!value.isString() || value.toString().size() != static_cast<qsizetype>(bytes * 2)) {
        return std::nullopt;
    }
    const QString text = value.toString();
    for (const QChar c : text) {
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f')))) {
            return std::nullopt; // lower-case hex only: one spelling per value
        }
    }
    return crypto::fromHex(text.toStdString());
}

Checked<ActivationHash> parseActivation(const QJsonValue& value, const crypto::Argon2Params& params) {
    if (!value.isObject() || !hasExactly(value.toObject(), {"salt", "hash", "expiresAt"})) {
        return damaged(QStringLiteral("an activation is not an object of salt, hash and expiresAt"));
    }
    const QJsonObject o = value.toObject();
    auto salt = hexOf(o.value(QLatin1String("salt")), crypto::kArgon2SaltSize);
    auto hash = hexOf(o.value(QLatin1String("hash")), kActivationHashSize);
    if (!salt || !hash) {
        return damaged(QStringLiteral("an activation's salt or hash is malformed"));
    }
    const QJsonValue expires = o.value(QLatin1String("expiresAt"));
    const QDateTime at = QDateTime::fromString(expires.toString(), Qt::ISODate);
    if (!expires.isString() || expires.toString().size() > 40 || !at.isValid() || at.timeSpec() != Qt::UTC ||
        toStoredTime(at) != expires.toString()) {
        return damaged(QStringLiteral("an activation's expiry is not a UTC time"));
    }
    return ActivationHash{std::move(*salt), std::move(*hash), params, expires.toString()};
}

Checked<RosterVolunteer> parseVolunteer(const QJsonValue& value, const crypto::Argon2Params& params) {
    if (!value.isObject() || !hasExactly(value.toObject(), {"person", "fullName", "userName", "days", "activation"})) {
        return damaged(QStringLiteral("a volunteer is not an object of person, fullName, userName, days, activation"));
    }
    const QJsonObject o = value.toObject();
    RosterVolunteer v;
    const QJsonValue person = o.value(QLatin1String("person"));
    if (!person.isString() || !isCanonicalUuid(person.toString())) {
        return damaged(QStringLiteral("a volunteer's person is not a UUID"));
    }
    v.person = person.toString();
    const QJsonValue fullName = o.value(QLatin1String("fullName"));
    auto normalized = fullName.isString() && fullName.toString().size() <= 400
                          ? normalizedDisplayName(fullName.toString())
                          : Result<QString>(makeError(ErrorCode::InvalidInput, {}));
    if (!normalized || normalized.value() != fullName.toString()) {
        return damaged(QStringLiteral("a volunteer's full name is not a normalised name"));
    }
    v.fullName = normalized.value();
    const QJsonValue userName = o.value(QLatin1String("userName"));
    auto canonical = userName.isString() && userName.toString().size() <= 64
                         ? canonicalUserName(userName.toString())
                         : Result<QString>(makeError(ErrorCode::InvalidUserName, {}));
    if (!canonical || canonical.value() != userName.toString()) {
        return damaged(QStringLiteral("a volunteer's user name is one the account rules refuse"));
    }
    v.userName = canonical.value();
    const QJsonValue days = o.value(QLatin1String("days"));
    if (!days.isArray()) {
        return damaged(QStringLiteral("a volunteer's days are not a list"));
    }
    const QJsonArray list = days.toArray();
    if (list.size() > kMaxRosterDays) {
        return Refused{Refusal::TooLarge, QStringLiteral("a volunteer has more than %1 days").arg(kMaxRosterDays)};
    }
    for (const QJsonValue& day : list) {
        const QDate date =
            day.isString() && day.toString().size() == 10 ? QDate::fromString(day.toString(), Qt::ISODate) : QDate();
        if (!date.isValid() || date.toString(Qt::ISODate) != day.toString()) {
            return damaged(QStringLiteral("a roster day is not an ISO date"));
        }
        if (!v.days.empty() && date <= v.days.back()) {
            return damaged(QStringLiteral("a volunteer's days are not in increasing order"));
        }
        v.days.push_back(date);
    }
    auto activation = parseActivation(o.value(QLatin1String("activation")), params);
    if (!activation) {
        return activation.refused();
    }
    v.activation = std::move(activation).value();
    return v;
}

} // namespace

QByteArray serializeRoster(const RosterPayload& payload) {
    QJsonArray volunteers;
    for (const RosterVolunteer& v : payload.volunteers) {
        QJsonArray days;
        for (const QDate& day : v.days) {
            days.append(day.toString(Qt::ISODate));
        }
        volunteers.append(QJsonObject{
            {QStringLiteral("person"), v.person},
            {QStringLiteral("fullName"), v.fullName},
            {QStringLiteral("userName"), v.userName},
            {QStringLiteral("days"), days},
            {QStringLiteral("activation"),
             QJsonObject{{QStringLiteral("salt"), QString::fromStdString(crypto::toHex(v.activation.salt))},
                         {QStringLiteral("hash"), QString::fromStdString(crypto::toHex(v.activation.hash))},
                         {QStringLiteral("expiresAt"), v.activation.expiresAt}}},
        });
    }
    // One set of parameters for the package: the builder hashes every code alike.
    const crypto::Argon2Params params =
        payload.volunteers.empty() ? crypto::kArgon2Floor : payload.volunteers.front().activation.params;
    const QJsonObject root{
        {QStringLiteral("format"), QString::fromLatin1(kPayloadFormat)},
        {QStringLiteral("campaign"), payload.campaign},
        {QStringLiteral("district"), payload.district},
        {QStringLiteral("commune"), payload.commune},
        {QStringLiteral("sequence"), payload.sequence},
        {QStringLiteral("kdf"), QJsonObject{{QStringLiteral("memoryKiB"), static_cast<qint64>(params.memoryKiB)},
                                            {QStringLiteral("iterations"), static_cast<qint64>(params.iterations)},
                                            {QStringLiteral("parallelism"), static_cast<qint64>(params.parallelism)}}},
        {QStringLiteral("volunteers"), volunteers},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

Checked<RosterPayload> parseRoster(std::span<const std::uint8_t> plain) {
    if (plain.size() > kMaxRosterPayloadBytes) {
        return Refused{Refusal::TooLarge, QStringLiteral("the roster is larger than any package")};
    }
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(
        QByteArray::fromRawData(reinterpret_cast<const char*>(plain.data()), static_cast<qsizetype>(plain.size())),
        &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return damaged(QStringLiteral("the roster is not a JSON object"));
    }
    const QJsonObject root = document.object();
    if (!hasExactly(root, {"format", "campaign", "district", "commune", "sequence", "kdf", "volunteers"}) ||
        root.value(QLatin1String("format")).toString() != QLatin1String(kPayloadFormat)) {
        return damaged(QStringLiteral("the roster is not of a known format"));
    }
    RosterPayload payload;
    auto campaign = textIn(root.value(QLatin1String("campaign")), kMaxRosterTextChars);
    auto district = textIn(root.value(QLatin1String("district")), kMaxRosterTextChars);
    auto commune = textIn(root.value(QLatin1String("commune")), kMaxRosterTextChars);
    auto sequence = integerIn(root.value(QLatin1String("sequence")), 1, 1'000'000'000);
    if (!campaign || !district || !commune || !sequence) {
        return damaged(QStringLiteral("the roster's campaign, commune or sequence is malformed"));
    }
    payload.campaign = *campaign;
    payload.district = *district;
    payload.commune = *commune;
    payload.sequence = *sequence;
    const QJsonValue kdf = root.value(QLatin1String("kdf"));
    if (!kdf.isObject() || !hasExactly(kdf.toObject(), {"memoryKiB", "iterations", "parallelism"})) {
        return damaged(QStringLiteral("the roster's Argon2 parameters are malformed"));
    }
    const auto memory = integerIn(kdf.toObject().value(QLatin1String("memoryKiB")), 0, 0xFFFFFFFFLL);
    const auto iterations = integerIn(kdf.toObject().value(QLatin1String("iterations")), 0, 0xFFFFFFFFLL);
    const auto parallelism = integerIn(kdf.toObject().value(QLatin1String("parallelism")), 0, 0xFFFFFFFFLL);
    if (!memory || !iterations || !parallelism) {
        return damaged(QStringLiteral("the roster's Argon2 parameters are malformed"));
    }
    const crypto::Argon2Params params{static_cast<std::uint32_t>(*memory), static_cast<std::uint32_t>(*iterations),
                                      static_cast<std::uint32_t>(*parallelism)};
    if (!activationKdfAcceptable(params)) {
        return damaged(QStringLiteral("the roster's Argon2 parameters are outside the accepted range"));
    }
    const QJsonValue volunteers = root.value(QLatin1String("volunteers"));
    if (!volunteers.isArray()) {
        return damaged(QStringLiteral("the roster's volunteers are not a list"));
    }
    const QJsonArray list = volunteers.toArray();
    if (list.size() > kMaxRosterVolunteers) {
        return Refused{Refusal::TooLarge,
                       QStringLiteral("the roster has more than %1 volunteers").arg(kMaxRosterVolunteers)};
    }
    QSet<QString> people;
    QSet<QString> names;
    for (const QJsonValue& value : list) {
        auto volunteer = parseVolunteer(value, params);
        if (!volunteer) {
            return volunteer.refused();
        }
        if (people.contains(volunteer->person) || names.contains(volunteer->userName)) {
            return damaged(QStringLiteral("a person or a user name appears twice in the roster"));
        }
        people.insert(volunteer->person);
        names.insert(volunteer->userName);
        payload.volunteers.push_back(std::move(volunteer).value());
    }
    return payload;
}

crypto::SecureBuffer generateActivationCode() {
    crypto::SecureBuffer digits;
    for (int i = 0; i < kActivationCodeDigits; ++i) {
        const char digit = static_cast<char>('0' + crypto::randomBelow(10));
        digits.append(std::string_view(&digit, 1));
    }
    return digits;
}

crypto::SecureBuffer groupActivationCode(const crypto::SecureBuffer& digits) {
    crypto::SecureBuffer grouped;
    const std::string_view text = digits.chars();
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (i > 0 && i % kGroup == 0) {
            grouped.append(std::string_view("-"));
        }
        grouped.append(text.substr(i, 1));
    }
    return grouped;
}

std::optional<crypto::SecureBuffer> parseActivationCode(std::string_view typed) {
    if (typed.size() > 64) {
        return std::nullopt;
    }
    crypto::SecureBuffer digits;
    for (const char c : typed) {
        if (c >= '0' && c <= '9') {
            digits.append(std::string_view(&c, 1));
        } else if (c != ' ' && c != '-' && c != '.' && c != '\t') {
            return std::nullopt;
        }
    }
    if (digits.size() != static_cast<std::size_t>(kActivationCodeDigits)) {
        return std::nullopt;
    }
    return digits;
}

ActivationHash hashActivationCode(const crypto::SecureBuffer& digits, crypto::Argon2Params params,
                                  const QString& expiresAt) {
    ActivationHash hashed;
    hashed.params = crypto::clampArgon2(params);
    hashed.salt = crypto::randomBytes(crypto::kArgon2SaltSize);
    const crypto::SecureBuffer derived =
        crypto::deriveArgon2id(digits.chars(), hashed.salt, hashed.params, kActivationHashSize);
    hashed.hash.assign(derived.bytes().begin(), derived.bytes().end());
    hashed.expiresAt = expiresAt;
    return hashed;
}

bool activationCodeMatches(const crypto::SecureBuffer& digits, const ActivationHash& stored) {
    if (stored.hash.size() != kActivationHashSize || stored.salt.size() != crypto::kArgon2SaltSize ||
        !activationKdfAcceptable(stored.params)) {
        return false;
    }
    const crypto::SecureBuffer derived =
        crypto::deriveArgon2id(digits.chars(), stored.salt, stored.params, kActivationHashSize);
    return crypto::constantTimeEqual(derived.bytes(), stored.hash);
}

bool activationKdfAcceptable(const crypto::Argon2Params& params) noexcept {
    return params.memoryKiB >= crypto::kArgon2Floor.memoryKiB && params.iterations >= crypto::kArgon2Floor.iterations &&
           params.parallelism >= crypto::kArgon2Floor.parallelism &&
           params.memoryKiB <= kActivationKdfCeiling.memoryKiB &&
           params.iterations <= kActivationKdfCeiling.iterations &&
           params.parallelism <= kActivationKdfCeiling.parallelism;
}

} // namespace dc::core::exchange
