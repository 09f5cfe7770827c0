// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/training/Training.h"

#include <QString>

// Words for the training day's values (issue 18) in the interface language: the kinds of mistake, the reasons a pair
// needs another round, and the numbers of a score. The explanations of each mistake are core's (Mistake::explanationVi
// and explanationEn); nothing here decides what is right.
namespace dc::gui::trainingtext {

[[nodiscard]] QString mistakeKindName(core::training::MistakeKind kind);
// A board row's reason (core::training::BoardRow::reasons, stable keys: "birth.outcomes_below_90", "death.missing",
// "nothing_logged") or a score's (core::training::readinessReasons) in words; an unknown key as it is.
[[nodiscard]] QString reasonText(const QString& key);
// "8/10"
[[nodiscard]] QString fraction(int part, int whole);
// "12,5" in Vietnamese, "12.5" in English: one decimal.
[[nodiscard]] QString decimal(double value, bool vietnamese);
// What a mistake says was expected or logged, readable: an outcome key as the outcome's name, a value as it is, and
// "—" for nothing.
[[nodiscard]] QString answerText(const QString& value);

} // namespace dc::gui::trainingtext
