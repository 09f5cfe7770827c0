// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/Result.h"
#include "core/services/Session.h"

#include <QtGlobal>

#include <string_view>

namespace dc::test {

// Adds `count` trainee pairs to a training site after its last pair, as createTrainingSite makes them — volunteers
// hv(2p-1) and hv(2p) (each with `password`: a training site is exempt from the strength rule), the pair's row and
// its audit event, and a birth, a marriage and a death book from trainingBookSeed(`seed`, p, type) —, signed in as
// the trainer. No service adds a pair to a site already made (the local training site of `doichieu --training` has
// one); the Qt Quick test and the screenshots need a board with pairs that have logged nothing yet (issue 18).
[[nodiscard]] core::Result<void> addTrainingPairs(core::Session& trainer, int count, std::string_view password,
                                                  quint64 seed);

} // namespace dc::test
