// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/campaign/Campaign.h"
#include "core/domain/Finding.h"
#include "core/sheets/Table.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <vector>

namespace dc::core::campaign {

// A volunteer's registration, form "Mẫu 01" (DOMAIN.md; docs/REGISTRATION.md), as a unit's list gives it. Pure: no
// I/O, no database. The photo and the signature are on paper only and are not kept.

// A yes/no answer as people type it: "có", "x", "yes", "đồng ý", "1" / "không", "0", empty = unknown.
enum class Answer { Unknown, Yes, No };
[[nodiscard]] QString answerKey(Answer answer); // "unknown", "yes", "no"
[[nodiscard]] Answer answerFromKey(const QString& key);
// nullopt when the text is neither a yes, a no nor empty.
[[nodiscard]] std::optional<Answer> parseAnswer(const QString& text);

struct Registration {
    QString unit;     // the unit's name as the campaign spells it
    QString fullName; // NFC, spaces collapsed
    int birthYear = 0;
    QString sex;      // "male", "female", or empty when not given
    QString position; // "Chức vụ, đơn vị": free text
    QString residence;
    QString idNumber; // digits: a CMND (9) or CCCD (12)
    QString idIssued; // dd/MM/yyyy at the precision given, or empty
    QString idPlace;
    QString phone; // 0xxxxxxxxx, or empty
    QString email;
    Answer agreesDates = Answer::Unknown;       // agrees to work 01/12–31/12
    Answer acceptsAssignment = Answer::Unknown; // accepts the office's assignment
    Answer ownTransport = Answer::Unknown;
    Answer computer = Answer::Unknown; // can use a computer and basic Office
    QString preferredDistrict;         // the campaign's spelling, or empty
    QString preferredCommune;          // the campaign's spelling, or empty (then the district alone may be given)
    QString strengths;
    // Added for the allocation and the roster (decisions in docs/REGISTRATION.md):
    Answer inProvince = Answer::Unknown; // studies or works in the province; unknown when the list lacks the column
    Answer student = Answer::Unknown;    // a pupil or student: a school's unit, or the position says so
    std::vector<QDate> unavailable;      // days of the work period the person cannot come, sorted, unique
    int sourceRow = 0;                   // the row of the list it came from (1 = the file's first row)
};

// One row of a unit's list, parsed: the registration and what was found in its cells. A row with an error is not
// added; a row with warnings is.
struct ParsedRow {
    int row = 0; // the spreadsheet's row number
    Registration registration;
    domain::Findings findings;
    [[nodiscard]] bool valid() const { return !domain::hasErrors(findings); }
};

struct ParsedList {
    int headerRow = 0;             // 0 when no header row was found
    QStringList columns;           // the column keys recognised, in the file's order
    domain::Findings fileFindings; // about the file as a whole (field = the column key): an error refuses the file
    std::vector<ParsedRow> rows;   // the data rows, in the file's order (empty rows skipped)
    [[nodiscard]] bool refused() const { return domain::hasErrors(fileFindings); }
};

// The header row is looked for among the first kHeaderSearchRows rows.
inline constexpr int kHeaderSearchRows = 15;

// Parses a unit's list into registrations with findings per row, without writing anything. The header row is the one
// of the first rows matching the most known columns (core/campaign/resources/registration-columns.json: synonyms
// matched without tone marks, case, spaces or punctuation, in any order; other columns ignored). A missing required
// column (full name, birth year, ID number) is an error of the file; a missing optional one a warning. Within the
// file, an ID number met a second time is an error on the later row. Never throws; bad cells are findings.
[[nodiscard]] ParsedList parseUnitList(const sheets::Table& table, const Campaign& campaign, const Unit& unit);

// The column keys known, in the order of registration-columns.json, and their Vietnamese header labels.
[[nodiscard]] QStringList registrationColumns();
[[nodiscard]] QString registrationColumnLabel(const QString& key);

// Eligibility (issue 14), the one place it is decided: age minAge–maxAge in the campaign year (campaign year minus
// birth year: turning 16 or 35 that year is in, 15 or 36 out), agrees to the dates, accepts the assignment, studies or
// works in the province. Each reason is a finding (code + bilingual message in domain/resources/messages.json): an
// error makes the person ineligible; a warning (an unknown answer) does not.
struct Eligibility {
    bool eligible = false;
    domain::Findings reasons;
};
[[nodiscard]] Eligibility checkEligibility(const Registration& registration, const Campaign& campaign);

} // namespace dc::core::campaign
