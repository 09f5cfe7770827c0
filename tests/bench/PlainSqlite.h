// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// The benchmarks' plain-SQLite floor (issue 17 part 5): the same work on an unencrypted database of the same engine
// (SQLCipher without a key is SQLite; libsqlite3 cannot be linked beside libsqlcipher). doichieu-bench alone defines
// the weak hook core/store/Database.cpp asks (`doichieu_bench_plain_database`); every database in a folder marked here
// is opened without a key, with every other setting the same (WAL, synchronous FULL, secure_delete, temp_store
// MEMORY, foreign keys, the page size). See tests/bench/README.md, "Plain SQLite".
#pragma once

#include <QString>

#include <string>

namespace dc::bench {

// Marks `dir` (and everything under it) as holding plain databases when `plain`; returns `dir` either way, so that a
// fixture can mark its folder in its members' initialisers.
QString plainIf(bool plain, const QString& dir);

// While a scope is alive with `plain`, every database opened is plain and its folder is marked (a TestSite's own
// temporary folder, which is chosen inside it). Not nested; one thread.
class PlainScope {
public:
    explicit PlainScope(bool plain);
    ~PlainScope();
    PlainScope(const PlainScope&) = delete;
    PlainScope& operator=(const PlainScope&) = delete;

private:
    bool m_plain;
};

// Throws std::runtime_error unless the database file is what the variant says: plain SQLite's header in clear when
// `plain`, anything else (SQLCipher's random salt) when not. Every fixture calls it, so that a figure cannot be
// printed under the wrong name.
void expectVariant(const QString& databasePath, bool plain);

// The benchmarks' label for a variant: "SQLCipher" or "plain SQLite".
std::string variantLabel(bool plain);

} // namespace dc::bench
