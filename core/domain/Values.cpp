// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/domain/Values.h"

#include "core/domain/Ethnicity.h"
#include "core/domain/IdNumber.h"
#include "core/domain/PartialDate.h"
#include "core/domain/VietnameseText.h"

#include <QRegularExpression>

#include <array>

namespace dc::core::domain {

namespace {

struct KindInfo {
    ValueKind kind;
    const char* key;
};

constexpr std::array<KindInfo, 13> kKinds = {{
    {ValueKind::PersonName, "name"},
    {ValueKind::Date, "date"},
    {ValueKind::Sex, "sex"},
    {ValueKind::Ethnicity, "ethnicity"},
    {ValueKind::Nationality, "nationality"},
    {ValueKind::Place, "place"},
    {ValueKind::IdNumber, "id_number"},
    {ValueKind::Text, "text"},
    {ValueKind::Number, "number"},
    {ValueKind::Year, "year"},
    {ValueKind::Time, "time"},
    {ValueKind::Phone, "phone"},
    {ValueKind::Email, "email"},
}};

Finding error(const QString& field, const char* code, QMap<QString, QString> params = {}) {
    return Finding{field, Severity::Error, QString::fromLatin1(code), std::move(params)};
}

CheckedValue refused(const QString& field, const char* code, QMap<QString, QString> params = {}) {
    CheckedValue v;
    v.findings.push_back(error(field, code, std::move(params)));
    return v;
}

CheckedValue accepted(QString normalized) {
    CheckedValue v;
    v.normalized = std::move(normalized);
    return v;
}

// Letters of the Vietnamese alphabet (and f, j, w, z, used in minority and foreign names), đ, space, hyphen and
// apostrophe; checked on the NFD form, where marks follow their letter. Tone marks sit only on vowels, the
// circumflex only on a, e, o, the breve only on a, the horn only on o and u — so "ñ" or "ç" are refused.
bool isNameText(const QString& nfd) {
    char32_t base = 0;
    for (const char32_t c : nfd.toUcs4()) {
        const char32_t lower = (c >= U'A' && c <= U'Z') ? c + 32 : c;
        if ((lower >= U'a' && lower <= U'z') || c == 0x0111 || c == 0x0110) {
            base = lower;
        } else if (c == U' ' || c == U'-' || c == U'\'') {
            base = 0;
        } else if (isToneMark(c)) {
            if (!QStringView(u"aeiouy").contains(QChar(base))) {
                return false;
            }
        } else if (c == 0x0302) { // circumflex
            if (base != U'a' && base != U'e' && base != U'o') {
                return false;
            }
        } else if (c == 0x0306) { // breve
            if (base != U'a') {
                return false;
            }
        } else if (c == 0x031B) { // horn
            if (base != U'o' && base != U'u') {
                return false;
            }
        } else {
            return false;
        }
    }
    return true;
}

CheckedValue checkName(const QString& text, const QString& field) {
    if (hasDigit(text)) {
        return refused(field, "name.digits");
    }
    QString decomposed = text.normalized(QString::NormalizationForm_D).simplified();
    decomposed.replace(QChar(0x2019), u'\''); // typographic apostrophe, as in "H’Mông"
    if (!isNameText(decomposed)) {
        return refused(field, "name.invalid_character");
    }
    const QString name = decomposed.normalized(QString::NormalizationForm_C);
    CheckedValue v = accepted(name);
    const QString title = titleCase(name);
    if (title != name) {
        v.suggestion = title;
    }
    return v;
}

CheckedValue checkDate(const QString& text, const QString& field) {
    const DateParse parsed = parsePartialDate(text);
    if (parsed.date) {
        CheckedValue v = accepted(parsed.date->toString());
        v.date = parsed.date;
        return v;
    }
    switch (*parsed.problem) {
    case DateProblem::Empty:
        return {};
    case DateProblem::Unreadable:
        return refused(field, "date.unreadable");
    case DateProblem::TwoDigitYear:
        return refused(field, "date.two_digit_year");
    case DateProblem::YearOutOfRange:
        return refused(field, "date.year_out_of_range");
    case DateProblem::ImpossibleMonth:
        return refused(field, "date.impossible_month");
    case DateProblem::ImpossibleDay:
        return refused(field, "date.impossible_day");
    case DateProblem::DayWithoutMonth:
        return refused(field, "date.day_without_month");
    }
    return refused(field, "date.unreadable");
}

CheckedValue checkFreeText(const QString& text, bool allowNewlines) {
    return accepted(allowNewlines ? text.normalized(QString::NormalizationForm_C).trimmed() : normalizedText(text));
}

CheckedValue checkNationality(const QString& text, const QString& field) {
    const QString value = normalizedText(text);
    if (hasDigit(value)) {
        return refused(field, "nationality.invalid");
    }
    const QString key = foldForSearch(value).remove(u' ');
    if (key == QLatin1String("vietnam") || key == QLatin1String("vn")) {
        return accepted(QStringLiteral("Việt Nam"));
    }
    return accepted(value);
}

// `text` is in NFKC already (checkValue): ASCII digits only, so no other script's digit is stored.
CheckedValue checkNumber(const QString& text, const QString& field, int least, int most, const char* code) {
    const QString value = text.trimmed();
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,9}$"));
    if (!digits.match(value).hasMatch()) {
        return refused(field, code);
    }
    const int number = value.toInt();
    if (number < least || number > most) {
        return refused(field, code);
    }
    return accepted(QString::number(number));
}

CheckedValue checkTime(const QString& text, const QString& field) {
    static const QRegularExpression pattern(
        QStringLiteral("^([0-9]{1,2})\\s*(?:[:h]|gio)\\s*([0-9]{1,2})?\\s*(?:phut)?$"));
    const auto m = pattern.match(foldForSearch(text));
    if (!m.hasMatch()) {
        return refused(field, "time.invalid");
    }
    const int hour = m.captured(1).toInt();
    const int minute = m.capturedLength(2) > 0 ? m.captured(2).toInt() : 0;
    if (hour > 23 || minute > 59) {
        return refused(field, "time.invalid");
    }
    return accepted(QStringLiteral("%1:%2").arg(hour, 2, 10, QLatin1Char('0')).arg(minute, 2, 10, QLatin1Char('0')));
}

// Mobile numbers have 10 digits and start 03, 05, 07, 08 or 09 (since the 2018 renumbering); landlines have
// 11 digits starting 02 (0274 for Bình Dương). +84 / 84 stand for the leading 0.
CheckedValue checkPhone(const QString& text, const QString& field) {
    QString digits = text;
    digits.remove(QRegularExpression(QStringLiteral("[\\s.()-]")));
    if (digits.startsWith(u'+')) {
        digits.remove(0, 1);
        if (!digits.startsWith(QLatin1String("84"))) {
            return refused(field, "phone.invalid");
        }
    }
    if (digits.startsWith(QLatin1String("84")) && digits.size() >= 11) {
        digits = QLatin1Char('0') + digits.mid(2);
    }
    static const QRegularExpression mobile(QStringLiteral("^0[35789][0-9]{8}$"));
    static const QRegularExpression landline(QStringLiteral("^02[0-9]{9}$"));
    if (!mobile.match(digits).hasMatch() && !landline.match(digits).hasMatch()) {
        return refused(field, "phone.invalid");
    }
    return accepted(digits);
}

// A deliberately plain check (RFC 5321 lengths, one @, a dot in the domain, no spaces): anything stricter
// refuses real addresses.
CheckedValue checkEmail(const QString& text, const QString& field) {
    const QString value = text.trimmed();
    static const QRegularExpression pattern(QStringLiteral("^([^@\\s]{1,64})@([^@\\s]+\\.[^@\\s.]+)$"));
    const auto m = pattern.match(value);
    if (value.size() > 254 || !m.hasMatch() || m.captured(2).startsWith(u'.') ||
        m.captured(2).contains(QLatin1String(".."))) {
        return refused(field, "email.invalid");
    }
    return accepted(m.captured(1) + u'@' + m.captured(2).toLower());
}

} // namespace

