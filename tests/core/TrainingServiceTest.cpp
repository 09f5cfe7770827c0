// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// The training site (issue 18 parts 1, 4 and 5) on real SQLCipher files: created with its trainees and books, a pair
// logging a book through LogService and scored from its current rows, who may read what, and the refusals that keep
// training data apart from real work.
#include "core/services/TrainingService.h"
#include "core/services/BundleService.h"
#include "core/services/DemoSite.h"
#include "core/services/EnrollmentService.h"
#include "core/services/LogService.h"
#include "core/services/RosterService.h"
#include "core/services/SignIn.h"
#include "core/services/UserService.h"
#include "core/services/WipeService.h"
#include "core/services/WorkSessionService.h"
#include "tests/support/TestSite.h"
#include "tests/support/TrainingPairs.h"

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

namespace dc::core {
namespace {

using domain::RecordType;
using test::secret;

using test::kTrainerPassword;
constexpr const char* kTrainer = test::kTrainerName;
constexpr quint64 kSeed = 3011;

QString passwordText(const crypto::SecureBuffer& b) {
    return QString::fromUtf8(b.chars().data(), static_cast<qsizetype>(b.size()));
}

// A training site of two pairs made once for the suite (a dozen Argon2id derivations at the floor).
class TrainingSite : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        s_dir = new QTemporaryDir;
        auto created = test::makeTrainingSite(s_dir->filePath(QStringLiteral("taphuan.db")),
                                              QString::fromUtf8("Tập huấn Dầu Tiếng"), 2, kSeed);
        ASSERT_TRUE(created.ok()) << created.error().detail.toStdString();
        s_created = new TrainingSiteCreated(std::move(created).value());
    }
    static void TearDownTestSuite() {
        delete s_created;
        delete s_dir;
    }

    static QString db() { return s_dir->filePath(QStringLiteral("taphuan.db")); }
    static QString passwordOf(const QString& user) {
        return QString::fromStdString(test::traineePassword(*s_created, user));
    }
    static std::unique_ptr<Session> signIn(const QString& user, const QString& password) {
        auto session = SignIn().signIn(db(), user, secret(password.toStdString()));
        EXPECT_TRUE(session.ok()) << user.toStdString() << ": "
                                  << (session.ok() ? "" : session.error().detail.toStdString());
        return session.ok() ? std::move(session).value() : nullptr;
    }
    static std::unique_ptr<Session> trainer() {
        return signIn(QString::fromLatin1(kTrainer), QString::fromLatin1(kTrainerPassword));
    }
    static std::unique_ptr<Session> trainee(const QString& user) { return signIn(user, passwordOf(user)); }
    // Two trainees signed in together with a work session running.
    static std::unique_ptr<Session> pair(const QString& a, const QString& b) {
        auto session = trainee(a);
        if (!session) {
            return nullptr;
        }
        auto joined = SignIn().addPartner(*session, b, secret(passwordOf(b).toStdString()));
        EXPECT_TRUE(joined.ok());
        if (!joined.ok()) {
            return nullptr;
        }
        auto started = WorkSessionService::start(*session, session->user().id);
        EXPECT_TRUE(started.ok());
        return session;
    }
    static const TrainingBookInfo& bookOf(int pair, RecordType type) {
        for (const auto& b : s_created->books) {
            if (b.pair == pair && b.type == type) {
                return b;
            }
        }
        throw std::runtime_error("no such book");
    }

    static inline QTemporaryDir* s_dir = nullptr;
    static inline TrainingSiteCreated* s_created = nullptr;
};

