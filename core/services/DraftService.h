// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/Result.h"
#include "core/domain/Outcome.h"
#include "core/services/CheckLog.h"
#include "core/services/Session.h"

#include <QString>

#include <optional>
#include <vector>

namespace dc::core {

// An entry the pair typed but did not save: what the logging screen holds when the pair signs out, is locked out or
// closes the window. Texts exactly as typed (the entry number too: it may not be a number yet).
struct EntryDraftInput {
    QString entryNumber;
    QString registrationDate;
    QString subjectName;
    // The outcome being prepared: Corrected (with its corrections) or Escalated (with its transcript); none yet
    // otherwise. The other outcomes are saved with one key, so they are never half done.
    std::optional<Outcome> outcome;
    std::vector<CorrectionInput> corrections;
    QString transcript;
};

// The drafts of a pair (migration 6, core/README.md "Drafts"): one per pair — order-free, whoever signed in first —
// and book, kept inside the encrypted database only (it holds a citizen's name), until the pair saves that entry
// (LogService removes it in the save's transaction) or discards it. Only the pair that typed a draft sees it. A draft
// is not a check: no report, count or audit event includes it, and keeping one writes no audit event (it would say
// nothing the log does not, and its content must not travel into the chain).
class DraftService {
public:
    // Whether a draft holds anything worth keeping: a name, a transcript, a correction or a prepared outcome. The
    // number and the date alone are what the logging screen fills in by itself (the next number, the date of the
    // entry before), so they are not.
    [[nodiscard]] static bool worthKeeping(const EntryDraftInput& draft);
    // Keeps `draft` as the pair's draft of the book, replacing the one before; a draft not worth keeping removes it.
    // NotAPair unless two volunteers are signed in together; InvalidInput for an unknown book, or a draft over the
    // size a screen can hold (kMaxDraftBytes).
    [[nodiscard]] static Result<void> keep(Session& session, qint64 bookId, const EntryDraftInput& draft);
    // The pair's draft of the book, if one is kept.
    [[nodiscard]] static Result<std::optional<EntryDraftInput>> find(Session& session, qint64 bookId);
    // Removes the pair's draft of the book (the pair discarded it); nothing to remove is not an error.
    [[nodiscard]] static Result<void> discard(Session& session, qint64 bookId);

    // The largest draft kept, as UTF-8 JSON: far above anything typed on one entry, far below a memory problem.
    static constexpr int kMaxDraftBytes = 64 * 1024;
};

} // namespace dc::core