QString valueKindKey(ValueKind kind) {
    for (const KindInfo& info : kKinds) {
        if (info.kind == kind) {
            return QString::fromLatin1(info.key);
        }
    }
    return {};
}

std::optional<ValueKind> valueKindFromKey(const QString& key) {
    for (const KindInfo& info : kKinds) {
        if (key == QLatin1String(info.key)) {
            return info.kind;
        }
    }
    return std::nullopt;
}

int maxLength(ValueKind kind) noexcept {
    switch (kind) {
    case ValueKind::PersonName:
    case ValueKind::Nationality:
    case ValueKind::Ethnicity:
        return 100;
    case ValueKind::Place:
        return 300;
    case ValueKind::Text:
        return 2000;
    case ValueKind::Email:
        return 254;
    default:
        return 64;
    }
}

bool isWrittenWithDigits(ValueKind kind) noexcept {
    switch (kind) {
    case ValueKind::Date:
    case ValueKind::IdNumber:
    case ValueKind::Number:
    case ValueKind::Year:
    case ValueKind::Time:
    case ValueKind::Phone:
        return true;
    default:
        return false;
    }
}

QString typedForm(ValueKind kind, const QString& text) {
    return text.normalized(isWrittenWithDigits(kind) ? QString::NormalizationForm_KC : QString::NormalizationForm_C)
        .trimmed();
}