// The sections of one run over one site (each CTest entry is a process of its own: one site made, not five).
class TrainingSiteDay : public TrainingSite {
protected:
    void hasItsPairsWithGeneratedPasswordsAndThreeBooksEach() {
        ASSERT_EQ(s_created->seed, kSeed);
        ASSERT_EQ(s_created->trainees.size(), 4U);
        std::set<QString> passwords;
        for (int i = 0; i < 4; ++i) {
            const auto& t = s_created->trainees[static_cast<std::size_t>(i)];
            EXPECT_EQ(t.userName, QStringLiteral("hv0%1").arg(i + 1));
            EXPECT_EQ(t.pair, i / 2 + 1);
            // Readable words and digits: lower-case words separated by '-', two digits at the end.
            EXPECT_TRUE(QRegularExpression(QStringLiteral("^[a-z]+-[a-z]+-[a-z]+-[0-9]{2}$"))
                            .match(passwordText(t.password))
                            .hasMatch())
                << passwordText(t.password).toStdString();
            passwords.insert(passwordText(t.password));
        }
        // The printed passwords sign in (the first and the last: the same code made every one).
        EXPECT_NE(trainee(QStringLiteral("hv01")), nullptr);
        EXPECT_NE(trainee(QStringLiteral("hv04")), nullptr);
        EXPECT_EQ(passwords.size(), 4U);
        // A wrong password does not.
        EXPECT_FALSE(SignIn().signIn(db(), QStringLiteral("hv01"), secret("song-nui-hoa-00")).ok());

        ASSERT_EQ(s_created->books.size(), 6U);
        for (int pair = 1; pair <= 2; ++pair) {
            for (RecordType type : {RecordType::Birth, RecordType::Marriage, RecordType::Death}) {
                const auto& book = bookOf(pair, type);
                EXPECT_EQ(book.seed, trainingBookSeed(kSeed, pair, type));
                EXPECT_EQ(book.entries, kTrainingBookEntries);
            }
        }
        // Each pair gets its own books: the seeds differ between pairs and types.
        std::set<quint64> seeds;
        for (const auto& b : s_created->books) {
            seeds.insert(b.seed);
        }
        EXPECT_EQ(seeds.size(), 6U);
        EXPECT_NE(trainingBookSeed(kSeed, 1, RecordType::Birth), trainingBookSeed(kSeed + 1, 1, RecordType::Birth));

        auto t = trainer();
        ASSERT_TRUE(t);
        EXPECT_TRUE(TrainingService::isTrainingSite(*t).value());
        // The books are ordinary books of the site, open for logging.
        auto listed = BookService::listBooks(*t);
        ASSERT_TRUE(listed.ok());
        EXPECT_EQ(listed->size(), 6U);
        // What is stored is the generator's book for that seed: the entry the service returns is the generated one.
        const auto& birth = bookOf(1, RecordType::Birth);
        const training::TrainingBook generated = training::generateBook(RecordType::Birth, birth.seed, 20);
        auto first = TrainingService::entry(*t, birth.bookId, generated.entries.front().entryNumber);
        ASSERT_TRUE(first.ok());
        EXPECT_EQ(first->subjectName, generated.entries.front().subjectName);
        EXPECT_EQ(first->outcome, generated.entries.front().outcome);
        EXPECT_EQ(TrainingService::entry(*t, birth.bookId, 999).error().code, ErrorCode::InvalidInput);
    }

