// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include <QString>

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

// The UUIDs a site gives the rows it makes (checks, review decisions, spot-checks, work sessions, books, users):
// version 7 of RFC 9562 (§5.7) — the time in milliseconds since 1970 in the first 48 bits, then 74 random bits —
// written as the usual 36 characters in lower case. Rows made one after another sort together: at the hub, whose every
// travelling table is keyed by its rows' UUIDs, a day's imported rows land at the end of each UUID index instead of on
// a random page of it, so that a commit writes a few hundred of the index's pages instead of nearly all of them
// (docs/HUB.md, "The import's speed: decisions"). The time in a UUID is the row's own, which the row already carries;
// nothing reads it back, and a UUID of any version from elsewhere is as good a key.
namespace dc::core {

// A new row UUID: the system clock and the system's random generator (crypto::fillRandom).
[[nodiscard]] QString newRowUuid();

// The same layout from a given time and random bits (the low 12 bits of `randomA`, the low 62 of `randomB` are used):
// for the benchmarks' generator, which makes a province's rows at their simulated times.
[[nodiscard]] QString rowUuidAt(std::int64_t unixMilliseconds, std::uint64_t randomA, std::uint64_t randomB);

// A UUID as its 16 bytes, in RFC 9562's order: how the hub keeps the UUIDs of its largest tables (hub_checks,
// hub_entry_state; docs/HUB.md "UUIDs as 16 bytes"), 20 bytes fewer than the text in every row and index cell.
using UuidBytes = std::array<std::uint8_t, 16>;

// The 16 bytes of a UUID written as its 36 characters (hex digits of either case, dashes at 8, 13, 18 and 23);
// nullopt for anything else.
[[nodiscard]] std::optional<UuidBytes> uuidBytes(std::string_view text) noexcept;
[[nodiscard]] std::optional<UuidBytes> uuidBytes(const QString& text);

// The 36 lower-case characters of a UUID's 16 bytes; an empty string when `bytes` is not 16 long.
[[nodiscard]] QString uuidText(std::span<const std::uint8_t> bytes);

} // namespace dc::core
