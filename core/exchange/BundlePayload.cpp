// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/exchange/BundlePayload.h"

#include "core/exchange/JsonNumbers.h"

#include "crypto/Encoding.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>

#include <cmath>
#include <string>

namespace dc::core::exchange {

namespace {

using T = FieldType;

constexpr qint64 kTime = 40;    // an ISO 8601 time
constexpr qint64 kShort = 32;   // a key: a role, an outcome, a state
constexpr qint64 kLong = 4000;  // a note, a reason, a transcript
constexpr qint64 kValue = 2000; // a register value
constexpr qint64 kMaxEntry = 1000000000;
constexpr qint64 kMaxRows = 4000000; // rows of one table in one bundle (256 MiB cannot hold more)

constexpr FieldSpec kUsers[] = {
    {"uuid", T::Uuid},
    {"userName", T::Text, 0, 64},
    {"displayName", T::Text, 0, 200},
    {"role", T::Text, 0, kShort},
    {"active", T::Bool},
    {"createdAt", T::Text, 0, kTime},
    {"removedAt", T::OptionalText, 0, kTime},
};
constexpr FieldSpec kBooks[] = {
    {"uuid", T::Uuid},
    {"recordType", T::Text, 0, kShort},
    {"bookNumber", T::Text, 0, 64},
    {"yearFrom", T::Integer, 0, 9999},
    {"yearTo", T::Integer, 0, 9999},
    {"firstEntry", T::OptionalInteger, 0, kMaxEntry},
    {"lastEntry", T::OptionalInteger, 0, kMaxEntry},
    {"status", T::Text, 0, kShort},
    {"createdAt", T::Text, 0, kTime},
    {"closedAt", T::OptionalText, 0, kTime},
};
constexpr FieldSpec kSessions[] = {
    {"uuid", T::Uuid}, {"firstUser", T::Uuid}, {"secondUser", T::Uuid}, {"startedAt", T::Text, 0, kTime}};
constexpr FieldSpec kSessionEvents[] = {{"uuid", T::Uuid},
                                        {"session", T::Uuid},
                                        {"kind", T::Text, 0, kShort},
                                        {"reader", T::Uuid},
                                        {"at", T::Text, 0, kTime}};
constexpr FieldSpec kChecks[] = {
    {"uuid", T::Uuid},
    {"book", T::Uuid},
    {"entry", T::Integer, 1, kMaxEntry},
    {"registrationDate", T::Text, 0, 64},
    {"subjectName", T::Text, 0, 400},
    {"outcome", T::Text, 0, kShort},
    {"transcript", T::Text, 0, kLong},
    {"note", T::Text, 0, kLong},
    {"warnings", T::Text, 0, kLong},
    {"schemaVersion", T::Text, 0, 64},
    {"reader", T::Uuid},
    {"checker", T::Uuid},
    {"session", T::OptionalUuid},
    {"loggedAt", T::Text, 0, kTime},
    {"secondsSpent", T::Integer, 0, 24 * 3600},
    {"supersedes", T::OptionalUuid},
    {"reason", T::Text, 0, kLong},
};
constexpr FieldSpec kCorrections[] = {
    {"position", T::Integer, 0, 10000}, {"field", T::Text, 0, 128},    {"before", T::Text, 0, kValue},
    {"after", T::Text, 0, kValue},      {"class", T::Text, 0, kShort}, {"writingDifference", T::Bool},
};
constexpr FieldSpec kReviews[] = {
    {"uuid", T::Uuid},
    {"check", T::Uuid},
    {"decision", T::Text, 0, kShort},
    {"state", T::Text, 0, kShort},
    {"reason", T::Text, 0, kLong},
    {"note", T::Text, 0, kLong},
    {"supervisor", T::Uuid},
    {"at", T::Text, 0, kTime},
};
constexpr FieldSpec kSpotSamples[] = {
    {"uuid", T::Uuid},
    {"day", T::Text, 0, 16},
    {"firstUser", T::Uuid},
    {"secondUser", T::Uuid},
    {"seed", T::Text, 0, 200},
    {"ratePermille", T::Integer, 0, 1000},
    {"minimum", T::Integer, 0, kMaxEntry},
    {"population", T::Integer, 0, kMaxEntry},
    {"drawnBy", T::Uuid},
    {"drawnAt", T::Text, 0, kTime},
};
constexpr FieldSpec kSpotItems[] = {{"uuid", T::Uuid}, {"sample", T::Uuid}, {"check", T::Uuid}};
constexpr FieldSpec kSpotResults[] = {
    {"uuid", T::Uuid},
    {"item", T::Uuid},
    {"result", T::Text, 0, kShort},
    {"field", T::Text, 0, 128},
    {"before", T::Text, 0, kValue},
    {"after", T::Text, 0, kValue},
    {"class", T::Text, 0, kShort},
    {"note", T::Text, 0, kLong},
    {"supervisor", T::Uuid},
    {"at", T::Text, 0, kTime},
};

const TableSpec kUsersSpec{"users", kUsers, 100000};
const TableSpec kBooksSpec{"books", kBooks, 100000};
const TableSpec kSessionsSpec{"sessions", kSessions, kMaxRows};
const TableSpec kSessionEventsSpec{"sessionEvents", kSessionEvents, kMaxRows};
const TableSpec kChecksSpec{"checks", kChecks, kMaxRows};
const TableSpec kCorrectionsSpec{"corrections", kCorrections, 1000};
const TableSpec kReviewsSpec{"reviews", kReviews, kMaxRows};
const TableSpec kSpotSamplesSpec{"spotSamples", kSpotSamples, kMaxRows};
const TableSpec kSpotItemsSpec{"spotItems", kSpotItems, kMaxRows};
const TableSpec kSpotResultsSpec{"spotResults", kSpotResults, kMaxRows};

constexpr qint64 kMaxEvents = 20000000;
constexpr qint64 kMaxEventText = 65536;

bool isUuid(const QString& text) {
    if (text.size() != 36) {
        return false;
    }
    for (int i = 0; i < 36; ++i) {
        const QChar c = text.at(i);
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != u'-') {
                return false;
            }
        } else if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F'))) {
            return false;
        }
    }
    return true;
}

