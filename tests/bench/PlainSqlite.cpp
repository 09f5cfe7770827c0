// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "tests/bench/PlainSqlite.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <mutex>
#include <stdexcept>

namespace dc::bench {
namespace {

std::mutex& lock() {
    static std::mutex m;
    return m;
}
QStringList& plainFolders() {
    static QStringList folders;
    return folders;
}
bool g_scope = false;

QString folderKey(const QString& dir) {
    return QDir::cleanPath(QFileInfo(dir).absoluteFilePath()) + QLatin1Char('/');
}

} // namespace

QString plainIf(bool plain, const QString& dir) {
    if (plain) {
        const std::lock_guard<std::mutex> guard(lock());
        plainFolders().append(folderKey(dir));
    }
    return dir;
}

PlainScope::PlainScope(bool plain) : m_plain(plain) {
    if (m_plain) {
        const std::lock_guard<std::mutex> guard(lock());
        g_scope = true;
    }
}

PlainScope::~PlainScope() {
    if (m_plain) {
        const std::lock_guard<std::mutex> guard(lock());
        g_scope = false;
    }
}

void expectVariant(const QString& databasePath, bool plain) {
    QFile file(databasePath);
    if (!file.open(QIODevice::ReadOnly)) {
        throw std::runtime_error("cannot read the benchmark's database");
    }
    const bool clear = file.read(16) == QByteArray("SQLite format 3", 16);
    if (clear != plain) {
        throw std::runtime_error(plain ? "the plain variant's database is encrypted"
                                       : "the encrypted variant's database is plain SQLite");
    }
}

std::string variantLabel(bool plain) {
    return plain ? "plain SQLite" : "SQLCipher";
}

} // namespace dc::bench

// The hook core/store/Database.cpp declares weak (the only definition: this program's).
extern "C" bool doichieu_bench_plain_database(const char* path) {
    const QString file = QDir::cleanPath(QFileInfo(QString::fromUtf8(path)).absoluteFilePath());
    const std::lock_guard<std::mutex> guard(dc::bench::lock());
    for (const QString& folder : dc::bench::plainFolders()) {
        if (file.startsWith(folder)) {
            return true;
        }
    }
    if (dc::bench::g_scope) {
        dc::bench::plainFolders().append(dc::bench::folderKey(QFileInfo(file).path()));
        return true;
    }
    return false;
}
