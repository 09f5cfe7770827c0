// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/domain/IdNumber.h"

#include "core/domain/Provinces.h"
#include "core/domain/VietnameseText.h"

#include <QDate>

namespace dc::core::domain {

namespace {

constexpr qsizetype kCmndLength = 9;
constexpr qsizetype kCccdLength = 12;
constexpr qsizetype kMaxIdText = 40;

Finding finding(const QString& field, Severity severity, const char* code, QMap<QString, QString> params = {}) {
    return Finding{field, severity, QString::fromLatin1(code), std::move(params)};
}

} // namespace

QString sexKey(Sex sex) {
    return sex == Sex::Male ? QStringLiteral("male") : QStringLiteral("female");
}

std::optional<Sex> parseSex(const QString& text) {
    const QString key = foldForSearch(text);
    if (key == QLatin1String("nam") || key == QLatin1String("male") || key == QLatin1String("m")) {
        return Sex::Male;
    }
    if (key == QLatin1String("nu") || key == QLatin1String("female") || key == QLatin1String("f")) {
        return Sex::Female;
    }
    return std::nullopt;
}

QString idKindKey(IdKind kind) {
    return kind == IdKind::Cmnd ? QStringLiteral("cmnd") : QStringLiteral("cccd");
}

IdCheck checkIdNumber(const QString& text, std::optional<Sex> personSex, std::optional<int> personBirthYear,
                      const QString& field) {
    IdCheck check;
    if (text.size() > kMaxIdText) {
        check.findings.push_back(finding(field, Severity::Error, "id.length"));
        return check;
    }
    QString digits = text.normalized(QString::NormalizationForm_KC);
    digits.remove(u' ').remove(u'.');
    if (digits.isEmpty() ||
        !std::all_of(digits.begin(), digits.end(), [](QChar c) { return c >= u'0' && c <= u'9'; })) {
        check.findings.push_back(finding(field, Severity::Error, "id.not_digits"));
        return check;
    }
    IdNumber number;
    number.digits = digits;
    if (digits.size() == kCmndLength) {
        number.kind = IdKind::Cmnd;
        check.number = number;
        return check;
    }
    if (digits.size() != kCccdLength) {
        check.findings.push_back(
            finding(field, Severity::Error, "id.length", {{QStringLiteral("length"), QString::number(digits.size())}}));
        return check;
    }
    number.kind = IdKind::Cccd;
    number.provinceCode = digits.left(3);
    const auto province = provinceName(number.provinceCode);
    if (!province) {
        check.findings.push_back(
            finding(field, Severity::Error, "id.unknown_province", {{QStringLiteral("code"), number.provinceCode}}));
        return check;
    }
    number.provinceName = *province;
    const int sexCentury = digits.at(3).digitValue();
    number.sex = sexCentury % 2 == 0 ? Sex::Male : Sex::Female;
    number.birthCentury = 1900 + (sexCentury / 2) * 100;
    number.birthYear = number.birthCentury + digits.mid(4, 2).toInt();
    // Only the centuries from 2000 on can be in the future; asking the clock costs more than all the rest.
    if (number.birthCentury >= 2000 && number.birthYear > QDate::currentDate().year()) {
        check.findings.push_back(finding(field, Severity::Warning, "id.birth_year_in_future",
                                         {{QStringLiteral("year"), QString::number(number.birthYear)}}));
    }
    if (personSex && *personSex != *number.sex) {
        check.findings.push_back(finding(
            field, Severity::Warning, "id.sex_mismatch",
            {{QStringLiteral("idSex"), sexKey(*number.sex)}, {QStringLiteral("personSex"), sexKey(*personSex)}}));
    }
    if (personBirthYear && *personBirthYear != number.birthYear) {
        check.findings.push_back(finding(field, Severity::Warning, "id.birth_year_mismatch",
                                         {{QStringLiteral("idYear"), QString::number(number.birthYear)},
                                          {QStringLiteral("personYear"), QString::number(*personBirthYear)}}));
    }
    check.number = number;
    return check;
}

} // namespace dc::core::domain
