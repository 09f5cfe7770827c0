// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/domain/EntryValidator.h"

#include "core/domain/IdNumber.h"
#include "core/domain/PartialDate.h"

#include <algorithm>

namespace dc::core::domain {

namespace {

// A parent younger than this at the child's birth is almost certainly a misread year.
constexpr int kMinParentAge = 12;
// Luật Hôn nhân và Gia đình 1959 (in force 13/01/1960), 1986 and 2000: "nam từ 20 tuổi trở lên, nữ từ 18 tuổi
// trở lên", read by Nghị quyết 02/2000/NQ-HĐTP as having entered the 20th / 18th year (19 / 17 full years).
// Luật Hôn nhân và Gia đình 2014 (in force 01/01/2015), điều 8: "nam từ đủ 20 tuổi, nữ từ đủ 18 tuổi".
// Before 1960 the rules differed by region and regime: no check.
const QDate kFirstMarriageLaw(1960, 1, 13);
const QDate kMarriageLaw2014(2015, 1, 1);

// The rules between values, over the values already accepted and normalised (a date as dd/MM/yyyy at its precision,
// a sex as "male"/"female", an ID number as digits).
class RuleChecker {
public:
    RuleChecker(const EntrySchema& schema, const EntryValues& accepted, const ValidationContext& context)
        : m_schema(schema), m_accepted(accepted), m_context(context) {
        for (const FieldSpec& spec : schema.fields) {
            if (spec.kind != ValueKind::Date) {
                continue;
            }
            if (const auto it = accepted.constFind(spec.key); it != accepted.constEnd()) {
                if (const auto parsed = parsePartialDate(*it).date) {
                    m_dates.insert(spec.key, *parsed);
                }
            }
        }
    }

    Findings run() {
        checkRegistration();
        switch (m_schema.recordType) {
        case RecordType::Birth:
            checkBirth();
            break;
        case RecordType::Marriage:
            checkMarriage();
            break;
        case RecordType::Death:
            checkDeath();
            break;
        }
        checkIdNumbers();
        return std::move(m_findings);
    }

private:
    void add(const QString& field, Severity severity, const char* code, QMap<QString, QString> params = {}) {
        m_findings.push_back(Finding{field, severity, QString::fromLatin1(code), std::move(params)});
    }

    // A date field that was accepted.
    std::optional<PartialDate> date(const char* key) const { return date(QString::fromLatin1(key)); }
    std::optional<PartialDate> date(const QString& key) const {
        const auto it = m_dates.constFind(key);
        return it == m_dates.constEnd() ? std::nullopt : std::optional<PartialDate>(*it);
    }

    void checkRegistration() {
        const QString field = m_schema.keys.date;
        const auto registered = date(field);
        if (!registered) {
            return;
        }
        const PartialDate today{m_context.today.year(), m_context.today.month(), m_context.today.day()};
        if (compareDates(*registered, today) == DateOrder::After) {
            add(field, Severity::Error, "entry.registration_in_future");
        }
        const QDate cutoffDay = m_context.campaignCutoff;
        const PartialDate cutoff{cutoffDay.year(), cutoffDay.month(), cutoffDay.day()};
        if (cutoffDay.isValid() && compareDates(*registered, cutoff) == DateOrder::After) {
            add(field, Severity::Warning, "entry.outside_campaign_scope",
                {{QStringLiteral("cutoff"), cutoff.toString()}});
        }
        // A book holds the registrations of its year(s): a date outside them is most likely misread or mistyped (a
        // year's last digit), though a book may run a few days into the next year — so a warning, kept with the entry.
        if (m_context.bookYearFrom > 0) {
            const int from = m_context.bookYearFrom;
            const int to = std::max(from, m_context.bookYearTo);
            if (registered->year < from || registered->year > to) {
                const QString years = from == to ? QString::number(from) : QStringLiteral("%1–%2").arg(from).arg(to);
                add(field, Severity::Warning, "entry.outside_book_years", {{QStringLiteral("years"), years}});
            }
        }
        const auto year = m_accepted.constFind(QStringLiteral("registration.year"));
        if (year != m_accepted.constEnd() && year->toInt() != registered->year) {
            add(QStringLiteral("registration.year"), Severity::Warning, "entry.registration_year_mismatch");
        }
    }

    void checkBirth() {
        const auto born = date("subject.birth_date");
        const auto registered = date(m_schema.keys.date);
        if (born && registered && compareDates(*born, *registered) == DateOrder::After) {
            add(QStringLiteral("subject.birth_date"), Severity::Error, "entry.birth_after_registration");
        }
        if (!born) {
            return;
        }
        for (const char* parent : {"father.birth_date", "mother.birth_date"}) {
            const auto parentBorn = date(parent);
            if (parentBorn && ageRange(*parentBorn, *born).most < kMinParentAge) {
                add(QString::fromLatin1(parent), Severity::Warning, "entry.parent_too_young",
                    {{QStringLiteral("years"), QString::number(kMinParentAge)}});
            }
        }
    }

