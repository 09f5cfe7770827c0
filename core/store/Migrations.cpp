// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/store/Migrations.h"

#include "core/store/Database.h"
#include "core/store/StoreError.h"
#include "core/store/Transaction.h"

#include <sqlite3.h>

#include <string>

namespace dc::core::store {

namespace {

// Version 1: the site, its accounts and its register books. Every row that may travel between sites
// carries a UUID and the site that created it (DESIGN.md "Storage"). Times are UTC, ISO 8601.
constexpr const char* kSchema1 = R"sql(
CREATE TABLE site (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    uuid        TEXT NOT NULL,
    name        TEXT NOT NULL,
    -- The Argon2id parameters calibrated at set-up, so a keyring rebuilt from the recovery code keeps them.
    kdf_memory_kib   INTEGER NOT NULL,
    kdf_iterations   INTEGER NOT NULL,
    kdf_parallelism  INTEGER NOT NULL,
    created_at  TEXT NOT NULL
) STRICT;

CREATE TABLE users (
    id            INTEGER PRIMARY KEY,
    uuid          TEXT NOT NULL UNIQUE,
    site_uuid     TEXT NOT NULL,
    user_name     TEXT NOT NULL UNIQUE,
    display_name  TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('volunteer', 'supervisor', 'district', 'province')),
    active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at    TEXT NOT NULL,
    removed_at    TEXT
) STRICT;

CREATE TABLE books (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    site_uuid    TEXT NOT NULL,
    commune      TEXT NOT NULL,
    record_type  TEXT NOT NULL CHECK (record_type IN ('birth', 'marriage', 'death')),
    book_number  TEXT NOT NULL,
    year_from    INTEGER NOT NULL,
    year_to      INTEGER NOT NULL CHECK (year_to >= year_from),
    first_entry  INTEGER,
    last_entry   INTEGER,
    status       TEXT NOT NULL CHECK (status IN ('open', 'closed')),
    created_by   INTEGER NOT NULL REFERENCES users (id),
    created_at   TEXT NOT NULL,
    UNIQUE (commune, record_type, book_number, year_from)
) STRICT;
)sql";

// Version 2: the pair's checking sessions, logged checks and corrections, and the audit chain with its signed
// checkpoints (DESIGN.md "Audit and integrity"). Logged checks, corrections and audit events are never updated
// or deleted: an amendment or a void is a new row that supersedes the old one. The triggers are a guard against
// mistakes, not a security boundary (anyone holding the database key can drop them); `audit verify` is the check.
constexpr const char* kSchema2 = R"sql(
ALTER TABLE books ADD COLUMN closed_by INTEGER REFERENCES users (id);
ALTER TABLE books ADD COLUMN closed_at TEXT;

-- The site's Ed25519 key, which signs checkpoints. The 32-byte seed lives only here, inside the encrypted file.
CREATE TABLE site_keys (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    seed        BLOB NOT NULL CHECK (length(seed) = 32),
    public_key  BLOB NOT NULL CHECK (length(public_key) = 32),
    created_at  TEXT NOT NULL
) STRICT;

-- A pair at work: who, when, and (in its events) who read when. Working time excludes pauses.
CREATE TABLE work_sessions (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    site_uuid    TEXT NOT NULL,
    first_user   INTEGER NOT NULL REFERENCES users (id),
    second_user  INTEGER NOT NULL REFERENCES users (id),
    started_at   TEXT NOT NULL,
    CHECK (first_user <> second_user)
) STRICT;

CREATE TABLE work_session_events (
    id          INTEGER PRIMARY KEY,
    session_id  INTEGER NOT NULL REFERENCES work_sessions (id),
    kind        TEXT NOT NULL CHECK (kind IN ('start', 'swap', 'pause', 'resume', 'end')),
    reader      INTEGER NOT NULL REFERENCES users (id),
    at          TEXT NOT NULL
) STRICT;
CREATE INDEX work_session_events_by_session ON work_session_events (session_id, id);

CREATE TABLE checks (
    id                 INTEGER PRIMARY KEY,
    uuid               TEXT NOT NULL UNIQUE,
    site_uuid          TEXT NOT NULL,
    book_id            INTEGER NOT NULL REFERENCES books (id),
    entry_number       INTEGER NOT NULL CHECK (entry_number >= 1),
    registration_date  TEXT NOT NULL,
    subject_name       TEXT NOT NULL,
    subject_key        TEXT NOT NULL,
    outcome            TEXT NOT NULL CHECK (outcome IN ('match', 'corrected', 'missing_entered_new',
                                                       'duplicate_in_database', 'escalated', 'void')),
    transcript         TEXT NOT NULL DEFAULT '',
    note               TEXT NOT NULL DEFAULT '',
    warnings           TEXT NOT NULL DEFAULT '',
    schema_version     TEXT NOT NULL,
    reader_id          INTEGER NOT NULL REFERENCES users (id),
    checker_id         INTEGER NOT NULL REFERENCES users (id),
    session_id         INTEGER REFERENCES work_sessions (id),
    logged_at          TEXT NOT NULL,
    seconds_spent      INTEGER NOT NULL CHECK (seconds_spent >= 0),
    supersedes         INTEGER REFERENCES checks (id),
    reason             TEXT NOT NULL DEFAULT '',
    CHECK (reader_id <> checker_id),
    CHECK (supersedes IS NULL OR reason <> '')
) STRICT;
-- A row is superseded at most once: history is a line, not a tree.
CREATE UNIQUE INDEX checks_superseded_once ON checks (supersedes) WHERE supersedes IS NOT NULL;
CREATE INDEX checks_by_book_entry ON checks (book_id, entry_number);
CREATE INDEX checks_by_session ON checks (session_id, id);
CREATE INDEX checks_by_subject ON checks (subject_key);

-- The current state of each entry of a book: which check is the latest word on it. Derived from `checks` (the
-- log itself is never changed); it makes "already logged?", progress and gaps cheap at hundreds of thousands of
-- checks. A void removes the entry's row: the entry counts as not yet logged.
CREATE TABLE entry_state (
    book_id       INTEGER NOT NULL REFERENCES books (id),
    entry_number  INTEGER NOT NULL,
    check_id      INTEGER NOT NULL REFERENCES checks (id),
    outcome       TEXT NOT NULL,
    PRIMARY KEY (book_id, entry_number)
) STRICT, WITHOUT ROWID;
CREATE UNIQUE INDEX entry_state_by_check ON entry_state (check_id);

-- How many entries of each book are logged: kept with entry_state, so the book picker reads a few rows.
CREATE TABLE book_counts (
    book_id  INTEGER PRIMARY KEY REFERENCES books (id),
    logged   INTEGER NOT NULL CHECK (logged >= 0)
) STRICT;

CREATE TABLE corrections (
    id                  INTEGER PRIMARY KEY,
    check_id            INTEGER NOT NULL REFERENCES checks (id),
    position            INTEGER NOT NULL,
    field_key           TEXT NOT NULL,
    value_before        TEXT NOT NULL,
    value_after         TEXT NOT NULL,
    class               TEXT NOT NULL,
    writing_difference  INTEGER NOT NULL CHECK (writing_difference IN (0, 1)),
    UNIQUE (check_id, position)
) STRICT;

CREATE TABLE audit_events (
    seq        INTEGER PRIMARY KEY CHECK (seq >= 1),
    at         TEXT NOT NULL,
    site_uuid  TEXT NOT NULL,
    actors     TEXT NOT NULL,
    action     TEXT NOT NULL,
    subject    TEXT NOT NULL,
    details    TEXT NOT NULL,
    prev_hash  BLOB NOT NULL CHECK (length(prev_hash) = 32),
    hash       BLOB NOT NULL CHECK (length(hash) = 32)
) STRICT;

-- Signed checkpoints of the chain head (C2SP tlog-checkpoint text), written when a day is closed.
CREATE TABLE checkpoints (
    id     INTEGER PRIMARY KEY,
    size   INTEGER NOT NULL CHECK (size >= 1),
    at     TEXT NOT NULL,
    note   TEXT NOT NULL
) STRICT;

CREATE TRIGGER checks_never_updated BEFORE UPDATE ON checks
BEGIN SELECT RAISE(ABORT, 'logged checks are never updated: log an amendment'); END;
CREATE TRIGGER checks_never_deleted BEFORE DELETE ON checks
BEGIN SELECT RAISE(ABORT, 'logged checks are never deleted: log a void'); END;
CREATE TRIGGER corrections_never_updated BEFORE UPDATE ON corrections
BEGIN SELECT RAISE(ABORT, 'corrections are never updated'); END;
CREATE TRIGGER corrections_never_deleted BEFORE DELETE ON corrections
BEGIN SELECT RAISE(ABORT, 'corrections are never deleted'); END;
CREATE TRIGGER audit_never_updated BEFORE UPDATE ON audit_events
BEGIN SELECT RAISE(ABORT, 'audit events are never updated'); END;
CREATE TRIGGER audit_never_deleted BEFORE DELETE ON audit_events
BEGIN SELECT RAISE(ABORT, 'audit events are never deleted'); END;
CREATE TRIGGER checkpoints_never_updated BEFORE UPDATE ON checkpoints
BEGIN SELECT RAISE(ABORT, 'checkpoints are never updated'); END;
CREATE TRIGGER checkpoints_never_deleted BEFORE DELETE ON checkpoints
BEGIN SELECT RAISE(ABORT, 'checkpoints are never deleted'); END;
)sql";

