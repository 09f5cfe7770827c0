// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/evaluation/Evaluation.h"

#include "core/domain/Wilson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include <algorithm>
#include <climits>
#include <cmath>
#include <map>
#include <optional>
#include <set>
#include <tuple>

namespace dc::core::evaluation {

namespace {

std::int64_t roundMilli(double value) {
    if (!std::isfinite(value)) {
        return 0;
    }
    const double milli = std::round(value * 1000.0);
    if (milli >= 9.0e18) {
        return static_cast<std::int64_t>(9.0e18);
    }
    if (milli <= -9.0e18) {
        return static_cast<std::int64_t>(-9.0e18);
    }
    return static_cast<std::int64_t>(milli);
}

double milli(double value) {
    return static_cast<double>(roundMilli(value)) / 1000.0;
}

// Every count read in, bounded: negative is 0, and no count exceeds 10^12 (3,000,000 checks is the campaign's size),
// so that sums over a million pairs still fit in 64 bits whatever the caller passes.
constexpr std::int64_t kMaxCount = 1'000'000'000'000;
std::int64_t count(std::int64_t value) {
    return std::clamp<std::int64_t>(value, 0, kMaxCount);
}

// ---- the parser ----

class Reader {
public:
    Reader(const QJsonObject& object, QString path) : m_object(object), m_path(std::move(path)) {}

    // Refuses any key not read: call last.
    std::optional<Error> unknownKeys(const QStringList& known) const {
        for (auto it = m_object.begin(); it != m_object.end(); ++it) {
            if (!known.contains(it.key())) {
                return makeError(ErrorCode::InvalidInput,
                                 QStringLiteral("%1: unknown key \"%2\"").arg(m_path, it.key().left(64)));
            }
        }
        return std::nullopt;
    }

    std::optional<Error> number(const QString& key, double low, double high, double& out) const {
        if (!m_object.contains(key)) {
            return std::nullopt;
        }
        const QJsonValue value = m_object.value(key);
        const QString name = m_path + QLatin1Char('.') + key;
        if (!value.isDouble()) {
            return makeError(ErrorCode::InvalidInput, QStringLiteral("%1: must be a number").arg(name));
        }
        const double d = value.toDouble();
        if (!std::isfinite(d)) {
            return makeError(ErrorCode::InvalidInput, QStringLiteral("%1: must be a finite number").arg(name));
        }
        if (d < 0) {
            return makeError(ErrorCode::InvalidInput, QStringLiteral("%1: must not be negative").arg(name));
        }
        if (d < low || d > high) {
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("%1: must be a number from %2 to %3").arg(name).arg(low).arg(high));
        }
        out = d;
        return std::nullopt;
    }

    template <typename Int>
    std::optional<Error> integer(const QString& key, std::int64_t low, std::int64_t high, Int& out) const {
        double d = 0;
        if (!m_object.contains(key)) {
            return std::nullopt;
        }
        if (auto error = number(key, static_cast<double>(low), static_cast<double>(high), d)) {
            return error;
        }
        if (d != std::floor(d)) {
            return makeError(ErrorCode::InvalidInput, QStringLiteral("%1.%2: must be a whole number").arg(m_path, key));
        }
        out = static_cast<Int>(d);
        return std::nullopt;
    }

    std::optional<Error> object(const QString& key, QJsonObject& out) const {
        if (!m_object.contains(key)) {
            return std::nullopt;
        }
        const QJsonValue value = m_object.value(key);
        if (!value.isObject()) {
            return makeError(ErrorCode::InvalidInput, QStringLiteral("%1.%2: must be an object").arg(m_path, key));
        }
        out = value.toObject();
        return std::nullopt;
    }

private:
    QJsonObject m_object;
    QString m_path;
};

constexpr double kMaxWeight = 1000;
constexpr double kMaxScore = 1.0e6;

} // namespace

Interval wilson(std::int64_t successes, std::int64_t n, double z) {
    if (n <= 0) {
        return {0, 1};
    }
    // domain::wilsonInterval counts in int; spot-check samples are far below that, larger ones keep the proportion.
    std::int64_t s = std::clamp<std::int64_t>(successes, 0, n);
    std::int64_t trials = n;
    while (trials > INT_MAX) {
        s /= 2;
        trials /= 2;
    }
    const domain::ProportionEstimate estimate =
        domain::wilsonInterval(static_cast<int>(s), static_cast<int>(trials), z);
    return {estimate.low, estimate.high};
}

