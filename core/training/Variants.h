// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

// Internal to core/training: the generator's ways of writing a value as the national database might hold it. Each
// returns an empty string when it does not apply to the value; the classes they give are checked by the tests against
// domain::classifyCorrection (plantedClass).

#include <QString>

namespace dc::core::training::variants {

// "Nguyễn Văn Hòa" → "Nguyen Van Hoa": every mark dropped, đ → d, case kept (empty when nothing changes).
[[nodiscard]] QString withoutMarks(const QString& name);

// The same words with the other tone placement of an open "oa", "oe" or "uy" syllable ("Hòa" ↔ "Hoà", "Thúy" ↔
// "Thuý"); "qu" is a consonant, so "Quý" has none. Empty when no word has one.
[[nodiscard]] QString otherTonePlacement(const QString& name);

// A letter or two wrong, as a clerk mishears or mistypes a name: a final n/ng/nh, c/t, m/n, an initial s/x, l/n,
// tr/ch, d/gi/v, th/t, kh/k, ph/p, ng/nh swapped. `choice` picks among the changes that apply (any number; taken
// modulo their count). Only ASCII letters change, so tone marks stay. Empty when none applies.
[[nodiscard]] QString misspelt(const QString& name, quint64 choice);

} // namespace dc::core::training::variants