    void checkMarriage() {
        const auto married = date(m_schema.keys.date);
        if (!married || married->latest() < kFirstMarriageLaw) {
            return;
        }
        const bool law2014 = married->earliest() >= kMarriageLaw2014;
        // Under the earlier laws entering the 20th / 18th year sufficed: 19 / 17 full years.
        const int husbandMinimum = law2014 ? 20 : 19;
        const int wifeMinimum = law2014 ? 18 : 17;
        for (const auto& [key, minimum] :
             {std::pair{"husband.birth_date", husbandMinimum}, std::pair{"wife.birth_date", wifeMinimum}}) {
            const auto born = date(key);
            if (born && ageRange(*born, *married).most < minimum) {
                add(QString::fromLatin1(key), Severity::Warning, "entry.marriage_under_age",
                    {{QStringLiteral("age"), QString::number(law2014 ? minimum : minimum + 1)}});
            }
        }
    }

    void checkDeath() {
        const auto born = date("subject.birth_date");
        const auto died = date("subject.death_date");
        const auto registered = date(m_schema.keys.date);
        if (born && died && compareDates(*died, *born) == DateOrder::Before) {
            add(QStringLiteral("subject.death_date"), Severity::Error, "entry.death_before_birth");
        }
        if (died && registered && compareDates(*died, *registered) == DateOrder::After) {
            add(QStringLiteral("subject.death_date"), Severity::Error, "entry.death_after_registration");
        }
    }

    // Each ID number against its person's sex and birth year, where the entry gives them.
    void checkIdNumbers() {
        for (const FieldSpec& spec : m_schema.fields) {
            if (spec.kind != ValueKind::IdNumber || !m_accepted.contains(spec.key)) {
                continue;
            }
            const QString person = personKey(spec.person);
            std::optional<Sex> sex;
            if (const auto it = m_accepted.constFind(person + QStringLiteral(".sex")); it != m_accepted.constEnd()) {
                sex = parseSex(*it);
            } else if (spec.person == Person::Husband || spec.person == Person::Father) {
                sex = Sex::Male;
            } else if (spec.person == Person::Wife || spec.person == Person::Mother) {
                sex = Sex::Female;
            }
            std::optional<int> year;
            if (const auto born = date(person + QStringLiteral(".birth_date"))) {
                year = born->year;
            }
            IdCheck check = checkIdNumber(m_accepted.value(spec.key), sex, year, spec.key);
            for (Finding& f : check.findings) {
                // The number's own findings were reported with the field; these compare it with the person.
                if (f.code == QLatin1String("id.sex_mismatch") || f.code == QLatin1String("id.birth_year_mismatch")) {
                    m_findings.push_back(std::move(f));
                }
            }
        }
    }

    const EntrySchema& m_schema;
    const EntryValues& m_accepted;
    const ValidationContext& m_context;
    Findings m_findings;
    QHash<QString, PartialDate> m_dates;
};

} // namespace

Findings checkEntryRules(const EntrySchema& schema, const EntryValues& accepted, const ValidationContext& context) {
    return RuleChecker(schema, accepted, context).run();
}

EntryCheck validateEntry(const EntrySchema& schema, const EntryValues& values, const ValidationContext& context) {
    EntryCheck result;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        if (!schema.field(it.key())) {
            result.findings.push_back(
                Finding{it.key().left(100), Severity::Warning, QStringLiteral("field.unknown"), {}});
        }
    }
    for (const FieldSpec& spec : schema.fields) {
        const QString typed = values.value(spec.key);
        if (typed.trimmed().isEmpty()) {
            if (spec.required) {
                result.findings.push_back(Finding{spec.key, Severity::Error, QStringLiteral("field.required"), {}});
            }
            continue;
        }
        const CheckedValue checked = checkValue(spec.kind, typed, spec.key);
        result.findings.insert(result.findings.end(), checked.findings.begin(), checked.findings.end());
        if (!checked.normalized.isEmpty()) {
            result.normalized.insert(spec.key, checked.normalized);
        }
        if (!checked.suggestion.isEmpty()) {
            result.suggestions.insert(spec.key, checked.suggestion);
        }
    }
    const Findings rules = checkEntryRules(schema, result.normalized, context);
    result.findings.insert(result.findings.end(), rules.begin(), rules.end());
    return result;
}

} // namespace dc::core::domain
