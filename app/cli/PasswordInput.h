// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "crypto/SecureBuffer.h"

#include <QString>

#include <optional>

namespace dc::app::cli {

// Passwords and recovery codes come from the terminal (echo off) or, with --password-stdin, from standard
// input one per line, in the order the command asks for them. Never from arguments or the environment.
// Lines are read straight into secure memory.
class PasswordInput {
public:
    explicit PasswordInput(bool fromStdin) : m_fromStdin(fromStdin) {}

    // nullopt with `error` set when there is nothing to read (end of input, no terminal).
    [[nodiscard]] std::optional<crypto::SecureBuffer> read(const QString& prompt, QString& error);
    // A new password: asked twice on a terminal (they must match), once from standard input.
    [[nodiscard]] std::optional<crypto::SecureBuffer> readNew(const QString& prompt, QString& error);

private:
    bool m_fromStdin;
    int m_linesRead = 0;
};

// Terminal echo, switched off while a password is typed (TerminalEcho.cpp, the platform part).
[[nodiscard]] bool stdinIsTerminal();
void setTerminalEcho(bool on);

} // namespace dc::app::cli
