// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/training/Variants.h"

#include "core/domain/VietnameseText.h"

#include <QStringList>

#include <array>
#include <vector>

namespace dc::core::training::variants {

namespace {

bool isMark(char32_t c) {
    return QChar::category(c) == QChar::Mark_NonSpacing;
}

char32_t lower(char32_t c) {
    return QChar::toLower(c);
}

// The other placement in one word, or "" (NFD in, NFC out).
QString otherPlacementInWord(const QString& word) {
    const QList<uint> ucs = word.normalized(QString::NormalizationForm_D).toUcs4();
    std::u32string text(ucs.begin(), ucs.end());
    // The base letters with their positions.
    std::vector<std::size_t> letters;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (!isMark(text[i])) {
            letters.push_back(i);
        }
    }
    if (letters.size() < 2) {
        return {};
    }
    // An open syllable: the pair is the word's last two letters.
    const std::size_t first = letters[letters.size() - 2];
    const std::size_t second = letters.back();
    const char32_t a = lower(text[first]);
    const char32_t b = lower(text[second]);
    const bool pair = (a == U'o' && (b == U'a' || b == U'e')) || (a == U'u' && b == U'y');
    if (!pair || (a == U'u' && letters.size() >= 3 && lower(text[letters[letters.size() - 3]]) == U'q')) {
        return {};
    }
    // No other vowel before the pair ("hoai" is not open; "uya" is not a pair) and no vowel mark on it.
    for (std::size_t k = 0; k + 2 < letters.size(); ++k) {
        if (std::u32string_view(U"aăâeêioôơuưy").find(lower(text[letters[k]])) != std::u32string_view::npos) {
            return {};
        }
    }
    std::size_t tone = std::u32string::npos;
    for (std::size_t i = first + 1; i < text.size(); ++i) {
        if (domain::isToneMark(text[i])) {
            tone = i;
        } else if (domain::isVowelMark(text[i])) {
            return {};
        }
    }
    if (tone == std::u32string::npos) {
        return {};
    }
    const char32_t mark = text[tone];
    text.erase(tone, 1);
    // On the first vowel it moves after the second (which, the mark gone, now sits at `second - 1`); on the second it
    // moves after the first.
    text.insert(tone < second ? second : first + 1, 1, mark);
    return QString::fromUcs4(text.data(), static_cast<qsizetype>(text.size())).normalized(QString::NormalizationForm_C);
}

struct Swap {
    const char* from;
    const char* to;
    bool atStart; // else at the end
};

// What a clerk mishears or mistypes (southern pronunciation merges final n/ng, c/t, and initial s/x, d/gi/v).
constexpr std::array<Swap, 19> kSwaps = {{
    {"ng", "n", false}, {"nh", "n", false}, {"n", "ng", false}, {"c", "t", false},  {"t", "c", false},
    {"m", "n", false},  {"s", "x", true},   {"x", "s", true},   {"l", "n", true},   {"tr", "ch", true},
    {"ch", "tr", true}, {"gi", "d", true},  {"d", "gi", true},  {"v", "d", true},   {"th", "t", true},
    {"kh", "k", true},  {"ph", "p", true},  {"ng", "nh", true}, {"nh", "ng", true},
}};

// The word with `swap` applied, or "" when it does not apply (case of the first letter kept).
QString applySwap(const QString& word, const Swap& swap) {
    const QString from = QString::fromLatin1(swap.from);
    const QString to = QString::fromLatin1(swap.to);
    const QString low = word.toLower();
    if (swap.atStart) {
        // "n" must not take the "ng"/"nh" of a longer initial.
        if (!low.startsWith(from) || (from == QLatin1String("n") &&
                                      (low.startsWith(QLatin1String("ng")) || low.startsWith(QLatin1String("nh"))))) {
            return {};
        }
        QString head = to;
        if (word.at(0).isUpper()) {
            head[0] = head.at(0).toUpper();
        }
        return head + word.mid(from.size());
    }
    if (!low.endsWith(from)) {
        return {};
    }
    const QString stem = word.left(word.size() - from.size());
    if (stem.isEmpty()) {
        return {};
    }
    return stem + to;
}

} // namespace

QString withoutMarks(const QString& name) {
    QString out;
    for (const QChar c : name.normalized(QString::NormalizationForm_D)) {
        if (c.category() == QChar::Mark_NonSpacing) {
            continue;
        }
        if (c == QChar(0x0111)) {
            out.append(u'd');
        } else if (c == QChar(0x0110)) {
            out.append(u'D');
        } else {
            out.append(c);
        }
    }
    out = out.normalized(QString::NormalizationForm_C);
    return out == name.normalized(QString::NormalizationForm_C) ? QString() : out;
}

QString otherTonePlacement(const QString& name) {
    QStringList words = name.split(u' ');
    bool changed = false;
    for (QString& word : words) {
        const QString other = otherPlacementInWord(word);
        if (!other.isEmpty()) {
            word = other;
            changed = true;
        }
    }
    return changed ? words.join(u' ') : QString();
}

QString misspelt(const QString& name, quint64 choice) {
    const QStringList words = name.split(u' ');
    std::vector<QString> options;
    for (qsizetype w = 0; w < words.size(); ++w) {
        for (const Swap& swap : kSwaps) {
            const QString changed = applySwap(words.at(w), swap);
            if (changed.isEmpty() || changed.compare(words.at(w), Qt::CaseInsensitive) == 0) {
                continue;
            }
            QStringList out = words;
            out[w] = changed;
            options.push_back(out.join(u' '));
        }
    }
    if (options.empty()) {
        return {};
    }
    return options[static_cast<std::size_t>(choice % options.size())];
}

} // namespace dc::core::training::variants
