// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

// Internal to core/training: the strict, bounded reading shared by the book and the results files. Each refusal is
// InvalidInput with an English detail naming where (a path such as "entries[3].book[2].value") and never a value.

#include "core/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <initializer_list>
#include <optional>

namespace dc::core::training::strict {

// Thrown inside the readers and turned into their Result at their boundary.
struct Refusal {
    QString detail;
};
[[noreturn]] void refuse(const QString& detail);

// The file's bytes as one JSON object: at most kMaxTrainingFileBytes, valid UTF-8, JSON, an object.
[[nodiscard]] QJsonObject document(const QByteArray& bytes, const char* what);
// Refuses any key of `object` outside `required` and `optional`, and a missing required one.
void keys(const QJsonObject& object, const QString& where, std::initializer_list<const char*> required,
          std::initializer_list<const char*> optional = {});
// A string of at most kMaxTrainingText characters without control characters (empty allowed unless `nonEmpty`).
[[nodiscard]] QString text(const QJsonValue& value, const QString& where, bool nonEmpty = false);
// A whole number in [least, most] (a JSON number holds integers exactly up to 2^53).
[[nodiscard]] qint64 integer(const QJsonValue& value, const QString& where, qint64 least, qint64 most);
// A finite number in [least, most].
[[nodiscard]] double number(const QJsonValue& value, const QString& where, double least, double most);
[[nodiscard]] bool boolean(const QJsonValue& value, const QString& where);
// An unsigned 64-bit number written as decimal digits in a string (a JSON number cannot hold it exactly).
[[nodiscard]] quint64 seed(const QJsonValue& value, const QString& where);
// An array of at most `most` items.
[[nodiscard]] QJsonArray array(const QJsonValue& value, const QString& where, qsizetype most);
[[nodiscard]] QJsonObject object(const QJsonValue& value, const QString& where);

template <typename F> auto guarded(F read) -> Result<decltype(read())> {
    try {
        return read();
    } catch (const Refusal& refusal) {
        return makeError(ErrorCode::InvalidInput, refusal.detail);
    }
}

} // namespace dc::core::training::strict
