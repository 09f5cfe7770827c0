// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/services/TrainingService.h"

#include "core/Clock.h"
#include "core/SiteTime.h"
#include "core/gateways/BookGateway.h"
#include "core/gateways/CheckGateway.h"
#include "core/gateways/SiteGateway.h"
#include "core/gateways/TrainingGateway.h"
#include "core/services/SignIn.h"
#include "core/services/SiteAccess.h"
#include "core/services/UserService.h"
#include "core/store/StoreError.h"
#include "core/store/Transaction.h"
#include "crypto/Random.h"

#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <algorithm>
#include <array>
#include <cstring>
#include <functional>

namespace dc::core {

namespace {

using domain::RecordType;
using gateways::TrainingGateway;

constexpr RecordType kTypes[] = {RecordType::Birth, RecordType::Marriage, RecordType::Death};
constexpr int kMaxKeys = 100000;

// The local training site of `doichieu --training`: fixed passwords, printed on the sign-in page as the demo's are.
constexpr DemoAccount kLocalAccounts[] = {
    {"taphuan", "Giảng viên tập huấn", Role::Supervisor, "taphuan-3011"},
    {"hv01", "Học viên 01", Role::Volunteer, "hv01-taphuan"},
    {"hv02", "Học viên 02", Role::Volunteer, "hv02-taphuan"},
};
const QString kLocalSiteName = QStringLiteral("Tập huấn (máy này)");

// Words for the trainees' passwords: short, without tone marks, easy to read aloud and type on any keyboard. 64 words,
// three of them and two digits: about 2.6e7 passwords — a training site holds no real data and its passwords are
// printed for the room (the strength rule does not apply, as at a demo site).
constexpr std::array<const char*, 64> kWords = {
    "song", "nui",  "hoa", "lua",  "may", "gio", "trang", "sao",  "bien", "cau",  "doi",  "rung", "suoi",
    "dong", "lang", "pho", "cho",  "ban", "ghe", "sach",  "vo",   "but",  "muc",  "den",  "nha",  "cua",
    "san",  "vuon", "cay", "la",   "re",  "hat", "com",   "canh", "tra",  "che",  "banh", "keo",  "cam",
    "buoi", "xoai", "dua", "mit",  "na",  "oi",  "tao",   "le",   "man",  "ca",   "tom",  "ngo",  "ga",
    "vit",  "meo",  "heo", "trau", "bo",  "de",  "ngua",  "chim", "ong",  "buom", "xanh", "do",
};

QString traineePassword() {
    QStringList parts;
    for (int i = 0; i < 3; ++i) {
        parts << QString::fromLatin1(kWords[crypto::randomBelow(static_cast<std::uint32_t>(kWords.size()))]);
    }
    parts << QStringLiteral("%1").arg(crypto::randomBelow(90) + 10);
    return parts.join(QLatin1Char('-'));
}

crypto::SecureBuffer secretOf(const QString& text) {
    const QByteArray utf8 = text.toUtf8();
    return crypto::SecureBuffer::copyOf(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
}

crypto::SecureBuffer copyOf(const crypto::SecureBuffer& buffer) {
    return crypto::SecureBuffer::copyOf(buffer.bytes());
}

QString traineeName(int index) {
    return QStringLiteral("hv%1").arg(index, 2, 10, QLatin1Char('0'));
}

quint64 splitMix64(quint64 x) {
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

quint64 randomSeed() {
    quint64 seed = 0;
    const auto bytes = crypto::randomBytes(sizeof seed);
    std::memcpy(&seed, bytes.data(), sizeof seed);
    return seed;
}

// Who is asking, at a training site: the trainer, or a trainee of `pair`.
struct Caller {
    bool trainer = false;
    std::optional<TrainingGateway::Pair> pair;
    [[nodiscard]] bool mayRead(int pairNumber) const { return trainer || (pair && pair->number == pairNumber); }
};

Result<Caller> trainingCaller(Session& session, const char* what) {
    if (auto kind = access::requireSiteKind(session, SiteKind::Commune, what); !kind) {
        return kind.error();
    }
    if (!access::isTrainingSite(session)) {
        return makeError(ErrorCode::WrongSiteKind,
                         QStringLiteral("only a training site can %1").arg(QString::fromLatin1(what)));
    }
    if (access::requireRole(session, Role::Supervisor, what)) {
        return Caller{true, std::nullopt};
    }
    TrainingGateway training(session.database());
    auto pair = training.pairOf(session.user().id);
    if (!pair) {
        return makeError(ErrorCode::NotPermitted,
                         QStringLiteral("only the trainer or a trainee pair can %1").arg(QString::fromLatin1(what)));
    }
    if (session.partner()) {
        const auto partners = training.pairOf(session.partner()->id);
        if (!partners || partners->number != pair->number) {
            return makeError(
                ErrorCode::NotPermitted,
                QStringLiteral("two trainees of different pairs cannot %1").arg(QString::fromLatin1(what)));
        }
    }
    return Caller{false, pair};
}

Result<void> trainerOnly(Session& session, const char* what) {
    auto caller = trainingCaller(session, what);
    if (!caller) {
        return caller.error();
    }
    if (!caller->trainer) {
        return makeError(ErrorCode::NotPermitted,
                         QStringLiteral("only the trainer can %1").arg(QString::fromLatin1(what)));
    }
    return {};
}

TrainingBookInfo infoOf(const TrainingGateway::Book& row, const Book& book, const training::TrainingBook& content) {
    TrainingBookInfo info;
    info.bookId = row.bookId;
    info.pair = row.pairNumber;
    info.type = book.recordType;
    info.bookNumber = book.bookNumber;
    info.year = book.yearFrom;
    info.seed = row.seed;
    info.entries = static_cast<int>(content.entries.size());
    return info;
}

// A book of the site's training books that the caller may read, with its answer key.
struct LoadedBook {
    TrainingGateway::Book row;
    training::TrainingBook content;
};

Result<LoadedBook> readableBook(Session& session, const Caller& caller, qint64 bookId) {
    auto row = TrainingGateway(session.database()).book(bookId);
    if (!row) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("no such training book"));
    }
    if (!caller.mayRead(row->pairNumber)) {
        return makeError(ErrorCode::NotPermitted, QStringLiteral("a trainee pair reads only its own books"));
    }
    auto content = training::bookFromJson(row->content);
    if (!content) {
        return makeError(ErrorCode::Internal,
                         QStringLiteral("a stored training book does not read back: ") + content.error().detail);
    }
    return LoadedBook{std::move(*row), std::move(content).value()};
}

// Stores `book` for `pair` as an ordinary book row and its training content, in one transaction with its audit events.
Result<TrainingBookInfo> storeBook(Session& session, training::TrainingBook book, int pair) {
    store::Database& db = session.database();
    TrainingGateway training(db);
    if (!training.pair(pair)) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("there is no trainee pair of that number"));
    }
    const int thisYear = sitetime::dayOf(session.now()).year();
    if (book.entries.empty() || book.year < 1900 || book.year > thisYear) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("a training book needs entries and a past year"));
    }
    store::Transaction transaction(db);
    Book row;
    row.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    // The book row carries the generated book's number and year, as its pages show them; its "commune" names the pair
    // the book is for, so that the book picker tells the pairs' books apart (and one pair never gets the same book
    // twice).
    row.commune = QStringLiteral("%1 – cặp %2").arg(session.siteName()).arg(pair);
    row.recordType = book.type;
    row.bookNumber = QString::number(book.bookNumber);
    row.yearFrom = book.year;
    row.yearTo = book.year;
    row.firstEntry = 1;
    row.lastEntry = static_cast<int>(book.entries.size());
    row.open = true;
    row.createdAt = toStoredTime(session.now());
    try {
        gateways::BookGateway(db).insert(session.databaseId(), session.user().id, row);
    } catch (const store::StoreError& e) {
        if (e.isConstraintViolation()) {
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("the pair already has a book of that type, number "
                                            "and year (the same book twice?): choose another seed"));
        }
        throw;
    }
    TrainingGateway::Book stored{row.id, pair, book.seed, training::bookToJson(book), row.createdAt};
    training.insertBook(stored);
    access::record(session, QStringLiteral("book.registered"), row.uuid,
                   {{QStringLiteral("recordType"), recordTypeKey(row.recordType)},
                    {QStringLiteral("bookNumber"), row.bookNumber},
                    {QStringLiteral("yearFrom"), row.yearFrom}});
    access::record(session, QStringLiteral("training.book_added"), row.uuid,
                   {{QStringLiteral("pair"), pair},
                    {QStringLiteral("seed"), QString::number(book.seed)},
                    {QStringLiteral("entries"), static_cast<int>(book.entries.size())}});
    transaction.commit();
    return infoOf(stored, row, book);
}

