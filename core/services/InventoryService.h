// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/Result.h"
#include "core/domain/Messages.h"
#include "core/services/ReportService.h"
#include "core/services/ReportTables.h"
#include "core/services/Session.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace dc::core {

// Completeness against the registers (issue 16 part 3; docs/FINDINGS.md "Coverage"): the register inventory at a hub
// — each commune's paper books by record type, year and number with their entry ranges — and, per book, the entries
// checked and the gaps, so that the office knows which registers are done.
//
// Who may (checked here): at a hub a province account enters the inventory (`add`, `importCsv`) and reads everything;
// a district account reads its own district's inventory and coverage only. At a commune site its supervisor reads the
// coverage of its own books (there is no inventory there). Anyone else: NotPermitted.

struct RegisterInput {
    QString commune;    // "District/Commune" (or a bare commune name when unique), resolved with the campaign
    QString recordType; // "birth", "marriage", "death"
    int year = 0;       // the book's first year, 1900–2100
    QString bookNumber; // 1–20 characters, no control characters
    int first = 0;      // 1 ≤ first ≤ last ≤ 100,000
    int last = 0;
};

struct InventoryRegister {
    QString district;
    QString commune;
    QString recordType;
    int year = 0;
    QString bookNumber;
    int first = 0;
    int last = 0;
    QString enteredBy;
    QString enteredAt;
};

struct CoverageBook {
    QString district;
    QString commune;
    QString recordType;
    int year = 0;
    QString bookNumber;
    std::optional<int> first; // the inventory's range when it has the book, else the workstation's; none: unknown
    std::optional<int> last;
    int checked = 0; // entries of the book with a current check, inside the range (all of them when it is unknown)
    std::vector<std::pair<int, int>> gaps; // [from, to] inside the range with no current check; none when unknown
    QString source;                        // "inventory", "workstation" or "both"
};

struct Coverage {
    QString site;
    QString scope;
    bool atHub = false;
    std::vector<CoverageBook> registers; // ordered by district, commune, record type, year, book number
};

class InventoryService {
public:
    // The limits of an inventory file (a province's books are a few tens of thousands of lines).
    static constexpr qint64 kMaxImportBytes = 4 * 1024 * 1024;

    // Province accounts at a hub. InvalidInput naming the rule broken (an unknown commune, a bad number, a book already
    // in the inventory); nothing written then. An audit event per call.
    [[nodiscard]] static Result<InventoryRegister> add(Session& session, const RegisterInput& input);
    // A CSV file (UTF-8, with or without a byte-order mark) whose header row is
    // `district,commune,type,year,number,first,last`. Every line is checked before anything is written; the first
    // refusal names its line number (InvalidInput) and nothing is written. Returns the registers added.
    [[nodiscard]] static Result<int> importCsv(Session& session, const QByteArray& bytes);
    // Province: any scope; district: its own district (the default) and its communes.
    [[nodiscard]] static Result<std::vector<InventoryRegister>> list(Session& session, const ReportScope& scope);

    // The coverage over a scope (at a commune site: its own books).
    [[nodiscard]] static Result<Coverage> coverage(Session& session, const ReportScope& scope);
    // `findings coverage --json`: {"site", "scope", "registers": [{"district", "commune", "type", "year", "bookNumber",
    // "first", "last", "checked", "gaps": [[from, to]], "source"}]}.
    [[nodiscard]] static QJsonObject coverageJson(const Coverage& coverage);
    [[nodiscard]] static ReportDocument coverageDocument(const Coverage& coverage, domain::Language language);
    // `findings inventory list --json`: {"registers": [{"district", "commune", "type", "year", "bookNumber", "first",
    // "last", "enteredBy", "enteredAt"}]}.
    [[nodiscard]] static QJsonObject inventoryJson(const std::vector<InventoryRegister>& registers);
};

} // namespace dc::core
