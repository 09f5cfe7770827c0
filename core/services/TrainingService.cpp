// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/services/TrainingService.h"

#include "core/Clock.h"
#include "core/SiteTime.h"
#include "core/Uuid.h"
#include "core/gateways/BookGateway.h"
#include "core/gateways/CheckGateway.h"
#include "core/gateways/SiteGateway.h"
#include "core/gateways/TrainingGateway.h"
#include "core/services/SiteAccess.h"
#include "core/store/StoreError.h"
#include "core/store/Transaction.h"

#include <algorithm>

namespace dc::core {

namespace {

using domain::RecordType;
using gateways::TrainingGateway;

constexpr int kMaxKeys = 100000;

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
    row.uuid = newRowUuid();
    // The book row carries the generated book's number and year, as its pages show them; its "commune" names the pair
    // the book is for, so that the book picker tells the pairs' books apart (and one pair never gets the same book
    // twice).
    row.commune = QStringLiteral("%1 – cặp %2").arg(session.siteName()).arg(pair);
    row.recordType = book.type;
    row.bookNumber = QString::number(book.bookNumber);
    row.yearFrom = book.year;
    row.yearTo = book.year;
    const auto [first, last] =
        std::minmax_element(book.entries.begin(), book.entries.end(),
                            [](const training::TrainingEntry& a, const training::TrainingEntry& b) {
                                return a.entryNumber < b.entryNumber;
                            });
    row.firstEntry = first->entryNumber; // the book's own range (a loaded file's entries need not start at 1)
    row.lastEntry = last->entryNumber;
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

} // namespace

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

Result<std::vector<training::TraineePair>> TrainingService::pairs(Session& session) {
    return access::guarded([&]() -> Result<std::vector<training::TraineePair>> {
        auto caller = trainingCaller(session, "read the trainee pairs");
        if (!caller) {
            return caller.error();
        }
        gateways::SiteGateway people(session.database());
        std::vector<training::TraineePair> out;
        for (const auto& pair : TrainingGateway(session.database()).pairs()) {
            if (!caller->mayRead(pair.number)) {
                continue;
            }
            // Named as results() names the pair's results, so that the board finds them.
            const auto a = people.userById(pair.memberA);
            const auto b = people.userById(pair.memberB);
            out.push_back({session.siteName(), pair.number, a ? a->userName : QString(), b ? b->userName : QString()});
        }
        return out;
    });
}

} // namespace dc::core
