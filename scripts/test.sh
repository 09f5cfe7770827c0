#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#
# Builds everything and runs every test (GoogleTest, Qt Quick Test, CLI and layering tests), offscreen.
# Exits non-zero when any test fails.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
build=${DOICHIEU_BUILD_DIR:-$top/build}

"$top/scripts/build.sh"
cd "$build"
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 600 -j "$(nproc)"
