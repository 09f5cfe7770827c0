// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// validate, check-id, classify: the civil-status domain for office staff and scripts. No database.
#include "app/cli/CliContext.h"
#include "app/cli/InputFile.h"

#include "core/domain/CorrectionClass.h"
#include "core/domain/EntrySchema.h"
#include "core/domain/EntryValidator.h"
#include "core/domain/IdNumber.h"
#include "core/domain/Messages.h"
#include "core/domain/PartialDate.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace dc::app::cli {

namespace {

using namespace dc::core::domain;

QJsonArray findingsJson(const Findings& findings, const EntrySchema* schema) {
    QJsonArray out;
    for (const Finding& f : findings) {
        out.append(QJsonObject{{QStringLiteral("field"), f.field},
                               {QStringLiteral("severity"), severityKey(f.severity)},
                               {QStringLiteral("code"), f.code},
                               {QStringLiteral("messageVi"), findingMessage(f, Language::Vietnamese, schema)},
                               {QStringLiteral("messageEn"), findingMessage(f, Language::English, schema)}});
    }
    return out;
}

void printFindings(QTextStream& out, const Findings& findings, const EntrySchema* schema) {
    for (const Finding& f : findings) {
        out << severityKey(f.severity).leftJustified(8) << (f.field.isEmpty() ? QStringLiteral("(entry)") : f.field)
            << "  " << f.code << "\n"
            << "        vi: " << findingMessage(f, Language::Vietnamese, schema) << "\n"
            << "        en: " << findingMessage(f, Language::English, schema) << "\n";
    }
    int errors = 0;
    for (const Finding& f : findings) {
        errors += f.severity == Severity::Error ? 1 : 0;
    }
    out << errors << " error(s), " << (static_cast<int>(findings.size()) - errors) << " warning(s)\n";
    out.flush();
}

QJsonObject stringMap(const EntryValues& values) {
    QJsonObject out;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        out.insert(it.key(), it.value());
    }
    return out;
}

} // namespace

int runValidate(CliContext& context) {
    const QStringList& p = context.args().positional;
    const auto typeText = context.required(QStringLiteral("type"));
    if (!typeText) {
        return kExitUsage;
    }
    const auto type = recordTypeFromKey(*typeText);
    if (!type) {
        return context.usage(QStringLiteral("--type is birth, marriage or death"));
    }
    if (p.size() != 2) {
        return context.usage(QStringLiteral("validate needs one FILE.json, or - for standard input"));
    }
    ValidationContext rules;
    if (const auto cutoff = context.args().value(QStringLiteral("cutoff"))) {
        const auto date = parsePartialDate(*cutoff).date;
        if (!date || date->precision() != DatePrecision::Day) {
            return context.usage(QStringLiteral("--cutoff is a full date, dd/mm/yyyy"));
        }
        rules.campaignCutoff = date->earliest();
    }
    QString error;
    const auto contents = readInput(p.at(1), kMaxEntryInputBytes, error);
    if (!contents) {
        return context.fail(error);
    }
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(*contents, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return context.fail(QStringLiteral("%1 is not a JSON object of field keys and values (%2 at offset %3)")
                                .arg(p.at(1), parseError.errorString())
                                .arg(parseError.offset));
    }
    EntryValues values;
    const QJsonObject object = document.object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it->isString()) {
            values.insert(it.key(), it->toString());
        } else if (it->isDouble()) {
            values.insert(it.key(), QString::number(it->toDouble(), 'g', 15));
        } else if (!it->isNull()) {
            return context.fail(QStringLiteral("the value of '%1' is not text").arg(it.key().left(100)));
        }
    }
    const EntrySchema& schema = entrySchema(*type);
    const EntryCheck check = validateEntry(schema, values, rules);
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("type"), recordTypeKey(*type)},
                                      {QStringLiteral("schemaVersion"), schema.version},
                                      {QStringLiteral("ok"), !check.hasErrors()},
                                      {QStringLiteral("findings"), findingsJson(check.findings, &schema)},
                                      {QStringLiteral("normalized"), stringMap(check.normalized)},
                                      {QStringLiteral("suggestions"), stringMap(check.suggestions)}});
    } else {
        printFindings(context.out(), check.findings, &schema);
    }
    return check.hasErrors() ? kExitFailed : kExitOk;
}

