// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/domain/VietnameseText.h"

#include <QList>

#include <algorithm>
#include <array>
#include <optional>
#include <vector>

namespace dc::core::domain {

namespace {

constexpr char32_t kSmallDStroke = 0x0111;   // đ
constexpr char32_t kCapitalDStroke = 0x0110; // Đ

bool isSpace(char32_t c) {
    return QChar::isSpace(c);
}

bool isWordSeparator(char32_t c) {
    return c == u'-' || c == u'\'' || c == 0x2019 || isSpace(c);
}

// Splits on spaces and hyphens, keeping them, so each syllable can be handled on its own.
template <typename Visit> void forEachSyllable(const std::u32string& text, Visit visit) {
    std::size_t start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text[i] == U' ' || text[i] == U'-') {
            visit(text.substr(start, i - start), i < text.size() ? text[i] : U'\0');
            start = i + 1;
        }
    }
}

std::u32string toU32(const QString& text) {
    const QList<uint> ucs4 = text.toUcs4();
    return std::u32string(ucs4.begin(), ucs4.end());
}

QString fromU32(const std::u32string& text) {
    return QString::fromUcs4(text.data(), static_cast<qsizetype>(text.size()));
}

bool isAscii(const QString& text) {
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
}

} // namespace

bool isToneMark(char32_t c) noexcept {
    return c == 0x0300 || c == 0x0301 || c == 0x0303 || c == 0x0309 || c == 0x0323;
}

bool isVowelMark(char32_t c) noexcept {
    return c == 0x0302 || c == 0x0306 || c == 0x031B;
}

QString normalizedText(const QString& text) {
    // ASCII is its own NFC; most dates, numbers and codes take this path.
    return isAscii(text) ? text.simplified() : text.normalized(QString::NormalizationForm_C).simplified();
}

QString foldForSearchByNormalizing(const QString& text) {
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    std::u32string out;
    out.reserve(static_cast<std::size_t>(decomposed.size()));
    bool pendingSpace = false;
    for (const char32_t c : decomposed.toUcs4()) {
        const auto category = QChar::category(c);
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining ||
            category == QChar::Mark_Enclosing) {
            continue;
        }
        if (isSpace(c)) {
            pendingSpace = !out.empty();
            continue;
        }
        if (pendingSpace) {
            out.push_back(U' ');
            pendingSpace = false;
        }
        out.push_back(c == kSmallDStroke || c == kCapitalDStroke ? U'd' : QChar::toLower(c));
    }
    return fromU32(out);
}

namespace {

// foldForSearch one UTF-16 unit at a time, for the Latin blocks Vietnamese names are written in (Basic Latin to Latin
// Extended-B, the combining diacritics, Latin Extended Additional): each unit's fold made once, by the rule above
// applied to that unit alone. NFD decomposes each character on its own and the marks it reorders are dropped, so a
// text of these units folds as its units do.
class LatinFold {
public:
    static constexpr char16_t kDrop = 0xFFFF;  // a combining mark
    static constexpr char16_t kSpace = 0xFFFE; // a space of any kind
    static constexpr char16_t kOther = 0xFFFD; // outside the blocks, or folding to more than one unit: the rule itself

    LatinFold() {
        for (char16_t u = 0; u < 0x1F00; ++u) {
            if (const auto at = index(u)) {
                m_units[*at] = foldOf(u);
            }
        }
    }
    [[nodiscard]] char16_t operator()(char16_t u) const {
        const auto at = index(u);
        return at ? m_units[*at] : kOther;
    }

private:
    static std::optional<std::size_t> index(char16_t u) {
        if (u < 0x0250) {
            return u;
        }
        if (u >= 0x0300 && u < 0x0370) {
            return 0x0250 + (u - 0x0300);
        }
        if (u >= 0x1E00 && u < 0x1F00) {
            return 0x0250 + 0x70 + (u - 0x1E00);
        }
        return std::nullopt;
    }
    static char16_t foldOf(char16_t u) {
        const auto category = QChar::category(char32_t{u});
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining ||
            category == QChar::Mark_Enclosing) {
            return kDrop;
        }
        if (isSpace(u)) {
            return kSpace;
        }
        const QString folded = foldForSearchByNormalizing(QString(QChar(u)));
        return folded.size() == 1 && folded.at(0).unicode() < kOther ? folded.at(0).unicode() : kOther;
    }
    std::array<char16_t, 0x0250 + 0x70 + 0x100> m_units{};
};

} // namespace

