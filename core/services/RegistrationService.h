// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/Result.h"
#include "core/campaign/Registration.h"
#include "core/services/Session.h"
#include "core/sheets/Table.h"

#include <QDate>
#include <QHash>
#include <QString>

#include <vector>

namespace dc::core {

// Registration at the hub (issue 14, docs/REGISTRATION.md): the units' lists of volunteers (form Mẫu 01) read into
// persons (PersonService's table: a UUID issued here) with their registration (migration 11), eligibility, and the
// quota board. Hub only (WrongSiteKind elsewhere). Province accounts may do everything; a district account may read
// the quota board (numbers only) and the registrations of its own district's unit (its Youth Union's list), and may
// not import; any other role is refused (NotPermitted). No citizen data in errors or the audit chain.

// What happens to a row of a unit's list.
enum class RowStatus {
    Add,       // valid and new: added on confirmation
    Already,   // this unit already registered this ID number: nothing changes (differences reported, not applied)
    OtherUnit, // another unit registered this ID number: flagged, not added twice
    Invalid,   // an error in a cell: not added
};
[[nodiscard]] QString rowStatusKey(RowStatus status); // "add", "already", "other_unit", "invalid"

struct ImportRow {
    int row = 0;
    RowStatus status = RowStatus::Invalid;
    campaign::Registration registration;
    domain::Findings findings; // the cells' findings and the database's (already registered, other unit)
    QString person;            // the person's UUID: the one added, or the one already registered
};

struct ImportReport {
    QString unit; // as the campaign spells it
    int headerRow = 0;
    QStringList columns;
    domain::Findings fileFindings; // an error here refuses the whole file: nothing is added
    std::vector<ImportRow> rows;
    int toAdd = 0;
    int already = 0;
    int otherUnit = 0;
    int invalid = 0;
    int added = 0; // after importList: rows added (0 for a preview)
    [[nodiscard]] bool refused() const { return domain::hasErrors(fileFindings); }
};

// The form Mẫu 01 typed at the hub (issue 14): the unit as the campaign names it and each field's text as a person
// typed it, keyed by the column keys of core/campaign/resources/registration-columns.json ("fullName", "birthYear",
// "idNumber", "sex", "phone", "agreesDates", …; a missing key is an empty field). Read exactly as one row of a unit's
// list: the same per-cell checks, eligibility and duplicate rules.
struct RegistrationForm {
    QString unit;
    QHash<QString, QString> fields;
};

struct Volunteer {
    QString person;
    campaign::Registration registration;
    campaign::Eligibility eligibility; // a withdrawn registration is not eligible (eligibility.withdrawn)
    QString registeredAt;              // UTC, stored form
    QString withdrawnAt;               // UTC, stored form; empty unless withdrawn (schema 15)
};

struct QuotaRow {
    QString unit;
    QString kind;     // "district", "school", "other"
    QString district; // for a district's unit
    int quota = 0;
    int registered = 0;
    int eligible = 0;
    int eligibleByDeadline = 0; // eligible and registered on or before the unit lists' deadline (a site day)
    int shortBy = 0;            // quota − eligible when positive
};

struct QuotaBoard {
    QDate deadline;              // the unit lists' due day (invalid when the campaign has no dates)
    bool deadlinePassed = false; // today (the site's day) is after it
    std::vector<QuotaRow> units; // in the campaign's order
    QuotaRow total;              // unit "" : the sums
    QStringList shortUnits;      // units whose eligible volunteers are fewer than their quota, in order
};

class RegistrationService {
public:
    // Reads a unit's list (`unit` typed as the campaign names it; case, spaces and tone marks forgiven when unique)
    // and says what each row would become. Writes nothing. InvalidInput for an unknown unit; a refused file is a
    // report whose fileFindings hold an error.
    [[nodiscard]] static Result<ImportReport> previewImport(Session& session, const sheets::Table& table,
                                                            const QString& unit);
    // The same, then adds the rows whose status is Add, each a new person with its registration, all in one
    // transaction with one audit event (counts only); nothing is written for a refused file or when nothing is new.
    // Province accounts only.
    [[nodiscard]] static Result<ImportReport> importList(Session& session, const sheets::Table& table,
                                                         const QString& unit);
    // The registrations the account may read, by unit and name, each with its eligibility.
    [[nodiscard]] static Result<std::vector<Volunteer>> listVolunteers(Session& session);
    // Per unit: registered / eligible / quota, by the deadline, with the units still short.
    [[nodiscard]] static Result<QuotaBoard> quotaBoard(Session& session);

    // ---- Withdrawal and correction (issue 14: a volunteer drops out; a registration is corrected) ----
    // Both take the person as their UUID or their ID number (9 or 12 digits). Hub only (WrongSiteKind), province
    // accounts only (NotPermitted); InvalidInput when no registration matches. Audit events name the person's UUID
    // and the fields, never a value.

    struct Withdrawal {
        QString person;
        bool changed = false; // false: it was already withdrawn (nothing written, no audit event)
        QString withdrawnAt;  // stored form
    };
    // Marks the registration withdrawn (kept, never deleted): no longer eligible, so no longer allocated; the saved
    // plan changes only through `AllocationService::replan`. `reason` (optional, at most kMaxWithdrawReason
    // characters, normalised; control characters refused) is kept in the database, not in the audit chain.
    static constexpr int kMaxWithdrawReason = 500;
    [[nodiscard]] static Result<Withdrawal> withdraw(Session& session, const QString& personOrIdNumber,
                                                     const QString& reason = {});

    struct Correction {
        QString person;
        QStringList fields;  // the column keys whose stored value changed (empty: nothing changed, nothing written)
        Volunteer volunteer; // as stored afterwards, eligibility recomputed
        domain::Findings findings; // the cell's warnings (as the import gives them)
    };
    // Corrects one column of a stored registration (`field`: a key of registrationColumns(), e.g. "phone",
    // "birthYear", "idNumber"; `value` as a unit's list would type it). The value goes through the import's own
    // per-cell checks (the row is rebuilt with the new cell and parsed by campaign::parseUnitList): a cell error is
    // refused (InvalidEntry, its findings attached); an ID number another registration holds is refused
    // (InvalidInput); an unknown field or a value over sheets::kMaxCellCharacters is refused. Nothing is written when
    // refused or unchanged.
    [[nodiscard]] static Result<Correction> correct(Session& session, const QString& personOrIdNumber,
                                                    const QString& field, const QString& value);

    // One volunteer typed at the hub (the GUI's registration form), read as a one-row list of `form.unit` through
    // the import's own parsing (campaign::parseUnitList) and duplicate checks: the row's findings name the fields
    // (the finding's field: "name", "birthYear", "id_number", "phone", …). checkForm writes nothing. registerOne adds
    // the person with the registration when the row's status is Add — in one transaction with one audit event
    // (`registration.added`: the unit and the new person's UUID, never a name or a number) — and otherwise writes
    // nothing: an invalid field (Invalid), this unit's ID number already registered (Already: refused here, since a
    // form cannot be "the same list again") or another unit's (OtherUnit). Province accounts only (NotPermitted for a
    // district account, WrongSiteKind at a commune); InvalidInput for an unknown unit, an unknown field key or a form
    // with every field empty.
    [[nodiscard]] static Result<ImportRow> checkForm(Session& session, const RegistrationForm& form);
    [[nodiscard]] static Result<ImportRow> registerOne(Session& session, const RegistrationForm& form);
};

} // namespace dc::core
