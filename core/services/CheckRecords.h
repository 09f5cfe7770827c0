// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/audit/AuditLog.h"
#include "core/services/BookService.h"
#include "core/services/CheckLog.h"

#include <optional>
#include <vector>

namespace dc::core::store {
class Database;
}

// The SQL of books' state, logged checks, corrections and entry state. Internal to core/services; callers hold
// the transaction. Functions throw store::StoreError.
namespace dc::core::checkrecords {

[[nodiscard]] std::optional<Book> loadBook(store::Database& db, qint64 bookId);
[[nodiscard]] std::optional<QString> bookUuid(store::Database& db, qint64 bookId);

// Inserts the check and its corrections (check.id and check.uuid are filled in) and moves the entry's state to
// it (a void removes the entry's state).
void insertCheck(store::Database& db, const QString& siteUuid, LoggedCheck& check);
[[nodiscard]] std::optional<LoggedCheck> loadCheck(store::Database& db, qint64 checkId);
[[nodiscard]] std::optional<LoggedCheck> loadCheckByUuid(store::Database& db, const QString& uuid);
// The id of the current check of an entry, if the entry is logged (a voided entry is not).
[[nodiscard]] std::optional<qint64> currentCheckOfEntry(store::Database& db, qint64 bookId, int entryNumber);

// SHA-256 over the canonical bytes of a stored check and its corrections, as bound into its audit event.
[[nodiscard]] audit::Hash contentHash(store::Database& db, const LoggedCheck& check);

// The logged entry numbers of a book (current state, voids excluded), ascending.
[[nodiscard]] std::vector<int> loggedEntryNumbers(store::Database& db, qint64 bookId);

} // namespace dc::core::checkrecords
