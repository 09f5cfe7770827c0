// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// The only POSIX-specific file of app/ (process limits and signals).
#include "app/common/Startup.h"

#include "crypto/SelfTest.h"

#include <QtGlobal>

#if defined(Q_OS_UNIX)
#include <csignal>
#include <sys/resource.h>
#endif
#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#endif

namespace dc::app {

QString prepareProcess() {
#if defined(Q_OS_UNIX)
    // A core file would hold the database key and whatever citizen data was on screen.
    struct rlimit none {};
    setrlimit(RLIMIT_CORE, &none);
    // Exceeding a file-size limit must fail the write (EFBIG, reported as a disk error), not kill the
    // process half-way through a file.
    std::signal(SIGXFSZ, SIG_IGN);
#endif
#if defined(Q_OS_LINUX)
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
    const std::string failed = crypto::runSelfTest();
    if (!failed.empty()) {
        return QStringLiteral("cryptographic self-test failed: %1").arg(QString::fromStdString(failed));
    }
    return {};
}

} // namespace dc::app
