#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#
# scripts/chroot-test.sh DEB [MIRROR] — installs the package scripts/package-deb.sh made in a fresh Debian 12 chroot
# (debootstrap, minbase) with bookworm-backports for SQLCipher 4.6.1, then starts both programs: `doichieu-admin
# --help`, `doichieu-admin help wipe`, a throw-away site made with `doichieu-admin init` and checked with `check`, and
# the desktop program offscreen on its demo site for 20 seconds (it must still be running when the time is up, with no
# QML module missing). Proves that the package's Depends are enough on a machine that never built anything. Needs
# root, debootstrap and a Debian mirror (MIRROR, default: the one this machine's apt uses, else deb.debian.org). Not
# in the default test run; exits 0 when every step passed.
set -eu

if [ $# -lt 1 ] || [ ! -f "$1" ]; then
    echo "usage: scripts/chroot-test.sh DEB [MIRROR]" >&2
    exit 2
fi
if [ "$(id -u)" -ne 0 ]; then
    echo "chroot-test: run as root (debootstrap and chroot)" >&2
    exit 1
fi
if ! command -v debootstrap >/dev/null 2>&1; then
    echo "chroot-test: debootstrap is missing (apt-get install debootstrap)" >&2
    exit 1
fi
deb=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
here=$(cd "$(dirname "$0")" && pwd)
mirror=${2:-}
if [ -z "$mirror" ]; then
    # shellcheck source=scripts/debian-mirror.sh
    . "$here/debian-mirror.sh"
    mirror=$(debian_mirror /etc/apt bookworm || echo http://deb.debian.org/debian)
fi

target=$(mktemp -d /tmp/doichieu-chroot.XXXXXX)
cleanup() {
    for m in proc dev/pts dev sys; do
        umount "$target/$m" 2>/dev/null || true
    done
    rm -rf "$target"
}
trap cleanup EXIT INT TERM

echo "chroot-test: debootstrap bookworm from $mirror into $target"
debootstrap --variant=minbase bookworm "$target" "$mirror" >/dev/null
echo "deb $mirror bookworm-backports main" >"$target/etc/apt/sources.list.d/backports.list"
mount -t proc proc "$target/proc"
mount --bind /dev "$target/dev"
mount --bind /dev/pts "$target/dev/pts"
mount -t sysfs sys "$target/sys"
cp "$deb" "$target/tmp/doichieu.deb"

run() {
    chroot "$target" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"
}
run apt-get update -qq
# The package names libsqlcipher1 (>= 4.6) through dpkg-shlibdeps: apt takes it from backports only when asked.
run apt-get install -y -qq -t bookworm-backports libsqlcipher1 >/dev/null
run apt-get install -y -qq /tmp/doichieu.deb >/dev/null

echo "chroot-test: doichieu-admin --help"
run doichieu-admin --help >/dev/null
run doichieu-admin help wipe | grep -q "wipe"
test -f "$target/usr/share/man/man1/doichieu-admin.1.gz"
test -f "$target/usr/share/man/man1/doichieu.1.gz"
test -f "$target/usr/share/applications/doichieu.desktop"
test -f "$target/usr/share/icons/hicolor/scalable/apps/doichieu.svg"
test -f "$target/usr/share/doc/doichieu/copyright"
test -x "$target/usr/libexec/doichieu/doichieu-xls" # the XLS reader process (core/sheets/XlsReaderMain.cpp)

echo "chroot-test: doichieu-admin init and check"
printf '%s\n' "song-sai-gon-chay-mai-7" |
    run doichieu-admin init --db /tmp/xa.db --site "Thanh An" --admin giamsat --kdf minimum --password-stdin >/dev/null
printf '%s\n' "song-sai-gon-chay-mai-7" |
    run doichieu-admin check --db /tmp/xa.db --user giamsat --password-stdin >/dev/null

echo "chroot-test: doichieu offscreen, 20 seconds on the demo site"
status=0
run /usr/bin/env QT_QPA_PLATFORM=offscreen timeout 20 doichieu --demo >"$target/tmp/gui.log" 2>&1 || status=$?
if [ "$status" -ne 124 ]; then
    echo "chroot-test: doichieu exited with $status before its time was up:" >&2
    cat "$target/tmp/gui.log" >&2
    exit 1
fi
if grep -E "is not installed|module .* not found|failed to load component|QQmlApplicationEngine failed" \
    "$target/tmp/gui.log" >&2; then
    echo "chroot-test: the desktop program is missing a QML module" >&2
    exit 1
fi
echo "chroot-test: passed"
