// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// Issue 18, the training books (core/training): the generator is deterministic for a seed, every kind of difference
// is planted, the answer key agrees with the domain (each difference classed by domain::classifyCorrection as the key
// says, the outcome as checkDraft gives it), and every value the book shows passes the domain's checks.
#include "core/domain/CorrectionClass.h"
#include "core/domain/EntryDraft.h"
#include "core/domain/EntrySchema.h"
#include "core/domain/EntryValidator.h"
#include "core/domain/Ethnicity.h"
#include "core/domain/Values.h"
#include "core/training/People.h"
#include "core/training/Training.h"
#include "core/training/Variants.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <gtest/gtest.h>

#include <algorithm>
#include <array>

using namespace dc::core;
using namespace dc::core::training;
using domain::CorrectionClass;
using domain::Outcome;
using domain::RecordType;

namespace {

constexpr std::array<RecordType, 3> kTypes = {RecordType::Birth, RecordType::Marriage, RecordType::Death};
constexpr int kSeeds = 40;

constexpr std::array<Planted, 11> kKinds = {Planted::MissingDiacritics, Planted::TonePlacement,   Planted::DayMonthSwap,
                                            Planted::PartialDate,       Planted::Placeholder0101, Planted::Misspelt,
                                            Planted::WrongValue,        Planted::WrongIdNumber,   Planted::MissingEntry,
                                            Planted::Duplicate,         Planted::Illegible};

QString valueOf(const std::vector<FieldValue>& fields, const QString& key) {
    for (const FieldValue& f : fields) {
        if (f.fieldKey == key) {
            return f.value;
        }
    }
    return {};
}

domain::ClassifierKind classifierOf(RecordType type, const QString& field) {
    const domain::FieldSpec* spec = domain::entrySchema(type).field(field);
    EXPECT_NE(spec, nullptr) << field.toStdString();
    return spec ? domain::classifierKindFor(spec->kind) : domain::ClassifierKind::Text;
}

std::string where(const TrainingBook& book, const TrainingEntry& e) {
    return domain::recordTypeKey(book.type).toStdString() + " seed " + std::to_string(book.seed) + " entry " +
           std::to_string(e.entryNumber);
}

} // namespace

TEST(TrainingGeneratorTest, TheSameSeedGivesTheSameBytesAndAnotherSeedAnotherBook) {
    for (const RecordType type : kTypes) {
        const QByteArray once = bookToJson(generateBook(type, 20221130, 30));
        EXPECT_EQ(once, bookToJson(generateBook(type, 20221130, 30)));
        EXPECT_NE(once, bookToJson(generateBook(type, 20221131, 30)));
        EXPECT_NE(once, bookToJson(generateBook(type, 20221130, 31)));
    }
    EXPECT_NE(bookToJson(generateBook(RecordType::Birth, 5, 20)), bookToJson(generateBook(RecordType::Death, 5, 20)));
    // The full range of seeds is accepted and kept.
    EXPECT_EQ(generateBook(RecordType::Marriage, ~quint64{0}, 3).seed, ~quint64{0});
}

// The generator's only randomness: splitmix64 as Vigna's reference code gives it (seed 0: e220a8397b1dcdaf,
// 6e789e6aa1b965f4, 06c45d188009454f), so a book is the same on every machine and standard library.
TEST(TrainingGeneratorTest, TheRandomNumbersAreSplitmix64) {
    synthetic::Random random(0);
    EXPECT_EQ(random.next(), 0xE220A8397B1DCDAFULL);
    EXPECT_EQ(random.next(), 0x6E789E6AA1B965F4ULL);
    EXPECT_EQ(random.next(), 0x06C45D188009454FULL);
    synthetic::Random bounded(7);
    for (int i = 0; i < 1000; ++i) {
        const int n = bounded.between(3, 5);
        EXPECT_TRUE(n >= 3 && n <= 5);
    }
}

// A change of the generator, of the name list or of the campaign's communes changes every book: this hash says so, so
// that it is a decision (update the hash and say why in the commit), never an accident. The same bytes on every
// machine: the generator uses its own splitmix64, never a standard library's distributions.
TEST(TrainingGeneratorTest, AGoldenBookKeepsItsHash) {
    const QByteArray bytes = bookToJson(generateBook(RecordType::Birth, 20221130, 20));
    EXPECT_EQ(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().toStdString(),
              "ea20f1ebfc6e7583c45453e97efe0b7fb57c98230632d75fcc048b1de664df75");
}

