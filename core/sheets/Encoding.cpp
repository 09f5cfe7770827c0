// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/sheets/Encoding.h"

#include <QFile>
#include <QHash>
#include <QSet>
#include <QStringDecoder>

#include <array>
#include <cerrno>
#include <iconv.h>
#include <map>
#include <mutex>

namespace dc::core::sheets {
namespace {

// Windows-1252's characters for 0x80–0x9F; the five bytes it leaves undefined stand for the C1 control of the same
// number, as Windows itself maps them. 0xA0–0xFF are Latin-1.
constexpr std::array<char16_t, 32> kCp1252High = {0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                                  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
                                                  0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                                  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

char16_t cp1252Char(unsigned char byte) {
    if (byte >= 0x80 && byte < 0xA0)
        return kCp1252High[byte - 0x80];
    return byte;
}

// The VNI-Windows table (resources/vni-windows.txt), read once.
struct VniTable {
    std::array<char16_t, 256> single{}; // one byte → a letter (0: none)
    QHash<quint16, char16_t> pairs;     // (first byte << 8 | second byte) → a letter
    QHash<char16_t, QByteArray> encode; // a letter → its bytes
    QSet<char16_t> vietnameseLetters;   // every letter outside ASCII the language uses (the table's keys)
};

const VniTable& vniTable() {
    static const VniTable table = [] {
        VniTable t;
        QFile file(QStringLiteral(":/doichieu/sheets/vni-windows.txt"));
        if (!file.open(QIODevice::ReadOnly))
            return t; // a build without the resource: VNI text is then read as Windows-1252 (tests catch it)
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
        for (const QString& line : lines) {
            if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
                continue;
            const QStringList parts = line.split(QLatin1Char('\t'));
            if (parts.size() != 2 || parts[0].size() != 1)
                continue;
            const char16_t letter = parts[0].at(0).unicode();
            QByteArray bytes;
            for (const QString& hex : parts[1].split(QLatin1Char(' '), Qt::SkipEmptyParts))
                bytes.append(char(hex.toUInt(nullptr, 16)));
            if (bytes.size() == 1)
                t.single[static_cast<unsigned char>(bytes[0])] = letter;
            else if (bytes.size() == 2)
                t.pairs.insert(
                    quint16(static_cast<unsigned char>(bytes[0]) << 8 | static_cast<unsigned char>(bytes[1])), letter);
            t.encode.insert(letter, bytes);
            t.vietnameseLetters.insert(letter);
        }
        return t;
    }();
    return table;
}

QString decodeVni(const QByteArray& bytes) {
    const VniTable& t = vniTable();
    QString out;
    out.reserve(bytes.size());
    const auto* b = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (i + 1 < n && b[i + 1] >= 0xC0) {
            auto it = t.pairs.constFind(quint16(b[i] << 8 | b[i + 1]));
            if (it == t.pairs.constEnd()) // a mark byte of the other case: the base letter decides the case
                it = t.pairs.constFind(quint16(b[i] << 8 | (b[i + 1] ^ 0x20)));
            if (it != t.pairs.constEnd()) {
                char16_t letter = *it;
                const QChar base(b[i] < 0x80 ? char16_t(b[i]) : t.single[b[i]]);
                const QChar composed(letter);
                if (base.isUpper() != composed.isUpper())
                    letter = base.isUpper() ? composed.toUpper().unicode() : composed.toLower().unicode();
                out.append(QChar(letter));
                ++i;
                continue;
            }
        }
        if (t.single[b[i]] != 0)
            out.append(QChar(t.single[b[i]]));
        else
            out.append(QChar(cp1252Char(b[i])));
    }
    return out;
}

QString iconvDecode(const QByteArray& bytes, const char* from) {
    iconv_t cd = iconv_open("UTF-8", from);
    if (cd == reinterpret_cast<iconv_t>(-1))
        return QString(bytes.size(), QChar(0xFFFD));
    QByteArray out(bytes.size() * 4 + 64, Qt::Uninitialized);
    char* in = const_cast<char*>(bytes.constData());
    size_t inLeft = size_t(bytes.size());
    char* o = out.data();
    size_t outLeft = size_t(out.size());
    auto grow = [&] {
        const qsizetype used = o - out.data();
        out.resize(out.size() * 2);
        o = out.data() + used;
        outLeft = size_t(out.size() - used);
    };
    while (inLeft > 0) {
        if (iconv(cd, &in, &inLeft, &o, &outLeft) != size_t(-1))
            continue;
        if (errno == E2BIG) {
            grow();
            continue;
        }
        // A byte the encoding does not define (or a sequence cut short): U+FFFD, and on with the next byte.
        if (outLeft < 8)
            grow();
        *o++ = char(0xEF);
        *o++ = char(0xBF);
        *o++ = char(0xBD);
        outLeft -= 3;
        ++in;
        --inLeft;
    }
    // Windows-1258 and TCVN hold back the last letter, waiting for a combining mark: flush it.
    while (iconv(cd, nullptr, nullptr, &o, &outLeft) == size_t(-1) && errno == E2BIG)
        grow();
    iconv_close(cd);
    out.resize(o - out.data());
    return QString::fromUtf8(out);
}

std::optional<QString> strictUtf8(const QByteArray& bytes) {
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

bool isAscii(const QByteArray& bytes) {
    for (const char c : bytes)
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    return true;
}

// Punctuation outside ASCII that Vietnamese lists hold: no-break space, dashes, curly quotes, bullets, degree,
// middle dot, ellipsis.
bool isCommonPunctuation(char16_t c) {
    switch (c) {
    case 0x00A0:
    case 0x2013:
    case 0x2014:
    case 0x2018:
    case 0x2019:
    case 0x201C:
    case 0x201D:
    case 0x2022:
    case 0x2026:
    case 0x00B0:
    case 0x00B7:
        return true;
    default:
        return false;
    }
}

const QSet<QString>& nuclei() {
    static const QSet<QString> set = [] {
        QSet<QString> s;
        const char16_t* list[] = {u"a",   u"ă",   u"â",   u"e",   u"ê",   u"i",   u"o",   u"ô",   u"ơ",   u"u",
                                  u"ư",   u"y",   u"ai",  u"ao",  u"au",  u"ay",  u"âu",  u"ây",  u"eo",  u"êu",
                                  u"ia",  u"iê",  u"iu",  u"oa",  u"oă",  u"oe",  u"oi",  u"ôi",  u"ơi",  u"oo",
                                  u"ôô",  u"ua",  u"uâ",  u"uê",  u"ui",  u"uô",  u"uơ",  u"uy",  u"ưa",  u"ưi",
                                  u"ưu",  u"ươ",  u"yê",  u"iêu", u"oai", u"oao", u"oay", u"oeo", u"uây", u"uôi",
                                  u"uya", u"uyê", u"uyu", u"ươi", u"ươu", u"yêu", u"uyê", u"uơi", u"ưo"};
        for (const char16_t* n : list)
            s.insert(QString::fromUtf16(n));
        return s;
    }();
    return set;
}

bool isToneMark(char16_t c) {
    return c == 0x0300 || c == 0x0301 || c == 0x0303 || c == 0x0309 || c == 0x0323;
}

} // namespace

QString nfc(const QString& text) {
    // Qt's normalisation of a long string is quadratic (each decomposed character shifts the rest of the string), so
    // a long text is normalised in pieces. A piece ends just before an ASCII character: ASCII characters are starters
    // that never compose with what precedes them, so normalising the pieces gives the same as the whole.
    constexpr qsizetype kPiece = 256;
    if (text.size() <= kPiece)
        return text.normalized(QString::NormalizationForm_C);
    QString out;
    out.reserve(text.size());
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = std::min(text.size(), start + kPiece);
        while (end < text.size() && text.at(end).unicode() >= 0x80)
            ++end;
        const QStringView piece = QStringView(text).mid(start, end - start);
        bool ascii = true;
        for (const QChar c : piece)
            if (c.unicode() >= 0x80) {
                ascii = false;
                break;
            }
        if (ascii)
            out.append(piece);
        else
            out.append(piece.toString().normalized(QString::NormalizationForm_C));
        start = end;
    }
    return out;
}

bool isVietnameseSyllable(const QString& word) {
    if (word.isEmpty() || word.size() > 8)
        return false;
    // Drop the tone (at most one), keep the vowel marks composed: "Nguyễn" → "nguyên".
    const QString decomposed = word.toLower().normalized(QString::NormalizationForm_D);
    QString bare;
    int tones = 0;
    for (const QChar c : decomposed) {
        if (isToneMark(c.unicode()))
            ++tones;
        else
            bare.append(c);
    }
    if (tones > 1)
        return false;
    bare = bare.normalized(QString::NormalizationForm_C);
    for (const QChar c : bare) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z' && u != u'f' && u != u'j' && u != u'w' && u != u'z') || u == u'ă' ||
                        u == u'â' || u == u'đ' || u == u'ê' || u == u'ô' || u == u'ơ' || u == u'ư';
        if (!ok)
            return false;
    }
    static const QStringList initials = {u"ngh"_qs, u"ng"_qs, u"gh"_qs, u"gi"_qs, u"kh"_qs, u"nh"_qs, u"ph"_qs,
                                         u"th"_qs,  u"tr"_qs, u"ch"_qs, u"qu"_qs, u"b"_qs,  u"c"_qs,  u"d"_qs,
                                         u"đ"_qs,   u"g"_qs,  u"h"_qs,  u"k"_qs,  u"l"_qs,  u"m"_qs,  u"n"_qs,
                                         u"p"_qs,   u"r"_qs,  u"s"_qs,  u"t"_qs,  u"v"_qs,  u"x"_qs,  QString()};
    static const QStringList finals = {u"ng"_qs, u"nh"_qs, u"ch"_qs, u"c"_qs,  u"m"_qs,
                                       u"n"_qs,  u"p"_qs,  u"t"_qs,  QString()};
    for (const QString& initial : initials) {
        if (!bare.startsWith(initial))
            continue;
        for (const QString& final : finals) {
            if (bare.size() <= initial.size() + final.size() || !bare.endsWith(final))
                continue;
            const QString nucleus = bare.mid(initial.size(), bare.size() - initial.size() - final.size());
            if (nuclei().contains(nucleus))
                return true;
        }
    }
    return false;
}

