"""Step 14 (released, frozen): the order of a worker's name kept in a column, ``name_sort``.

The worker list sorts names as a 花名册 does — character by character, each by its pinyin,
then strokes (``core.names.sort_key``) — and pages through them straight off an index, so the
key is stored: ``name_sort`` with an index over every row (the list with deleted records
shown) and a partial one over live rows (the everyday list, like ``workers_live_pinyin``).

The key is computed by Python (pinyin and stroke data), which a frozen step may not carry,
so the column starts NULL and the store fills every NULL key when it opens a file
(``store.name_order.fill_keys``): a file upgraded here gets its keys on that first open. A
later change to the order itself is a step that sets the column back to NULL.

The key is derived, local data: it never travels to the county (``sync.tables``), each file
computes its own.
"""

from __future__ import annotations

import sqlite3

from swdesk.store.schema.script import run_script


def apply(c: sqlite3.Connection) -> None:
    run_script(
        c,
        """
        ALTER TABLE workers ADD COLUMN name_sort TEXT;
        CREATE INDEX workers_sort ON workers (name_sort);
        CREATE INDEX workers_live_sort ON workers (name_sort) WHERE deleted = 0;
        """,
    )
