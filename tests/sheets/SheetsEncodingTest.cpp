// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// Recognising the encoding of a unit's text: each legacy encoding on long and short texts, UTF-8 and ASCII, the
// syllable rule the score rests on.
#include "SheetsTestData.h"

#include "core/sheets/Encoding.h"

#include <gtest/gtest.h>

using namespace dc::core::sheets;
using namespace dc::test::sheets;

namespace {

const QStringList kLegacy = {QStringLiteral("windows-1258"), QStringLiteral("viscii"), QStringLiteral("tcvn3"),
                             QStringLiteral("vni")};

} // namespace

TEST(SheetsEncoding, EachLegacyEncodingOfAWholeListIsRecognised) {
    const QString text = namesCsv();
    for (const QString& encoding : kLegacy) {
        const DecodedText decoded = decodeText(encodeAs(text, encoding));
        EXPECT_EQ(decoded.encoding, encoding);
        EXPECT_EQ(decoded.text, text) << encoding.toStdString();
    }
}

TEST(SheetsEncoding, EachLegacyEncodingOfOneShortNameIsRecognised) {
    // One cell's worth of text: the shortest thing a list holds that still needs its marks.
    const QStringList names = {QStringLiteral("Nguyễn Thị Ánh Tuyết"), QStringLiteral("Trần Văn Đức"),
                               QStringLiteral("Lê Thị Hoà"), QStringLiteral("Dầu Tiếng"),
                               QStringLiteral("Bắc Tân Uyên")};
    for (const QString& name : names)
        for (const QString& encoding : kLegacy) {
            const DecodedText decoded = decodeText(encodeAs(name, encoding));
            EXPECT_EQ(decoded.text, name) << encoding.toStdString() << " " << name.toStdString();
        }
}

TEST(SheetsEncoding, Utf8AndAsciiAreRecognised) {
    EXPECT_EQ(decodeText(namesCsv().toUtf8()).encoding, QStringLiteral("utf-8"));
    EXPECT_EQ(decodeText(namesCsv().toUtf8()).text, namesCsv());
    EXPECT_EQ(decodeText("Ho va ten,Ngay sinh\r\nNguyen Van An,01/01/2000\r\n").encoding, QStringLiteral("ascii"));
    // UTF-8 in NFD (as macOS writes it) comes back NFC.
    const DecodedText nfd =
        decodeText(QStringLiteral("Nguyễn Thị Hoà").normalized(QString::NormalizationForm_D).toUtf8());
    EXPECT_EQ(nfd.encoding, QStringLiteral("utf-8"));
    EXPECT_EQ(nfd.text, QStringLiteral("Nguyễn Thị Hoà"));
}

TEST(SheetsEncoding, InvalidUtf8IsNeverUtf8) {
    QByteArray bytes = QStringLiteral("Trần Văn Đức").toUtf8();
    bytes.append('\xE0'); // a lone lead byte
    EXPECT_NE(decodeText(bytes).encoding, QStringLiteral("utf-8"));
}

TEST(SheetsEncoding, Windows1258TextWithCombiningTonesComesBackNfc) {
    // Windows-1258 writes "ễ" as "ê" + a combining tilde: the decoded text must be composed.
    const QByteArray bytes = iconvEncode(QStringLiteral("Nguyễn"), "CP1258");
    ASSERT_EQ(bytes.size(), 7); // N g u y ê ◌̃ n
    const DecodedText decoded = decodeText(bytes);
    EXPECT_EQ(decoded.text, QStringLiteral("Nguyễn"));
    EXPECT_EQ(decoded.text, decoded.text.normalized(QString::NormalizationForm_C));
}

TEST(SheetsEncoding, VniBytesFollowTheTable) {
    // "a" + 0xF9 is "á"; "ö" (0xF6) "ư", "ô" (0xF4) "ơ", "ñ" (0xF1) "đ"; upper case uses the upper-case bytes.
    EXPECT_EQ(encodeVni(QStringLiteral("á")), QByteArray("a\xF9"));
    EXPECT_EQ(encodeVni(QStringLiteral("Người")), QByteArray("Ng\xF6\xF4\xF8i"));
    EXPECT_EQ(encodeVni(QStringLiteral("Đức")), QByteArray("\xD1\xF6\xF9"
                                                           "c"));
    EXPECT_EQ(encodeVni(QStringLiteral("NGUYỄN")), QByteArray("NGUYE\xC3N"));
    EXPECT_EQ(decodeAs(QByteArray("Tra\xE0n Va\xEAn"), QStringLiteral("vni")), QStringLiteral("Trần Văn"));
    // A mark byte of the other case still marks the letter, in the letter's case.
    EXPECT_EQ(decodeAs(QByteArray("TRA\xE0N"), QStringLiteral("vni")), QStringLiteral("TRẦN"));
}

TEST(SheetsEncoding, TheSyllableRuleKnowsVietnamese) {
    for (const char16_t* word : {u"Nguyễn", u"nghiêng", u"khuỷu", u"Người", u"quốc", u"gì", u"Đức", u"Hoà", u"hòa",
                                 u"TUYẾT", u"xoắn", u"Uyên", u"yêu"})
        EXPECT_TRUE(isVietnameseSyllable(QString::fromUtf16(word))) << QString::fromUtf16(word).toStdString();
    for (const char16_t* word : {u"Nguyeãn", u"Traàn", u"Ð¥c", u"ấá", u"Nguyá»", u"façade", u"Zürich", u"bướcc"})
        EXPECT_FALSE(isVietnameseSyllable(QString::fromUtf16(word))) << QString::fromUtf16(word).toStdString();
}

TEST(SheetsEncoding, ScoresPreferTheRightDecoding) {
    const QByteArray vni = encodeVni(namesCsv());
    const int right = vietnameseScore(*decodeAs(vni, QStringLiteral("vni")));
    for (const QString& wrong : {QStringLiteral("windows-1258"), QStringLiteral("viscii"), QStringLiteral("tcvn3")})
        EXPECT_GT(right, vietnameseScore(*decodeAs(vni, wrong))) << wrong.toStdString();
    EXPECT_EQ(vietnameseScore(QStringLiteral("Nguyen Van An")), 0);
    EXPECT_LT(vietnameseScore(QStringLiteral("Nguy\uFFFDn")), 0);
}
