// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include <QString>

#include <optional>
#include <vector>

namespace dc::core::store {
class Database;
}

namespace dc::core::gateways {

// The only SQL of the daily spot-checks: `spot_samples` (one per day and pair, with its seed), `spot_items` (the
// sampled checks) and `spot_results` (appended, never changed: an item's result is its latest).
class SpotCheckGateway {
public:
    explicit SpotCheckGateway(store::Database& db) : m_db(db) {}

    struct Sample {
        qint64 id = 0;
        QString uuid;
        QString day; // ISO date
        qint64 firstUser = 0;
        qint64 secondUser = 0;
        QString seed;
        int ratePermille = 0;
        int minimum = 0;
        int population = 0;
        qint64 drawnBy = 0;
        QString drawnAt;
    };
    // Fills sample.id.
    void insertSample(Sample& sample);
    // Adds the check with this uuid to the sample.
    void addItem(qint64 sampleId, const QString& checkUuid);
    [[nodiscard]] std::optional<Sample> sample(qint64 sampleId);
    [[nodiscard]] std::optional<qint64> sampleOf(const QString& day, qint64 firstUser, qint64 secondUser);
    [[nodiscard]] std::vector<qint64> samplesOfDay(const QString& day);
    [[nodiscard]] std::vector<qint64> itemsOf(qint64 sampleId);
    [[nodiscard]] std::optional<qint64> checkOfItem(qint64 itemId);

    struct Result {
        QString result; // "confirmed", "missed"
        QString fieldKey;
        QString before;
        QString after;
        QString correctionClass;
        QString note;
        qint64 supervisorId = 0;
        QString at;
    };
    void appendResult(qint64 itemId, const Result& result);
    [[nodiscard]] std::optional<Result> latestResult(qint64 itemId);

    // Every decided item of the samples of days [fromDay, toDay] (ISO dates): the sample's pair, who read and who
    // checked the sampled check, and the item's latest result.
    struct Decided {
        qint64 firstUser = 0;
        qint64 secondUser = 0;
        qint64 readerId = 0;
        qint64 checkerId = 0;
        bool missed = false;
    };
    [[nodiscard]] std::vector<Decided> decided(const QString& fromDay, const QString& toDay);
    // The items whose latest result is a miss, by day, book and entry number.
    struct Miss {
        QString day;
        qint64 bookId = 0;
        int entryNumber = 0;
        QString subjectName;
        QString fieldKey;
        QString before;
        QString after;
        QString correctionClass;
        qint64 firstUser = 0;
        qint64 secondUser = 0;
    };
    [[nodiscard]] std::vector<Miss> misses(const QString& fromDay, const QString& toDay);

private:
    store::Database& m_db;
};

} // namespace dc::core::gateways
