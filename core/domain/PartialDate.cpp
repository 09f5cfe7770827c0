// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/domain/PartialDate.h"

#include "core/domain/VietnameseText.h"

#include <QRegularExpression>

namespace dc::core::domain {

namespace {

constexpr int kMinYear = 1800;
constexpr int kMaxYear = 2100;
constexpr qsizetype kMaxDateText = 64;

DateParse problem(DateProblem p) {
    return DateParse{std::nullopt, p};
}

// Checks the parts and builds the date. `yearText` decides the two-digit-year case.
DateParse build(const QString& yearText, int month, int day) {
    if (yearText.size() != 4) {
        return problem(yearText.size() == 2 ? DateProblem::TwoDigitYear : DateProblem::Unreadable);
    }
    const int year = yearText.toInt();
    if (year < kMinYear || year > kMaxYear) {
        return problem(DateProblem::YearOutOfRange);
    }
    if (month < 0 || month > 12) {
        return problem(DateProblem::ImpossibleMonth);
    }
    if (month == 0 && day != 0) {
        return problem(DateProblem::DayWithoutMonth);
    }
    if (day < 0 || (month != 0 && day > QDate(year, month, 1).daysInMonth())) {
        return problem(DateProblem::ImpossibleDay);
    }
    return DateParse{PartialDate{year, month, day}, std::nullopt};
}

int age(const QDate& birth, const QDate& on) {
    int years = on.year() - birth.year();
    if (on.month() < birth.month() || (on.month() == birth.month() && on.day() < birth.day())) {
        --years;
    }
    return years;
}

// The numeric forms without regular expressions (they are most of what is typed): up to three digit groups
// separated by one kind of separator. nullopt when the text is not of that shape.
std::optional<DateParse> parseNumeric(const QString& text) {
    QString groups[3];
    int count = 0;
    QChar separator;
    for (const QChar c : text) {
        if (c >= u'0' && c <= u'9') {
            if (groups[count].size() >= 8) {
                return DateParse{std::nullopt, DateProblem::Unreadable};
            }
            groups[count].append(c);
        } else if (c == u'/' || c == u'.' || c == u'-') {
            if (groups[count].isEmpty() || count == 2 || (!separator.isNull() && c != separator)) {
                return std::nullopt;
            }
            separator = c;
            ++count;
        } else {
            return std::nullopt;
        }
    }
    if (groups[count].isEmpty()) {
        return std::nullopt;
    }
    if (count == 0) {
        return build(groups[0], 0, 0);
    }
    if (groups[0].size() > 2 || (count == 2 && groups[1].size() > 2)) {
        return DateParse{std::nullopt, DateProblem::Unreadable};
    }
    if (count == 1) {
        return build(groups[1], groups[0].toInt(), 0);
    }
    return build(groups[2], groups[1].toInt(), groups[0].toInt());
}

} // namespace

DatePrecision PartialDate::precision() const noexcept {
    if (month == 0) {
        return DatePrecision::Year;
    }
    return day == 0 ? DatePrecision::Month : DatePrecision::Day;
}

QDate PartialDate::earliest() const {
    return QDate(year, month == 0 ? 1 : month, day == 0 ? 1 : day);
}

QDate PartialDate::latest() const {
    if (month == 0) {
        return QDate(year, 12, 31);
    }
    return day == 0 ? QDate(year, month, QDate(year, month, 1).daysInMonth()) : QDate(year, month, day);
}

QString PartialDate::toString() const {
    // Written by hand: QString::arg chains cost more than the whole parse.
    QString out;
    out.reserve(10);
    const auto two = [&out](int n) {
        out.append(QChar(u'0' + n / 10));
        out.append(QChar(u'0' + n % 10));
    };
    if (day != 0) {
        two(day);
        out.append(u'/');
    }
    if (month != 0) {
        two(month);
        out.append(u'/');
    }
    two(year / 100);
    two(year % 100);
    return out;
}

DateParse parsePartialDate(const QString& text) {
    if (text.size() > kMaxDateText) {
        return problem(DateProblem::Unreadable);
    }
    const QString folded = foldForSearch(text);
    if (folded.isEmpty()) {
        return problem(DateProblem::Empty);
    }
    if (auto numeric = parseNumeric(folded)) {
        return *numeric;
    }
    static const QRegularExpression words(QStringLiteral("^(?:ngay (\\d{1,2}) )?(?:thang (\\d{1,2}) )?nam (\\d+)$"));
    if (const auto m = words.match(folded); m.hasMatch()) {
        if (m.capturedLength(1) > 0 && m.capturedLength(2) == 0) {
            return problem(DateProblem::DayWithoutMonth);
        }
        return build(m.captured(3), m.captured(2).toInt(), m.captured(1).toInt());
    }
    return problem(DateProblem::Unreadable);
}

DateOrder compareDates(const PartialDate& a, const PartialDate& b) {
    if (a.latest() < b.earliest()) {
        return DateOrder::Before;
    }
    if (a.earliest() > b.latest()) {
        return DateOrder::After;
    }
    if (a.precision() == DatePrecision::Day && b.precision() == DatePrecision::Day && a == b) {
        return DateOrder::Same;
    }
    return DateOrder::Overlap;
}

AgeRange ageRange(const PartialDate& birth, const PartialDate& on) {
    return AgeRange{std::max(0, age(birth.latest(), on.earliest())), std::max(0, age(birth.earliest(), on.latest()))};
}

} // namespace dc::core::domain
