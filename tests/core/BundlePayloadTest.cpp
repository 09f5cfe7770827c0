// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// The hub's reader of a bundle's plaintext (exchange::parsePayload): it reads the bytes once, without a JSON document,
// so these tests hold it to what Qt's JSON reader and checkRow would say of the same bytes, and refuse every kind of
// damage a hostile or broken file can carry, with a detail that names the table and key and never a value.
#include "core/exchange/BundlePayload.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

#include <string>

using namespace dc;
using namespace dc::core;
using namespace dc::core::exchange;

namespace {

const QString kUuid = QStringLiteral("0d9a2c0e-5b7e-4c1d-9f43-2f6a1c3e8b10");
const QString kName = QStringLiteral("Nguyễn Thị Ánh Tuyết"); // a citizen's name: must never show in a detail

// A row of `spec` with a value of every field's type: text is a Vietnamese name, optional fields alternate between a
// value and null.
QJsonObject rowOf(const TableSpec& spec) {
    QJsonObject row;
    int i = 0;
    for (const FieldSpec& field : spec.fields) {
        const bool null = (i++ % 2) == 1;
        switch (field.type) {
        case FieldType::Uuid:
            row.insert(QLatin1String(field.key), kUuid);
            break;
        case FieldType::OptionalUuid:
            row.insert(QLatin1String(field.key), null ? QJsonValue() : QJsonValue(kUuid));
            break;
        case FieldType::Text:
            row.insert(QLatin1String(field.key), kName.left(static_cast<qsizetype>(field.max)));
            break;
        case FieldType::OptionalText:
            row.insert(QLatin1String(field.key),
                       null ? QJsonValue() : QJsonValue(kName.left(static_cast<qsizetype>(field.max))));
            break;
        case FieldType::Integer:
            row.insert(QLatin1String(field.key), static_cast<double>(field.max));
            break;
        case FieldType::OptionalInteger:
            row.insert(QLatin1String(field.key), null ? QJsonValue() : QJsonValue(static_cast<double>(field.min)));
            break;
        case FieldType::Bool:
            row.insert(QLatin1String(field.key), true);
            break;
        }
    }
    return row;
}

QJsonObject checkRowWith(int corrections) {
    QJsonObject check = rowOf(checksSpec());
    QJsonArray list;
    for (int i = 0; i < corrections; ++i) {
        QJsonObject correction = rowOf(correctionsSpec());
        correction.insert(QStringLiteral("position"), i);
        correction.insert(QStringLiteral("writingDifference"), i % 2 == 0);
        list.append(correction);
    }
    check.insert(QStringLiteral("corrections"), list);
    return check;
}

audit::Event eventAt(std::int64_t seq) {
    audit::Event e;
    e.seq = seq;
    e.at = QStringLiteral("2026-03-05T01:02:03.004Z");
    e.site = kUuid;
    e.actors = kUuid + QLatin1Char(',') + kUuid;
    e.action = QStringLiteral("check.logged");
    e.subject = kUuid;
    e.details = QStringLiteral("{\"content\":\"ab\",\"note\":\"dòng 1\\ndòng 2\"}");
    e.prevHash.fill(static_cast<std::uint8_t>(seq - 1));
    e.hash.fill(static_cast<std::uint8_t>(seq));
    return e;
}

BundlePayload fullPayload() {
    BundlePayload p;
    p.users = {rowOf(usersSpec()), rowOf(usersSpec())};
    p.books = {rowOf(booksSpec())};
    p.sessions = {rowOf(sessionsSpec())};
    p.sessionEvents = {rowOf(sessionEventsSpec())};
    p.checks = {checkRowWith(0), checkRowWith(3)};
    p.reviews = {rowOf(reviewsSpec())};
    p.spotSamples = {rowOf(spotSamplesSpec())};
    p.spotItems = {rowOf(spotItemsSpec())};
    p.spotResults = {rowOf(spotResultsSpec())};
    p.events = {eventAt(1), eventAt(2)};
    return p;
}

std::string textOf(const QByteArray& bytes) {
    return bytes.toStdString();
}

QByteArray replaced(QByteArray text, const QByteArray& from, const QByteArray& to) {
    const qsizetype at = text.indexOf(from);
    EXPECT_GE(at, 0) << "the payload has no " << from.toStdString();
    return at < 0 ? text : text.replace(at, from.size(), to);
}

// The payload with the value of the first `"key":` replaced by `value` (raw JSON text).
QByteArray withValue(const QByteArray& text, const QByteArray& key, const QByteArray& value) {
    const QByteArray marker = '"' + key + "\":";
    const qsizetype at = text.indexOf(marker);
    EXPECT_GE(at, 0) << "the payload has no key " << key.toStdString();
    if (at < 0) {
        return text;
    }
    const qsizetype start = at + marker.size();
    qsizetype end = start;
    if (text.at(start) == '"') {
        end = text.indexOf('"', start + 1) + 1;
    } else {
        while (end < text.size() && text.at(end) != ',' && text.at(end) != '}') {
            ++end;
        }
    }
    QByteArray out = text;
    return out.replace(start, end - start, value);
}

void expectRefused(const QByteArray& bytes, const char* detailPart) {
    const auto parsed = parsePayload(bytes);
    ASSERT_FALSE(parsed.ok()) << "accepted: " << bytes.left(300).toStdString();
    EXPECT_EQ(parsed.error().code, ErrorCode::FileRefused);
    const QString detail = parsed.error().detail;
    EXPECT_TRUE(detail.contains(QLatin1String(detailPart))) << detail.toStdString();
    EXPECT_FALSE(detail.contains(kName.left(6))) << "a value in the detail: " << detail.toStdString();
}

} // namespace