int runCheckId(CliContext& context) {
    const QStringList& p = context.args().positional;
    if (p.size() != 2) {
        return context.usage(QStringLiteral("check-id needs one NUMBER"));
    }
    std::optional<Sex> sex;
    if (const auto sexText = context.args().value(QStringLiteral("sex"))) {
        if (*sexText != QLatin1String("male") && *sexText != QLatin1String("female")) {
            return context.usage(QStringLiteral("--sex is male or female"));
        }
        sex = parseSex(*sexText);
    }
    std::optional<int> birthYear;
    if (const auto yearText = context.args().value(QStringLiteral("birth-year"))) {
        bool ok = false;
        const int year = yearText->toInt(&ok);
        if (!ok || yearText->size() != 4 || year < 1800 || year > 2100) {
            return context.usage(QStringLiteral("--birth-year is a 4-digit year"));
        }
        birthYear = year;
    }
    const IdCheck check = checkIdNumber(p.at(1), sex, birthYear, QStringLiteral("id_number"));
    QJsonObject result{{QStringLiteral("valid"), check.number.has_value()},
                       {QStringLiteral("findings"), findingsJson(check.findings, nullptr)}};
    if (check.number) {
        const IdNumber& n = *check.number;
        result.insert(QStringLiteral("kind"), idKindKey(n.kind));
        result.insert(QStringLiteral("digits"), n.digits);
        if (n.kind == IdKind::Cccd) {
            result.insert(QStringLiteral("provinceCode"), n.provinceCode);
            result.insert(QStringLiteral("provinceName"), n.provinceName);
            result.insert(QStringLiteral("sex"), sexKey(*n.sex));
            result.insert(QStringLiteral("birthCentury"), n.birthCentury);
            result.insert(QStringLiteral("birthYear"), n.birthYear);
        }
    }
    if (context.json()) {
        context.printJson(result);
    } else {
        QTextStream& out = context.out();
        if (check.number) {
            const IdNumber& n = *check.number;
            out << "kind:          " << idKindKey(n.kind) << "\n";
            if (n.kind == IdKind::Cccd) {
                out << "province:      " << n.provinceCode << " " << n.provinceName << "\n"
                    << "sex:           " << sexKey(*n.sex) << "\n"
                    << "birth century: " << n.birthCentury << "s (born " << n.birthYear << ")\n";
            } else {
                out << "(a 9-digit CMND: its prefix names the issuing province, which is not checked)\n";
            }
        }
        printFindings(out, check.findings, nullptr);
    }
    return hasErrors(check.findings) ? kExitFailed : kExitOk;
}

int runClassify(CliContext& context) {
    const QStringList& p = context.args().positional;
    const auto kindText = context.required(QStringLiteral("kind"));
    if (!kindText) {
        return kExitUsage;
    }
    const auto kind = classifierKindFromKey(*kindText);
    if (!kind) {
        return context.usage(QStringLiteral("--kind is name, date, number, text, sex or ethnicity"));
    }
    if (p.size() != 3) {
        return context.usage(QStringLiteral("classify needs BEFORE (the database's value) and AFTER (the register's)"));
    }
    const CorrectionClass c = classifyCorrection(*kind, p.at(1), p.at(2));
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("class"), correctionClassKey(c)},
                                      {QStringLiteral("writingDifference"), isWritingDifference(c)}});
    } else {
        context.out() << correctionClassKey(c)
                      << (isWritingDifference(c) ? "  (a writing difference: no correction needed)\n" : "\n");
        context.out().flush();
    }
    return kExitOk;
}

} // namespace dc::app::cli
