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

// Reads the columns from `first` on, one per field of `spec`, into an object keyed as the payload is.
[[nodiscard]] inline QJsonObject read(const store::Statement& statement, const exchange::TableSpec& spec, int first) {
    QJsonObject row;
    int column = first;
    for (const exchange::FieldSpec& field : spec.fields) {
        const QLatin1String key(field.key);
        switch (field.type) {
        case exchange::FieldType::Uuid:
        case exchange::FieldType::Text:
            row.insert(key, statement.text(column));
            break;
        case exchange::FieldType::OptionalUuid:
        case exchange::FieldType::OptionalText:
            if (statement.isNull(column)) {
                row.insert(key, QJsonValue::Null);
            } else {
                row.insert(key, statement.text(column));
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

// Binds a row's plain values (exchange::parsePayload's) to parameters from `first` on: no look-up, no conversion, no
// copy (the row must outlive the statement's reset).
inline void bind(store::Statement& statement, const exchange::PlainRow& row, int first) {
    int index = first;
    for (const exchange::PlainValue& value : row) {
        switch (value.kind) {
        case exchange::PlainValue::Kind::Null:
            statement.bindNull(index);
            break;
        case exchange::PlainValue::Kind::Integer:
            statement.bindInt64(index, value.integer);
            break;
        case exchange::PlainValue::Kind::Text:
            statement.bindUnowned(
                index, std::string_view(value.text.constData(), static_cast<std::size_t>(value.text.size())));
            break;
        }
        ++index;
    }
}

} // namespace dc::core::gateways::rows
