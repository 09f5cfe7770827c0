// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

// The limits of what a person types beside the register's values, defined once: the logging service, the
// supervisor's decisions and the GUI all use these (a value's own length is Values.h's maxLength).
namespace dc::core::domain {

// Time spent on one entry, as logged with it: a day at most (CSPro's operator statistics; more is a clock error).
inline constexpr int kMaxSecondsSpent = 24 * 3600;
// The reason of an amendment, a void or a supervisor's decision, in characters after NFC.
inline constexpr int kMaxReasonLength = 1000;
// A supervisor's note to the pair (a return, a resolved escalation, a spot-check result), in characters.
inline constexpr int kMaxNoteLength = 2000;

} // namespace dc::core::domain