// Removes every file a failed set-up left (the site was made, a later step failed).
void removeSite(const SitePaths& paths) {
    for (const QString& path :
         {paths.database, paths.database + QStringLiteral("-wal"), paths.database + QStringLiteral("-shm"),
          paths.keyring, paths.signInState, paths.mark}) {
        QFile::remove(path);
    }
}

using PasswordFor = std::function<QString(int traineeIndex)>;

Result<TrainingSiteCreated> createTraining(TrainingSiteRequest request, const PasswordFor& passwordFor) {
    if (request.pairs < 1 || request.pairs > kMaxTrainingPairs) {
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("a training site has 1 to %1 pairs of trainees").arg(kMaxTrainingPairs));
    }
    request.site.training = true;
    request.site.demo = false;
    request.site.kind = SiteKind::Commune;
    const QString databasePath = request.site.databasePath;
    const QString trainer = request.site.adminUserName;
    const crypto::SecureBuffer trainerPassword = copyOf(request.site.adminPassword);
    auto created = createSite(std::move(request.site));
    if (!created) {
        return created.error();
    }
    const SitePaths paths = SitePaths::forDatabase(QFileInfo(databasePath).absoluteFilePath());
    TrainingSiteCreated out;
    out.site = std::move(created).value();
    out.seed = request.seed.value_or(randomSeed());
    auto filled = [&]() -> Result<void> {
        auto session = SignIn().signIn(databasePath, trainer, trainerPassword);
        if (!session) {
            return session.error();
        }
        Session& s = *session.value();
        for (int pair = 1; pair <= request.pairs; ++pair) {
            qint64 members[2] = {0, 0};
            for (int member = 0; member < 2; ++member) {
                const int index = 2 * (pair - 1) + member + 1;
                TraineeAccount account{pair, traineeName(index), secretOf(passwordFor(index))};
                auto added = UserService::addUser(
                    s, NewAccount{account.userName,
                                  QStringLiteral("Học viên %1").arg(index, 2, 10, QLatin1Char('0')),
                                  Role::Volunteer,
                                  copyOf(account.password),
                                  {}});
                if (!added) {
                    return added.error();
                }
                members[member] = added->id;
                out.trainees.push_back(std::move(account));
            }
            auto stored = access::guarded([&]() -> Result<void> {
                store::Transaction transaction(s.database());
                TrainingGateway(s.database()).insertPair({pair, members[0], members[1]});
                access::record(s, QStringLiteral("training.pair_added"), QString::number(pair),
                               {{QStringLiteral("pair"), pair}});
                transaction.commit();
                return {};
            });
            if (!stored) {
                return stored.error();
            }
            for (RecordType type : kTypes) {
                auto book = TrainingService::addBook(s, type, trainingBookSeed(out.seed, pair, type), pair);
                if (!book) {
                    return book.error();
                }
                out.books.push_back(book.value());
            }
        }
        return {};
    }();
    if (!filled) {
        removeSite(paths);
        return filled.error();
    }
    return out;
}

} // namespace

