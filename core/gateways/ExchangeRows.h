// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/exchange/BundlePayload.h"
#include "core/store/Statement.h"

#include <QJsonObject>

#include <string_view>

// Internal to the exchange's gateways: a travelling row between a statement's columns and its JSON object, in the
// field order of its table spec (exchange/BundlePayload.h).
namespace dc::core::gateways::rows {

// How a table keeps its UUID fields: as their text, or as their 16 bytes (hub_checks since schema 28;
// store::Statement's bindUuid and uuid).
enum class Uuids : std::uint8_t { AsText, AsBytes };

[[nodiscard]] inline bool isUuidField(exchange::FieldType type) {
    return type == exchange::FieldType::Uuid || type == exchange::FieldType::OptionalUuid;
}

// Reads the columns from `first` on, one per field of `spec`, into an object keyed as the payload is.
[[nodiscard]] inline QJsonObject read(const store::Statement& statement, const exchange::TableSpec& spec, int first,
                                      Uuids uuids = Uuids::AsText) {
    QJsonObject row;
    int column = first;
    for (const exchange::FieldSpec& field : spec.fields) {
        const QLatin1String key(field.key);
        const bool bytes = uuids == Uuids::AsBytes && isUuidField(field.type);
        switch (field.type) {
        case exchange::FieldType::Uuid:
        case exchange::FieldType::Text:
            row.insert(key, bytes ? statement.uuid(column) : statement.text(column));
            break;
        case exchange::FieldType::OptionalUuid:
        case exchange::FieldType::OptionalText:
            if (statement.isNull(column)) {
                row.insert(key, QJsonValue::Null);
            } else {
                row.insert(key, bytes ? statement.uuid(column) : statement.text(column));
            }
            break;
        case exchange::FieldType::Integer:
            row.insert(key, static_cast<double>(statement.int64(column)));
            break;
        case exchange::FieldType::OptionalInteger:
            if (statement.isNull(column)) {
                row.insert(key, QJsonValue::Null);
            } else {
                row.insert(key, static_cast<double>(statement.int64(column)));
            }
            break;
        case exchange::FieldType::Bool:
            row.insert(key, statement.int64(column) != 0);
            break;
        }
        ++column;
    }
    return row;
}

// Binds one plain value to parameter `index`: text without a copy, or, when `asUuidBytes`, as the UUID's 16 bytes.
inline void bindValue(store::Statement& statement, int index, const exchange::PlainValue& value, bool asUuidBytes) {
    switch (value.kind) {
    case exchange::PlainValue::Kind::Null:
        statement.bindNull(index);
        break;
    case exchange::PlainValue::Kind::Integer:
        statement.bindInt64(index, value.integer);
        break;
    case exchange::PlainValue::Kind::Text: {
        const std::string_view text(value.text.constData(), static_cast<std::size_t>(value.text.size()));
        asUuidBytes ? statement.bindUuid(index, text) : statement.bindUnowned(index, text);
        break;
    }
    }
}

// Binds a row's plain values (exchange::parsePayload's) to parameters from `first` on: no look-up, no conversion, no
// copy (the row must outlive the statement's reset).
inline void bind(store::Statement& statement, const exchange::PlainRow& row, int first) {
    for (std::size_t i = 0; i < row.size(); ++i) {
        bindValue(statement, first + static_cast<int>(i), row[i], false);
    }
}

// The same, with the UUID fields of `spec` bound as their 16 bytes (a table that keeps them so).
inline void bindUuidsAsBytes(store::Statement& statement, const exchange::TableSpec& spec,
                             const exchange::PlainRow& row, int first) {
    for (std::size_t i = 0; i < row.size(); ++i) {
        const bool uuid = i < spec.fields.size() && isUuidField(spec.fields[i].type);
        bindValue(statement, first + static_cast<int>(i), row[i], uuid);
    }
}

} // namespace dc::core::gateways::rows
