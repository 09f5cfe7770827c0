// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/KeyHash.h"
#include "core/domain/MapContribution.h"

#include <QString>

#include <optional>
#include <tuple>
#include <unordered_map>
#include <vector>

namespace dc::core::store {
class Database;
}

namespace dc::core::gateways {

// The only SQL of the error map (issue 16 part 2; core/services/ErrorMapService.h): the hub's summaries
// `hub_map_entries` and `hub_map_corrected` (kept at import through noteCurrentRow, which HubGateway calls, and read
// here), and the commune site's map from its own log. What one current row contributes is core/domain/MapContribution's
// rule, applied here to the rows the import has in hand and to the commune's current rows alike (until migration 25 it
// was four SQL views). Callers hold the transaction; functions throw store::StoreError.
class ErrorMapGateway {
public:
    explicit ErrorMapGateway(store::Database& db) : m_db(db) {}

    // Entries by current outcome at one place of the map. `place` is the site's UUID at a hub, the book's commune at
    // a commune site.
    struct Entries {
        QString place;
        QString recordType;
        int decade = 0;
        QString schemaVersion;
        QString outcome;
        qint64 entries = 0;
        qint64 writingDifferences = 0;
    };
    // Entries with at least one real correction of a field (class "": of any class).
    struct Corrected {
        QString place;
        QString recordType;
        int decade = 0;
        QString field;
        QString correctionClass;
        qint64 entries = 0;
    };
    struct Summary {
        std::vector<Entries> entries;
        std::vector<Corrected> corrected;
    };

    // At a hub: the summaries, every site (a few thousand rows; zero rows left out).
    [[nodiscard]] Summary hubSummary();
    // At a commune site: the same from its log (a scan of the current rows).
    [[nodiscard]] Summary siteSummary();

    // At a hub, during an import, a bundle's changes summed in memory (as the schema 8 summaries are) and written once
    // per key by flush.
    struct Deltas {
        // (place, record type, decade, schema version, outcome) → (entries, writing differences)
        std::unordered_map<std::tuple<QString, QString, int, QString, QString>, std::pair<qint64, qint64>, KeyHash>
            entries;
        // (place, record type, decade, field, class) → entries
        std::unordered_map<std::tuple<QString, QString, int, QString, QString>, qint64, KeyHash> corrected;
    };
    // A row that became an entry's current row (sign +1) or stopped being one (sign -1: replaced by an amendment or a
    // void), with what the map's rule reads of it.
    struct CurrentRow {
        QString place; // where the map sums it: the sending site's UUID at a hub, the book's commune at a commune site
        QString recordType;                  // its book's; "" when the hub holds no such book
        std::optional<qint64> bookFirstYear; // none when the hub holds no such book
        QString registrationDate;
        QString schemaVersion;
        QString outcome;
        std::vector<domain::MapCorrection> corrections;
    };
    static void noteCurrentRow(Deltas& deltas, const CurrentRow& row, int sign);
    // Writes the deltas (one upsert per key that changed) and clears them.
    void flush(Deltas& deltas);

private:
    store::Database& m_db;
};

} // namespace dc::core::gateways
