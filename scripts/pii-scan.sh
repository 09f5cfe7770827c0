#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#
# Personal data at rest (issue 17 part 4): runs a campaign end to end with doichieu-admin in a throw-away HOME, XDG
# folders and TMPDIR, then scans every file it could have left behind for the personal data that was typed.
#
#   scripts/pii-scan.sh BUILD_DIR        exit 0: no leak, every mode right; 1: a leak or a wrong mode (listed); 2: usage
#
# What it proves: every name, ID number and birth date typed (UTF-8 as typed, NFC, NFD, and UTF-16LE of each) is found
# nowhere but in the exports the user asked for (ALLOWED below) — not in the data folder (databases, their -wal and
# -shm files caught while a process has them open, keyrings, marks, sign-in counts), the bundles, receipts and
# enrollment files, TMPDIR, the files /tmp gained during the run, or the cache, config, data, state and runtime folders
# (XDG_*); and that databases (with -wal and -shm), keyrings, bundles, receipts, welcome packages and exports are
# mode 0600 (run under umask 022, so a file the program does not restrict shows up as 0644).
#
# Issue 18 extends it with a training run (step_training): the generated book's names, dates and ID numbers are
# searched for too, and the trainee's results file must hold none of them.
#
# To extend it:
#   - a typed value: add it to NAMES, ID_NUMBERS or BIRTH_DATES (and use it in a step, usually a line of CHECK_LINES);
#   - a step: write a function step_NAME (run it with `admin ...`; put files the user asked for under $EXPORTS and list
#     them in ALLOWED, everything else under $USB or $DATA) and add NAME to STEPS, in order;
#   - a file that must be 0600: add it (or a glob) to PRIVATE_FILES;
#   - a folder to scan: add it to SCAN_DIRS.
# PII_SCAN_KEEP=1 keeps the work folder for a look afterwards.
set -euo pipefail

