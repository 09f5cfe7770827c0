// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/domain/EntrySchema.h"
#include "core/domain/VietnameseText.h"
#include "core/training/Resources.h"
#include "core/training/Training.h"

#include <QHash>

#include <array>
#include <map>

namespace dc::core::training {

namespace {

using domain::Outcome;

constexpr std::array<std::pair<MistakeKind, const char*>, 8> kMistakes = {{
    {MistakeKind::NotLogged, "not_logged"},
    {MistakeKind::WrongOutcome, "wrong_outcome"},
    {MistakeKind::WrongValue, "wrong_value"},
    {MistakeKind::MissedCorrection, "missed_correction"},
    {MistakeKind::WritingDifferenceCorrected, "writing_difference_corrected"},
    {MistakeKind::ExtraCorrection, "extra_correction"},
    {MistakeKind::EscalationMissed, "escalation_missed"},
    {MistakeKind::EscalationUnneeded, "escalation_unneeded"},
}};

// The readiness rule (core/training/README.md): the thresholds, in whole numbers so no rounding decides.
constexpr int kOutcomesRightPercent = 90;
constexpr int kCorrectionsRightPercent = 80;
constexpr int kMaxWritingDifferencesCorrected = 1;

struct Line {
    QString vi;
    QString en;
};

struct Explanations {
    Line readiness;
    QHash<QString, Line> kinds;    // mistake kind key → line
    QHash<QString, Line> specific; // "<mistake kind>/<planted kind>" → line with placeholders
};

Line line(const QJsonValue& value) {
    const QJsonObject o = value.toObject();
    return Line{o.value(QLatin1String("vi")).toString(), o.value(QLatin1String("en")).toString()};
}

const Explanations& explanations() {
    static const Explanations data = [] {
        const QJsonObject root = trainingResource(QStringLiteral("explanations.json"));
        Explanations out;
        out.readiness = line(root.value(QLatin1String("readiness")));
        const QJsonObject kinds = root.value(QLatin1String("kinds")).toObject();
        for (auto it = kinds.begin(); it != kinds.end(); ++it) {
            out.kinds.insert(it.key(), line(it.value()));
        }
        const QJsonObject specific = root.value(QLatin1String("specific")).toObject();
        for (auto it = specific.begin(); it != specific.end(); ++it) {
            out.specific.insert(it.key(), line(it.value()));
        }
        for (const auto& [kind, key] : kMistakes) {
            if (!out.kinds.contains(QLatin1String(key))) {
                throw std::logic_error(std::string("explanations.json: no line for ") + key);
            }
        }
        return out;
    }();
    return data;
}

QString fieldKeyOf(const QString& typed) {
    return domain::normalizedText(typed);
}

domain::ClassifierKind classifierOf(const domain::EntrySchema& schema, const QString& field) {
    const domain::FieldSpec* spec = schema.field(field);
    return spec ? domain::classifierKindFor(spec->kind) : domain::ClassifierKind::Text;
}

// The book's value and the same value logged agree: equal after NFC, trimming and spacing, or the same date or number
// written another way ("5/3/1978" for "05/03/1978").
bool sameValue(domain::ClassifierKind kind, const QString& expected, const QString& logged) {
    if (domain::normalizedText(expected) == domain::normalizedText(logged)) {
        return true;
    }
    return (kind == domain::ClassifierKind::Date || kind == domain::ClassifierKind::Number) &&
           domain::classifyCorrection(kind, expected, logged) == domain::CorrectionClass::Format;
}

QString valueOf(const std::vector<FieldValue>& fields, const QString& key) {
    for (const FieldValue& f : fields) {
        if (f.fieldKey == key) {
            return f.value;
        }
    }
    return {};
}

class Scorer {
public:
    Scorer(const TrainingBook& book, const std::vector<LoggedAnswer>& answers)
        : m_book(book), m_schema(domain::entrySchema(book.type)) {
        for (const LoggedAnswer& a : answers) {
            m_answers[a.entryNumber] = &a; // a later answer for the same entry replaces an earlier one
        }
    }

    Score run() {
        qint64 seconds = 0;
        qint64 keys = 0;
        int measured = 0;
        for (const TrainingEntry& e : m_book.entries) {
            ++m_score.entries;
            m_score.correctionsExpected += static_cast<int>(e.corrections.size());
            const auto found = m_answers.find(e.entryNumber);
            if (found == m_answers.end()) {
                add(e, MistakeKind::NotLogged, {}, domain::outcomeKey(e.outcome), {});
                continue;
            }
            const LoggedAnswer& a = *found->second;
            ++m_score.logged;
            seconds += a.secondsSpent;
            if (a.keys > 0) {
                keys += a.keys;
                ++measured;
            }
            scoreOutcome(e, a);
            if (e.outcome == Outcome::Match || e.outcome == Outcome::Corrected) {
                scoreCorrections(e, a);
            }
        }
        m_score.secondsPerEntry = m_score.logged > 0 ? static_cast<double>(seconds) / m_score.logged : 0.0;
        m_score.keysPerEntry = measured > 0 ? static_cast<double>(keys) / measured : 0.0;
        m_score.ready = readinessReasons(m_score).isEmpty();
        return std::move(m_score);
    }

private:
    bool isWritingDifference(const QString& field, const QString& before, const QString& after) const {
        return domain::isWritingDifference(domain::classifyCorrection(classifierOf(m_schema, field), before, after));
    }