// Version 3: the supervisor's review of logged checks, the daily spot-checks of "match" entries, and the
// site's settings. Review decisions and spot-check results are appended, never changed: every transition is kept.
constexpr const char* kSchema3 = R"sql(
CREATE TABLE review_events (
    id             INTEGER PRIMARY KEY,
    check_id       INTEGER NOT NULL REFERENCES checks (id),
    decision       TEXT NOT NULL CHECK (decision IN ('approve', 'return', 'flag', 'unapprove', 'resolve')),
    state          TEXT NOT NULL CHECK (state IN ('pending', 'approved', 'returned', 'flagged', 'resolved')),
    reason         TEXT NOT NULL DEFAULT '',
    note           TEXT NOT NULL DEFAULT '',
    supervisor_id  INTEGER NOT NULL REFERENCES users (id),
    at             TEXT NOT NULL
) STRICT;
CREATE INDEX review_events_by_check ON review_events (check_id, id);
CREATE INDEX checks_by_logged_at ON checks (logged_at);

CREATE TABLE spot_samples (
    id             INTEGER PRIMARY KEY,
    uuid           TEXT NOT NULL UNIQUE,
    day            TEXT NOT NULL,
    first_user     INTEGER NOT NULL REFERENCES users (id),
    second_user    INTEGER NOT NULL REFERENCES users (id),
    seed           TEXT NOT NULL,
    rate_permille  INTEGER NOT NULL,
    minimum        INTEGER NOT NULL,
    population     INTEGER NOT NULL,
    drawn_by       INTEGER NOT NULL REFERENCES users (id),
    drawn_at       TEXT NOT NULL,
    UNIQUE (day, first_user, second_user),
    CHECK (first_user < second_user)
) STRICT;

CREATE TABLE spot_items (
    id         INTEGER PRIMARY KEY,
    sample_id  INTEGER NOT NULL REFERENCES spot_samples (id),
    check_id   INTEGER NOT NULL REFERENCES checks (id),
    UNIQUE (sample_id, check_id)
) STRICT;

CREATE TABLE spot_results (
    id             INTEGER PRIMARY KEY,
    item_id        INTEGER NOT NULL REFERENCES spot_items (id),
    result         TEXT NOT NULL CHECK (result IN ('confirmed', 'missed')),
    field_key      TEXT NOT NULL DEFAULT '',
    value_before   TEXT NOT NULL DEFAULT '',
    value_after    TEXT NOT NULL DEFAULT '',
    class          TEXT NOT NULL DEFAULT '',
    note           TEXT NOT NULL DEFAULT '',
    supervisor_id  INTEGER NOT NULL REFERENCES users (id),
    at             TEXT NOT NULL
) STRICT;
CREATE INDEX spot_results_by_item ON spot_results (item_id, id);

CREATE TABLE site_settings (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
) STRICT;

CREATE TRIGGER review_events_never_updated BEFORE UPDATE ON review_events
BEGIN SELECT RAISE(ABORT, 'review decisions are never updated: append another'); END;
CREATE TRIGGER review_events_never_deleted BEFORE DELETE ON review_events
BEGIN SELECT RAISE(ABORT, 'review decisions are never deleted'); END;
CREATE TRIGGER spot_results_never_updated BEFORE UPDATE ON spot_results
BEGIN SELECT RAISE(ABORT, 'spot-check results are never updated: append another'); END;
CREATE TRIGGER spot_results_never_deleted BEFORE DELETE ON spot_results
BEGIN SELECT RAISE(ABORT, 'spot-check results are never deleted'); END;
)sql";

// Version 4: "logged on a day" kept in one place. Each logged entry remembers the first row of its line (the row
// that superseded nothing): an entry counts on the site day (UTC+7) it was first logged, for the pair who first
// logged it, unless it was voided since — whoever amends it later. daily_counts holds those counts per day, book
// and pair, kept in the same transaction as entry_state (CheckGateway), so the pair's work bar and the progress
// report read the same numbers. Existing logs are counted here once; date(…, '+7 hours') is the site day of a
// stored UTC time, as core/SiteTime computes it.
constexpr const char* kSchema4 = R"sql(
ALTER TABLE entry_state ADD COLUMN first_check_id INTEGER REFERENCES checks (id);

WITH RECURSIVE line (current_id, id, supersedes) AS (
    SELECT e.check_id, c.id, c.supersedes FROM entry_state e JOIN checks c ON c.id = e.check_id
    UNION ALL
    SELECT l.current_id, p.id, p.supersedes FROM line l JOIN checks p ON p.id = l.supersedes
)
UPDATE entry_state SET first_check_id =
    (SELECT l.id FROM line l WHERE l.current_id = entry_state.check_id AND l.supersedes IS NULL);

CREATE TABLE daily_counts (
    day          TEXT NOT NULL,
    book_id      INTEGER NOT NULL REFERENCES books (id),
    first_user   INTEGER NOT NULL REFERENCES users (id),
    second_user  INTEGER NOT NULL REFERENCES users (id),
    logged       INTEGER NOT NULL CHECK (logged >= 0),
    corrected    INTEGER NOT NULL CHECK (corrected >= 0),
    escalated    INTEGER NOT NULL CHECK (escalated >= 0),
    PRIMARY KEY (day, book_id, first_user, second_user),
    CHECK (first_user < second_user)
) STRICT, WITHOUT ROWID;

INSERT INTO daily_counts (day, book_id, first_user, second_user, logged, corrected, escalated)
SELECT date(f.logged_at, '+7 hours'), f.book_id, min(f.reader_id, f.checker_id), max(f.reader_id, f.checker_id),
       count(*), sum(e.outcome = 'corrected'), sum(e.outcome = 'escalated')
FROM entry_state e JOIN checks f ON f.id = e.first_check_id
GROUP BY 1, 2, 3, 4;
)sql";

// Version 5: the site's keys move out of reach of whoever merely opens the database. Until now the Ed25519 seed that
// signs checkpoints lay in this file, which every account's password opens: a volunteer could rewrite history and
// sign it again. Now only the public halves are kept here (a key pair per row, the current one and the retired ones
// that still verify old checkpoints), with one copy of the secret halves sealed to the recovery code; the secrets are
// sealed to each supervisor's keyring slot (core/keyring/SiteKeys.h). Every account could read the old seed, so it is
// retired here (its public key kept) and dropped; a new pair is made at the next sign-in (site_keys.rotation_due).
constexpr const char* kSchema5 = R"sql(
CREATE TABLE site_key_pairs (
    id               INTEGER PRIMARY KEY,
    key_id           TEXT NOT NULL UNIQUE,
    signing_public   BLOB NOT NULL CHECK (length(signing_public) = 32),
    box_public       BLOB CHECK (box_public IS NULL OR length(box_public) = 32),
    status           TEXT NOT NULL CHECK (status IN ('current', 'retired')),
    recovery_enc     BLOB,
    recovery_sealed  BLOB,
    created_at       TEXT NOT NULL,
    retired_at       TEXT,
    CHECK (status = 'retired' OR (box_public IS NOT NULL AND recovery_enc IS NOT NULL AND recovery_sealed IS NOT NULL))
) STRICT;
CREATE UNIQUE INDEX site_key_pairs_one_current ON site_key_pairs (status) WHERE status = 'current';
CREATE TRIGGER site_key_pairs_never_deleted BEFORE DELETE ON site_key_pairs
BEGIN SELECT RAISE(ABORT, 'site keys are never deleted: retire them'); END;

INSERT INTO site_key_pairs (key_id, signing_public, box_public, status, created_at, retired_at)
SELECT 'legacy-' || lower(hex(substr(public_key, 1, 8))), public_key, NULL, 'retired', created_at, created_at
FROM site_keys;
DROP TABLE site_keys;
INSERT INTO site_settings (key, value) VALUES ('site_keys.rotation_due', '1');
)sql";

// Version 6: a half-typed entry kept for its pair (core/README.md "Drafts"). When the pair
// signs out, is locked out or closes the window with an entry half typed, what was typed is kept here — inside the
// encrypted file, never in the settings or a file beside it: it holds a citizen's name — one draft per pair
// (order-free: first_user < second_user, like daily_counts) and book, until the pair saves that entry or discards it. A
// draft is not a check: no report, count or audit event reads this table. `content` is the draft as JSON
// (DraftGateway); `entry_number` is its number when it is one, so that saving that entry removes it in the save's
// transaction.
constexpr const char* kSchema6 = R"sql(
CREATE TABLE drafts (
    first_user    INTEGER NOT NULL REFERENCES users (id),
    second_user   INTEGER NOT NULL REFERENCES users (id),
    book_id       INTEGER NOT NULL REFERENCES books (id),
    entry_number  INTEGER,
    content       TEXT NOT NULL,
    saved_at      TEXT NOT NULL,
    PRIMARY KEY (first_user, second_user, book_id),
    CHECK (first_user < second_user)
) STRICT, WITHOUT ROWID;
)sql";

// Version 7: the province (docs/HUB.md). A site is of a kind: a commune workstation or the province hub. Rows that
// travel in bundles and had no UUID get one (review decisions, spot-check items and results, work-session events),
// back-filled here as random version-4 UUIDs. The workstation keeps its enrollment (the hub's pinned keys), the bundles
// it exported (with the local row watermarks each one covered) and the receipts the hub sent back. The hub keeps the
// workstations it enrolled (one row per site and epoch, keys pinned), each site's audit chain as shipped, the bundles
// it saw, alarms and conflicts, the imported rows keyed by their UUID from the workstation, and summary tables kept
// current at import so the board and the reports read a few rows at 3,000,000 checks. A commune database holds the
// hub's tables empty (one schema for every kind of site); services refuse what the site's kind does not allow.
constexpr const char* kSchema7 = R"sql(
ALTER TABLE site ADD COLUMN kind TEXT NOT NULL DEFAULT 'commune' CHECK (kind IN ('commune', 'hub'));
ALTER TABLE users ADD COLUMN district TEXT NOT NULL DEFAULT '';