const AwardRules& defaultAwardRules() {
    static const AwardRules rules;
    return rules;
}

Result<AwardRules> parseAwardRules(const QJsonObject& awards) {
    AwardRules rules;
    const Reader top(awards, QStringLiteral("awards"));
    if (auto e = top.unknownKeys({QStringLiteral("weights"), QStringLiteral("gate"), QStringLiteral("tiers"),
                                  QStringLiteral("shortlist"), QStringLiteral("suspicious")})) {
        return *e;
    }
    QJsonObject weights, gate, tiers, list, suspicious;
    for (auto [key, out] : {std::pair{QStringLiteral("weights"), &weights}, std::pair{QStringLiteral("gate"), &gate},
                            std::pair{QStringLiteral("tiers"), &tiers}, std::pair{QStringLiteral("shortlist"), &list},
                            std::pair{QStringLiteral("suspicious"), &suspicious}}) {
        if (auto e = top.object(key, *out)) {
            return *e;
        }
    }
    {
        const Reader r(weights, QStringLiteral("awards.weights"));
        if (auto e = r.unknownKeys({QStringLiteral("standardHour"), QStringLiteral("realCorrection"),
                                    QStringLiteral("duplicateFound"), QStringLiteral("newEntry"),
                                    QStringLiteral("escalation")})) {
            return *e;
        }
        auto& w = rules.weights;
        for (auto [key, out] : {std::pair{QStringLiteral("standardHour"), &w.standardHour},
                                std::pair{QStringLiteral("realCorrection"), &w.realCorrection},
                                std::pair{QStringLiteral("duplicateFound"), &w.duplicateFound},
                                std::pair{QStringLiteral("newEntry"), &w.newEntry},
                                std::pair{QStringLiteral("escalation"), &w.escalation}}) {
            if (auto e = r.number(key, 0, kMaxWeight, *out)) {
                return *e;
            }
        }
    }
    {
        const Reader r(gate, QStringLiteral("awards.gate"));
        if (auto e = r.unknownKeys({QStringLiteral("maxMissRateUpper"), QStringLiteral("minSpotCheckItems"),
                                    QStringLiteral("maxReturnedShare")})) {
            return *e;
        }
        if (auto e = r.number(QStringLiteral("maxMissRateUpper"), 0, 1, rules.gate.maxMissRateUpper)) {
            return *e;
        }
        if (auto e = r.integer(QStringLiteral("minSpotCheckItems"), 0, 100000, rules.gate.minSpotCheckItems)) {
            return *e;
        }
        if (auto e = r.number(QStringLiteral("maxReturnedShare"), 0, 1, rules.gate.maxReturnedShare)) {
            return *e;
        }
    }
    {
        const Reader r(tiers, QStringLiteral("awards.tiers"));
        if (auto e = r.unknownKeys({QStringLiteral("minDays"), QStringLiteral("good"), QStringLiteral("excellent")})) {
            return *e;
        }
        if (auto e = r.integer(QStringLiteral("minDays"), 0, 366, rules.tiers.minDays)) {
            return *e;
        }
        if (auto e = r.number(QStringLiteral("good"), 0, kMaxScore, rules.tiers.good)) {
            return *e;
        }
        if (auto e = r.number(QStringLiteral("excellent"), 0, kMaxScore, rules.tiers.excellent)) {
            return *e;
        }
        if (rules.tiers.excellent < rules.tiers.good) {
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("awards.tiers.excellent: must not be below awards.tiers.good"));
        }
    }
    {
        const Reader r(list, QStringLiteral("awards.shortlist"));
        if (auto e = r.unknownKeys({QStringLiteral("perDistrict"), QStringLiteral("province")})) {
            return *e;
        }
        if (auto e = r.integer(QStringLiteral("perDistrict"), 0, 1000, rules.shortlist.perDistrict)) {
            return *e;
        }
        if (auto e = r.integer(QStringLiteral("province"), 0, 1000, rules.shortlist.province)) {
            return *e;
        }
    }
    {
        const Reader r(suspicious, QStringLiteral("awards.suspicious"));
        if (auto e = r.unknownKeys({QStringLiteral("speedFactor"), QStringLiteral("speedMinHours"),
                                    QStringLiteral("matchRun"), QStringLiteral("communeCorrectionRate"),
                                    QStringLiteral("voidAmendShare"), QStringLiteral("voidAmendMin")})) {
            return *e;
        }
        auto& s = rules.suspicious;
        if (auto e = r.number(QStringLiteral("speedFactor"), 1, 100, s.speedFactor)) {
            return *e;
        }
        if (auto e = r.number(QStringLiteral("speedMinHours"), 0, 1000, s.speedMinHours)) {
            return *e;
        }
        if (auto e = r.integer(QStringLiteral("matchRun"), 1, 1000000, s.matchRun)) {
            return *e;
        }
        if (auto e = r.number(QStringLiteral("communeCorrectionRate"), 0, 1, s.communeCorrectionRate)) {
            return *e;
        }
        if (auto e = r.number(QStringLiteral("voidAmendShare"), 0, 1, s.voidAmendShare)) {
            return *e;
        }
        if (auto e = r.integer(QStringLiteral("voidAmendMin"), 0, 1000000, s.voidAmendMin)) {
            return *e;
        }
    }
    return rules;
}

