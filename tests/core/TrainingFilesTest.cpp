// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// Issue 18 part 4, what travels (core/training): the book as a file and a pair's results as a file — byte-stable
// round trips, a strict and bounded reader that says why it refuses (sizes, counts, encodings, unknown keys, numbers
// that do not fit), a results file that never carries a book's value — and the trainer's board over several files.
#include "core/training/Training.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>

using namespace dc::core;
using namespace dc::core::training;
using domain::Outcome;
using domain::RecordType;

namespace {

QJsonObject parsed(const QByteArray& bytes) {
    return QJsonDocument::fromJson(bytes).object();
}

QByteArray bytesOf(const QJsonObject& object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// The book's bytes with `change` applied to its JSON.
template <typename Change> QByteArray edited(const TrainingBook& book, Change change) {
    QJsonObject root = parsed(bookToJson(book));
    change(root);
    return bytesOf(root);
}

// Applies `change` to the first entry of the file.
template <typename Change> QByteArray editedEntry(const TrainingBook& book, Change change) {
    return edited(book, [&change](QJsonObject& root) {
        QJsonArray entries = root.value(QLatin1String("entries")).toArray();
        QJsonObject first = entries.at(0).toObject();
        change(first);
        entries[0] = first;
        root.insert(QStringLiteral("entries"), entries);
    });
}

// Refused as invalid input, the detail containing `words` and never `secret` (a value of the book).
void expectRefused(const Result<TrainingBook>& result, const char* words) {
    ASSERT_FALSE(result.ok()) << words;
    EXPECT_EQ(result.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(result.error().detail.contains(QString::fromUtf8(words))) << result.error().detail.toStdString();
}

void expectRefused(const Result<std::vector<TraineeResult>>& result, const char* words) {
    ASSERT_FALSE(result.ok()) << words;
    EXPECT_EQ(result.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(result.error().detail.contains(QString::fromUtf8(words))) << result.error().detail.toStdString();
}

TrainingBook smallBook() {
    return generateBook(RecordType::Birth, 4242, 25);
}

// A pair's result for a generated book logged with a few mistakes of each sort.
TraineeResult resultOf(const TrainingBook& book, const QString& reader, const QString& checker,
                       const QString& finishedAt, bool perfect = false) {
    std::vector<LoggedAnswer> answers;
    for (const TrainingEntry& e : book.entries) {
        LoggedAnswer a{e.entryNumber, e.outcome, e.corrections, 40, 15};
        if (!perfect) {
            if (e.outcome == Outcome::Corrected && !e.corrections.empty()) {
                a.corrections.front().after += QStringLiteral("x"); // a wrong value
            }
            if (!e.writingDifferences.empty()) {
                a.outcome = Outcome::Corrected;
                a.corrections = e.writingDifferences; // writing differences corrected
            }
            if (e.outcome == Outcome::Escalated) {
                a.outcome = Outcome::Match; // escalation missed
            }
        }
        answers.push_back(a);
    }
    return TraineeResult{
        QStringLiteral("Tập huấn Dĩ An"), reader, checker, book.type, book.bookNumber, book.seed, finishedAt,
        scoreBook(book, answers)};
}

} // namespace

TEST(TrainingFilesTest, ABookRoundTripsByteForByte) {
    for (const RecordType type : {RecordType::Birth, RecordType::Marriage, RecordType::Death}) {
        const TrainingBook book = generateBook(type, 99, 60);
        const QByteArray bytes = bookToJson(book);
        const Result<TrainingBook> back = bookFromJson(bytes);
        ASSERT_TRUE(back.ok()) << back.error().detail.toStdString();
        EXPECT_EQ(bookToJson(back.value()), bytes);
        EXPECT_EQ(back->type, type);
        EXPECT_EQ(back->seed, 99U);
        ASSERT_EQ(back->entries.size(), book.entries.size());
        for (std::size_t i = 0; i < book.entries.size(); ++i) {
            EXPECT_EQ(back->entries[i].outcome, book.entries[i].outcome);
            EXPECT_EQ(back->entries[i].planted, book.entries[i].planted);
            EXPECT_EQ(back->entries[i].illegible, book.entries[i].illegible);
            EXPECT_EQ(back->entries[i].corrections.size(), book.entries[i].corrections.size());
            EXPECT_EQ(back->entries[i].database.size(), book.entries[i].database.size());
        }
    }
    // The largest seed travels exactly (a JSON number could not hold it: it is a string).
    TrainingBook book = smallBook();
    book.seed = ~quint64{0};
    ASSERT_TRUE(bookFromJson(bookToJson(book)).ok());
    EXPECT_EQ(bookFromJson(bookToJson(book))->seed, ~quint64{0});
}

TEST(TrainingFilesTest, TheBookReaderRefusesWhatIsTooLarge) {
    expectRefused(bookFromJson(QByteArray(kMaxTrainingFileBytes + 1, ' ')), "larger than");
    // Too many entries: 201.
    const TrainingBook book = generateBook(RecordType::Birth, 1, kMaxBookEntries);
    const QByteArray tooMany = edited(book, [](QJsonObject& root) {
        QJsonArray entries = root.value(QLatin1String("entries")).toArray();
        QJsonObject extra = entries.last().toObject();
        extra.insert(QStringLiteral("number"), kMaxBookEntries + 1);
        entries.append(extra);
        root.insert(QStringLiteral("entries"), entries);
    });
    ASSERT_LE(tooMany.size(), kMaxTrainingFileBytes) << "refused for its count, not its size";
    expectRefused(bookFromJson(tooMany), "more than 200 items");
    // Too many fields on a side: 65.
    expectRefused(bookFromJson(editedEntry(smallBook(),
                                           [](QJsonObject& e) {
                                               QJsonArray fields;
                                               for (int i = 0; i <= kMaxFieldsPerSide; ++i) {
                                                   fields.append(
                                                       QJsonObject{{QStringLiteral("field"), QStringLiteral("notes")},
                                                                   {QStringLiteral("value"), QStringLiteral("x")}});
                                               }
                                               e.insert(QStringLiteral("database"), fields);
                                           })),
                  "more than 64 items");
    // A string of 501 characters.
    expectRefused(bookFromJson(editedEntry(smallBook(),
                                           [](QJsonObject& e) {
                                               e.insert(QStringLiteral("subjectName"),
                                                        QString(kMaxTrainingText + 1, u'a'));
                                           })),
                  "entries[0].subjectName is longer than 500 characters");
    // An empty book.
    expectRefused(bookFromJson(edited(smallBook(),
                                      [](QJsonObject& root) { root.insert(QStringLiteral("entries"), QJsonArray{}); })),
                  "entries is empty");
}

TEST(TrainingFilesTest, TheBookReaderRefusesBadEncodingsAndUnknownKeys) {
    // Invalid UTF-8 inside a string: Qt would silently make it U+FFFD; the reader refuses it.
    QByteArray bytes = bookToJson(smallBook());
    const qsizetype at = bytes.indexOf("\"subjectName\":\"") + 15;
    bytes[at] = static_cast<char>(0xFF);
    expectRefused(bookFromJson(bytes), "not valid UTF-8");
    // An overlong encoding of '/' (0xC0 0xAF) is not UTF-8 either.
    bytes = bookToJson(smallBook());
    bytes.replace(at, 1, QByteArray("\xC0\xAF", 2));
    expectRefused(bookFromJson(bytes), "not valid UTF-8");
    expectRefused(bookFromJson(QByteArray("{\"format\":")), "not JSON");
    expectRefused(bookFromJson(QByteArray("[1,2]")), "not a JSON object");
    // Unknown keys, at the top and in an entry, and in a field.
    expectRefused(bookFromJson(edited(smallBook(), [](QJsonObject& root) { root.insert(QStringLiteral("note"), 1); })),
                  "the book has a key this program does not know");
    expectRefused(
        bookFromJson(editedEntry(smallBook(), [](QJsonObject& e) { e.insert(QStringLiteral("hint"), true); })),
        "entries[0] has a key this program does not know");
    // A key missing.
    expectRefused(bookFromJson(editedEntry(smallBook(), [](QJsonObject& e) { e.remove(QStringLiteral("outcome")); })),
                  "entries[0] has no \"outcome\"");
    // A field the record type does not have, a field twice on the book's side.
    expectRefused(bookFromJson(editedEntry(smallBook(),
                                           [](QJsonObject& e) {
                                               QJsonArray book = e.value(QLatin1String("book")).toArray();
                                               QJsonObject f = book.at(0).toObject();
                                               f.insert(QStringLiteral("field"), QStringLiteral("husband.full_name"));
                                               book[0] = f;
                                               e.insert(QStringLiteral("book"), book);
                                           })),
                  "entries[0].book[0].field is not a field of the book's record type");
    expectRefused(bookFromJson(editedEntry(smallBook(),
                                           [](QJsonObject& e) {
                                               QJsonArray book = e.value(QLatin1String("book")).toArray();
                                               book.append(book.at(0));
                                               e.insert(QStringLiteral("book"), book);
                                           })),
                  "names a field twice");
    // Control characters, outcomes and kinds that do not exist.
    expectRefused(
        bookFromJson(editedEntry(
            smallBook(), [](QJsonObject& e) { e.insert(QStringLiteral("subjectName"), QStringLiteral("An\u0007")); })),
        "control characters");
    expectRefused(
        bookFromJson(editedEntry(smallBook(),
                                 [](QJsonObject& e) { e.insert(QStringLiteral("outcome"), QStringLiteral("void")); })),
        "not an outcome");
    expectRefused(bookFromJson(editedEntry(
                      smallBook(),
                      [](QJsonObject& e) { e.insert(QStringLiteral("planted"), QJsonArray{QStringLiteral("typo")}); })),
                  "not a kind of planted difference");
    expectRefused(bookFromJson(edited(smallBook(),
                                      [](QJsonObject& root) {
                                          root.insert(QStringLiteral("format"), QStringLiteral("doichieu-bundle"));
                                      })),
                  "not a training book");
}

TEST(TrainingFilesTest, TheBookReaderRefusesNumbersThatDoNotFit) {
    const auto withRoot = [](const char* key, const QJsonValue& value) {
        return bookFromJson(edited(smallBook(), [&](QJsonObject& root) { root.insert(QLatin1String(key), value); }));
    };
    expectRefused(withRoot("year", 1e20), "year is not a whole number from 1800 to 2100");
    expectRefused(withRoot("year", 1998.5), "year is not a whole number");
    expectRefused(withRoot("year", QStringLiteral("1998")), "year is not a number");
    expectRefused(withRoot("bookNumber", 0), "bookNumber is not a whole number");
    expectRefused(withRoot("bookNumber", -3), "bookNumber is not a whole number");
    expectRefused(withRoot("seed", QStringLiteral("18446744073709551616")), "seed is not a whole number"); // 2^64
    expectRefused(withRoot("seed", QStringLiteral("-1")), "seed is not a whole number");
    expectRefused(withRoot("seed", 42), "seed is not a whole number");
    EXPECT_TRUE(withRoot("seed", QStringLiteral("18446744073709551615")).ok());
    expectRefused(withRoot("version", 2), "version is not one this program reads");
    expectRefused(
        bookFromJson(editedEntry(smallBook(), [](QJsonObject& e) { e.insert(QStringLiteral("number"), 1e9); })),
        "entries[0].number is not a whole number");
    // Entries must follow each other: a repeated number is refused.
    expectRefused(bookFromJson(edited(smallBook(),
                                      [](QJsonObject& root) {
                                          QJsonArray entries = root.value(QLatin1String("entries")).toArray();
                                          QJsonObject second = entries.at(1).toObject();
                                          second.insert(QStringLiteral("number"), 1);
                                          entries[1] = second;
                                          root.insert(QStringLiteral("entries"), entries);
                                      })),
                  "entries[1].number does not follow");
}

TEST(TrainingFilesTest, AResultsFileRoundTripsAndCarriesNoValueOfTheBook) {
    const TrainingBook book = smallBook();
    const TraineeResult result =
        resultOf(book, QStringLiteral("lan"), QStringLiteral("minh"), QStringLiteral("2022-11-30T03:15:00Z"));
    ASSERT_FALSE(result.score.mistakes.empty());
    const QByteArray bytes = resultsToJson({result});
    // Not one value of the book is in the file: names, dates, ID numbers, places.
    for (const TrainingEntry& e : book.entries) {
        for (const FieldValue& f : e.book) {
            if (f.value.size() >= 5) {
                EXPECT_FALSE(bytes.contains(f.value.toUtf8())) << f.fieldKey.toStdString();
            }
        }
    }
    const auto back = resultsFromJson(bytes);
    ASSERT_TRUE(back.ok()) << back.error().detail.toStdString();
    ASSERT_EQ(back->size(), 1U);
    const TraineeResult& r = back->front();
    EXPECT_EQ(r.site, result.site);
    EXPECT_EQ(r.reader, QStringLiteral("lan"));
    EXPECT_EQ(r.seed, book.seed);
    EXPECT_EQ(r.score.entries, result.score.entries);
    EXPECT_EQ(r.score.outcomesRight, result.score.outcomesRight);
    EXPECT_EQ(r.score.correctionsRight, result.score.correctionsRight);
    EXPECT_EQ(r.score.writingDifferencesCorrected, result.score.writingDifferencesCorrected);
    EXPECT_EQ(r.score.escalationsMissed, result.score.escalationsMissed);
    EXPECT_EQ(r.score.ready, result.score.ready);
    ASSERT_EQ(r.score.mistakes.size(), result.score.mistakes.size());
    for (std::size_t i = 0; i < r.score.mistakes.size(); ++i) {
        const Mistake& m = r.score.mistakes[i];
        EXPECT_EQ(m.kind, result.score.mistakes[i].kind);
        EXPECT_EQ(m.entryNumber, result.score.mistakes[i].entryNumber);
        EXPECT_EQ(m.fieldKey, result.score.mistakes[i].fieldKey);
        if (m.kind == MistakeKind::WrongOutcome || m.kind == MistakeKind::EscalationMissed) {
            EXPECT_TRUE(domain::outcomeFromKey(m.expected).has_value());
            EXPECT_TRUE(domain::outcomeFromKey(m.logged).has_value());
        } else if (m.kind != MistakeKind::NotLogged && m.kind != MistakeKind::EscalationUnneeded) {
            EXPECT_TRUE(m.expected.isEmpty());
            EXPECT_TRUE(m.logged.isEmpty());
        }
        EXPECT_EQ(m.explanationVi, mistakeExplanation(m.kind, true)) << "the explanation without values";
    }
    EXPECT_EQ(resultsToJson(back.value()), bytes) << "byte-stable";

    // scoreWithoutValues is what travels: the same mistakes as read back, and nothing of the book in them.
    const Score stripped = scoreWithoutValues(result.score);
    ASSERT_EQ(stripped.mistakes.size(), r.score.mistakes.size());
    bool hadValue = false;
    for (std::size_t i = 0; i < stripped.mistakes.size(); ++i) {
        const Mistake& original = result.score.mistakes[i];
        hadValue = hadValue || (original.kind == MistakeKind::WrongValue && !original.expected.isEmpty());
        EXPECT_EQ(stripped.mistakes[i].expected, r.score.mistakes[i].expected);
        EXPECT_EQ(stripped.mistakes[i].logged, r.score.mistakes[i].logged);
        EXPECT_EQ(stripped.mistakes[i].explanationVi, r.score.mistakes[i].explanationVi);
    }
    EXPECT_TRUE(hadValue) << "the score at the site has the values; the file has none";
    TraineeResult clean = result;
    clean.score = stripped;
    EXPECT_EQ(resultsToJson({clean}), bytes);
}

TEST(TrainingFilesTest, AResultsFileCarryingAValueIsRefused) {
    const TrainingBook book = smallBook();
    const QJsonObject root = parsed(resultsToJson(
        {resultOf(book, QStringLiteral("lan"), QStringLiteral("minh"), QStringLiteral("2022-11-30T03:15:00Z"))}));
    const auto withMistake = [&root](const std::function<bool(QJsonObject&)>& change) {
        QJsonObject copy = root;
        QJsonArray results = copy.value(QLatin1String("results")).toArray();
        QJsonObject result = results.at(0).toObject();
        QJsonObject score = result.value(QLatin1String("score")).toObject();
        QJsonArray mistakes = score.value(QLatin1String("mistakes")).toArray();
        bool changed = false;
        for (qsizetype i = 0; i < mistakes.size() && !changed; ++i) {
            QJsonObject m = mistakes.at(i).toObject();
            changed = change(m);
            mistakes[i] = m;
        }
        EXPECT_TRUE(changed);
        score.insert(QStringLiteral("mistakes"), mistakes);
        result.insert(QStringLiteral("score"), score);
        results[0] = result;
        copy.insert(QStringLiteral("results"), results);
        return resultsFromJson(bytesOf(copy));
    };
    // A wrong value's right answer, put back into the file.
    expectRefused(withMistake([](QJsonObject& m) {
                      if (m.value(QLatin1String("kind")).toString() != QLatin1String("wrong_value")) {
                          return false;
                      }
                      m.insert(QStringLiteral("expected"), QStringLiteral("Nguyễn Văn An"));
                      return true;
                  }),
                  "carries a value");
    // An outcome mistake whose "logged" is a value rather than an outcome's key.
    expectRefused(withMistake([](QJsonObject& m) {
                      if (m.value(QLatin1String("kind")).toString() != QLatin1String("escalation_missed")) {
                          return false;
                      }
                      m.insert(QStringLiteral("logged"), QStringLiteral("12/03/1998"));
                      return true;
                  }),
                  "carries a value");
    // An explanation (it may quote values) has no place there either.
    expectRefused(withMistake([](QJsonObject& m) {
                      m.insert(QStringLiteral("explanationVi"), QStringLiteral("«Hoà» và «Hòa»"));
                      return true;
                  }),
                  "does not know");
}

TEST(TrainingFilesTest, TheResultsReaderRefusesWhatDoesNotFit) {
    const TrainingBook book = smallBook();
    const QJsonObject root = parsed(resultsToJson(
        {resultOf(book, QStringLiteral("lan"), QStringLiteral("minh"), QStringLiteral("2022-11-30T03:15:00Z"))}));
    const auto withScore = [&root](const char* key, const QJsonValue& value) {
        QJsonObject copy = root;
        QJsonArray results = copy.value(QLatin1String("results")).toArray();
        QJsonObject result = results.at(0).toObject();
        QJsonObject score = result.value(QLatin1String("score")).toObject();
        score.insert(QLatin1String(key), value);
        result.insert(QStringLiteral("score"), score);
        results[0] = result;
        copy.insert(QStringLiteral("results"), results);
        return resultsFromJson(bytesOf(copy));
    };
    expectRefused(withScore("entries", 1e300), "results[0].score.entries is not a whole number from 0 to 200");
    expectRefused(withScore("logged", 26), "results[0].score.logged is not a whole number from 0 to 25");
    expectRefused(withScore("secondsPerEntry", -1), "secondsPerEntry is not a number");
    expectRefused(withScore("keysPerEntry", QStringLiteral("12")), "keysPerEntry is not a number");
    expectRefused(withScore("bonus", 1), "has a key this program does not know");
    const auto withResult = [&root](const char* key, const QJsonValue& value) {
        QJsonObject copy = root;
        QJsonArray results = copy.value(QLatin1String("results")).toArray();
        QJsonObject result = results.at(0).toObject();
        result.insert(QLatin1String(key), value);
        results[0] = result;
        copy.insert(QStringLiteral("results"), results);
        return resultsFromJson(bytesOf(copy));
    };
    expectRefused(withResult("finishedAt", QStringLiteral("hôm qua")), "finishedAt is not an ISO 8601");
    expectRefused(withResult("type", QStringLiteral("divorce")), "type is not birth, marriage or death");
    expectRefused(withResult("reader", QString(101, u'a')), "reader is longer than 100");
    expectRefused(withResult("seed", QStringLiteral("99999999999999999999")), "seed is not a whole number");
    expectRefused(resultsFromJson(QByteArray(kMaxTrainingFileBytes + 1, ' ')), "larger than");
    expectRefused(resultsFromJson(bookToJson(book)), "does not know");
    QByteArray bad = resultsToJson({});
    bad.replace("results\"", "r\xE9sults\"");
    expectRefused(resultsFromJson(bad), "not valid UTF-8");
    EXPECT_TRUE(resultsFromJson(resultsToJson({})).ok()) << "an empty file of results is a file";
}

// A results file names the pairs it is of (a pair that has logged nothing included); a file without them, as an earlier
// program wrote it, reads with none and byte for byte as before; a pair in a file is checked as strictly as a result.
TEST(TrainingFilesTest, AResultsFileCarriesItsPairsAndTheyAreReadStrictly) {
    const std::vector<TraineePair> pairs{
        {QStringLiteral("Tập huấn"), 3, QStringLiteral("hv05"), QStringLiteral("hv06")}};
    const QByteArray bytes = resultsToJson({}, pairs);
    const auto back = resultsFileFromJson(bytes);
    ASSERT_TRUE(back.ok()) << back.error().detail.toStdString();
    ASSERT_EQ(back->pairs.size(), 1U);
    EXPECT_EQ(back->pairs[0].site, QStringLiteral("Tập huấn"));
    EXPECT_EQ(back->pairs[0].number, 3);
    EXPECT_EQ(back->pairs[0].memberB, QStringLiteral("hv06"));
    EXPECT_TRUE(back->results.empty());
    EXPECT_EQ(resultsToJson({}, {}), resultsToJson({})) << "no pairs: the file as before";
    const auto old = resultsFileFromJson(resultsToJson({}));
    ASSERT_TRUE(old.ok());
    EXPECT_TRUE(old->pairs.empty());
    // Its board: the pair's row, nothing logged.
    const auto rows = trainerBoard(back->results, back->pairs);
    ASSERT_EQ(rows.size(), 1U);
    EXPECT_EQ(rows[0].pair, QStringLiteral("hv05 + hv06"));
    EXPECT_EQ(rows[0].reasons, QStringList{QLatin1String(kNothingLogged)});

    const auto withPair = [&](const char* key, const QJsonValue& value) {
        QJsonObject root = QJsonDocument::fromJson(bytes).object();
        QJsonArray list = root.value(QStringLiteral("pairs")).toArray();
        QJsonObject pair = list.at(0).toObject();
        pair.insert(QLatin1String(key), value);
        list[0] = pair;
        root.insert(QStringLiteral("pairs"), list);
        return resultsFileFromJson(QJsonDocument(root).toJson(QJsonDocument::Compact));
    };
    const auto refusedFor = [](const Result<ResultsFile>& result, const char* words) {
        ASSERT_FALSE(result.ok()) << words;
        EXPECT_EQ(result.error().code, ErrorCode::InvalidInput);
        EXPECT_TRUE(result.error().detail.contains(QString::fromUtf8(words))) << result.error().detail.toStdString();
    };
    refusedFor(withPair("number", 0), "pairs[0].number");
    refusedFor(withPair("number", QStringLiteral("3")), "pairs[0].number");
    refusedFor(withPair("memberB", QStringLiteral("hv05")), "the same trainee twice");
    refusedFor(withPair("memberA", QString(101, u'a')), "memberA is longer than 100");
    refusedFor(withPair("site", QString()), "pairs[0].site");
    refusedFor(withPair("extra", 1), "pairs[0]");
    QJsonObject notAList = QJsonDocument::fromJson(bytes).object();
    notAList.insert(QStringLiteral("pairs"), QJsonObject{{QStringLiteral("x"), 1}});
    refusedFor(resultsFileFromJson(QJsonDocument(notAList).toJson(QJsonDocument::Compact)), "pairs");
}

TEST(TrainingFilesTest, TheBoardHasOneRowPerPairAndTheLatestBookOfEachTypeDecides) {
    const TrainingBook birth = generateBook(RecordType::Birth, 1, 25);
    const TrainingBook marriage = generateBook(RecordType::Marriage, 2, 25);
    const TrainingBook death = generateBook(RecordType::Death, 3, 25);
    const QString lan = QStringLiteral("lan");
    const QString minh = QStringLiteral("minh");
    std::vector<TraineeResult> results = {
        resultOf(birth, lan, minh, QStringLiteral("2022-11-30T02:00:00Z")), // failed
        resultOf(birth, minh, lan, QStringLiteral("2022-11-30T04:00:00Z"),
                 true), // the pair again, roles swapped: passed
        resultOf(marriage, lan, minh, QStringLiteral("2022-11-30T05:00:00Z"), true),
        resultOf(death, lan, minh, QStringLiteral("2022-11-30T06:00:00Z"), true),
        resultOf(birth, QStringLiteral("hoa"), QStringLiteral("tuan"), QStringLiteral("2022-11-30T03:00:00Z"), true),
    };
    ASSERT_FALSE(results[0].score.ready);
    const auto check = [&](const std::vector<TraineeResult>& list) {
        const std::vector<BoardRow> board = trainerBoard(list);
        ASSERT_EQ(board.size(), 2U);
        EXPECT_EQ(board[0].pair, QStringLiteral("hoa + tuan"));
        EXPECT_TRUE(board[0].needsAnotherRound);
        EXPECT_EQ(board[0].reasons, (QStringList{QStringLiteral("marriage.missing"), QStringLiteral("death.missing")}));
        EXPECT_EQ(board[1].pair, QStringLiteral("lan + minh"));
        EXPECT_EQ(board[1].books, 4);
        EXPECT_FALSE(board[1].needsAnotherRound) << board[1].reasons.join(u',').toStdString();
        EXPECT_TRUE(board[1].total.ready);
        EXPECT_EQ(board[1].total.entries, 100);
        EXPECT_EQ(board[1].total.outcomesRight, results[0].score.outcomesRight + 75);
        EXPECT_DOUBLE_EQ(board[1].total.secondsPerEntry, 40.0);
        EXPECT_DOUBLE_EQ(board[1].total.keysPerEntry, 15.0);
    };
    check(results);
    std::vector<TraineeResult> reversed(results.rbegin(), results.rend());
    check(reversed); // the order of the files does not matter
    std::vector<TraineeResult> twice = results;
    twice.insert(twice.end(), results.begin(), results.end());
    check(twice); // a file given twice (or a site's own results imported beside it) counts once
    EXPECT_TRUE(sameResult(results[0], twice[5]));
    EXPECT_FALSE(sameResult(results[0], results[1])) << "the same book, finished again later, is another result";

    // A later failed book of a type puts the pair back: the latest decides, with its reasons.
    results.push_back(resultOf(death, minh, lan, QStringLiteral("2022-11-30T08:00:00Z")));
    const std::vector<BoardRow> board = trainerBoard(results);
    EXPECT_TRUE(board[1].needsAnotherRound);
    EXPECT_TRUE(board[1].reasons.contains(QStringLiteral("death.escalation_missed")));
    EXPECT_FALSE(board[1].reasons.join(u' ').contains(QStringLiteral("birth."))) << "birth's latest book passed";

    // The same user names at another training site are another pair.
    TraineeResult elsewhere = results[2];
    elsewhere.site = QStringLiteral("Tập huấn Bến Cát");
    EXPECT_EQ(trainerBoard({results[2], elsewhere}).size(), 2U);
    EXPECT_TRUE(trainerBoard({}).empty());
}

TEST(TrainingFilesTest, TheBoardOfASiteHasARowForEveryPairThoseThatLoggedNothingIncluded) {
    const TrainingBook birth = generateBook(RecordType::Birth, 1, 25);
    const QString site = QStringLiteral("Tập huấn Dĩ An"); // resultOf's
    // The pair hv03 + hv04 logged (hv04 read), the other two of the site nothing; a file from another machine names a
    // pair of its own site.
    const std::vector<TraineeResult> results = {
        resultOf(birth, QStringLiteral("hv04"), QStringLiteral("hv03"), QStringLiteral("2022-11-30T02:00:00Z"), true),
    };
    TraineeResult elsewhere = results.front();
    elsewhere.site = QStringLiteral("Tập huấn Bến Cát");
    const std::vector<TraineePair> pairs = {
        {site, 3, QStringLiteral("hv05"), QStringLiteral("hv06")},
        {site, 1, QStringLiteral("hv01"), QStringLiteral("hv02")},
        {site, 2, QStringLiteral("hv03"), QStringLiteral("hv04")},
        {site, 1, QStringLiteral("hv02"), QStringLiteral("hv01")}, // given twice, its members the other way round
    };
    const std::vector<BoardRow> withoutPairs = trainerBoard(results);
    ASSERT_EQ(withoutPairs.size(), 1U);
    const std::vector<BoardRow> board = trainerBoard({results.front(), elsewhere}, pairs);
    ASSERT_EQ(board.size(), 4U);
    EXPECT_EQ(board[0].site, QStringLiteral("Tập huấn Bến Cát")) << "rows by site, then pair";
    EXPECT_EQ(board[0].books, 1);
    EXPECT_EQ(board[1].pair, QStringLiteral("hv01 + hv02"));
    EXPECT_EQ(board[2].pair, QStringLiteral("hv03 + hv04"));
    EXPECT_EQ(board[3].pair, QStringLiteral("hv05 + hv06"));
    for (const std::size_t idle : {std::size_t{1}, std::size_t{3}}) {
        EXPECT_EQ(board[idle].site, site);
        EXPECT_EQ(board[idle].books, 0);
        EXPECT_EQ(board[idle].total.entries, 0);
        EXPECT_EQ(board[idle].total.logged, 0);
        EXPECT_FALSE(board[idle].total.ready);
        EXPECT_TRUE(board[idle].needsAnotherRound);
        EXPECT_EQ(board[idle].reasons, QStringList{QStringLiteral("nothing_logged")});
    }
    // The pair that logged has the row it has without the site's pairs.
    EXPECT_EQ(board[2].books, withoutPairs[0].books);
    EXPECT_EQ(board[2].total.outcomesRight, withoutPairs[0].total.outcomesRight);
    EXPECT_EQ(board[2].reasons, withoutPairs[0].reasons);
    EXPECT_EQ(board[2].needsAnotherRound, withoutPairs[0].needsAnotherRound);
    // With no result at all, every pair of the site is on the board.
    const std::vector<BoardRow> morning = trainerBoard({}, pairs);
    ASSERT_EQ(morning.size(), 3U);
    EXPECT_TRUE(std::all_of(morning.begin(), morning.end(), [](const BoardRow& row) {
        return row.books == 0 && row.needsAnotherRound && row.reasons == QStringList{QStringLiteral("nothing_logged")};
    }));
}

TEST(TrainingFilesTest, TheBoardReadsWhatTheFilesSay) {
    // Several files, as the trainer imports them: the board over what was read back equals the board over the
    // originals.
    const TrainingBook birth = generateBook(RecordType::Birth, 8, 25);
    const std::vector<TraineeResult> one = {
        resultOf(birth, QStringLiteral("lan"), QStringLiteral("minh"), QStringLiteral("2022-11-30T02:00:00Z"))};
    const std::vector<TraineeResult> two = {
        resultOf(birth, QStringLiteral("hoa"), QStringLiteral("tuan"), QStringLiteral("2022-11-30T02:30:00Z"), true)};
    std::vector<TraineeResult> imported;
    for (const auto& file : {resultsToJson(one), resultsToJson(two)}) {
        auto read = resultsFromJson(file);
        ASSERT_TRUE(read.ok());
        imported.insert(imported.end(), read->begin(), read->end());
    }
    std::vector<TraineeResult> originals = one;
    originals.insert(originals.end(), two.begin(), two.end());
    const auto a = trainerBoard(originals);
    const auto b = trainerBoard(imported);
    ASSERT_EQ(a.size(), b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        EXPECT_EQ(a[i].pair, b[i].pair);
        EXPECT_EQ(a[i].reasons, b[i].reasons);
        EXPECT_EQ(a[i].total.outcomesRight, b[i].total.outcomesRight);
        EXPECT_EQ(a[i].needsAnotherRound, b[i].needsAnotherRound);
    }
}
