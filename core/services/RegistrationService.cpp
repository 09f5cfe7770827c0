// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/services/RegistrationService.h"

#include "core/Clock.h"
#include "core/SiteTime.h"
#include "core/domain/VietnameseText.h"
#include "core/gateways/PersonGateway.h"
#include "core/gateways/RegistrationGateway.h"
#include "core/services/Accounts.h"
#include "core/services/SiteAccess.h"
#include "core/services/SiteCampaign.h"
#include "core/store/Transaction.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QUuid>

#include <algorithm>
#include <functional>

namespace dc::core {

namespace {

using campaign::Answer;
using campaign::Registration;
using domain::Finding;
using domain::Severity;

const campaign::Campaign& plan(const Session& session) {
    return campaignOf(session);
}

// Who may read: empty for the province (everything), else the district account's district.
Result<QString> readerScope(const Session& session, const char* what) {
    if (auto kind = access::requireSiteKind(session, SiteKind::Hub, what); !kind) {
        return kind.error();
    }
    switch (session.user().role) {
    case Role::Province:
        return QString();
    case Role::District:
        if (session.user().district.isEmpty()) {
            return makeError(ErrorCode::NotPermitted, QStringLiteral("this district account names no district"));
        }
        return session.user().district;
    default:
        break;
    }
    return makeError(ErrorCode::NotPermitted,
                     QStringLiteral("registrations are for province and district accounts: cannot ") + what);
}

int answerValue(Answer answer) {
    return answer == Answer::Yes ? 1 : answer == Answer::No ? 0 : -1;
}

Answer answerOf(int value) {
    return value == 1 ? Answer::Yes : value == 0 ? Answer::No : Answer::Unknown;
}

QString daysText(const std::vector<QDate>& days) {
    QStringList out;
    for (const QDate& day : days) {
        out.append(day.toString(Qt::ISODate));
    }
    return out.join(u',');
}

gateways::RegistrationRow toRow(const Registration& g) {
    gateways::RegistrationRow r;
    r.fullName = g.fullName;
    r.unit = g.unit;
    r.idNumber = g.idNumber;
    r.birthYear = g.birthYear;
    r.sex = g.sex;
    r.position = g.position;
    r.residence = g.residence;
    r.idIssued = g.idIssued;
    r.idPlace = g.idPlace;
    r.phone = g.phone;
    r.email = g.email;
    r.agreesDates = answerValue(g.agreesDates);
    r.acceptsAssignment = answerValue(g.acceptsAssignment);
    r.ownTransport = answerValue(g.ownTransport);
    r.computer = answerValue(g.computer);
    r.inProvince = answerValue(g.inProvince);
    r.student = answerValue(g.student);
    r.preferredDistrict = g.preferredDistrict;
    r.preferredCommune = g.preferredCommune;
    r.strengths = g.strengths;
    r.unavailableDays = daysText(g.unavailable);
    r.sourceRow = g.sourceRow;
    return r;
}

Registration fromRow(const gateways::RegistrationRow& r) {
    Registration g;
    g.unit = r.unit;
    g.fullName = r.fullName;
    g.birthYear = r.birthYear;
    g.sex = r.sex;
    g.position = r.position;
    g.residence = r.residence;
    g.idNumber = r.idNumber;
    g.idIssued = r.idIssued;
    g.idPlace = r.idPlace;
    g.phone = r.phone;
    g.email = r.email;
    g.agreesDates = answerOf(r.agreesDates);
    g.acceptsAssignment = answerOf(r.acceptsAssignment);
    g.ownTransport = answerOf(r.ownTransport);
    g.computer = answerOf(r.computer);
    g.inProvince = answerOf(r.inProvince);
    g.student = answerOf(r.student);
    g.preferredDistrict = r.preferredDistrict;
    g.preferredCommune = r.preferredCommune;
    g.strengths = r.strengths;
    for (const QString& day : r.unavailableDays.split(u',', Qt::SkipEmptyParts)) {
        g.unavailable.push_back(QDate::fromString(day, Qt::ISODate));
    }
    g.sourceRow = r.sourceRow;
    return g;
}

// Eligibility as the hub sees it: the campaign's rule, and a withdrawn registration is not eligible.
campaign::Eligibility eligibilityOf(const Session& session, const gateways::RegistrationRow& row,
                                    const Registration& registration) {
    campaign::Eligibility out = campaign::checkEligibility(registration, plan(session));
    if (!row.withdrawnAt.isEmpty()) {
        out.eligible = false;
        out.reasons.insert(
            out.reasons.begin(),
            Finding{QStringLiteral("withdrawn"), Severity::Error, QStringLiteral("eligibility.withdrawn"), {}});
    }
    return out;
}

// The columns whose value differs between a row and the registration on file (labels only, never the values).
QStringList differences(const gateways::RegistrationRow& row, const gateways::RegistrationRow& stored) {
    QStringList out;
    const auto differ = [&](bool different, const char* key) {
        if (different) {
            out.append(campaign::registrationColumnLabel(QLatin1String(key)));
        }
    };
    differ(row.fullName != stored.fullName, "fullName");
    differ(row.birthYear != stored.birthYear, "birthYear");
    differ(row.sex != stored.sex, "sex");
    differ(row.idIssued != stored.idIssued, "idIssued");
    differ(row.idPlace != stored.idPlace, "idPlace");
    differ(row.phone != stored.phone, "phone");
    differ(row.email != stored.email, "email");
    differ(row.residence != stored.residence, "residence");
    differ(row.position != stored.position, "position");
    differ(row.preferredCommune != stored.preferredCommune || row.preferredDistrict != stored.preferredDistrict,
           "preferredCommune");
    differ(row.agreesDates != stored.agreesDates, "agreesDates");
    differ(row.acceptsAssignment != stored.acceptsAssignment, "acceptsAssignment");
    differ(row.ownTransport != stored.ownTransport, "ownTransport");
    differ(row.computer != stored.computer, "computer");
    differ(row.inProvince != stored.inProvince, "inProvince");
    differ(row.strengths != stored.strengths, "strengths");
    differ(row.unavailableDays != stored.unavailableDays, "unavailableDays");
    return out;
}

Result<ImportReport> buildReport(Session& session, const sheets::Table& table, const QString& typedUnit) {
    const std::optional<campaign::Unit> unit = campaign::findUnit(plan(session), typedUnit);
    if (!unit) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("no unit of that name in the campaign"));
    }
    const campaign::ParsedList parsed = campaign::parseUnitList(table, plan(session), *unit);
    ImportReport report;
    report.unit = unit->name;
    report.headerRow = parsed.headerRow;
    report.columns = parsed.columns;
    report.fileFindings = parsed.fileFindings;
    if (parsed.refused()) {
        return report;
    }
    gateways::RegistrationGateway gateway(session.database());
    for (const campaign::ParsedRow& parsedRow : parsed.rows) {
        ImportRow row{parsedRow.row, RowStatus::Add, parsedRow.registration, parsedRow.findings, {}};
        if (!parsedRow.valid()) {
            row.status = RowStatus::Invalid;
            ++report.invalid;
        } else if (const auto stored = gateway.byIdNumber(row.registration.idNumber)) {
            row.person = stored->personUuid;
            if (stored->unit == unit->name) {
                row.status = RowStatus::Already;
                ++report.already;
                row.findings.push_back(Finding{QStringLiteral("id_number"),
                                               Severity::Warning,
                                               QStringLiteral("registration.already_registered"),
                                               {}});
                if (const QStringList fields = differences(toRow(row.registration), *stored); !fields.isEmpty()) {
                    row.findings.push_back(Finding{{},
                                                   Severity::Warning,
                                                   QStringLiteral("registration.differs_from_registered"),
                                                   {{QStringLiteral("fields"), fields.join(QStringLiteral(", "))}}});
                }
            } else {
                row.status = RowStatus::OtherUnit;
                ++report.otherUnit;
                row.findings.push_back(Finding{QStringLiteral("id_number"),
                                               Severity::Error,
                                               QStringLiteral("registration.registered_in_other_unit"),
                                               {{QStringLiteral("unit"), stored->unit}}});
            }
        } else {
            ++report.toAdd;
        }
        report.rows.push_back(std::move(row));
    }
    return report;
}

