"""The storage floor of an import: the rows it changed in the data file, written again with
plain ``executemany`` and nothing else.

Why: the import goals are ratios against a bare read of the spreadsheet. Whatever an import must
keep (its rows with their indexes, the change log, the search terms) costs SQLite time of its
own that no code of ours can go under. This measures that cost on the import's own result, so
the summary shows how much of a ratio is storage and how much is left for reading, checking
and comparing.

How: ``changes(before, after)`` compares every stored table of two copies of a data file (the
one the import started from and the one it left) row by row, by rowid or, for a ``WITHOUT
ROWID`` table, by primary key. ``write_seconds`` copies ``before`` and times putting the
differences in — inserts, updates by key, deletes — in one transaction, committed with
swdesk's own settings (WAL, ``synchronous = FULL``, the same page cache). Virtual tables are
left out and their shadow tables counted instead: that is what a full-text index stores.
Triggers are dropped from the copy (untimed) and foreign keys are off: the floor stores, it
checks nothing. Applying the changes to ``before`` gives ``after`` (tests/test_bench_storage_floor.py).
"""

from __future__ import annotations

import shutil
import sqlite3
import time
from pathlib import Path
from typing import Any, NamedTuple


class TableChanges(NamedTuple):
    """One table's differences; rows are full rows (rowid first for a rowid table)."""

    columns: list[str]  # as written: "rowid" first for a rowid table
    key: list[str]  # the columns that identify a row
    inserted: list[tuple[Any, ...]]
    updated: list[tuple[Any, ...]]  # the new rows
    deleted: list[tuple[Any, ...]]  # keys only
    changed: list[tuple[int, ...]]  # for each updated row, the positions of the changed columns

    @property
    def count(self) -> int:
        return len(self.inserted) + len(self.updated) + len(self.deleted)


def _stored_tables(conn: sqlite3.Connection) -> list[str]:
    rows = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ).fetchall()
    return [name for name, sql in rows if not sql.upper().startswith("CREATE VIRTUAL TABLE")]


def _shape(conn: sqlite3.Connection, table: str) -> tuple[list[str], list[str]]:
    info = conn.execute(f'PRAGMA table_info("{table}")').fetchall()
    columns = [r[1] for r in info]
    without_rowid = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE name = ? AND upper(sql) LIKE '%WITHOUT ROWID%'",
        (table,),
    ).fetchone()
    if without_rowid:
        return columns, [r[1] for r in sorted(info, key=lambda r: r[5]) if r[5]]
    return ["rowid", *columns], ["rowid"]


def _rows(conn: sqlite3.Connection, table: str, columns: list[str], key: list[str]) -> dict:
    names = ", ".join(f'"{c}"' if c != "rowid" else "rowid" for c in columns)
    at = [columns.index(k) for k in key]
    return {
        tuple(row[i] for i in at): row
        for row in conn.execute(f'SELECT {names} FROM "{table}"').fetchall()
    }


def changes(before: Path, after: Path) -> dict[str, TableChanges]:
    """Every stored table's rows that differ between ``before`` and ``after`` (read-only)."""
    old = sqlite3.connect(f"file:{before}?mode=ro", uri=True)
    new = sqlite3.connect(f"file:{after}?mode=ro", uri=True)
    try:
        found: dict[str, TableChanges] = {}
        had = set(_stored_tables(old))
        for table in _stored_tables(new):
            columns, key = _shape(new, table)
            was = _rows(old, table, columns, key) if table in had else {}
            now = _rows(new, table, columns, key)
            updated = [(was[k], row) for k, row in now.items() if k in was and was[k] != row]
            diff = TableChanges(
                columns,
                key,
                inserted=[row for k, row in now.items() if k not in was],
                updated=[row for _, row in updated],
                deleted=[k for k in was if k not in now],
                changed=[
                    tuple(i for i, (a, b) in enumerate(zip(old_row, row, strict=True)) if a != b)
                    for old_row, row in updated
                ],
            )
            if diff.count:
                found[table] = diff
        return found
    finally:
        old.close()
        new.close()


def _quoted(columns: list[str]) -> list[str]:
    return [c if c == "rowid" else f'"{c}"' for c in columns]


def _by_changed_columns(diff: TableChanges) -> dict[tuple[int, ...], list[tuple[Any, ...]]]:
    groups: dict[tuple[int, ...], list[tuple[Any, ...]]] = {}
    for changed, row in zip(diff.changed, diff.updated, strict=True):
        groups.setdefault(changed, []).append(row)
    return groups


def apply(conn: sqlite3.Connection, found: dict[str, TableChanges]) -> None:
    """Write ``found`` into ``conn``: deletes, then updates by key, then inserts."""
    for table, diff in found.items():
        cols = _quoted(diff.columns)
        keys = _quoted(diff.key)
        where = " AND ".join(f"{k} = ?" for k in keys)
        if diff.deleted:
            conn.executemany(f'DELETE FROM "{table}" WHERE {where}', diff.deleted)
        at = [diff.columns.index(k) for k in diff.key]
        # Only the columns that changed are set, as the import sets them: SQLite rewrites an
        # index entry only when a column of that index is assigned.
        for changed, rows in _by_changed_columns(diff).items():
            sets = ", ".join(f"{cols[i]} = ?" for i in changed)
            values = [[row[i] for i in changed] + [row[i] for i in at] for row in rows]
            conn.executemany(f'UPDATE "{table}" SET {sets} WHERE {where}', values)
        if diff.inserted:
            conn.executemany(
                f'INSERT INTO "{table}" ({", ".join(cols)}) VALUES ({", ".join("?" * len(cols))})',
                diff.inserted,
            )


def _copy_without_triggers(before: Path, target: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(before, target)
    conn = sqlite3.connect(target, isolation_level=None)
    try:
        # Read whole before dropping: the schema is not changed under an open cursor over it.
        triggers = conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall()
        for (name,) in triggers:
            conn.execute(f'DROP TRIGGER "{name}"')
    finally:
        conn.close()


def write_seconds(before: Path, found: dict[str, TableChanges], target: Path) -> float:
    """Seconds to write ``found`` into a fresh copy of ``before`` at ``target``, commit
    included (the copy, its triggers dropped, is not timed)."""
    _copy_without_triggers(before, target)
    conn = sqlite3.connect(target, isolation_level=None)
    try:
        # swdesk's own settings for a data file (swdesk.store.db), foreign keys off
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA cache_size = -32000")
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # schema read, untimed
        t0 = time.perf_counter()
        conn.execute("BEGIN")
        apply(conn, found)
        conn.execute("COMMIT")
        return time.perf_counter() - t0
    finally:
        conn.close()


def summary(found: dict[str, TableChanges]) -> str:
    """``workers +10000, audit_log +26688, …``: the biggest tables first."""
    parts = []
    for table, diff in sorted(found.items(), key=lambda kv: -kv[1].count):
        bits = [f"+{len(diff.inserted)}" if diff.inserted else ""]
        bits += [f"~{len(diff.updated)}" if diff.updated else ""]
        bits += [f"-{len(diff.deleted)}" if diff.deleted else ""]
        parts.append(f"{table} {' '.join(b for b in bits if b)}")
    return ", ".join(parts)