DROP TRIGGER review_events_never_updated;
DROP TRIGGER spot_results_never_updated;
ALTER TABLE review_events ADD COLUMN uuid TEXT;
ALTER TABLE spot_items ADD COLUMN uuid TEXT;
ALTER TABLE spot_results ADD COLUMN uuid TEXT;
ALTER TABLE work_session_events ADD COLUMN uuid TEXT;
UPDATE review_events SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)));
UPDATE spot_items SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)));
UPDATE spot_results SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)));
UPDATE work_session_events SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)));
CREATE UNIQUE INDEX review_events_by_uuid ON review_events (uuid);
CREATE UNIQUE INDEX spot_items_by_uuid ON spot_items (uuid);
CREATE UNIQUE INDEX spot_results_by_uuid ON spot_results (uuid);
CREATE UNIQUE INDEX work_session_events_by_uuid ON work_session_events (uuid);
CREATE TRIGGER review_events_never_updated BEFORE UPDATE ON review_events
BEGIN SELECT RAISE(ABORT, 'review decisions are never updated: append another'); END;
CREATE TRIGGER spot_results_never_updated BEFORE UPDATE ON spot_results
BEGIN SELECT RAISE(ABORT, 'spot-check results are never updated: append another'); END;

-- The workstation's side --------------------------------------------------------------------------------------------

-- The hub this workstation reports to, pinned at `enroll finish` (one row per epoch; the newest is current).
CREATE TABLE enrollment (
    epoch           INTEGER PRIMARY KEY CHECK (epoch >= 1),
    hub_site        TEXT NOT NULL,
    hub_name        TEXT NOT NULL,
    hub_signing     BLOB NOT NULL CHECK (length(hub_signing) = 32),
    hub_box         BLOB NOT NULL CHECK (length(hub_box) = 32),
    district        TEXT NOT NULL,
    commune         TEXT NOT NULL,
    key_id          TEXT NOT NULL,
    welcome         BLOB NOT NULL,
    enrolled_at     TEXT NOT NULL
) STRICT;

-- Every bundle this workstation wrote. `watermarks` is JSON: for each travelling table, the largest local row id the
-- bundle covered; the next export starts after the watermarks of the newest bundle a receipt acknowledged.
CREATE TABLE bundle_exports (
    sequence     INTEGER PRIMARY KEY CHECK (sequence >= 1),
    epoch        INTEGER NOT NULL,
    bundle_id    TEXT NOT NULL UNIQUE,
    first_event  INTEGER NOT NULL,
    last_event   INTEGER NOT NULL,
    watermarks   TEXT NOT NULL,
    checks       INTEGER NOT NULL,
    file_name    TEXT NOT NULL,
    exported_at  TEXT NOT NULL
) STRICT;

-- Receipts from the hub, as recorded by `bundle receipt`: what the province holds.
CREATE TABLE receipts (
    id               INTEGER PRIMARY KEY,
    sequence         INTEGER NOT NULL,
    last_event       INTEGER NOT NULL,
    checkpoint_size  INTEGER NOT NULL,
    entries          INTEGER NOT NULL,
    issued_at        TEXT NOT NULL,
    received_at      TEXT NOT NULL,
    content          BLOB NOT NULL,
    UNIQUE (sequence, issued_at)
) STRICT;

-- The district's decisions on entries this commune flagged, as carried by receipts.
CREATE TABLE district_decisions (
    uuid        TEXT PRIMARY KEY,
    check_uuid  TEXT NOT NULL,
    decision    TEXT NOT NULL,
    note        TEXT NOT NULL DEFAULT '',
    decided_by  TEXT NOT NULL,
    decided_at  TEXT NOT NULL,
    received_at TEXT NOT NULL
) STRICT;

-- The hub's side ----------------------------------------------------------------------------------------------------

-- (The hub's own key pairs are rows of site_key_pairs, like a commune's; their secrets are sealed to province slots
-- only, never to district ones: core/keyring/SiteKeys.h.)

-- A person of the campaign: a volunteer (later also staff), issued a UUID here. ID numbers are attributes, never keys.
CREATE TABLE persons (
    uuid        TEXT PRIMARY KEY,
    full_name   TEXT NOT NULL,
    id_number   TEXT NOT NULL DEFAULT '',
    district    TEXT NOT NULL DEFAULT '',
    commune     TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL
) STRICT;

-- A workstation account linked to its person, once, by the office.
CREATE TABLE person_links (
    site_uuid    TEXT NOT NULL,
    user_uuid    TEXT NOT NULL,
    person_uuid  TEXT NOT NULL REFERENCES persons (uuid),
    linked_by    TEXT NOT NULL,
    linked_at    TEXT NOT NULL,
    PRIMARY KEY (site_uuid, user_uuid)
) STRICT, WITHOUT ROWID;

-- Enrolled workstations: one row per site and epoch, keys pinned after the fingerprint was read out.
CREATE TABLE hub_sites (
    id              INTEGER PRIMARY KEY,
    site_uuid       TEXT NOT NULL,
    epoch           INTEGER NOT NULL CHECK (epoch >= 1),
    district        TEXT NOT NULL,
    commune         TEXT NOT NULL,
    site_name       TEXT NOT NULL,
    signing_public  BLOB NOT NULL CHECK (length(signing_public) = 32),
    box_public      BLOB NOT NULL CHECK (length(box_public) = 32),
    key_id          TEXT NOT NULL,
    fingerprint     TEXT NOT NULL,
    base_size       INTEGER NOT NULL DEFAULT 0,
    base_head       BLOB,
    status          TEXT NOT NULL CHECK (status IN ('current', 'retired')),
    enrolled_by     TEXT NOT NULL,
    enrolled_at     TEXT NOT NULL,
    retired_at      TEXT,
    UNIQUE (site_uuid, epoch)
) STRICT;
CREATE UNIQUE INDEX hub_sites_one_current ON hub_sites (site_uuid) WHERE status = 'current';
CREATE INDEX hub_sites_by_commune ON hub_sites (district, commune);

-- Each site's audit chain as shipped; a new bundle must continue it (a different event at a held seq: rollback).
CREATE TABLE hub_chain (
    site_uuid  TEXT NOT NULL,
    seq        INTEGER NOT NULL CHECK (seq >= 1),
    at         TEXT NOT NULL,
    actors     TEXT NOT NULL,
    action     TEXT NOT NULL,
    subject    TEXT NOT NULL,
    details    TEXT NOT NULL,
    prev_hash  BLOB NOT NULL CHECK (length(prev_hash) = 32),
    hash       BLOB NOT NULL CHECK (length(hash) = 32),
    PRIMARY KEY (site_uuid, seq)
) STRICT, WITHOUT ROWID;

-- The newest checkpoint accepted per site.
CREATE TABLE hub_checkpoints (
    site_uuid  TEXT PRIMARY KEY,
    size       INTEGER NOT NULL,
    head       BLOB NOT NULL CHECK (length(head) = 32),
    note       TEXT NOT NULL,
    at         TEXT NOT NULL
) STRICT;

-- Every bundle seen. status 'imported' (applied) or 'held' (waiting for the gap before it, file in quarantine).
CREATE TABLE hub_bundles (
    bundle_id    TEXT PRIMARY KEY,
    site_uuid    TEXT NOT NULL,
    epoch        INTEGER NOT NULL,
    sequence     INTEGER NOT NULL,
    first_event  INTEGER NOT NULL,
    last_event   INTEGER NOT NULL,
    checks       INTEGER NOT NULL DEFAULT 0,
    status       TEXT NOT NULL CHECK (status IN ('imported', 'held')),
    held_file    TEXT NOT NULL DEFAULT '',
    received_at  TEXT NOT NULL,
    applied_at   TEXT
) STRICT;
CREATE UNIQUE INDEX hub_bundles_by_sequence ON hub_bundles (site_uuid, sequence);

-- Forks, rollbacks, held bundles and conflicts: what the office must look at.
CREATE TABLE hub_alarms (
    id         INTEGER PRIMARY KEY,
    site_uuid  TEXT NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('fork', 'rollback', 'held', 'conflict')),
    bundle_id  TEXT NOT NULL DEFAULT '',
    message    TEXT NOT NULL,
    at         TEXT NOT NULL,
    cleared_at TEXT
) STRICT;
CREATE INDEX hub_alarms_by_site ON hub_alarms (site_uuid, id);

-- The same UUID arrived with different content: both kept side by side, never overwritten.
CREATE TABLE hub_conflicts (
    id          INTEGER PRIMARY KEY,
    site_uuid   TEXT NOT NULL,
    table_name  TEXT NOT NULL,
    uuid        TEXT NOT NULL,
    held        TEXT NOT NULL,
    incoming    TEXT NOT NULL,
    bundle_id   TEXT NOT NULL,
    at          TEXT NOT NULL
) STRICT;

-- Imported rows, keyed by the workstation's UUIDs; people and books by UUID, never by a local id.
CREATE TABLE hub_users (
    uuid          TEXT PRIMARY KEY,
    site_uuid     TEXT NOT NULL,
    user_name     TEXT NOT NULL,
    display_name  TEXT NOT NULL,
    role          TEXT NOT NULL,
    active        INTEGER NOT NULL,
    created_at    TEXT NOT NULL,
    removed_at    TEXT
) STRICT;
CREATE INDEX hub_users_by_site ON hub_users (site_uuid, user_name);

CREATE TABLE hub_books (
    uuid         TEXT PRIMARY KEY,
    site_uuid    TEXT NOT NULL,
    district     TEXT NOT NULL,
    commune      TEXT NOT NULL,
    record_type  TEXT NOT NULL,
    book_number  TEXT NOT NULL,
    year_from    INTEGER NOT NULL,
    year_to      INTEGER NOT NULL,
    first_entry  INTEGER,
    last_entry   INTEGER,
    status       TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    closed_at    TEXT
) STRICT;
CREATE INDEX hub_books_by_site ON hub_books (site_uuid);