// Writes a row whose status is Add: a new person (UUID issued here) with its registration. The caller holds the
// transaction.
void addPerson(Session& session, gateways::PersonGateway& persons, gateways::RegistrationGateway& registrations,
               ImportRow& row, const QString& now) {
    row.person = QUuid::createUuid().toString(QUuid::WithoutBraces);
    persons.insertPerson(
        gateways::PersonRow{row.person, row.registration.fullName, row.registration.idNumber, {}, {}, now});
    gateways::RegistrationRow stored = toRow(row.registration);
    stored.personUuid = row.person;
    stored.registeredBy = session.user().uuid;
    stored.registeredAt = now;
    registrations.insert(stored);
}

} // namespace

QString rowStatusKey(RowStatus status) {
    switch (status) {
    case RowStatus::Add:
        return QStringLiteral("add");
    case RowStatus::Already:
        return QStringLiteral("already");
    case RowStatus::OtherUnit:
        return QStringLiteral("other_unit");
    case RowStatus::Invalid:
        break;
    }
    return QStringLiteral("invalid");
}

Result<ImportReport> RegistrationService::previewImport(Session& session, const sheets::Table& table,
                                                        const QString& unit) {
    return access::guarded([&]() -> Result<ImportReport> {
        if (auto kind = access::requireSiteKind(session, SiteKind::Hub, "import volunteers"); !kind) {
            return kind.error();
        }
        if (auto role = access::requireRole(session, Role::Province, "import volunteers"); !role) {
            return role.error();
        }
        return buildReport(session, table, unit);
    });
}

