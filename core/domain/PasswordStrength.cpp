// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/domain/PasswordStrength.h"

#include "core/domain/VietnameseText.h"

#include <QFile>
#include <QRegularExpression>

#include <zxcvbn.h>

#include <algorithm>
#include <stdexcept>
#include <string>
#include <vector>

namespace dc::core::domain {

namespace {

constexpr int kMaxWordLength = 64;

QStringList loadCommonPasswords() {
    QFile file(QStringLiteral(":/doichieu/domain/common-passwords-vi.txt"));
    if (!file.open(QIODevice::ReadOnly)) {
        throw std::logic_error("resource missing: common-passwords-vi.txt");
    }
    QStringList words;
    for (const QByteArray& line : file.readAll().split('\n')) {
        const QString word = QString::fromUtf8(line).trimmed();
        if (!word.isEmpty() && !word.startsWith(u'#')) {
            words.append(word);
        }
    }
    return words;
}

} // namespace

const QStringList& commonVietnamesePasswords() {
    static const QStringList words = loadCommonPasswords();
    return words;
}

QStringList passwordUserWords(const QStringList& names) {
    QStringList words;
    static const QRegularExpression separators(QStringLiteral("[^a-z0-9]+"));
    for (const QString& name : names) {
        const QString folded = foldForSearch(name);
        const QStringList parts = folded.split(separators, Qt::SkipEmptyParts);
        for (const QString& part : parts) {
            if (part.size() >= 2 && part.size() <= kMaxWordLength && !words.contains(part)) {
                words.append(part);
            }
        }
        const QString joined = parts.join(QString());
        if (joined.size() >= 3 && joined.size() <= kMaxWordLength && !words.contains(joined)) {
            words.append(joined);
        }
    }
    return words;
}

double passwordBits(const crypto::SecureBuffer& utf8, const QStringList& userWords) {
    // zxcvbn reads a C string: the password is copied into secure memory with its terminator.
    crypto::SecureBuffer terminated(utf8.size() + 1);
    std::copy(utf8.bytes().begin(), utf8.bytes().end(), terminated.data());
    terminated.data()[utf8.size()] = 0;
    std::vector<std::string> words;
    for (const QString& word : userWords + commonVietnamesePasswords()) {
        words.push_back(word.toStdString());
    }
    std::vector<const char*> dictionary;
    dictionary.reserve(words.size() + 1);
    for (const std::string& word : words) {
        dictionary.push_back(word.c_str());
    }
    dictionary.push_back(nullptr);
    return ZxcvbnMatch(reinterpret_cast<const char*>(terminated.data()), dictionary.data(), nullptr);
}

} // namespace dc::core::domain
