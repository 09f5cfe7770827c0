#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#
# Builds Đối Chiếu and starts it on the demo site (created on first start; its accounts are listed on the
# sign-in screen). Arguments are passed on to the program, e.g. --lang en.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
build=${DOICHIEU_BUILD_DIR:-$top/build}

"$top/scripts/build.sh" doichieu
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "run-demo: no display found; starting without a window (QT_QPA_PLATFORM=offscreen)." >&2
    echo "run-demo: to see it, run under Xvfb: xvfb-run -a $0   or look at scripts/screenshots.sh" >&2
    export QT_QPA_PLATFORM=offscreen
fi
exec "$build/app/gui/doichieu" --demo "$@"
