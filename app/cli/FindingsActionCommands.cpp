// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// `findings actions|coverage|inventory` (issue 16 parts 1, 3 and 4): the action lists, the coverage of the registers
// and the register inventory, computed by core (FindingsService, InventoryService), printed or written by
// app/common/export with the export's audit event.
#include "app/cli/CliContext.h"

#include "app/cli/InputFile.h"
#include "core/services/FindingsService.h"
#include "core/services/InventoryService.h"

namespace dc::app::cli {

namespace {

// --commune D/C and --district D: the scope at a hub (both may be given; the commune must then be in the district).
core::ReportScope scopeOption(CliContext& context) {
    core::ReportScope scope;
    scope.district = context.args().value(QStringLiteral("district")).value_or(QString()).trimmed();
    scope.commune = context.args().value(QStringLiteral("commune")).value_or(QString()).trimmed();
    return scope;
}

bool emptyScopeOption(CliContext& context) {
    for (const char* name : {"district", "commune"}) {
        const auto value = context.args().value(QString::fromLatin1(name));
        if (value && value->trimmed().isEmpty()) {
            context.usage(QStringLiteral("--district and --commune need a name"));
            return true;
        }
    }
    return false;
}

std::optional<int> intOption(CliContext& context, const char* name) {
    const auto text = context.required(QString::fromLatin1(name));
    if (!text) {
        return std::nullopt;
    }
    bool ok = false;
    const int value = text->toInt(&ok);
    if (!ok) {
        context.usage(QStringLiteral("--%1 is a whole number").arg(QString::fromLatin1(name)));
        return std::nullopt;
    }
    return value;
}

int inventoryAdd(CliContext& context) {
    core::RegisterInput input;
    const auto commune = context.required(QStringLiteral("commune"));
    if (!commune) {
        return kExitUsage;
    }
    const auto type = context.required(QStringLiteral("type"));
    if (!type) {
        return kExitUsage;
    }
    const auto number = context.required(QStringLiteral("number"));
    if (!number) {
        return kExitUsage;
    }
    const auto year = intOption(context, "year");
    const auto first = year ? intOption(context, "first") : std::nullopt;
    const auto last = first ? intOption(context, "last") : std::nullopt;
    if (!last) {
        return kExitUsage;
    }
    input.commune = *commune;
    input.recordType = *type;
    input.bookNumber = *number;
    input.year = *year;
    input.first = *first;
    input.last = *last;
    int exitCode = kExitOk;
    auto session = context.signIn(exitCode);
    if (!session) {
        return exitCode;
    }
    auto added = core::InventoryService::add(*session, input);
    if (!added) {
        return context.failExplained(added.error());
    }
    if (context.json()) {
        context.printJson(core::InventoryService::inventoryJson({added.value()}));
    } else {
        context.note(QStringLiteral("Added %1/%2 %3 %4/%5, entries %6–%7")
                         .arg(added->district, added->commune, added->recordType, added->bookNumber)
                         .arg(added->year)
                         .arg(added->first)
                         .arg(added->last));
    }
    return kExitOk;
}

int inventoryImport(CliContext& context, const QString& path) {
    QString error;
    const auto bytes = readInput(path, core::InventoryService::kMaxImportBytes, error);
    if (!bytes) {
        return context.fail(error);
    }
    int exitCode = kExitOk;
    auto session = context.signIn(exitCode);
    if (!session) {
        return exitCode;
    }
    auto imported = core::InventoryService::importCsv(*session, *bytes);
    if (!imported) {
        return context.failExplained(imported.error());
    }
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("added"), imported.value()}});
    } else {
        context.note(QStringLiteral("Added %1 registers").arg(imported.value()));
    }
    return kExitOk;
}

int inventoryList(CliContext& context) {
    if (emptyScopeOption(context)) {
        return kExitUsage;
    }
    const core::ReportScope scope = scopeOption(context);
    int exitCode = kExitOk;
    auto session = context.signIn(exitCode);
    if (!session) {
        return exitCode;
    }
    auto registers = core::InventoryService::list(*session, scope);
    if (!registers) {
        return context.failExplained(registers.error());
    }
    if (context.json()) {
        context.printJson(core::InventoryService::inventoryJson(registers.value()));
        return kExitOk;
    }
    QTextStream& out = context.out();
    out << "district\tcommune\ttype\tyear\tnumber\tfirst\tlast\n";
    for (const core::InventoryRegister& r : registers.value()) {
        out << r.district << '\t' << r.commune << '\t' << r.recordType << '\t' << r.year << '\t' << r.bookNumber << '\t'
            << r.first << '\t' << r.last << '\n';
    }
    out << registers->size() << " registers\n";
    out.flush();
    return kExitOk;
}

} // namespace

int runFindingsActions(CliContext& context) {
    if (context.args().positional.size() != 2) {
        return context.usage(QStringLiteral("findings actions [--commune D/C|--district D] [--deidentified] [--json] "
                                            "[--output F --recipient TEXT]"));
    }
    if (emptyScopeOption(context)) {
        return kExitUsage;
    }
    core::FindingsRequest request;
    request.scope = scopeOption(context);
    request.deidentified = context.args().has(QStringLiteral("deidentified"));
    // A file of the lists names who it is for; checked before any password is asked.
    const auto output = context.args().value(QStringLiteral("output"));
    const auto typed = context.args().value(QStringLiteral("recipient"));
    QString recipient;
    if (output && !typed) {
        return context.usage(QStringLiteral("--output needs --recipient TEXT: who the list is for"));
    }
    if (typed) {
        if (!output) {
            return context.usage(QStringLiteral("--recipient goes with --output"));
        }
        auto checked = core::checkedRecipient(*typed);
        if (!checked) {
            return context.usage(QStringLiteral("--recipient: ") + checked.error().detail);
        }
        recipient = checked.value();
    }
    return runDocument(
        context, [&](core::Session& session, core::domain::Language language) -> core::Result<core::ReportDocument> {
            auto lists = core::FindingsService::actions(session, request);
            if (!lists) {
                return lists.error();
            }
            core::ReportDocument document = core::FindingsService::actionsDocument(lists.value(), language);
            document.recipient = recipient;
            return document;
        });
}

int runFindingsCoverage(CliContext& context) {
    if (context.args().positional.size() != 2) {
        return context.usage(
            QStringLiteral("findings coverage [--commune D/C|--district D] [--json] [--output F.xlsx|F.pdf|F.json]"));
    }
    if (emptyScopeOption(context)) {
        return kExitUsage;
    }
    const core::ReportScope scope = scopeOption(context);
    return runDocument(
        context, [&](core::Session& session, core::domain::Language language) -> core::Result<core::ReportDocument> {
            auto coverage = core::InventoryService::coverage(session, scope);
            if (!coverage) {
                return coverage.error();
            }
            return core::InventoryService::coverageDocument(coverage.value(), language);
        });
}

int runFindingsInventory(CliContext& context) {
    const QStringList& p = context.args().positional;
    const QString verb = p.size() >= 3 ? p.at(2) : QString();
    if (verb == QLatin1String("add") && p.size() == 3) {
        return inventoryAdd(context);
    }
    if (verb == QLatin1String("import") && p.size() == 4) {
        return inventoryImport(context, p.at(3));
    }
    if (verb == QLatin1String("list") && p.size() == 3) {
        return inventoryList(context);
    }
    return context.usage(QStringLiteral("findings inventory add --commune D/C --type birth|marriage|death --year YYYY "
                                        "--number N --first N --last N | import FILE.csv | list [--district D]"));
}

} // namespace dc::app::cli