TEST(TrainingGeneratorTest, ABookOfTwentyHoldsEveryKindOfDifference) {
    for (const RecordType type : kTypes) {
        for (quint64 seed = 0; seed < kSeeds; ++seed) {
            const TrainingBook book = generateBook(type, seed, kAllPlantedFrom);
            ASSERT_EQ(book.entries.size(), static_cast<std::size_t>(kAllPlantedFrom));
            QSet<QString> found;
            for (const TrainingEntry& e : book.entries) {
                for (const Planted p : e.planted) {
                    found.insert(plantedKey(p));
                }
            }
            for (const Planted kind : kKinds) {
                EXPECT_TRUE(found.contains(plantedKey(kind)))
                    << plantedKey(kind).toStdString() << " missing, " << domain::recordTypeKey(type).toStdString()
                    << " seed " << seed;
            }
        }
    }
}

TEST(TrainingGeneratorTest, BooksHaveTheirSizeTheirYearsAndNumberedEntries) {
    EXPECT_EQ(generateBook(RecordType::Birth, 1, 0).entries.size(), 1U);
    EXPECT_EQ(generateBook(RecordType::Birth, 1, 500).entries.size(), static_cast<std::size_t>(kMaxBookEntries));
    for (const RecordType type : kTypes) {
        const TrainingBook book = generateBook(type, 77, 50);
        EXPECT_GE(book.year, kFirstBookYear);
        EXPECT_LE(book.year, kLastBookYear);
        EXPECT_GE(book.bookNumber, 1);
        int number = 0;
        QDate previous;
        for (const TrainingEntry& e : book.entries) {
            EXPECT_EQ(e.entryNumber, ++number);
            const auto day = domain::parsePartialDate(e.registrationDate).date;
            ASSERT_TRUE(day && day->precision() == domain::DatePrecision::Day);
            EXPECT_EQ(day->year, book.year);
            const QDate date(day->year, day->month, day->day);
            EXPECT_TRUE(!previous.isValid() || previous <= date) << "registration dates follow the book's order";
            previous = date;
            EXPECT_EQ(e.subjectName, valueOf(e.book, domain::entrySchema(type).keys.name));
        }
    }
}

