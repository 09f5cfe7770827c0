// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// A unit's list as the hub imports it (core/sheets and core/campaign/Registration): readTable on the file's bytes — the
// format chosen by content, so one target reaches CSV in every encoding, XLSX (libzip, QXmlStreamReader) and XLS
// (freexl) —, then what RegistrationService's preview and import do with a table read: parseUnitList under the
// built-in campaign's first unit and checkEligibility of each row that parsed. Invariants: a table read is within
// Table.h's bounds and every cell is NFC; a refusal is InvalidInput (or IoError for memory the XLS reader could not
// get), never anything else.
#include "FuzzSupport.h"

#include "core/campaign/Campaign.h"
#include "core/campaign/Registration.h"
#include "core/sheets/Table.h"

using namespace dc;
using namespace dc::core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    auto table = sheets::readTable(fuzz::bytesOf(data, size));
    if (!table) {
        if (table.error().code != ErrorCode::InvalidInput && table.error().code != ErrorCode::IoError) {
            fuzz::invariantBroken("a table refused with another code than InvalidInput or IoError");
        }
        return 0;
    }
    if (table->rows.size() > static_cast<std::size_t>(sheets::kMaxTableRows)) {
        fuzz::invariantBroken("a table read with more rows than kMaxTableRows");
    }
    for (const QStringList& row : table->rows) {
        if (row.size() > sheets::kMaxTableColumns) {
            fuzz::invariantBroken("a table read with more columns than kMaxTableColumns");
        }
        for (const QString& cell : row) {
            if (cell.size() > sheets::kMaxCellCharacters) {
                fuzz::invariantBroken("a cell read longer than kMaxCellCharacters");
            }
            if (cell != cell.normalized(QString::NormalizationForm_C)) {
                fuzz::invariantBroken("a cell read that is not NFC");
            }
        }
    }
    const campaign::Campaign& plan = campaign::builtInCampaign();
    if (plan.units.empty()) {
        return 0;
    }
    const campaign::ParsedList parsed = campaign::parseUnitList(table.value(), plan, plan.units.front());
    for (const campaign::ParsedRow& row : parsed.rows) {
        (void)campaign::checkEligibility(row.registration, plan);
    }
    return 0;
}
