#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#
# Renders the GUI offscreen in demo mode, in Vietnamese, and saves PNGs of its main screens into
# docs/screenshots/: the sign-in page, a wrong-password message, the recovery form, the supervisor's home page, the
# pair's screens, the supervisor's review queue, spot-checks, reports (with their charts), day close (and the bundle's
# file dialog) and administration
# (accounts, books, a re-key's code), the new-site page, the entry the supervisor returned on the pair's book
# picker, and the province hub's board, chart, commune page, volunteers' quota board, registration form and judging
# (hub-*.png; the judging at 1366x768 too, hub-awards-1366x768.png), and the error map of the national database on a
# hub of its own (hub-errormap*.png; at 1366x768 too, hub-errormap-1366x768.png), and the training day on the local
# training site (training-*.png: its sign-in page, the logging screen with the entry's two sides, an illegible entry,
# the pair's score and the trainer's board; the logging screen at 1366x768 too, training-logging-1366x768.png).
# The tool (tests/gui/ScreenshotTool.cpp) drives the real window with key presses; its demo site and settings
# live in a temporary folder. No display is needed.
#
#   scripts/screenshots.sh [BUILD_DIR] [OUT_DIR] [WIDTHxHEIGHT]
#
# BUILD_DIR defaults to build/ in the source tree (configured if needed), OUT_DIR to docs/screenshots/, the size to
# 1024x700 (the smallest screen the program is made for). The committed screenshots are the 1024x700 ones; render
# 1366x768 into a scratch folder to look at the common laptop screen:
#   scripts/screenshots.sh build /tmp/shots-1366 1366x768
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$top/build}

if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S "$top" -B "$build" -G Ninja
fi
cmake --build "$build" --target doichieu-screenshot

out=${2:-$top/docs/screenshots}
size=${3:-1024x700}
mkdir -p "$out"
runtime=$(mktemp -d)
trap 'rm -rf "$runtime"' EXIT
XDG_RUNTIME_DIR=$runtime QT_QPA_PLATFORM=offscreen QT_QUICK_BACKEND=software LC_ALL=C.UTF-8 \
    "$build/tests/gui/doichieu-screenshot" "$out" "$size"
# The province hub's pages (hub-*.png), on a hub made for the purpose (tests/support/HubFixture).
XDG_RUNTIME_DIR=$runtime QT_QPA_PLATFORM=offscreen QT_QUICK_BACKEND=software LC_ALL=C.UTF-8 \
    "$build/tests/gui/doichieu-screenshot" "$out" "$size" hub
# The judging page (issue 15) at the common laptop screen as well: its two columns are the widest of the hub's pages.
if [ "$size" = 1024x700 ]; then
    wide=$runtime/wide
    XDG_RUNTIME_DIR=$runtime QT_QPA_PLATFORM=offscreen QT_QUICK_BACKEND=software LC_ALL=C.UTF-8 \
        "$build/tests/gui/doichieu-screenshot" "$wide" 1366x768 hub
    cp "$wide/hub-awards.png" "$out/hub-awards-1366x768.png"
fi
# The error map (issue 16), on a hub that imported real bundles of four communes (tests/support/ErrorMapFixture).
XDG_RUNTIME_DIR=$runtime QT_QPA_PLATFORM=offscreen QT_QUICK_BACKEND=software LC_ALL=C.UTF-8 \
    "$build/tests/gui/doichieu-screenshot" "$out" "$size" errormap
if [ "$size" = 1024x700 ]; then
    wide=$runtime/wide-map
    XDG_RUNTIME_DIR=$runtime QT_QPA_PLATFORM=offscreen QT_QUICK_BACKEND=software LC_ALL=C.UTF-8 \
        "$build/tests/gui/doichieu-screenshot" "$wide" 1366x768 errormap
    cp "$wide/hub-errormap.png" "$out/hub-errormap-1366x768.png"
fi
# The training day (issue 18) on the local training site, as `doichieu --training` opens it.
XDG_RUNTIME_DIR=$runtime QT_QPA_PLATFORM=offscreen QT_QUICK_BACKEND=software LC_ALL=C.UTF-8 \
    "$build/tests/gui/doichieu-screenshot" "$out" "$size" training
if [ "$size" = 1024x700 ]; then
    wide=$runtime/wide-training
    XDG_RUNTIME_DIR=$runtime QT_QPA_PLATFORM=offscreen QT_QUICK_BACKEND=software LC_ALL=C.UTF-8 \
        "$build/tests/gui/doichieu-screenshot" "$wide" 1366x768 training
    cp "$wide/training-logging.png" "$out/training-logging-1366x768.png"
fi
