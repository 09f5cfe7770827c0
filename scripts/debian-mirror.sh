# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#
# debian_mirror APT_DIR CODENAME — prints the address of the Debian archive this machine's apt already uses for
# CODENAME (e.g. bookworm), so that a source added beside it (bookworm-backports) goes to the same place: the
# office's own mirror, an apt-cacher-ng proxy (http://proxy:3142/debian), a mirror+file: list, or deb.debian.org.
# Prints nothing and returns 1 when there is no such source. Sourced by setup-deps.sh; tested on sample files by
# tests/cli/MirrorTest.sh (CTest setup_deps_mirror), never runs apt.
#
# Read as apt reads them: APT_DIR/sources.list, then APT_DIR/sources.list.d/* in name order, *.list in the one-line
# form ("deb [signed-by=...] URL SUITE COMPONENTS...") and *.sources in deb822 stanzas ("Types:", "URIs:", "Suites:",
# "Components:", "Signed-By:", "Enabled:"). The first entry that counts wins: a binary ("deb") source of suite
# CODENAME exactly (not -security or -updates, which live elsewhere or carry no backports), with the component
# "main", enabled, not a cdrom, and signed by Debian's archive keyring or with no Signed-By of its own (a third-party
# repository using the suite name, such as a PHP or Docker one, brings its own key).
debian_mirror() {
    _dm_dir=$1
    _dm_codename=$2
    for _dm_file in "$_dm_dir/sources.list" "$_dm_dir"/sources.list.d/*; do
        case "$_dm_file" in
            *.list) _dm_format=list ;;
            *.sources) _dm_format=deb822 ;;
            *) continue ;;
        esac
        [ -r "$_dm_file" ] || continue
        _dm_found=$(awk -v format="$_dm_format" -v codename="$_dm_codename" '
            function keyringOk(value) {
                return value == "" || value ~ /^\/usr\/share\/keyrings\/debian-archive-keyring\.(gpg|pgp)$/
            }
            function has(list, word,    n, i, parts) {
                n = split(list, parts, /[ \t]+/)
                for (i = 1; i <= n; i++) if (parts[i] == word) return 1
                return 0
            }
            function consider(types, uris, suites, components, signedBy, enabled,    n, parts) {
                if (!has(types, "deb") || !has(suites, codename) || !has(components, "main")) return
                if (tolower(enabled) == "no" || !keyringOk(signedBy)) return
                n = split(uris, parts, /[ \t]+/)
                if (n < 1 || parts[1] == "" || parts[1] ~ /^cdrom:/) return
                print parts[1]
                found = 1
                exit 0
            }
            function trim(s) { sub(/^[ \t]+/, "", s); sub(/[ \t]+$/, "", s); return s }
            # deb822: one stanza at a time; a line starting with a space continues the field above it (an inline
            # key in Signed-By makes the value non-empty and not the archive keyring: skipped, as it should be).
            function flush() {
                if (seen) consider(f["types"], f["uris"], f["suites"], f["components"], f["signed-by"], f["enabled"])
                split("", f); seen = 0; last = ""
            }
            format == "deb822" {
                if ($0 ~ /^#/) next
                if ($0 ~ /^[ \t]*$/) { flush(); next }
                if ($0 ~ /^[ \t]/) { if (last != "") f[last] = trim(f[last] " " trim($0)); next }
                i = index($0, ":")
                if (i == 0) next
                last = tolower(trim(substr($0, 1, i - 1)))
                f[last] = trim(substr($0, i + 1))
                seen = 1
                next
            }
            format == "list" {
                line = $0
                sub(/#.*/, "", line)
                n = split(line, w, /[ \t]+/)
                k = 1
                if (w[k] == "") k++
                if (w[k] != "deb") next
                k++
                signedBy = ""
                # Options in brackets, possibly split over words: [ arch=amd64 signed-by=/path ].
                if (substr(w[k], 1, 1) == "[") {
                    opts = ""
                    while (k <= n) {
                        opts = opts " " w[k]
                        if (w[k] ~ /\]$/) { k++; break }
                        k++
                    }
                    gsub(/[\[\]]/, " ", opts)
                    m = split(opts, o, /[ \t]+/)
                    for (j = 1; j <= m; j++) if (tolower(o[j]) ~ /^signed-by=/) signedBy = substr(o[j], 11)
                }
                uri = w[k]; suite = w[k + 1]
                components = ""
                for (j = k + 2; j <= n; j++) components = components " " w[j]
                consider("deb", uri, suite, components, signedBy, "yes")
                next
            }
            END { if (format == "deb822" && !found) flush() }
        ' "$_dm_file")
        if [ -n "$_dm_found" ]; then
            printf '%s\n' "$_dm_found"
            return 0
        fi
    done
    return 1
}

# backports_source URI — the deb822 stanza of bookworm-backports at URI, as setup-deps.sh writes it.
backports_source() {
    printf '%s\n' "Types: deb" "URIs: $1" "Suites: bookworm-backports" "Components: main" \
        "Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg"
}
