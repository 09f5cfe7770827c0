// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include <QString>

#include <optional>

namespace dc::core::domain {

// What checking one entry found (DOMAIN.md "Outcomes of checking one entry"). `Void` is not chosen by the pair
// for an entry: it is the outcome of the row that withdraws a logged check.
enum class Outcome {
    Match,               // "match": khớp
    Corrected,           // "corrected": đã sửa, with field-level corrections
    MissingEnteredNew,   // "missing_entered_new": chưa có, đã nhập mới
    DuplicateInDatabase, // "duplicate_in_database": trùng
    Escalated,           // "escalated": không xác định, xin ý kiến — with a "type what you see" transcript
    Void,                // "void": withdrawn (reason required)
};
[[nodiscard]] QString outcomeKey(Outcome outcome);
[[nodiscard]] std::optional<Outcome> outcomeFromKey(const QString& key);

} // namespace dc::core::domain
