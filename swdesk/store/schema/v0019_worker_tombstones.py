"""Step 19 (released, frozen): the removed workers' files in an index of their own.

The worker list opens with the number of people in the file, which sizes its scroll bar and
its count line. Counted over the live workers (``deleted = 0``), SQLite walks a whole index of
names; the whole table is counted off its smallest index (``workers_rev``), ten times fewer
bytes, so the live count is that less the removed files, which this index holds alone (few,
even in a county file of every township's workers).
"""

from __future__ import annotations

import sqlite3

from swdesk.store.schema.script import run_script


def apply(c: sqlite3.Connection) -> None:
    run_script(
        c,
        """
        CREATE INDEX workers_tombstones ON workers (deleted) WHERE deleted = 1;
        """,
    )
