// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// volunteers import | list | withdraw | edit, quota, allocate [--replan]: registration at the province hub (issue 14,
// docs/REGISTRATION.md).
#include "app/cli/CliContext.h"

#include "core/campaign/Campaign.h"
#include "core/domain/Masking.h"
#include "core/domain/Messages.h"
#include "core/domain/PartialDate.h"
#include "core/services/AllocationService.h"
#include "core/services/RegistrationService.h"
#include "core/sheets/Table.h"

#include <QJsonArray>

namespace dc::app::cli {

namespace {

using core::domain::Finding;
using core::domain::Findings;

// The commune-days short, as a person reads them: per commune, each run of consecutive days short by the same
// numbers on one line ("01/12/2022–31/12/2022 (31 days)"). `--json` keeps every day.
void printUnmet(QTextStream& out, const std::vector<core::allocation::UnmetDemand>& unmet) {
    const auto day = [](const QDate& d) { return d.toString(QStringLiteral("dd/MM/yyyy")); };
    for (std::size_t i = 0; i < unmet.size();) {
        const core::allocation::UnmetDemand& first = unmet[i];
        std::size_t j = i + 1;
        while (j < unmet.size() && unmet[j].district == first.district && unmet[j].commune == first.commune &&
               unmet[j].missingPeople == first.missingPeople &&
               unmet[j].pairsWithoutComputer == first.pairsWithoutComputer &&
               unmet[j - 1].day.daysTo(unmet[j].day) == 1) {
            ++j;
        }
        const core::allocation::UnmetDemand& last = unmet[j - 1];
        out << "  " << core::campaign::communePath(first.district, first.commune) << "  " << day(first.day);
        if (j - i > 1) {
            out << "–" << day(last.day) << " (" << (j - i) << " days)";
        }
        out << "  " << first.missingPeople << " people missing, " << first.pairsWithoutComputer
            << " pairs without a computer user\n";
        i = j;
    }
}

QJsonArray rowFindingsJson(const Findings& findings) {
    QJsonArray out;
    for (const Finding& f : findings) {
        QJsonObject params;
        for (auto it = f.params.constBegin(); it != f.params.constEnd(); ++it) {
            params.insert(it.key(), it.value());
        }
        out.append(
            QJsonObject{{QStringLiteral("field"), f.field},
                        {QStringLiteral("severity"), core::domain::severityKey(f.severity)},
                        {QStringLiteral("code"), f.code},
                        {QStringLiteral("params"), params},
                        {QStringLiteral("en"), core::domain::findingMessage(f, core::domain::Language::English)},
                        {QStringLiteral("vi"), core::domain::findingMessage(f, core::domain::Language::Vietnamese)}});
    }
    return out;
}

void printFindings(QTextStream& out, const QString& prefix, const Findings& findings) {
    for (const Finding& f : findings) {
        out << prefix << core::domain::severityKey(f.severity) << ": "
            << core::domain::findingMessage(f, core::domain::Language::English) << " [" << f.code << "]\n";
    }
}

QJsonObject reportJson(const core::ImportReport& report, bool applied) {
    QJsonArray rows;
    for (const core::ImportRow& row : report.rows) {
        QJsonObject object{{QStringLiteral("row"), row.row},
                           {QStringLiteral("status"), core::rowStatusKey(row.status)},
                           {QStringLiteral("findings"), rowFindingsJson(row.findings)}};
        if (!row.person.isEmpty()) {
            object.insert(QStringLiteral("person"), row.person);
        }
        rows.append(object);
    }
    return QJsonObject{{QStringLiteral("unit"), report.unit},
                       {QStringLiteral("applied"), applied},
                       {QStringLiteral("refused"), report.refused()},
                       {QStringLiteral("headerRow"), report.headerRow},
                       {QStringLiteral("columns"), QJsonArray::fromStringList(report.columns)},
                       {QStringLiteral("fileFindings"), rowFindingsJson(report.fileFindings)},
                       {QStringLiteral("toAdd"), report.toAdd},
                       {QStringLiteral("added"), report.added},
                       {QStringLiteral("already"), report.already},
                       {QStringLiteral("otherUnit"), report.otherUnit},
                       {QStringLiteral("invalid"), report.invalid},
                       {QStringLiteral("rows"), rows}};
}

// Row lines name the row number and status only, never the person's name or number (a terminal's scrollback is
// not the database): the office reads the row in its own file.
void printReport(QTextStream& out, const core::ImportReport& report, bool applied) {
    out << "unit " << report.unit << "\n";
    if (report.headerRow > 0) {
        out << "header on row " << report.headerRow << "\n";
    }
    printFindings(out, QStringLiteral("file: "), report.fileFindings);
    if (report.refused()) {
        out << "the file is refused: nothing is added\n";
        out.flush();
        return;
    }
    for (const core::ImportRow& row : report.rows) {
        out << "row " << row.row << ": " << core::rowStatusKey(row.status) << "\n";
        printFindings(out, QStringLiteral("    "), row.findings);
    }
    out << "\n"
        << report.toAdd << " to add, " << report.already << " already registered, " << report.otherUnit
        << " registered by another unit, " << report.invalid << " with errors\n";
    if (applied) {
        out << report.added << " added\n";
    } else if (report.toAdd > 0) {
        out << "nothing written: run again with --yes to add the " << report.toAdd << " valid new rows\n";
    }
    out.flush();
}

int importVolunteers(CliContext& context) {
    const QStringList& p = context.args().positional;
    if (p.size() != 3) {
        return context.usage(QStringLiteral("volunteers import takes one FILE"));
    }
    const auto unit = context.required(QStringLiteral("unit"));
    if (!unit) {
        return kExitUsage;
    }
    // The file first: a file that cannot be read costs no password.
    core::Result<core::sheets::Table> table = core::sheets::readTable(p.at(2));
    if (!table) {
        return context.fail(QStringLiteral("the file is refused: ") + table.error().detail);
    }
    int exitCode = kExitOk;
    auto session = context.signIn(exitCode);
    if (!session) {
        return exitCode;
    }
    const bool apply = context.args().has(QStringLiteral("yes"));
    auto report = apply ? core::RegistrationService::importList(*session, table.value(), *unit)
                        : core::RegistrationService::previewImport(*session, table.value(), *unit);
    if (!report) {
        return context.failExplained(report.error());
    }
    if (context.json()) {
        context.printJson(reportJson(report.value(), apply));
    } else {
        printReport(context.out(), report.value(), apply);
    }
    return report->refused() ? kExitFailed : kExitOk;
}

int listVolunteers(CliContext& context) {
    if (context.args().positional.size() != 2) {
        return context.usage(QStringLiteral("volunteers list takes no operand"));
    }
    int exitCode = kExitOk;
    auto session = context.signIn(exitCode);
    if (!session) {
        return exitCode;
    }
    auto volunteers = core::RegistrationService::listVolunteers(*session);
    if (!volunteers) {
        return context.failExplained(volunteers.error());
    }
    if (context.json()) {
        QJsonArray list;
        for (const core::Volunteer& v : volunteers.value()) {
            const auto& g = v.registration;
            list.append(QJsonObject{{QStringLiteral("person"), v.person},
                                    {QStringLiteral("fullName"), g.fullName},
                                    {QStringLiteral("idNumber"), g.idNumber},
                                    {QStringLiteral("unit"), g.unit},
                                    {QStringLiteral("birthYear"), g.birthYear},
                                    {QStringLiteral("preferredDistrict"), g.preferredDistrict},
                                    {QStringLiteral("preferredCommune"), g.preferredCommune},
                                    {QStringLiteral("computer"), core::campaign::answerKey(g.computer)},
                                    {QStringLiteral("student"), core::campaign::answerKey(g.student)},
                                    {QStringLiteral("inProvince"), core::campaign::answerKey(g.inProvince)},
                                    {QStringLiteral("eligible"), v.eligibility.eligible},
                                    {QStringLiteral("withdrawn"), !v.withdrawnAt.isEmpty()},
                                    {QStringLiteral("findings"), rowFindingsJson(v.eligibility.reasons)}});
        }
        context.printJson(QJsonObject{{QStringLiteral("volunteers"), list}});
        return kExitOk;
    }
    // On the screen the ID number is masked, as `person list` does; --json gives it whole.
    for (const core::Volunteer& v : volunteers.value()) {
        const auto& g = v.registration;
        context.out() << v.person << "  " << g.fullName << "  " << core::domain::maskIdNumber(g.idNumber) << "  "
                      << g.unit << "  " << (v.eligibility.eligible ? "eligible" : "not eligible") << "\n";
        printFindings(context.out(), QStringLiteral("    "), v.eligibility.reasons);
    }
    context.out().flush();
    return kExitOk;
}

// volunteers withdraw PERSON|ID_NUMBER [--reason TEXT]
int withdrawVolunteer(CliContext& context) {
    const QStringList& p = context.args().positional;
    if (p.size() != 3) {
        return context.usage(QStringLiteral("volunteers withdraw takes one PERSON (UUID) or ID number"));
    }
    int exitCode = kExitOk;
    auto session = context.signIn(exitCode);
    if (!session) {
        return exitCode;
    }
    auto done = core::RegistrationService::withdraw(*session, p.at(2),
                                                    context.args().value(QStringLiteral("reason")).value_or(QString()));
    if (!done) {
        return context.failExplained(done.error());
    }
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("person"), done->person},
                                      {QStringLiteral("withdrawn"), true},
                                      {QStringLiteral("changed"), done->changed},
                                      {QStringLiteral("withdrawnAt"), done->withdrawnAt}});
        return kExitOk;
    }
    if (done->changed) {
        context.out() << done->person << " withdrawn: no longer eligible; the saved allocation changes with "
                      << "allocate --replan --save\n";
    } else {
        context.out() << done->person << " was already withdrawn: nothing changed\n";
    }
    context.out().flush();
    return kExitOk;
}

