"""Step 11 (released, frozen): a county no longer lets one township take over a person another
township holds.

``sync_mirror.held`` marks a township row that names a person (an ID number) another township
still has in post: it waits in the conflict queue and does not feed the county's row, nor the
county's checksum of that township, until the other township lets the person go (调出 or
deleted) or the county confirms the move. ``sync_conflicts.kind`` tells such a double claim
(``claim``) from a row changed on both sides (``edit``, every conflict before this step).
"""

from __future__ import annotations

import sqlite3

from swdesk.store.schema.script import run_script


def apply(c: sqlite3.Connection) -> None:
    run_script(
        c,
        """
        ALTER TABLE sync_mirror ADD COLUMN held INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE sync_conflicts ADD COLUMN kind TEXT NOT NULL DEFAULT 'edit';
        """,
    )
