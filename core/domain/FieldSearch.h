// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/domain/EntrySchema.h"

#include <QString>

#include <optional>
#include <vector>

namespace dc::core::domain {

// How well a field answers what was typed in a field picker (the logging screen's and the spot-check's), best first.
enum class FieldMatch {
    Exact,  // the whole of a label or synonym: "ngày sinh", "cccd", "quê quán"
    Prefix, // the start of one, word by word: "ngay s", "que", "dan"
    Words,  // each typed word starts a word of one, in any order: "sinh ngay", "ten cha"
};

// Whether `text` answers `query` and how well: each word typed starts a word of the text, tone marks, đ and case
// ignored; words are split at anything not a letter or digit. nullopt when it does not; an empty query answers
// (Prefix).
[[nodiscard]] std::optional<FieldMatch> matchText(const QString& query, const QString& text);

// Whether `field` answers `query` and how well: each word typed (tone marks, đ and case ignored — "ngay sinh" is
// "Ngày sinh") must start a word of the field's Vietnamese or English label, its key, or one of the synonyms its
// schema keeps for it (`synonyms` in resources/*.json: "cccd", "cmnd", "ns", "nguyên quán", ...). The best of them
// counts. nullopt when none answers; an empty query answers every field (Prefix).
[[nodiscard]] std::optional<FieldMatch> matchField(const FieldSpec& field, const QString& query);

// The fields of `fields` that answer `query`, the best matches first (exact, then prefix, then words), each rank in
// the order given.
[[nodiscard]] std::vector<const FieldSpec*> searchFields(const std::vector<const FieldSpec*>& fields,
                                                         const QString& query);

} // namespace dc::core::domain
