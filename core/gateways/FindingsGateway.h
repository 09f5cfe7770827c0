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

// The reads of the findings (issue 16 parts 1 and 3; docs/FINDINGS.md): the current version of each entry, its real
// corrections, the escalations in its history and the decisions taken on them, and the books with the entries checked
// in them. At a hub from the imported rows (`hub_entry_state`, `hub_checks`, `hub_corrections`, `hub_books`,
// `hub_review_events`, `hub_decisions`, the summary `hub_daily_corrections`), narrowed to a district and/or commune
// (empty: all); at a commune site from its own log (`entry_state`, `checks`, `corrections`, `books`, `review_events`,
// `district_decisions`), the district and commune being the site's enrollment. A projection of tables other gateways
// write. Functions throw store::StoreError.
class FindingsGateway {
public:
    // At a hub the connection's page cache is raised to 256 MiB, as the import's (HubGateway::useImportCache): a
    // district's list reads its current rows by UUID all over hub_checks, and SQLCipher decrypts every page it reads
    // again once it has left a small cache.
    FindingsGateway(store::Database& db, bool atHub);

    struct Scope {
        QString district; // empty: every district (at a commune site: ignored)
        QString commune;  // empty: every commune of the district
    };

    // Coverage and lists: the books the workstations keep (at a hub, every enrolled site's in the scope; at a commune
    // site its own), ordered by district, commune, record type, year and number.
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

    // The current rows of a book that may be on a list — every outcome but "match", and amended entries whatever
    // their outcome (an escalation may be in their history) — by entry number.
    struct Row {
        int entry = 0;
        QString registrationDate;
        QString check; // UUID
        QString subjectName;
        QString outcome; // outcomeKey
        QString schemaVersion;
        QString previous; // the UUID of the row it superseded; empty for a first logging
    };
    [[nodiscard]] std::vector<Row> notableRows(const Book& book);

    // The corrections of a row, by position.
    struct Correction {
        int position = 0;
        QString field;
        QString before;
        QString after;
        QString correctionClass;
        bool writingDifference = false;
    };
    [[nodiscard]] std::vector<Correction> corrections(const QString& checkUuid);
    // The writing differences of current rows, counted (at a hub from the summaries kept at import).
    [[nodiscard]] qint64 writingDifferences(const Scope& scope);

    // An earlier row of an entry: its outcome and the row it superseded in turn (empty: the first).
    struct Earlier {
        QString outcome;
        QString previous;
    };
    [[nodiscard]] std::optional<Earlier> earlier(const QString& checkUuid);

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

private:
    [[nodiscard]] std::pair<QString, QString> sitePlace();

    store::Database& m_db;
    bool m_hub;
    std::optional<std::pair<QString, QString>> m_place; // a commune site's (district, commune) once read
};

} // namespace dc::core::gateways
