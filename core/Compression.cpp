// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/Compression.h"

#include <zstd.h>

#include <limits>
#include <new>

namespace dc::core {

QByteArray zstdCompress(std::span<const std::uint8_t> data, int level) {
    const std::size_t bound = ZSTD_compressBound(data.size());
    if (ZSTD_isError(bound) != 0 || bound > static_cast<std::size_t>(std::numeric_limits<qsizetype>::max())) {
        throw std::bad_alloc();
    }
    QByteArray frame(static_cast<qsizetype>(bound), Qt::Uninitialized);
    const std::size_t written =
        ZSTD_compress(frame.data(), static_cast<std::size_t>(frame.size()), data.data(), data.size(), level);
    if (ZSTD_isError(written) != 0) {
        throw std::bad_alloc(); // the destination is ZSTD_compressBound: only the library's own allocation can fail
    }
    frame.resize(static_cast<qsizetype>(written));
    return frame;
}

std::optional<std::size_t> zstdContentSize(std::span<const std::uint8_t> frame, std::uint64_t maxSize) {
    // A skippable frame (another magic number) would state no content and decompress to nothing: not one of ours.
    if (frame.size() < 4 || (std::uint32_t{frame[0]} | std::uint32_t{frame[1]} << 8 | std::uint32_t{frame[2]} << 16 |
                             std::uint32_t{frame[3]} << 24) != ZSTD_MAGICNUMBER) {
        return std::nullopt;
    }
    const unsigned long long size = ZSTD_getFrameContentSize(frame.data(), frame.size());
    if (size == ZSTD_CONTENTSIZE_UNKNOWN || size == ZSTD_CONTENTSIZE_ERROR || size > maxSize ||
        ZSTD_findFrameCompressedSize(frame.data(), frame.size()) != frame.size()) {
        return std::nullopt;
    }
    return static_cast<std::size_t>(size);
}

bool zstdDecompress(std::span<const std::uint8_t> frame, std::span<std::uint8_t> out) {
    const std::size_t got = ZSTD_decompress(out.data(), out.size(), frame.data(), frame.size());
    return ZSTD_isError(got) == 0 && got == out.size();
}

} // namespace dc::core
