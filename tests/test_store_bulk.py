"""``store.bulk.insert_rows`` writes what ``executemany`` of one row at a time writes: every
row, in order (the same rowids), with the same conflict handling."""

from __future__ import annotations

import sqlite3
from typing import Any

import pytest

from swdesk.store import bulk


def _conn() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t (a TEXT NOT NULL, b INTEGER, c TEXT, UNIQUE (a))")
    return conn


def _rows(n: int) -> list[tuple[Any, ...]]:
    return [(f"键{i:05d}", i if i % 3 else None, "值" * (i % 4)) for i in range(n)]


@pytest.mark.parametrize("n", [0, 1, bulk.ROWS - 1, bulk.ROWS, bulk.ROWS + 1, 3 * bulk.ROWS + 7])
def test_every_row_goes_in_in_order(n: int) -> None:
    got, ref = _conn(), _conn()
    bulk.insert_rows(got, "INSERT INTO t (a, b, c)", _rows(n))
    ref.executemany("INSERT INTO t (a, b, c) VALUES (?, ?, ?)", _rows(n))
    read = "SELECT rowid, a, b, c FROM t ORDER BY rowid"
    assert got.execute(read).fetchall() == ref.execute(read).fetchall()
    assert len(got.execute(read).fetchall()) == n


class _Recording(sqlite3.Connection):
    """A connection that keeps the rows of each statement it ran."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.statements: list[int] = []

    def execute(self, sql: str, parameters: Any = (), /) -> sqlite3.Cursor:
        self.statements.append(sql.count("(?, ?, ?)"))
        return super().execute(sql, parameters)

    def executemany(self, sql: str, parameters: Any, /) -> sqlite3.Cursor:
        parameters = list(parameters)
        self.statements.extend([sql.count("(?, ?, ?)")] * len(parameters))
        return super().executemany(sql, parameters)


def test_wide_rows_stay_within_the_bound_values_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bulk, "VARIABLES", 7)  # two rows of three values a statement
    conn = sqlite3.connect(":memory:", factory=_Recording)
    conn.execute("CREATE TABLE t (a TEXT NOT NULL, b INTEGER, c TEXT, UNIQUE (a))")
    conn.statements.clear()
    bulk.insert_rows(conn, "INSERT INTO t (a, b, c)", _rows(5))
    assert conn.execute("SELECT a FROM t").fetchall() == [(r[0],) for r in _rows(5)]
    assert conn.statements[:3] == [2, 2, 1]


def test_or_ignore_skips_the_conflicting_rows_only() -> None:
    conn = _conn()
    conn.execute("INSERT INTO t (a, b) VALUES ('键00002', -1)")
    bulk.insert_rows(conn, "INSERT OR IGNORE INTO t (a, b, c)", _rows(5))
    assert conn.execute("SELECT a, b FROM t ORDER BY a").fetchall() == [
        ("键00000", None), ("键00001", 1), ("键00002", -1), ("键00003", None), ("键00004", 4),
    ]  # fmt: skip


def test_a_conflict_fails_as_executemany_does() -> None:
    conn = _conn()
    with pytest.raises(sqlite3.IntegrityError, match="UNIQUE"):
        bulk.insert_rows(conn, "INSERT INTO t (a, b, c)", [*_rows(3), ("键00001", 9, "x")])


def test_a_rows_values_may_be_written_as_the_caller_marks_them() -> None:
    conn = _conn()
    rows = [(f"键{i}", i, "值".encode()) for i in range(bulk.ROWS + 2)]
    bulk.insert_rows(conn, "INSERT INTO t (a, b, c)", rows, "(?, ? * 2, CAST(? AS TEXT))")
    assert conn.execute(
        "SELECT a, b, c, typeof(c) FROM t WHERE rowid = ?", (bulk.ROWS + 1,)
    ).fetchone() == (f"键{bulk.ROWS}", 2 * bulk.ROWS, "值", "text")
    assert conn.execute("SELECT count(*) FROM t").fetchone() == (bulk.ROWS + 2,)