CREATE TABLE hub_checks (
    uuid               TEXT PRIMARY KEY,
    site_uuid          TEXT NOT NULL,
    book_uuid          TEXT NOT NULL,
    entry_number       INTEGER NOT NULL,
    registration_date  TEXT NOT NULL,
    subject_name       TEXT NOT NULL,
    subject_key        TEXT NOT NULL,
    outcome            TEXT NOT NULL,
    transcript         TEXT NOT NULL,
    note               TEXT NOT NULL,
    warnings           TEXT NOT NULL,
    schema_version     TEXT NOT NULL,
    reader_uuid        TEXT NOT NULL,
    checker_uuid       TEXT NOT NULL,
    session_uuid       TEXT,
    logged_at          TEXT NOT NULL,
    seconds_spent      INTEGER NOT NULL,
    supersedes         TEXT,
    reason             TEXT NOT NULL
) STRICT, WITHOUT ROWID;
CREATE INDEX hub_checks_by_book_entry ON hub_checks (book_uuid, entry_number);

CREATE TABLE hub_corrections (
    check_uuid          TEXT NOT NULL,
    position            INTEGER NOT NULL,
    field_key           TEXT NOT NULL,
    value_before        TEXT NOT NULL,
    value_after         TEXT NOT NULL,
    class               TEXT NOT NULL,
    writing_difference  INTEGER NOT NULL,
    PRIMARY KEY (check_uuid, position)
) STRICT, WITHOUT ROWID;

CREATE TABLE hub_review_events (
    uuid             TEXT PRIMARY KEY,
    site_uuid        TEXT NOT NULL,
    check_uuid       TEXT NOT NULL,
    decision         TEXT NOT NULL,
    state            TEXT NOT NULL,
    reason           TEXT NOT NULL,
    note             TEXT NOT NULL,
    supervisor_uuid  TEXT NOT NULL,
    at               TEXT NOT NULL
) STRICT, WITHOUT ROWID;
CREATE INDEX hub_review_events_by_check ON hub_review_events (check_uuid);

CREATE TABLE hub_spot_samples (
    uuid           TEXT PRIMARY KEY,
    site_uuid      TEXT NOT NULL,
    day            TEXT NOT NULL,
    first_user     TEXT NOT NULL,
    second_user    TEXT NOT NULL,
    seed           TEXT NOT NULL,
    rate_permille  INTEGER NOT NULL,
    minimum        INTEGER NOT NULL,
    population     INTEGER NOT NULL,
    drawn_by       TEXT NOT NULL,
    drawn_at       TEXT NOT NULL
) STRICT, WITHOUT ROWID;

CREATE TABLE hub_spot_items (
    uuid         TEXT PRIMARY KEY,
    sample_uuid  TEXT NOT NULL,
    check_uuid   TEXT NOT NULL
) STRICT, WITHOUT ROWID;

CREATE TABLE hub_spot_results (
    uuid             TEXT PRIMARY KEY,
    item_uuid        TEXT NOT NULL,
    result           TEXT NOT NULL,
    field_key        TEXT NOT NULL,
    value_before     TEXT NOT NULL,
    value_after      TEXT NOT NULL,
    class            TEXT NOT NULL,
    note             TEXT NOT NULL,
    supervisor_uuid  TEXT NOT NULL,
    at               TEXT NOT NULL
) STRICT, WITHOUT ROWID;

CREATE TABLE hub_work_sessions (
    uuid         TEXT PRIMARY KEY,
    site_uuid    TEXT NOT NULL,
    first_user   TEXT NOT NULL,
    second_user  TEXT NOT NULL,
    started_at   TEXT NOT NULL
) STRICT, WITHOUT ROWID;

CREATE TABLE hub_work_session_events (
    uuid          TEXT PRIMARY KEY,
    session_uuid  TEXT NOT NULL,
    kind          TEXT NOT NULL,
    reader        TEXT NOT NULL,
    at            TEXT NOT NULL
) STRICT, WITHOUT ROWID;

-- The current word on each entry at the hub (as entry_state at the workstation): kept at import.
CREATE TABLE hub_entry_state (
    book_uuid     TEXT NOT NULL,
    entry_number  INTEGER NOT NULL,
    check_uuid    TEXT NOT NULL,
    first_check   TEXT NOT NULL,
    outcome       TEXT NOT NULL,
    PRIMARY KEY (book_uuid, entry_number)
) STRICT, WITHOUT ROWID;

-- Summaries kept current at import (docs/HUB.md "Summary tables"): per site, site day (UTC+7) of an entry's first
-- logging, record type and pair (user UUIDs ordered), the counts the board and the reports need.
CREATE TABLE hub_daily (
    site_uuid            TEXT NOT NULL,
    day                  TEXT NOT NULL,
    record_type          TEXT NOT NULL,
    first_user           TEXT NOT NULL,
    second_user          TEXT NOT NULL,
    logged               INTEGER NOT NULL DEFAULT 0,
    corrected            INTEGER NOT NULL DEFAULT 0,
    escalated            INTEGER NOT NULL DEFAULT 0,
    corrections          INTEGER NOT NULL DEFAULT 0,
    writing_differences  INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (site_uuid, day, record_type, first_user, second_user)
) STRICT, WITHOUT ROWID;

-- Per site: totals for the board's row, kept at import.
CREATE TABLE hub_site_totals (
    site_uuid            TEXT PRIMARY KEY,
    entries              INTEGER NOT NULL DEFAULT 0,
    checks               INTEGER NOT NULL DEFAULT 0,
    corrected            INTEGER NOT NULL DEFAULT 0,
    corrections          INTEGER NOT NULL DEFAULT 0,
    writing_differences  INTEGER NOT NULL DEFAULT 0,
    escalations_open     INTEGER NOT NULL DEFAULT 0,
    last_import          TEXT
) STRICT;

-- A district's decision on an entry its commune flagged; goes back in the commune's next receipt.
CREATE TABLE hub_decisions (
    uuid         TEXT PRIMARY KEY,
    site_uuid    TEXT NOT NULL,
    check_uuid   TEXT NOT NULL,
    decision     TEXT NOT NULL,
    note         TEXT NOT NULL DEFAULT '',
    decided_by   TEXT NOT NULL,
    decided_at   TEXT NOT NULL
) STRICT;
CREATE INDEX hub_decisions_by_site ON hub_decisions (site_uuid);
)sql";

// Schema 8 (issue 13): the report summaries of the hub (docs/HUB.md "Summary tables"), kept at import beside
// hub_daily, so that the four reports read summaries only over any district, commune and range. Days are site days
// (UTC+7). Back-filled from the rows a hub already holds.
constexpr const char* kSchema8 = R"sql(
-- Entries per site, site day of their first logging and book (the progress report): hub_daily's rule, by book.
CREATE TABLE hub_daily_books (
    site_uuid  TEXT NOT NULL,
    day        TEXT NOT NULL,
    book_uuid  TEXT NOT NULL,
    logged     INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (site_uuid, day, book_uuid)
) STRICT, WITHOUT ROWID;

-- The corrections of current rows per site, site day of the current row, record type, field, class and writing
-- difference (the corrections report: an amendment moves them to its own day, a void takes them out).
CREATE TABLE hub_daily_corrections (
    site_uuid           TEXT NOT NULL,
    day                 TEXT NOT NULL,
    record_type         TEXT NOT NULL,
    field_key           TEXT NOT NULL,
    class               TEXT NOT NULL,
    writing_difference  INTEGER NOT NULL,
    count               INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (site_uuid, day, record_type, field_key, class, writing_difference)
) STRICT, WITHOUT ROWID;

-- Per site, site day and account (user UUID): the volunteers report's credits. read / checked / corrections on the
-- entry's first day for the first row's reader / checker (corrections: real ones of the current row); rechecks on the
-- amendment's day for its reader and checker; returns on the return decision's day for the returned row's pair.
CREATE TABLE hub_daily_people (
    site_uuid    TEXT NOT NULL,
    day          TEXT NOT NULL,
    user_uuid    TEXT NOT NULL,
    read         INTEGER NOT NULL DEFAULT 0,
    checked      INTEGER NOT NULL DEFAULT 0,
    corrections  INTEGER NOT NULL DEFAULT 0,
    rechecks     INTEGER NOT NULL DEFAULT 0,
    returns      INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (site_uuid, day, user_uuid)
) STRICT, WITHOUT ROWID;

-- Spot-checks per site, the sample's day and pair (user UUIDs as the workstation ordered them) and the sampled row's
-- reader and checker: items decided (sampled) and those whose latest result is a miss (missed). The latest result of
-- an item is its newest `at`, then its greatest UUID.
CREATE TABLE hub_daily_spots (
    site_uuid    TEXT NOT NULL,
    day          TEXT NOT NULL,
    first_user   TEXT NOT NULL,
    second_user  TEXT NOT NULL,
    reader       TEXT NOT NULL,
    checker      TEXT NOT NULL,
    sampled      INTEGER NOT NULL DEFAULT 0,
    missed       INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (site_uuid, day, first_user, second_user, reader, checker)
) STRICT, WITHOUT ROWID;

-- The spot-check tables themselves are read for the misses only (a few), and to keep hub_daily_spots at import.
CREATE INDEX hub_spot_samples_by_day ON hub_spot_samples (site_uuid, day);
CREATE INDEX hub_spot_items_by_sample ON hub_spot_items (sample_uuid);
CREATE INDEX hub_spot_results_by_item ON hub_spot_results (item_uuid, at, uuid);
CREATE INDEX hub_spot_results_missed ON hub_spot_results (item_uuid) WHERE result = 'missed';

INSERT INTO hub_daily_books (site_uuid, day, book_uuid, logged)
SELECT f.site_uuid, date(f.logged_at, '+7 hours'), e.book_uuid, count(*) FROM hub_entry_state e
JOIN hub_checks f ON f.uuid = e.first_check GROUP BY 1, 2, 3;

INSERT INTO hub_daily_corrections (site_uuid, day, record_type, field_key, class, writing_difference, count)
SELECT c.site_uuid, date(c.logged_at, '+7 hours'), coalesce(b.record_type, ''), k.field_key, k.class,
       k.writing_difference, count(*) FROM hub_entry_state e JOIN hub_checks c ON c.uuid = e.check_uuid