// ---- comparison groups ----

const char* groupSourceKey(GroupSource source) {
    switch (source) {
    case GroupSource::District:
        return "district";
    case GroupSource::Province:
        return "province";
    case GroupSource::Own:
        return "own";
    }
    return "own";
}

double ComparisonIndex::Rate::perHour() const {
    return usable() ? static_cast<double>(entries) * 3600.0 / static_cast<double>(workingSeconds) : 0.0;
}

namespace {
using CellKey = std::tuple<QString, QString, int>; // district ("" = province), register type, decade

void add(ComparisonIndex::Rate& rate, const PairWork& pair, int sign) {
    rate.entries += sign * count(pair.entries);
    rate.workingSeconds += sign * count(pair.workingSeconds);
    rate.realCorrections += sign * count(pair.realCorrections);
    rate.pairs += sign;
}
} // namespace

// Totals are integers, so leaving a volunteer out is a subtraction and the order of the pairs changes nothing.
struct ComparisonIndex::Impl {
    std::map<CellKey, Rate> cells;
    std::map<QString, Rate> communes;
    std::map<std::pair<QString, CellKey>, Rate> ownCells;    // person → the cells of the pairs they were in
    std::map<std::pair<QString, QString>, Rate> ownCommunes; // person → the communes of their pairs
};

ComparisonIndex::ComparisonIndex(const std::vector<PairWork>& pairs) {
    auto impl = std::make_shared<Impl>();
    for (const PairWork& pair : pairs) {
        const CellKey district{pair.district, pair.registerType, pair.bookDecade};
        const CellKey province{QString(), pair.registerType, pair.bookDecade};
        add(impl->cells[district], pair, 1);
        add(impl->cells[province], pair, 1);
        add(impl->communes[pair.commune], pair, 1);
        std::set<QString> members{pair.memberA, pair.memberB};
        members.erase(QString());
        for (const QString& member : members) {
            add(impl->ownCells[{member, district}], pair, 1);
            add(impl->ownCells[{member, province}], pair, 1);
            add(impl->ownCommunes[{member, pair.commune}], pair, 1);
        }
    }
    m_impl = std::move(impl);
}

ComparisonIndex::Rate ComparisonIndex::cell(const QString& person, const QString& district, const QString& registerType,
                                            int bookDecade) const {
    const CellKey key{district, registerType, bookDecade};
    const auto all = m_impl->cells.find(key);
    if (all == m_impl->cells.end()) {
        return {};
    }
    Rate rate = all->second;
    const auto own = m_impl->ownCells.find({person, key});
    if (own != m_impl->ownCells.end()) {
        rate.entries -= own->second.entries;
        rate.workingSeconds -= own->second.workingSeconds;
        rate.realCorrections -= own->second.realCorrections;
        rate.pairs -= own->second.pairs;
    }
    return rate;
}

ComparisonIndex::Rate ComparisonIndex::commune(const QString& person, const QString& commune) const {
    const auto all = m_impl->communes.find(commune);
    if (all == m_impl->communes.end()) {
        return {};
    }
    Rate rate = all->second;
    const auto own = m_impl->ownCommunes.find({person, commune});
    if (own != m_impl->ownCommunes.end()) {
        rate.entries -= own->second.entries;
        rate.workingSeconds -= own->second.workingSeconds;
        rate.realCorrections -= own->second.realCorrections;
        rate.pairs -= own->second.pairs;
    }
    return rate;
}

// ---- judging ----

const char* tierKey(Tier tier) {
    switch (tier) {
    case Tier::None:
        return "none";
    case Tier::Completed:
        return "completed";
    case Tier::Good:
        return "good";
    case Tier::Excellent:
        return "excellent";
    }
    return "none";
}