// volunteers edit PERSON|ID_NUMBER --field KEY --value TEXT
int editVolunteer(CliContext& context) {
    const QStringList& p = context.args().positional;
    if (p.size() != 3) {
        return context.usage(QStringLiteral("volunteers edit takes one PERSON (UUID) or ID number"));
    }
    const auto field = context.required(QStringLiteral("field"));
    if (!field) {
        return kExitUsage;
    }
    const auto value = context.args().value(QStringLiteral("value"));
    if (!value) {
        return context.usage(QStringLiteral("volunteers edit needs --value (an empty value clears the field)"));
    }
    int exitCode = kExitOk;
    auto session = context.signIn(exitCode);
    if (!session) {
        return exitCode;
    }
    auto done = core::RegistrationService::correct(*session, p.at(2), *field, *value);
    if (!done) {
        if (context.json() && !done.error().findings.empty()) {
            context.printJson(
                QJsonObject{{QStringLiteral("error"), QString::fromLatin1(core::errorCodeName(done.error().code))},
                            {QStringLiteral("message"), done.error().detail},
                            {QStringLiteral("findings"), rowFindingsJson(done.error().findings)}});
        } else {
            for (const Finding& f : done.error().findings) {
                context.note(QStringLiteral("  ") + core::domain::severityKey(f.severity) + QStringLiteral(": ") +
                             core::domain::findingMessage(f, core::domain::Language::English) + QStringLiteral(" [") +
                             f.code + u']');
            }
        }
        return context.failExplained(done.error());
    }
    const core::Volunteer& v = done->volunteer;
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("person"), done->person},
                                      {QStringLiteral("fields"), QJsonArray::fromStringList(done->fields)},
                                      {QStringLiteral("warnings"), rowFindingsJson(done->findings)},
                                      {QStringLiteral("eligible"), v.eligibility.eligible},
                                      {QStringLiteral("findings"), rowFindingsJson(v.eligibility.reasons)}});
        return kExitOk;
    }
    QTextStream& out = context.out();
    if (done->fields.isEmpty()) {
        out << done->person << ": the value is the one on file, nothing changed\n";
    } else {
        out << done->person << ": changed " << done->fields.join(QStringLiteral(", ")) << "\n";
    }
    printFindings(out, QStringLiteral("    "), done->findings);
    out << (v.eligibility.eligible ? "eligible" : "not eligible") << "\n";
    printFindings(out, QStringLiteral("    "), v.eligibility.reasons);
    out.flush();
    return kExitOk;
}