TEST(BundlePayloadReader, ReadsBackWhatTheWorkstationWrote) {
    const BundlePayload written = fullPayload();
    const QByteArray bytes = serializePayload(written);
    const auto parsed = parsePayload(bytes);
    ASSERT_TRUE(parsed.ok()) << parsed.error().detail.toStdString();
    EXPECT_EQ(parsed->users.size(), 2U);
    ASSERT_EQ(parsed->checks.size(), 2U);
    EXPECT_TRUE(parsed->checks[0].corrections.empty());
    EXPECT_EQ(parsed->checks[1].corrections.size(), 3U);
    ASSERT_EQ(parsed->events.size(), 2U);
    EXPECT_EQ(parsed->events[1].details, written.events[1].details); // its escapes decoded
    EXPECT_EQ(parsed->events[1].hash, written.events[1].hash);
    // The same rows, value for value, as Qt's reader makes of the same bytes; and the same bytes written again.
    const BundlePayload read = objectsOf(parsed.value());
    const QJsonObject qt = QJsonDocument::fromJson(bytes).object();
    const auto same = [&qt](const char* key, const std::vector<QJsonObject>& rows) {
        const QJsonArray expected = qt.value(QLatin1String(key)).toArray();
        ASSERT_EQ(static_cast<qsizetype>(rows.size()), expected.size()) << key;
        for (std::size_t i = 0; i < rows.size(); ++i) {
            EXPECT_EQ(rows[i], expected.at(static_cast<qsizetype>(i)).toObject()) << key << " row " << i;
        }
    };
    same("users", read.users);
    same("books", read.books);
    same("sessions", read.sessions);
    same("sessionEvents", read.sessionEvents);
    same("checks", read.checks);
    same("reviews", read.reviews);
    same("spotSamples", read.spotSamples);
    same("spotItems", read.spotItems);
    same("spotResults", read.spotResults);
    EXPECT_EQ(textOf(serializePayload(read)), textOf(bytes));
}

