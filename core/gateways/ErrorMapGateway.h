// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/KeyHash.h"

#include <QString>

#include <tuple>
#include <unordered_map>
#include <vector>

namespace dc::core::store {
class Database;
}

namespace dc::core::gateways {

// The only SQL of the error map (issue 16 part 2; core/services/ErrorMapService.h): the hub's summaries
// `hub_map_entries` and `hub_map_corrected` (kept at import through noteCurrentRow, which HubGateway calls, and read
// here), and the commune site's map from its own log. What one current row contributes is the views of schema 22
// (hub_map_rows, hub_map_field_rows; map_rows, map_field_rows at a commune site): the import, the back-fill and the
// commune's scan all read them, so the rule is written once. Callers hold the transaction; functions throw
// store::StoreError.
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
    // per key by flush: `checkUuid` (already in hub_checks and hub_corrections) became an entry's current row (sign +1)
    // or stopped being one (sign -1: replaced by an amendment or a void). Where the row lands is read from the views
    // (the rule stays in SQL); `realCorrections`: whether the row has a real correction (the caller counted them) —
    // without one the field view is not looked at (most rows are matches: a lookup that would add nothing).
    struct Deltas {
        // (site, record type, decade, schema version, outcome) → (entries, writing differences)
        std::unordered_map<std::tuple<QString, QString, int, QString, QString>, std::pair<qint64, qint64>, KeyHash>
            entries;
        // (site, record type, decade, field, class) → entries
        std::unordered_map<std::tuple<QString, QString, int, QString, QString>, qint64, KeyHash> corrected;
        // The rows that became current (sign +1), as a JSON array of their UUIDs: looked up together at flush, one
        // grouped read of the entries' view per bundle instead of one read per row (the rows never change once
        // written).
        QByteArray becameCurrent;
    };
    void noteCurrentRow(Deltas& deltas, const QString& checkUuid, int sign, bool realCorrections);
    // Writes the deltas (one upsert per key that changed) and clears them.
    void flush(Deltas& deltas);

private:
    // One row's place in the entries' view, added to the deltas with `sign`.
    void noteEntries(Deltas& deltas, const QString& checkUuid, int sign);

    store::Database& m_db;
};

} // namespace dc::core::gateways
