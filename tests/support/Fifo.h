// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include <QFile>
#include <QString>

#include <sys/stat.h>

#include <chrono>
#include <future>
#include <utility>

namespace dc::test {

// Makes a FIFO at `path` that no writer opens, and calls `read(path)` on a thread. Answers what it returned, or nothing
// when it was still waiting after 10 seconds (then the FIFO is opened for writing once, so that the reader ends and
// the test can fail instead of hanging). For the readers of files from outside, which must refuse a FIFO at once.
template <typename Read> auto readOfAFifo(const QString& path, Read read) -> std::optional<decltype(read(path))> {
    if (::mkfifo(QFile::encodeName(path).constData(), 0600) != 0) {
        return std::nullopt;
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
