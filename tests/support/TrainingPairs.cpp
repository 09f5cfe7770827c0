// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "tests/support/TrainingPairs.h"

#include "core/gateways/TrainingGateway.h"
#include "core/services/SiteAccess.h"
#include "core/services/TrainingService.h"
#include "core/services/UserService.h"
#include "core/store/Transaction.h"

namespace dc::test {

core::Result<core::TrainingSiteCreated> makeTrainingSite(const QString& path, const QString& siteName, int pairs,
                                                         quint64 seed) {
    core::TrainingSiteRequest request;
    request.site.databasePath = path;
    request.site.siteName = siteName;
    request.site.adminUserName = QString::fromLatin1(kTrainerName);
    request.site.adminPassword = crypto::SecureBuffer::copyOf(std::string_view(kTrainerPassword));
    request.site.kdf = crypto::kArgon2Floor;
    request.pairs = pairs;
    request.seed = seed;
    return core::TrainingService::createTrainingSite(std::move(request));
}

std::string traineePassword(const core::TrainingSiteCreated& created, const QString& user) {
    for (const auto& t : created.trainees) {
        if (t.userName == user) {
            return {t.password.chars().data(), t.password.size()};
        }
    }
    return {};
}

core::Result<void> addTrainingPairs(core::Session& trainer, int count, std::string_view password, quint64 seed) {
    using core::gateways::TrainingGateway;
    return core::access::guarded([&]() -> core::Result<void> {
        const auto existing = TrainingGateway(trainer.database()).pairs();
        const int last = existing.empty() ? 0 : existing.back().number;
        for (int pair = last + 1; pair <= last + count; ++pair) {
            qint64 members[2] = {0, 0};
            for (int member = 0; member < 2; ++member) {
                const int index = 2 * (pair - 1) + member + 1;
                auto added = core::UserService::addUser(
                    trainer, core::NewAccount{QStringLiteral("hv%1").arg(index, 2, 10, QLatin1Char('0')),
                                              QStringLiteral("Học viên %1").arg(index, 2, 10, QLatin1Char('0')),
                                              core::Role::Volunteer,
                                              crypto::SecureBuffer::copyOf(password),
                                              {}});
                if (!added) {
                    return added.error();
                }
                members[member] = added->id;
            }
            core::store::Transaction transaction(trainer.database());
            TrainingGateway(trainer.database()).insertPair({pair, members[0], members[1]});
            core::access::record(trainer, QStringLiteral("training.pair_added"), QString::number(pair),
                                 {{QStringLiteral("pair"), pair}});
            transaction.commit();
            for (const auto type : {core::domain::RecordType::Birth, core::domain::RecordType::Marriage,
                                    core::domain::RecordType::Death}) {
                auto book =
                    core::TrainingService::addBook(trainer, type, core::trainingBookSeed(seed, pair, type), pair);
                if (!book) {
                    return book.error();
                }
            }
        }
        return {};
    });
}

} // namespace dc::test
