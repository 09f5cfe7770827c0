// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// TrainingService's set-up of a training site (`init --kind training`, `doichieu --training`): the site, its trainees
// with generated passwords, and each pair's books. The use cases on a site are TrainingService.cpp's.
#include "core/services/TrainingService.h"

#include "core/gateways/TrainingGateway.h"
#include "core/services/SignIn.h"
#include "core/services/SiteAccess.h"
#include "core/services/UserService.h"
#include "core/store/Transaction.h"
#include "crypto/Random.h"

#include <QFile>
#include <QFileInfo>

#include <array>
#include <cstring>
#include <functional>

namespace dc::core {

namespace {

using domain::RecordType;
using gateways::TrainingGateway;

constexpr RecordType kTypes[] = {RecordType::Birth, RecordType::Marriage, RecordType::Death};

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

} // namespace dc::core