// allocate --replan [--from DATE] [--save]: the saved plan after drop-outs.
int replanAllocation(CliContext& context) {
    QDate from;
    if (const auto typed = context.args().value(QStringLiteral("from"))) {
        from = QDate::fromString(*typed, Qt::ISODate);
        if (!from.isValid()) {
            const auto date = core::domain::parsePartialDate(*typed).date;
            if (date && date->precision() == core::domain::DatePrecision::Day) {
                from = date->earliest();
            }
        }
        if (!from.isValid()) {
            return context.usage(QStringLiteral("--from must be a day: dd/mm/yyyy or yyyy-mm-dd"));
        }
    }
    int exitCode = kExitOk;
    auto session = context.signIn(exitCode);
    if (!session) {
        return exitCode;
    }
    const bool save = context.args().has(QStringLiteral("save"));
    auto replanned = core::AllocationService::replan(*session, save, from);
    if (!replanned) {
        return context.failExplained(replanned.error());
    }
    const auto day = [](const QDate& d) { return d.toString(QStringLiteral("dd/MM/yyyy")); };
    const auto place = [](const QString& district, const QString& commune) {
        return district.isEmpty() ? QString() : core::campaign::communePath(district, commune);
    };
    int unfair = 0;
    for (const core::allocation::Violation& v : replanned->violations) {
        unfair += v.kind == core::allocation::ViolationKind::Unfair ? 1 : 0;
    }
    const int broken = static_cast<int>(replanned->violations.size()) - unfair;
    if (context.json()) {
        QJsonArray moves;
        for (const core::AllocationService::Move& m : replanned->moves) {
            moves.append(QJsonObject{{QStringLiteral("person"), m.person},
                                     {QStringLiteral("idNumber"), m.idNumber},
                                     {QStringLiteral("change"), m.change},
                                     {QStringLiteral("from"), place(m.fromDistrict, m.fromCommune)},
                                     {QStringLiteral("to"), place(m.toDistrict, m.toCommune)},
                                     {QStringLiteral("daysBefore"), m.daysBefore},
                                     {QStringLiteral("daysAfter"), m.daysAfter},
                                     {QStringLiteral("userName"), m.userName}});
        }
        QJsonArray unmet;
        for (const core::allocation::UnmetDemand& u : replanned->unmet) {
            unmet.append(QJsonObject{{QStringLiteral("district"), u.district},
                                     {QStringLiteral("commune"), u.commune},
                                     {QStringLiteral("day"), day(u.day)},
                                     {QStringLiteral("missingPeople"), u.missingPeople},
                                     {QStringLiteral("pairsWithoutComputer"), u.pairsWithoutComputer}});
        }
        context.printJson(QJsonObject{{QStringLiteral("from"), day(replanned->from)},
                                      {QStringLiteral("moves"), moves},
                                      {QStringLiteral("changedSlots"), replanned->changedSlots},
                                      {QStringLiteral("unmet"), unmet},
                                      {QStringLiteral("unfair"), unfair},
                                      {QStringLiteral("violations"), broken},
                                      {QStringLiteral("saved"), replanned->saved}});
        return broken == 0 ? kExitOk : kExitFailed;
    }
    QTextStream& out = context.out();
    out << "re-planned from " << day(replanned->from) << "\n";
    if (replanned->moves.empty()) {
        out << "nobody in the saved allocation has withdrawn or become ineligible: nothing changes\n";
    }
    for (const core::AllocationService::Move& m : replanned->moves) {
        out << m.person << "  " << m.change << "  "
            << (m.fromDistrict.isEmpty() ? QStringLiteral("-") : place(m.fromDistrict, m.fromCommune)) << " -> "
            << (m.toDistrict.isEmpty() ? QStringLiteral("-") : place(m.toDistrict, m.toCommune)) << "  " << m.daysBefore
            << " -> " << m.daysAfter << " days"
            << (m.userName.isEmpty() ? QString() : QStringLiteral("  ") + m.userName) << "\n";
    }
    out << replanned->changedSlots << " person-days given to someone else; " << replanned->unmet.size()
        << " commune-days short";
    if (!replanned->unmet.empty()) {
        out << ":\n";
        printUnmet(out, replanned->unmet);
    } else {
        out << "\n";
    }
    for (const core::allocation::Violation& v : replanned->violations) {
        out << (v.kind == core::allocation::ViolationKind::Unfair ? "uneven (kept for stability): " : "violation: ")
            << v.detail << "\n";
    }
    if (!replanned->moves.empty()) {
        out << (replanned->saved ? "saved: build the changed communes' roster packages again (roster package)\n"
                                 : "(not saved: --save keeps it for the roster packages)\n");
    }
    out.flush();
    return broken == 0 ? kExitOk : kExitFailed;
}

} // namespace