TEST(BundlePayloadReader, TextIsItsUtf8BytesWithEscapesDecoded) {
    QByteArray bytes = serializePayload(fullPayload());
    // "Ánh" escaped, a tab escaped, a character beyond the BMP as a surrogate pair and as raw UTF-8, "\/".
    bytes = withValue(bytes, "subjectName", R"("Nguy\u1ec5n \u00c1nh\t\ud83d\ude00😀 a\/b")");
    const auto parsed = parsePayload(bytes);
    ASSERT_TRUE(parsed.ok()) << parsed.error().detail.toStdString();
    const int subject = fieldIndex(checksSpec(), "subjectName");
    EXPECT_EQ(parsed->checks[0].fields[static_cast<std::size_t>(subject)].text,
              QStringLiteral("Nguyễn Ánh\t😀😀 a/b").toUtf8());
}

TEST(BundlePayloadReader, WhitespaceKeyOrderAndNumberFormsAreJson) {
    // Indented, with the keys of each row in another order than the writer's, and 5.0 / 5e0 for whole numbers.
    const QByteArray indented =
        QJsonDocument::fromJson(serializePayload(fullPayload())).toJson(QJsonDocument::Indented);
    ASSERT_TRUE(parsePayload(indented).ok());
    QByteArray bytes = serializePayload(fullPayload());
    bytes = replaced(bytes, R"({"active":true,)", R"({)");
    bytes = replaced(bytes, R"("userName":)", R"("active":true,"userName":)");
    bytes = withValue(bytes, "secondsSpent", "5.0");
    bytes = withValue(bytes, "entry", "5e0");
    const auto parsed = parsePayload(bytes);
    ASSERT_TRUE(parsed.ok()) << parsed.error().detail.toStdString();
    EXPECT_EQ(parsed->checks[0].fields[static_cast<std::size_t>(fieldIndex(checksSpec(), "entry"))].integer, 5);
    EXPECT_EQ(parsed->users[0][static_cast<std::size_t>(fieldIndex(usersSpec(), "active"))].integer, 1);
    EXPECT_EQ(parsed->users[0][static_cast<std::size_t>(fieldIndex(usersSpec(), "userName"))].text, kName.toUtf8());
}

TEST(BundlePayloadReader, LengthsCountAsQStringDoes) {
    // subjectName holds at most 400 UTF-16 units: 200 characters beyond the BMP fit, 201 do not.
    QString fits;
    for (int i = 0; i < 200; ++i) {
        fits += QStringLiteral("😀");
    }
    QByteArray bytes = serializePayload(fullPayload());
    ASSERT_TRUE(parsePayload(withValue(bytes, "subjectName", '"' + fits.toUtf8() + '"')).ok());
    expectRefused(withValue(bytes, "subjectName", '"' + (fits + QStringLiteral("😀")).toUtf8() + '"'),
                  R"("subjectName" of a row of "checks")");
    // 400 Vietnamese letters of two or three bytes each are 400 units.
    ASSERT_TRUE(parsePayload(withValue(bytes, "subjectName", '"' + QString(400, QChar(0x1EC5)).toUtf8() + '"')).ok());
}

TEST(BundlePayloadReader, BrokenJsonIsRefused) {
    const QByteArray good = serializePayload(fullPayload());
    expectRefused(QByteArray(), "not a JSON object");
    expectRefused("[]", "not a JSON object");
    expectRefused(good.left(good.size() / 2), "not a JSON object");
    expectRefused(good.left(good.size() - 1), "not a JSON object");
    expectRefused(good + "x", "not a JSON object");
    expectRefused(good + "{}", "not a JSON object");
    expectRefused(replaced(good, R"("users":[)", R"("users":[,)"), R"(a row of "users" is not an object)");
    expectRefused(replaced(good, R"("users":[)", R"("users":[{},)"), R"("uuid" of a row of "users")");
    expectRefused(replaced(good, R"("users":[{)", R"("users":[{,)"), "not a JSON object");
    expectRefused(replaced(good, R"("users":[{"active":true)", R"("users":[{"active" true)"), "not a JSON object");
    expectRefused(replaced(good, R"(true)", R"(tru)"), "not a JSON object");
    expectRefused(withValue(good, "secondsSpent", "01"), "not a JSON object");
    expectRefused(withValue(good, "entry", "-"), "not a JSON object");
    expectRefused(withValue(good, "entry", "1."), "not a JSON object");
    expectRefused(withValue(good, "entry", "+1"), R"("entry" of a row of "checks")");
    // A list nested a million deep is refused where it starts, without recursion.
    expectRefused(replaced(good, R"("users":[)", "\"users\":[" + QByteArray(1000000, '[')), "not an object");
}

