// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

// The site's time: where "today", "a day's work" and a report's days begin. Times are stored in UTC (Clock.h);
// days are Vietnam's civil days (Asia/Ho_Chi_Minh, UTC+7 all year: no daylight saving since 1975), computed here
// and nowhere else.
namespace dc::core::sitetime {

// UTC+7 as a fixed offset: the same on every machine, whatever its time zone database holds.
[[nodiscard]] QTimeZone zone();
// The site's day a UTC instant falls on.
[[nodiscard]] QDate dayOf(const QDateTime& instant);
// The site's day of a stored time ("2022-12-01T17:30:00Z" → 2022-12-02); invalid when the text is not a time.
[[nodiscard]] QDate dayOfStored(const QString& storedUtc);
// The same as dayKey(dayOfStored(storedUtc)) ("" when not a time), cheap for the stored form "YYYY-MM-DDTHH:MM:SSZ":
// read from the text with the UTC+7 shift, no QDateTime (the hub's import calls it per check); any other text takes
// dayOfStored's way.
[[nodiscard]] QString dayKeyOfStored(QStringView storedUtc);
// The first instant of a site day, as UTC.
[[nodiscard]] QDateTime dayStart(const QDate& day);
// The same as stored text, for comparing with stored times: [dayStartStored(d), dayStartStored(d + 1)) is day d.
[[nodiscard]] QString dayStartStored(const QDate& day);
// A site day as stored in day-keyed rows: ISO 8601 "2022-12-01".
[[nodiscard]] QString dayKey(const QDate& day);

} // namespace dc::core::sitetime
