// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include <stdexcept>
#include <string>

namespace dc::core::store {

// Thrown inside the store; services catch it at their boundary and turn it into a core::Error.
// Carries SQLite's primary and extended result codes. SQLite messages name tables, columns and
// constraints, never bound values, so the text holds no citizen data.
class StoreError : public std::runtime_error {
public:
    StoreError(int resultCode, int extendedCode, const std::string& message)
        : std::runtime_error(message), m_resultCode(resultCode), m_extendedCode(extendedCode) {}

    [[nodiscard]] int resultCode() const noexcept { return m_resultCode; }
    [[nodiscard]] int extendedCode() const noexcept { return m_extendedCode; }
    // SQLITE_NOTADB or SQLITE_CORRUPT: the file cannot be decrypted with this key or is damaged.
    [[nodiscard]] bool isUnreadable() const noexcept;
    // A UNIQUE, CHECK, NOT NULL or FOREIGN KEY constraint refused the change.
    [[nodiscard]] bool isConstraintViolation() const noexcept;

private:
    int m_resultCode;
    int m_extendedCode;
};

// The database was created by a newer version of the program (its user_version is above ours).
class SchemaTooNewError : public std::runtime_error {
public:
    SchemaTooNewError(int found, int supported);
    [[nodiscard]] int found() const noexcept { return m_found; }
    [[nodiscard]] int supported() const noexcept { return m_supported; }

private:
    int m_found;
    int m_supported;
};

} // namespace dc::core::store
