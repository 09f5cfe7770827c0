// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/services/CheckLog.h"

#include <QByteArray>
#include <QStringList>

#include <optional>

namespace dc::app::cli {

// One line of a `log import` file: a JSON object with the fields the logging screen has. Read strictly: a number
// that is not a whole number or does not fit (`book` a positive 64-bit id, `entry` a positive int, `secondsSpent` an
// int from 0), a number given as text or true/false, or text given as a number refuses the line — nothing is
// truncated or guessed. Keys the program does not know are ignored with a warning, so a misspelt key is seen.
struct ImportLine {
    std::optional<core::CheckInput> input; // nullopt when the line is refused
    QString problem;                       // why it was refused: English, naming the key, never a value
    QStringList unknownKeys;               // ignored, each reported as a warning (shortened to 100 characters)
};

[[nodiscard]] ImportLine parseImportLine(const QByteArray& line);

} // namespace dc::app::cli