JOIN hub_corrections k ON k.check_uuid = c.uuid LEFT JOIN hub_books b ON b.uuid = c.book_uuid GROUP BY 1, 2, 3, 4, 5, 6;

INSERT INTO hub_daily_people (site_uuid, day, user_uuid, read, checked, corrections, rechecks, returns)
SELECT site_uuid, day, user_uuid, sum(read), sum(checked), sum(corrections), sum(rechecks), sum(returns) FROM (
    SELECT f.site_uuid, date(f.logged_at, '+7 hours') AS day, f.reader_uuid AS user_uuid, 1 AS read, 0 AS checked,
           0 AS corrections, 0 AS rechecks, 0 AS returns
      FROM hub_entry_state e JOIN hub_checks f ON f.uuid = e.first_check
    UNION ALL
    SELECT f.site_uuid, date(f.logged_at, '+7 hours'), f.checker_uuid, 0, 1,
           (SELECT count(*) FROM hub_corrections k WHERE k.check_uuid = e.check_uuid AND k.writing_difference = 0), 0, 0
      FROM hub_entry_state e JOIN hub_checks f ON f.uuid = e.first_check
    UNION ALL
    SELECT site_uuid, date(logged_at, '+7 hours'), reader_uuid, 0, 0, 0, 1, 0 FROM hub_checks
     WHERE supersedes IS NOT NULL AND outcome <> 'void'
    UNION ALL
    SELECT site_uuid, date(logged_at, '+7 hours'), checker_uuid, 0, 0, 0, 1, 0 FROM hub_checks
     WHERE supersedes IS NOT NULL AND outcome <> 'void'
    UNION ALL
    SELECT r.site_uuid, date(r.at, '+7 hours'), c.reader_uuid, 0, 0, 0, 0, 1 FROM hub_review_events r
      JOIN hub_checks c ON c.uuid = r.check_uuid WHERE r.decision = 'return'
    UNION ALL
    SELECT r.site_uuid, date(r.at, '+7 hours'), c.checker_uuid, 0, 0, 0, 0, 1 FROM hub_review_events r
      JOIN hub_checks c ON c.uuid = r.check_uuid WHERE r.decision = 'return'
) GROUP BY site_uuid, day, user_uuid;

INSERT INTO hub_daily_spots (site_uuid, day, first_user, second_user, reader, checker, sampled, missed)
SELECT p.site_uuid, p.day, p.first_user, p.second_user, c.reader_uuid, c.checker_uuid, count(*),
       sum(r.result = 'missed') FROM hub_spot_items i JOIN hub_spot_samples p ON p.uuid = i.sample_uuid
JOIN hub_checks c ON c.uuid = i.check_uuid
JOIN hub_spot_results r ON r.uuid = (SELECT x.uuid FROM hub_spot_results x WHERE x.item_uuid = i.uuid
                                     ORDER BY x.at DESC, x.uuid DESC LIMIT 1)
GROUP BY 1, 2, 3, 4, 5, 6;
)sql";

// Schema 9 (issue 13, the hub import's speed; docs/HUB.md "Performance").
constexpr const char* kSchema9 = R"sql(
-- hub_checks becomes a rowid table with a unique index on the UUID: as a WITHOUT ROWID table keyed by random UUIDs,
-- each imported row (a few hundred bytes) landed on a page of its own and an import dirtied most of the table's pages;
-- now the rows are appended and only the index's small cells land at random.
CREATE TABLE hub_checks_9 (
    id                 INTEGER PRIMARY KEY,
    uuid               TEXT NOT NULL UNIQUE,
    site_uuid          TEXT NOT NULL,
    book_uuid          TEXT NOT NULL,
    entry_number       INTEGER NOT NULL,
    registration_date  TEXT NOT NULL,
    subject_name       TEXT NOT NULL,
    subject_key        TEXT NOT NULL,
    outcome            TEXT NOT NULL,
    transcript         TEXT NOT NULL,
    note               TEXT NOT NULL,
    warnings           TEXT NOT NULL,
    schema_version     TEXT NOT NULL,
    reader_uuid        TEXT NOT NULL,
    checker_uuid       TEXT NOT NULL,
    session_uuid       TEXT,
    logged_at          TEXT NOT NULL,
    seconds_spent      INTEGER NOT NULL,
    supersedes         TEXT,
    reason             TEXT NOT NULL
) STRICT;
INSERT INTO hub_checks_9 (uuid, site_uuid, book_uuid, entry_number, registration_date, subject_name, subject_key,
    outcome, transcript, note, warnings, schema_version, reader_uuid, checker_uuid, session_uuid, logged_at,
    seconds_spent, supersedes, reason)
SELECT uuid, site_uuid, book_uuid, entry_number, registration_date, subject_name, subject_key, outcome, transcript,
    note, warnings, schema_version, reader_uuid, checker_uuid, session_uuid, logged_at, seconds_spent, supersedes, reason
FROM hub_checks ORDER BY logged_at, uuid;
DROP TABLE hub_checks;
ALTER TABLE hub_checks_9 RENAME TO hub_checks;
CREATE INDEX hub_checks_by_book_entry ON hub_checks (book_uuid, entry_number);
)sql";

// Schema 10 (issue 13, the hub import's speed; docs/HUB.md "The import's speed: decisions").
constexpr const char* kSchema10 = R"sql(
-- hub_corrections becomes a rowid table with a unique index on (check_uuid, position), as hub_checks did in schema 9:
-- keyed by random check UUIDs, each imported correction (values and all) landed at random in the table's pages; now
-- the rows are appended and only the index's small cells land at random.
CREATE TABLE hub_corrections_10 (
    id                  INTEGER PRIMARY KEY,
    check_uuid          TEXT NOT NULL,
    position            INTEGER NOT NULL,
    field_key           TEXT NOT NULL,
    value_before        TEXT NOT NULL,
    value_after         TEXT NOT NULL,
    class               TEXT NOT NULL,
    writing_difference  INTEGER NOT NULL,
    UNIQUE (check_uuid, position)
) STRICT;
INSERT INTO hub_corrections_10 (check_uuid, position, field_key, value_before, value_after, class, writing_difference)
SELECT k.check_uuid, k.position, k.field_key, k.value_before, k.value_after, k.class, k.writing_difference
FROM hub_corrections k LEFT JOIN hub_checks c ON c.uuid = k.check_uuid ORDER BY c.id, k.check_uuid, k.position;
DROP TABLE hub_corrections;
ALTER TABLE hub_corrections_10 RENAME TO hub_corrections;
)sql";

// Schema 11 (issue 14, registration at the hub; docs/REGISTRATION.md).
constexpr const char* kSchema11 = R"sql(
-- A volunteer's registration (form Mẫu 01) as a unit's list gave it: one per person of `persons` (name and ID number are
-- the person's; the ID number is repeated here to keep one registration per number, never a key elsewhere). Yes/no
-- answers are 1, 0 or NULL (unknown). The photo and the signature stay on paper.
CREATE TABLE registrations (
    person_uuid         TEXT PRIMARY KEY REFERENCES persons (uuid),
    unit                TEXT NOT NULL,
    id_number           TEXT NOT NULL UNIQUE CHECK (length(id_number) IN (9, 12)),
    birth_year          INTEGER NOT NULL,
    sex                 TEXT NOT NULL CHECK (sex IN ('', 'male', 'female')),
    position            TEXT NOT NULL,
    residence           TEXT NOT NULL,
    id_issued           TEXT NOT NULL,
    id_place            TEXT NOT NULL,
    phone               TEXT NOT NULL,
    email               TEXT NOT NULL,
    agrees_dates        INTEGER CHECK (agrees_dates IN (0, 1)),
    accepts_assignment  INTEGER CHECK (accepts_assignment IN (0, 1)),
    own_transport       INTEGER CHECK (own_transport IN (0, 1)),
    computer            INTEGER CHECK (computer IN (0, 1)),
    in_province         INTEGER CHECK (in_province IN (0, 1)),
    student             INTEGER CHECK (student IN (0, 1)),
    preferred_district  TEXT NOT NULL,
    preferred_commune   TEXT NOT NULL,
    strengths           TEXT NOT NULL,
    unavailable_days    TEXT NOT NULL,
    source_row          INTEGER NOT NULL,
    registered_by       TEXT NOT NULL,
    registered_at       TEXT NOT NULL
) STRICT, WITHOUT ROWID;
CREATE INDEX registrations_by_unit ON registrations (unit);
)sql";

// Schema 12 (issue 14, the roster package and account activation; docs/HUB.md "Roster packages").
constexpr const char* kSchema12 = R"sql(
-- A volunteer created by `roster apply` is an account awaiting activation: a row without a keyring slot, inactive,
-- with the Argon2id hash of the one-time code printed on the roster sheet. Activation adds the slot, makes the row
-- active and clears the hash (single use). person_uuid is the person the hub issued (PersonService), unique here.
ALTER TABLE users ADD COLUMN person_uuid TEXT;
ALTER TABLE users ADD COLUMN awaiting_activation INTEGER NOT NULL DEFAULT 0 CHECK (awaiting_activation IN (0, 1));
ALTER TABLE users ADD COLUMN activation_hash BLOB;
ALTER TABLE users ADD COLUMN activation_salt BLOB;
ALTER TABLE users ADD COLUMN activation_memory_kib INTEGER;
ALTER TABLE users ADD COLUMN activation_iterations INTEGER;
ALTER TABLE users ADD COLUMN activation_parallelism INTEGER;
ALTER TABLE users ADD COLUMN activation_expires_at TEXT;
CREATE UNIQUE INDEX users_by_person ON users (person_uuid) WHERE person_uuid IS NOT NULL;

-- The workstation's roster: the days each rostered account works, as the newest applied package says.
CREATE TABLE roster_days (
    user_id  INTEGER NOT NULL REFERENCES users (id),
    day      TEXT NOT NULL,
    PRIMARY KEY (user_id, day)
) STRICT, WITHOUT ROWID;

