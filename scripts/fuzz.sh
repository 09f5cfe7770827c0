#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#
# Fuzzes one target of tests/fuzz with libFuzzer (tests/fuzz/README.md):
#   scripts/fuzz.sh TARGET SECONDS      e.g. scripts/fuzz.sh keyring 120
#   scripts/fuzz.sh --list              the targets
# Builds the target with Debian's clang (clang-14) and -fsanitize=fuzzer,address,undefined in a build folder of its
# own (build-fuzz/, or $DOICHIEU_FUZZ_BUILD_DIR), the libraries under it built with the same sanitizers
# (fuzzer-no-link), then runs it for SECONDS on a copy of the committed corpus (tests/fuzz/corpus/TARGET), so the
# committed files change only when you copy new ones in. A crash, a leak, undefined behaviour or a timeout stops the
# run; the input that caused it is saved in build-fuzz/findings/TARGET/ and its path printed. Exits non-zero then.
# Not part of the test run; the default run replays the committed corpora (`ctest -R Fuzz`).
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
build=${DOICHIEU_FUZZ_BUILD_DIR:-$top/build-fuzz}
targets=$(sed -n '/^set(DOICHIEU_FUZZ_TARGETS/,/)/p' "$top/tests/fuzz/CMakeLists.txt" |
    grep -o '^ *[a-z_]* [A-Za-z]*Fuzz\.cpp' | awk '{print $1}')

usage() {
    echo "usage: $0 TARGET SECONDS    (targets: $(echo $targets))" >&2
    exit 2
}
if [ "${1:-}" = "--list" ]; then
    echo "$targets"
    exit 0
fi
[ $# -eq 2 ] || usage
target=$1
seconds=$2
echo "$targets" | grep -qx "$target" || usage
case $seconds in '' | *[!0-9]*) usage ;; esac

CC=${CC:-clang-14}
CXX=${CXX:-clang++-14}
command -v "$CXX" >/dev/null || { echo "$0: $CXX not found (apt install clang-14)" >&2; exit 1; }
flags="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer -g"
if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S "$top" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_C_COMPILER="$CC" -DCMAKE_CXX_COMPILER="$CXX" \
        -DCMAKE_C_FLAGS="$flags" -DCMAKE_CXX_FLAGS="$flags" \
        -DDOICHIEU_BUILD_TESTS=OFF -DDOICHIEU_FUZZ=ON \
        $(command -v ccache >/dev/null && echo -DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
fi
cmake --build "$build" --target "fuzz_$target" -- -j "${DOICHIEU_FUZZ_JOBS:-2}"

work="$build/corpus/$target"
findings="$build/findings/$target"
mkdir -p "$work" "$findings"
cp -n "$top/tests/fuzz/corpus/$target"/* "$work/" 2>/dev/null || true
echo "fuzzing $target for $seconds s on $work (new inputs land there; crashes in $findings/)"
status=0
(cd "$findings" &&
    UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 ASAN_OPTIONS=detect_leaks=1 \
        "$build/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -max_len=65536 -print_final_stats=1 -artifact_prefix="$findings/" "$work") || status=$?
if ls "$findings"/crash-* "$findings"/leak-* "$findings"/timeout-* "$findings"/oom-* >/dev/null 2>&1; then
    echo "inputs that failed $target (replay one with: $build/tests/fuzz/fuzz_$target FILE):"
    ls -1 "$findings"/crash-* "$findings"/leak-* "$findings"/timeout-* "$findings"/oom-* 2>/dev/null
fi
exit $status
