// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/domain/CorrectionClass.h"

#include "core/domain/Ethnicity.h"
#include "core/domain/IdNumber.h"
#include "core/domain/PartialDate.h"
#include "core/domain/VietnameseText.h"

#include <QRegularExpression>

#include <array>
#include <vector>

namespace dc::core::domain {

namespace {

constexpr std::array<std::pair<CorrectionClass, const char*>, 14> kClasses = {{
    {CorrectionClass::None, "none"},
    {CorrectionClass::MissingInDb, "missing_in_db"},
    {CorrectionClass::ExtraInDb, "extra_in_db"},
    {CorrectionClass::Format, "format"},
    {CorrectionClass::DatePrecision, "date_precision"},
    {CorrectionClass::SpacingCase, "spacing_case"},
    {CorrectionClass::TonePlacement, "tone_placement"},
    {CorrectionClass::Diacritic, "diacritic"},
    {CorrectionClass::DateDayMonthSwap, "date_day_month_swap"},
    {CorrectionClass::DateOther, "date_other"},
    {CorrectionClass::Number, "number"},
    {CorrectionClass::Value, "value"},
    {CorrectionClass::Spelling, "spelling"},
    {CorrectionClass::Other, "other"},
}};

// Beyond this length two values are compared for equality classes only: the edit distance is skipped.
constexpr qsizetype kMaxCompared = 1000;
constexpr int kSpellingDistance = 2;

// The readings of a date under the national system's convention (TT 04/2020 art. 32): an unknown day is
// written 01 and an unknown day and month 01/01, so 01/03/1950 may mean "03/1950" and 01/01/1950 "1950".
std::vector<PartialDate> readings(const PartialDate& d) {
    std::vector<PartialDate> out{d};
    if (d.precision() == DatePrecision::Day && d.day == 1) {
        out.push_back(PartialDate{d.year, d.month, 0});
        if (d.month == 1) {
            out.push_back(PartialDate{d.year, 0, 0});
        }
    }
    return out;
}

// True when the less precise of the two has every part equal to the other's.
bool agreeOnLessPrecise(const PartialDate& a, const PartialDate& b) {
    if (a.year != b.year) {
        return false;
    }
    const DatePrecision least = std::min(a.precision(), b.precision());
    if (least >= DatePrecision::Month && a.month != b.month) {
        return false;
    }
    return least < DatePrecision::Day || a.day == b.day;
}

bool datePrecisionOnly(const PartialDate& a, const PartialDate& b) {
    for (const PartialDate& ra : readings(a)) {
        for (const PartialDate& rb : readings(b)) {
            if (ra.precision() != rb.precision() && agreeOnLessPrecise(ra, rb)) {
                return true;
            }
        }
    }
    return false;
}

// The digits of a value made only of digits and separators (" . - /"), or "" when it holds anything else.
QString digitsOf(const QString& text, const QString& separators) {
    QString digits;
    for (const QChar c : text) {
        if (c >= u'0' && c <= u'9') {
            digits.append(c);
        } else if (!separators.contains(c)) {
            return {};
        }
    }
    return digits;
}

// The member of a closed set a value names, as a key ("male", "12"), or "" when it names none.
QString memberOf(ClassifierKind kind, const QString& text) {
    if (text.size() > maxLength(ValueKind::Ethnicity)) {
        return {}; // longer than any value of the set may be: none of its members
    }
    if (kind == ClassifierKind::Sex) {
        const auto sex = parseSex(text);
        return sex ? sexKey(*sex) : QString();
    }
    const auto group = findEthnicity(text);
    return group ? QString::number(group->code) : QString();
}

} // namespace

QString correctionClassKey(CorrectionClass c) {
    for (const auto& [value, key] : kClasses) {
        if (value == c) {
            return QString::fromLatin1(key);
        }
    }
    return QStringLiteral("other");
}

std::optional<CorrectionClass> correctionClassFromKey(const QString& key) {
    for (const auto& [value, k] : kClasses) {
        if (key == QLatin1String(k)) {
            return value;
        }
    }
    return std::nullopt;
}

bool isWritingDifference(CorrectionClass c) noexcept {
    return c == CorrectionClass::None || c == CorrectionClass::Format || c == CorrectionClass::DatePrecision ||
           c == CorrectionClass::SpacingCase || c == CorrectionClass::TonePlacement;
}

ClassifierKind classifierKindFor(ValueKind kind) noexcept {
    switch (kind) {
    case ValueKind::Date:
        return ClassifierKind::Date;
    case ValueKind::IdNumber:
    case ValueKind::Number:
    case ValueKind::Year:
    case ValueKind::Phone:
        return ClassifierKind::Number;
    case ValueKind::PersonName:
        return ClassifierKind::Name;
    case ValueKind::Sex:
        return ClassifierKind::Sex;
    case ValueKind::Ethnicity:
        return ClassifierKind::Ethnicity;
    default:
        return ClassifierKind::Text;
    }
}

std::optional<ClassifierKind> classifierKindFromKey(const QString& key) {
    if (key == QLatin1String("name")) {
        return ClassifierKind::Name;
    }
    if (key == QLatin1String("date")) {
        return ClassifierKind::Date;
    }
    if (key == QLatin1String("number")) {
        return ClassifierKind::Number;
    }
    if (key == QLatin1String("text")) {
        return ClassifierKind::Text;
    }
    if (key == QLatin1String("sex")) {
        return ClassifierKind::Sex;
    }
    if (key == QLatin1String("ethnicity")) {
        return ClassifierKind::Ethnicity;
    }
    return std::nullopt;
}

CorrectionClass classifyCorrection(ClassifierKind kind, const QString& beforeText, const QString& afterText) {
    const QString before = beforeText.normalized(QString::NormalizationForm_C).trimmed();
    const QString after = afterText.normalized(QString::NormalizationForm_C).trimmed();
    if (before == after) {
        return CorrectionClass::None;
    }
    if (before.isEmpty()) {
        return CorrectionClass::MissingInDb;
    }
    if (after.isEmpty()) {
        return CorrectionClass::ExtraInDb;
    }
    if (kind == ClassifierKind::Sex || kind == ClassifierKind::Ethnicity) {
        const QString member = memberOf(kind, before);
        return !member.isEmpty() && member == memberOf(kind, after) ? CorrectionClass::Format : CorrectionClass::Value;
    }

    std::optional<PartialDate> beforeDate;
    std::optional<PartialDate> afterDate;
    if (kind == ClassifierKind::Date) {
        beforeDate = parsePartialDate(before).date;
        afterDate = parsePartialDate(after).date;
        if (beforeDate && afterDate && *beforeDate == *afterDate) {
            return CorrectionClass::Format;
        }
    }
    if (kind == ClassifierKind::Number) {
        static const QString separators = QStringLiteral(" .-/");
        const QString a = digitsOf(before, separators);
        if (!a.isEmpty() && a == digitsOf(after, separators)) {
            return CorrectionClass::Format;
        }
    }
    if (beforeDate && afterDate && datePrecisionOnly(*beforeDate, *afterDate)) {
        return CorrectionClass::DatePrecision;
    }
    if (caseAndSpaceKey(before) == caseAndSpaceKey(after)) {
        return CorrectionClass::SpacingCase;
    }
    if (tonePlacementKey(before) == tonePlacementKey(after)) {
        return CorrectionClass::TonePlacement;
    }
    const QString foldedBefore = foldForSearch(before);
    const QString foldedAfter = foldForSearch(after);
    if (foldedBefore == foldedAfter) {
        return CorrectionClass::Diacritic;
    }
    if (beforeDate && afterDate) {
        const PartialDate& a = *beforeDate;
        const PartialDate& b = *afterDate;
        if (a.precision() == DatePrecision::Day && b.precision() == DatePrecision::Day && a.year == b.year &&
            a.day == b.month && a.month == b.day) {
            return CorrectionClass::DateDayMonthSwap;
        }
        return CorrectionClass::DateOther;
    }
    static const QString numberSeparators = QStringLiteral(" .");
    const QString beforeDigits = digitsOf(before, numberSeparators);
    const QString afterDigits = digitsOf(after, numberSeparators);
    if (!beforeDigits.isEmpty() && !afterDigits.isEmpty() && beforeDigits != afterDigits) {
        return CorrectionClass::Number;
    }
    if (before.size() <= kMaxCompared && after.size() <= kMaxCompared &&
        editDistance(foldedBefore, foldedAfter, kSpellingDistance) <= kSpellingDistance) {
        return CorrectionClass::Spelling;
    }
    return CorrectionClass::Other;
}

} // namespace dc::core::domain
