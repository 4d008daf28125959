"""Step 2 (released, frozen): continuing education tables."""

from __future__ import annotations

import sqlite3

from swdesk.store.schema.script import run_script
from swdesk.store.schema.v0001_foundation import SYNC_COLUMNS


def apply(c: sqlite3.Connection) -> None:
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
            {SYNC_COLUMNS},
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
            {SYNC_COLUMNS},
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
