#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#
# Builds and runs the benchmarks; the figures go into README.md's performance table.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
build=${DOICHIEU_BUILD_DIR:-$top/build}
"$top/scripts/build.sh" doichieu-bench
exec "$build/tests/bench/doichieu-bench" "$@"
