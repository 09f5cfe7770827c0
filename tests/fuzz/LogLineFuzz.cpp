// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// A `log import` file (JSON Lines): split and trimmed as LogCommands.cpp's logImport does, each line through
// app/cli's parseImportLine (the one reader of a line; compiled into this target from its source), and each line it
// accepts through the domain's check of a draft (domain::checkDraft, what LogService::logCheck runs before it writes
// anything) under each of the three record types' schemas, as it would be for a book of that type.
#include "FuzzSupport.h"

#include "app/cli/ImportLine.h"
#include "core/domain/EntryDraft.h"
#include "core/domain/EntrySchema.h"

using namespace dc;

namespace {

// LogService.cpp's draftOf, restated (it is private there): the typed line as the draft the domain checks.
core::domain::EntryDraft draftOf(const core::CheckInput& input) {
    core::domain::EntryDraft draft;
    draft.entryNumber = QString::number(input.entryNumber);
    draft.registrationDate = input.registrationDate;
    draft.subjectName = input.subjectName;
    draft.outcome = input.outcome;
    for (const core::CorrectionInput& c : input.corrections) {
        draft.corrections.push_back({c.fieldKey, c.before, c.after});
    }
    draft.transcript = input.transcript;
    draft.note = input.note;
    draft.secondsSpent = input.secondsSpent;
    return draft;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray contents = fuzz::bytesOf(data, size);
    for (qsizetype from = 0; from < contents.size();) {
        qsizetype end = contents.indexOf('\n', from);
        if (end < 0) {
            end = contents.size();
        }
        const QByteArray line = contents.sliced(from, end - from).trimmed();
        from = end + 1;
        if (line.isEmpty()) {
            continue;
        }
        const app::cli::ImportLine parsed = app::cli::parseImportLine(line);
        if (!parsed.input) {
            if (parsed.problem.isEmpty()) {
                fuzz::invariantBroken("a line refused without a reason");
            }
            continue;
        }
        if (parsed.input->bookId < 1 || parsed.input->entryNumber < 1 || parsed.input->secondsSpent < 0) {
            fuzz::invariantBroken("a line accepted with a book, entry or time out of range");
        }
        using core::domain::RecordType;
        for (const RecordType type : {RecordType::Birth, RecordType::Marriage, RecordType::Death}) {
            (void)core::domain::checkDraft(core::domain::entrySchema(type), draftOf(*parsed.input), {1, 500});
        }
    }
    return 0;
}
