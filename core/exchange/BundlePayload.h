// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/Result.h"
#include "core/audit/AuditLog.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

// The plaintext of a bundle (docs/HUB.md "Bundles"): compact JSON {users, books, checks (each with its corrections),
// reviews, spotSamples, spotItems, spotResults, sessions, sessionEvents, events}. Every row names rows and people by
// UUID, never by a local id. No SQL here: the gateways read and write the rows, this file builds and parses them.
//
// Each travelling table is described once, as data (`TableSpec`): its JSON keys in order, each with its type and
// bounds. The workstation's reads (ExchangeGateway) select the columns in that order, the hub's writes (HubGateway)
// bind them in that order, and the parser checks every field of every row against it: a hostile file never reaches
// the store with a value of the wrong type, an unbounded length or a number that does not fit.
namespace dc::core::exchange {

enum class FieldType {
    Uuid,            // a UUID in text form (36 characters)
    OptionalUuid,    // a UUID or null
    Text,            // text of at most `max` characters
    OptionalText,    // text or null
    Integer,         // an integer in [min, max]
    OptionalInteger, // an integer in [min, max] or null
    Bool,            // true / false
};

struct FieldSpec {
    const char* key; // the JSON key
    FieldType type;
    qint64 min = 0; // integers: the smallest value
    qint64 max = 0; // integers: the largest value; text: the most characters
};

struct TableSpec {
    const char* key; // the payload's key ("checks")
    std::span<const FieldSpec> fields;
    qint64 maxRows;
};

// The index of a field in its table's spec, by key (std::logic_error when there is none: a programming error). The
// spec is constant: callers look each index up once.
[[nodiscard]] int fieldIndex(const TableSpec& spec, const char* key);

// The travelling tables, in the order the hub applies them (people and books first, then what refers to them).
[[nodiscard]] const TableSpec& usersSpec();
[[nodiscard]] const TableSpec& booksSpec();
[[nodiscard]] const TableSpec& sessionsSpec();
[[nodiscard]] const TableSpec& sessionEventsSpec();
[[nodiscard]] const TableSpec& checksSpec();
[[nodiscard]] const TableSpec& correctionsSpec(); // inside each check, under "corrections"
[[nodiscard]] const TableSpec& reviewsSpec();
[[nodiscard]] const TableSpec& spotSamplesSpec();
[[nodiscard]] const TableSpec& spotItemsSpec();
[[nodiscard]] const TableSpec& spotResultsSpec();

struct BundlePayload {
    std::vector<QJsonObject> users;
    std::vector<QJsonObject> books;
    std::vector<QJsonObject> sessions;
    std::vector<QJsonObject> sessionEvents;
    std::vector<QJsonObject> checks; // each with "corrections": [ ... ]
    std::vector<QJsonObject> reviews;
    std::vector<QJsonObject> spotSamples;
    std::vector<QJsonObject> spotItems;
    std::vector<QJsonObject> spotResults;
    std::vector<audit::Event> events; // the audit events first..last, with their hashes
};

// Compact JSON of the payload (the rows exactly as given; events with hex hashes).
[[nodiscard]] QByteArray serializePayload(const BundlePayload& payload);

// Checks one row against its table, as a JSON object: an empty string when it conforms, else what is wrong (table and
// key, never a value). The parser below applies the same specs to the bytes; the fuzz harness holds every row it
// accepts to this one (tests/fuzz/BundlePayloadFuzz.cpp).
[[nodiscard]] QString checkRow(const TableSpec& spec, const QJsonObject& row);

// A field of a checked row as plain data, so that the hub's writing thread binds it without a JSON look-up or a
// conversion: null, an integer (a Bool is 0 or 1) or text as its UTF-8 bytes (the bytes Statement::bind would store).
struct PlainValue {
    enum class Kind : std::uint8_t { Null, Integer, Text };
    Kind kind = Kind::Null;
    qint64 integer = 0;
    QByteArray text;
};
using PlainRow = std::vector<PlainValue>; // one value per field of its spec, in the spec's order

struct ParsedCheck {
    PlainRow fields;                   // checksSpec's order
    std::vector<PlainRow> corrections; // correctionsSpec's order, as listed
};

// A bundle's plaintext as the hub reads it: every row already checked and made plain, in the payload's order.
struct ParsedPayload {
    std::vector<PlainRow> users;
    std::vector<PlainRow> books;
    std::vector<PlainRow> sessions;
    std::vector<PlainRow> sessionEvents;
    std::vector<ParsedCheck> checks;
    std::vector<PlainRow> reviews;
    std::vector<PlainRow> spotSamples;
    std::vector<PlainRow> spotItems;
    std::vector<PlainRow> spotResults;
    std::vector<audit::Event> events;
};

// Reads the payload in one pass over its bytes (no JSON document is built): checks the syntax (RFC 8259, UTF-8, no
// lone surrogate), every field of every row against its spec (types, lengths in UTF-16 units as QString counts them,
// integer bounds, row counts), and that each row has its spec's keys exactly once; the parts are the nine tables and
// "events", each once, in any order. FileRefused with a detail naming the table and key (never a value) when anything
// is off. Never throws.
[[nodiscard]] Result<ParsedPayload> parsePayload(std::span<const std::uint8_t> json);
[[nodiscard]] Result<ParsedPayload> parsePayload(const QByteArray& json);

// The text member `key` of a JSON object (a check event's details: its "content"), read by the payload's reader (RFC
// 8259, UTF-8 checked, no document built): nullopt when the bytes are not one object, the key is absent or given twice,
// or its value is not text. A malformed text never throws (only an allocation that fails would).
[[nodiscard]] std::optional<QString> objectText(std::string_view json, std::string_view key);

// A plain row back as its JSON object (the file's keys; a Bool as true/false): to keep a conflicting row's text, and
// to read a payload back (objectsOf) for tests and the fuzz harness.
[[nodiscard]] QJsonObject rowObject(const TableSpec& spec, const PlainRow& row);
[[nodiscard]] QJsonObject checkObject(const ParsedCheck& check); // with its "corrections"
[[nodiscard]] BundlePayload objectsOf(const ParsedPayload& payload);

// The canonical text of a row, to tell "the same UUID with the same content" from a conflict: compact JSON, keys
// sorted (QJsonObject keeps them sorted).
[[nodiscard]] QByteArray canonicalRow(const QJsonObject& row);

} // namespace dc::core::exchange
