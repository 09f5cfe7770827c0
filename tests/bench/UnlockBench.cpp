// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// Targets (issue "Foundation"): unlocking with the calibrated Argon2id parameters takes 0.5–1.0 s on the
// machine; opening the database once the key is known takes under 50 ms.
#include "core/keyring/KeyringFile.h"
#include "core/keyring/RecoveryCode.h"
#include "core/keyring/SlotCrypto.h"
#include "core/services/SignIn.h"
#include "core/services/SiteSetup.h"
#include "core/store/Database.h"
#include "core/store/Migrations.h"
#include "crypto/Argon2id.h"

#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <stdexcept>

namespace {

const char* kPassword = "song-sai-gon-chay-mai-7";

// One site per parameter choice, created once for the whole run.
struct BenchSite {
    QTemporaryDir dir;
    QString path;
    dc::crypto::SecureBuffer code;
    dc::crypto::Argon2Params kdf;

    explicit BenchSite(std::optional<dc::crypto::Argon2Params> params) {
        path = dir.filePath(QStringLiteral("bench.db"));
        dc::core::SiteSetupRequest request;
        request.databasePath = path;
        request.siteName = QStringLiteral("Phường Phú Cường");
        request.adminUserName = QStringLiteral("giamsat");
        request.adminPassword = dc::crypto::SecureBuffer::copyOf(std::string_view(kPassword));
        request.kdf = params; // nullopt: calibrated on this machine, as `doichieu-admin init` does
        auto outcome = dc::core::createSite(std::move(request));
        if (!outcome) {
            throw std::runtime_error("cannot create the benchmark site");
        }
        code = std::move(outcome->recoveryCode);
        kdf = outcome->kdf;
    }
};

BenchSite& calibratedSite() {
    static BenchSite site(std::nullopt);
    return site;
}

// The password check: one Argon2id derivation with the site's calibrated parameters, then the slot unwrap.
void BM_UnlockSlotCalibrated(benchmark::State& state) {
    BenchSite& site = calibratedSite();
    auto ring = dc::core::keyring::loadKeyring(site.path + QStringLiteral(".keyring"));
    const auto& slot = ring->users.at(0);
    const auto password = dc::crypto::SecureBuffer::copyOf(std::string_view(kPassword));
    for (auto _ : state) {
        auto key = dc::core::keyring::openSlotPrivateKey(ring->databaseId, slot, password);
        benchmark::DoNotOptimize(key);
    }
    state.counters["memory_MiB"] = site.kdf.memoryKiB / 1024.0;
    state.counters["iterations_t"] = site.kdf.iterations;
    state.counters["lanes_p"] = site.kdf.parallelism;
}
BENCHMARK(BM_UnlockSlotCalibrated)->Unit(benchmark::kMillisecond)->Iterations(5);

// The whole sign-in as a user waits for it: keyring read, unwrap, database open, migration check, account.
void BM_SignInCalibrated(benchmark::State& state) {
    BenchSite& site = calibratedSite();
    const auto password = dc::crypto::SecureBuffer::copyOf(std::string_view(kPassword));
    for (auto _ : state) {
        auto session = dc::core::SignIn().signIn(site.path, QStringLiteral("giamsat"), password);
        if (!session) {
            state.SkipWithError("sign-in failed");
        }
    }
}
BENCHMARK(BM_SignInCalibrated)->Unit(benchmark::kMillisecond)->Iterations(5);

// Opening the database once the key is known: key, first read, settings, migrations check, site row.
void BM_OpenDatabaseWithKey(benchmark::State& state) {
    BenchSite& site = calibratedSite();
    const auto key = dc::core::keyring::RecoveryCode::parse(site.code.chars())->databaseKey();
    for (auto _ : state) {
        auto db = dc::core::store::Database::open(site.path, key);
        dc::core::store::migrate(db);
        auto s = db.prepare("SELECT uuid FROM site WHERE id = 1");
        benchmark::DoNotOptimize(s.step());
    }
}
BENCHMARK(BM_OpenDatabaseWithKey)->Unit(benchmark::kMillisecond);

// The RFC 9106 floor, for comparison (the weakest cost the program ever uses).
void BM_Argon2idFloor(benchmark::State& state) {
    const auto salt = std::vector<std::uint8_t>(16, 7);
    for (auto _ : state) {
        auto key = dc::crypto::deriveArgon2id(kPassword, salt, dc::crypto::kArgon2Floor, 32);
        benchmark::DoNotOptimize(key);
    }
}
BENCHMARK(BM_Argon2idFloor)->Unit(benchmark::kMillisecond)->Iterations(5);

} // namespace
