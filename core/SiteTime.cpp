// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/SiteTime.h"

#include "core/Clock.h"

namespace dc::core::sitetime {

namespace {
constexpr int kOffsetSeconds = 7 * 3600; // UTC+7
} // namespace

QTimeZone zone() {
    return QTimeZone(kOffsetSeconds);
}

QDate dayOf(const QDateTime& instant) {
    return instant.toTimeZone(zone()).date();
}

QDate dayOfStored(const QString& storedUtc) {
    const QDateTime instant = QDateTime::fromString(storedUtc, Qt::ISODate);
    return instant.isValid() ? dayOf(instant) : QDate();
}

QDateTime dayStart(const QDate& day) {
    return QDateTime(day, QTime(0, 0), zone()).toUTC();
}

QString dayStartStored(const QDate& day) {
    return toStoredTime(dayStart(day));
}

QString dayKey(const QDate& day) {
    return day.toString(Qt::ISODate);
}

} // namespace dc::core::sitetime