-- Each roster package applied at the workstation (its sequence only ever grows; counts, never names).
CREATE TABLE roster_packages (
    sequence    INTEGER PRIMARY KEY,
    file_id     TEXT NOT NULL UNIQUE,
    campaign    TEXT NOT NULL,
    volunteers  INTEGER NOT NULL,
    applied_at  TEXT NOT NULL,
    applied_by  INTEGER NOT NULL REFERENCES users (id)
) STRICT;

-- At the hub: each roster package built, per commune (its sequence numbers), never the codes.
CREATE TABLE hub_roster_packages (
    id          INTEGER PRIMARY KEY,
    district    TEXT NOT NULL,
    commune     TEXT NOT NULL,
    sequence    INTEGER NOT NULL,
    site_uuid   TEXT NOT NULL,
    epoch       INTEGER NOT NULL,
    file_id     TEXT NOT NULL,
    volunteers  INTEGER NOT NULL,
    built_at    TEXT NOT NULL,
    built_by    TEXT NOT NULL,
    UNIQUE (district, commune, sequence)
) STRICT;
)sql";

// Schema 13 (issue 14, the allocation saved at the hub; docs/REGISTRATION.md "Allocation"): what `allocate --save`
// published — each placed volunteer's commune and the user name the hub chose for their account there (kept for the
// person while they stay in that commune, unique per commune, which is one workstation) — and their roster days. The
// roster packages are built from it.
constexpr const char* kSchema13 = R"sql(
CREATE TABLE hub_plan (
    person_uuid  TEXT PRIMARY KEY REFERENCES persons (uuid),
    district     TEXT NOT NULL,
    commune      TEXT NOT NULL,
    user_name    TEXT NOT NULL,
    nearness     TEXT NOT NULL,
    saved_at     TEXT NOT NULL,
    UNIQUE (district, commune, user_name)
) STRICT, WITHOUT ROWID;

CREATE TABLE hub_plan_days (
    person_uuid  TEXT NOT NULL REFERENCES hub_plan (person_uuid) ON DELETE CASCADE,
    day          TEXT NOT NULL,
    PRIMARY KEY (person_uuid, day)
) STRICT, WITHOUT ROWID;
)sql";

// Schema 14 (issue 13, the hub import's speed; docs/HUB.md "The import's speed: decisions").
constexpr const char* kSchema14 = R"sql(
-- hub_review_events becomes a rowid table with a unique index on the UUID, as hub_checks (schema 9) and hub_corrections
-- (schema 10) did: keyed by random UUIDs, each imported review (reason and note included) landed on a random page of
-- the table; now the rows are appended and only the index's small cells land at random.
CREATE TABLE hub_review_events_14 (
    id               INTEGER PRIMARY KEY,
    uuid             TEXT NOT NULL UNIQUE,
    site_uuid        TEXT NOT NULL,
    check_uuid       TEXT NOT NULL,
    decision         TEXT NOT NULL,
    state            TEXT NOT NULL,
    reason           TEXT NOT NULL,
    note             TEXT NOT NULL,
    supervisor_uuid  TEXT NOT NULL,
    at               TEXT NOT NULL
) STRICT;
INSERT INTO hub_review_events_14 (uuid, site_uuid, check_uuid, decision, state, reason, note, supervisor_uuid, at)
SELECT uuid, site_uuid, check_uuid, decision, state, reason, note, supervisor_uuid, at FROM hub_review_events
ORDER BY at, uuid;
DROP TABLE hub_review_events;
ALTER TABLE hub_review_events_14 RENAME TO hub_review_events;
CREATE INDEX hub_review_events_by_check ON hub_review_events (check_uuid);
)sql";

// Schema 15 (issue 14, a volunteer who drops out; docs/REGISTRATION.md "Withdrawal and correction"): a registration
// is withdrawn, never deleted — kept with the time it was withdrawn, who did it and the reason typed (free text: it
// stays in the encrypted database, never in the audit chain). A withdrawn registration is not eligible.
constexpr const char* kSchema15 = R"sql(
ALTER TABLE registrations ADD COLUMN withdrawn_at TEXT;
ALTER TABLE registrations ADD COLUMN withdrawn_by TEXT;
ALTER TABLE registrations ADD COLUMN withdrawn_reason TEXT NOT NULL DEFAULT '';
)sql";

// Schema 17 (issue 13, the hub import's speed; docs/HUB.md "The import's speed: decisions"). (16 is not used: it was
// planned for another branch and never landed.)
constexpr const char* kSchema17 = R"sql(
-- hub_checks loses its (book, entry) index: no query of the hub reads hub_checks by book and entry (an entry's current
-- row is hub_entry_state's, keyed by book and entry; hub_checks is read by UUID only), and every imported check
-- inserted a cell at a random page of it.
DROP INDEX IF EXISTS hub_checks_by_book_entry;
)sql";

// Schema 18 (issue 15, judging the volunteers; core/evaluation/README.md "Facts"): what each pair did per book and
// day, and the supervisor's approvals and flags per person and day, kept at import beside the report summaries so
// that the evaluation reads summaries only, over any range.
// The entry's columns follow hub_daily's rule (the entry's first site day and first pair, the current row's outcome
// and real corrections and writing differences, a void takes the entry out); voids and amendments count for the pair
// who made them, on the day they made them. Pairs are user UUIDs ordered (first_user < second_user).
constexpr const char* kSchema18 = R"sql(
CREATE TABLE hub_daily_work (
    site_uuid            TEXT NOT NULL,
    day                  TEXT NOT NULL,
    book_uuid            TEXT NOT NULL,
    first_user           TEXT NOT NULL,
    second_user          TEXT NOT NULL,
    logged               INTEGER NOT NULL DEFAULT 0,
    matches              INTEGER NOT NULL DEFAULT 0,
    corrections          INTEGER NOT NULL DEFAULT 0,
    writing_differences  INTEGER NOT NULL DEFAULT 0,
    new_entries          INTEGER NOT NULL DEFAULT 0,
    duplicates           INTEGER NOT NULL DEFAULT 0,
    escalations          INTEGER NOT NULL DEFAULT 0,
    voids                INTEGER NOT NULL DEFAULT 0,
    amendments           INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (site_uuid, day, book_uuid, first_user, second_user)
) STRICT, WITHOUT ROWID;

INSERT INTO hub_daily_work (site_uuid, day, book_uuid, first_user, second_user, logged, matches, corrections,
                            writing_differences, new_entries, duplicates, escalations, voids, amendments)
SELECT site_uuid, day, book_uuid, a, b, sum(logged), sum(matches), sum(corrections), sum(writing), sum(new_entries),
       sum(duplicates), sum(escalations), sum(voids), sum(amendments) FROM (
    SELECT f.site_uuid, date(f.logged_at, '+7 hours') AS day, e.book_uuid, min(f.reader_uuid, f.checker_uuid) AS a,
           max(f.reader_uuid, f.checker_uuid) AS b, 1 AS logged, e.outcome = 'match' AS matches,
           (SELECT count(*) FROM hub_corrections k WHERE k.check_uuid = e.check_uuid AND k.writing_difference = 0)
               AS corrections,
           (SELECT count(*) FROM hub_corrections k WHERE k.check_uuid = e.check_uuid AND k.writing_difference = 1)
               AS writing,
           e.outcome = 'missing_entered_new' AS new_entries, e.outcome = 'duplicate_in_database' AS duplicates,
           e.outcome = 'escalated' AS escalations, 0 AS voids, 0 AS amendments
      FROM hub_entry_state e JOIN hub_checks f ON f.uuid = e.first_check
    UNION ALL
    SELECT site_uuid, date(logged_at, '+7 hours'), book_uuid, min(reader_uuid, checker_uuid),
           max(reader_uuid, checker_uuid), 0, 0, 0, 0, 0, 0, 0, outcome = 'void', outcome <> 'void'
      FROM hub_checks WHERE supersedes IS NOT NULL
) GROUP BY 1, 2, 3, 4, 5;

-- The supervisor's decisions on a pair's work, for both members on the decision's day (as `returns`).
ALTER TABLE hub_daily_people ADD COLUMN approvals INTEGER NOT NULL DEFAULT 0;
ALTER TABLE hub_daily_people ADD COLUMN flags INTEGER NOT NULL DEFAULT 0;
INSERT INTO hub_daily_people (site_uuid, day, user_uuid, approvals, flags)
SELECT site_uuid, day, user_uuid, sum(approvals), sum(flags) FROM (
    SELECT r.site_uuid, date(r.at, '+7 hours') AS day, c.reader_uuid AS user_uuid, r.decision = 'approve' AS approvals,
           r.decision = 'flag' AS flags FROM hub_review_events r JOIN hub_checks c ON c.uuid = r.check_uuid
     WHERE r.decision IN ('approve', 'flag')
    UNION ALL
    SELECT r.site_uuid, date(r.at, '+7 hours'), c.checker_uuid, r.decision = 'approve', r.decision = 'flag'
      FROM hub_review_events r JOIN hub_checks c ON c.uuid = r.check_uuid WHERE r.decision IN ('approve', 'flag')
) WHERE true GROUP BY site_uuid, day, user_uuid
ON CONFLICT (site_uuid, day, user_uuid) DO UPDATE SET approvals = approvals + excluded.approvals,
                                                      flags = flags + excluded.flags;
)sql";

// Schema 19 (issue 15 part 5, certificates of participation; core/services/CertificateService.h). A certificate's
// number is given only at a hub, sequential per campaign from 1; a person keeps theirs in every later batch. The row
// holds no name: the name is printed from the caller's subject, never stored twice.
constexpr const char* kSchema19 = R"sql(
CREATE TABLE hub_certificates (
    campaign     TEXT NOT NULL,
    number       INTEGER NOT NULL CHECK (number >= 1),
    person_uuid  TEXT NOT NULL REFERENCES persons (uuid),
    issued_at    TEXT NOT NULL,
    issued_by    TEXT NOT NULL,
    PRIMARY KEY (campaign, number),
    UNIQUE (campaign, person_uuid)
) STRICT, WITHOUT ROWID;
)sql";

