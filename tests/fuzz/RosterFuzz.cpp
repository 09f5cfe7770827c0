// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// The roster package's plaintext (core/exchange/RosterPackage), once the commune opened it: parseRoster, as
// RosterService's import calls it. What parses must serialise and parse again to the same volunteers. The activation
// code as typed (parseActivationCode) is fed the same bytes: it is the other thing of this file read from outside.
#include "FuzzSupport.h"

#include "core/exchange/RosterPackage.h"

#include <string_view>

using namespace dc;
using namespace dc::core::exchange;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::span<const std::uint8_t> plain(data, size);
    if (const auto code = parseActivationCode(std::string_view(reinterpret_cast<const char*>(data), size))) {
        if (code->size() != static_cast<std::size_t>(kActivationCodeDigits)) {
            fuzz::invariantBroken("an activation code parsed to another number of digits");
        }
    }
    auto parsed = parseRoster(plain);
    if (!parsed) {
        return 0;
    }
    const RosterPayload& roster = parsed.value();
    const QByteArray serialized = serializeRoster(roster);
    auto again = parseRoster(
        std::span(reinterpret_cast<const std::uint8_t*>(serialized.constData()), std::size_t(serialized.size())));
    if (!again || again->volunteers.size() != roster.volunteers.size() || again->sequence != roster.sequence ||
        again->commune != roster.commune) {
        fuzz::invariantBroken("a roster that parsed does not read back through serializeRoster");
    }
    for (std::size_t i = 0; i < roster.volunteers.size(); ++i) {
        if (again->volunteers[i].userName != roster.volunteers[i].userName ||
            again->volunteers[i].days != roster.volunteers[i].days) {
            fuzz::invariantBroken("a roster's volunteer changed through serializeRoster");
        }
    }
    return 0;
}
