// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/Result.h"
#include "core/domain/Wilson.h"
#include "core/services/CheckLog.h"
#include "core/services/Session.h"

#include <QDate>

#include <vector>

namespace dc::core {

// Each day the supervisor re-checks a random sample of every pair's "match" entries against the book and the
// database, to learn how much each pair misses. The sample is reproducible: its seed is recorded, and the same
// seed over the same entries draws the same sample (drawSample).
struct SpotCheckPolicy {
    int ratePermille = 50; // 5 %
    int minimum = 3;       // at least 3 per pair, when the pair logged that many
};

enum class SpotResult { Pending, Confirmed, Missed };

struct SpotItem {
    qint64 itemId = 0;
    LoggedCheck check;
    QString reader;
    QString checker;
    SpotResult result = SpotResult::Pending;
    // for a miss: the correction that should have been logged
    QString fieldKey;
    QString before;
    QString after;
    QString correctionClass;
    QString note;
};

struct SpotSample {
    qint64 id = 0;
    QString day; // yyyy-MM-dd, Vietnam's day
    QString firstUser;
    QString secondUser;
    QString seed; // hex
    int population = 0;
    std::vector<SpotItem> items;
};

struct MissRate {
    QString who;     // a user name, or "a + b" for a pair
    int sampled = 0; // decided items
    int missed = 0;
    domain::ProportionEstimate estimate; // missed / sampled with its 95 % Wilson interval
};

struct MissRates {
    std::vector<MissRate> pairs;
    std::vector<MissRate> volunteers;
};

class SpotCheckService {
public:
    // Supervisors only. Draws (once per day and pair; drawing again returns what was drawn) the day's samples.
    [[nodiscard]] static Result<std::vector<SpotSample>> drawDay(Session& session, const QDate& day,
                                                                 const SpotCheckPolicy& policy = {});
    [[nodiscard]] static Result<std::vector<SpotSample>> samples(Session& session, const QDate& day);
    // Supervisors only. Confirmed: the match was right. Missed: the database needed this correction.
    [[nodiscard]] static Result<SpotItem> confirm(Session& session, qint64 itemId, const QString& note = {});
    [[nodiscard]] static Result<SpotItem> missed(Session& session, qint64 itemId, const CorrectionInput& correction,
                                                 const QString& note = {});
    [[nodiscard]] static Result<MissRates> missRates(Session& session, const QDate& from, const QDate& to);

    // The draw itself: the `count` entries whose SHA-256(seed ‖ check uuid) are smallest. Independent of the order
    // of `uuids`, so a sample can be reproduced from its seed and the day's entries.
    [[nodiscard]] static std::vector<QString> drawSample(const QByteArray& seed, const std::vector<QString>& uuids,
                                                         int count);
    [[nodiscard]] static int sampleSize(int population, const SpotCheckPolicy& policy);
};

} // namespace dc::core