quint64 trainingBookSeed(quint64 siteSeed, int pair, RecordType type) {
    const quint64 typeIndex = static_cast<quint64>(type) + 1;
    return splitMix64(splitMix64(siteSeed ^ splitMix64(static_cast<quint64>(pair))) + typeIndex);
}

Result<TrainingSiteCreated> TrainingService::createTrainingSite(TrainingSiteRequest request) {
    return createTraining(std::move(request), [](int) { return traineePassword(); });
}

std::span<const DemoAccount> TrainingService::localTrainingAccounts() {
    return kLocalAccounts;
}

Result<void> TrainingService::ensureLocalTrainingSite(const QString& databasePath) {
    if (QFileInfo::exists(databasePath)) {
        return {};
    }
    const DemoAccount& trainer = kLocalAccounts[0];
    TrainingSiteRequest request;
    request.site.databasePath = databasePath;
    request.site.siteName = kLocalSiteName;
    request.site.adminUserName = QString::fromLatin1(trainer.userName);
    request.site.adminDisplayName = QString::fromUtf8(trainer.displayName);
    request.site.adminPassword = crypto::SecureBuffer::copyOf(std::string_view(trainer.password));
    request.site.kdf = crypto::kArgon2Floor;
    request.pairs = 1;
    auto created = createTraining(std::move(request), [](int index) {
        return QString::fromLatin1(kLocalAccounts[static_cast<std::size_t>(index)].password);
    });
    if (!created) {
        return created.error();
    }
    return {};
}

