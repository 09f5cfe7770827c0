// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "app/cli/PasswordInput.h"

#include "crypto/ConstantTime.h"

#include <cstdio>

namespace dc::app::cli {

namespace {

constexpr std::size_t kMaxLine = 4096;

// Reads one line from standard input into secure memory, without the line ending. nullopt at end of input.
std::optional<crypto::SecureBuffer> readLine() {
    crypto::SecureBuffer line;
    bool any = false;
    for (;;) {
        const int c = std::fgetc(stdin);
        if (c == EOF) {
            break;
        }
        any = true;
        if (c == '\n') {
            break;
        }
        if (line.size() < kMaxLine) {
            const std::uint8_t byte = static_cast<std::uint8_t>(c);
            line.append(std::span<const std::uint8_t>(&byte, 1));
        }
    }
    if (!any) {
        return std::nullopt;
    }
    if (!line.empty() && line.data()[line.size() - 1] == '\r') {
        crypto::SecureBuffer trimmed =
            crypto::SecureBuffer::copyOf(std::span<const std::uint8_t>(line.data(), line.size() - 1));
        return trimmed;
    }
    return line;
}

} // namespace

std::optional<crypto::SecureBuffer> PasswordInput::read(const QString& prompt, QString& error) {
    if (m_fromStdin) {
        ++m_linesRead;
        auto line = readLine();
        if (!line) {
            error = QStringLiteral("expected %1 on line %2 of standard input").arg(prompt.toLower()).arg(m_linesRead);
        }
        return line;
    }
    if (!stdinIsTerminal()) {
        error = QStringLiteral("no terminal to ask for %1; use --password-stdin").arg(prompt.toLower());
        return std::nullopt;
    }
    std::fprintf(stderr, "%s: ", prompt.toLocal8Bit().constData());
    std::fflush(stderr);
    setTerminalEcho(false);
    auto line = readLine();
    setTerminalEcho(true);
    std::fputc('\n', stderr);
    if (!line) {
        error = QStringLiteral("no %1 was typed").arg(prompt.toLower());
    }
    return line;
}

std::optional<crypto::SecureBuffer> PasswordInput::readNew(const QString& prompt, QString& error) {
    auto first = read(prompt, error);
    if (!first || m_fromStdin) {
        return first;
    }
    auto second = read(QStringLiteral("Repeat %1").arg(prompt.toLower()), error);
    if (!second) {
        return std::nullopt;
    }
    if (!crypto::constantTimeEqual(first->bytes(), second->bytes())) {
        error = QStringLiteral("the two passwords differ");
        return std::nullopt;
    }
    return first;
}

} // namespace dc::app::cli