Result<ImportReport> RegistrationService::importList(Session& session, const sheets::Table& table,
                                                     const QString& unit) {
    return access::guarded([&]() -> Result<ImportReport> {
        if (auto kind = access::requireSiteKind(session, SiteKind::Hub, "import volunteers"); !kind) {
            return kind.error();
        }
        if (auto role = access::requireRole(session, Role::Province, "import volunteers"); !role) {
            return role.error();
        }
        // Read and decide inside the write transaction, so a list imported twice at once cannot add a person twice.
        store::Transaction transaction(session.database());
        auto built = buildReport(session, table, unit);
        if (!built) {
            return built.error();
        }
        ImportReport report = std::move(built).value();
        if (report.refused() || report.toAdd == 0) {
            return report; // nothing written; the transaction rolls back empty
        }
        const QString now = toStoredTime(session.now());
        gateways::PersonGateway persons(session.database());
        gateways::RegistrationGateway registrations(session.database());
        for (ImportRow& row : report.rows) {
            if (row.status != RowStatus::Add) {
                continue;
            }
            addPerson(session, persons, registrations, row, now);
            ++report.added;
        }
        // Counts and the unit only: never a name or a number (the unit is a public body, not a citizen).
        access::record(session, QStringLiteral("registrations.imported"), report.unit,
                       {{QStringLiteral("added"), report.added},
                        {QStringLiteral("already"), report.already},
                        {QStringLiteral("otherUnit"), report.otherUnit},
                        {QStringLiteral("invalid"), report.invalid}});
        transaction.commit();
        return report;
    });
}

Result<std::vector<Volunteer>> RegistrationService::listVolunteers(Session& session) {
    return access::guarded([&]() -> Result<std::vector<Volunteer>> {
        auto scope = readerScope(session, "list volunteers");
        if (!scope) {
            return scope.error();
        }
        std::vector<Volunteer> out;
        for (const gateways::RegistrationRow& row : gateways::RegistrationGateway(session.database()).all()) {
            if (!scope->isEmpty()) {
                const std::optional<campaign::Unit> unit = campaign::findUnit(plan(session), row.unit);
                if (!unit || unit->district != scope.value()) {
                    continue;
                }
            }
            Volunteer volunteer{row.personUuid, fromRow(row), {}, row.registeredAt, row.withdrawnAt};
            volunteer.eligibility = eligibilityOf(session, row, volunteer.registration);
            out.push_back(std::move(volunteer));
        }
        return out;
    });
}