Evaluation score(const VolunteerMetrics& metrics, const ComparisonIndex& groups, const AwardRules& rules) {
    Evaluation e;
    e.metrics = metrics;
    const VolunteerMetrics& m = e.metrics;

    // The cells merged and sorted, so the sum is the same whatever order they came in.
    std::map<CellKey, WorkCell> merged;
    for (const WorkCell& cell : m.cells) {
        WorkCell& into = merged[{cell.district, cell.registerType, cell.bookDecade}];
        into.district = cell.district;
        into.registerType = cell.registerType;
        into.bookDecade = cell.bookDecade;
        into.entries += count(cell.entries);
        into.workingSeconds += count(cell.workingSeconds);
    }
    e.metrics.cells.clear();
    double hours = 0;
    for (const auto& [key, cell] : merged) {
        e.metrics.cells.push_back(cell);
        CellScore scored;
        scored.cell = cell;
        ComparisonIndex::Rate group = groups.cell(m.person, cell.district, cell.registerType, cell.bookDecade);
        if (group.usable()) {
            scored.source = GroupSource::District;
        } else {
            group = groups.cell(m.person, QString(), cell.registerType, cell.bookDecade);
            scored.source = group.usable() ? GroupSource::Province : GroupSource::Own;
        }
        if (scored.source == GroupSource::Own) {
            scored.standardHours = static_cast<double>(cell.workingSeconds) / 3600.0;
        } else {
            scored.group = group;
            // entries / (group entries per hour), kept as one division of integers' products for exactness
            scored.standardHours = static_cast<double>(cell.entries) * static_cast<double>(group.workingSeconds) /
                                   (static_cast<double>(group.entries) * 3600.0);
        }
        scored.standardHours = milli(scored.standardHours);
        hours += scored.standardHours;
        e.cells.push_back(scored);
    }
    e.standardHours = milli(hours);

    const auto& w = rules.weights;
    const double total = w.standardHour * e.standardHours +
                         w.realCorrection * static_cast<double>(count(m.realCorrections)) +
                         w.duplicateFound * static_cast<double>(count(m.duplicatesFound)) +
                         w.newEntry * static_cast<double>(count(m.newEntries)) +
                         w.escalation * static_cast<double>(count(m.escalations));
    // writingDifferences: deliberately absent — a writing difference is never credit.
    e.scoreMilli = roundMilli(total);

    // The quality gate.
    e.missRate = wilson(m.spotCheckMisses, m.spotCheckItems);
    const std::int64_t decisions = count(m.decisionsApproved) + count(m.decisionsReturned) + count(m.decisionsFlagged);
    e.returnedShare = decisions > 0 ? static_cast<double>(count(m.decisionsReturned)) / decisions : 0.0;
    if (m.daysPresent < rules.tiers.minDays) {
        e.gateReasons << QStringLiteral("below_min_days");
    }
    if (m.spotCheckItems < rules.gate.minSpotCheckItems) {
        e.gateReasons << QStringLiteral("gate.too_few_spot_checks");
    } else if (e.missRate.high > rules.gate.maxMissRateUpper) {
        e.gateReasons << QStringLiteral("gate.miss_rate");
    }
    if (e.returnedShare > rules.gate.maxReturnedShare) {
        e.gateReasons << QStringLiteral("gate.returned_share");
    }
    e.eligible = e.gateReasons.isEmpty();
    e.tier = tier(e, rules);
    return e;
}

Tier tier(const Evaluation& scored, const AwardRules& rules) {
    if (scored.metrics.daysPresent < rules.tiers.minDays) {
        return Tier::None;
    }
    if (!scored.eligible) {
        return Tier::Completed; // quality first: a volunteer failing the gate is not rated above "completed"
    }
    if (scored.scoreMilli >= roundMilli(rules.tiers.excellent)) {
        return Tier::Excellent;
    }
    if (scored.scoreMilli >= roundMilli(rules.tiers.good)) {
        return Tier::Good;
    }
    return Tier::Completed;
}

namespace {
bool ranksBefore(const Evaluation& a, const Evaluation& b) {
    if (a.eligible != b.eligible) {
        return a.eligible;
    }
    if (a.scoreMilli != b.scoreMilli) {
        return a.scoreMilli > b.scoreMilli;
    }
    if (a.metrics.entriesChecked != b.metrics.entriesChecked) {
        return a.metrics.entriesChecked > b.metrics.entriesChecked;
    }
    return a.metrics.person < b.metrics.person;
}
} // namespace