// The heart of the answer key: each difference the key names is classed by the domain as the key says, each planted
// kind gives the class plantedClass promises, nothing differs that the key does not name, and the outcome follows
// (checkDraft turns the key into the same outcome and classes).
TEST(TrainingGeneratorTest, EveryPlantedDifferenceIsClassedByTheDomainAsTheKeySays) {
    for (const RecordType type : kTypes) {
        const domain::EntrySchema& schema = domain::entrySchema(type);
        for (quint64 seed = 0; seed < kSeeds; ++seed) {
            const TrainingBook book = generateBook(type, seed * 7919 + 3, 40);
            domain::ValidationContext context;
            context.bookYearFrom = book.year;
            for (const TrainingEntry& e : book.entries) {
                const auto has = [&e](Planted p) {
                    return std::find(e.planted.begin(), e.planted.end(), p) != e.planted.end();
                };
                const auto records = databaseRecords(e);
                std::vector<ExpectedCorrection> all = e.corrections;
                all.insert(all.end(), e.writingDifferences.begin(), e.writingDifferences.end());

                // Each difference: classed as the key says, in the right list, its sides the entry's.
                for (const ExpectedCorrection& c : all) {
                    EXPECT_EQ(domain::classifyCorrection(classifierOf(type, c.fieldKey), c.before, c.after),
                              c.correctionClass)
                        << where(book, e) << " " << c.fieldKey.toStdString();
                    EXPECT_NE(c.correctionClass, CorrectionClass::None) << where(book, e);
                    ASSERT_FALSE(records.empty()) << where(book, e);
                    EXPECT_EQ(valueOf(records.front(), c.fieldKey), c.before) << where(book, e);
                    EXPECT_EQ(valueOf(e.book, c.fieldKey), c.after) << where(book, e);
                }
                for (const ExpectedCorrection& c : e.corrections) {
                    EXPECT_FALSE(domain::isWritingDifference(c.correctionClass)) << where(book, e);
                }
                for (const ExpectedCorrection& c : e.writingDifferences) {
                    EXPECT_TRUE(domain::isWritingDifference(c.correctionClass)) << where(book, e);
                }
                // Each planted kind gives its class, once: the multisets agree.
                std::vector<CorrectionClass> promised;
                for (const Planted p : e.planted) {
                    const auto cls = plantedClass(p);
                    if (cls && *cls != CorrectionClass::None) {
                        promised.push_back(*cls);
                    }
                }
                std::vector<CorrectionClass> keyed;
                for (const ExpectedCorrection& c : all) {
                    keyed.push_back(c.correctionClass);
                }
                std::sort(promised.begin(), promised.end());
                std::sort(keyed.begin(), keyed.end());
                EXPECT_EQ(promised, keyed) << where(book, e);
                // Nothing differs between the book and the database that the key does not name.
                if (!records.empty()) {
                    for (const FieldValue& f : e.book) {
                        const bool named = std::any_of(all.begin(), all.end(), [&f](const ExpectedCorrection& c) {
                            return c.fieldKey == f.fieldKey;
                        });
                        EXPECT_EQ(valueOf(records.front(), f.fieldKey) != f.value, named)
                            << where(book, e) << " " << f.fieldKey.toStdString();
                    }
                }

                // The outcome.
                if (has(Planted::MissingEntry)) {
                    EXPECT_EQ(e.outcome, Outcome::MissingEnteredNew) << where(book, e);
                    EXPECT_TRUE(e.database.empty());
                } else if (has(Planted::Duplicate)) {
                    EXPECT_EQ(e.outcome, Outcome::DuplicateInDatabase) << where(book, e);
                    ASSERT_EQ(records.size(), 2U);
                    EXPECT_EQ(records[0].size(), records[1].size());
                    for (std::size_t i = 0; i < records[0].size(); ++i) {
                        EXPECT_EQ(records[0][i].fieldKey, records[1][i].fieldKey);
                        EXPECT_EQ(records[0][i].value, records[1][i].value);
                    }
                } else if (has(Planted::Illegible)) {
                    EXPECT_EQ(e.outcome, Outcome::Escalated) << where(book, e);
                    EXPECT_TRUE(e.illegible);
                } else {
                    EXPECT_EQ(records.size(), 1U);
                    EXPECT_FALSE(e.illegible);
                    EXPECT_EQ(e.outcome, e.corrections.empty() ? Outcome::Match : Outcome::Corrected) << where(book, e);
                }

                // The key logged as a draft: the domain accepts it and gives the same outcome and classes.
                domain::EntryDraft draft;
                draft.entryNumber = QString::number(e.entryNumber);
                draft.registrationDate = e.registrationDate;
                draft.subjectName = e.subjectName;
                draft.secondsSpent = 60;
                draft.outcome = e.outcome;
                if (e.outcome == Outcome::Match || e.outcome == Outcome::Corrected) {
                    draft.outcome = all.empty() ? Outcome::Match : Outcome::Corrected;
                    for (const ExpectedCorrection& c : all) {
                        draft.corrections.push_back(domain::DraftCorrection{c.fieldKey, c.before, c.after});
                    }
                } else if (e.outcome == Outcome::Escalated) {
                    draft.transcript = QStringLiteral("Ng_y*n");
                }
                const domain::DraftCheck check =
                    domain::checkDraft(schema, draft, {}, domain::DraftStage::Save, context);
                EXPECT_FALSE(check.hasErrors()) << where(book, e);
                EXPECT_EQ(check.outcome, e.outcome) << where(book, e);
                ASSERT_EQ(check.corrections.size(), draft.corrections.size());
                for (std::size_t i = 0; i < all.size() && i < check.corrections.size(); ++i) {
                    EXPECT_EQ(check.corrections[i].correctionClass, all[i].correctionClass) << where(book, e);
                }
            }
        }
    }
}

TEST(TrainingGeneratorTest, EveryValueOfTheBookPassesTheDomainsChecks) {
    for (const RecordType type : kTypes) {
        const domain::EntrySchema& schema = domain::entrySchema(type);
        for (quint64 seed = 0; seed < kSeeds; ++seed) {
            const TrainingBook book = generateBook(type, seed ^ 0xABCDEFULL, 40);
            domain::ValidationContext context;
            context.bookYearFrom = book.year;
            for (const TrainingEntry& e : book.entries) {
                domain::EntryValues values;
                for (const FieldValue& f : e.book) {
                    values.insert(f.fieldKey, f.value);
                }
                const domain::EntryCheck check = domain::validateEntry(schema, values, context);
                for (const domain::Finding& f : check.findings) {
                    ADD_FAILURE() << where(book, e) << ": " << f.field.toStdString() << " " << f.code.toStdString();
                }
                // Names are written as people write them: nothing for the validator to suggest.
                EXPECT_TRUE(check.suggestions.isEmpty()) << where(book, e);
                // The database's values are values of their kind too (only their rules may not hold).
                for (const FieldValue& f : e.database) {
                    const domain::CheckedValue v =
                        domain::checkValue(schema.field(f.fieldKey)->kind, f.value, f.fieldKey);
                    EXPECT_FALSE(domain::hasErrors(v.findings)) << where(book, e) << " " << f.fieldKey.toStdString();
                }
            }
        }
    }
}

