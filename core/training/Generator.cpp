// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/campaign/Campaign.h"
#include "core/domain/CorrectionClass.h"
#include "core/domain/EntrySchema.h"
#include "core/domain/PartialDate.h"
#include "core/training/People.h"
#include "core/training/Training.h"
#include "core/training/Variants.h"

#include <QDate>
#include <QHash>

#include <algorithm>
#include <array>
#include <optional>

namespace dc::core::training {

namespace {

using domain::Outcome;
using domain::PartialDate;
using domain::RecordType;
using synthetic::dateText;
using synthetic::Draft;
using synthetic::kFemale;
using synthetic::kMale;
using synthetic::names;
using synthetic::Random;

// Where each kind of difference may be planted. The generator writes synthetic values field by field, so it has to
// know what each field means: this table and People.cpp's writers are the only places that name fields (every key is
// checked against the schema by the tests, which validate each generated entry).
struct Targets {
    std::vector<QString> names;         // missing_diacritics, tone_placement, misspelt
    std::vector<QString> swapDates;     // day_month_swap
    std::vector<QString> partialDates;  // partial_date
    std::vector<QString> yearOnlyDates; // placeholder_0101
    std::vector<QString> values;        // wrong_value (sex, ethnicity)
    std::vector<QString> idNumbers;     // wrong_id_number
};

const Targets& targets(RecordType type) {
    static const Targets birth{
        {QStringLiteral("subject.full_name"), QStringLiteral("mother.full_name"), QStringLiteral("father.full_name")},
        {QStringLiteral("subject.birth_date")},
        {QStringLiteral("subject.birth_date")},
        {QStringLiteral("mother.birth_date"), QStringLiteral("father.birth_date")},
        {QStringLiteral("subject.sex"), QStringLiteral("subject.ethnicity")},
        {QStringLiteral("declarant.id_number")},
    };
    static const Targets marriage{
        {QStringLiteral("husband.full_name"), QStringLiteral("wife.full_name")},
        {QStringLiteral("husband.birth_date"), QStringLiteral("wife.birth_date"),
         QStringLiteral("husband.id_issue_date"), QStringLiteral("wife.id_issue_date")},
        {QStringLiteral("wife.birth_date"), QStringLiteral("husband.birth_date")},
        {QStringLiteral("husband.birth_date"), QStringLiteral("wife.birth_date")},
        {QStringLiteral("husband.ethnicity"), QStringLiteral("wife.ethnicity")},
        {QStringLiteral("husband.id_number"), QStringLiteral("wife.id_number")},
    };
    static const Targets death{
        {QStringLiteral("subject.full_name"), QStringLiteral("declarant.full_name")},
        {QStringLiteral("subject.death_date"), QStringLiteral("subject.birth_date")},
        {QStringLiteral("subject.birth_date")},
        {QStringLiteral("subject.birth_date")},
        {QStringLiteral("subject.sex"), QStringLiteral("subject.ethnicity")},
        {QStringLiteral("subject.id_number"), QStringLiteral("declarant.id_number")},
    };
    switch (type) {
    case RecordType::Birth:
        return birth;
    case RecordType::Marriage:
        return marriage;
    case RecordType::Death:
        break;
    }
    return death;
}

const std::vector<QString>& candidates(RecordType type, Planted planted) {
    static const std::vector<QString> none;
    const Targets& t = targets(type);
    switch (planted) {
    case Planted::MissingDiacritics:
    case Planted::TonePlacement:
    case Planted::Misspelt:
        return t.names;
    case Planted::DayMonthSwap:
        return t.swapDates;
    case Planted::PartialDate:
        return t.partialDates;
    case Planted::Placeholder0101:
        return t.yearOnlyDates;
    case Planted::WrongValue:
        return t.values;
    case Planted::WrongIdNumber:
        return t.idNumbers;
    default:
        return none;
    }
}

constexpr std::array<Planted, 8> kFieldKinds = {
    Planted::MissingDiacritics, Planted::TonePlacement, Planted::DayMonthSwap, Planted::PartialDate,
    Planted::Placeholder0101,   Planted::Misspelt,      Planted::WrongValue,   Planted::WrongIdNumber};
constexpr std::array<Planted, 3> kEntryKinds = {Planted::MissingEntry, Planted::Duplicate, Planted::Illegible};

QString personOf(const QString& fieldKey) {
    return fieldKey.section(u'.', 0, 0);
}

class BookGenerator {
public:
    BookGenerator(RecordType type, quint64 seed, int entries)
        : m_type(type), m_random(seed ^ (0xD1B54A32D192ED03ULL * (static_cast<quint64>(type) + 1U)) ^
                                 (0x8CB92BA72F3D8DD7ULL * static_cast<quint64>(entries))),
          m_entries(entries) {
        m_book.type = type;
        m_book.seed = seed;
    }

