#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#
# Installs what is missing (scripts/setup-deps.sh), configures and builds into ./build (or $DOICHIEU_BUILD_DIR).
# Extra arguments are build targets; none builds everything.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
build=${DOICHIEU_BUILD_DIR:-$top/build}

"$top/scripts/setup-deps.sh"
if [ ! -f "$build/build.ninja" ]; then
    # ccache, when the machine has it (apt-get install ccache; not required): a clean clone then compiles only what
    # changed since the cache last saw it, which on two cores is most of the test command's time.
    launcher=""
    if command -v ccache >/dev/null 2>&1; then
        launcher="-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache"
    fi
    # shellcheck disable=SC2086 # the launcher options are two words on purpose
    cmake -S "$top" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo $launcher
fi
if [ "$#" -gt 0 ]; then
    cmake --build "$build" --target "$@"
else
    cmake --build "$build"
fi