Result<bool> TrainingService::isTrainingSite(Session& session) {
    return access::guarded([&]() -> Result<bool> {
        if (auto active = access::requireActive(session); !active) {
            return active.error();
        }
        return session.siteKind() == SiteKind::Commune && access::isTrainingSite(session);
    });
}

Result<TrainingBookInfo> TrainingService::addBook(Session& session, RecordType type, quint64 seed, int pair) {
    return access::guarded([&]() -> Result<TrainingBookInfo> {
        if (auto allowed = trainerOnly(session, "add a training book"); !allowed) {
            return allowed.error();
        }
        return storeBook(session, training::generateBook(type, seed, kTrainingBookEntries), pair);
    });
}

Result<TrainingBookInfo> TrainingService::loadBook(Session& session, const QByteArray& bookFile, int pair) {
    return access::guarded([&]() -> Result<TrainingBookInfo> {
        if (auto allowed = trainerOnly(session, "load a training book"); !allowed) {
            return allowed.error();
        }
        if (bookFile.size() > training::kMaxTrainingFileBytes) {
            return makeError(ErrorCode::FileRefused, QStringLiteral("the book file is larger than 1 MiB"));
        }
        auto book = training::bookFromJson(bookFile);
        if (!book) {
            return makeError(ErrorCode::FileRefused,
                             QStringLiteral("the book file is refused: ") + book.error().detail);
        }
        return storeBook(session, std::move(book).value(), pair);
    });
}

Result<QByteArray> TrainingService::exportBook(Session& session, qint64 bookId) {
    return access::guarded([&]() -> Result<QByteArray> {
        auto caller = trainingCaller(session, "export a training book");
        if (!caller) {
            return caller.error();
        }
        if (!caller->trainer) {
            return makeError(ErrorCode::NotPermitted, QStringLiteral("only the trainer can export a training book"));
        }
        auto book = readableBook(session, caller.value(), bookId);
        if (!book) {
            return book.error();
        }
        return book->row.content;
    });
}

Result<std::vector<TrainingBookInfo>> TrainingService::books(Session& session) {
    return access::guarded([&]() -> Result<std::vector<TrainingBookInfo>> {
        auto caller = trainingCaller(session, "list training books");
        if (!caller) {
            return caller.error();
        }
        gateways::BookGateway bookRows(session.database());
        std::vector<TrainingBookInfo> out;
        for (const auto& row :
             TrainingGateway(session.database())
                 .books(caller->trainer ? std::nullopt : std::optional(caller.value().pair->number))) {
            const auto book = bookRows.byId(row.bookId);
            auto content = training::bookFromJson(row.content);
            if (!book || !content) {
                return makeError(ErrorCode::Internal, QStringLiteral("a training book does not read back"));
            }
            out.push_back(infoOf(row, *book, content.value()));
        }
        return out;
    });
}

Result<training::TrainingEntry> TrainingService::entry(Session& session, qint64 bookId, int entryNumber) {
    return access::guarded([&]() -> Result<training::TrainingEntry> {
        auto caller = trainingCaller(session, "read a training book");
        if (!caller) {
            return caller.error();
        }
        auto book = readableBook(session, caller.value(), bookId);
        if (!book) {
            return book.error();
        }
        for (const auto& entry : book->content.entries) {
            if (entry.entryNumber == entryNumber) {
                return entry;
            }
        }
        return makeError(ErrorCode::InvalidInput, QStringLiteral("the training book has no entry of that number"));
    });
}

