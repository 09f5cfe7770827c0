#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#
# Installs what the build and the tests need on Debian 12 (bookworm), with apt only.
# Idempotent and quick when everything is there: it asks dpkg first and calls apt only for what is missing.
# Works as root (no sudo needed) and as a user who may use sudo.
set -eu

# SQLCipher 4.6.1 is only in bookworm-backports; bookworm itself ships 3.4.1, which we refuse.
BACKPORTS_PACKAGES="libsqlcipher-dev"
PACKAGES="g++ cmake ninja-build pkg-config
  qt6-base-dev qt6-declarative-dev qt6-declarative-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-qpa-plugins qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts
  qml6-module-qtquick-templates qml6-module-qtquick-window qml6-module-qtqml-workerscript
  qml6-module-qtquick-dialogs qml6-module-qt-labs-folderlistmodel qml6-module-qtcore qml6-module-qtqml
  qml6-module-qttest
  qt6-charts-dev qml6-module-qtcharts
  libbotan-2-dev libzxcvbn-dev libgtest-dev libbenchmark-dev fonts-dejavu-core
  libxlsxwriter-dev libcairo2-dev poppler-utils unzip clang-format-14
  coinor-libcbc-dev liblemon-dev libzip-dev libfreexl-dev libzstd-dev"

missing=""
for p in $PACKAGES $BACKPORTS_PACKAGES; do
    status=$(dpkg-query -W -f='${db:Status-Abbrev}' "$p" 2>/dev/null || true)
    case "$status" in ii*) ;; *) missing="$missing $p" ;; esac
done
sqlcipher_version=$(dpkg-query -W -f='${Version}' libsqlcipher-dev 2>/dev/null || true)
case "$sqlcipher_version:$missing" in
    4.*) ;;
    *" libsqlcipher-dev"*) ;;
    *) missing="$missing libsqlcipher-dev" ;;
esac

if [ -z "$missing" ]; then
    exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
    SUDO=""
elif command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
else
    echo "setup-deps: missing packages:$missing" >&2
    echo "setup-deps: run this script as root or install sudo" >&2
    exit 1
fi

. /etc/os-release
if [ "${VERSION_CODENAME:-}" != "bookworm" ]; then
    echo "setup-deps: this script is for Debian 12 (bookworm); found '${PRETTY_NAME:-unknown}'" >&2
    exit 1
fi

if ! grep -rqs "bookworm-backports" /etc/apt/sources.list /etc/apt/sources.list.d/; then
    # The same archive apt already uses for bookworm (a local mirror or proxy keeps working): scripts/debian-mirror.sh.
    . "$(dirname "$0")/debian-mirror.sh"
    if mirror=$(debian_mirror /etc/apt bookworm); then
        echo "setup-deps: adding the bookworm-backports source (for SQLCipher 4.6.1) from $mirror"
    else
        mirror="http://deb.debian.org/debian"
        echo "setup-deps: no Debian bookworm source found in /etc/apt/sources.list or /etc/apt/sources.list.d/;" >&2
        echo "setup-deps: adding bookworm-backports from $mirror (edit /etc/apt/sources.list.d/bookworm-backports.sources" >&2
        echo "setup-deps: to use your own mirror)" >&2
    fi
    backports_source "$mirror" | $SUDO tee /etc/apt/sources.list.d/bookworm-backports.sources >/dev/null
fi

echo "setup-deps: installing:$missing"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends $PACKAGES
$SUDO apt-get install -y -q --no-install-recommends -t bookworm-backports $BACKPORTS_PACKAGES
