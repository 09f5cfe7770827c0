// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include <QByteArray>
#include <QString>

#include <concepts>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace dc::core::store {

// A prepared statement. Values are always bound, never spliced into SQL. Parameters are 1-based as in
// SQLite; columns are 0-based. Errors throw StoreError.
class Statement {
public:
    // `persistent`: the statement is kept and reused many times (Database::cached), which SQLite prepares with
    // SQLITE_PREPARE_PERSISTENT so it does not come out of the lookaside memory meant for short-lived ones.
    Statement(sqlite3* db, std::string_view sql, bool persistent = false);
    Statement(Statement&&) noexcept = default;
    Statement& operator=(Statement&&) noexcept = default;
    ~Statement() = default;

    template <std::integral Integer> Statement& bind(int index, Integer value) {
        return bindInt64(index, static_cast<std::int64_t>(value));
    }
    Statement& bindInt64(int index, std::int64_t value);
    Statement& bind(int index, const QString& text);
    Statement& bind(int index, std::string_view text);
    Statement& bind(int index, const char* text) { return bind(index, std::string_view(text)); }
    // Text SQLite reads in place, without a copy (SQLITE_STATIC): the bytes must stay until the statement is reset
    // (reset() clears the bindings; a CachedStatement resets when it goes) or bound again. For the hub's import, which
    // binds values that live through the whole bundle.
    Statement& bindUnowned(int index, std::string_view text);
    Statement& bindBlob(int index, std::span<const std::uint8_t> bytes);
    Statement& bindNull(int index);
    Statement& bind(int index, const std::optional<QString>& text);
    // A UUID written as its 36 characters, bound as its 16 bytes (core/Uuid.h): for the hub's columns that keep UUIDs
    // so (docs/HUB.md "UUIDs as 16 bytes"). Text that is not a UUID is a StoreError: the values bound are checked
    // before (the bundle's reader refuses any other).
    Statement& bindUuid(int index, std::string_view text);
    Statement& bindUuid(int index, const QString& text);

    // The index of a named parameter (":name"), or 0 when the statement has none of that name.
    [[nodiscard]] int parameterIndex(const char* name) const;

    // Advances to the next row: true when a row is available, false when the statement is done.
    [[nodiscard]] bool step();
    // Runs a statement that returns no rows.
    void run();
    // Rows the connection's last completed INSERT, UPDATE or DELETE changed (sqlite3_changes): after run(), whether an
    // "INSERT ... ON CONFLICT DO NOTHING" inserted, without a RETURNING clause's temporary table.
    [[nodiscard]] int changes() const;
    void reset();

    [[nodiscard]] bool isNull(int column) const;
    [[nodiscard]] std::int64_t int64(int column) const;
    [[nodiscard]] int integer(int column) const { return static_cast<int>(int64(column)); }
    [[nodiscard]] QString text(int column) const;
    // The column's text as UTF-8 bytes SQLite owns: valid until the next step(), reset() or the statement's end.
    [[nodiscard]] std::string_view utf8(int column) const;
    [[nodiscard]] std::optional<QString> optionalText(int column) const;
    [[nodiscard]] std::vector<std::uint8_t> blob(int column) const;
    // A column that keeps a UUID as its 16 bytes, as its 36 lower-case characters; NULL reads as an empty string,
    // anything else is a StoreError.
    [[nodiscard]] QString uuid(int column) const;

private:
    struct Finalizer {
        void operator()(sqlite3_stmt* statement) const noexcept;
    };
    sqlite3* m_db;
    std::unique_ptr<sqlite3_stmt, Finalizer> m_statement;
};

} // namespace dc::core::store
