#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#
# Builds everything and runs every test (GoogleTest, Qt Quick Test, CLI, layering and style checks), offscreen.
# Exits non-zero when any test fails.
#   --long   also registers and runs the exhaustive tests (CTest label `long`: a thousand kills and more);
#            the build is configured with -DDOICHIEU_LONG_TESTS=ON, and a later plain run turns it off again.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
build=${DOICHIEU_BUILD_DIR:-$top/build}
long=OFF
if [ "${1:-}" = "--long" ]; then
    long=ON
fi

"$top/scripts/build.sh"
# Registering (or dropping) the long tests is a configure option; re-run CMake only when it changes.
if ! grep -qs "^DOICHIEU_LONG_TESTS:BOOL=$long\$" "$build/CMakeCache.txt"; then
    cmake -S "$top" -B "$build" -DDOICHIEU_LONG_TESTS=$long >/dev/null
    cmake --build "$build"
fi
cd "$build"
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 600 -j "$(nproc)"