Result<void> TrainingService::noteKeys(Session& session, const QString& checkUuid, int keys) {
    return access::guarded([&]() -> Result<void> {
        auto caller = trainingCaller(session, "note the keys of an entry");
        if (!caller) {
            return caller.error();
        }
        if (caller->trainer) {
            return makeError(ErrorCode::NotPermitted, QStringLiteral("the keys are the trainee pair's to note"));
        }
        if (keys < 0 || keys > kMaxKeys) {
            return makeError(ErrorCode::InvalidInput, QStringLiteral("keys per entry are 0..100000"));
        }
        const auto check = gateways::CheckGateway(session.database()).byUuid(checkUuid);
        if (!check) {
            return makeError(ErrorCode::InvalidInput, QStringLiteral("no such logged check"));
        }
        TrainingGateway training(session.database());
        const auto book = training.book(check->bookId);
        if (!book) {
            return makeError(ErrorCode::InvalidInput, QStringLiteral("the check is not of a training book"));
        }
        if (!caller->mayRead(book->pairNumber)) {
            return makeError(ErrorCode::NotPermitted, QStringLiteral("a trainee pair notes keys on its own books"));
        }
        store::Transaction transaction(session.database());
        training.setKeys(checkUuid, keys);
        transaction.commit();
        return {};
    });
}

namespace {

// The book's current rows (voids excluded), as the scorer reads them, and when the last was logged.
std::vector<training::LoggedAnswer> answersOf(Session& session, qint64 bookId, QString* lastLoggedAt) {
    gateways::CheckGateway checks(session.database());
    TrainingGateway training(session.database());
    std::vector<training::LoggedAnswer> answers;
    for (qint64 id : checks.currentIds(bookId, std::nullopt, 0)) {
        const auto check = checks.byId(id);
        if (!check || check->outcome == Outcome::Void) {
            continue;
        }
        training::LoggedAnswer answer;
        answer.entryNumber = check->entryNumber;
        answer.outcome = check->outcome;
        answer.secondsSpent = check->secondsSpent;
        answer.keys = training.keys(check->uuid).value_or(0);
        for (const Correction& c : check->corrections) {
            answer.corrections.push_back({c.fieldKey, c.before, c.after, c.correctionClass});
        }
        answers.push_back(std::move(answer));
        if (lastLoggedAt && check->loggedAt > *lastLoggedAt) {
            *lastLoggedAt = check->loggedAt;
        }
    }
    return answers;
}

} // namespace

Result<training::Score> TrainingService::score(Session& session, qint64 bookId) {
    return access::guarded([&]() -> Result<training::Score> {
        auto caller = trainingCaller(session, "read a training score");
        if (!caller) {
            return caller.error();
        }
        auto book = readableBook(session, caller.value(), bookId);
        if (!book) {
            return book.error();
        }
        return training::scoreBook(book->content, answersOf(session, bookId, nullptr));
    });
}

Result<std::vector<training::TraineeResult>> TrainingService::results(Session& session) {
    return access::guarded([&]() -> Result<std::vector<training::TraineeResult>> {
        auto caller = trainingCaller(session, "read training results");
        if (!caller) {
            return caller.error();
        }
        TrainingGateway training(session.database());
        gateways::SiteGateway people(session.database());
        std::vector<training::TraineeResult> out;
        for (const auto& row :
             training.books(caller->trainer ? std::nullopt : std::optional(caller.value().pair->number))) {
            QString finishedAt;
            const auto answers = answersOf(session, row.bookId, &finishedAt);
            if (answers.empty()) {
                continue;
            }
            auto content = training::bookFromJson(row.content);
            const auto pair = training.pair(row.pairNumber);
            if (!content || !pair) {
                return makeError(ErrorCode::Internal, QStringLiteral("a training book does not read back"));
            }
            const auto a = people.userById(pair->memberA);
            const auto b = people.userById(pair->memberB);
            training::TraineeResult result;
            result.site = session.siteName();
            result.reader = a ? a->userName : QString();
            result.checker = b ? b->userName : QString();
            result.type = content->type;
            result.bookNumber = content->bookNumber;
            result.seed = row.seed;
            result.finishedAt = finishedAt;
            result.score = training::scoreWithoutValues(training::scoreBook(content.value(), answers));
            out.push_back(std::move(result));
        }
        return out;
    });
}

} // namespace dc::core
