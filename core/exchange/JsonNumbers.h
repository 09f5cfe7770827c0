// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include <QJsonValue>

#include <cmath>
#include <optional>

namespace dc::core::exchange {

// A whole number in [min, max] from an untrusted JSON value, the one rule of the travelling files' readers (bundle
// payload, roster package, headers): JSON numbers are doubles, so a fraction, infinity, NaN or a number outside the
// bounds is refused (nullopt), as is anything that is not a number.
[[nodiscard]] inline std::optional<qint64> wholeNumberIn(double d, qint64 min, qint64 max) {
    if (!std::isfinite(d) || d != std::floor(d) || d < static_cast<double>(min) || d > static_cast<double>(max)) {
        return std::nullopt;
    }
    return static_cast<qint64>(d);
}

[[nodiscard]] inline std::optional<qint64> wholeNumberIn(const QJsonValue& value, qint64 min, qint64 max) {
    if (!value.isDouble()) {
        return std::nullopt;
    }
    return wholeNumberIn(value.toDouble(), min, max);
}

} // namespace dc::core::exchange