if [[ $# -ne 1 || ! -x "$1/app/doichieu-admin" ]]; then
    echo "usage: $0 BUILD_DIR   (BUILD_DIR/app/doichieu-admin must exist)" >&2
    exit 2
fi
ADMIN="$(realpath "$1")/app/doichieu-admin"

# --- the values typed (citizens of the registers; a volunteer's ID number at the hub) ------------------------------
NAMES=("Khổng Thị Tuyết Nhung" "Lư Văn Thượng Khiêm" "Âu Dương Ngọc Huyền" "Tiêu Thị Quỳnh Dao")
ID_NUMBERS=("074198003517" "074087001962")
BIRTH_DATES=("17/03/1987" "29/11/1962")

# --- the throw-away world ------------------------------------------------------------------------------------------
WORK="$(mktemp -d "${TMPDIR:-/tmp}/pii-scan.XXXXXX")"
if [[ "${PII_SCAN_KEEP:-0}" != 1 ]]; then
    trap 'rm -rf "$WORK"' EXIT
fi
STAMP="$WORK/stamp"
touch "$STAMP"
export HOME="$WORK/home"
export XDG_CONFIG_HOME="$HOME/.config" XDG_CACHE_HOME="$HOME/.cache" XDG_DATA_HOME="$HOME/.local/share"
export XDG_STATE_HOME="$HOME/.local/state" XDG_RUNTIME_DIR="$WORK/run" TMPDIR="$WORK/tmp"
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
DATA="$WORK/data"       # the sites' folders: databases, keyrings, marks
USB="$WORK/usb"         # what travels: enrollment request and welcome, bundles, receipts
EXPORTS="$WORK/exports" # what the user asked to be written
INPUT="$WORK/input"     # what the user typed, as files (not scanned: it is the typing)
SNAPSHOTS="$WORK/snapshots" # copies of -wal and -shm files taken while a process had them open
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_DATA_HOME" "$XDG_STATE_HOME" "$XDG_RUNTIME_DIR" \
    "$TMPDIR" "$DATA/xa" "$DATA/hub" "$USB" "$EXPORTS" "$INPUT" "$SNAPSHOTS"
chmod 700 "$XDG_RUNTIME_DIR"
umask 022

COMMUNE="$DATA/xa/xa.db"
HUB="$DATA/hub/hub.db"
SUP_PW="song-sai-gon-chay-mai-7"
LAN_PW="hoa-sen-no-sang-41"
MINH_PW="trang-len-doi-thong-86"
HUB_PW="tinh-doan-binh-duong-22"
FROM="$(date -d "-30 days" +%d/%m/%Y)"
TO="$(date -d "+1 day" +%d/%m/%Y)"

log() { printf '== %s\n' "$*" >&2; }
fail() {
    printf 'pii-scan: %s\n' "$*" >&2
    exit 1
}
# admin ARGS... : doichieu-admin with the passwords given in $PASSWORDS (one per line); stdout kept in $OUT.
admin() {
    OUT="$(printf '%s' "${PASSWORDS:-}" | "$ADMIN" "$@" --password-stdin)" || fail "doichieu-admin $1 $2 failed"
}
as_supervisor() { PASSWORDS="$SUP_PW"$'\n' admin "$@" --db "$COMMUNE" --user giamsat; }
as_province() { PASSWORDS="$HUB_PW"$'\n' admin "$@" --db "$HUB" --user vanphong; }
json_field() { python3 -c 'import json,sys; print(json.loads(sys.argv[1])[sys.argv[2]])' "$OUT" "$1"; }

# --- the steps -----------------------------------------------------------------------------------------------------
STEPS=(sites accounts enroll book log_checks review report export_deidentified bundle hub_import findings_actions findings_map
    certificates training)

step_sites() {
    PASSWORDS="$SUP_PW"$'\n' admin init --db "$COMMUNE" --site "Xã Thanh An" --admin giamsat --kdf minimum
    PASSWORDS="$HUB_PW"$'\n' admin init --kind hub --db "$HUB" --site "Tỉnh Đoàn Bình Dương" --admin vanphong \
        --kdf minimum
}
step_accounts() {
    PASSWORDS="$SUP_PW"$'\n'"$LAN_PW"$'\n' admin user add lan --role volunteer --display-name "Nguyễn Thị Lan" \
        --db "$COMMUNE" --user giamsat
    PASSWORDS="$SUP_PW"$'\n'"$MINH_PW"$'\n' admin user add minh --role volunteer --display-name "Lê Quang Minh" \
        --db "$COMMUNE" --user giamsat
    # A volunteer the hub knows, with the ID number typed at the hub.
    as_province person add --name "${NAMES[3]}" --id-number "${ID_NUMBERS[1]}" --commune "Dầu Tiếng/Thanh An"
}
step_enroll() {
    as_supervisor enroll request --output "$USB/xa.enroll" --json
    local fingerprint
    fingerprint="$(json_field fingerprint)"
    as_province enroll accept "$USB/xa.enroll" --fingerprint "$fingerprint" --commune "Dầu Tiếng/Thanh An" \
        --output "$USB/xa.welcome" --json
    fingerprint="$(json_field hubFingerprint)"
    as_supervisor enroll finish "$USB/xa.welcome" --fingerprint "$fingerprint"
}
step_book() {
    as_supervisor book open --commune "Thanh An" --type birth --number 01 --year 1987 --year-to 1988 --first 1 \
        --last 600 --json
    BOOK="$(json_field id)"
}
# The lines of `log import`: every typed value in a check or a correction, then enough matches that the import runs
# long enough for its -wal and -shm files to be caught open.
check_lines() {
    local b="$BOOK"
    printf '{"book": %s, "entry": 1, "registrationDate": "%s", "subjectName": "%s", "outcome": "match"}\n' \
        "$b" "20/03/1987" "${NAMES[0]}"
    printf '{"book": %s, "entry": 2, "registrationDate": "%s", "subjectName": "%s", "outcome": "corrected", ' \
        "$b" "02/04/1987" "${NAMES[1]}"
    printf '"corrections": [{"field": "subject.full_name", "before": "%s", "after": "%s"}, ' "${NAMES[1]}" "${NAMES[1]}"
    printf '{"field": "subject.birth_date", "before": "01/01/1987", "after": "%s"}, ' "${BIRTH_DATES[0]}"
    printf '{"field": "subject.id_number", "before": "", "after": "%s"}, ' "${ID_NUMBERS[0]}"
    printf '{"field": "mother.full_name", "before": "", "after": "%s"}, ' "${NAMES[2]}"
    printf '{"field": "mother.birth_date", "before": "", "after": "%s"}]}\n' "${BIRTH_DATES[1]}"
    printf '{"book": %s, "entry": 3, "registrationDate": "05/04/1987", "subjectName": "%s", ' "$b" "${NAMES[2]}"
    printf '"outcome": "missing_entered_new"}\n'
    local entry
    for entry in $(seq 4 400); do
        printf '{"book": %s, "entry": %s, "registrationDate": "06/04/1987", "subjectName": "Trần Văn Sáu", ' "$b" "$entry"
        printf '"outcome": "match"}\n'
    done
}
step_log_checks() {
    check_lines >"$INPUT/checks.jsonl"
    (printf '%s\n%s\n' "$LAN_PW" "$MINH_PW" | "$ADMIN" log import "$INPUT/checks.jsonl" --db "$COMMUNE" --user lan \
        --partner minh --password-stdin --json >"$WORK/import.json") &
    local importer=$! n=0
    while kill -0 "$importer" 2>/dev/null; do
        local f
        for f in "$COMMUNE-wal" "$COMMUNE-shm"; do
            if [[ -s "$f" ]]; then
                n=$((n + 1))
                cp -p "$f" "$SNAPSHOTS/$(basename "$f").$n" 2>/dev/null || true
            fi
        done
        sleep 0.05
    done
    wait "$importer" || fail "log import failed: $(cat "$WORK/import.json")"
    WAL_SNAPSHOTS=$n
}
# The supervisor reviews: the queue read (names on the screen only), the corrected entry returned with a reason that
# names the person — a decision's reason is typed text, kept in the encrypted database and the bundle's sealed payload.
step_review() {
    as_supervisor review list --json
    local id
    id="$(python3 -c 'import json,sys; print([i["id"] for i in json.loads(sys.argv[1])["items"] if i["outcome"] == "corrected"][0])' "$OUT")"
    as_supervisor review decide "$id" return --reason "đọc lại tên ${NAMES[1]}"
}
step_report() {
    as_supervisor report progress --from "$FROM" --to "$TO" --format json
}
step_export_deidentified() {
    # De-identified (the default): names as initials, ID numbers as their last 3 digits. Not in ALLOWED: a typed value
    # in it is a leak.
    as_supervisor report corrections --from "$FROM" --to "$TO" --format csv \
        --output "$EXPORTS/corrections-deidentified.csv"
    as_supervisor report volunteers --from "$FROM" --to "$TO" --format xlsx \
        --output "$EXPORTS/volunteers-deidentified.xlsx"
}
step_bundle() {
    as_supervisor bundle export --output "$USB" --json
    BUNDLE="$(json_field file)"
}
step_hub_import() {
    as_province bundle import "$BUNDLE" --json
    RECEIPT="$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["files"][0]["receipt"])' "$OUT")"
    as_supervisor bundle receipt "$RECEIPT"
}
step_findings_actions() {
    # Identified by design: those who clean the national database need the names (docs/FINDINGS.md).
    as_province findings actions --commune "Dầu Tiếng/Thanh An" --output "$EXPORTS/actions.pdf" \
        --recipient "Phòng Tư pháp huyện Dầu Tiếng"
    as_province findings actions --commune "Dầu Tiếng/Thanh An" --output "$EXPORTS/actions.xlsx" \
        --recipient "Phòng Tư pháp huyện Dầu Tiếng"
}
step_findings_map() {
    as_province findings map --json
    as_province findings map --output "$EXPORTS/map.pdf"
}
step_certificates() {
    as_supervisor awards certificates --min-days 0 --output "$EXPORTS/certificates"
}

# Issue 18, the training day: a training site (init --kind training), its trainer's copy of a pair's birth book (the
# generated names, dates and ID numbers become needles of the scan), the pair logging a few entries by `log import`
# with the book's values, the pair's results file and the trainer's board over it. The results file travels to the
# trainer: no value of the book may be in it (it is not in ALLOWED).
TRAINING="$DATA/taphuan/taphuan.db"
TRAINER_PW="giang-vien-tap-huan-30"
step_training() {
    mkdir -p "$DATA/taphuan"
    PASSWORDS="$TRAINER_PW"$'\n' admin init --kind training --db "$TRAINING" --site "Tập huấn Dầu Tiếng" \
        --admin taphuan --pairs 1 --seed 3011 --kdf minimum --json
    local hv01 hv02 book
    hv01="$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["trainees"][0]["password"])' "$OUT")"
    hv02="$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["trainees"][1]["password"])' "$OUT")"
    book="$(python3 -c 'import json,sys; print([b["id"] for b in json.loads(sys.argv[1])["books"] if b["type"] == "birth"][0])' "$OUT")"
    PASSWORDS="$TRAINER_PW"$'\n' admin training book export --book "$book" --output "$EXPORTS/training-book.json" \
        --db "$TRAINING" --user taphuan
    # The book's values: every name (a *name field), full date and ID number on either side, and the entries' subjects.
    mapfile -t TRAINING_VALUES < <(python3 - "$EXPORTS/training-book.json" <<'PY'
import json, re, sys
book = json.load(open(sys.argv[1], encoding="utf-8"))
def walk(node, key=""):
    if isinstance(node, dict):
        for k, v in node.items():
            yield from walk(v, k)
    elif isinstance(node, list):
        for v in node:
            yield from walk(v, key)
    else:
        yield key, node
values = {}
for entry in book["entries"]:
    pairs = list(walk(entry))
    for i, (k, v) in enumerate(pairs):
        if not isinstance(v, str):
            continue
        # A side's field is {"field": KEY, "value": VALUE} (or the like): the key is the text before it.
        key = next((pv for pk, pv in reversed(pairs[:i]) if pk in ("field", "fieldKey", "key") and isinstance(pv, str)), "")
        if k in ("subjectName",) or (k == "value" and key.endswith("name")):
            if len(v) >= 8:
                values[v] = "name"
        elif re.fullmatch(r"\d{2}/\d{2}/\d{4}", v) and k in ("value", "registrationDate", "before", "after"):
            values[v] = "date"
        elif re.fullmatch(r"\d{9}|\d{12}", v):
            values[v] = "id"
for v, kind in sorted(values.items()):
    print(f"{kind}\t{v}")
PY
)
    local line kind value
    for line in "${TRAINING_VALUES[@]}"; do
        kind="${line%%$'\t'*}" value="${line#*$'\t'}"
        case "$kind" in
        name) NAMES+=("$value") ;;
        date) BIRTH_DATES+=("$value") ;;
        id) ID_NUMBERS+=("$value") ;;
        esac
    done
    [[ ${#TRAINING_VALUES[@]} -ge 10 ]] || fail "the training book gave only ${#TRAINING_VALUES[@]} values to look for"
    # The pair logs its first five legible entries as matches, typing the book's registration date and name.
    python3 - "$EXPORTS/training-book.json" "$book" >"$INPUT/training.jsonl" <<'PY'
import json, sys
book = json.load(open(sys.argv[1], encoding="utf-8"))
n = 0
for entry in book["entries"]:
    if entry.get("illegible") or n == 5:
        continue
    print(json.dumps({"book": int(sys.argv[2]), "entry": entry["number"],
                      "registrationDate": entry["registrationDate"], "subjectName": entry["subjectName"],
                      "outcome": "match"}, ensure_ascii=False))
    n += 1
PY
    printf '%s\n%s\n' "$hv01" "$hv02" | "$ADMIN" log import "$INPUT/training.jsonl" --db "$TRAINING" --user hv01 \
        --partner hv02 --password-stdin --json >"$WORK/training-import.json" ||
        fail "training log import failed: $(cat "$WORK/training-import.json")"
    PASSWORDS="$hv01"$'\n' admin training score --book "$book" --json --db "$TRAINING" --user hv01
    PASSWORDS="$hv01"$'\n' admin training results --output "$EXPORTS/training-results.json" --db "$TRAINING" \
        --user hv01
    "$ADMIN" training board "$EXPORTS/training-results.json" --json >/dev/null || fail "training board failed"
}

# The exports the user asked for that hold typed values by design: a hit in them is no leak. The training book is the
# trainer's copy of a synthetic book (its values are the scan's needles).
ALLOWED=("$EXPORTS/actions.pdf" "$EXPORTS/actions.xlsx" "$EXPORTS/training-book.json")
# The files that must be 0600 (globs; the -wal and -shm snapshots keep the live files' modes).
PRIVATE_FILES=("$DATA"/xa/xa.db "$DATA"/hub/hub.db "$DATA"/taphuan/taphuan.db "$DATA"/*/*.keyring "$SNAPSHOTS"/* "$USB"/*.bundle "$USB"/*.receipt
    "$USB"/*.welcome "$DATA"/hub/receipts/* "$EXPORTS"/* "$EXPORTS"/certificates/*)
SCAN_DIRS=("$DATA" "$SNAPSHOTS" "$USB" "$EXPORTS" "$HOME" "$TMPDIR" "$XDG_RUNTIME_DIR")

# --- run -----------------------------------------------------------------------------------------------------------
WAL_SNAPSHOTS=0
for step in "${STEPS[@]}"; do
    log "$step"
    "step_$step"
done
[[ "$WAL_SNAPSHOTS" -gt 0 ]] || echo "pii-scan: note: no -wal/-shm file was caught open (scanned none)" >&2

# --- scan ----------------------------------------------------------------------------------------------------------
status=0
log "modes"
shopt -s nullglob
for pattern in "${PRIVATE_FILES[@]}"; do
    for file in $pattern; do
        [[ -f "$file" ]] || continue
        mode="$(stat -c %a "$file")"
        if [[ "$mode" != 600 ]]; then
            echo "MODE $mode (want 600): ${file#"$WORK"/}"
            status=1
        fi
    done
done
shopt -u nullglob

log "personal data"
# Files /tmp gained during the run (outside our own folder), readable by us.
mapfile -t TMP_NEW < <(find /tmp -xdev -type f -newer "$STAMP" -readable -not -path "$WORK/*" 2>/dev/null || true)
# The scan proves it can see: canaries (a name in NFD as UTF-16LE, an ID number inside a zip) must each be found, and so
# must a typed value in the identified exports, a PDF and an XLSX (the values went all the way through, and the scan
# reads PDF text).
CANARY="$WORK/canary"
mkdir -p "$CANARY"
printf '%s' "${NAMES[0]}" | python3 -c 'import sys,unicodedata; sys.stdout.buffer.write(unicodedata.normalize("NFD", sys.stdin.read()).encode("utf-16-le"))' >"$CANARY/nfd-utf16.bin"
python3 -c 'import sys,zipfile; zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED).writestr("xl/sharedStrings.xml", sys.argv[2])' \
    "$CANARY/book.xlsx" "<t>${ID_NUMBERS[0]}</t>"
python3 - "$WORK" "${#NAMES[@]}" "${NAMES[@]}" "${#ID_NUMBERS[@]}" "${ID_NUMBERS[@]}" "${#BIRTH_DATES[@]}" \
    "${BIRTH_DATES[@]}" "${#ALLOWED[@]}" "${ALLOWED[@]}" "$CANARY/nfd-utf16.bin" "$CANARY/book.xlsx" \
    "${#SCAN_DIRS[@]}" "${SCAN_DIRS[@]}" "${TMP_NEW[@]}" <<'EOF' ||
import io, os, shutil, subprocess, sys, unicodedata, zipfile
args = sys.argv[1:]
work = args.pop(0)
def take():
    n = int(args.pop(0)); out = args[:n]; del args[:n]; return out
names, ids, dates, allowed = take(), take(), take(), take()
canaries = [args.pop(0), args.pop(0)]
dirs = take()
tmp_new = args
# Each value as typed, NFC and NFD, in UTF-8 and UTF-16LE; dates also as the ISO date the store may keep.
needles = {}
def add(label, text):
    for form in {text, unicodedata.normalize("NFC", text), unicodedata.normalize("NFD", text)}:
        needles[form.encode("utf-8")] = label
        needles[form.encode("utf-16-le")] = label + " (UTF-16LE)"
for v in names: add("name " + v, v)
for v in ids: add("ID number " + v, v)
for v in dates:
    d, m, y = v.split("/")
    add("birth date " + v, v)
    add("birth date " + v, f"{y}-{m}-{d}")
have_pdftotext = shutil.which("pdftotext") is not None
def views(path, data):
    """The bytes of a file, and what a reader of it sees: a zip's members (XLSX), a PDF's text."""
    yield data
    if data[:4] == b"PK\x03\x04":
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                for member in z.namelist():
                    yield z.read(member)
        except (zipfile.BadZipFile, OSError, RuntimeError):
            pass
    if data[:5] == b"%PDF-" and have_pdftotext:
        text = subprocess.run(["pdftotext", path, "-"], capture_output=True).stdout
        yield text
        yield unicodedata.normalize("NFC", text.decode("utf-8", "replace")).encode("utf-8")
def hits_in(path):
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError:
        return []
    found = set()
    for view in views(path, data):
        for needle, label in needles.items():
            if needle in view:
                found.add(label)
    return sorted(found)
failed = False
for c in canaries:
    if not hits_in(c):
        print(f"SCAN BLIND: the canary {os.path.basename(c)} was not found"); failed = True
allowed_real = {os.path.realpath(a) for a in allowed}
if not any(hits_in(a) for a in allowed):
    print("SCAN BLIND: no typed value in the identified exports (did the values go through?)"); failed = True
files = []
for d in dirs:
    for root, _, fs in os.walk(d):
        files += [os.path.join(root, f) for f in fs]
files = sorted(set(files + tmp_new))
leaks = 0
for path in files:
    real = os.path.realpath(path)
    if real in allowed_real or real.startswith(os.path.join(work, "input") + os.sep):
        continue
    for label in hits_in(path):
        print(f"LEAK {label}: {path.replace(work + '/', '')}"); leaks += 1
print(f"scanned {len(files)} files for {len(needles)} byte patterns (zip members and PDF text too): {leaks} leaks",
      file=sys.stderr)
sys.exit(1 if leaks or failed else 0)
EOF
    status=1

if [[ $status -eq 0 ]]; then
    echo "pii-scan: no typed personal data outside the exports asked for; every private file is 0600"
fi
exit $status
