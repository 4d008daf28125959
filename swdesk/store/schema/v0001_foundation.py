"""Step 1 (released, frozen): the foundation of every data file.

Local tables (``meta``, ``settings``, ``audit_log``, the derived ``worker_search``) and the first
synced ones: villages, workers, their certificates and history.
"""

from __future__ import annotations

import sqlite3

from swdesk.store.schema.script import run_script

# The sync columns, as released here and as every later step that creates a synced table takes
# them from here: UUID key, UTC timestamps, origin unit, version rising on every change, tombstone,
# and a local change counter (``rev``) that incremental export reads "since the last package".
# Frozen with this step: SQLite keeps this text (blank lines and all) in every file's schema.
SYNC_COLUMNS = """
    id          TEXT PRIMARY KEY,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    origin      TEXT NOT NULL,
    version     INTEGER NOT NULL DEFAULT 1,
    deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    rev         INTEGER NOT NULL DEFAULT 0
"""


def apply(c: sqlite3.Connection) -> None:
    run_script(
        c,
        f"""
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
        CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE audit_log (
            seq         INTEGER PRIMARY KEY AUTOINCREMENT,
            at          TEXT NOT NULL,
            operator    TEXT NOT NULL,
            table_name  TEXT NOT NULL,
            row_id      TEXT NOT NULL,
            action      TEXT NOT NULL,
            old         TEXT,
            new         TEXT,
            reason      TEXT
        );
        CREATE INDEX audit_row ON audit_log (table_name, row_id);

        CREATE TABLE villages (
            {SYNC_COLUMNS},
            code        TEXT NOT NULL UNIQUE,
            name        TEXT NOT NULL,
            kind        TEXT NOT NULL CHECK (kind IN ('urban', 'rural'))
        );

        CREATE TABLE workers (
            {SYNC_COLUMNS},
            id_number         TEXT NOT NULL UNIQUE,
            name              TEXT NOT NULL,
            gender            TEXT NOT NULL CHECK (gender IN ('男', '女')),
            birth_date        TEXT NOT NULL,
            id_note           TEXT,
            ethnicity         TEXT,
            phone             TEXT,
            political_status  TEXT,
            education         TEXT,
            major             TEXT,
            sw_major          INTEGER NOT NULL DEFAULT 0,
            village_code      TEXT,
            post_type         TEXT,
            professional_post INTEGER NOT NULL DEFAULT 0,
            domains           TEXT NOT NULL DEFAULT '[]',
            status            TEXT NOT NULL DEFAULT '在岗',
            status_date       TEXT,
            notes             TEXT,
            level             TEXT,
            level_rank        INTEGER NOT NULL DEFAULT 0,
            name_pinyin       TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX workers_name ON workers (name);
        CREATE INDEX workers_pinyin ON workers (name_pinyin);
        CREATE INDEX workers_village ON workers (village_code);
        -- The list shows live rows sorted by name and counts them per village: partial
        -- indexes answer both without reading every row's deleted flag.
        CREATE INDEX workers_live_pinyin ON workers (name_pinyin) WHERE deleted = 0;
        CREATE INDEX workers_live_village ON workers (village_code) WHERE deleted = 0;
        CREATE INDEX workers_rev ON workers (rev);

        CREATE TABLE certificates (
            {SYNC_COLUMNS},
            worker_id          TEXT NOT NULL REFERENCES workers (id),
            level              TEXT NOT NULL,
            cert_number        TEXT,
            obtained_date      TEXT,
            registration_date  TEXT
        );
        CREATE INDEX certificates_worker ON certificates (worker_id);

        -- Moves between villages and status changes, with their dates: the file's own history.
        CREATE TABLE worker_history (
            {SYNC_COLUMNS},
            worker_id   TEXT NOT NULL REFERENCES workers (id),
            kind        TEXT NOT NULL CHECK (kind IN ('village', 'status')),
            old_value   TEXT,
            new_value   TEXT,
            on_date     TEXT,
            note        TEXT
        );
        CREATE INDEX worker_history_worker ON worker_history (worker_id);

        -- Derived search index (local only, rebuilt from workers): see core.names.search_terms.
        CREATE TABLE worker_search (
            term  TEXT NOT NULL,
            wid   INTEGER NOT NULL,
            PRIMARY KEY (term, wid)
        ) WITHOUT ROWID;
        """,
    )
