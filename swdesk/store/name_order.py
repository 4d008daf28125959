"""The order of people's names in SQL: the ``name_order`` collation, ``core.names.sort_key``.

Registered on every connection, so a query sorts names as a 花名册 does (character by
character by pinyin, then strokes) with ``ORDER BY w.name COLLATE name_order``, and exports and
printed sheets share the order Python gets from ``sorted(key=sort_key)``. The collation calls
into Python for each comparison (about 0.3 s for 10,000 names once their keys are cached) and
loads pypinyin on first use, so the interactive worker list still sorts by the indexed
``name_pinyin`` column.
"""

from __future__ import annotations

import sqlite3

from swdesk.core.names import sort_key

COLLATION = "name_order"


def _compare(a: str | None, b: str | None) -> int:
    ka, kb = sort_key(a or ""), sort_key(b or "")
    return (ka > kb) - (ka < kb)


def install(conn: sqlite3.Connection) -> None:
    conn.create_collation(COLLATION, _compare)