    // What the log holds: a "corrected" whose every correction is a writing difference is a match (checkDraft).
    Outcome effectiveOutcome(const LoggedAnswer& a) const {
        if (a.outcome != Outcome::Corrected || a.corrections.empty()) {
            return a.outcome;
        }
        for (const ExpectedCorrection& c : a.corrections) {
            if (!isWritingDifference(fieldKeyOf(c.fieldKey), c.before, c.after)) {
                return a.outcome;
            }
        }
        return Outcome::Match;
    }

    void scoreOutcome(const TrainingEntry& e, const LoggedAnswer& a) {
        const Outcome logged = effectiveOutcome(a);
        const QString expectedKey = domain::outcomeKey(e.outcome);
        const QString loggedKey = domain::outcomeKey(logged);
        if (e.outcome == Outcome::Escalated && logged != Outcome::Escalated) {
            ++m_score.escalationsMissed;
            add(e, MistakeKind::EscalationMissed, {}, expectedKey, loggedKey);
        } else if (logged == Outcome::Escalated && e.outcome != Outcome::Escalated) {
            ++m_score.escalationsUnneeded;
            add(e, MistakeKind::EscalationUnneeded, {}, expectedKey, loggedKey);
        } else if (logged != e.outcome) {
            add(e, MistakeKind::WrongOutcome, {}, expectedKey, loggedKey);
        } else {
            ++m_score.outcomesRight;
        }
    }

    void scoreCorrections(const TrainingEntry& e, const LoggedAnswer& a) {
        // The first correction logged for each field (the domain refuses a field corrected twice).
        std::map<QString, const ExpectedCorrection*> logged;
        std::vector<QString> order;
        for (const ExpectedCorrection& c : a.corrections) {
            const QString key = fieldKeyOf(c.fieldKey);
            // The log holds no correction of a field outside the schema (checkDraft refuses it), and a results file
            // names the schema's fields only: such a correction is not scored.
            if (!m_schema.field(key)) {
                continue;
            }
            if (logged.emplace(key, &c).second) {
                order.push_back(key);
            }
        }
        for (const ExpectedCorrection& c : e.corrections) {
            const auto it = logged.find(c.fieldKey);
            if (it == logged.end()) {
                ++m_score.missedCorrections;
                add(e, MistakeKind::MissedCorrection, c.fieldKey, c.after, {});
                continue;
            }
            if (sameValue(classifierOf(m_schema, c.fieldKey), c.after, it->second->after)) {
                ++m_score.correctionsRight;
            } else {
                add(e, MistakeKind::WrongValue, c.fieldKey, c.after, it->second->after);
            }
            logged.erase(it);
        }
        for (const QString& key : order) {
            const auto it = logged.find(key);
            if (it == logged.end()) {
                continue;
            }
            const ExpectedCorrection& c = *it->second;
            const bool planted = std::any_of(e.writingDifferences.begin(), e.writingDifferences.end(),
                                             [&key](const ExpectedCorrection& w) { return w.fieldKey == key; });
            // What should have stayed: the database's value.
            const QString keep = valueOf(e.database, key);
            if (planted || isWritingDifference(key, c.before, c.after)) {
                ++m_score.writingDifferencesCorrected;
                add(e, MistakeKind::WritingDifferenceCorrected, key, keep, c.after);
            } else {
                add(e, MistakeKind::ExtraCorrection, key, keep, c.after);
            }
        }
    }

