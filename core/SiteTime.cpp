// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/SiteTime.h"

#include "core/Clock.h"

namespace dc::core::sitetime {

namespace {
constexpr int kOffsetSeconds = 7 * 3600; // UTC+7
constexpr int kOffsetHours = kOffsetSeconds / 3600;

// The digits of text[from, from + n) as a number, or -1 when one is not an ASCII digit.
int digits(QStringView text, qsizetype from, qsizetype n) {
    int value = 0;
    for (qsizetype i = from; i < from + n; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9') {
            return -1;
        }
        value = value * 10 + (c - u'0');
    }
    return value;
}

int daysInMonth(int year, int month) {
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : kDays[month - 1];
}
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

QString dayKeyOfStored(QStringView storedUtc) {
    // "YYYY-MM-DDTHH:MM:SSZ": Clock.h's toStoredTime for years 1000–9999.
    if (storedUtc.size() == 20 && storedUtc[4] == u'-' && storedUtc[7] == u'-' && storedUtc[10] == u'T' &&
        storedUtc[13] == u':' && storedUtc[16] == u':' && storedUtc[19] == u'Z') {
        int year = digits(storedUtc, 0, 4);
        int month = digits(storedUtc, 5, 2);
        int day = digits(storedUtc, 8, 2);
        const int hour = digits(storedUtc, 11, 2);
        const int minute = digits(storedUtc, 14, 2);
        const int second = digits(storedUtc, 17, 2);
        if (year >= 1000 && year <= 9998 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) &&
            hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 && second >= 0 && second <= 59) {
            if (hour + kOffsetHours >= 24) { // the site's next day
                if (++day > daysInMonth(year, month)) {
                    day = 1;
                    if (++month > 12) {
                        month = 1;
                        ++year;
                    }
                }
            }
            char key[10] = {static_cast<char>('0' + year / 1000),
                            static_cast<char>('0' + year / 100 % 10),
                            static_cast<char>('0' + year / 10 % 10),
                            static_cast<char>('0' + year % 10),
                            '-',
                            static_cast<char>('0' + month / 10),
                            static_cast<char>('0' + month % 10),
                            '-',
                            static_cast<char>('0' + day / 10),
                            static_cast<char>('0' + day % 10)};
            return QString::fromLatin1(key, 10);
        }
    }
    return dayKey(dayOfStored(storedUtc.toString()));
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
