// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// The training site of the Qt Quick tests (issue 18): TestSites::trainingSite and its short book.
#include "core/services/SignIn.h"
#include "core/services/TrainingService.h"
#include "core/training/Training.h"
#include "tests/gui/TestSites.h"
#include "tests/support/TestSite.h"
#include "tests/support/TrainingPairs.h"

#include <QFile>

namespace dc::test {

namespace {

using core::training::ExpectedCorrection;
using core::training::FieldValue;
using core::training::Planted;
using core::training::TrainingBook;
using core::training::TrainingEntry;

const QString kName = QStringLiteral("subject.full_name");
const QString kBirthDate = QStringLiteral("subject.birth_date");
const QString kSex = QStringLiteral("subject.sex");

TrainingEntry entryOf(int number, const QString& date, const QString& name, const QString& databaseName,
                      const QString& birthDate, const QString& sex) {
    TrainingEntry entry;
    entry.entryNumber = number;
    entry.registrationDate = date;
    entry.subjectName = name;
    entry.book = {{kName, name}, {kBirthDate, birthDate}, {kSex, sex}};
    if (!databaseName.isEmpty()) {
        entry.database = {{kName, databaseName}, {kBirthDate, birthDate}, {kSex, sex}};
    }
    entry.planted = {Planted::None};
    return entry;
}

// Five entries of a birth book of 1991, one of each shape the pair must tell apart (tst_training.qml plays them).
TrainingBook shortBook() {
    TrainingBook book;
    book.type = core::domain::RecordType::Birth;
    book.year = 1991;
    book.bookNumber = 99; // never a generated book's (the pair's books must differ in type, number or year)
    book.seed = 18;
    // 1: the database agrees with the book — a match.
    book.entries.push_back(entryOf(1, QStringLiteral("04/03/1991"), QStringLiteral("Trần Thị Mai"),
                                   QStringLiteral("Trần Thị Mai"), QStringLiteral("01/03/1991"), QStringLiteral("Nữ")));
    // 2: the database lost the tone marks — a real correction of the name.
    TrainingEntry missing = entryOf(2, QStringLiteral("04/03/1991"), QStringLiteral("Lê Văn Hùng"),
                                    QStringLiteral("Le Van Hung"), QStringLiteral("02/03/1991"), QStringLiteral("Nam"));
    missing.planted = {Planted::MissingDiacritics};
    missing.outcome = core::domain::Outcome::Corrected;
    missing.corrections = {ExpectedCorrection{kName, QStringLiteral("Le Van Hung"), QStringLiteral("Lê Văn Hùng"),
                                              core::domain::CorrectionClass::Diacritic}};
    book.entries.push_back(missing);
    // 3: the tone mark placed the other way — a writing difference, nothing to correct.
    TrainingEntry tone = entryOf(3, QStringLiteral("05/03/1991"), QStringLiteral("Nguyễn Thị Hoà"),
                                 QStringLiteral("Nguyễn Thị Hòa"), QStringLiteral("03/03/1991"), QStringLiteral("Nữ"));
    tone.planted = {Planted::TonePlacement};
    tone.writingDifferences = {ExpectedCorrection{kName, QStringLiteral("Nguyễn Thị Hòa"),
                                                  QStringLiteral("Nguyễn Thị Hoà"),
                                                  core::domain::CorrectionClass::TonePlacement}};
    book.entries.push_back(tone);
    // 4: the database has no such record — entered new.
    TrainingEntry absent = entryOf(4, QStringLiteral("05/03/1991"), QStringLiteral("Phạm Quốc Bảo"), QString(),
                                   QStringLiteral("01/03/1991"), QStringLiteral("Nam"));
    absent.planted = {Planted::MissingEntry};
    absent.outcome = core::domain::Outcome::MissingEnteredNew;
    book.entries.push_back(absent);
    // 5: the book cannot be read — escalated.
    TrainingEntry illegible =
        entryOf(5, QStringLiteral("06/03/1991"), QStringLiteral("Võ Thị Thuý"), QStringLiteral("Võ Thị Thúy"),
                QStringLiteral("04/03/1991"), QStringLiteral("Nữ"));
    illegible.illegible = true;
    illegible.planted = {Planted::Illegible};
    illegible.outcome = core::domain::Outcome::Escalated;
    book.entries.push_back(illegible);
    return book;
}

std::unique_ptr<core::Session> trainerAt(const QString& databasePath) {
    const core::DemoAccount& trainer = core::TrainingService::localTrainingAccounts().front();
    auto session = core::SignIn().signIn(databasePath, QString::fromLatin1(trainer.userName), secret(trainer.password));
    if (!session) {
        qWarning("TestSites: the trainer cannot sign in: %s", core::errorCodeName(session.error().code));
        return nullptr;
    }
    return std::move(session).value();
}

} // namespace

QVariantMap TestSites::trainingSite() {
    auto folder = std::make_unique<QTemporaryDir>();
    const QString database = folder->filePath(QStringLiteral("training.db"));
    if (auto made = core::TrainingService::ensureLocalTrainingSite(database); !made) {
        qWarning("TestSites: cannot make the training site: %s", core::errorCodeName(made.error().code));
        return {};
    }
    auto session = trainerAt(database);
    if (!session) {
        return {};
    }
    auto loaded = core::TrainingService::loadBook(*session, core::training::bookToJson(shortBook()), 1);
    if (!loaded) {
        qWarning("TestSites: cannot load the short training book: %s", qPrintable(loaded.error().detail));
        return {};
    }
    const auto accounts = core::TrainingService::localTrainingAccounts();
    m_copies.push_back(std::move(folder));
    return {
        {QStringLiteral("databasePath"), database},
        {QStringLiteral("trainerName"), QString::fromLatin1(accounts[0].userName)},
        {QStringLiteral("trainerPassword"), QString::fromLatin1(accounts[0].password)},
        {QStringLiteral("readerName"), QString::fromLatin1(accounts[1].userName)},
        {QStringLiteral("readerPassword"), QString::fromLatin1(accounts[1].password)},
        {QStringLiteral("checkerName"), QString::fromLatin1(accounts[2].userName)},
        {QStringLiteral("checkerPassword"), QString::fromLatin1(accounts[2].password)},
        {QStringLiteral("shortBook"), loaded->bookNumber},
        {QStringLiteral("shortBookEntries"), static_cast<int>(shortBook().entries.size())},
    };
}

bool TestSites::writeTrainingResults(const QString& databasePath, const QString& path, bool otherMachine) {
    auto session = trainerAt(databasePath);
    if (!session) {
        return false;
    }
    auto results = core::TrainingService::results(*session);
    if (!results) {
        qWarning("TestSites: cannot read the training results: %s", core::errorCodeName(results.error().code));
        return false;
    }
    if (otherMachine) {
        for (core::training::TraineeResult& result : results.value()) {
            result.site = QStringLiteral("Tập huấn (máy 2)");
            result.reader = QStringLiteral("hv03");
            result.checker = QStringLiteral("hv04");
        }
    }
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(core::training::resultsToJson(results.value())) > 0;
}

bool TestSites::addTrainingPairs(const QString& databasePath, int count) {
    auto session = trainerAt(databasePath);
    if (!session) {
        return false;
    }
    if (auto added = ::dc::test::addTrainingPairs(*session, count, "hv-taphuan", 3011); !added) {
        qWarning("TestSites: cannot add training pairs: %s", qPrintable(added.error().detail));
        return false;
    }
    return true;
}

} // namespace dc::test
