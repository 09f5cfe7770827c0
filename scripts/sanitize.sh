#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#
# The unit tests under AddressSanitizer and UndefinedBehaviorSanitizer (tests/fuzz/README.md), in a build folder of
# their own (build-asan/, or $DOICHIEU_ASAN_BUILD_DIR), with g++ (or $CXX). Not part of the default test run: a full
# build and run take long on a small machine.
#   scripts/sanitize.sh                     every GoogleTest executable, then the whole of ctest
#   scripts/sanitize.sh TARGET...           only these test executables, e.g. crypto_tests domain_tests, each run
#                                           whole (GoogleTest) under the sanitizers
#   scripts/sanitize.sh gui                 the Qt Quick tests (gui_tst_*) and the GUI's view-model tests. The Qt
#                                           Quick tests run without leak detection: Qt Quick's software scene graph
#                                           leaks its own textures, and the stacks that would let lsan.supp name them
#                                           need full unwinding (Qt has no frame pointers), which slows the GUI
#                                           enough to upset the tests that time a worker. `DOICHIEU_GUI_LEAKS=1`
#                                           checks leaks there too, with full unwinding.
# Any error report stops the test that made it (halt_on_error, -fno-sanitize-recover) and the script exits non-zero.
# Leak detection is on; Qt and Botan's own allocations that live until exit are not leaks LeakSanitizer reports.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
build=${DOICHIEU_ASAN_BUILD_DIR:-$top/build-asan}
jobs=${DOICHIEU_ASAN_JOBS:-2}
flags="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer -g"
if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S "$top" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_C_FLAGS="$flags" -DCMAKE_CXX_FLAGS="$flags" \
        -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" \
        $(command -v ccache >/dev/null && echo -DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
fi
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:halt_on_error=1:abort_on_error=1:detect_stack_use_after_return=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
# fontconfig's own caches, which live until exit (scripts/lsan.supp says why)
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$top/scripts/lsan.supp}
export QT_QPA_PLATFORM=offscreen QT_QUICK_BACKEND=software

gui_tests() {
    cmake --build "$build" --target doichieu-quicktests doichieu-errorrate-tests doichieu-training-gui-tests \
        -- -j "$jobs"
    if [ "${DOICHIEU_GUI_LEAKS:-0}" = 1 ]; then
        quick="$ASAN_OPTIONS:fast_unwind_on_malloc=0"
    else
        quick="$ASAN_OPTIONS:detect_leaks=0"
    fi
    (cd "$build" && ASAN_OPTIONS="$quick" ctest --output-on-failure --timeout 1800 -j 1 -R '^gui_tst_')
    for exe in doichieu-errorrate-tests doichieu-training-gui-tests; do
        echo "== $exe under ASan + UBSan"
        (cd "$(mktemp -d)" && "$build/tests/gui/$exe")
    done
}
if [ $# -eq 1 ] && [ "$1" = gui ]; then
    gui_tests
    exit 0
fi
if [ $# -eq 0 ]; then
    cmake --build "$build" -- -j "$jobs"
    (cd "$build" && ctest --output-on-failure --timeout 1800 -j 1 -E '^gui_tst_')
    gui_tests
    exit 0
fi
status=0
for target in "$@"; do
    cmake --build "$build" --target "$target" -- -j "$jobs"
    exe=$(find "$build/tests" -type f -name "$target" -perm -u+x | head -n 1)
    [ -n "$exe" ] || { echo "$0: no executable $target under $build/tests" >&2; exit 2; }
    echo "== $target under ASan + UBSan"
    (cd "$(mktemp -d)" && "$exe") || { status=$?; echo "== $target FAILED ($status)"; }
done
exit $status
