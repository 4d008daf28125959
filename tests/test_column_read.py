"""Columns read as one text each (``store.column_read``) give exactly what a row read gives:
NULL apart from an empty text, truth values as 0/1 bytes, and, where a text holds the
separator or a NULL sits where a text was expected, the rows read one by one."""

from __future__ import annotations

import sqlite3

import pytest

from swdesk.store.column_read import DIGIT, FEW, FLAG, TEXT, read_columns

COLUMNS = [("a", TEXT), ("b", FEW), ("c > ?", FLAG)]
SOURCE = "FROM t WHERE keep = 1"


def _db(rows: list[tuple[object, ...]]) -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t (a TEXT, b TEXT, c INTEGER, keep INTEGER)")
    conn.executemany("INSERT INTO t VALUES (?, ?, ?, ?)", rows)
    return conn


def _row_read(conn: sqlite3.Connection) -> list[list[object]]:
    rows = conn.execute(f"SELECT a, b, c > ? {SOURCE}", (5,)).fetchall()
    return [list(c) for c in zip(*rows, strict=True)]


def test_columns_equal_a_row_read_keeping_null_apart_from_empty() -> None:
    conn = _db(
        [
            ("甲", "在岗", 9, 1),
            ("乙", None, 1, 1),
            ("丙", "", 5, 1),
            ("丁", "在岗", 6, 0),  # not selected
            ("", ".x", None, 1),
        ]
    )
    a, b, c = read_columns(conn, COLUMNS, SOURCE, (5,))
    expected = _row_read(conn)
    assert list(a) == expected[0] == ["甲", "乙", "丙", ""]
    assert list(b) == expected[1] == ["在岗", None, "", ".x"]
    assert c == b"\x01\x00\x00\x00"
    assert [bool(x) for x in expected[2]] == list(map(bool, c))


@pytest.mark.parametrize("column", ["a", "b"])
def test_a_text_holding_the_separator_is_read_row_by_row(column: str) -> None:
    odd = "名\x1f字"
    rows = [("甲", "x", 1, 1), ("乙", "y", 9, 1)]
    rows[1] = (odd, "y", 9, 1) if column == "a" else ("乙", odd, 9, 1)
    conn = _db(rows)
    a, b, c = read_columns(conn, COLUMNS, SOURCE, (5,))
    assert list(a) == ["甲", odd if column == "a" else "乙"]
    assert list(b) == ["x", odd if column == "b" else "y"]
    assert c == b"\x00\x01"


def test_a_null_where_a_text_was_expected_is_read_row_by_row() -> None:
    # One NULL (which group_concat skips) and one separator (one value too many) would
    # balance the count; the NULLs are counted on their own.
    conn = _db([("甲\x1f乙", "x", 1, 1), (None, "y", 9, 1)])
    a, b, c = read_columns(conn, COLUMNS, SOURCE, (5,))
    assert list(a) == ["甲\x1f乙", None]
    assert list(b) == ["x", "y"]
    assert c == b"\x00\x01"


def test_no_rows_give_empty_columns() -> None:
    conn = _db([("甲", "x", 1, 0)])
    assert read_columns(conn, COLUMNS, SOURCE, (5,)) == [[], [], b""]


@pytest.mark.parametrize("kind", [TEXT, FEW])
def test_a_text_column_taking_a_parameter_is_refused(kind: str) -> None:
    conn = _db([("甲", "x", 1, 1)])
    with pytest.raises(ValueError):
        read_columns(conn, [("a || ?", kind)], SOURCE, ("x",))


def test_a_text_equal_to_the_null_mark_is_read_row_by_row() -> None:
    conn = _db([("甲", "\x1e", 1, 1), ("乙", None, 9, 1)])
    a, b, c = read_columns(conn, COLUMNS, SOURCE, (5,))
    assert list(b) == ["\x1e", None]
    assert list(a) == ["甲", "乙"]
    assert c == b"\x00\x01"


def test_digits_come_as_bytes_and_a_number_past_nine_is_read_row_by_row() -> None:
    conn = _db([("甲", "x", 3, 1), ("乙", "y", 0, 1)])
    assert read_columns(conn, [("c", DIGIT)], SOURCE) == [b"\x03\x00"]
    conn.execute("UPDATE t SET c = 12 WHERE a = '乙'")
    assert read_columns(conn, [("c", DIGIT)], SOURCE) == [b"\x03\x0c"]


def test_a_text_longer_than_sqlite_makes_one_is_read_row_by_row() -> None:
    conn = _db([("甲" * 20, "x", 1, 1), ("乙" * 20, None, 9, 1)])
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, 100)
    a, b, c = read_columns(conn, COLUMNS, SOURCE, (5,))
    assert list(a) == ["甲" * 20, "乙" * 20]
    assert list(b) == ["x", None]
    assert c == b"\x00\x01"
