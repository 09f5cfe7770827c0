// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/store/StoreError.h"

#include <sqlite3.h>

namespace dc::core::store {

bool StoreError::isUnreadable() const noexcept {
    return m_resultCode == SQLITE_NOTADB || m_resultCode == SQLITE_CORRUPT;
}

bool StoreError::isConstraintViolation() const noexcept {
    return m_resultCode == SQLITE_CONSTRAINT;
}

SchemaTooNewError::SchemaTooNewError(int found, int supported)
    : std::runtime_error("database schema version " + std::to_string(found) + " is newer than this program's " +
                         std::to_string(supported)),
      m_found(found), m_supported(supported) {}

} // namespace dc::core::store
