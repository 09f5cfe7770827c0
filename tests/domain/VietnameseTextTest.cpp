// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/domain/VietnameseText.h"
#include "core/domain/Values.h"

#include <gtest/gtest.h>

#include <random>
#include <utility>
#include <vector>

using namespace dc::core::domain;

namespace {

// Every Vietnamese vowel (a ă â e ê i o ô ơ u ư y) with every tone (none, huyền, sắc, hỏi, ngã, nặng), in lower
// and upper case, written precomposed (NFC) and decomposed (NFD): 12 × 6 × 2 × 2 = 288 cases.
struct Vowel {
    char base;
    char32_t vowelMark; // 0, circumflex, breve or horn
};
constexpr Vowel kVowels[] = {{'a', 0}, {'a', 0x0306}, {'a', 0x0302}, {'e', 0}, {'e', 0x0302}, {'i', 0},
                             {'o', 0}, {'o', 0x0302}, {'o', 0x031B}, {'u', 0}, {'u', 0x031B}, {'y', 0}};
constexpr char32_t kTones[] = {0, 0x0300, 0x0301, 0x0309, 0x0303, 0x0323};

struct LetterCase {
    int vowel;
    int tone;
    bool upper;
    bool decomposed;
};

std::vector<LetterCase> allLetters() {
    std::vector<LetterCase> out;
    for (int v = 0; v < 12; ++v) {
        for (int t = 0; t < 6; ++t) {
            for (bool upper : {false, true}) {
                for (bool decomposed : {false, true}) {
                    out.push_back({v, t, upper, decomposed});
                }
            }
        }
    }
    return out;
}

QString letter(const LetterCase& c) {
    std::u32string s;
    s.push_back(static_cast<char32_t>(c.upper ? std::toupper(kVowels[c.vowel].base) : kVowels[c.vowel].base));
    if (kVowels[c.vowel].vowelMark) {
        s.push_back(kVowels[c.vowel].vowelMark);
    }
    if (kTones[c.tone]) {
        s.push_back(kTones[c.tone]);
    }
    const QString nfd = QString::fromUcs4(s.data(), static_cast<qsizetype>(s.size()));
    return c.decomposed ? nfd.normalized(QString::NormalizationForm_D) : nfd.normalized(QString::NormalizationForm_C);
}

class VowelTest : public ::testing::TestWithParam<LetterCase> {};

TEST_P(VowelTest, FoldsToTheBareLetterAndIsAcceptedInNames) {
    const LetterCase c = GetParam();
    const QString l = letter(c);
    const QString bare = QString(QLatin1Char(kVowels[c.vowel].base));
    EXPECT_EQ(foldForSearch(l), bare);
    // In a name, the letter is accepted and stored precomposed, whichever way it was typed.
    const QString name = QStringLiteral("Ng") + l + QStringLiteral("n");
    const CheckedValue checked = checkValue(ValueKind::PersonName, name);
    EXPECT_TRUE(checked.findings.empty());
    EXPECT_EQ(checked.normalized, name.normalized(QString::NormalizationForm_C));
    EXPECT_EQ(foldForSearch(name), QStringLiteral("ng") + bare + QStringLiteral("n"));
}

INSTANTIATE_TEST_SUITE_P(AllVowelsAndTones, VowelTest, ::testing::ValuesIn(allLetters()),
                         [](const ::testing::TestParamInfo<LetterCase>& info) {
                             const LetterCase& c = info.param;
                             return std::string("v") + std::to_string(c.vowel) + "_t" + std::to_string(c.tone) +
                                    (c.upper ? "_upper" : "_lower") + (c.decomposed ? "_nfd" : "_nfc");
                         });

TEST(VietnameseTextTest, DStrokeFoldsToD) {
    EXPECT_EQ(foldForSearch(QStringLiteral("Đặng Đình Đức")), QStringLiteral("dang dinh duc"));
    EXPECT_EQ(foldForSearch(QStringLiteral("đđ")), QStringLiteral("dd"));
    EXPECT_TRUE(checkValue(ValueKind::PersonName, QStringLiteral("Đỗ Thị Đào")).findings.empty());
}

// foldForSearch takes a per-character table for the Latin blocks; it must give what normalising the whole text gives:
// for every character of those blocks (and its neighbours outside them) alone, between letters and spaces, and for
// random texts mixing them with spaces of every kind, CJK, an emoji and unpaired surrogates.
TEST(VietnameseTextTest, TheFoldsTableGivesWhatNormalisingGives) {
    std::vector<char16_t> units;
    for (const auto& [from, to] : {std::pair{0x0000, 0x0260}, std::pair{0x02F0, 0x0380}, std::pair{0x1DF0, 0x1F10}}) {
        for (int u = from; u < to; ++u) {
            units.push_back(static_cast<char16_t>(u));
        }
    }
    for (const char16_t u : {char16_t{0x00A0}, char16_t{0x2003}, char16_t{0x3000}, char16_t{0x4E2D}, char16_t{0xD83D},
                             char16_t{0xDE00}, char16_t{0xFFFD}, char16_t{0xFFFE}, char16_t{0xFFFF}}) {
        units.push_back(u);
    }
    int compared = 0;
    for (const char16_t u : units) {
        for (const QString& text : {QString(QChar(u)), QStringLiteral("Ng") + QChar(u) + QStringLiteral(" Văn"),
                                    QStringLiteral(" ") + QChar(u) + QChar(u) + QStringLiteral("\t")}) {
            EXPECT_EQ(foldForSearch(text), foldForSearchByNormalizing(text)) << "U+" << std::hex << int{u};
            ++compared;
        }
    }
    std::mt19937 random(2022);
    for (int i = 0; i < 3000; ++i) {
        QString text;
        const auto length = random() % 24;
        for (std::uint32_t j = 0; j < length; ++j) {
            text.append(QChar(units[random() % units.size()]));
        }
        if (i % 2 == 0) {
            text = text.normalized(QString::NormalizationForm_C);
        }
        EXPECT_EQ(foldForSearch(text), foldForSearchByNormalizing(text)) << text.toStdString();
        ++compared;
    }
    EXPECT_GT(compared, 4000);
    // The emoji (a surrogate pair) and an unpaired surrogate are outside the table: the whole text takes the rule.
    EXPECT_EQ(foldForSearch(QStringLiteral("Ánh 😀")), QStringLiteral("anh 😀"));
}

TEST(VietnameseTextTest, SpacesCollapseAndNfcNfdMeet) {
    const QString nfc = QStringLiteral("  Nguyễn   Thị\tHồng  ");
    EXPECT_EQ(foldForSearch(nfc), QStringLiteral("nguyen thi hong"));
    EXPECT_EQ(foldForSearch(nfc.normalized(QString::NormalizationForm_D)), QStringLiteral("nguyen thi hong"));
    EXPECT_EQ(normalizedText(nfc.normalized(QString::NormalizationForm_D)), QStringLiteral("Nguyễn Thị Hồng"));
}

TEST(VietnameseTextTest, HalfComposedWindowsFormIsRepairedByNfc) {
    // "ế" typed as precomposed "ê" + combining acute, as some Windows keyboards do.
    const QString half = QString(QChar(0x00EA)) + QChar(0x0301);
    EXPECT_EQ(normalizedText(half), QString(QChar(0x1EBF)));
}

TEST(VietnameseTextTest, TonePlacementKeyUnifiesOldAndNewStyle) {
    EXPECT_EQ(tonePlacementKey(QStringLiteral("Hoà")), tonePlacementKey(QStringLiteral("Hòa")));
    EXPECT_EQ(tonePlacementKey(QStringLiteral("Thuỷ")), tonePlacementKey(QStringLiteral("Thủy")));
    EXPECT_EQ(tonePlacementKey(QStringLiteral("Khoẻ")), tonePlacementKey(QStringLiteral("Khỏe")));
    EXPECT_NE(tonePlacementKey(QStringLiteral("Hòa")), tonePlacementKey(QStringLiteral("Hóa")));
    EXPECT_NE(tonePlacementKey(QStringLiteral("Hòa")), tonePlacementKey(QStringLiteral("Hoa")));
}

TEST(VietnameseTextTest, TitleCaseIsOfferedNotForced) {
    const CheckedValue upper = checkValue(ValueKind::PersonName, QStringLiteral("NGUYỄN VĂN AN"));
    EXPECT_EQ(upper.normalized, QStringLiteral("NGUYỄN VĂN AN"));
    EXPECT_EQ(upper.suggestion, QStringLiteral("Nguyễn Văn An"));
    EXPECT_EQ(titleCase(QStringLiteral("h'hen niê")), QStringLiteral("H'Hen Niê"));
    EXPECT_EQ(titleCase(QStringLiteral("bru-vân kiều")), QStringLiteral("Bru-Vân Kiều"));
    EXPECT_TRUE(checkValue(ValueKind::PersonName, QStringLiteral("Nguyễn Văn An")).suggestion.isEmpty());
}

struct NameCase {
    const char* text;
    const char* code; // "" when accepted
};

class NameTest : public ::testing::TestWithParam<NameCase> {};

TEST_P(NameTest, Checked) {
    const CheckedValue v = checkValue(ValueKind::PersonName, QString::fromUtf8(GetParam().text), QStringLiteral("f"));
    if (std::string(GetParam().code).empty()) {
        EXPECT_TRUE(v.findings.empty()) << GetParam().text;
    } else {
        ASSERT_EQ(v.findings.size(), 1u) << GetParam().text;
        EXPECT_EQ(v.findings[0].code.toStdString(), GetParam().code);
        EXPECT_TRUE(v.normalized.isEmpty());
    }
}

INSTANTIATE_TEST_SUITE_P(
    Names, NameTest,
    ::testing::Values(NameCase{"Nguyễn Văn An", ""}, NameCase{"H'Hen Niê", ""}, NameCase{"Y Moan Ênuôl", ""},
                      NameCase{"Ksor H’Bơ", ""}, NameCase{"Lê-Nguyễn Minh Khuê", ""}, NameCase{"John Smith", ""},
                      NameCase{"Nguyễn Văn 2", "name.digits"}, NameCase{"Lê Văn B1", "name.digits"},
                      NameCase{"Nguyễn_Văn", "name.invalid_character"},
                      NameCase{"José Nuñez", "name.invalid_character"},
                      NameCase{"Trần (Văn) A", "name.invalid_character"}, NameCase{"王小明", "name.invalid_character"},
                      NameCase{"Lan\x01", "value.control_characters"},
                      NameCase{"Lan\u200b", "value.control_characters"},
                      NameCase{"Lan\xef\xbf\xbd", "value.invalid_encoding"}));

// Judged per code point: a character beyond the BMP is two UTF-16 units but one character, and not a control
// character; either half of it alone is.
TEST(VietnameseTextTest, ACharacterBeyondTheBmpIsNotAControlCharacterButHalfOfOneIs) {
    const QString emoji = QStringLiteral("😀");
    const QString nom = QStringLiteral("𠀧"); // U+20027, CJK extension B
    ASSERT_EQ(emoji.size(), 2);
    EXPECT_FALSE(hasControlCharacters(QStringLiteral("hỏi lại ") + emoji));
    EXPECT_FALSE(hasControlCharacters(nom + nom, true));
    EXPECT_TRUE(hasControlCharacters(QStringLiteral("a") + emoji.at(0)));
    EXPECT_TRUE(hasControlCharacters(emoji.at(0) + QStringLiteral("a")));
    EXPECT_TRUE(hasControlCharacters(QString(emoji.at(1)) + emoji.at(0)));
    EXPECT_TRUE(hasControlCharacters(QStringLiteral("a") + emoji.at(1)));
    EXPECT_TRUE(hasControlCharacters(QString::fromUcs4(U"a\U000E0001"))); // a tag character: a format character
}

TEST(VietnameseTextTest, EditDistanceIsBounded) {
    EXPECT_EQ(editDistance(QStringLiteral("nguyen"), QStringLiteral("nguyen"), 2), 0);
    EXPECT_EQ(editDistance(QStringLiteral("nguyen"), QStringLiteral("nguyn"), 2), 1);
    EXPECT_EQ(editDistance(QStringLiteral("tran"), QStringLiteral("tram"), 2), 1);
    EXPECT_EQ(editDistance(QStringLiteral("le"), QStringLiteral("ly"), 2), 1);
    EXPECT_EQ(editDistance(QStringLiteral("hoang"), QStringLiteral("huynh"), 2), 3);
    EXPECT_EQ(editDistance(QString(5000, u'a'), QString(5000, u'b'), 2), 3);
}

} // namespace