    TrainingBook run() {
        const campaign::Campaign& campaign = campaign::builtInCampaign();
        m_book.year = m_random.between(kFirstBookYear, kLastBookYear);
        m_book.bookNumber = m_random.between(1, 12);
        m_commune = m_random.pick(campaign.communes);
        m_people.emplace(m_random, campaign, m_commune);

        std::vector<QDate> days;
        const QDate first(m_book.year, 1, 2);
        for (int i = 0; i < m_entries; ++i) {
            days.push_back(first.addDays(m_random.below(360)));
        }
        std::sort(days.begin(), days.end());

        const std::vector<std::vector<Planted>> kinds = plantedKinds();
        for (int i = 0; i < m_entries; ++i) {
            m_book.entries.push_back(
                entry(i + 1, days[static_cast<std::size_t>(i)], kinds[static_cast<std::size_t>(i)]));
        }
        return std::move(m_book);
    }

private:
    // Which kinds each entry holds: in a book of kAllPlantedFrom entries or more every kind once in an entry of its own
    // (at places drawn at random), the rest about half clean, a third with one difference, some with two, a few
    // missing, duplicated or illegible.
    std::vector<std::vector<Planted>> plantedKinds() {
        std::vector<std::vector<Planted>> kinds(static_cast<std::size_t>(m_entries));
        std::vector<bool> fixed(static_cast<std::size_t>(m_entries), false);
        if (m_entries >= kAllPlantedFrom) {
            std::vector<int> places(static_cast<std::size_t>(m_entries));
            for (int i = 0; i < m_entries; ++i) {
                places[static_cast<std::size_t>(i)] = i;
            }
            for (std::size_t i = places.size() - 1; i > 0; --i) { // Fisher–Yates
                std::swap(places[i], places[static_cast<std::size_t>(m_random.below(static_cast<int>(i) + 1))]);
            }
            std::size_t next = 0;
            for (const Planted kind : kFieldKinds) {
                kinds[static_cast<std::size_t>(places[next])] = {kind};
                fixed[static_cast<std::size_t>(places[next++])] = true;
            }
            for (const Planted kind : kEntryKinds) {
                kinds[static_cast<std::size_t>(places[next])] = {kind};
                fixed[static_cast<std::size_t>(places[next++])] = true;
            }
        }
        for (std::size_t i = 0; i < kinds.size(); ++i) {
            if (fixed[i]) {
                continue;
            }
            const int roll = m_random.below(100);
            if (roll < 45) {
                kinds[i] = {Planted::None};
            } else if (roll < 80) {
                kinds[i] = {kFieldKinds[static_cast<std::size_t>(m_random.below(kFieldKinds.size()))]};
            } else if (roll < 94) {
                const Planted a = kFieldKinds[static_cast<std::size_t>(m_random.below(kFieldKinds.size()))];
                const Planted b = kFieldKinds[static_cast<std::size_t>(m_random.below(kFieldKinds.size()))];
                kinds[i] = a == b ? std::vector<Planted>{a} : std::vector<Planted>{a, b};
            } else {
                kinds[i] = {kEntryKinds[static_cast<std::size_t>(m_random.below(kEntryKinds.size()))]};
            }
        }
        return kinds;
    }

    // Gives the person of `field` another given name (from `pool`), everywhere the entry names them.
    void rename(Draft& d, const QString& field, const QStringList& pool) {
        const QString old = d.book.value(field);
        QStringList words = old.split(u' ');
        words.last() = m_random.pick(pool);
        const QString renamed = words.join(u' ');
        for (auto it = d.book.begin(); it != d.book.end(); ++it) {
            if (it.value() == old && it.key().endsWith(QLatin1String(".full_name"))) {
                it.value() = renamed;
            }
        }
    }

    // A full date at or before `day` whose day and month can be swapped into another valid date that the domain
    // reads as a swap: day 2..12, month 2..12, day ≠ month.
    static QDate swappable(QDate day) {
        while (day.day() < 2 || day.day() > 12 || day.month() < 2 || day.day() == day.month()) {
            day = day.addDays(-1);
        }
        return day;
    }