// Schema 20 (issue 15 part 3): each volunteer's explanation as the hub judged them, carried back by receipts (the
// volunteers have no hub account). The newest receipt's wins: an older one arriving late does not replace it.
constexpr const char* kSchema20 = R"sql(
CREATE TABLE received_explanations (
    user_name         TEXT PRIMARY KEY,
    explanation       TEXT NOT NULL,
    receipt_sequence  INTEGER NOT NULL,
    issued_at         TEXT NOT NULL,
    received_at       TEXT NOT NULL
) STRICT, WITHOUT ROWID;
)sql";

// Schema 21 (issue 16 part 3, completeness against the registers; docs/FINDINGS.md "Coverage"): the register inventory
// at a hub — each commune's books by record type, year (the book's first year) and number, with the range of entries
// the paper book holds, as the office entered them (`findings inventory add|import`). One row per commune, type, number
// and year; its SQL is RegisterGateway's.
constexpr const char* kSchema21 = R"sql(
CREATE TABLE hub_registers (
    id           INTEGER PRIMARY KEY,
    district     TEXT NOT NULL,
    commune      TEXT NOT NULL,
    record_type  TEXT NOT NULL CHECK (record_type IN ('birth', 'marriage', 'death')),
    year         INTEGER NOT NULL,
    book_number  TEXT NOT NULL,
    first_entry  INTEGER NOT NULL CHECK (first_entry >= 1),
    last_entry   INTEGER NOT NULL CHECK (last_entry >= first_entry),
    entered_by   TEXT NOT NULL,
    entered_at   TEXT NOT NULL,
    UNIQUE (district, commune, record_type, book_number, year)
) STRICT;
)sql";

// Schema 22 (issue 16 part 2, the error map; core/services/ErrorMapService.h, docs/HUB.md "Summary tables").
// What one current row contributes to the map is written once, as the views below: the import
// (ErrorMapGateway::noteCurrentRow, called by HubGateway) adds a row's contribution when it becomes an entry's current
// row and takes it out when an amendment or a void replaces it, and the back-fill here sums the views over the current
// rows. The register decade is the registration date's (its last four characters, when they are a year: dates are
// stored "dd/MM/yyyy" in the precision held, PartialDate), else the book's first year's. A commune site reads the same
// shape from its own log through the map_* views.
constexpr const char* kSchema22 = R"sql(
-- One row per logged check at the hub: where it falls on the map (site, record type, decade, schema version), its
-- outcome and its writing differences.
CREATE VIEW hub_map_rows AS
SELECT c.uuid AS check_uuid, c.site_uuid, coalesce(b.record_type, '') AS record_type,
       CASE WHEN substr(c.registration_date, -4) GLOB '[0-9][0-9][0-9][0-9]'
            THEN CAST(substr(c.registration_date, -4) AS INTEGER) / 10 * 10
            ELSE coalesce(b.year_from / 10 * 10, 0) END AS decade,
       c.schema_version, c.outcome,
       (SELECT count(*) FROM hub_corrections k WHERE k.check_uuid = c.uuid AND k.writing_difference = 1)
           AS writing_differences
  FROM hub_checks c LEFT JOIN hub_books b ON b.uuid = c.book_uuid;

-- The fields a check found wrong, once per (field, class) and once per field with the class '' (two corrections of
-- one field count once): real corrections (not writing differences) of comparisons (match, corrected) only. Written
-- as UNION ALL of two GROUP BYs on the correction's check UUID (not a UNION, which SQLite does not push a WHERE into),
-- so that the import's lookup of one check (WHERE check_uuid = ?) searches hub_corrections by its index.
CREATE VIEW hub_map_field_rows AS
SELECT k.check_uuid, r.site_uuid, r.record_type, r.decade, k.field_key, k.class
  FROM hub_corrections k JOIN hub_map_rows r ON r.check_uuid = k.check_uuid
 WHERE k.writing_difference = 0 AND r.outcome IN ('match', 'corrected') GROUP BY k.check_uuid, k.field_key, k.class
UNION ALL
SELECT k.check_uuid, r.site_uuid, r.record_type, r.decade, k.field_key, ''
  FROM hub_corrections k JOIN hub_map_rows r ON r.check_uuid = k.check_uuid
 WHERE k.writing_difference = 0 AND r.outcome IN ('match', 'corrected') GROUP BY k.check_uuid, k.field_key;

-- The same at a commune site, over its own log (books carry the commune; the district is the enrollment's).
CREATE VIEW map_rows AS
SELECT c.id AS check_id, b.commune, b.record_type,
       CASE WHEN substr(c.registration_date, -4) GLOB '[0-9][0-9][0-9][0-9]'
            THEN CAST(substr(c.registration_date, -4) AS INTEGER) / 10 * 10
            ELSE b.year_from / 10 * 10 END AS decade,
       c.schema_version, c.outcome,
       (SELECT count(*) FROM corrections k WHERE k.check_id = c.id AND k.writing_difference = 1)
           AS writing_differences
  FROM checks c JOIN books b ON b.id = c.book_id;

CREATE VIEW map_field_rows AS
SELECT k.check_id, r.commune, r.record_type, r.decade, k.field_key, k.class
  FROM corrections k JOIN map_rows r ON r.check_id = k.check_id
 WHERE k.writing_difference = 0 AND r.outcome IN ('match', 'corrected') GROUP BY k.check_id, k.field_key, k.class
UNION ALL
SELECT k.check_id, r.commune, r.record_type, r.decade, k.field_key, ''
  FROM corrections k JOIN map_rows r ON r.check_id = k.check_id
 WHERE k.writing_difference = 0 AND r.outcome IN ('match', 'corrected') GROUP BY k.check_id, k.field_key;

-- The hub's summaries: entries by current outcome (the denominators: match and corrected, expanded to the schema's
-- fields in C++; the other outcomes counted apart) and their writing differences ...
CREATE TABLE hub_map_entries (
    site_uuid            TEXT NOT NULL,
    record_type          TEXT NOT NULL,
    decade               INTEGER NOT NULL,
    schema_version       TEXT NOT NULL,
    outcome              TEXT NOT NULL,
    entries              INTEGER NOT NULL DEFAULT 0,
    writing_differences  INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (site_uuid, record_type, decade, schema_version, outcome)
) STRICT, WITHOUT ROWID;

-- ... and entries with at least one real correction of a field (of a class; class '': of any class).
CREATE TABLE hub_map_corrected (
    site_uuid    TEXT NOT NULL,
    record_type  TEXT NOT NULL,
    decade       INTEGER NOT NULL,
    field_key    TEXT NOT NULL,
    class        TEXT NOT NULL,
    entries      INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (site_uuid, record_type, decade, field_key, class)
) STRICT, WITHOUT ROWID;

INSERT INTO hub_map_entries (site_uuid, record_type, decade, schema_version, outcome, entries, writing_differences)
SELECT r.site_uuid, r.record_type, r.decade, r.schema_version, r.outcome, count(*), sum(r.writing_differences)
  FROM hub_entry_state e JOIN hub_map_rows r ON r.check_uuid = e.check_uuid GROUP BY 1, 2, 3, 4, 5;

INSERT INTO hub_map_corrected (site_uuid, record_type, decade, field_key, class, entries)
SELECT f.site_uuid, f.record_type, f.decade, f.field_key, f.class, count(*)
  FROM hub_entry_state e JOIN hub_map_field_rows f ON f.check_uuid = e.check_uuid GROUP BY 1, 2, 3, 4, 5;
)sql";

// Schema 23 (issue 17 part 6, the end of the campaign; docs/HUB.md "The end of the campaign"): at a hub, the wipe
// statements the communes' workstations signed when they wiped themselves, as recorded (`hub wipe-record`). One row per
// statement (its file id); the statement itself is kept as received, signed, so that the office can show it again. Its
// SQL is WipeGateway's.
constexpr const char* kSchema23 = R"sql(
CREATE TABLE hub_wipes (
    statement_id  TEXT PRIMARY KEY,
    site_uuid     TEXT NOT NULL,
    epoch         INTEGER NOT NULL CHECK (epoch >= 1),
    district      TEXT NOT NULL,
    commune       TEXT NOT NULL,
    last_sequence INTEGER NOT NULL CHECK (last_sequence >= 1),
    last_event    INTEGER NOT NULL CHECK (last_event >= 1),
    files         INTEGER NOT NULL CHECK (files >= 0),
    bytes         INTEGER NOT NULL CHECK (bytes >= 0),
    wiped_at      TEXT NOT NULL,
    recorded_at   TEXT NOT NULL,
    recorded_by   TEXT NOT NULL,
    statement     BLOB NOT NULL
) STRICT;
CREATE INDEX hub_wipes_by_site ON hub_wipes (site_uuid, wiped_at);
)sql";

// Schema 24 (issue 18, the training day; docs/TRAINING.md "The training site"): only a training site fills these. Its
// trainee pairs (two volunteers each, numbered from 1; an account belongs to one pair), the synthetic books given to
// them — each an ordinary row of `books` (so the logging screen and LogService work unchanged) with the book's training
// content as core/training's JSON (the answer key: never a real citizen's data), the generator's seed as decimal text
// (an unsigned 64-bit number does not fit SQLite's signed integer) — and the keys the logging screen counted per logged
// check. Its SQL is TrainingGateway's.
constexpr const char* kSchema24 = R"sql(
CREATE TABLE training_pairs (
    pair_number  INTEGER PRIMARY KEY CHECK (pair_number >= 1),
    member_a     INTEGER NOT NULL UNIQUE REFERENCES users (id),
    member_b     INTEGER NOT NULL UNIQUE REFERENCES users (id),
    CHECK (member_a <> member_b)
) STRICT;

