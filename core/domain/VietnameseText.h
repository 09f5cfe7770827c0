// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include <QString>

namespace dc::core::domain {

// Text rules for Vietnamese values (DOMAIN.md "Values that need care"). Pure functions, no I/O.

// Vietnamese tone marks as combining characters (Unicode, "Vietnamese" in the Latin Extended Additional
// chart): huyền U+0300, sắc U+0301, ngã U+0303, hỏi U+0309, nặng U+0323.
[[nodiscard]] bool isToneMark(char32_t c) noexcept;
// The other Vietnamese diacritics: circumflex U+0302 (â ê ô), breve U+0306 (ă), horn U+031B (ơ ư).
[[nodiscard]] bool isVowelMark(char32_t c) noexcept;

// NFC, trimmed, runs of white space collapsed to one space. NFC also repairs the half-composed forms some
// Windows keyboards produce (a precomposed vowel followed by a combining tone mark).
[[nodiscard]] QString normalizedText(const QString& text);

// The search key: NFD, every combining mark dropped, đ/Đ → d, lower case, spaces collapsed. NFC and NFD
// spellings, and spellings differing only by marks, give the same key.
[[nodiscard]] QString foldForSearch(const QString& text);
// The same key made the general way, by normalising the whole text (foldForSearch takes a per-character table for
// the Latin blocks and this for anything else; the tests hold the two equal).
[[nodiscard]] QString foldForSearchByNormalizing(const QString& text);

// Lower case and collapsed spaces (the "spacing_case" comparison).
[[nodiscard]] QString caseAndSpaceKey(const QString& text);

// Like caseAndSpaceKey, but each syllable's tone mark is moved to a fixed place, so old-style and new-style
// placement ("hoà" / "hòa", "thuỷ" / "thủy", "khoẻ" / "khỏe") give the same key.
[[nodiscard]] QString tonePlacementKey(const QString& text);

// "NGUYỄN văn  an" → "Nguyễn Văn An": each word's first letter upper case, the rest lower, also after a hyphen
// or apostrophe ("H'Hen", "Bru-Vân Kiều"). Expects NFC text (normalizedText) and returns NFC.
[[nodiscard]] QString titleCase(const QString& text);

// Control characters (C0, C1, DEL, format characters such as zero-width joiners, unassigned code points, a surrogate
// without its other half); tab and newline only when `allowNewlines` is false. Judged per code point: a character
// beyond the BMP (an emoji, a Hán Nôm character of extension B) is not a control character.
[[nodiscard]] bool hasControlCharacters(const QString& text, bool allowNewlines = false);
// U+FFFD: the text came through a lossy decoding of invalid UTF-8 somewhere.
[[nodiscard]] bool hasReplacementCharacter(const QString& text);
[[nodiscard]] bool hasDigit(const QString& text);

// Levenshtein distance over code points, or limit + 1 when it is greater than `limit` (bounded work).
[[nodiscard]] int editDistance(const QString& a, const QString& b, int limit);

} // namespace dc::core::domain