std::vector<Evaluation> rank(const std::vector<VolunteerMetrics>& volunteers, const std::vector<PairWork>& pairs,
                             const AwardRules& rules) {
    const ComparisonIndex groups(pairs);
    std::vector<Evaluation> out;
    out.reserve(volunteers.size());
    for (const VolunteerMetrics& v : volunteers) {
        out.push_back(score(v, groups, rules));
    }
    std::sort(out.begin(), out.end(), ranksBefore);
    return out;
}

bool Shortlist::contains(const QString& person) const {
    if (std::find(province.begin(), province.end(), person) != province.end()) {
        return true;
    }
    for (const auto& [district, persons] : districts) {
        if (std::find(persons.begin(), persons.end(), person) != persons.end()) {
            return true;
        }
    }
    return false;
}

Shortlist shortlist(const std::vector<Evaluation>& ranked, const AwardRules& rules) {
    std::vector<const Evaluation*> order;
    order.reserve(ranked.size());
    for (const Evaluation& e : ranked) {
        order.push_back(&e);
    }
    // rank(...)'s order, whatever order the caller kept them in.
    std::stable_sort(order.begin(), order.end(),
                     [](const Evaluation* a, const Evaluation* b) { return ranksBefore(*a, *b); });
    Shortlist list;
    std::map<QString, std::vector<QString>> districts;
    std::set<QString> seen; // one entry per person is the caller's rule; a person given twice is listed once
    for (const Evaluation* e : order) {
        if (!e->eligible || !seen.insert(e->metrics.person).second) {
            continue;
        }
        if (static_cast<int>(list.province.size()) < rules.shortlist.province) {
            list.province.push_back(e->metrics.person);
        }
        std::vector<QString>& d = districts[e->metrics.district];
        if (static_cast<int>(d.size()) < rules.shortlist.perDistrict) {
            d.push_back(e->metrics.person);
        }
    }
    for (auto& [district, persons] : districts) {
        if (!persons.empty()) {
            list.districts.emplace_back(district, std::move(persons));
        }
    }
    return list;
}

QJsonObject explain(const Evaluation& e, const Shortlist& list) {
    const VolunteerMetrics& m = e.metrics;
    QJsonObject metrics{
        {QStringLiteral("daysPresent"), m.daysPresent},
        {QStringLiteral("workingSeconds"), static_cast<qint64>(m.workingSeconds)},
        {QStringLiteral("entriesRead"), static_cast<qint64>(m.entriesRead)},
        {QStringLiteral("entriesChecked"), static_cast<qint64>(m.entriesChecked)},
        {QStringLiteral("realCorrections"), static_cast<qint64>(m.realCorrections)},
        {QStringLiteral("writingDifferences"), static_cast<qint64>(m.writingDifferences)},
        {QStringLiteral("newEntries"), static_cast<qint64>(m.newEntries)},
        {QStringLiteral("duplicatesFound"), static_cast<qint64>(m.duplicatesFound)},
        {QStringLiteral("escalations"), static_cast<qint64>(m.escalations)},
        {QStringLiteral("decisionsApproved"), static_cast<qint64>(m.decisionsApproved)},
        {QStringLiteral("decisionsReturned"), static_cast<qint64>(m.decisionsReturned)},
        {QStringLiteral("decisionsFlagged"), static_cast<qint64>(m.decisionsFlagged)},
        {QStringLiteral("spotCheckItems"), static_cast<qint64>(m.spotCheckItems)},
        {QStringLiteral("spotCheckMisses"), static_cast<qint64>(m.spotCheckMisses)},
        {QStringLiteral("voids"), static_cast<qint64>(m.voids)},
        {QStringLiteral("amendments"), static_cast<qint64>(m.amendments)},
    };
    std::int64_t entries = 0;
    for (const CellScore& c : e.cells) {
        entries += c.cell.entries;
    }
    metrics.insert(QStringLiteral("entries"), static_cast<qint64>(entries));
    metrics.insert(QStringLiteral("entriesPerHour"),
                   m.workingSeconds > 0
                       ? milli(static_cast<double>(entries) * 3600.0 / static_cast<double>(count(m.workingSeconds)))
                       : 0.0);
    QJsonArray cells;
    for (const CellScore& c : e.cells) {
        QJsonObject cell{
            {QStringLiteral("district"), c.cell.district},
            {QStringLiteral("registerType"), c.cell.registerType},
            {QStringLiteral("bookDecade"), c.cell.bookDecade},
            {QStringLiteral("entries"), static_cast<qint64>(c.cell.entries)},
            {QStringLiteral("workingSeconds"), static_cast<qint64>(c.cell.workingSeconds)},
            {QStringLiteral("group"), QString::fromLatin1(groupSourceKey(c.source))},
            {QStringLiteral("standardHours"), c.standardHours},
        };
        if (c.source != GroupSource::Own) {
            cell.insert(QStringLiteral("groupPairs"), static_cast<qint64>(c.group.pairs));
            cell.insert(QStringLiteral("groupEntries"), static_cast<qint64>(c.group.entries));
            cell.insert(QStringLiteral("groupWorkingSeconds"), static_cast<qint64>(c.group.workingSeconds));
            cell.insert(QStringLiteral("groupEntriesPerHour"), milli(c.group.perHour()));
        }
        cells.append(cell);
    }
    QJsonArray reasons;
    for (const QString& reason : e.gateReasons) {
        reasons.append(reason);
    }
    const bool listed = list.contains(m.person);
    if (e.eligible && !listed) {
        reasons.append(QStringLiteral("below_shortlist"));
    }
    return QJsonObject{
        {QStringLiteral("person"), m.person},
        {QStringLiteral("district"), m.district},
        {QStringLiteral("tier"), QString::fromLatin1(tierKey(e.tier))},
        {QStringLiteral("score"), e.score()},
        {QStringLiteral("eligible"), e.eligible},
        {QStringLiteral("shortlisted"), listed},
        {QStringLiteral("standardHours"), e.standardHours},
        {QStringLiteral("missRateLow"), milli(e.missRate.low)},
        {QStringLiteral("missRateHigh"), milli(e.missRate.high)},
        {QStringLiteral("returnedShare"), milli(e.returnedShare)},
        {QStringLiteral("metrics"), metrics},
        {QStringLiteral("cells"), cells},
        {QStringLiteral("reasons"), reasons},
    };
}

