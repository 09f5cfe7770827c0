// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/evaluation/Facts.h"

#include "core/KeyHash.h"
#include "core/SiteTime.h"

#include <QDateTime>

#include <QHashFunctions>

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <tuple>
#include <unordered_map>

namespace dc::core::evaluation {

namespace {

using SiteUser = std::pair<QString, QString>;                   // (site, account UUID)
using Cell = std::tuple<QString, QString, int>;                 // (district, register type, decade)
using PairDay = std::tuple<QString, QString, QString, QString>; // (site, day, first, second)

// The look-ups by account and by pair's day are hashed (core/KeyHash.h): their keys are UUIDs and days, whose long
// shared prefixes made the ordered maps' comparisons most of the assembling. Only what is read in order (people,
// cells, pairs, days) stays ordered.
using core::KeyHash;

int decadeOf(int year) {
    return year > 0 ? year - year % 10 : 0;
}

struct Person {
    Volunteer volunteer;
    std::set<QString> days;
    std::map<QString, std::int64_t> entriesByCommune; // "District/Commune" → entries
    std::map<QString, std::pair<QString, QString>> placeOf;
    std::map<Cell, WorkCell> cells;
    std::map<QString, std::pair<std::int64_t, std::int64_t>> matchDays; // day → (matches, corrections)
};

} // namespace

Assembled assemble(const Facts& facts) {
    // Who is who: accounts to volunteer keys.
    std::unordered_map<SiteUser, Person*, KeyHash> personOf; // into `people`, whose nodes never move
    std::map<QString, Person> people;
    std::vector<const Facts::Account*> accounts;
    for (const Facts::Account& a : facts.accounts) {
        accounts.push_back(&a);
    }
    std::sort(accounts.begin(), accounts.end(), [](const Facts::Account* x, const Facts::Account* y) {
        return std::tie(x->site, x->userName, x->user) < std::tie(y->site, y->userName, y->user);
    });
    for (const Facts::Account* a : accounts) {
        const QString key = a->person.isEmpty() ? a->user : a->person;
        auto [it, added] = people.try_emplace(key);
        personOf[{a->site, a->user}] = &it->second;
        Volunteer& v = it->second.volunteer;
        v.accounts.emplace_back(a->site, a->userName);
        if (added) {
            v.key = key;
            v.person = a->person;
            v.site = a->site;
            v.userName = a->userName;
            v.name = a->displayName;
            v.unit = a->unit;
            v.metrics.person = key;
        }
    }
    const auto find = [&](const QString& site, const QString& user) -> Person* {
        auto k = personOf.find({site, user});
        return k == personOf.end() ? nullptr : k->second;
    };

    // Working seconds of each pair's day, shared among that day's books by entries logged. One entry a pair's day,
    // found once for each work row (whose entry is kept beside it: the map's nodes never move), not once for each sum;
    // it also keeps the pair's two volunteers, looked up the first time the day is met rather than for every stretch
    // and every book of it.
    struct PairDayTotals {
        std::int64_t seconds = 0;        // the stretches' seconds
        std::int64_t logged = 0;         // the entries of the day's work rows
        std::int64_t given = 0;          // the seconds shared out so far
        std::optional<std::size_t> last; // the day's last work row given a share: it gets the remainder
        std::optional<std::pair<Person*, Person*>> members; // the key's first and second account (either may be null)
    };
    std::unordered_map<PairDay, PairDayTotals, KeyHash> pairDays;
    const auto membersOf = [&](PairDayTotals& day, const QString& site, const QString& first, const QString& second) {
        if (!day.members) {
            day.members = std::pair{find(site, first), find(site, second)};
        }
        return *day.members;
    };
    {
        QDateTime since;
        QString sinceDay;
        const Facts::SessionEvent* previous = nullptr;
        for (const Facts::SessionEvent& e : facts.sessionEvents) {
            if (previous == nullptr || previous->session != e.session || previous->site != e.site) {
                since = QDateTime();
            }
            previous = &e;
            const QDateTime at = QDateTime::fromString(e.at, Qt::ISODate);
            if (!at.isValid()) {
                continue;
            }
            if (e.kind == QLatin1String("start") || e.kind == QLatin1String("resume")) {
                if (!since.isValid()) {
                    since = at;
                    sinceDay = sitetime::dayKeyOfStored(e.at);
                }
            } else if (e.kind == QLatin1String("pause") || e.kind == QLatin1String("end")) {
                if (since.isValid() && (facts.fromDay.isEmpty() || sinceDay >= facts.fromDay) &&
                    (facts.toDay.isEmpty() || sinceDay <= facts.toDay)) {
                    const std::int64_t worked = std::max<qint64>(0, since.secsTo(at));
                    PairDayTotals& day = pairDays[{e.site, sinceDay, e.first, e.second}];
                    day.seconds += worked;
                    const auto [first, second] = membersOf(day, e.site, e.first, e.second);
                    for (Person* p : {first, second}) {
                        if (p != nullptr) {
                            p->volunteer.metrics.workingSeconds += worked;
                            if (worked > 0) {
                                p->days.insert(sinceDay);
                            }
                        }
                    }
                }
                since = QDateTime();
            }
        }
    }
    std::vector<PairDayTotals*> dayOf(facts.work.size());
    for (std::size_t i = 0; i < facts.work.size(); ++i) {
        const Facts::Work& w = facts.work[i];
        dayOf[i] = &pairDays[{w.site, w.day, w.first, w.second}];
        dayOf[i]->logged += std::max<std::int64_t>(0, w.logged);
    }
    // Each work row's share of its pair's day (integer seconds: floored, the remainder to the day's last row).
    std::vector<std::int64_t> share(facts.work.size(), 0);
    for (std::size_t i = 0; i < facts.work.size(); ++i) {
        PairDayTotals& day = *dayOf[i];
        if (day.logged <= 0 || facts.work[i].logged <= 0) {
            continue;
        }
        share[i] = day.seconds * facts.work[i].logged / day.logged;
        day.given += share[i];
        day.last = i;
    }
    for (const auto& [key, day] : pairDays) {
        if (day.last) {
            share[*day.last] += day.seconds - day.given;
        }
    }

    std::map<std::tuple<QString, QString, QString, QString, QString, int>, PairWork> pairs;
    for (std::size_t i = 0; i < facts.work.size(); ++i) {
        const Facts::Work& w = facts.work[i];
        const auto [a, b] = membersOf(*dayOf[i], w.site, w.first, w.second);
        const int decade = decadeOf(w.bookYear);
        // "District/Commune"; the commune alone at a commune site not enrolled yet (it knows no district).
        const QString commune = w.district.isEmpty() ? w.commune : w.district + QLatin1Char('/') + w.commune;
        for (Person* p : {a, b}) {
            if (p == nullptr) {
                continue;
            }
            VolunteerMetrics& m = p->volunteer.metrics;
            m.realCorrections += w.corrections;
            m.writingDifferences += w.writingDifferences;
            m.newEntries += w.newEntries;
            m.duplicatesFound += w.duplicates;
            m.escalations += w.escalations;
            m.voids += w.voids;
            m.amendments += w.amendments;
            if (w.logged > 0) {
                p->days.insert(w.day);
                p->entriesByCommune[commune] += w.logged;
                p->placeOf[commune] = {w.district, w.commune};
            }
            auto& md = p->matchDays[w.day];
            md.first += w.matches;
            md.second += w.corrections;
            WorkCell& cell = p->cells[{w.district, w.registerType, decade}];
            cell.district = w.district;
            cell.registerType = w.registerType;
            cell.bookDecade = decade;
            cell.entries += w.logged;
            cell.workingSeconds += share[i];
        }
        if (a != nullptr && b != nullptr && a != b) {
            const QString& x = std::min(a->volunteer.key, b->volunteer.key);
            const QString& y = std::max(a->volunteer.key, b->volunteer.key);
            PairWork& pw = pairs[{x, y, w.district, w.commune, w.registerType, decade}];
            pw.memberA = x;
            pw.memberB = y;
            pw.district = w.district;
            pw.commune = w.commune;
            pw.registerType = w.registerType;
            pw.bookDecade = decade;
            pw.entries += w.logged;
            pw.workingSeconds += share[i];
            pw.realCorrections += w.corrections;
        }
    }
    for (const Facts::Roles& r : facts.roles) {
        if (Person* p = find(r.site, r.user)) {
            p->volunteer.metrics.entriesRead += r.read;
            p->volunteer.metrics.entriesChecked += r.checked;
            if (r.read > 0 || r.checked > 0) {
                p->days.insert(r.day);
            }
        }
    }
    for (const Facts::Spots& s : facts.spots) {
        for (const QString* user : {&s.first, &s.second}) {
            if (Person* p = find(s.site, *user)) {
                p->volunteer.metrics.spotCheckItems += s.sampled;
                p->volunteer.metrics.spotCheckMisses += s.missed;
            }
        }
    }
    for (const Facts::Decisions& d : facts.decisions) {
        if (Person* p = find(d.site, d.user)) {
            p->volunteer.metrics.decisionsApproved += d.approved;
            p->volunteer.metrics.decisionsReturned += d.returned;
            p->volunteer.metrics.decisionsFlagged += d.flagged;
        }
    }

    Assembled out;
    out.volunteers.reserve(people.size());
    for (auto& [key, p] : people) {
        Volunteer& v = p.volunteer;
        VolunteerMetrics& m = v.metrics;
        m.daysPresent = static_cast<int>(p.days.size());
        for (const QString& day : p.days) {
            v.days.push_back(day);
        }
        // Where they logged most entries (ties: the first by name) is their district and commune.
        std::int64_t most = -1;
        for (const auto& [commune, entries] : p.entriesByCommune) {
            v.communes.push_back(commune);
            if (entries > most) {
                most = entries;
                m.district = p.placeOf[commune].first;
                m.commune = p.placeOf[commune].second;
            }
        }
        // The longest run of "match" without a correction, counted by whole days of the volunteer's pairs: a day
        // with a real correction ends the run (core/evaluation/README.md "Facts").
        std::int64_t run = 0;
        for (const auto& [day, md] : p.matchDays) {
            run = md.second > 0 ? 0 : run + md.first;
            m.longestMatchRun = std::max(m.longestMatchRun, run);
        }
        for (const auto& [cell, c] : p.cells) {
            if (c.entries > 0 || c.workingSeconds > 0) {
                m.cells.push_back(c);
            }
        }
        out.volunteers.push_back(std::move(v));
    }
    for (auto& [key, pw] : pairs) {
        out.pairs.push_back(std::move(pw));
    }
    return out;
}

} // namespace dc::core::evaluation
