#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#
# scripts/package-deb.sh [BUILD_DIR] — the Debian package of Đối Chiếu (issue 17 part 7): configures BUILD_DIR
# (default: build-deb, a Release build without tests; an existing build folder such as ./build keeps its own settings)
# for an install under /usr with the package's rules (-DDOICHIEU_PACKAGE=ON),
# builds the two programs and their man pages, and runs CPack (cmake/Packaging.cmake). Prints the .deb's path and
# what dpkg says it holds. Needs dpkg-dev (dpkg-shlibdeps computes the libraries' packages) and what
# scripts/setup-deps.sh installs. Not part of the test run; scripts/chroot-test.sh installs the result.
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-"$root/build-deb"}
jobs=${JOBS:-2}

for tool in cmake ninja cpack dpkg-shlibdeps dpkg-deb gzip; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "package-deb: $tool is missing (apt-get install cmake ninja-build dpkg-dev gzip)" >&2
        exit 1
    fi
done

launcher=""
if command -v ccache >/dev/null 2>&1; then
    launcher="-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache"
fi
if [ -f "$build/CMakeCache.txt" ]; then
    # An existing build folder (./build) keeps its type and tests: only the package's rules are switched on, so that
    # nothing already built is built again.
    cmake -S "$root" -B "$build" -DCMAKE_INSTALL_PREFIX=/usr -DDOICHIEU_PACKAGE=ON >/dev/null
else
    # shellcheck disable=SC2086 # the launcher options are two words on purpose
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr \
        -DDOICHIEU_PACKAGE=ON -DDOICHIEU_BUILD_TESTS=OFF $launcher >/dev/null
fi
ninja -C "$build" -j "$jobs" doichieu doichieu-admin doichieu-xls manpages changelog
(cd "$build" && cpack -G DEB >/dev/null)

deb=$(find "$build" -maxdepth 1 -name 'doichieu_*.deb' -newer "$build/CMakeCache.txt" | head -n 1)
if [ -z "$deb" ]; then
    echo "package-deb: CPack made no package" >&2
    exit 1
fi
echo "package-deb: $deb"
dpkg-deb --field "$deb" Package Version Architecture Depends
dpkg-deb --contents "$deb" | awk '{print $NF}' | grep -v '/$'
# lintian, when installed (apt-get install lintian): what Debian's checker says, printed, never a failure here — the
# package is built by CPack, not by debhelper; the one tag known and kept is the placeholder maintainer address.
if command -v lintian >/dev/null 2>&1; then
    echo "package-deb: lintian"
    lintian --tag-display-limit 0 "$deb" || true
fi
