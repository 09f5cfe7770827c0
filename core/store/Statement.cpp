// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/store/Statement.h"

#include "core/Uuid.h"
#include "core/store/Database.h"
#include "core/store/StoreError.h"

#include <QStringEncoder>

#include <sqlite3.h>

#include <limits>

namespace dc::core::store {

void Statement::Finalizer::operator()(sqlite3_stmt* statement) const noexcept {
    sqlite3_finalize(statement);
}

Statement::Statement(sqlite3* db, std::string_view sql, bool persistent) : m_db(db) {
    if (sql.size() > static_cast<std::size_t>(std::numeric_limits<int>::max())) {
        throw StoreError(SQLITE_TOOBIG, SQLITE_TOOBIG, "statement too long");
    }
    sqlite3_stmt* raw = nullptr;
    const int rc = sqlite3_prepare_v3(db, sql.data(), static_cast<int>(sql.size()),
                                      persistent ? SQLITE_PREPARE_PERSISTENT : 0, &raw, nullptr);
    m_statement.reset(raw);
    throwIfError(db, rc, "cannot prepare statement");
}

Statement& Statement::bindInt64(int index, std::int64_t value) {
    throwIfError(m_db, sqlite3_bind_int64(m_statement.get(), index, value), "cannot bind value");
    return *this;
}

Statement& Statement::bind(int index, const QString& text) {
    // The UTF-8 is written straight into memory SQLite owns (at most three bytes per UTF-16 unit) and handed over with
    // sqlite3_free as its destructor (SQLite frees it even when the bind fails): one allocation and no copy, where
    // toUtf8 and SQLITE_TRANSIENT made two of each. Text with an unpaired surrogate goes the old way, so the bytes
    // stored are always QString::toUtf8's ('?' for it, where the encoder would write U+FFFD).
    if (!text.isEmpty()) {
        auto* buffer = static_cast<char*>(sqlite3_malloc64(static_cast<sqlite3_uint64>(text.size()) * 3));
        if (buffer == nullptr) {
            throw StoreError(SQLITE_NOMEM, SQLITE_NOMEM, "cannot bind text: out of memory");
        }
        QStringEncoder encoder(QStringEncoder::Utf8, QStringConverter::Flag::Stateless);
        const char* end = encoder.appendToBuffer(buffer, text);
        if (!encoder.hasError()) {
            throwIfError(m_db,
                         sqlite3_bind_text64(m_statement.get(), index, buffer,
                                             static_cast<sqlite3_uint64>(end - buffer), sqlite3_free, SQLITE_UTF8),
                         "cannot bind text");
            return *this;
        }
        sqlite3_free(buffer);
    }
    const QByteArray utf8 = text.toUtf8();
    return bind(index, std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
}

Statement& Statement::bind(int index, std::string_view text) {
    // SQLITE_TRANSIENT: SQLite copies the bytes, so the caller's buffer may go away.
    throwIfError(m_db,
                 sqlite3_bind_text64(m_statement.get(), index, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8),
                 "cannot bind text");
    return *this;
}

Statement& Statement::bindUnowned(int index, std::string_view text) {
    // A zero-length text must still be text, not NULL: SQLite needs a non-null pointer for that.
    const char* data = text.data() != nullptr ? text.data() : "";
    throwIfError(m_db, sqlite3_bind_text64(m_statement.get(), index, data, text.size(), SQLITE_STATIC, SQLITE_UTF8),
                 "cannot bind text");
    return *this;
}

Statement& Statement::bindBlob(int index, std::span<const std::uint8_t> bytes) {
    // A zero-length blob must still be a blob, not NULL: SQLite needs a non-null pointer for that.
    static const std::uint8_t empty = 0;
    const void* data = bytes.empty() ? &empty : bytes.data();
    throwIfError(m_db, sqlite3_bind_blob64(m_statement.get(), index, data, bytes.size(), SQLITE_TRANSIENT),
                 "cannot bind blob");
    return *this;
}

namespace {

// The bytes of a UUID about to be bound; text that is not one is a StoreError (it names no value: it may be data).
const UuidBytes& uuidToBind(const std::optional<UuidBytes>& bytes) {
    if (!bytes) {
        throw StoreError(SQLITE_MISMATCH, SQLITE_MISMATCH, "cannot bind a UUID: not a UUID");
    }
    return *bytes;
}

} // namespace

Statement& Statement::bindUuid(int index, std::string_view text) {
    return bindBlob(index, uuidToBind(uuidBytes(text)));
}

Statement& Statement::bindUuid(int index, const QString& text) {
    return bindBlob(index, uuidToBind(uuidBytes(text)));
}

Statement& Statement::bindNull(int index) {
    throwIfError(m_db, sqlite3_bind_null(m_statement.get(), index), "cannot bind null");
    return *this;
}

Statement& Statement::bind(int index, const std::optional<QString>& text) {
    return text ? bind(index, *text) : bindNull(index);
}

int Statement::parameterIndex(const char* name) const {
    return sqlite3_bind_parameter_index(m_statement.get(), name);
}

bool Statement::step() {
    const int rc = sqlite3_step(m_statement.get());
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc == SQLITE_DONE) {
        return false;
    }
    throwIfError(m_db, rc, "statement failed");
    return false;
}

void Statement::run() {
    while (step()) {
    }
}

int Statement::changes() const {
    return sqlite3_changes(m_db);
}

void Statement::reset() {
    sqlite3_reset(m_statement.get());
    sqlite3_clear_bindings(m_statement.get());
}

bool Statement::isNull(int column) const {
    return sqlite3_column_type(m_statement.get(), column) == SQLITE_NULL;
}

std::int64_t Statement::int64(int column) const {
    return sqlite3_column_int64(m_statement.get(), column);
}

QString Statement::text(int column) const {
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_statement.get(), column));
    const int size = sqlite3_column_bytes(m_statement.get(), column);
    return data ? QString::fromUtf8(data, size) : QString();
}

std::string_view Statement::utf8(int column) const {
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_statement.get(), column));
    const int size = sqlite3_column_bytes(m_statement.get(), column);
    return data ? std::string_view(data, static_cast<std::size_t>(size)) : std::string_view();
}

std::optional<QString> Statement::optionalText(int column) const {
    if (isNull(column)) {
        return std::nullopt;
    }
    return text(column);
}

std::vector<std::uint8_t> Statement::blob(int column) const {
    const auto* data = static_cast<const std::uint8_t*>(sqlite3_column_blob(m_statement.get(), column));
    const int size = sqlite3_column_bytes(m_statement.get(), column);
    if (!data || size <= 0) {
        return {};
    }
    return {data, data + size};
}

QString Statement::uuid(int column) const {
    const int type = sqlite3_column_type(m_statement.get(), column);
    if (type == SQLITE_NULL) {
        return {};
    }
    const auto* data = static_cast<const std::uint8_t*>(sqlite3_column_blob(m_statement.get(), column));
    const int size = sqlite3_column_bytes(m_statement.get(), column);
    if (type != SQLITE_BLOB || data == nullptr || size != 16) {
        throw StoreError(SQLITE_MISMATCH, SQLITE_MISMATCH, "a stored UUID is not 16 bytes");
    }
    return uuidText(std::span<const std::uint8_t>(data, 16));
}

} // namespace dc::core::store