    // Makes the book's value of `field` fit the kind planted there (a name with marks, a full date, a year, ...).
    void prepare(Draft& d, Planted kind, const QString& field) {
        const bool male = d.male.value(personOf(field), true);
        const QStringList& given = male ? names().givenMale : names().givenFemale;
        const QString value = d.book.value(field);
        switch (kind) {
        case Planted::MissingDiacritics:
            for (int i = 0; i < 50 && variants::withoutMarks(d.book.value(field)).isEmpty(); ++i) {
                rename(d, field, given);
            }
            break;
        case Planted::TonePlacement:
            rename(d, field, male ? names().toneMale : names().toneFemale);
            if (m_random.percent(50)) { // the book in the old placement, the database in the new one
                const QString renamed = d.book.value(field);
                const QString old = variants::otherTonePlacement(renamed);
                for (auto it = d.book.begin(); it != d.book.end(); ++it) {
                    if (it.value() == renamed && it.key().endsWith(QLatin1String(".full_name"))) {
                        it.value() = old;
                    }
                }
            }
            break;
        case Planted::Misspelt:
            for (int i = 0; i < 50 && variants::misspelt(d.book.value(field), 0).isEmpty(); ++i) {
                rename(d, field, given);
            }
            break;
        case Planted::DayMonthSwap: {
            const auto date = domain::parsePartialDate(value).date;
            QDate day = date && date->precision() == domain::DatePrecision::Day
                            ? QDate(date->year, date->month, date->day)
                            : QDate(date ? date->year : m_book.year, m_random.between(2, 12), m_random.between(2, 28));
            d.book.insert(field, dateText(swappable(day)));
            break;
        }
        case Planted::PartialDate: {
            const auto date = domain::parsePartialDate(value).date;
            const PartialDate d0 = date.value_or(PartialDate{m_book.year - 30, 6, 15});
            // A child's birth keeps its month (a late registration); an adult's date of birth is often a year alone.
            const bool month = d0.month > 0 && (m_type == RecordType::Birth || m_random.percent(50));
            d.book.insert(field, month ? PartialDate{d0.year, d0.month, 0}.toString() : QString::number(d0.year));
            break;
        }
        case Planted::Placeholder0101: {
            const auto date = domain::parsePartialDate(value).date;
            d.book.insert(field, QString::number(date ? date->year : m_book.year - 30));
            break;
        }
        default:
            break;
        }
    }

    // The national database's value of `field` with the kind planted (the book's value prepared).
    QString plant(Planted kind, const QString& bookValue) {
        switch (kind) {
        case Planted::MissingDiacritics:
            return variants::withoutMarks(bookValue);
        case Planted::TonePlacement:
            return variants::otherTonePlacement(bookValue);
        case Planted::Misspelt:
            return variants::misspelt(bookValue, m_random.next());
        case Planted::DayMonthSwap: {
            const auto date = domain::parsePartialDate(bookValue).date;
            return date ? PartialDate{date->year, date->day, date->month}.toString() : bookValue;
        }
        case Planted::Placeholder0101:
            return QStringLiteral("01/01/") + bookValue;
        case Planted::WrongValue: {
            if (bookValue == kMale || bookValue == kFemale) {
                return bookValue == kMale ? kFemale : kMale;
            }
            QString other = bookValue;
            for (int i = 0; i < 50 && other == bookValue; ++i) {
                other =
                    names().ethnicities.values.at(m_random.below(static_cast<int>(names().ethnicities.values.size())));
            }
            return other;
        }
        case Planted::WrongIdNumber: {
            QString digits = bookValue;
            const int at = m_random.between(3, static_cast<int>(digits.size()) - 1);
            const int digit = (digits.at(at).digitValue() + m_random.between(1, 9)) % 10;
            digits[at] = QChar(u'0' + digit);
            return digits;
        }
        default:
            return bookValue;
        }
    }