    // The pair logs its birth book through LogService: most entries as the answer key says, and one mistake of each
    // kind the log can hold; the score reads the current row of each entry (an amended entry its amendment, a voided
    // one nothing).
    void aPairLoggingItsBookGetsTheScoreOfItsCurrentRows() {
        auto session = pair(QStringLiteral("hv01"), QStringLiteral("hv02"));
        ASSERT_TRUE(session);
        const auto& info = bookOf(1, RecordType::Birth);
        const training::TrainingBook book = training::generateBook(RecordType::Birth, info.seed, 20);

        const auto find = [&](auto predicate) -> const training::TrainingEntry* {
            auto it = std::find_if(book.entries.begin(), book.entries.end(), predicate);
            return it == book.entries.end() ? nullptr : &*it;
        };
        const auto* corrected = find(
            [](const training::TrainingEntry& e) { return e.outcome == Outcome::Corrected && !e.corrections.empty(); });
        const auto* escalated = find([](const training::TrainingEntry& e) { return e.outcome == Outcome::Escalated; });
        ASSERT_TRUE(corrected && escalated) << "a book of 20 holds every planted kind";
        const auto* skipped = find([&](const training::TrainingEntry& e) {
            return e.entryNumber != corrected->entryNumber && e.entryNumber != escalated->entryNumber;
        });
        const auto* voided = find([&](const training::TrainingEntry& e) {
            return e.entryNumber != corrected->entryNumber && e.entryNumber != escalated->entryNumber &&
                   e.entryNumber != skipped->entryNumber;
        });
        const auto* amended = find([&](const training::TrainingEntry& e) {
            return e.outcome == Outcome::Corrected && !e.corrections.empty() &&
                   e.entryNumber != corrected->entryNumber && e.entryNumber != voided->entryNumber &&
                   e.entryNumber != skipped->entryNumber;
        });
        ASSERT_TRUE(skipped && voided);

        const auto right = [&](const training::TrainingEntry& e) {
            CheckInput input;
            input.bookId = info.bookId;
            input.entryNumber = e.entryNumber;
            input.registrationDate = e.registrationDate;
            input.subjectName = e.subjectName.isEmpty() ? QStringLiteral("Không đọc được") : e.subjectName;
            input.outcome = e.outcome;
            if (e.outcome == Outcome::Corrected) {
                for (const auto& c : e.corrections) {
                    input.corrections.push_back({c.fieldKey, c.before, c.after});
                }
            }
            if (e.outcome == Outcome::Escalated) {
                input.transcript = QStringLiteral("Ng_y*n V*n");
            }
            input.secondsSpent = 30;
            return input;
        };
        QString voidedUuid;
        qint64 toAmend = 0;
        QString lastUuid;
        for (const auto& e : book.entries) {
            if (e.entryNumber == skipped->entryNumber) {
                continue;
            }
            CheckInput input = right(e);
            if (e.entryNumber == corrected->entryNumber || (amended && e.entryNumber == amended->entryNumber)) {
                input.outcome = Outcome::Match; // the correction missed (the amended one is put right below)
                input.corrections.clear();
            }
            if (e.entryNumber == escalated->entryNumber) {
                input.outcome = Outcome::Match; // an illegible entry not escalated
                input.transcript.clear();
            }
            auto logged = LogService::logCheck(*session, input);
            ASSERT_TRUE(logged.ok()) << "entry " << e.entryNumber << ": " << logged.error().detail.toStdString();
            lastUuid = logged->check.uuid;
            if (e.entryNumber == voided->entryNumber) {
                voidedUuid = logged->check.uuid;
                ASSERT_TRUE(LogService::voidCheck(*session, logged->check.id, QStringLiteral("nhầm")).ok());
            }
            if (amended && e.entryNumber == amended->entryNumber) {
                toAmend = logged->check.id;
            }
        }
        if (amended) {
            auto fixed = LogService::amendCheck(*session, toAmend, right(*amended), QStringLiteral("sửa lại"));
            ASSERT_TRUE(fixed.ok()) << fixed.error().detail.toStdString();
        }
        ASSERT_TRUE(TrainingService::noteKeys(*session, lastUuid, 12).ok());

        auto score = TrainingService::score(*session, info.bookId);
        ASSERT_TRUE(score.ok()) << score.error().detail.toStdString();
        EXPECT_EQ(score->entries, 20);
        EXPECT_EQ(score->logged, 18); // one skipped, one voided
        std::set<int> wrong;
        for (const auto& m : score->mistakes) {
            wrong.insert(m.entryNumber);
            EXPECT_FALSE(m.explanationVi.isEmpty());
            EXPECT_FALSE(m.explanationEn.isEmpty());
        }
        EXPECT_EQ(wrong, (std::set<int>{corrected->entryNumber, escalated->entryNumber, skipped->entryNumber,
                                        voided->entryNumber}));
        const auto kindAt = [&](int entry, training::MistakeKind kind) {
            return std::any_of(score->mistakes.begin(), score->mistakes.end(),
                               [&](const auto& m) { return m.entryNumber == entry && m.kind == kind; });
        };
        EXPECT_TRUE(kindAt(skipped->entryNumber, training::MistakeKind::NotLogged));
        EXPECT_TRUE(kindAt(voided->entryNumber, training::MistakeKind::NotLogged));
        EXPECT_TRUE(kindAt(escalated->entryNumber, training::MistakeKind::EscalationMissed));
        EXPECT_TRUE(kindAt(corrected->entryNumber, training::MistakeKind::MissedCorrection));
        EXPECT_EQ(score->escalationsMissed, 1);
        EXPECT_GT(score->keysPerEntry, 0.0);
        EXPECT_GT(score->secondsPerEntry, 0.0);
        EXPECT_FALSE(score->ready);

        // The trainer sees the same score; the other pair does not.
        auto t = trainer();
        auto byTrainer = TrainingService::score(*t, info.bookId);
        ASSERT_TRUE(byTrainer.ok());
        EXPECT_EQ(byTrainer->mistakes.size(), score->mistakes.size());
        auto other = pair(QStringLiteral("hv03"), QStringLiteral("hv04"));
        EXPECT_EQ(TrainingService::score(*other, info.bookId).error().code, ErrorCode::NotPermitted);
        EXPECT_EQ(TrainingService::entry(*other, info.bookId, 1).error().code, ErrorCode::NotPermitted);
        EXPECT_EQ(TrainingService::noteKeys(*other, lastUuid, 3).error().code, ErrorCode::NotPermitted);

        // The results as they travel: this book's result, with no value of the book in them.
        auto results = TrainingService::results(*session);
        ASSERT_TRUE(results.ok());
        ASSERT_EQ(results->size(), 1U); // the pair's other books are not started
        EXPECT_EQ(results->front().reader, QStringLiteral("hv01"));
        EXPECT_EQ(results->front().checker, QStringLiteral("hv02"));
        EXPECT_EQ(results->front().seed, info.seed);
        const QByteArray file = training::resultsToJson(results.value());
        for (const auto& e : book.entries) {
            for (const auto& v : e.book) {
                if (v.value.size() >= 4) {
                    EXPECT_FALSE(file.contains(v.value.toUtf8())) << v.fieldKey.toStdString();
                }
            }
            for (const auto& v : e.database) {
                if (v.value.size() >= 4) {
                    EXPECT_FALSE(file.contains(v.value.toUtf8())) << v.fieldKey.toStdString();
                }
            }
        }
        EXPECT_EQ(TrainingService::results(*other)->size(), 0U);
        EXPECT_EQ(TrainingService::results(*t)->size(), 1U);
        (void)voidedUuid;
    }