int runVolunteers(CliContext& context) {
    const QStringList& p = context.args().positional;
    const QString sub = p.size() > 1 ? p.at(1) : QString();
    if (sub == QLatin1String("import")) {
        return importVolunteers(context);
    }
    if (sub == QLatin1String("list")) {
        return listVolunteers(context);
    }
    if (sub == QLatin1String("withdraw")) {
        return withdrawVolunteer(context);
    }
    if (sub == QLatin1String("edit")) {
        return editVolunteer(context);
    }
    return context.usage(QStringLiteral("volunteers needs a subcommand: import, list, withdraw or edit"));
}

int runQuota(CliContext& context) {
    if (context.args().positional.size() != 1) {
        return context.usage(QStringLiteral("quota takes no operand"));
    }
    int exitCode = kExitOk;
    auto session = context.signIn(exitCode);
    if (!session) {
        return exitCode;
    }
    auto board = core::RegistrationService::quotaBoard(*session);
    if (!board) {
        return context.failExplained(board.error());
    }
    const auto rowJson = [](const core::QuotaRow& r) {
        QJsonObject o{{QStringLiteral("quota"), r.quota},
                      {QStringLiteral("registered"), r.registered},
                      {QStringLiteral("eligible"), r.eligible},
                      {QStringLiteral("eligibleByDeadline"), r.eligibleByDeadline},
                      {QStringLiteral("short"), r.shortBy}};
        if (!r.unit.isEmpty()) {
            o.insert(QStringLiteral("unit"), r.unit);
            o.insert(QStringLiteral("kind"), r.kind);
        }
        if (!r.district.isEmpty()) {
            o.insert(QStringLiteral("district"), r.district);
        }
        return o;
    };
    if (context.json()) {
        QJsonArray units;
        for (const core::QuotaRow& r : board->units) {
            units.append(rowJson(r));
        }
        context.printJson(
            QJsonObject{{QStringLiteral("deadline"), board->deadline.toString(QStringLiteral("dd/MM/yyyy"))},
                        {QStringLiteral("deadlinePassed"), board->deadlinePassed},
                        {QStringLiteral("units"), units},
                        {QStringLiteral("total"), rowJson(board->total)},
                        {QStringLiteral("shortUnits"), QJsonArray::fromStringList(board->shortUnits)}});
        return kExitOk;
    }
    QTextStream& out = context.out();
    out << "unit lists due " << board->deadline.toString(QStringLiteral("dd/MM/yyyy"))
        << (board->deadlinePassed ? " (passed)" : "") << "\n\n";
    out << QStringLiteral("unit").leftJustified(40) << " registered  eligible  by deadline  quota  short\n";
    const auto line = [&](const QString& name, const core::QuotaRow& r) {
        out << name.leftJustified(40) << ' ' << QString::number(r.registered).rightJustified(10) << ' '
            << QString::number(r.eligible).rightJustified(9) << ' '
            << QString::number(r.eligibleByDeadline).rightJustified(12) << ' '
            << QString::number(r.quota).rightJustified(6) << ' ' << QString::number(r.shortBy).rightJustified(6)
            << "\n";
    };
    for (const core::QuotaRow& r : board->units) {
        line(r.unit, r);
    }
    line(QStringLiteral("total"), board->total);
    out << "\n" << board->shortUnits.size() << " units still short\n";
    out.flush();
    return kExitOk;
}

