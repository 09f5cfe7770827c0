// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include <QFile>
#include <QString>

#include <sys/stat.h>

#include <chrono>
#include <future>
#include <optional>
#include <stdexcept>

namespace dc::test {

// Makes a FIFO at `path` (mode 0600); false when it cannot. For the readers and writers of files from outside, which
// must neither wait on one nor replace one.
[[nodiscard]] inline bool makeFifo(const QString& path) {
    return ::mkfifo(QFile::encodeName(path).constData(), 0600) == 0;
}

// Whether `path` is (still) a FIFO, not followed if it is a link.
[[nodiscard]] inline bool isFifo(const QString& path) {
    struct stat st {};
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 && S_ISFIFO(st.st_mode);
}

// Makes a FIFO at `path` that no writer opens, and calls `read(path)` on a thread. Answers what it returned, or nothing
// when it was still waiting after 10 seconds (then the FIFO is opened for writing once, so that the reader ends and
// the test can fail instead of hanging). Throws when the FIFO cannot be made, which GoogleTest reports as a failure.
template <typename Read> auto readOfAFifo(const QString& path, Read read) -> std::optional<decltype(read(path))> {
    if (!makeFifo(path)) {
        throw std::runtime_error("cannot make a FIFO for the test");
    }
    auto reading = std::async(std::launch::async, [&] { return read(path); });
    if (reading.wait_for(std::chrono::seconds(10)) != std::future_status::ready) {
        QFile writer(path);
        (void)writer.open(QIODevice::WriteOnly);
        (void)reading.get();
        return std::nullopt;
    }
    return reading.get();
}

} // namespace dc::test
