// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>

namespace dc::core {

// Zstandard frames (RFC 8878), for what the project compresses: the hub's chain blocks (docs/HUB.md "The chain in
// blocks") and a bundle's payload ("Bundles"). One frame that states its content's size; a reader bounds that size
// before it allocates anything and requires the frame to fill its input exactly.

// A frame of `data` at `level` (Zstandard's levels: the project uses 1); throws std::bad_alloc in the only way
// compressing into a buffer of ZSTD_compressBound can fail.
[[nodiscard]] QByteArray zstdCompress(std::span<const std::uint8_t> data, int level);
// The content size `frame` states, when it is exactly one Zstandard frame (its magic number first — not a skippable
// frame —, nothing after it), states its size, and that size is at most `maxSize`; nullopt otherwise (read from the
// frame's header: nothing is decompressed).
[[nodiscard]] std::optional<std::size_t> zstdContentSize(std::span<const std::uint8_t> frame, std::uint64_t maxSize);
// Decompresses `frame` into `out`, whose size zstdContentSize gave: false unless the frame is sound and gives exactly
// out.size() bytes (out's content is then unspecified; the caller discards it).
[[nodiscard]] bool zstdDecompress(std::span<const std::uint8_t> frame, std::span<std::uint8_t> out);

} // namespace dc::core
