// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// The platform part of password prompts.
#include "app/cli/PasswordInput.h"

#include <QtGlobal>

#if defined(Q_OS_UNIX)
#include <termios.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <io.h>
#include <windows.h>
#endif

namespace dc::app::cli {

bool stdinIsTerminal() {
#if defined(Q_OS_UNIX)
    return isatty(STDIN_FILENO) == 1;
#elif defined(Q_OS_WIN)
    return _isatty(_fileno(stdin)) != 0;
#else
    return false;
#endif
}

void setTerminalEcho(bool on) {
#if defined(Q_OS_UNIX)
    termios settings{};
    if (tcgetattr(STDIN_FILENO, &settings) != 0) {
        return;
    }
    if (on) {
        settings.c_lflag |= ECHO;
    } else {
        settings.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    }
    tcsetattr(STDIN_FILENO, TCSANOW, &settings);
#elif defined(Q_OS_WIN)
    HANDLE input = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    if (GetConsoleMode(input, &mode)) {
        SetConsoleMode(input, on ? (mode | ENABLE_ECHO_INPUT) : (mode & ~static_cast<DWORD>(ENABLE_ECHO_INPUT)));
    }
#else
    Q_UNUSED(on);
#endif
}

} // namespace dc::app::cli