int vietnameseScore(const QString& text) {
    const QSet<char16_t>& letters = vniTable().vietnameseLetters;
    int score = 0;
    qsizetype wordStart = -1;
    bool wordHasNonAscii = false;
    auto endWord = [&](qsizetype end) {
        if (wordStart >= 0 && wordHasNonAscii)
            score += isVietnameseSyllable(text.mid(wordStart, end - wordStart)) ? 2 : -2;
        wordStart = -1;
        wordHasNonAscii = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        const bool inWord = c.isLetter() || c.isMark();
        if (inWord) {
            if (wordStart < 0)
                wordStart = i;
            if (u >= 0x80)
                wordHasNonAscii = true;
        } else {
            endWord(i);
        }
        if (u < 0x80) {
            if (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r')
                score -= 3;
            else if (u == 0x7F)
                score -= 3;
            continue;
        }
        if (u == 0xFFFD)
            score -= 10;
        else if (u < 0xA0)
            score -= 3; // C1 controls
        else if (letters.contains(u) || isCommonPunctuation(u))
            continue;
        else
            score -= 2;
    }
    endWord(text.size());
    return score;
}

std::optional<QString> decodeAs(const QByteArray& bytes, const QString& encoding) {
    QString text;
    if (encoding == u"utf-8") {
        auto utf8 = strictUtf8(bytes);
        if (!utf8)
            return std::nullopt;
        text = std::move(*utf8);
    } else if (encoding == u"windows-1258") {
        text = iconvDecode(bytes, "CP1258");
    } else if (encoding == u"tcvn3") {
        // glibc's TCVN5712-1 (TCVN 5712:1993, VN3) is the byte layout of the ABC fonts (.VnTime): it decodes them.
        text = iconvDecode(bytes, "TCVN5712-1");
    } else if (encoding == u"viscii") {
        text = iconvDecode(bytes, "VISCII");
    } else if (encoding == u"vni") {
        text = decodeVni(bytes);
    } else {
        return std::nullopt;
    }
    return nfc(text);
}

DecodedText decodeText(const QByteArray& bytes) {
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return {nfc(QString::fromUtf8(bytes.mid(3))), QStringLiteral("utf-8")};
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        QStringDecoder decoder(bytes.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        QString text = decoder.decode(bytes.mid(2));
        return {nfc(text), QStringLiteral("utf-16")};
    }
    if (isAscii(bytes))
        return {QString::fromLatin1(bytes), QStringLiteral("ascii")};
    static const QStringList candidates = {u"utf-8"_qs, u"windows-1258"_qs, u"tcvn3"_qs, u"vni"_qs, u"viscii"_qs};
    DecodedText best;
    int bestScore = 0;
    for (const QString& encoding : candidates) {
        auto text = decodeAs(bytes, encoding);
        if (!text)
            continue;
        const int score = vietnameseScore(*text);
        if (best.encoding.isEmpty() || score > bestScore) {
            best = {std::move(*text), encoding};
            bestScore = score;
        }
    }
    return best;
}

QByteArray encodeVni(const QString& text) {
    const VniTable& t = vniTable();
    QByteArray out;
    for (const QChar c : nfc(text)) {
        if (c.unicode() < 0x80)
            out.append(char(c.unicode()));
        else if (auto it = t.encode.constFind(c.unicode()); it != t.encode.constEnd())
            out.append(*it);
        else
            out.append('?');
    }
    return out;
}

namespace {

// The bytes a text's characters stand for in Windows-1252, or nullopt when one has none (or none is outside ASCII).
std::optional<QByteArray> cp1252Bytes(const QString& text) {
    static const QHash<char16_t, char> high = [] {
        QHash<char16_t, char> h;
        for (int i = 0; i < 32; ++i)
            h.insert(kCp1252High[i], char(0x80 + i));
        for (int i = 0x80; i < 0xA0; ++i)
            h.insert(char16_t(i), char(i));
        return h;
    }();
    QByteArray out;
    out.reserve(text.size());
    bool nonAscii = false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80) {
            out.append(char(u));
        } else if (u >= 0xA0 && u <= 0xFF) {
            out.append(char(u));
            nonAscii = true;
        } else if (auto it = high.constFind(u); it != high.constEnd()) {
            out.append(*it);
            nonAscii = true;
        } else {
            return std::nullopt;
        }
    }
    if (!nonAscii)
        return std::nullopt;
    return out;
}

} // namespace