int runAllocate(CliContext& context) {
    if (context.args().positional.size() != 1) {
        return context.usage(QStringLiteral("allocate takes no operand"));
    }
    if (context.args().has(QStringLiteral("replan"))) {
        if (context.args().value(QStringLiteral("seed"))) {
            return context.usage(QStringLiteral("allocate --replan starts from the saved plan: it takes no --seed"));
        }
        return replanAllocation(context);
    }
    if (context.args().value(QStringLiteral("from"))) {
        return context.usage(QStringLiteral("--from goes with --replan"));
    }
    int seed = 1;
    if (const auto typed = context.args().value(QStringLiteral("seed"))) {
        bool ok = false;
        seed = typed->toInt(&ok);
        if (!ok || seed < 0) {
            return context.usage(QStringLiteral("--seed must be a whole number from 0"));
        }
    }
    int exitCode = kExitOk;
    auto session = context.signIn(exitCode);
    if (!session) {
        return exitCode;
    }
    const bool save = context.args().has(QStringLiteral("save"));
    auto plan = save ? core::AllocationService::save(*session, seed) : core::AllocationService::plan(*session, seed);
    if (!plan) {
        return context.failExplained(plan.error());
    }
    const auto day = [](const QDate& d) { return d.toString(QStringLiteral("dd/MM/yyyy")); };
    if (context.json()) {
        QJsonArray assignments;
        QJsonArray unplaced;
        for (const core::PlannedVolunteer& v : plan->volunteers) {
            if (v.district.isEmpty()) {
                unplaced.append(QJsonObject{{QStringLiteral("person"), v.person},
                                            {QStringLiteral("idNumber"), v.idNumber},
                                            {QStringLiteral("reason"), v.unplacedWhy}});
                continue;
            }
            assignments.append(QJsonObject{{QStringLiteral("person"), v.person},
                                           {QStringLiteral("idNumber"), v.idNumber},
                                           {QStringLiteral("district"), v.district},
                                           {QStringLiteral("commune"), v.commune},
                                           {QStringLiteral("nearness"), v.nearness},
                                           {QStringLiteral("days"), v.days},
                                           {QStringLiteral("userName"), v.userName}});
        }
        QJsonArray unmet;
        for (const core::allocation::UnmetDemand& u : plan->unmet) {
            unmet.append(QJsonObject{{QStringLiteral("district"), u.district},
                                     {QStringLiteral("commune"), u.commune},
                                     {QStringLiteral("day"), day(u.day)},
                                     {QStringLiteral("missingPeople"), u.missingPeople},
                                     {QStringLiteral("pairsWithoutComputer"), u.pairsWithoutComputer}});
        }
        context.printJson(QJsonObject{{QStringLiteral("registered"), plan->registered},
                                      {QStringLiteral("eligible"), plan->eligible},
                                      {QStringLiteral("assignments"), assignments},
                                      {QStringLiteral("unplaced"), unplaced},
                                      {QStringLiteral("unmet"), unmet},
                                      {QStringLiteral("provedOptimal"), plan->solve.provedOptimal},
                                      {QStringLiteral("saved"), save},
                                      {QStringLiteral("violations"), static_cast<int>(plan->violations.size())}});
        return plan->violations.empty() ? kExitOk : kExitFailed;
    }
    QTextStream& out = context.out();
    out << plan->registered << " registered, " << plan->eligible << " eligible and allocated below\n";
    out << "solver: " << plan->solve.status
        << (plan->solve.provedOptimal ? " (proved optimal)" : " (not proved optimal)") << "\n\n";
    int placed = 0;
    for (const core::PlannedVolunteer& v : plan->volunteers) {
        if (v.district.isEmpty()) {
            out << v.person << "  unplaced: " << v.unplacedWhy << "\n";
            continue;
        }
        ++placed;
        out << v.person << "  " << core::campaign::communePath(v.district, v.commune) << "  " << v.nearness << "  "
            << v.days << " days" << (v.userName.isEmpty() ? QString() : QStringLiteral("  ") + v.userName) << "\n";
    }
    out << "\n"
        << placed << " placed, " << plan->eligible - placed << " unplaced; " << plan->unmet.size()
        << " commune-days short";
    if (!plan->unmet.empty()) {
        out << ":\n";
        printUnmet(out, plan->unmet);
    } else {
        out << "\n";
    }
    for (const core::allocation::Violation& v : plan->violations) {
        out << "violation: " << v.detail << "\n";
    }
    out << (save ? "saved: the roster packages are built from it (roster package --commune D/C --output F)\n"
                 : "(computed from the registrations, not saved: --save keeps it for the roster packages)\n");
    out.flush();
    return plan->violations.empty() ? kExitOk : kExitFailed;
}

} // namespace dc::app::cli
