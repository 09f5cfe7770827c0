// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include <QDateTime>

#include <functional>

namespace dc::core {

// The current UTC time. Services take a Clock so tests can move time without sleeping.
using Clock = std::function<QDateTime()>;

[[nodiscard]] inline Clock systemClock() {
    return [] { return QDateTime::currentDateTimeUtc(); };
}

// Times are stored as UTC ISO 8601 with seconds ("2022-12-01T01:30:00Z").
[[nodiscard]] inline QString toStoredTime(const QDateTime& time) {
    return time.toUTC().toString(Qt::ISODate);
}

} // namespace dc::core