QString recoverLegacyFonts(std::vector<QStringList>& rows) {
    static const QStringList legacy = {u"tcvn3"_qs, u"vni"_qs, u"windows-1258"_qs, u"viscii"_qs};
    qsizetype columns = 0;
    for (const QStringList& row : rows)
        columns = std::max(columns, row.size());
    std::map<QString, int> recovered;
    for (qsizetype col = 0; col < columns; ++col) {
        std::vector<std::pair<size_t, QByteArray>> cells;
        QByteArray joinedBytes;
        QString joinedText;
        for (size_t r = 0; r < rows.size(); ++r) {
            if (col >= rows[r].size())
                continue;
            auto bytes = cp1252Bytes(rows[r][col]);
            if (!bytes)
                continue;
            joinedBytes.append(*bytes).append('\n');
            joinedText.append(rows[r][col]).append(QLatin1Char('\n'));
            cells.emplace_back(r, std::move(*bytes));
        }
        if (cells.empty())
            continue;
        const int asIs = vietnameseScore(joinedText);
        QString bestEncoding;
        int bestScore = asIs;
        for (const QString& encoding : legacy) {
            const int score = vietnameseScore(*decodeAs(joinedBytes, encoding));
            if (score > bestScore) {
                bestScore = score;
                bestEncoding = encoding;
            }
        }
        if (bestEncoding.isEmpty())
            continue;
        for (const auto& [r, bytes] : cells)
            rows[r][col] = *decodeAs(bytes, bestEncoding);
        recovered[bestEncoding] += int(cells.size());
    }
    QString most;
    int mostCells = 0;
    for (const auto& [encoding, count] : recovered)
        if (count > mostCells) {
            most = encoding;
            mostCells = count;
        }
    return most;
}

} // namespace dc::core::sheets