TEST(BundlePayloadReader, TextThatIsNotUtf8OrHasALoneSurrogateIsRefused) {
    const QByteArray good = serializePayload(fullPayload());
    const QByteArray broken[] = {
        "\"a\xC3\x28\"",        // a continuation byte missing
        "\"\xC0\xAF\"",         // an overlong form
        "\"\xED\xA0\x80\"",     // a surrogate, encoded
        "\"\xF4\x90\x80\x80\"", // beyond U+10FFFF
        "\"\xE1\xBB\"",         // cut short before the closing quote
        "\"a\x01\"",            // a control character
        R"("\ud800")",          // a lone high surrogate
        R"("\udc00\ud800")",    // a low one first
        R"("\ud83dx")",         // a high one followed by text
        R"("\x41")",            // not an escape
        R"("\u12G4")",          // not hex
    };
    for (const QByteArray& value : broken) {
        expectRefused(withValue(good, "subjectName", value), "not a JSON object");
    }
}

TEST(BundlePayloadReader, PartsMustBeTheTenListsEachOnce) {
    const QByteArray good = serializePayload(fullPayload());
    expectRefused(replaced(good, R"("users":)", R"("people":)"), "unexpected parts");
    expectRefused(replaced(good, R"("users":)", R"("books":)"), "unexpected parts");
    expectRefused(replaced(good, R"("users":[)", R"("extra":[],"users":[)"), "unexpected parts");
    expectRefused(R"({"users":[]})", "unexpected parts");
    expectRefused(replaced(good, R"("reviews":[)", R"("reviews":{"a":[)"), R"("reviews" is missing or not a list)");
}