TEST(TrainingGeneratorTest, TheNameListIsRealisticData) {
    QFile file(QStringLiteral(":/doichieu/training/names.json"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonObject given = root.value(QLatin1String("given")).toObject();
    for (const char* sex : {"male", "female"}) {
        const QJsonArray names = given.value(QLatin1String(sex)).toArray();
        EXPECT_GE(names.size(), 60) << sex;
        int tone = 0;
        QSet<QString> seen;
        for (const QJsonValue& v : names) {
            const QString name = v.toString();
            EXPECT_FALSE(seen.contains(name)) << name.toStdString() << " twice";
            seen.insert(name);
            const domain::CheckedValue checked = domain::checkValue(domain::ValueKind::PersonName, name);
            EXPECT_EQ(checked.normalized, name) << name.toStdString();
            EXPECT_TRUE(checked.suggestion.isEmpty()) << name.toStdString();
            tone += variants::otherTonePlacement(name).isEmpty() ? 0 : 1;
        }
        EXPECT_GE(tone, 5) << sex << ": given names a tone-placement difference can be planted in";
    }
    const QJsonArray surnames = root.value(QLatin1String("surnames")).toArray();
    EXPECT_GE(surnames.size(), 14);
    EXPECT_EQ(surnames.at(0).toArray().at(0).toString(), QStringLiteral("Nguyễn")) << "the most common first";
    for (const QJsonValue& v : root.value(QLatin1String("ethnicities")).toArray()) {
        EXPECT_TRUE(domain::findEthnicity(v.toArray().at(0).toString()).has_value());
    }
}

TEST(TrainingGeneratorTest, TheVariantsAreTheDifferencesTheyName) {
    EXPECT_EQ(variants::otherTonePlacement(QStringLiteral("Lê Thị Hòa")), QStringLiteral("Lê Thị Hoà"));
    EXPECT_EQ(variants::otherTonePlacement(QStringLiteral("Hoà")), QStringLiteral("Hòa"));
    EXPECT_EQ(variants::otherTonePlacement(QStringLiteral("Thuý")), QStringLiteral("Thúy"));
    EXPECT_EQ(variants::otherTonePlacement(QStringLiteral("Nhụy")), QStringLiteral("Nhuỵ"));
    for (const char* none : {"Quý", "Toàn", "Khoa", "Hoài", "Nguyễn Văn An"}) {
        EXPECT_TRUE(variants::otherTonePlacement(QString::fromUtf8(none)).isEmpty()) << none;
    }
    EXPECT_EQ(variants::withoutMarks(QStringLiteral("Đỗ Thị Ngọc Ánh")), QStringLiteral("Do Thi Ngoc Anh"));
    EXPECT_TRUE(variants::withoutMarks(QStringLiteral("Mai Anh")).isEmpty());
    for (quint64 choice = 0; choice < 40; ++choice) {
        const QString name = QStringLiteral("Trần Văn Hùng");
        const QString wrong = variants::misspelt(name, choice);
        ASSERT_FALSE(wrong.isEmpty());
        EXPECT_EQ(domain::classifyCorrection(domain::ClassifierKind::Name, wrong, name), CorrectionClass::Spelling)
            << wrong.toStdString();
        EXPECT_FALSE(domain::hasErrors(domain::checkValue(domain::ValueKind::PersonName, wrong).findings));
    }
    EXPECT_TRUE(variants::misspelt(QStringLiteral("Âu"), 0).isEmpty());
}
TEST(TrainingGeneratorTest, DeclarantsFitTheirRelationship) {
    int parents = 0;
    int spouses = 0;
    for (quint64 seed = 0; seed < kSeeds; ++seed) {
        for (const TrainingEntry& e : generateBook(RecordType::Birth, seed, 30).entries) {
            const QString relationship = valueOf(e.book, QStringLiteral("declarant.relationship"));
            const QString declarant = valueOf(e.book, QStringLiteral("declarant.full_name"));
            if (relationship == QStringLiteral("Cha")) {
                EXPECT_EQ(declarant, valueOf(e.book, QStringLiteral("father.full_name")));
                ++parents;
            } else if (relationship == QStringLiteral("Mẹ")) {
                EXPECT_EQ(declarant, valueOf(e.book, QStringLiteral("mother.full_name")));
                ++parents;
            }
        }
        for (const TrainingEntry& e : generateBook(RecordType::Death, seed, 30).entries) {
            const QString relationship = valueOf(e.book, QStringLiteral("declarant.relationship"));
            const bool subjectMale = valueOf(e.book, QStringLiteral("subject.sex")) == QStringLiteral("Nam");
            if (relationship == QStringLiteral("Vợ")) {
                EXPECT_TRUE(subjectMale) << "the book is right: a planted wrong sex is in the database";
                ++spouses;
            } else if (relationship == QStringLiteral("Chồng")) {
                EXPECT_FALSE(subjectMale);
                ++spouses;
            }
        }
    }
    EXPECT_GT(parents, 0);
    EXPECT_GT(spouses, 0);
}
