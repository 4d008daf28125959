"""A table's rows read as columns: one text per column, made by SQLite, split in C.

Reading 100 000 rows one by one, Python's ``sqlite3`` builds a tuple per row and releases and
takes back the interpreter's lock for every step; that was most of what the indicators' read
of the workers cost. Asked instead for one ``group_concat`` per column (every aggregate of one
query sees the same rows in the same order), SQLite hands over a single text per column and
``str.split`` makes its values without any Python code per row.

Each column says what it holds, so the text can be turned back into exactly what a row read
would give:

* ``TEXT`` — a text that should never be NULL (ids, names): split as it is;
* ``FEW`` — a text that may be NULL and takes few distinct values (a status, a village code):
  NULL is written as a mark (the ASCII record separator), told apart from a text equal to it
  by counting the column's NULLs in the same query, and made None once per distinct value
  (equal values then share one object, whose hash is worked out once);
* ``FLAG`` — a truth value: one "0" or "1" per row with no separator, given back as ``bytes``
  of 0 and 1 (a ready mask);
* ``DIGIT`` — a whole number from 0 to 9 (a rank): one digit per row, given back as ``bytes``.

When a text holds the separator or the NULL mark, a ``TEXT`` column holds a NULL after all, or
a number is not one digit, the split would not give back each row's value (or a column's text
would be longer than SQLite makes one); the rows are then read one by one, as before (TEXT and FEW expressions take no parameter: the same query counts
their NULLs).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any

TEXT, FEW, FLAG, DIGIT = "text", "few", "flag", "digit"
_SEP = "\x1f"  # the ASCII unit separator: no name, code or status holds it
_NULL = "\x1e"  # the ASCII record separator, standing for NULL in a FEW column
_DIGITS = bytes.maketrans(b"0123456789", bytes(range(10)))


def _aggregate(expr: str, kind: str) -> str:
    if kind == TEXT:
        return f"group_concat({expr}, '{_SEP}')"
    if kind == FEW:
        return f"group_concat(ifnull({expr}, '{_NULL}'), '{_SEP}')"
    if kind == DIGIT:
        return f"group_concat({expr}, '')"
    return f"group_concat(CASE WHEN ({expr}) THEN '1' ELSE '0' END, '')"


def _restored(text: str, kind: str, n: int, nulls: int) -> Sequence[Any] | None:
    """The column's values from its text; None when it does not split into ``n`` (or, for a
    FEW column, its NULL marks are not its ``nulls``)."""
    if kind in (FLAG, DIGIT):
        if len(text) != n or not (text.isascii() and text.isdigit()):
            return None
        return text.encode("ascii").translate(_DIGITS)
    values = text.split(_SEP)
    if len(values) != n:
        return None
    if kind == FEW:
        if values.count(_NULL) != nulls:
            return None
        table: dict[str, Any] = {v: v for v in set(values)}
        table[_NULL] = None
        return list(map(table.__getitem__, values))
    return values


def read_columns(
    conn: sqlite3.Connection,
    columns: Sequence[tuple[str, str]],
    source: str,
    params: Sequence[Any] = (),
) -> list[Sequence[Any]]:
    """The rows of ``SELECT … {source}`` as one sequence per ``(expression, kind)`` of
    ``columns``, position i being row i in every one. ``params`` bind the ``?`` of the
    expressions first, then those of ``source``."""
    counted = [x for x, k in columns if k in (TEXT, FEW)]
    if any("?" in x for x in counted):
        raise ValueError("a TEXT or FEW column's expression takes no parameter")
    try:
        row = conn.execute(
            f"SELECT count(*), {', '.join(_aggregate(x, k) for x, k in columns)}"
            f"{''.join(f', count({x})' for x in counted)} {source}",
            tuple(params),
        ).fetchone()
    except sqlite3.DataError:  # a column's text past SQLite's longest string
        return _by_rows(conn, columns, source, params)
    n = row[0]
    if not n:
        return [b"" if k in (FLAG, DIGIT) else [] for _, k in columns]
    # How many NULLs each column holds (none for the numbers: a NULL there spoils the split).
    nulls = iter(n - c for c in row[1 + len(columns) :])
    out: list[Sequence[Any]] = []
    for text, (_, kind) in zip(row[1 : 1 + len(columns)], columns, strict=True):
        missing = next(nulls) if kind in (TEXT, FEW) else 0
        values = None if kind == TEXT and missing else _restored(text or "", kind, n, missing)
        if values is None:
            return _by_rows(conn, columns, source, params)
        out.append(values)
    return out


def _by_rows(
    conn: sqlite3.Connection,
    columns: Sequence[tuple[str, str]],
    source: str,
    params: Sequence[Any],
) -> list[Sequence[Any]]:
    """The same columns read row by row (a text held the separator)."""
    exprs = [f"CASE WHEN ({x}) THEN 1 ELSE 0 END" if k == FLAG else x for x, k in columns]
    rows = conn.execute(f"SELECT {', '.join(exprs)} {source}", tuple(params)).fetchall()
    cols: list[Sequence[Any]] = [list(c) for c in zip(*rows, strict=True)]
    return [bytes(c) if k in (FLAG, DIGIT) else c for c, (_, k) in zip(cols, columns, strict=True)]
