"""Step 10 (frozen once released): local accounts and the export log.

Both tables are local, never synced: an account opens this PC's copy of the file (the county
has its own people), and the export log says which files left this PC. ``accounts.pw_hash``
holds a salted scrypt hash (``core.accounts.hash_password``), never the password.
"""

from __future__ import annotations

import sqlite3

from swdesk.store.schema.script import run_script


def apply(c: sqlite3.Connection) -> None:
    run_script(
        c,
        """
        CREATE TABLE accounts (
            name        TEXT PRIMARY KEY,
            role        TEXT NOT NULL,
            pw_hash     TEXT NOT NULL,
            disabled    INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
            created_at  TEXT NOT NULL,
            changed_at  TEXT NOT NULL
        );

        CREATE TABLE export_log (
            seq         INTEGER PRIMARY KEY AUTOINCREMENT,
            at          TEXT NOT NULL,
            account     TEXT NOT NULL,
            kind        TEXT NOT NULL,
            file        TEXT NOT NULL,
            rows        INTEGER NOT NULL,
            full_ids    INTEGER NOT NULL CHECK (full_ids IN (0, 1))
        );
        """,
    )
