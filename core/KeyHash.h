// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include <QHashFunctions>
#include <QString>

#include <cstddef>
#include <tuple>
#include <utility>

namespace dc::core {

// The hash of the hashed maps whose keys are UUIDs, days and small numbers, alone or in tuples: the per-bundle sums
// of the hub's import (core/gateways/HubGateway, ErrorMapGateway) and the evaluation's look-ups (core/evaluation).
// Their keys share long prefixes (time-first UUIDs, one site's UUID in every key of a bundle, one month's days), so
// ordered maps spent most of their time comparing equal characters; a hash reads each key once. Seeded with Qt's
// process-wide random seed: the keys come from bundles, and a sender must not be able to choose keys that collide.
struct KeyHash {
    std::size_t operator()(const QString& key) const noexcept { return qHash(key, qGlobalQHashSeed()); }
    template <typename A, typename B> std::size_t operator()(const std::pair<A, B>& key) const noexcept {
        return qHashMulti(qGlobalQHashSeed(), key.first, key.second);
    }
    template <typename... Parts> std::size_t operator()(const std::tuple<Parts...>& key) const noexcept {
        return std::apply([](const Parts&... parts) { return qHashMulti(qGlobalQHashSeed(), parts...); }, key);
    }
};

} // namespace dc::core
