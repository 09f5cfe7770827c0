#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#
# CTest setup_deps_mirror: scripts/debian-mirror.sh finds the archive apt already uses, on sample /etc/apt folders
# (tests/cli/mirror/CASE: sources.list, sources.list.d/, and `expected`, the address it must print; no `expected`:
# none may be found). apt is never run.
# usage: MirrorTest.sh SCRIPTS_DIR FIXTURES_DIR
set -u
. "$1/debian-mirror.sh"
failures=0
cases=0
for case in "$2"/*/; do
    case=${case%/}
    cases=$((cases + 1))
    name=$(basename "$case")
    found=$(debian_mirror "$case" bookworm)
    status=$?
    if [ -f "$case/expected" ]; then
        expected=$(cat "$case/expected")
        if [ "$status" -ne 0 ] || [ "$found" != "$expected" ]; then
            echo "FAIL $name: expected '$expected', got '$found' (status $status)"
            failures=$((failures + 1))
        fi
    elif [ "$status" -eq 0 ] || [ -n "$found" ]; then
        echo "FAIL $name: expected no source, got '$found' (status $status)"
        failures=$((failures + 1))
    fi
done
# The stanza setup-deps.sh writes carries the address found, and no other.
stanza=$(backports_source "http://10.20.0.5:3142/debian")
expected_stanza="Types: deb
URIs: http://10.20.0.5:3142/debian
Suites: bookworm-backports
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg"
if [ "$stanza" != "$expected_stanza" ]; then
    echo "FAIL backports_source: got:"
    echo "$stanza"
    failures=$((failures + 1))
fi
# setup-deps.sh writes no address of its own except its announced fallback.
if grep -n 'http' "$1/setup-deps.sh" | grep -v 'mirror="http://deb.debian.org/debian"' | grep -q .; then
    echo "FAIL setup-deps.sh names an address besides its fallback"
    failures=$((failures + 1))
fi
if [ "$cases" -lt 5 ]; then
    echo "FAIL only $cases sample folders found in $2"
    failures=$((failures + 1))
fi
echo "$cases sample folders, $failures failures"
[ "$failures" -eq 0 ]