    void knowsWhoMayDoWhat() {
        auto t = trainer();
        auto lone = trainee(QStringLiteral("hv01"));
        const auto& book1 = bookOf(1, RecordType::Death);
        // A trainee adds or loads no book; the trainer does, for a pair that exists.
        EXPECT_EQ(TrainingService::addBook(*lone, RecordType::Birth, 7, 1).error().code, ErrorCode::NotPermitted);
        EXPECT_EQ(TrainingService::loadBook(*lone, QByteArray("{}"), 1).error().code, ErrorCode::NotPermitted);
        EXPECT_EQ(TrainingService::addBook(*t, RecordType::Birth, 7, 3).error().code, ErrorCode::InvalidInput);
        // A trainee alone reads its own pair's books, and only those.
        auto own = TrainingService::books(*lone);
        ASSERT_TRUE(own.ok());
        EXPECT_TRUE(std::all_of(own->begin(), own->end(), [](const auto& b) { return b.pair == 1; }));
        EXPECT_TRUE(TrainingService::entry(*lone, book1.bookId, 1).ok());
        EXPECT_EQ(TrainingService::entry(*lone, bookOf(2, RecordType::Death).bookId, 1).error().code,
                  ErrorCode::NotPermitted);
        // The trainer notes no keys: they are the pair's.
        EXPECT_EQ(TrainingService::noteKeys(*t, QStringLiteral("no-such-check"), 3).error().code,
                  ErrorCode::NotPermitted);
        EXPECT_EQ(TrainingService::noteKeys(*lone, QStringLiteral("no-such-check"), 3).error().code,
                  ErrorCode::InvalidInput);
        EXPECT_EQ(TrainingService::noteKeys(*lone, QStringLiteral("no-such-check"), -1).error().code,
                  ErrorCode::InvalidInput);
        // A pair logs only its own training books (its score is its own); the book's own pair may.
        auto other = pair(QStringLiteral("hv03"), QStringLiteral("hv04"));
        CheckInput intruding;
        intruding.bookId = book1.bookId;
        intruding.entryNumber = 1;
        EXPECT_EQ(LogService::logCheck(*other, intruding).error().code, ErrorCode::NotPermitted);
        EXPECT_EQ(LogService::progress(*t, book1.bookId)->logged, 0);
        // Two trainees of different pairs are no pair here.
        auto mixed = trainee(QStringLiteral("hv01"));
        ASSERT_TRUE(
            SignIn()
                .addPartner(*mixed, QStringLiteral("hv03"), secret(passwordOf(QStringLiteral("hv03")).toStdString()))
                .ok());
        EXPECT_EQ(TrainingService::score(*mixed, book1.bookId).error().code, ErrorCode::NotPermitted);
        EXPECT_EQ(TrainingService::results(*mixed).error().code, ErrorCode::NotPermitted);
        // A volunteer in no pair sees nothing.
        ASSERT_TRUE(UserService::addUser(
                        *t, NewAccount{QStringLiteral("khach"), {}, Role::Volunteer, secret("khach-den-choi-1"), {}})
                        .ok());
        auto guest = signIn(QStringLiteral("khach"), QStringLiteral("khach-den-choi-1"));
        EXPECT_EQ(TrainingService::books(*guest).error().code, ErrorCode::NotPermitted);
        EXPECT_EQ(TrainingService::score(*guest, book1.bookId).error().code, ErrorCode::NotPermitted);
        // A book that is not a training book is none of the service's.
        EXPECT_EQ(TrainingService::score(*t, 987654).error().code, ErrorCode::InvalidInput);
    }

