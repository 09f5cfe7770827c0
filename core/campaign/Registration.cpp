// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/campaign/Registration.h"

#include "core/domain/IdNumber.h"
#include "core/domain/PartialDate.h"
#include "core/domain/Values.h"
#include "core/domain/VietnameseText.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <set>
#include <stdexcept>

namespace dc::core::campaign {

namespace {

using domain::Finding;
using domain::Findings;
using domain::Severity;

constexpr int kMaxTextCharacters = 300;
constexpr int kMaxUnavailableTokens = 62;

struct ColumnSpec {
    QString key;
    QString label;
    bool required = false;
    QStringList synonymKeys; // folded
};

// A header cell or a synonym as compared: without bracketed text, tone marks, case, spaces and punctuation.
QString headerKey(const QString& text) {
    static const QRegularExpression brackets(QStringLiteral("\\([^)]*\\)|\\[[^\\]]*\\]"));
    QString stripped = text.left(200);
    stripped.remove(brackets);
    const QString folded = domain::foldForSearch(stripped);
    QString out;
    for (const QChar c : folded) {
        if (c.isLetterOrNumber()) {
            out.append(c);
        }
    }
    return out;
}

const std::vector<ColumnSpec>& columnSpecs() {
    static const std::vector<ColumnSpec> specs = [] {
        QFile file(QStringLiteral(":/doichieu/campaign/registration-columns.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            throw std::logic_error("registration-columns resource missing");
        }
        std::vector<ColumnSpec> out;
        const QJsonArray columns = QJsonDocument::fromJson(file.readAll()).object().value("columns").toArray();
        for (const QJsonValue& value : columns) {
            const QJsonObject column = value.toObject();
            ColumnSpec spec{column.value("key").toString(),
                            column.value("label").toString(),
                            column.value("required").toBool(),
                            {}};
            for (const QJsonValue& synonym : column.value("synonyms").toArray()) {
                spec.synonymKeys.append(headerKey(synonym.toString()));
            }
            out.push_back(std::move(spec));
        }
        return out;
    }();
    return specs;
}

Finding finding(const QString& field, Severity severity, const char* code, QMap<QString, QString> params = {}) {
    return Finding{field, severity, QString::fromLatin1(code), std::move(params)};
}

Finding asWarning(Finding f) {
    f.severity = Severity::Warning;
    return f;
}

// The column a header cell names, or an empty string.
QString columnOf(const QString& cell) {
    const QString key = headerKey(cell);
    if (key.isEmpty()) {
        return {};
    }
    for (const ColumnSpec& spec : columnSpecs()) {
        if (spec.synonymKeys.contains(key)) {
            return spec.key;
        }
    }
    return {};
}

// The text of a cell: NFC, spaces collapsed; an error when it holds control characters or is too long.
QString textCell(const QString& raw, const QString& field, Findings& findings, int limit = kMaxTextCharacters) {
    const QString text = domain::normalizedText(raw);
    if (text.size() > limit) {
        findings.push_back(finding(field, Severity::Error, "registration.too_long",
                                   {{QStringLiteral("max"), QString::number(limit)}}));
        return {};
    }
    if (domain::hasControlCharacters(text) || domain::hasReplacementCharacter(text)) {
        findings.push_back(finding(field, Severity::Error, "value.control_characters"));
        return {};
    }
    return text;
}

Answer answerCell(const QString& raw, const QString& field, Findings& findings) {
    const std::optional<Answer> answer = parseAnswer(raw);
    if (!answer) {
        findings.push_back(finding(field, Severity::Warning, "registration.answer_unreadable"));
        return Answer::Unknown;
    }
    return *answer;
}

// "Huyện Dầu Tiếng", "TP. Thủ Dầu Một", "Xã Thanh An": the administrative prefix units often type.
QString withoutPrefix(const QString& text) {
    static const QRegularExpression prefix(
        QStringLiteral("^(huyện|thị xã|thành phố|tp\\.?|tx\\.?|h\\.|xã|phường|thị trấn|p\\.|x\\.|tt\\.?)\\s*"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    QString out = text;
    out.remove(prefix);
    return out.trimmed();
}

int yearCell(const QString& raw, int campaignYear, Findings& findings) {
    const QString text = domain::normalizedText(raw);
    if (text.isEmpty()) {
        findings.push_back(finding(QStringLiteral("birthYear"), Severity::Error, "registration.birth_year_required"));
        return 0;
    }
    const domain::DateParse parsed = domain::parsePartialDate(text.left(64));
    if (!parsed.date) {
        findings.push_back(finding(QStringLiteral("birthYear"), Severity::Error, "registration.birth_year_invalid"));
        return 0;
    }
    const int year = parsed.date->year;
    const int latest = campaignYear > 0 ? campaignYear : 2100;
    if (year < 1900 || year > latest) {
        findings.push_back(finding(QStringLiteral("birthYear"), Severity::Error, "registration.birth_year_invalid"));
        return 0;
    }
    return year;
}

// "5, 6/12, 07/12/2022; 10": days of the work period. Anything else is a warning and is ignored.
std::vector<QDate> unavailableCell(const QString& raw, const Campaign& campaign, Findings& findings) {
    std::set<QDate> days;
    const QString text = domain::normalizedText(raw).left(1000);
    if (text.isEmpty()) {
        return {};
    }
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    const QStringList tokens = text.split(separators, Qt::SkipEmptyParts);
    bool unreadable = tokens.size() > kMaxUnavailableTokens || !campaign.dates.isSet();
    const QDate from = campaign.dates.workFrom;
    const QDate to = campaign.dates.workTo;
    for (const QString& token : tokens.mid(0, kMaxUnavailableTokens)) {
        if (!campaign.dates.isSet()) {
            break;
        }
        const QStringList parts = token.split(QRegularExpression(QStringLiteral("[/.-]")));
        bool ok = parts.size() >= 1 && parts.size() <= 3;
        int numbers[3] = {0, from.month(), from.year()};
        for (qsizetype i = 0; ok && i < parts.size(); ++i) {
            bool digits = false;
            numbers[i] = parts.at(i).toInt(&digits);
            ok = digits && parts.at(i).size() <= 4;
        }
        const QDate day = ok ? QDate(numbers[2], numbers[1], numbers[0]) : QDate();
        if (!day.isValid() || day < from || day > to) {
            unreadable = true;
            continue;
        }
        days.insert(day);
    }
    if (unreadable) {
        findings.push_back(
            finding(QStringLiteral("unavailableDays"), Severity::Warning, "registration.unavailable_unreadable"));
    }
    return {days.begin(), days.end()};
}

void preferredPlace(const QString& rawCommune, const QString& rawDistrict, const Campaign& campaign, Registration& out,
                    Findings& findings) {
    const QString commune = withoutPrefix(domain::normalizedText(rawCommune).left(200));
    const QString district = withoutPrefix(domain::normalizedText(rawDistrict).left(200));
    if (commune.isEmpty() && district.isEmpty()) {
        return;
    }
    std::optional<QString> canonical;
    if (!district.isEmpty()) {
        canonical = canonicalDistrict(campaign, district);
        if (!canonical) {
            findings.push_back(
                finding(QStringLiteral("preferredDistrict"), Severity::Warning, "registration.district_unknown"));
        }
    }
    if (commune.isEmpty()) {
        if (canonical) {
            out.preferredDistrict = *canonical;
        }
        return;
    }
    const QString typed = canonical ? communePath(*canonical, commune) : commune;
    const Result<Commune> resolved = resolveCommune(campaign, typed);
    if (!resolved) {
        findings.push_back(finding(QStringLiteral("preferredCommune"), Severity::Warning,
                                   resolved.error().detail.contains(QStringLiteral(" is in "))
                                       ? "registration.commune_ambiguous"
                                       : "registration.commune_unknown"));
        if (canonical) {
            out.preferredDistrict = *canonical;
        }
        return;
    }
    out.preferredDistrict = resolved->district;
    out.preferredCommune = resolved->name;
}

Answer studentOf(const Unit& unit, const QString& position) {
    if (unit.kind == QLatin1String("school")) {
        return Answer::Yes;
    }
    const QString folded = domain::foldForSearch(position);
    if (folded.contains(QStringLiteral("sinh vien")) || folded.contains(QStringLiteral("hoc sinh"))) {
        return Answer::Yes;
    }
    return position.isEmpty() ? Answer::Unknown : Answer::No;
}

} // namespace

QString answerKey(Answer answer) {
    switch (answer) {
    case Answer::Yes:
        return QStringLiteral("yes");
    case Answer::No:
        return QStringLiteral("no");
    case Answer::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

Answer answerFromKey(const QString& key) {
    if (key == QLatin1String("yes")) {
        return Answer::Yes;
    }
    if (key == QLatin1String("no")) {
        return Answer::No;
    }
    return Answer::Unknown;
}

std::optional<Answer> parseAnswer(const QString& text) {
    static const QStringList yes{
        QStringLiteral("co"),           QStringLiteral("x"),    QStringLiteral("yes"),    QStringLiteral("y"),
        QStringLiteral("dong y"),       QStringLiteral("1"),    QStringLiteral("true"),   QStringLiteral("ok"),
        QStringLiteral("chap nhan"),    QStringLiteral("v"),    QStringLiteral("\u2713"), QStringLiteral("\u2714"),
        QStringLiteral("co the"),       QStringLiteral("duoc"), QStringLiteral("biet"),   QStringLiteral("thanh thao"),
        QStringLiteral("su dung duoc"), QStringLiteral("co xe")};
    static const QStringList no{QStringLiteral("khong"),
                                QStringLiteral("k"),
                                QStringLiteral("ko"),
                                QStringLiteral("kg"),
                                QStringLiteral("no"),
                                QStringLiteral("n"),
                                QStringLiteral("0"),
                                QStringLiteral("false"),
                                QStringLiteral("khong dong y"),
                                QStringLiteral("khong chap nhan"),
                                QStringLiteral("chua"),
                                QStringLiteral("khong biet"),
                                QStringLiteral("khong co")};
    QString key = domain::foldForSearch(text.left(100));
    while (key.endsWith(u'.') || key.endsWith(u'!')) {
        key.chop(1);
    }
    key = key.trimmed();
    if (key.isEmpty() || key == QLatin1String("-")) {
        return Answer::Unknown;
    }
    if (yes.contains(key)) {
        return Answer::Yes;
    }
    if (no.contains(key)) {
        return Answer::No;
    }
    return std::nullopt;
}

QStringList registrationColumns() {
    QStringList out;
    for (const ColumnSpec& spec : columnSpecs()) {
        out.append(spec.key);
    }
    return out;
}

QString registrationColumnLabel(const QString& key) {
    for (const ColumnSpec& spec : columnSpecs()) {
        if (spec.key == key) {
            return spec.label;
        }
    }
    return key;
}

ParsedList parseUnitList(const sheets::Table& table, const Campaign& campaign, const Unit& unit) {
    ParsedList out;
    // The header: the row among the first ones that names the most known columns (at least two).
    int best = 0;
    std::size_t bestIndex = 0;
    for (std::size_t r = 0; r < table.rows.size() && r < static_cast<std::size_t>(kHeaderSearchRows); ++r) {
        QSet<QString> found;
        for (const QString& cell : table.rows[r]) {
            if (const QString column = columnOf(cell); !column.isEmpty()) {
                found.insert(column);
            }
        }
        if (static_cast<int>(found.size()) > best) {
            best = static_cast<int>(found.size());
            bestIndex = r;
        }
    }
    if (best < 2) {
        out.fileFindings.push_back(finding({}, Severity::Error, "registration.header_not_found",
                                           {{QStringLiteral("rows"), QString::number(kHeaderSearchRows)}}));
        return out;
    }
    out.headerRow = static_cast<int>(bestIndex) + 1;
    QHash<QString, int> at; // column key → cell index (the first such column)
    const QStringList& header = table.rows[bestIndex];
    for (int c = 0; c < header.size(); ++c) {
        const QString column = columnOf(header.at(c));
        if (column.isEmpty()) {
            continue;
        }
        if (at.contains(column)) {
            out.fileFindings.push_back(finding(column, Severity::Warning, "registration.duplicate_column",
                                               {{QStringLiteral("column"), registrationColumnLabel(column)}}));
            continue;
        }
        at.insert(column, c);
        out.columns.append(column);
    }
    for (const ColumnSpec& spec : columnSpecs()) {
        if (!at.contains(spec.key)) {
            out.fileFindings.push_back(
                finding(spec.key, spec.required ? Severity::Error : Severity::Warning,
                        spec.required ? "registration.missing_column" : "registration.missing_optional_column",
                        {{QStringLiteral("column"), spec.label}}));
        }
    }
    if (out.refused()) {
        return out;
    }
    QHash<QString, int> firstRowOfId;
    for (std::size_t r = bestIndex + 1; r < table.rows.size(); ++r) {
        const QStringList& cells = table.rows[r];
        const auto cell = [&](const char* key) -> QString {
            const int index = at.value(QLatin1String(key), -1);
            return index >= 0 && index < cells.size() ? cells.at(index) : QString();
        };
        bool empty = true;
        for (auto it = at.constBegin(); it != at.constEnd() && empty; ++it) {
            empty = it.value() >= cells.size() || cells.at(it.value()).trimmed().isEmpty();
        }
        if (empty) {
            continue;
        }
        ParsedRow row;
        row.row = static_cast<int>(r) + 1;
        Findings& f = row.findings;
        Registration& g = row.registration;
        g.unit = unit.name;
        g.sourceRow = row.row;
        // Name.
        const domain::CheckedValue name =
            domain::checkValue(domain::ValueKind::PersonName, cell("fullName"), QStringLiteral("name"));
        f.insert(f.end(), name.findings.begin(), name.findings.end());
        if (name.normalized.isEmpty() && name.findings.empty()) {
            f.push_back(finding(QStringLiteral("name"), Severity::Error, "registration.name_required"));
        }
        g.fullName = name.normalized; // as the unit typed it (NFC, spaces collapsed); a Title Case is only offered
        // Birth year, sex, ID number (cross-checked: a mismatch is a warning).
        g.birthYear = yearCell(cell("birthYear"), campaign.year(), f);
        std::optional<domain::Sex> sex;
        if (const QString typed = domain::normalizedText(cell("sex")); !typed.isEmpty()) {
            sex = domain::parseSex(typed.left(20));
            if (sex) {
                g.sex = domain::sexKey(*sex);
            } else {
                f.push_back(finding(QStringLiteral("sex"), Severity::Warning, "sex.unknown"));
            }
        }
        if (domain::normalizedText(cell("idNumber")).isEmpty()) {
            f.push_back(finding(QStringLiteral("id_number"), Severity::Error, "registration.id_required"));
        } else {
            const domain::IdCheck id = domain::checkIdNumber(
                cell("idNumber").left(64), sex, g.birthYear > 0 ? std::optional<int>(g.birthYear) : std::nullopt,
                QStringLiteral("id_number"));
            for (const Finding& idFinding : id.findings) {
                // A well-formed number's disagreements with the person are warnings (IdNumber.h); a number that is
                // not one is an error.
                f.push_back(id.number ? asWarning(idFinding) : idFinding);
            }
            if (id.number) {
                g.idNumber = id.number->digits;
                if (const auto first = firstRowOfId.constFind(g.idNumber); first != firstRowOfId.constEnd()) {
                    f.push_back(finding(QStringLiteral("id_number"), Severity::Error, "registration.duplicate_in_file",
                                        {{QStringLiteral("row"), QString::number(*first)}}));
                } else {
                    firstRowOfId.insert(g.idNumber, row.row);
                }
            }
        }
        if (const QString issued = domain::normalizedText(cell("idIssued")); !issued.isEmpty()) {
            const domain::DateParse date = domain::parsePartialDate(issued.left(64));
            if (date.date) {
                g.idIssued = date.date->toString();
            } else {
                f.push_back(finding(QStringLiteral("idIssued"), Severity::Warning, "registration.issue_date_invalid"));
            }
        }
        g.idPlace = textCell(cell("idPlace"), QStringLiteral("idPlace"), f);
        // Contact: a bad phone or e-mail is a warning (the person is still reachable through the unit).
        if (const QString phone = cell("phone"); !phone.trimmed().isEmpty()) {
            const domain::CheckedValue checked =
                domain::checkValue(domain::ValueKind::Phone, phone.left(64), QStringLiteral("phone"));
            for (const Finding& p : checked.findings) {
                f.push_back(asWarning(p));
            }
            g.phone = checked.normalized;
        }
        if (const QString email = cell("email"); !email.trimmed().isEmpty()) {
            const domain::CheckedValue checked =
                domain::checkValue(domain::ValueKind::Email, email.left(300), QStringLiteral("email"));
            for (const Finding& e : checked.findings) {
                f.push_back(asWarning(e));
            }
            g.email = checked.normalized;
        }
        g.residence = textCell(cell("residence"), QStringLiteral("residence"), f);
        g.position = textCell(cell("position"), QStringLiteral("position"), f);
        g.strengths = textCell(cell("strengths"), QStringLiteral("strengths"), f, 2000);
        g.agreesDates = answerCell(cell("agreesDates"), QStringLiteral("agreesDates"), f);
        g.acceptsAssignment = answerCell(cell("acceptsAssignment"), QStringLiteral("acceptsAssignment"), f);
        g.ownTransport = answerCell(cell("ownTransport"), QStringLiteral("ownTransport"), f);
        g.computer = answerCell(cell("computer"), QStringLiteral("computer"), f);
        g.inProvince = answerCell(cell("inProvince"), QStringLiteral("inProvince"), f);
        preferredPlace(cell("preferredCommune"), cell("preferredDistrict"), campaign, g, f);
        g.student = studentOf(unit, g.position);
        g.unavailable = unavailableCell(cell("unavailableDays"), campaign, f);
        out.rows.push_back(std::move(row));
    }
    return out;
}

Eligibility checkEligibility(const Registration& registration, const Campaign& campaign) {
    Eligibility out;
    Findings& r = out.reasons;
    if (campaign.minAge > 0 && campaign.year() > 0) {
        if (registration.birthYear <= 0) {
            r.push_back(finding(QStringLiteral("birthYear"), Severity::Error, "eligibility.birth_year_unknown"));
        } else {
            const int age = campaign.year() - registration.birthYear;
            const QMap<QString, QString> params{{QStringLiteral("age"), QString::number(age)},
                                                {QStringLiteral("min"), QString::number(campaign.minAge)},
                                                {QStringLiteral("max"), QString::number(campaign.maxAge)},
                                                {QStringLiteral("year"), QString::number(campaign.year())}};
            if (age < campaign.minAge) {
                r.push_back(finding(QStringLiteral("birthYear"), Severity::Error, "eligibility.too_young", params));
            } else if (age > campaign.maxAge) {
                r.push_back(finding(QStringLiteral("birthYear"), Severity::Error, "eligibility.too_old", params));
            }
        }
    }
    const auto answer = [&](Answer value, const char* field, const char* refusedCode, const char* unknownCode) {
        if (value == Answer::No) {
            r.push_back(finding(QLatin1String(field), Severity::Error, refusedCode));
        } else if (value == Answer::Unknown) {
            r.push_back(finding(QLatin1String(field), Severity::Warning, unknownCode));
        }
    };
    answer(registration.agreesDates, "agreesDates", "eligibility.dates_refused", "eligibility.dates_unknown");
    answer(registration.acceptsAssignment, "acceptsAssignment", "eligibility.assignment_refused",
           "eligibility.assignment_unknown");
    answer(registration.inProvince, "inProvince", "eligibility.outside_province", "eligibility.province_unknown");
    out.eligible = !domain::hasErrors(r);
    return out;
}

} // namespace dc::core::campaign