QByteArray toJson(const std::vector<Evaluation>& ranked, const Shortlist& list) {
    QJsonArray volunteers;
    for (const Evaluation& e : ranked) {
        volunteers.append(explain(e, list));
    }
    QJsonArray province;
    for (const QString& p : list.province) {
        province.append(p);
    }
    QJsonObject districts;
    for (const auto& [district, persons] : list.districts) {
        QJsonArray a;
        for (const QString& p : persons) {
            a.append(p);
        }
        districts.insert(district, a);
    }
    const QJsonObject root{
        {QStringLiteral("volunteers"), volunteers},
        {QStringLiteral("shortlist"),
         QJsonObject{{QStringLiteral("province"), province}, {QStringLiteral("districts"), districts}}},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

std::vector<Suspicion> suspicious(const std::vector<VolunteerMetrics>& volunteers, const ComparisonIndex& groups,
                                  const AwardRules& rules) {
    const auto& s = rules.suspicious;
    std::vector<Suspicion> out;
    for (const VolunteerMetrics& m : volunteers) {
        Suspicion found{m.person, {}};
        std::int64_t entries = 0;
        for (const WorkCell& cell : m.cells) {
            entries += count(cell.entries);
        }
        const ComparisonIndex::Rate commune = groups.commune(m.person, m.commune);
        const double hours = static_cast<double>(count(m.workingSeconds)) / 3600.0;
        if (hours >= s.speedMinHours && hours > 0 && commune.usable() &&
            static_cast<double>(entries) / hours > s.speedFactor * commune.perHour()) {
            found.patterns << QStringLiteral("speed");
        }
        if (m.longestMatchRun >= s.matchRun && commune.entries > 0 &&
            static_cast<double>(commune.realCorrections) / static_cast<double>(commune.entries) >=
                s.communeCorrectionRate) {
            found.patterns << QStringLiteral("match_run");
        }
        const std::int64_t changed = count(m.voids) + count(m.amendments);
        if (changed >= s.voidAmendMin && changed > 0 &&
            static_cast<double>(changed) > s.voidAmendShare * static_cast<double>(std::max<std::int64_t>(1, entries))) {
            found.patterns << QStringLiteral("voids_amendments");
        }
        if (!found.patterns.isEmpty()) {
            out.push_back(std::move(found));
        }
    }
    std::sort(out.begin(), out.end(), [](const Suspicion& a, const Suspicion& b) { return a.person < b.person; });
    return out;
}

} // namespace dc::core::evaluation
