"""Versioned schema. ``PRAGMA user_version`` holds the number of migrations applied.

Rules for adding one: append a function, never edit a released one; every table that travels
to the county gets the sync columns from ``SYNC_COLUMNS_SQL`` in the same migration that
creates it, and is listed in ``swdesk.store.schema.SYNCED_TABLES``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from swdesk.store.training_schema import m_training_live_by_event

# UUID key, UTC timestamps, origin unit, version rising on every change, tombstone, and a
# local change counter (``rev``) that incremental export reads "since the last package".
SYNC_COLUMNS_SQL = """
    id          TEXT PRIMARY KEY,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    origin      TEXT NOT NULL,
    version     INTEGER NOT NULL DEFAULT 1,
    deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    rev         INTEGER NOT NULL DEFAULT 0
"""


def run_script(c: sqlite3.Connection, script: str) -> None:
    """Execute statements one by one: ``executescript`` would commit the open transaction."""
    buf = ""
    for line in script.splitlines(keepends=True):
        if line.strip().startswith("--"):
            continue
        buf += line
        if sqlite3.complete_statement(buf):
            c.execute(buf)
            buf = ""
    if buf.strip():
        c.execute(buf)


def _m1_foundation(c: sqlite3.Connection) -> None:
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
            {SYNC_COLUMNS_SQL},
            code        TEXT NOT NULL UNIQUE,
            name        TEXT NOT NULL,
            kind        TEXT NOT NULL CHECK (kind IN ('urban', 'rural'))
        );

        CREATE TABLE workers (
            {SYNC_COLUMNS_SQL},
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
            {SYNC_COLUMNS_SQL},
            worker_id          TEXT NOT NULL REFERENCES workers (id),
            level              TEXT NOT NULL,
            cert_number        TEXT,
            obtained_date      TEXT,
            registration_date  TEXT
        );
        CREATE INDEX certificates_worker ON certificates (worker_id);

        -- Moves between villages and status changes, with their dates: the file's own history.
        CREATE TABLE worker_history (
            {SYNC_COLUMNS_SQL},
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


def _m2_training(c: sqlite3.Connection) -> None:
    """Continuing education: training events, each worker's credited records, proof files.

    A record keeps its own ``end_date`` (copied from its event, kept in step when the event's
    dates change) because hours count in the period containing that date and standing for
    every worker is one range scan over ``training_records_period``, with no join.
    Proof scans are stored once by content hash (``training_proofs``): the bytes stay with the
    data and its backups, and the synced record carries the hash, so audit entries stay small.
    """
    run_script(
        c,
        f"""
        CREATE TABLE training_events (
            {SYNC_COLUMNS_SQL},
            title       TEXT NOT NULL,
            organizer   TEXT,
            start_date  TEXT NOT NULL,
            end_date    TEXT NOT NULL,
            mode        TEXT NOT NULL,
            hours       REAL NOT NULL CHECK (hours > 0),
            place       TEXT,
            note        TEXT,
            CHECK (end_date >= start_date)
        );
        CREATE INDEX training_events_date ON training_events (end_date);

        CREATE TABLE training_records (
            {SYNC_COLUMNS_SQL},
            worker_id   TEXT NOT NULL REFERENCES workers (id),
            event_id    TEXT REFERENCES training_events (id),
            activity    TEXT NOT NULL DEFAULT 'training',
            title       TEXT,
            mode        TEXT,
            start_date  TEXT,
            end_date    TEXT NOT NULL,
            hours       REAL,
            hours_credited REAL NOT NULL CHECK (hours_credited >= 0),
            proof_name  TEXT,
            proof_sha256 TEXT,
            note        TEXT
        );
        CREATE UNIQUE INDEX training_records_once ON training_records (worker_id, event_id)
            WHERE deleted = 0 AND event_id IS NOT NULL;
        CREATE INDEX training_records_period
            ON training_records (worker_id, end_date, hours_credited) WHERE deleted = 0;
        CREATE INDEX training_records_event ON training_records (event_id);
        CREATE INDEX training_records_rev ON training_records (rev);
        CREATE INDEX training_events_rev ON training_events (rev);

        CREATE TABLE training_proofs (
            sha256      TEXT PRIMARY KEY,
            size        INTEGER NOT NULL,
            data        BLOB NOT NULL
        );
        """,
    )


def _m_appraisals(c: sqlite3.Connection) -> None:
    # Imported here: appraisal_schema imports SYNC_COLUMNS_SQL and run_script from this module.
    from swdesk.store.appraisal_schema import migrate_appraisals

    migrate_appraisals(c)


def _m_exam(c: sqlite3.Connection) -> None:
    from swdesk.store.exam_schema import migrate_exam

    migrate_exam(c)


def _m_sync(c: sqlite3.Connection) -> None:
    from swdesk.store.sync_schema import m_sync

    m_sync(c)


def _m_origin_keys(c: sqlite3.Connection) -> None:
    from swdesk.store.origin_keys_schema import migrate_origin_keys

    migrate_origin_keys(c)


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [
    _m1_foundation,
    _m2_training,
    m_training_live_by_event,
    _m_appraisals,
    _m_exam,
    _m_sync,
    _m_origin_keys,
]
SCHEMA_VERSION = len(MIGRATIONS)


def schema_version() -> int:
    """The version this program writes, read from ``MIGRATIONS`` at call time.

    Callers use this rather than the ``SCHEMA_VERSION`` constant so the number can never
    disagree with the list of migrations actually applied (tests add migrations to the list).
    """
    return len(MIGRATIONS)


def current_version(c: sqlite3.Connection) -> int:
    return int(c.execute("PRAGMA user_version").fetchone()[0])


def migrate(c: sqlite3.Connection, upto: int | None = None) -> list[int]:
    """Apply pending migrations, each in its own transaction; return the versions applied.

    A migration that fails is rolled back, so the file stays at the last version that
    completed (and the exception reaches the caller).
    """
    applied = []
    start = current_version(c)
    last = schema_version() if upto is None else upto
    for number in range(start + 1, last + 1):
        c.execute("BEGIN IMMEDIATE")
        try:
            MIGRATIONS[number - 1](c)
            c.execute(f"PRAGMA user_version = {number}")
            c.execute("COMMIT")
        except BaseException:
            if c.in_transaction:
                c.execute("ROLLBACK")
            raise
        applied.append(number)
    return applied
