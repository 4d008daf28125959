"""Step 6 (released, frozen): local bookkeeping of sync — keys, enrolled townships, packages
seen, the county's record of what each township sent, the conflict queue and the township's
export log.

None of these tables travel (they are not in ``SYNCED_TABLES``): they describe *this* file's
relation to its peers, and each side keeps its own.
"""

from __future__ import annotations

import sqlite3

from swdesk.store.schema.script import run_script


def apply(c: sqlite3.Connection) -> None:
    run_script(
        c,
        """
        -- Own key pairs (county: enc + sign; township: sign). Private halves never leave the
        -- file except in a passphrase-protected backup.
        CREATE TABLE sync_keys (
            name        TEXT PRIMARY KEY,
            public      BLOB NOT NULL,
            private     BLOB NOT NULL,
            created_at  TEXT NOT NULL,
            backed_up_at TEXT
        );

        -- Township side: the county it reports to (from the enrollment file).
        CREATE TABLE sync_county (
            code        TEXT PRIMARY KEY,
            name        TEXT NOT NULL,
            enc_public  BLOB NOT NULL,
            sign_public BLOB NOT NULL,
            enrollment_id TEXT NOT NULL,
            join_secret BLOB NOT NULL,
            joined_at   TEXT NOT NULL
        );

        -- County side: enrolled townships. ``sign_public`` is pinned from the first accepted
        -- package (proved with the enrollment's join secret); re-enrolling clears it.
        CREATE TABLE sync_townships (
            code          TEXT PRIMARY KEY,
            name          TEXT NOT NULL,
            enrollment_id TEXT NOT NULL,
            join_secret   BLOB NOT NULL,
            sign_public   BLOB,
            enrolled_at   TEXT NOT NULL,
            last_import_at TEXT,
            last_manifest TEXT
        );

        -- County side: every package accepted (sequence numbers held) and what it covered.
        CREATE TABLE sync_packages (
            township    TEXT NOT NULL,
            sequence    INTEGER NOT NULL,
            digest      TEXT NOT NULL,
            full        INTEGER NOT NULL,
            covers      TEXT NOT NULL DEFAULT '[]',
            imported_at TEXT NOT NULL,
            summary     TEXT NOT NULL,
            PRIMARY KEY (township, sequence)
        );

        -- County side: the last state of every township row seen, by the row's own UUID.
        -- ``key_id`` is the county row it merged into (a person by ID number, a village by
        -- code; NULL for rows kept under their own id); ``applied_rev`` is that county row's ``rev`` when
        -- sync last wrote it, so a later county edit is seen as a change on the county side;
        -- ``winner`` marks the township row whose data the county row of its key last took.
        CREATE TABLE sync_mirror (
            tbl          TEXT NOT NULL,
            id           TEXT NOT NULL,
            origin       TEXT NOT NULL,
            version      INTEGER NOT NULL,
            deleted      INTEGER NOT NULL,
            hash         TEXT NOT NULL,
            key_id       TEXT,
            applied_rev  INTEGER NOT NULL,
            updated_at   TEXT NOT NULL,
            data         TEXT,
            winner       INTEGER NOT NULL DEFAULT 0
        );
        -- Rows are appended; only this narrow index takes random inserts (UUIDs are unique
        -- across tables: an import refuses a row whose id is known under another table).
        CREATE UNIQUE INDEX sync_mirror_id ON sync_mirror (id);
        CREATE INDEX sync_mirror_key ON sync_mirror (tbl, key_id) WHERE key_id IS NOT NULL;

        -- County side: per township and table, the count and XOR checksum of the live rows in
        -- ``sync_mirror``, kept in step by every import (XOR undoes itself), so reconciling
        -- 30 townships reads 30 × tables rows instead of every row.
        CREATE TABLE sync_checksums (
            origin  TEXT NOT NULL,
            tbl     TEXT NOT NULL,
            live    INTEGER NOT NULL,
            xor     TEXT NOT NULL,
            PRIMARY KEY (origin, tbl)
        ) WITHOUT ROWID;

        -- County side: a row changed by a township *and* at the county since sync last wrote
        -- it. The county keeps its value until someone chooses.
        CREATE TABLE sync_conflicts (
            seq          INTEGER PRIMARY KEY AUTOINCREMENT,
            tbl          TEXT NOT NULL,
            row_id       TEXT NOT NULL,
            township     TEXT NOT NULL,
            sequence     INTEGER NOT NULL,
            incoming     TEXT NOT NULL,
            county       TEXT NOT NULL,
            created_at   TEXT NOT NULL,
            resolved_at  TEXT,
            resolution   TEXT
        );
        CREATE INDEX sync_conflicts_open ON sync_conflicts (tbl, row_id) WHERE resolved_at IS NULL;

        -- Township side: every package written, with the range of local changes it holds.
        CREATE TABLE sync_exports (
            sequence    INTEGER PRIMARY KEY,
            created_at  TEXT NOT NULL,
            from_rev    INTEGER NOT NULL,
            to_rev      INTEGER NOT NULL,
            full        INTEGER NOT NULL,
            file_name   TEXT NOT NULL,
            size        INTEGER NOT NULL,
            rows        INTEGER NOT NULL
        );
        """,
    )