Result<QuotaBoard> RegistrationService::quotaBoard(Session& session) {
    return access::guarded([&]() -> Result<QuotaBoard> {
        if (auto scope = readerScope(session, "read the quota board"); !scope) {
            return scope.error();
        }
        QuotaBoard board;
        board.deadline = plan(session).dates.unitListsDue;
        board.deadlinePassed = board.deadline.isValid() && sitetime::dayOf(session.now()) > board.deadline;
        QHash<QString, std::size_t> index;
        for (const campaign::Unit& unit : plan(session).units) {
            index.insert(unit.name, board.units.size());
            board.units.push_back(QuotaRow{unit.name, unit.kind, unit.district, unit.quota, 0, 0, 0, 0});
        }
        for (const gateways::RegistrationRow& row : gateways::RegistrationGateway(session.database()).all()) {
            const auto at = index.constFind(row.unit);
            if (at == index.constEnd()) {
                continue; // a unit no longer in the campaign: not on the board
            }
            QuotaRow& unit = board.units[*at];
            ++unit.registered;
            if (eligibilityOf(session, row, fromRow(row)).eligible) {
                ++unit.eligible;
                const QDate day = sitetime::dayOfStored(row.registeredAt);
                if (!board.deadline.isValid() || (day.isValid() && day <= board.deadline)) {
                    ++unit.eligibleByDeadline;
                }
            }
        }
        for (QuotaRow& unit : board.units) {
            unit.shortBy = std::max(0, unit.quota - unit.eligible);
            if (unit.shortBy > 0) {
                board.shortUnits.append(unit.unit);
            }
            board.total.quota += unit.quota;
            board.total.registered += unit.registered;
            board.total.eligible += unit.eligible;
            board.total.eligibleByDeadline += unit.eligibleByDeadline;
            board.total.shortBy += unit.shortBy;
        }
        return board;
    });
}

// ---- Withdrawal and correction ----

namespace {

// The registration named by its person's UUID or its ID number; InvalidInput (no value in the detail) when none.
Result<gateways::RegistrationRow> registrationOf(gateways::RegistrationGateway& gateway, const QString& typed) {
    const QString key = typed.trimmed();
    if (key.size() > 64) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("no registration for that person or ID number"));
    }
    const QUuid uuid(key);
    std::optional<gateways::RegistrationRow> row;
    if (!uuid.isNull()) {
        row = gateway.byPerson(uuid.toString(QUuid::WithoutBraces));
    } else if (!key.isEmpty()) {
        row = gateway.byIdNumber(key);
    }
    if (!row) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("no registration for that person or ID number"));
    }
    return std::move(*row);
}

Result<void> requireProvinceAtHub(const Session& session, const char* what) {
    if (auto kind = access::requireSiteKind(session, SiteKind::Hub, what); !kind) {
        return kind.error();
    }
    if (auto role = access::requireRole(session, Role::Province, what); !role) {
        return role.error();
    }
    return {};
}

QString answerCellText(int value) {
    return value == 1 ? QStringLiteral("có") : value == 0 ? QStringLiteral("không") : QString();
}