    // The planted kind a mistake is about: the kind whose class the field's expected difference has, or a partial
    // date left as it was, or else the first of the entry's kinds with an explanation of its own for this mistake.
    std::optional<Planted> plantedFor(const TrainingEntry& e, MistakeKind kind, const QString& field) const {
        const QString prefix = mistakeKindKey(kind) + u'/';
        if (!field.isEmpty()) {
            for (const auto* list : {&e.corrections, &e.writingDifferences}) {
                for (const ExpectedCorrection& c : *list) {
                    if (c.fieldKey != field) {
                        continue;
                    }
                    for (const Planted p : e.planted) {
                        if (plantedClass(p) == c.correctionClass) {
                            return p;
                        }
                    }
                }
            }
            const domain::FieldSpec* spec = m_schema.field(field);
            const bool partial = std::find(e.planted.begin(), e.planted.end(), Planted::PartialDate) != e.planted.end();
            if (partial && spec && spec->kind == domain::ValueKind::Date && field != m_schema.keys.date) {
                return Planted::PartialDate;
            }
            return std::nullopt;
        }
        // An outcome's mistake is explained by a kind only when that kind is what decides the right outcome: a tone
        // placement ("the outcome is match") never explains an entry that also holds a real correction.
        for (const Planted p : e.planted) {
            if (outcomeOf(p) == e.outcome && explanations().specific.contains(prefix + plantedKey(p))) {
                return p;
            }
        }
        return std::nullopt;
    }

    // The outcome a planted kind alone leads to.
    static domain::Outcome outcomeOf(Planted p) {
        switch (p) {
        case Planted::MissingEntry:
            return domain::Outcome::MissingEnteredNew;
        case Planted::Duplicate:
            return domain::Outcome::DuplicateInDatabase;
        case Planted::Illegible:
            return domain::Outcome::Escalated;
        case Planted::None:
        case Planted::TonePlacement:
        case Planted::PartialDate:
        case Planted::Placeholder0101:
            return domain::Outcome::Match;
        default:
            return domain::Outcome::Corrected;
        }
    }

    void add(const TrainingEntry& e, MistakeKind kind, const QString& field, const QString& expected,
             const QString& logged) {
        Mistake m{e.entryNumber, kind, field, expected, logged, {}, {}};
        Line text = explanations().kinds.value(mistakeKindKey(kind));
        if (const auto planted = plantedFor(e, kind, field)) {
            text = explanations().specific.value(mistakeKindKey(kind) + u'/' + plantedKey(*planted), text);
        }
        const domain::FieldSpec* spec = field.isEmpty() ? nullptr : m_schema.field(field);
        const QString before = field.isEmpty() ? QString() : valueOf(e.database, field);
        const QString after = field.isEmpty() ? QString() : valueOf(e.book, field);
        const auto fill = [&](QString s, bool vietnamese) {
            s.replace(QLatin1String("{before}"), before);
            s.replace(QLatin1String("{after}"), after);
            s.replace(QLatin1String("{expected}"), expected);
            s.replace(QLatin1String("{logged}"), logged);
            s.replace(QLatin1String("{field}"), spec ? (vietnamese ? spec->labelVi : spec->labelEn) : QString());
            return s;
        };
        m.explanationVi = fill(text.vi, true);
        m.explanationEn = fill(text.en, false);
        m_score.mistakes.push_back(std::move(m));
    }

    const TrainingBook& m_book;
    const domain::EntrySchema& m_schema;
    std::map<int, const LoggedAnswer*> m_answers;
    Score m_score;
};

} // namespace

QString mistakeKindKey(MistakeKind kind) {
    for (const auto& [value, key] : kMistakes) {
        if (value == kind) {
            return QString::fromLatin1(key);
        }
    }
    return QStringLiteral("wrong_outcome");
}

std::optional<MistakeKind> mistakeKindFromKey(const QString& key) {
    for (const auto& [value, k] : kMistakes) {
        if (key == QLatin1String(k)) {
            return value;
        }
    }
    return std::nullopt;
}

Score scoreBook(const TrainingBook& book, const std::vector<LoggedAnswer>& answers) {
    return Scorer(book, answers).run();
}

QString readinessRule(bool vietnamese) {
    return vietnamese ? explanations().readiness.vi : explanations().readiness.en;
}

QStringList readinessReasons(const Score& score) {
    QStringList reasons;
    if (score.entries <= 0) {
        reasons.append(QStringLiteral("no_entries"));
        return reasons;
    }
    if (score.logged < score.entries) {
        reasons.append(QStringLiteral("not_all_logged"));
    }
    if (score.outcomesRight * 100 < score.entries * kOutcomesRightPercent) {
        reasons.append(QStringLiteral("outcomes_below_90"));
    }
    if (score.escalationsMissed > 0) {
        reasons.append(QStringLiteral("escalation_missed"));
    }
    if (score.writingDifferencesCorrected > kMaxWritingDifferencesCorrected) {
        reasons.append(QStringLiteral("writing_differences_corrected"));
    }
    if (score.correctionsExpected > 0 &&
        score.correctionsRight * 100 < score.correctionsExpected * kCorrectionsRightPercent) {
        reasons.append(QStringLiteral("corrections_below_80"));
    }
    return reasons;
}

QString mistakeExplanation(MistakeKind kind, bool vietnamese) {
    const Line text = explanations().kinds.value(mistakeKindKey(kind));
    return vietnamese ? text.vi : text.en;
}

} // namespace dc::core::training
