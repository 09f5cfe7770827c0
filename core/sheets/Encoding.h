// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace dc::core::sheets {

// The text encodings of the lists units send, and how they are recognised (core/README.md "sheets/").

struct DecodedText {
    QString text;     // Unicode NFC
    QString encoding; // "utf-8", "utf-16", "windows-1258", "viscii", "tcvn3", "vni" or "ascii"
};

// Decodes a text file's bytes: a BOM decides (UTF-8, UTF-16 LE/BE); else pure ASCII is "ascii"; else each candidate
// (UTF-8 when the bytes are valid UTF-8, Windows-1258, TCVN3, VNI, VISCII) is decoded and the most Vietnamese result
// (vietnameseScore) wins, ties going to that order.
[[nodiscard]] DecodedText decodeText(const QByteArray& bytes);

// The bytes decoded as one named encoding ("utf-8", "windows-1258", "viscii", "tcvn3", "vni"), NFC. Bytes the
// encoding does not define become U+FFFD. nullopt for an unknown name or invalid UTF-8.
[[nodiscard]] std::optional<QString> decodeAs(const QByteArray& bytes, const QString& encoding);

// Unicode NFC of a text of any length (in pieces: Qt's normalisation of one long string is quadratic).
[[nodiscard]] QString nfc(const QString& text);

// How Vietnamese a text looks: each word holding a letter outside ASCII counts +2 when it is a valid Vietnamese
// syllable and −2 when not; each character outside ASCII that is neither a Vietnamese letter nor common punctuation
// −2; control characters −3; U+FFFD −10. Higher is more Vietnamese; ASCII text scores 0.
[[nodiscard]] int vietnameseScore(const QString& text);

// Whether a word (letters only, any case, NFC) is a valid Vietnamese syllable: an initial consonant, a vowel group
// of the language, a final consonant, at most one tone mark.
[[nodiscard]] bool isVietnameseSyllable(const QString& word);

// Unicode to VNI-Windows bytes (from the same table the decoder reads); a character outside the table and outside
// ASCII becomes '?'. For tests and fixtures.
[[nodiscard]] QByteArray encodeVni(const QString& text);

// Legacy fonts in a spreadsheet (VNI-Times, .VnTime): Excel keeps each legacy byte as the Windows-1252 character of
// that byte. Column by column, the cells whose characters all map back through Windows-1252 to bytes (and hold one
// outside ASCII) are re-encoded to those bytes and recognised among the legacy encodings; when the result is more
// Vietnamese than the text was, those cells are replaced. Returns the legacy encoding recovered in most cells, or
// an empty string when nothing was.
[[nodiscard]] QString recoverLegacyFonts(std::vector<QStringList>& rows);

} // namespace dc::core::sheets