    void loadsABookFileAndRefusesADamagedOne() {
        auto t = trainer();
        const training::TrainingBook book = training::generateBook(RecordType::Marriage, 99, 20);
        auto loaded = TrainingService::loadBook(*t, training::bookToJson(book), 2);
        ASSERT_TRUE(loaded.ok()) << loaded.error().detail.toStdString();
        EXPECT_EQ(loaded->pair, 2);
        EXPECT_EQ(loaded->seed, 99U);
        EXPECT_EQ(loaded->entries, 20);
        auto first = TrainingService::entry(*t, loaded->bookId, book.entries.front().entryNumber);
        ASSERT_TRUE(first.ok());
        EXPECT_EQ(first->subjectName, book.entries.front().subjectName);
        // The trainer's copy of a stored book is what was loaded; a trainee exports none.
        auto copy = TrainingService::exportBook(*t, loaded->bookId);
        ASSERT_TRUE(copy.ok());
        auto reread = training::bookFromJson(copy.value());
        ASSERT_TRUE(reread.ok());
        EXPECT_EQ(reread->entries.size(), book.entries.size());
        EXPECT_EQ(reread->seed, 99U);
        auto lone = trainee(QStringLiteral("hv03"));
        EXPECT_EQ(TrainingService::exportBook(*lone, loaded->bookId).error().code, ErrorCode::NotPermitted);
        // The same book twice for one pair is refused (its type, number and year are the pair's already); another pair
        // may have it.
        EXPECT_EQ(TrainingService::loadBook(*t, training::bookToJson(book), 2).error().code, ErrorCode::InvalidInput);
        EXPECT_TRUE(TrainingService::loadBook(*t, training::bookToJson(book), 1).ok());
        QByteArray damaged = training::bookToJson(book);
        damaged.chop(10);
        EXPECT_EQ(TrainingService::loadBook(*t, damaged, 2).error().code, ErrorCode::FileRefused);
        EXPECT_EQ(TrainingService::loadBook(*t, QByteArray(training::kMaxTrainingFileBytes + 1, ' '), 2).error().code,
                  ErrorCode::FileRefused);
    }

    // Part 4: training data never mixes with real work.
    void neverExportsEnrollsAppliesARosterOrWipes() {
        auto t = trainer();
        const QString out = s_dir->filePath(QStringLiteral("out"));
        QDir().mkpath(out);
        const auto refusedHere = [](const auto& result) {
            return !result.ok() && result.error().code == ErrorCode::WrongSiteKind &&
                   result.error().detail.contains(QStringLiteral("training site"));
        };
        EXPECT_TRUE(refusedHere(BundleService::exportBundle(*t, out)));
        EXPECT_TRUE(refusedHere(EnrollmentService::request(*t, out + QStringLiteral("/request.dcreq"))));
        EXPECT_TRUE(refusedHere(EnrollmentService::finish(*t, out + QStringLiteral("/welcome"), QStringLiteral("1"))));
        EXPECT_TRUE(refusedHere(RosterService::apply(*t, out + QStringLiteral("/roster"))));
        EXPECT_TRUE(refusedHere(WipeService::wipe(trainer(), WipeRequest{})));
        EXPECT_TRUE(QDir(out).entryList(QDir::Files).isEmpty());
        EXPECT_TRUE(QFileInfo::exists(db())); // not wiped
    }
};

TEST_F(TrainingSiteDay, IsMadeLoggedScoredAndKeptApartFromRealWork) {
    {
        SCOPED_TRACE("hasItsPairsWithGeneratedPasswordsAndThreeBooksEach");
        hasItsPairsWithGeneratedPasswordsAndThreeBooksEach();
    }
    {
        SCOPED_TRACE("aPairLoggingItsBookGetsTheScoreOfItsCurrentRows");
        aPairLoggingItsBookGetsTheScoreOfItsCurrentRows();
    }
    {
        SCOPED_TRACE("knowsWhoMayDoWhat");
        knowsWhoMayDoWhat();
    }
    {
        SCOPED_TRACE("loadsABookFileAndRefusesADamagedOne");
        loadsABookFileAndRefusesADamagedOne();
    }
    {
        SCOPED_TRACE("neverExportsEnrollsAppliesARosterOrWipes");
        neverExportsEnrollsAppliesARosterOrWipes();
    }
}