TEST(BundlePayloadReader, EveryRowIsHeldToItsTable) {
    const QByteArray good = serializePayload(fullPayload());
    // Not an object, a key too many, a key twice, a key missing.
    expectRefused(replaced(good, R"("books":[{)", R"("books":[7,{)"), R"(a row of "books" is not an object)");
    expectRefused(replaced(good, R"("books":[{)", R"("books":[{"shelf":1,)"),
                  R"(a row of "books" has unexpected keys)");
    expectRefused(replaced(good, R"("books":[{)", R"("books":[{"status":"open",)"),
                  R"(a row of "books" has unexpected keys)");
    expectRefused(replaced(good, R"("bookNumber":)", R"("bookNumbr":)"), R"(a row of "books" has unexpected keys)");
    expectRefused(replaced(good, R"("spotItems":[{"check":")" + kUuid.toUtf8() + R"(",)", R"("spotItems":[{)"),
                  R"("check" of a row of "spotItems")");
    // Wrong types, bounds, fractions, numbers that do not fit, nulls where none may be, nested values, bad UUIDs.
    expectRefused(withValue(good, "entry", R"("7")"), R"("entry" of a row of "checks")");
    expectRefused(withValue(good, "entry", "0"), R"("entry" of a row of "checks")");
    expectRefused(withValue(good, "entry", "1000000001"), R"("entry" of a row of "checks")");
    expectRefused(withValue(good, "entry", "5.5"), R"("entry" of a row of "checks")");
    expectRefused(withValue(good, "entry", "1e400"), R"("entry" of a row of "checks")");
    expectRefused(withValue(good, "entry", "99999999999999999999999"), R"("entry" of a row of "checks")");
    expectRefused(withValue(good, "entry", "null"), R"("entry" of a row of "checks")");
    expectRefused(withValue(good, "entry", "[1]"), R"("entry" of a row of "checks")");
    expectRefused(withValue(good, "subjectName", R"({"a":1})"), R"("subjectName" of a row of "checks")");
    expectRefused(withValue(good, "subjectName", "true"), R"("subjectName" of a row of "checks")");
    expectRefused(withValue(good, "active", "1"), R"("active" of a row of "users")");
    expectRefused(withValue(good, "book", R"("0d9a2c0e-5b7e-4c1d-9f43-2f6a1c3e8b1")"),
                  R"("book" of a row of "checks")");
    expectRefused(withValue(good, "book", R"("0d9a2c0e+5b7e-4c1d-9f43-2f6a1c3e8b10")"),
                  R"("book" of a row of "checks")");
    expectRefused(withValue(good, "book", R"("0d9a2c0e-5b7e-4c1d-9f43-2f6a1c3e8b1g")"),
                  R"("book" of a row of "checks")");
    expectRefused(withValue(good, "userName", '"' + QByteArray(65, 'a') + '"'), R"("userName" of a row of "users")");
    // A check's corrections: a list of rows, each held to its own table, at most 1,000.
    expectRefused(replaced(good, R"("corrections":[])", R"("corrections":{})"),
                  R"("corrections" of a row of "checks")");
    expectRefused(replaced(good, R"("corrections":[],)", ""), R"("corrections" of a row of "checks")");
    expectRefused(replaced(good, R"("corrections":[])", R"("corrections":[],"corrections":[])"),
                  R"(a row of "checks" has unexpected keys)");
    expectRefused(replaced(good, R"("corrections":[])", R"("corrections":[1])"),
                  R"("corrections" of a row of "checks")");
    expectRefused(withValue(good, "writingDifference", "0"), R"("writingDifference" of a row of "corrections")");
    BundlePayload many = fullPayload();
    many.checks = {checkRowWith(1000)};
    ASSERT_TRUE(parsePayload(serializePayload(many)).ok());
    many.checks = {checkRowWith(1001)};
    expectRefused(serializePayload(many), R"("corrections" of a row of "checks")");
}

TEST(BundlePayloadReader, EveryEventHasItsNineFields) {
    const QByteArray good = serializePayload(fullPayload());
    expectRefused(replaced(good, R"("events":[{)", R"("events":[{"extra":1,)"),
                  "an event is not an object of nine fields");
    expectRefused(replaced(good, R"("events":[{)", R"("events":[{"seq":1,)"),
                  "an event is not an object of nine fields");
    expectRefused(replaced(good, R"("events":[{)", R"("events":[3,{)"), "an event is not an object of nine fields");
    expectRefused(replaced(good, R"("action":"check.logged",)", ""), "an event is not an object of nine fields");
    expectRefused(withValue(good, "seq", "0"), "an event's seq is missing or out of bounds");
    expectRefused(withValue(good, "seq", R"("1")"), "an event's seq is missing or out of bounds");
    expectRefused(withValue(good, "seq", "4503599627370497"), "an event's seq is missing or out of bounds");
    expectRefused(withValue(good, "action", "7"), R"(event field "action" is missing, not text or too long)");
    expectRefused(withValue(good, "action", '"' + QByteArray(129, 'a') + '"'),
                  R"(event field "action" is missing, not text or too long)");
    expectRefused(withValue(good, "prevHash", R"("00")"), R"(event field "prevHash" is not a SHA-256 hash)");
    expectRefused(withValue(good, "hash", '"' + QByteArray(64, 'z') + '"'),
                  R"(event field "hash" is not a SHA-256 hash)");
}