// A stored registration as the cells of a unit's list (the import reads them back to the same registration).
QString cellOf(const gateways::RegistrationRow& r, const QString& key) {
    static const QHash<QString, std::function<QString(const gateways::RegistrationRow&)>> cells{
        {QStringLiteral("fullName"), [](const auto& r) { return r.fullName; }},
        {QStringLiteral("birthYear"),
         [](const auto& r) { return r.birthYear > 0 ? QString::number(r.birthYear) : QString(); }},
        {QStringLiteral("sex"), [](const auto& r) { return r.sex; }},
        {QStringLiteral("idNumber"), [](const auto& r) { return r.idNumber; }},
        {QStringLiteral("idIssued"), [](const auto& r) { return r.idIssued; }},
        {QStringLiteral("idPlace"), [](const auto& r) { return r.idPlace; }},
        {QStringLiteral("phone"), [](const auto& r) { return r.phone; }},
        {QStringLiteral("email"), [](const auto& r) { return r.email; }},
        {QStringLiteral("residence"), [](const auto& r) { return r.residence; }},
        {QStringLiteral("position"), [](const auto& r) { return r.position; }},
        {QStringLiteral("preferredCommune"), [](const auto& r) { return r.preferredCommune; }},
        {QStringLiteral("preferredDistrict"), [](const auto& r) { return r.preferredDistrict; }},
        {QStringLiteral("agreesDates"), [](const auto& r) { return answerCellText(r.agreesDates); }},
        {QStringLiteral("acceptsAssignment"), [](const auto& r) { return answerCellText(r.acceptsAssignment); }},
        {QStringLiteral("ownTransport"), [](const auto& r) { return answerCellText(r.ownTransport); }},
        {QStringLiteral("computer"), [](const auto& r) { return answerCellText(r.computer); }},
        {QStringLiteral("strengths"), [](const auto& r) { return r.strengths; }},
        {QStringLiteral("inProvince"), [](const auto& r) { return answerCellText(r.inProvince); }},
        {QStringLiteral("unavailableDays"),
         [](const auto& r) {
             QStringList days;
             for (const QString& day : r.unavailableDays.split(u',', Qt::SkipEmptyParts)) {
                 days.append(QDate::fromString(day, Qt::ISODate).toString(QStringLiteral("d/M/yyyy")));
             }
             return days.join(QStringLiteral(", "));
         }},
    };
    const auto it = cells.constFind(key);
    return it == cells.constEnd() ? QString() : (*it)(r);
}

// The column keys whose stored values differ (the preferred place counts as its two columns).
QStringList changedKeys(const gateways::RegistrationRow& a, const gateways::RegistrationRow& b) {
    QStringList out;
    const auto differ = [&](bool different, const char* key) {
        if (different) {
            out.append(QLatin1String(key));
        }
    };
    differ(a.fullName != b.fullName, "fullName");
    differ(a.birthYear != b.birthYear, "birthYear");
    differ(a.sex != b.sex, "sex");
    differ(a.idNumber != b.idNumber, "idNumber");
    differ(a.idIssued != b.idIssued, "idIssued");
    differ(a.idPlace != b.idPlace, "idPlace");
    differ(a.phone != b.phone, "phone");
    differ(a.email != b.email, "email");
    differ(a.residence != b.residence, "residence");
    differ(a.position != b.position, "position");
    differ(a.preferredCommune != b.preferredCommune, "preferredCommune");
    differ(a.preferredDistrict != b.preferredDistrict, "preferredDistrict");
    differ(a.agreesDates != b.agreesDates, "agreesDates");
    differ(a.acceptsAssignment != b.acceptsAssignment, "acceptsAssignment");
    differ(a.ownTransport != b.ownTransport, "ownTransport");
    differ(a.computer != b.computer, "computer");
    differ(a.strengths != b.strengths, "strengths");
    differ(a.inProvince != b.inProvince, "inProvince");
    differ(a.student != b.student, "student");
    differ(a.unavailableDays != b.unavailableDays, "unavailableDays");
    return out;
}

} // namespace