TEST(TrainingSiteSetup, RefusesAPairCountOutOfRangeAndLeavesNothing) {
    QTemporaryDir dir;
    for (int pairs : {0, kMaxTrainingPairs + 1}) {
        TrainingSiteRequest request;
        request.site.databasePath = dir.filePath(QStringLiteral("t.db"));
        request.site.siteName = QStringLiteral("T");
        request.site.adminUserName = QString::fromLatin1(kTrainer);
        request.site.adminPassword = secret(kTrainerPassword);
        request.site.kdf = crypto::kArgon2Floor;
        request.pairs = pairs;
        auto created = TrainingService::createTrainingSite(std::move(request));
        ASSERT_FALSE(created.ok());
        EXPECT_EQ(created.error().code, ErrorCode::InvalidInput);
    }
    // A training site is a commune, and not a demo (createSite itself refuses the other mixes).
    for (const auto& [kind, demo] : {std::pair{SiteKind::Hub, false}, std::pair{SiteKind::Commune, true}}) {
        SiteSetupRequest site;
        site.databasePath = dir.filePath(QStringLiteral("t.db"));
        site.siteName = QStringLiteral("T");
        site.adminUserName = QString::fromLatin1(kTrainer);
        site.adminPassword = secret(kTrainerPassword);
        site.kdf = crypto::kArgon2Floor;
        site.kind = kind;
        site.demo = demo;
        site.training = true;
        auto created = createSite(std::move(site));
        ASSERT_FALSE(created.ok());
        EXPECT_EQ(created.error().code, ErrorCode::InvalidInput);
    }
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

TEST(TrainingAtARealSite, AddsAndLoadsNoTrainingBook) {
    // At a commune workstation and at a hub: the permission matrix's rows (WrongSiteKind for every column). A demo site
    // is a commune too, exempt from the strength rule like a training site, and still a real one here.
    const QByteArray file = training::bookToJson(training::generateBook(RecordType::Birth, 5, 20));
    QTemporaryDir dir;
    const QString demoPath = dir.filePath(QStringLiteral("demo.db"));
    ASSERT_TRUE(ensureDemoSite(demoPath).ok());
    auto demo = SignIn().signIn(demoPath, QStringLiteral("giamsat"), secret("giamsat-demo-2022"));
    ASSERT_TRUE(demo.ok());
    EXPECT_EQ(TrainingService::addBook(*demo.value(), RecordType::Birth, 5, 1).error().code, ErrorCode::WrongSiteKind);
    EXPECT_EQ(TrainingService::loadBook(*demo.value(), file, 1).error().code, ErrorCode::WrongSiteKind);
    EXPECT_FALSE(TrainingService::isTrainingSite(*demo.value()).value());
    EXPECT_EQ(BookService::listBooks(*demo.value())->size(), 4U); // the demo's own books, nothing added
}

TEST(LocalTrainingSite, IsCreatedOnceWithTheAccountsTheSignInPageShows) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("training.db"));
    ASSERT_TRUE(TrainingService::ensureLocalTrainingSite(path).ok());
    ASSERT_EQ(TrainingService::localTrainingAccounts().size(), 3U);
    // The trainer and a trainee sign in with what the page shows (the partner's account is made the same way).
    for (const DemoAccount& account : TrainingService::localTrainingAccounts().first(2)) {
        auto session = SignIn().signIn(path, QString::fromLatin1(account.userName), secret(account.password));
        ASSERT_TRUE(session.ok()) << account.userName;
        EXPECT_TRUE(TrainingService::isTrainingSite(*session.value()).value());
        auto books = TrainingService::books(*session.value());
        ASSERT_TRUE(books.ok());
        EXPECT_EQ(books->size(), 3U);
    }
    // A second call opens what is there: nothing is made again.
    const QByteArray before = test::readAll(path);
    ASSERT_TRUE(TrainingService::ensureLocalTrainingSite(path).ok());
    EXPECT_EQ(test::readAll(path), before);
}

} // namespace
} // namespace dc::core