    TrainingEntry entry(int number, const QDate& registered, std::vector<Planted> kinds) {
        const domain::EntrySchema& schema = domain::entrySchema(m_type);
        Draft d = m_type == RecordType::Birth      ? m_people->birth(registered)
                  : m_type == RecordType::Marriage ? m_people->marriage(registered)
                                                   : m_people->death(registered);
        // "Xã Thanh An", "Thị trấn Dầu Tiếng": the kind's first letter in capitals, as the book's header writes it.
        d.book.insert(QStringLiteral("registration.commune"),
                      m_commune.kind.left(1).toUpper() + m_commune.kind.mid(1) + u' ' + m_commune.name);
        d.book.insert(QStringLiteral("registration.book_number"), QString::number(m_book.bookNumber));
        d.book.insert(QStringLiteral("registration.year"), QString::number(m_book.year));
        d.book.insert(schema.keys.number, QString::number(number));
        d.book.insert(schema.keys.date, dateText(registered));

        // Each field-level kind in a field of its own; a kind finding none left is dropped.
        std::vector<std::pair<Planted, QString>> planted;
        for (const Planted kind : kinds) {
            const std::vector<QString>& fields = candidates(m_type, kind);
            if (fields.empty()) {
                continue;
            }
            const int start = m_random.below(static_cast<int>(fields.size()));
            for (std::size_t k = 0; k < fields.size(); ++k) {
                const QString& field = fields[(static_cast<std::size_t>(start) + k) % fields.size()];
                const bool taken =
                    std::any_of(planted.begin(), planted.end(), [&field](const auto& p) { return p.second == field; });
                if (!taken) {
                    planted.emplace_back(kind, field);
                    break;
                }
            }
        }
        // What was planted: the kinds about the whole entry as drawn, the field-level ones that found a field.
        std::vector<Planted> actual;
        for (const Planted kind : kinds) {
            if (kind != Planted::None && candidates(m_type, kind).empty()) {
                actual.push_back(kind);
            }
        }
        for (const auto& [kind, field] : planted) {
            actual.push_back(kind);
        }
        if (actual.empty()) {
            actual.push_back(Planted::None);
        }
        kinds = actual;
        for (const auto& [kind, field] : planted) {
            prepare(d, kind, field);
        }
        QHash<QString, QString> database = d.book;
        for (const auto& [kind, field] : planted) {
            database[field] = plant(kind, d.book.value(field));
        }

        TrainingEntry e;
        e.entryNumber = number;
        e.registrationDate = d.book.value(schema.keys.date);
        e.subjectName = d.book.value(schema.keys.name);
        e.planted = kinds;
        const bool missing = std::find(kinds.begin(), kinds.end(), Planted::MissingEntry) != kinds.end();
        const bool duplicate = std::find(kinds.begin(), kinds.end(), Planted::Duplicate) != kinds.end();
        e.illegible = std::find(kinds.begin(), kinds.end(), Planted::Illegible) != kinds.end();
        for (const domain::FieldSpec& spec : schema.fields) {
            if (const QString value = d.book.value(spec.key); !value.isEmpty()) {
                e.book.push_back(FieldValue{spec.key, value});
            }
        }
        if (!missing) {
            for (int copy = 0; copy < (duplicate ? 2 : 1); ++copy) {
                for (const domain::FieldSpec& spec : schema.fields) {
                    if (const QString value = database.value(spec.key); !value.isEmpty()) {
                        e.database.push_back(FieldValue{spec.key, value});
                    }
                }
            }
        }
        // The answer key, classed by the domain itself, in the schema's order.
        for (const domain::FieldSpec& spec : schema.fields) {
            const QString before = database.value(spec.key);
            const QString after = d.book.value(spec.key);
            if (missing || before == after) {
                continue;
            }
            ExpectedCorrection c{spec.key, before, after,
                                 domain::classifyCorrection(domain::classifierKindFor(spec.kind), before, after)};
            (domain::isWritingDifference(c.correctionClass) ? e.writingDifferences : e.corrections).push_back(c);
        }
        if (missing) {
            e.outcome = Outcome::MissingEnteredNew;
        } else if (duplicate) {
            e.outcome = Outcome::DuplicateInDatabase;
        } else if (e.illegible) {
            e.outcome = Outcome::Escalated;
        } else {
            e.outcome = e.corrections.empty() ? Outcome::Match : Outcome::Corrected;
        }
        return e;
    }

    RecordType m_type;
    Random m_random;
    int m_entries;
    TrainingBook m_book;
    campaign::Commune m_commune;
    std::optional<synthetic::EntryWriter> m_people; // once the book's commune is drawn
};

} // namespace

TrainingBook generateBook(domain::RecordType type, quint64 seed, int entries) {
    return BookGenerator(type, seed, std::clamp(entries, kMinBookEntries, kMaxBookEntries)).run();
}

} // namespace dc::core::training