QString foldForSearch(const QString& text) {
    if (isAscii(text)) {
        return text.simplified().toLower();
    }
    // Most names: every unit in the Latin blocks, folded by the table (the hub folds every check it imports).
    static const LatinFold kFold;
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (const QChar c : text) {
        const char16_t folded = kFold(c.unicode());
        if (folded == LatinFold::kOther) {
            return foldForSearchByNormalizing(text);
        }
        if (folded == LatinFold::kDrop) {
            continue;
        }
        if (folded == LatinFold::kSpace) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out.append(u' ');
            pendingSpace = false;
        }
        out.append(QChar(folded));
    }
    return out;
}

QString caseAndSpaceKey(const QString& text) {
    return normalizedText(text).toLower();
}

QString tonePlacementKey(const QString& text) {
    const std::u32string decomposed = toU32(caseAndSpaceKey(text).normalized(QString::NormalizationForm_D));
    std::u32string out;
    out.reserve(decomposed.size() + 8);
    forEachSyllable(decomposed, [&out](const std::u32string& syllable, char32_t separator) {
        char32_t tone = 0;
        for (const char32_t c : syllable) {
            if (isToneMark(c)) {
                tone = c; // a syllable carries one tone; where it sits is what differs
            } else {
                out.push_back(c);
            }
        }
        if (tone != 0) {
            out.push_back(U'|');
            out.push_back(tone);
        }
        if (separator != U'\0') {
            out.push_back(separator);
        }
    });
    return fromU32(out).normalized(QString::NormalizationForm_C);
}

QString titleCase(const QString& text) {
    // Case mapping keeps precomposed Vietnamese letters precomposed: NFC in, NFC out.
    const std::u32string letters = toU32(text.simplified());
    std::u32string out;
    out.reserve(letters.size());
    bool startOfWord = true;
    for (const char32_t c : letters) {
        out.push_back(startOfWord ? QChar::toUpper(c) : QChar::toLower(c));
        startOfWord = isWordSeparator(c);
    }
    return fromU32(out);
}

bool hasControlCharacters(const QString& text, bool allowNewlines) {
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text.at(i).unicode();
        if (allowNewlines && (c == u'\n' || c == u'\t')) {
            continue;
        }
        if (c < 0x80) { // the common case, without a table lookup
            if (c < 0x20 || c == 0x7f) {
                return true;
            }
            continue;
        }
        // A character beyond the BMP (a Hán Nôm character of extension B, an emoji) is one code point of two UTF-16
        // units, judged as that character; a surrogate without its other half stays a surrogate and is refused.
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        const auto category = QChar::category(c);
        if (category == QChar::Other_Control || category == QChar::Other_Format || category == QChar::Other_Surrogate ||
            category == QChar::Other_NotAssigned || category == QChar::Separator_Line ||
            category == QChar::Separator_Paragraph) {
            return true;
        }
    }
    return false;
}

bool hasReplacementCharacter(const QString& text) {
    return text.contains(QChar(QChar::ReplacementCharacter));
}

bool hasDigit(const QString& text) {
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
}

int editDistance(const QString& a, const QString& b, int limit) {
    const std::u32string s = toU32(a);
    const std::u32string t = toU32(b);
    const int n = static_cast<int>(s.size());
    const int m = static_cast<int>(t.size());
    if (std::abs(n - m) > limit) {
        return limit + 1;
    }
    std::vector<int> previous(static_cast<std::size_t>(m) + 1);
    std::vector<int> current(static_cast<std::size_t>(m) + 1);
    for (int j = 0; j <= m; ++j) {
        previous[static_cast<std::size_t>(j)] = j;
    }
    for (int i = 1; i <= n; ++i) {
        current[0] = i;
        int rowBest = current[0];
        for (int j = 1; j <= m; ++j) {
            const int substitution = previous[static_cast<std::size_t>(j - 1)] +
                                     (s[static_cast<std::size_t>(i - 1)] == t[static_cast<std::size_t>(j - 1)] ? 0 : 1);
            current[static_cast<std::size_t>(j)] =
                std::min({previous[static_cast<std::size_t>(j)] + 1, current[static_cast<std::size_t>(j - 1)] + 1,
                          substitution});
            rowBest = std::min(rowBest, current[static_cast<std::size_t>(j)]);
        }
        if (rowBest > limit) {
            return limit + 1; // every later row only grows
        }
        std::swap(previous, current);
    }
    return std::min(previous[static_cast<std::size_t>(m)], limit + 1);
}

} // namespace dc::core::domain
