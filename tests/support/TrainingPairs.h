// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/Result.h"
#include "core/services/Session.h"
#include "core/services/TrainingService.h"

#include <QString>
#include <QtGlobal>

#include <string>
#include <string_view>

namespace dc::test {

// The trainer of the core tests' training sites.
inline constexpr const char* kTrainerName = "taphuan";
inline constexpr const char* kTrainerPassword = "song-sai-gon-chay-mai-7";

// A training site at `path` made by TrainingService::createTrainingSite as `doichieu-admin training init` makes it,
// with kTrainerName as its trainer and the RFC 9106 floor for the key derivation.
[[nodiscard]] core::Result<core::TrainingSiteCreated> makeTrainingSite(const QString& path, const QString& siteName,
                                                                       int pairs, quint64 seed);

// The password generated for trainee `user` (empty when the site made no such trainee).
[[nodiscard]] std::string traineePassword(const core::TrainingSiteCreated& created, const QString& user);

// Adds `count` trainee pairs to a training site after its last pair, as createTrainingSite makes them — volunteers
// hv(2p-1) and hv(2p) (each with `password`: a training site is exempt from the strength rule), the pair's row and
// its audit event, and a birth, a marriage and a death book from trainingBookSeed(`seed`, p, type) —, signed in as
// the trainer. No service adds a pair to a site already made (the local training site of `doichieu --training` has
// one); the Qt Quick test and the screenshots need a board with pairs that have logged nothing yet (issue 18).
[[nodiscard]] core::Result<void> addTrainingPairs(core::Session& trainer, int count, std::string_view password,
                                                  quint64 seed);

} // namespace dc::test
