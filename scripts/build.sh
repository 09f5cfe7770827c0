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
    cmake -S "$top" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
if [ "$#" -gt 0 ]; then
    cmake --build "$build" --target "$@"
else
    cmake --build "$build"
fi