// objectText reads one member of an audit event's details (a check event's "content") with the payload's reader: the
// value Qt's document gives for what the program writes, nothing for anything else.
TEST(BundlePayloadReader, ObjectTextReadsOneTopLevelMemberOrNothing) {
    const auto text = [](const QByteArray& json, const char* key = "content") {
        return objectText(std::string_view(json.constData(), static_cast<std::size_t>(json.size())), key);
    };
    // What LogService writes: Qt's compact JSON, keys sorted.
    const QJsonObject details{{QStringLiteral("check"), QStringLiteral("018256ea-ba80-71e2-9e8c-2d60dfaa91bc")},
                              {QStringLiteral("book"), QStringLiteral("018256ea-ba80-7745-b02a-be8795e97865")},
                              {QStringLiteral("entry"), 12},
                              {QStringLiteral("outcome"), QStringLiteral("corrected")},
                              {QStringLiteral("content"), QString(64, QLatin1Char('a'))},
                              {QStringLiteral("supersedes"), QStringLiteral("Nguyễn \"Thị\" \\ Hồng")}};
    const QByteArray written = QJsonDocument(details).toJson(QJsonDocument::Compact);
    EXPECT_EQ(text(written), QString(64, QLatin1Char('a')));
    EXPECT_EQ(text(written, "supersedes"), QStringLiteral("Nguyễn \"Thị\" \\ Hồng"));
    EXPECT_EQ(text(written, "outcome"), QStringLiteral("corrected"));
    // Any JSON around it is stepped over; escapes are decoded; spaces allowed.
    EXPECT_EQ(text(R"( { "a" : {"b":[1,-2.5e3,{"content":"inner"},[],{}]}, "t":true,"f":false,"n":null,)"
                   R"("content" : "\u1ec5\\\"x" } )"),
              QStringLiteral("ễ\\\"x"));
    // Nothing: absent, only nested, not text, given twice, not one object, malformed, not UTF-8.
    EXPECT_EQ(text(R"({"book":"b"})"), std::nullopt);
    EXPECT_EQ(text(R"({"x":{"content":"inner"}})"), std::nullopt);
    EXPECT_EQ(text(R"({"content":7})"), std::nullopt);
    EXPECT_EQ(text(R"({"content":null})"), std::nullopt);
    EXPECT_EQ(text(R"({"content":{"a":"b"}})"), std::nullopt);
    EXPECT_EQ(text(R"({"content":"a","content":"b"})"), std::nullopt);
    EXPECT_EQ(text(R"({"content":"a"} {})"), std::nullopt);
    EXPECT_EQ(text(R"(["content","a"])"), std::nullopt);
    EXPECT_EQ(text(R"("content")"), std::nullopt);
    EXPECT_EQ(text(""), std::nullopt);
    EXPECT_EQ(text(R"({"content":"a")"), std::nullopt);
    EXPECT_EQ(text(R"({"content":"a",})"), std::nullopt);
    EXPECT_EQ(text(R"({"x":tru,"content":"a"})"), std::nullopt);
    EXPECT_EQ(text(R"({"x":01,"content":"a"})"), std::nullopt);
    EXPECT_EQ(text(QByteArray("{\"content\":\"\xc3\x28\"}")), std::nullopt);
    EXPECT_EQ(text(R"({"content":"\ud800"})"), std::nullopt);
    // Nesting: 32 levels are stepped over, 33 refused (no recursion without bound).
    const auto nested = [](int depth) {
        return "{\"x\":" + QByteArray(depth, '[') + QByteArray(depth, ']') + ",\"content\":\"a\"}";
    };
    EXPECT_EQ(text(nested(32)), QStringLiteral("a"));
    EXPECT_EQ(text(nested(33)), std::nullopt);
    EXPECT_EQ(text(nested(100000)), std::nullopt);
}