Result<RegistrationService::Withdrawal> RegistrationService::withdraw(Session& session, const QString& personOrIdNumber,
                                                                      const QString& reason) {
    return access::guarded([&]() -> Result<Withdrawal> {
        if (auto allowed = requireProvinceAtHub(session, "withdraw a volunteer"); !allowed) {
            return allowed.error();
        }
        if (domain::hasControlCharacters(reason)) {
            return makeError(ErrorCode::InvalidInput, QStringLiteral("the reason holds control characters"));
        }
        const QString why = domain::normalizedText(reason);
        if (why.size() > kMaxWithdrawReason) {
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("the reason is longer than %1 characters").arg(kMaxWithdrawReason));
        }
        store::Transaction transaction(session.database());
        gateways::RegistrationGateway gateway(session.database());
        auto row = registrationOf(gateway, personOrIdNumber);
        if (!row) {
            return row.error();
        }
        Withdrawal out{row->personUuid, false, row->withdrawnAt};
        if (!row->withdrawnAt.isEmpty()) {
            return out; // already withdrawn: nothing changes
        }
        out.withdrawnAt = toStoredTime(session.now());
        out.changed = gateway.withdraw(row->personUuid, out.withdrawnAt, session.user().uuid, why);
        // The person's UUID and whether a reason was given: never the reason (free text may name people).
        access::record(session, QStringLiteral("registration.withdrawn"), row->personUuid,
                       {{QStringLiteral("unit"), row->unit}, {QStringLiteral("reasonGiven"), !why.isEmpty()}});
        transaction.commit();
        return out;
    });
}

Result<RegistrationService::Correction> RegistrationService::correct(Session& session, const QString& personOrIdNumber,
                                                                     const QString& field, const QString& value) {
    return access::guarded([&]() -> Result<Correction> {
        if (auto allowed = requireProvinceAtHub(session, "correct a registration"); !allowed) {
            return allowed.error();
        }
        const QStringList keys = campaign::registrationColumns();
        if (!keys.contains(field)) {
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("no field of that name: one of ") + keys.join(QStringLiteral(", ")));
        }
        if (value.size() > sheets::kMaxCellCharacters) {
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("the value is longer than %1 characters").arg(sheets::kMaxCellCharacters));
        }
        store::Transaction transaction(session.database());
        gateways::RegistrationGateway gateway(session.database());
        auto found = registrationOf(gateway, personOrIdNumber);
        if (!found) {
            return found.error();
        }
        const gateways::RegistrationRow stored = std::move(found).value();
        const std::optional<campaign::Unit> unit = campaign::findUnit(plan(session), stored.unit);
        if (!unit) {
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("the registration's unit is no longer in the campaign"));
        }
        // The row rebuilt as a list would give it, with the one cell changed, read by the import's own parser.
        sheets::Table table;
        QStringList header;
        QStringList cells;
        for (const QString& key : keys) {
            header.append(campaign::registrationColumnLabel(key));
            cells.append(key == field ? value : cellOf(stored, key));
        }
        table.rows = {header, cells};
        const campaign::ParsedList parsed = campaign::parseUnitList(table, plan(session), *unit);
        if (parsed.refused() || parsed.rows.size() != 1) {
            return makeError(ErrorCode::Internal, QStringLiteral("the stored registration could not be read back"));
        }
        const campaign::ParsedRow& row = parsed.rows.front();
        if (!row.valid()) {
            Error error = makeError(ErrorCode::InvalidEntry, QStringLiteral("the value of %1 is refused").arg(field));
            for (const Finding& f : row.findings) {
                if (f.severity == Severity::Error) {
                    error.findings.push_back(f);
                }
            }
            return error;
        }
        gateways::RegistrationRow next = toRow(row.registration);
        next.personUuid = stored.personUuid;
        next.unit = stored.unit;
        next.sourceRow = stored.sourceRow;
        next.registeredBy = stored.registeredBy;
        next.registeredAt = stored.registeredAt;
        next.withdrawnAt = stored.withdrawnAt;
        next.withdrawnReason = stored.withdrawnReason;
        next.fullName = row.registration.fullName;
        Correction out;
        out.person = stored.personUuid;
        out.fields = changedKeys(next, stored);
        for (const Finding& f : row.findings) {
            if (f.field == field || (field == QLatin1String("idNumber") && f.field == QLatin1String("id_number")) ||
                (field == QLatin1String("fullName") && f.field == QLatin1String("name"))) {
                out.findings.push_back(f);
            }
        }
        if (next.idNumber != stored.idNumber) {
            if (const auto other = gateway.byIdNumber(next.idNumber); other && other->personUuid != stored.personUuid) {
                return makeError(ErrorCode::InvalidInput, QStringLiteral("another registration has this ID number"));
            }
        }
        if (!out.fields.isEmpty()) {
            gateway.update(next);
            if (next.fullName != stored.fullName || next.idNumber != stored.idNumber) {
                gateways::PersonGateway(session.database())
                    .updateIdentity(stored.personUuid, next.fullName, next.idNumber);
            }
            access::record(session, QStringLiteral("registration.corrected"), stored.personUuid,
                           {{QStringLiteral("fields"), QJsonArray::fromStringList(out.fields)}});
        }
        Registration registration = fromRow(next);
        out.volunteer = Volunteer{stored.personUuid, registration, eligibilityOf(session, next, registration),
                                  next.registeredAt, next.withdrawnAt};
        transaction.commit();
        return out;
    });
}