CREATE TABLE training_books (
    book_id      INTEGER PRIMARY KEY REFERENCES books (id),
    pair_number  INTEGER NOT NULL REFERENCES training_pairs (pair_number),
    seed         TEXT NOT NULL CHECK (length(seed) BETWEEN 1 AND 20 AND seed NOT GLOB '*[^0-9]*'),
    content      BLOB NOT NULL,
    added_at     TEXT NOT NULL
) STRICT;
CREATE INDEX training_books_by_pair ON training_books (pair_number, book_id);

CREATE TABLE training_keys (
    check_uuid   TEXT PRIMARY KEY REFERENCES checks (uuid),
    keys         INTEGER NOT NULL CHECK (keys >= 0)
) STRICT, WITHOUT ROWID;
)sql";

// Schema 25 (issue 13, the import's speed; docs/HUB.md "The error map's summaries"): what one current row contributes
// to the error map is core/domain/MapContribution's rule, applied by ErrorMapGateway to the rows the import has in hand
// and to a commune's current rows. The views of schema 22 that held the rule go, so that it is written once; schema
// 22's back-fill, which read them, ran when it was the newest step.
constexpr const char* kSchema25 = R"sql(
DROP VIEW hub_map_field_rows;
DROP VIEW hub_map_rows;
DROP VIEW map_field_rows;
DROP VIEW map_rows;
)sql";

// Schema 26 (issue 13, the import's speed; docs/HUB.md "The chain in blocks"): the hub keeps each site's chain as
// shipped in blocks, one per bundle applied — the events' hashes (32 bytes each, in order) and their text fields as a
// JSON array of [at, actors, action, subject, details], compressed (`json-zstd`: one Zstandard frame, RFC 8878, that
// states its size) — instead of a row per event (about 470 bytes each, the largest table of a hub). An event's
// prev_hash is the hash before it (the chain starts at 1). A hub's existing chain becomes one uncompressed block per
// site (`json`). Its SQL is HubGateway's.
constexpr const char* kSchema26 = R"sql(
CREATE TABLE hub_chain_blocks (
    id         INTEGER PRIMARY KEY,
    site_uuid  TEXT NOT NULL,
    first_seq  INTEGER NOT NULL CHECK (first_seq >= 1),
    last_seq   INTEGER NOT NULL CHECK (last_seq >= first_seq),
    hashes     BLOB NOT NULL CHECK (length(hashes) = 32 * (last_seq - first_seq + 1)),
    encoding   TEXT NOT NULL CHECK (encoding IN ('json', 'json-zstd')),
    events     BLOB NOT NULL,
    UNIQUE (site_uuid, first_seq)
) STRICT;
INSERT INTO hub_chain_blocks (site_uuid, first_seq, last_seq, hashes, encoding, events)
SELECT site_uuid, min(seq), max(seq), unhex(group_concat(hex(hash), '' ORDER BY seq)), 'json',
       CAST(json_group_array(json_array(at, actors, action, subject, details) ORDER BY seq) AS BLOB)
FROM hub_chain GROUP BY site_uuid;
DROP TABLE hub_chain;
)sql";

// Schema 27 (issue 13, the import's speed; docs/HUB.md "The judging's facts read without sorting"): the hub's work
// session events by session and time, so that the facts read before every import's commit (EvaluationGateway::hubFacts)
// walk each session's events in order (its time, then its UUID: the order the workstation made them) instead of
// sorting all of the province's events each time; the kind is in the index too, so the walk never looks the row up.
// Its SQL is EvaluationGateway's and HubGateway's.
constexpr const char* kSchema27 = R"sql(
CREATE INDEX hub_work_session_events_by_session ON hub_work_session_events (session_uuid, at, uuid, kind);
)sql";

// Schema 28 (issue 13, the import's speed; docs/HUB.md "UUIDs as 16 bytes"): the hub's two largest tables keep their
// UUIDs as their 16 bytes (core/Uuid.h: RFC 9562's order) instead of their 36 characters — hub_checks the check's, its
// site's, book's, reader's, checker's and session's and the one it supersedes; hub_entry_state the book's, the current
// check's and the first check's: about 200 bytes fewer a check in rows and index cells, and so fewer pages for every
// commit to encrypt, log and copy. The rows keep their ids (the order they came in). Their SQL is HubGateway's,
// HubBoardGateway's, HubReportGateway's and FindingsGateway's; a join with a table that keeps text converts the text
// side (`unhex(replace(x, '-', ''))`). The old tables are renamed, copied from and dropped after the step commits
// (kSchema28AfterCommit; Migration::afterCommit says why).
constexpr const char* kSchema28 = R"sql(
ALTER TABLE hub_checks RENAME TO hub_checks_27;
ALTER TABLE hub_entry_state RENAME TO hub_entry_state_27;

CREATE TABLE hub_checks (
    id                 INTEGER PRIMARY KEY,
    uuid               BLOB NOT NULL UNIQUE CHECK (length(uuid) = 16),
    site_uuid          BLOB NOT NULL CHECK (length(site_uuid) = 16),
    book_uuid          BLOB NOT NULL CHECK (length(book_uuid) = 16),
    entry_number       INTEGER NOT NULL,
    registration_date  TEXT NOT NULL,
    subject_name       TEXT NOT NULL,
    subject_key        TEXT NOT NULL,
    outcome            TEXT NOT NULL,
    transcript         TEXT NOT NULL,
    note               TEXT NOT NULL,
    warnings           TEXT NOT NULL,
    schema_version     TEXT NOT NULL,
    reader_uuid        BLOB NOT NULL CHECK (length(reader_uuid) = 16),
    checker_uuid       BLOB NOT NULL CHECK (length(checker_uuid) = 16),
    session_uuid       BLOB CHECK (length(session_uuid) = 16),
    logged_at          TEXT NOT NULL,
    seconds_spent      INTEGER NOT NULL,
    supersedes         BLOB CHECK (length(supersedes) = 16),
    reason             TEXT NOT NULL
) STRICT;
INSERT INTO hub_checks (id, uuid, site_uuid, book_uuid, entry_number, registration_date, subject_name, subject_key,
    outcome, transcript, note, warnings, schema_version, reader_uuid, checker_uuid, session_uuid, logged_at,
    seconds_spent, supersedes, reason)
SELECT id, unhex(replace(uuid, '-', '')), unhex(replace(site_uuid, '-', '')), unhex(replace(book_uuid, '-', '')),
    entry_number, registration_date, subject_name, subject_key, outcome, transcript, note, warnings, schema_version,
    unhex(replace(reader_uuid, '-', '')), unhex(replace(checker_uuid, '-', '')), unhex(replace(session_uuid, '-', '')),
    logged_at, seconds_spent, unhex(replace(supersedes, '-', '')), reason
FROM hub_checks_27 ORDER BY id;

CREATE TABLE hub_entry_state (
    book_uuid     BLOB NOT NULL CHECK (length(book_uuid) = 16),
    entry_number  INTEGER NOT NULL,
    check_uuid    BLOB NOT NULL CHECK (length(check_uuid) = 16),
    first_check   BLOB NOT NULL CHECK (length(first_check) = 16),
    outcome       TEXT NOT NULL,
    PRIMARY KEY (book_uuid, entry_number)
) STRICT, WITHOUT ROWID;
INSERT INTO hub_entry_state (book_uuid, entry_number, check_uuid, first_check, outcome)
SELECT unhex(replace(book_uuid, '-', '')), entry_number, unhex(replace(check_uuid, '-', '')),
    unhex(replace(first_check, '-', '')), outcome
FROM hub_entry_state_27 ORDER BY book_uuid, entry_number;
)sql";

// What schema 28 replaced, dropped after it committed (Migration::afterCommit).
constexpr const char* kSchema28AfterCommit = R"sql(
DROP TABLE IF EXISTS hub_checks_27;
DROP TABLE IF EXISTS hub_entry_state_27;
)sql";

constexpr Migration kSiteMigrations[] = {
    {1, kSchema1},   {2, kSchema2},   {3, kSchema3},
    {4, kSchema4},   {5, kSchema5},   {6, kSchema6},
    {7, kSchema7},   {8, kSchema8},   {9, kSchema9},
    {10, kSchema10}, {11, kSchema11}, {12, kSchema12},
    {13, kSchema13}, {14, kSchema14}, {15, kSchema15},
    {17, kSchema17}, {18, kSchema18}, {19, kSchema19},
    {20, kSchema20}, {21, kSchema21}, {22, kSchema22},
    {23, kSchema23}, {24, kSchema24}, {25, kSchema25},
    {26, kSchema26}, {27, kSchema27}, {28, kSchema28, kSchema28AfterCommit},
};

} // namespace

std::span<const Migration> siteMigrations() {
    return kSiteMigrations;
}

int latestSchemaVersion() {
    return siteMigrations().back().version;
}

void migrate(Database& database) {
    migrate(database, siteMigrations());
}

void migrate(Database& database, std::span<const Migration> migrations) {
    const int newest = migrations.empty() ? 0 : migrations.back().version;
    const int current = database.userVersion();
    if (current > newest) {
        throw SchemaTooNewError(current, newest);
    }
    for (const Migration& step : migrations) {
        if (step.version <= current) {
            continue;
        }
        Transaction transaction(database);
        // Another process may have applied this step while we waited for the write lock.
        if (database.userVersion() >= step.version) {
            continue;
        }
        database.exec(step.sql);
        // PRAGMA takes no bound parameters; the version is our own constant, never data.
        database.exec("PRAGMA user_version = " + std::to_string(step.version));
        transaction.commit();
    }
    const int reached = database.userVersion();
    for (const Migration& step : migrations) {
        if (step.afterCommit != nullptr && step.version <= reached) {
            try {
                database.exec(step.afterCommit); // each statement its own transaction (Migration::afterCommit)
            } catch (const StoreError&) {
                // Busy or locked by another connection: what it drops is unused; the next open drops it.
            }
        }
    }
}

} // namespace dc::core::store
