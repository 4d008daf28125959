"""The order of people's names in SQL: the ``name_order`` collation, ``core.names.sort_key``.

Registered on every connection, so a query sorts names as a 花名册 does (character by
character by pinyin, then strokes) with ``ORDER BY w.name COLLATE name_order``, and exports and
printed sheets share the order Python gets from ``sorted(key=sort_key)``. The collation calls
into Python for each comparison (about 0.3 s for 10,000 names once their keys are cached) and
loads pypinyin on first use, so the interactive worker list sorts by the same key stored in
the indexed ``workers.name_sort`` column instead: written with the name (``store.workers``),
and filled here for rows that have none yet (``fill_keys``).

A file that cannot be written (``opening.open_read_only``) never gets its missing keys filled,
so its list sorts by ``ordering``: the stored key where there is one, else the same key computed
on the fly by the ``name_sort_key`` SQL function — nothing written, the file left as it is.
"""

from __future__ import annotations

import sqlite3

from swdesk.core.names import sort_key

COLLATION = "name_order"
# The SQL function giving a name's sort key (``core.names.sort_key``), for rows without one.
KEY_FUNCTION = "name_sort_key"
# How many keys ``fill_keys`` writes before it rebuilds the key's indexes instead of updating them.
REBUILD_INDEXES_FROM = 1000


def _compare(a: str | None, b: str | None) -> int:
    ka, kb = sort_key(a or ""), sort_key(b or "")
    return (ka > kb) - (ka < kb)


def _key(name: str | None) -> str:
    return sort_key(name or "")


def install(conn: sqlite3.Connection) -> None:
    conn.create_collation(COLLATION, _compare)
    conn.create_function(KEY_FUNCTION, 1, _key, deterministic=True)


def ordering(conn: sqlite3.Connection, alias: str = "w") -> str:
    """The ORDER BY expression of the workers' name order: the indexed ``name_sort`` column,
    or, on a connection refused writes whose file has rows without a key (``fill_keys`` could
    not write them), the stored key with the computed one in its place. A writable file had
    its keys filled on open and every write gives one, so only a refused connection asks: one
    probe of the key's index."""
    column = f"{alias}.name_sort"
    if getattr(conn, "refusal", None) is None:
        return column
    missing = conn.execute("SELECT 1 FROM workers WHERE name_sort IS NULL LIMIT 1").fetchone()
    if missing is None:
        return column
    return f"coalesce({column}, {KEY_FUNCTION}({alias}.name))"


def fill_keys(conn: sqlite3.Connection) -> int:
    """Give every worker without a stored sort key its key; returns how many were filled.

    Run on every open (``store.opening``): finding none is one lookup in the ``workers_sort``
    index. Rows get a NULL key from the schema step that made the column (a file upgraded to
    it) and from rows the county's sync writes (the key does not travel); the write is local
    bookkeeping, so the rows keep their version and change counter.
    """
    has_column = conn.execute(
        "SELECT 1 FROM pragma_table_info('workers') WHERE name = 'name_sort'"
    ).fetchone()
    if not has_column:  # a file stopped before the step that adds it (tests of old steps)
        return 0
    missing = conn.execute("SELECT rowid, name FROM workers WHERE name_sort IS NULL").fetchall()
    if not missing:
        return 0
    keys = [(sort_key(name or ""), rowid) for rowid, name in missing]
    with_transaction = not conn.in_transaction
    if with_transaction:
        conn.execute("BEGIN IMMEDIATE")
    try:
        # Every row of an upgraded file: the indexes on the key are made again from their own
        # text once the keys are in, four times faster than keeping them up to date row by row.
        indexes = (
            conn.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                "AND tbl_name = 'workers' AND sql LIKE '%name_sort%'"
            ).fetchall()
            if len(keys) > REBUILD_INDEXES_FROM
            else []
        )
        for name, _ in indexes:
            conn.execute(f'DROP INDEX "{name}"')
        conn.executemany("UPDATE workers SET name_sort = ? WHERE rowid = ?", keys)
        for _, sql in indexes:
            conn.execute(sql)
        if with_transaction:
            conn.execute("COMMIT")
    except BaseException:
        if with_transaction and conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return len(keys)
