// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/exchange/Headers.h"

#include "core/exchange/Envelope.h"
#include "core/exchange/Fingerprint.h"
#include "core/exchange/JsonNumbers.h"
#include "crypto/Encoding.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QUuid>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace dc::core::exchange {

namespace {

// Names in a header (a site's, a hub's, a district's, a commune's): bounded, so a hostile header cannot make a row
// huge.
constexpr qsizetype kMaxNameLength = 200;

// Typed accessors over an untrusted header: each refuses (damaged) a missing field or one of the wrong type or shape.
class HeaderReader {
public:
    explicit HeaderReader(const QJsonObject& header) : m_header(header) {}

    std::optional<QString> text(const char* key, qsizetype maxLength = kMaxNameLength) {
        const QJsonValue value = m_header.value(QLatin1String(key));
        if (!value.isString() || value.toString().isEmpty() || value.toString().size() > maxLength)
            return fail(key);
        return value.toString();
    }
    std::optional<QString> uuid(const char* key) {
        auto value = text(key, 36);
        if (!value)
            return std::nullopt;
        const QUuid parsed = QUuid::fromString(*value);
        if (parsed.isNull() || parsed.toString(QUuid::WithoutBraces) != *value)
            return fail(key);
        return value;
    }
    template <std::size_t N> std::optional<std::array<std::uint8_t, N>> key(const char* name) {
        auto value = text(name, 64);
        if (!value)
            return std::nullopt;
        const auto bytes = crypto::fromBase64(value->toStdString());
        if (!bytes || bytes->size() != N) {
            fail(name);
            return std::nullopt;
        }
        std::array<std::uint8_t, N> out{};
        std::copy(bytes->begin(), bytes->end(), out.begin());
        return out;
    }
    std::optional<std::int64_t> positive(const char* key) {
        const QJsonValue value = m_header.value(QLatin1String(key));
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number < 1 || number > std::numeric_limits<std::int32_t>::max() ||
            number != static_cast<double>(static_cast<std::int64_t>(number))) {
            fail(key);
            return std::nullopt;
        }
        return static_cast<std::int64_t>(number);
    }
    [[nodiscard]] bool failed() const { return !m_firstBad.isEmpty(); }
    [[nodiscard]] Error error() const {
        return toError(Refusal::Damaged,
                       QStringLiteral("the header's field '%1' is missing or malformed").arg(m_firstBad));
    }

private:
    std::optional<QString> fail(const char* key) {
        if (m_firstBad.isEmpty())
            m_firstBad = QLatin1String(key);
        return std::nullopt;
    }
    const QJsonObject& m_header;
    QString m_firstBad;
};

std::optional<qint64> integerField(const QJsonObject& object, const char* key, qint64 min, qint64 max) {
    return wholeNumberIn(object.value(QLatin1String(key)), min, max);
}

} // namespace

Result<EnrollmentRequestHeader> readEnrollmentRequestHeader(const QJsonObject& h) {
    HeaderReader header(h);
    const auto format = header.text("format");
    const auto site = header.uuid("site");
    const auto siteName = header.text("siteName");
    const auto signing = header.key<crypto::kEd25519PublicKeySize>("signing");
    const auto box = header.key<crypto::kX25519KeySize>("box");
    const auto checkpoint = header.text("checkpoint", 1024);
    if (header.failed())
        return header.error();
    if (*format != QLatin1String(kEnrollRequestFormat))
        return toError(Refusal::Damaged, QStringLiteral("not an enrollment request of a known format"));
    return EnrollmentRequestHeader{*site, *siteName, *signing, *box, *checkpoint};
}

Result<WelcomeHeader> readWelcomeHeader(const QJsonObject& h) {
    HeaderReader header(h);
    const auto format = header.text("format");
    const auto hub = header.uuid("hub");
    const auto hubName = header.text("hubName");
    const auto signing = header.key<crypto::kEd25519PublicKeySize>("signing");
    const auto box = header.key<crypto::kX25519KeySize>("box");
    const auto site = header.uuid("site");
    const auto epoch = header.positive("epoch");
    const auto district = header.text("district");
    const auto commune = header.text("commune");
    const auto siteFingerprint = header.text("siteFingerprint", kFingerprintDigits);
    if (header.failed())
        return header.error();
    // The scope's cutoff, when the hub sent one (a welcome of an earlier program has none): a day, strictly.
    std::optional<QDate> entryCutoff;
    if (const QJsonValue cutoff = h.value(QLatin1String("campaign")).toObject().value(QLatin1String("entryCutoff"));
        !cutoff.isUndefined()) {
        const QString text = cutoff.toString();
        entryCutoff = text.size() == 10 ? QDate::fromString(text, Qt::ISODate) : QDate();
        if (!entryCutoff->isValid())
            return toError(Refusal::Damaged, QStringLiteral("the welcome's entry cutoff is not a day"));
    }
    if (*format != QLatin1String(kWelcomeFormat))
        return toError(Refusal::Damaged, QStringLiteral("not a welcome package of a known format"));
    return WelcomeHeader{*hub,      *hubName, *signing,         *box,       *site, *epoch,
                         *district, *commune, *siteFingerprint, entryCutoff};
}

std::optional<BundleHeader> readBundleHeader(const QJsonObject& h) {
    constexpr qint64 kMax = qint64{1} << 52;
    BundleHeader b;
    const auto epoch = integerField(h, "epoch", 1, kMax);
    const auto sequence = integerField(h, "sequence", 1, kMax);
    const auto checks = integerField(h, "checks", 0, kMax);
    const QJsonArray events = h.value(QLatin1String("events")).toArray();
    if (h.value(QLatin1String("format")).toString() != QLatin1String(kBundleFormat) || !epoch || !sequence || !checks ||
        events.size() != 2) {
        return std::nullopt;
    }
    const QJsonObject range{{QStringLiteral("first"), events.at(0)}, {QStringLiteral("last"), events.at(1)}};
    const auto first = integerField(range, "first", 1, kMax);
    const auto last = integerField(range, "last", 1, kMax);
    if (!first || !last || *last < *first) {
        return std::nullopt;
    }
    b.site = h.value(QLatin1String("site")).toString();
    b.hub = h.value(QLatin1String("hub")).toString();
    b.recipientKey = h.value(QLatin1String("recipientKey")).toString();
    b.previous = h.value(QLatin1String("previous")).toString();
    b.checkpoint = h.value(QLatin1String("checkpoint")).toString().toUtf8();
    b.createdAt = h.value(QLatin1String("createdAt")).toString();
    if (b.site.size() != 36 || b.hub.isEmpty() || b.hub.size() > 64 || b.recipientKey.isEmpty() ||
        b.recipientKey.size() > 64 || b.previous.size() > 64 || b.checkpoint.isEmpty() || b.createdAt.isEmpty() ||
        b.createdAt.size() > 40) {
        return std::nullopt;
    }
    const QJsonValue encoding = h.value(QLatin1String("encoding"));
    if (encoding.isString() && encoding.toString() == QLatin1String(kBundleJsonZstd)) {
        b.compressed = true;
    } else if (!encoding.isUndefined() && !(encoding.isString() && encoding.toString() == QLatin1String(kBundleJson))) {
        return std::nullopt;
    }
    b.epoch = *epoch;
    b.sequence = *sequence;
    b.checks = *checks;
    b.firstEvent = *first;
    b.lastEvent = *last;
    return b;
}

} // namespace dc::core::exchange