// ---- One volunteer typed at the hub (the GUI's registration form) ----

namespace {

// The form as a one-row list: a header of every column's label, then the typed texts in the same order. The same
// parsing as a unit's file, so no rule is spelled twice.
Result<sheets::Table> formTable(const RegistrationForm& form) {
    const QStringList keys = campaign::registrationColumns();
    for (auto it = form.fields.constBegin(); it != form.fields.constEnd(); ++it) {
        if (!keys.contains(it.key())) {
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("the form has a field the list does not: ") + it.key().left(40));
        }
    }
    QStringList header;
    QStringList cells;
    bool empty = true;
    for (const QString& key : keys) {
        header.append(campaign::registrationColumnLabel(key));
        const QString text = form.fields.value(key);
        empty = empty && text.trimmed().isEmpty();
        cells.append(text);
    }
    if (empty) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("the registration form is empty"));
    }
    sheets::Table table;
    table.rows = {header, cells};
    return table;
}

Result<ImportRow> formRow(Session& session, const RegistrationForm& form) {
    auto table = formTable(form);
    if (!table) {
        return table.error();
    }
    auto built = buildReport(session, table.value(), form.unit);
    if (!built) {
        return built.error();
    }
    if (built->refused() || built->rows.size() != 1) {
        return makeError(ErrorCode::Internal, QStringLiteral("the registration form did not read as one row"));
    }
    ImportRow row = std::move(built->rows.front());
    row.row = 0; // typed, not read from a file
    row.registration.sourceRow = 0;
    return row;
}

} // namespace

Result<ImportRow> RegistrationService::checkForm(Session& session, const RegistrationForm& form) {
    return access::guarded([&]() -> Result<ImportRow> {
        if (auto allowed = requireProvinceAtHub(session, "register a volunteer"); !allowed) {
            return allowed.error();
        }
        return formRow(session, form);
    });
}

Result<ImportRow> RegistrationService::registerOne(Session& session, const RegistrationForm& form) {
    return access::guarded([&]() -> Result<ImportRow> {
        if (auto allowed = requireProvinceAtHub(session, "register a volunteer"); !allowed) {
            return allowed.error();
        }
        // Decided inside the write transaction, as the import is: the same number typed twice at once is added once.
        store::Transaction transaction(session.database());
        auto checked = formRow(session, form);
        if (!checked) {
            return checked.error();
        }
        ImportRow row = std::move(checked).value();
        if (row.status != RowStatus::Add) {
            return row; // nothing written; the transaction rolls back empty
        }
        gateways::PersonGateway persons(session.database());
        gateways::RegistrationGateway registrations(session.database());
        addPerson(session, persons, registrations, row, toStoredTime(session.now()));
        // The unit (a public body) and the person's UUID (issued here): never a name, a number or a date.
        access::record(session, QStringLiteral("registration.added"), row.registration.unit,
                       {{QStringLiteral("person"), row.person}, {QStringLiteral("added"), 1}});
        transaction.commit();
        return row;
    });
}

} // namespace dc::core
