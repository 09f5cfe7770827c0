// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/evaluation/Evaluation.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

// The logged facts the evaluation reads (a hub's summaries, or a commune site's own log), as plain rows, and the one
// rule that turns them into each volunteer's metrics and each pair's work (core/evaluation/README.md "Facts"). The
// gateway (EvaluationGateway) fills Facts over a range of site days; nothing here reads a database.
namespace dc::core::evaluation {

struct Facts {
    // A volunteer account, and the person it is linked to (empty when not linked: the account is then its own
    // volunteer, keyed by its UUID).
    struct Account {
        QString site;
        QString user; // the account's UUID
        QString userName;
        QString displayName;
        QString person;
        QString unit; // the person's unit as registered (empty at a commune site)
    };
    // A pair's work on one book on one site day: the entries' columns on the day and for the pair that first logged
    // them (the current row's outcome, corrections and writing differences; a void takes the entry out), voids and
    // amendments on the day and for the pair that made them. Users are account UUIDs, first < second.
    struct Work {
        QString site;
        QString day; // ISO site day
        QString district;
        QString commune;
        QString registerType;
        int bookYear = 0;
        QString first;
        QString second;
        std::int64_t logged = 0;
        std::int64_t matches = 0;
        std::int64_t corrections = 0;
        std::int64_t writingDifferences = 0;
        std::int64_t newEntries = 0;
        std::int64_t duplicates = 0;
        std::int64_t escalations = 0;
        std::int64_t voids = 0;
        std::int64_t amendments = 0;
    };
    // Entries read and entries checked by an account on a site day (the entry's first row's reader and checker).
    struct Roles {
        QString site;
        QString day;
        QString user;
        std::int64_t read = 0;
        std::int64_t checked = 0;
    };
    // One event of a pair's work session (first < second): "start", "swap", "pause", "resume", "end", at a stored
    // UTC time ("2022-08-01T03:00:00Z"). Working time runs from a start or resume to the next pause or end; a stretch
    // never closed (the program was killed) counts nothing, as the log cannot show when it stopped. A stretch counts on
    // the site day it began.
    struct SessionEvent {
        QString site;
        QString session;
        QString first;
        QString second;
        QString kind;
        QString at;
    };
    // A pair's spot-checked entries and misses (first < second); a pair may have several rows (a hub reads one per day
    // and sampled row's reader and checker): they are summed.
    struct Spots {
        QString site;
        QString first;
        QString second;
        std::int64_t sampled = 0;
        std::int64_t missed = 0;
    };
    // The supervisor's decisions on the entries of an account's pairs (each decision counts for both members of the
    // reviewed row's pair); an account may have several rows (a hub reads one per day): they are summed.
    struct Decisions {
        QString site;
        QString user;
        std::int64_t approved = 0;
        std::int64_t returned = 0;
        std::int64_t flagged = 0;
    };
    QString fromDay; // the range of site days the work stretches are kept for (the gateway filters the other rows);
    QString toDay;   // empty: unbounded
    std::vector<Account> accounts;
    std::vector<Work> work;
    std::vector<Roles> roles;
    std::vector<SessionEvent> sessionEvents; // in order of session, then time
    std::vector<Spots> spots;
    std::vector<Decisions> decisions;
};

// One volunteer as the office knows them, with their metrics.
struct Volunteer {
    QString key;    // the person's UUID, or the account's UUID when it is linked to no person
    QString person; // empty when not linked
    QString site;   // the site of their first account (by site, user name)
    QString userName;
    QString name; // the registered full name, else the account's display name
    QString unit;
    QStringList communes; // "District/Commune" of every commune they logged entries at, sorted (the commune alone
                          // at a commune site not enrolled yet)
    QStringList days;     // ISO site days present, sorted
    std::vector<std::pair<QString, QString>> accounts; // (site, user name) of each of their accounts, sorted
    VolunteerMetrics metrics;
};

struct Assembled {
    std::vector<Volunteer> volunteers; // sorted by key
    std::vector<PairWork> pairs;       // members are volunteer keys
};

// The rule: a pair's work counts for both members; working seconds of a pair's day are shared among the books of that
// day by entries logged; a volunteer's district and commune are where they logged most entries. Rows naming an account
// not in `accounts` (a supervisor's, or one the hub does not hold) are left out.
[[nodiscard]] Assembled assemble(const Facts& facts);

} // namespace dc::core::evaluation