// An integral JSON number within [min, max] (a double that does not fit, or has a fraction, is refused).
bool integerIn(const QJsonValue& value, qint64 min, qint64 max) {
    return wholeNumberIn(value, min, max).has_value();
}

struct Refusal {
    QString detail;
};

QJsonArray arrayOf(const QJsonObject& root, const char* key, qint64 maxRows) {
    const QJsonValue value = root.value(QLatin1String(key));
    if (!value.isArray()) {
        throw Refusal{QStringLiteral("payload: \"%1\" is missing or not a list").arg(QLatin1String(key))};
    }
    QJsonArray array = value.toArray();
    if (array.size() > maxRows) {
        throw Refusal{QStringLiteral("payload: \"%1\" has too many rows").arg(QLatin1String(key))};
    }
    return array;
}

std::vector<QJsonObject> rowsOf(const QJsonObject& root, const TableSpec& spec) {
    const QJsonArray array = arrayOf(root, spec.key, spec.maxRows);
    std::vector<QJsonObject> rows;
    rows.reserve(static_cast<std::size_t>(array.size()));
    for (const QJsonValue& value : array) {
        if (!value.isObject()) {
            throw Refusal{QStringLiteral("payload: a row of \"%1\" is not an object").arg(QLatin1String(spec.key))};
        }
        QJsonObject row = value.toObject();
        if (const QString problem = checkRow(spec, row); !problem.isEmpty()) {
            throw Refusal{problem};
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

QString text(const QJsonObject& row, const char* key, qint64 max) {
    const QJsonValue value = row.value(QLatin1String(key));
    QString text = value.toString();
    if (!value.isString() || text.size() > max) {
        throw Refusal{
            QStringLiteral("payload: event field \"%1\" is missing, not text or too long").arg(QLatin1String(key))};
    }
    return text;
}

audit::Hash hashOf(const QJsonObject& row, const char* key) {
    const QString hex = text(row, key, 64);
    const auto bytes = crypto::fromHex(hex.toStdString());
    audit::Hash hash{};
    if (!bytes || bytes->size() != hash.size()) {
        throw Refusal{QStringLiteral("payload: event field \"%1\" is not a SHA-256 hash").arg(QLatin1String(key))};
    }
    std::copy(bytes->begin(), bytes->end(), hash.begin());
    return hash;
}

QJsonArray toArray(const std::vector<QJsonObject>& rows) {
    QJsonArray array;
    for (const QJsonObject& row : rows) {
        array.append(row);
    }
    return array;
}

} // namespace

const TableSpec& usersSpec() {
    return kUsersSpec;
}
const TableSpec& booksSpec() {
    return kBooksSpec;
}
const TableSpec& sessionsSpec() {
    return kSessionsSpec;
}
const TableSpec& sessionEventsSpec() {
    return kSessionEventsSpec;
}
const TableSpec& checksSpec() {
    return kChecksSpec;
}
const TableSpec& correctionsSpec() {
    return kCorrectionsSpec;
}
const TableSpec& reviewsSpec() {
    return kReviewsSpec;
}
const TableSpec& spotSamplesSpec() {
    return kSpotSamplesSpec;
}
const TableSpec& spotItemsSpec() {
    return kSpotItemsSpec;
}
const TableSpec& spotResultsSpec() {
    return kSpotResultsSpec;
}

QString checkRow(const TableSpec& spec, const QJsonObject& row) {
    const auto wrong = [&spec](const char* key) {
        return QStringLiteral("payload: \"%1\" of a row of \"%2\" is missing, of the wrong type or out of bounds")
            .arg(QLatin1String(key), QLatin1String(spec.key));
    };
    qsizetype expected = static_cast<qsizetype>(spec.fields.size());
    for (const FieldSpec& field : spec.fields) {
        const QJsonValue value = row.value(QLatin1String(field.key));
        switch (field.type) {
        case T::Uuid:
            if (!value.isString() || !isUuid(value.toString())) {
                return wrong(field.key);
            }
            break;
        case T::OptionalUuid:
            if (!value.isNull() && (!value.isString() || !isUuid(value.toString()))) {
                return wrong(field.key);
            }
            break;
        case T::Text:
            if (!value.isString() || value.toString().size() > field.max) {
                return wrong(field.key);
            }
            break;
        case T::OptionalText:
            if (!value.isNull() && (!value.isString() || value.toString().size() > field.max)) {
                return wrong(field.key);
            }
            break;
        case T::Integer:
            if (!integerIn(value, field.min, field.max)) {
                return wrong(field.key);
            }
            break;
        case T::OptionalInteger:
            if (!value.isNull() && !integerIn(value, field.min, field.max)) {
                return wrong(field.key);
            }
            break;
        case T::Bool:
            if (!value.isBool()) {
                return wrong(field.key);
            }
            break;
        }
    }
    if (&spec == &kChecksSpec) {
        ++expected;
        const QJsonValue corrections = row.value(QLatin1String("corrections"));
        if (!corrections.isArray() || corrections.toArray().size() > kCorrectionsSpec.maxRows) {
            return wrong("corrections");
        }
        for (const QJsonValue& c : corrections.toArray()) {
            if (!c.isObject()) {
                return wrong("corrections");
            }
            if (QString problem = checkRow(kCorrectionsSpec, c.toObject()); !problem.isEmpty()) {
                return problem;
            }
        }
    }
    if (row.size() != expected) {
        return QStringLiteral("payload: a row of \"%1\" has unexpected keys").arg(QLatin1String(spec.key));
    }
    return {};
}

PlainRow plainRow(const TableSpec& spec, const QJsonObject& row) {
    PlainRow out;
    out.reserve(spec.fields.size());
    for (const FieldSpec& field : spec.fields) {
        const QJsonValue value = row.value(QLatin1String(field.key));
        PlainValue& v = out.emplace_back();
        if (value.isNull()) {
            continue;
        }
        switch (field.type) {
        case T::Integer:
        case T::OptionalInteger:
            v.kind = PlainValue::Kind::Integer;
            v.integer = static_cast<qint64>(value.toDouble());
            break;
        case T::Bool:
            v.kind = PlainValue::Kind::Integer;
            v.integer = value.toBool() ? 1 : 0;
            break;
        default:
            v.kind = PlainValue::Kind::Text;
            v.text = value.toString().toUtf8();
            break;
        }
    }
    return out;
}

QByteArray canonicalRow(const QJsonObject& row) {
    return QJsonDocument(row).toJson(QJsonDocument::Compact);
}

QByteArray serializePayload(const BundlePayload& payload) {
    QJsonObject root;
    root.insert(QLatin1String(kUsersSpec.key), toArray(payload.users));
    root.insert(QLatin1String(kBooksSpec.key), toArray(payload.books));
    root.insert(QLatin1String(kSessionsSpec.key), toArray(payload.sessions));
    root.insert(QLatin1String(kSessionEventsSpec.key), toArray(payload.sessionEvents));
    root.insert(QLatin1String(kChecksSpec.key), toArray(payload.checks));
    root.insert(QLatin1String(kReviewsSpec.key), toArray(payload.reviews));
    root.insert(QLatin1String(kSpotSamplesSpec.key), toArray(payload.spotSamples));
    root.insert(QLatin1String(kSpotItemsSpec.key), toArray(payload.spotItems));
    root.insert(QLatin1String(kSpotResultsSpec.key), toArray(payload.spotResults));
    QJsonArray events;
    for (const audit::Event& e : payload.events) {
        events.append(QJsonObject{
            {QStringLiteral("seq"), static_cast<double>(e.seq)},
            {QStringLiteral("at"), e.at},
            {QStringLiteral("site"), e.site},
            {QStringLiteral("actors"), e.actors},
            {QStringLiteral("action"), e.action},
            {QStringLiteral("subject"), e.subject},
            {QStringLiteral("details"), e.details},
            {QStringLiteral("prevHash"), QString::fromStdString(crypto::toHex(e.prevHash))},
            {QStringLiteral("hash"), QString::fromStdString(crypto::toHex(e.hash))},
        });
    }
    root.insert(QStringLiteral("events"), events);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

Result<BundlePayload> parsePayload(const QByteArray& json) {
    try {
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(json, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            throw Refusal{QStringLiteral("payload: not a JSON object")};
        }
        const QJsonObject root = document.object();
        if (root.size() != 10) {
            throw Refusal{QStringLiteral("payload: unexpected parts")};
        }
        BundlePayload payload;
        payload.users = rowsOf(root, kUsersSpec);
        payload.books = rowsOf(root, kBooksSpec);
        payload.sessions = rowsOf(root, kSessionsSpec);
        payload.sessionEvents = rowsOf(root, kSessionEventsSpec);
        payload.checks = rowsOf(root, kChecksSpec);
        payload.reviews = rowsOf(root, kReviewsSpec);
        payload.spotSamples = rowsOf(root, kSpotSamplesSpec);
        payload.spotItems = rowsOf(root, kSpotItemsSpec);
        payload.spotResults = rowsOf(root, kSpotResultsSpec);
        const QJsonArray events = arrayOf(root, "events", kMaxEvents);
        payload.events.reserve(static_cast<std::size_t>(events.size()));
        for (const QJsonValue& value : events) {
            if (!value.isObject() || value.toObject().size() != 9) {
                throw Refusal{QStringLiteral("payload: an event is not an object of nine fields")};
            }
            const QJsonObject row = value.toObject();
            if (!integerIn(row.value(QLatin1String("seq")), 1, (qint64{1} << 52))) {
                throw Refusal{QStringLiteral("payload: an event's seq is missing or out of bounds")};
            }
            audit::Event e;
            e.seq = static_cast<std::int64_t>(row.value(QLatin1String("seq")).toDouble());
            e.at = text(row, "at", kTime);
            e.site = text(row, "site", 64);
            e.actors = text(row, "actors", 1000);
            e.action = text(row, "action", 128);
            e.subject = text(row, "subject", 200);
            e.details = text(row, "details", kMaxEventText);
            e.prevHash = hashOf(row, "prevHash");
            e.hash = hashOf(row, "hash");
            payload.events.push_back(std::move(e));
        }
        return payload;
    } catch (const Refusal& refusal) {
        return makeError(ErrorCode::FileRefused, refusal.detail);
    } catch (const std::exception&) {
        return makeError(ErrorCode::FileRefused, QStringLiteral("payload: cannot be read"));
    }
}

} // namespace dc::core::exchange