CheckedValue checkValue(ValueKind kind, const QString& typed, const QString& field) {
    if (typed.trimmed().isEmpty()) {
        return {};
    }
    if (typed.size() > maxLength(kind)) {
        return refused(field, "value.too_long", {{QStringLiteral("max"), QString::number(maxLength(kind))}});
    }
    // Checked after the length, so a megabyte is refused before it is normalised.
    const QString text = isWrittenWithDigits(kind) ? typed.normalized(QString::NormalizationForm_KC) : typed;
    if (hasReplacementCharacter(text)) {
        return refused(field, "value.invalid_encoding");
    }
    if (hasControlCharacters(text, kind == ValueKind::Text)) {
        return refused(field, "value.control_characters");
    }
    switch (kind) {
    case ValueKind::PersonName:
        return checkName(text, field);
    case ValueKind::Date:
        return checkDate(text, field);
    case ValueKind::Sex: {
        const auto sex = parseSex(text);
        return sex ? accepted(sexKey(*sex)) : refused(field, "sex.unknown");
    }
    case ValueKind::Ethnicity: {
        const auto group = findEthnicity(text);
        return group ? accepted(group->name) : refused(field, "ethnicity.unknown");
    }
    case ValueKind::Nationality:
        return checkNationality(text, field);
    case ValueKind::Place:
        return checkFreeText(text, false);
    case ValueKind::Text:
        return checkFreeText(text, true);
    case ValueKind::IdNumber: {
        IdCheck check = checkIdNumber(text, std::nullopt, std::nullopt, field);
        CheckedValue v;
        v.findings = std::move(check.findings);
        if (check.number) {
            v.normalized = check.number->digits;
        }
        return v;
    }
    case ValueKind::Number:
        return checkNumber(text, field, 1, 999999, "number.invalid");
    case ValueKind::Year:
        return checkNumber(text, field, 1800, 2100, "year.invalid");
    case ValueKind::Time:
        return checkTime(text, field);
    case ValueKind::Phone:
        return checkPhone(text, field);
    case ValueKind::Email:
        return checkEmail(text, field);
    }
    return refused(field, "value.invalid_encoding");
}

} // namespace dc::core::domain
