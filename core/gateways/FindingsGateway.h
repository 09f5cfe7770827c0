// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/domain/RegisterReference.h"

#include <QString>

#include <optional>
#include <vector>

namespace dc::core::store {
class Database;
}

namespace dc::core::gateways {

// The reads of the findings (issue 16 parts 1 and 3; docs/FINDINGS.md): the current version of each entry, its real
// corrections, the escalations in its history and the decisions taken on them, and the books with the entries checked
// in them. At a hub from the imported rows (`hub_entry_state`, `hub_checks`, `hub_corrections`, `hub_books`,
// `hub_review_events`, `hub_decisions`, the summary `hub_daily_corrections`), narrowed to a district and/or commune
// (empty: all); at a commune site from its own log (`entry_state`, `checks`, `corrections`, `books`, `review_events`,
// `district_decisions`), the district and commune being the site's enrollment. A projection of tables other gateways
// write. Functions throw store::StoreError.
class FindingsGateway {
public:
    FindingsGateway(store::Database& db, bool atHub) : m_db(db), m_hub(atHub) {}

    struct Scope {
        QString district; // empty: every district (at a commune site: ignored)
        QString commune;  // empty: every commune of the district
    };

    using Reference = domain::RegisterReference;
    struct Row {
        Reference reference;
        QString subjectName;
        QString outcome; // outcomeKey
        QString schemaVersion;
    };

    // Current rows whose outcome is one of `outcomes` (keys).
    [[nodiscard]] std::vector<Row> currentRows(const Scope& scope, const std::vector<QString>& outcomes);
    // The current row of the entry whose current check has this UUID; nullopt when it is not current.
    [[nodiscard]] std::optional<Row> currentRow(const QString& checkUuid);

    struct Correction {
        Row row;
        int position = 0;
        QString field;
        QString before;
        QString after;
        QString correctionClass;
    };
    // The real corrections (not writing differences) of current rows. Only rows other than "match" carry real ones
    // (a Corrected draft whose every correction is a writing difference is logged as a match: EntryDraft.h).
    [[nodiscard]] std::vector<Correction> realCorrections(const Scope& scope);
    // The writing differences of current rows, counted (at a hub from the summaries kept at import).
    [[nodiscard]] qint64 writingDifferences(const Scope& scope);

    // For every current entry with a history (amended), the escalated rows its current row superseded, directly or
    // not: (current check UUID, escalated check UUID), the current row's outcome being any.
    struct EscalatedEarlier {
        QString currentUuid;
        QString escalatedUuid;
    };
    [[nodiscard]] std::vector<EscalatedEarlier> escalatedEarlier(const Scope& scope);

    // The newest review event of a check (by time, then the order it was recorded), if any.
    struct Review {
        QString decision; // "approve", "return", "flag", "unapprove", "resolve"
        QString reason;   // for "resolve": the supervisor's decision
        QString note;
        QString at;
    };
    [[nodiscard]] std::optional<Review> newestReview(const QString& checkUuid);
    // The district's newest decision on a check its commune flagged (at a commune: as a receipt carried it).
    struct DistrictDecision {
        QString decision; // "approve", "reject"
        QString note;
        QString at;
    };
    [[nodiscard]] std::optional<DistrictDecision> newestDistrictDecision(const QString& checkUuid);

    // Coverage: the books the workstations keep (at a hub, every enrolled site's; at a commune site its own).
    struct Book {
        QString key; // hub: the book's UUID; commune: its id
        QString district;
        QString commune;
        QString recordType;
        int year = 0;
        QString bookNumber;
        std::optional<int> first;
        std::optional<int> last;
    };
    [[nodiscard]] std::vector<Book> books(const Scope& scope);
    // The entry numbers of a book (Book::key) that have a current row, ascending.
    [[nodiscard]] std::vector<int> currentEntries(const QString& bookKey);

private:
    [[nodiscard]] std::pair<QString, QString> sitePlace();

    store::Database& m_db;
    bool m_hub;
    std::optional<std::pair<QString, QString>> m_place; // a commune site's (district, commune) once read
};

} // namespace dc::core::gateways
