"""A table's rows read as columns: one text per column, made by SQLite, split in C.

Reading 100 000 rows one by one, Python's ``sqlite3`` builds a tuple per row and releases and
takes back the interpreter's lock for every step; that was most of what the indicators' read
of the workers cost. Asked instead for one ``group_concat`` per column (every aggregate of one
query sees the same rows in the same order), SQLite hands over a single text per column and
``str.split`` makes its values without any Python code per row.

Each column says what it holds, so the text can be turned back into exactly what a row read
would give:

* ``TEXT`` — a text that should never be NULL (ids, names): split as it is (its expression
  takes no parameter: the same query counts its NULLs);
* ``FEW`` — a value that may be NULL and takes few distinct values (a status, a village code):
  each non-NULL value is written with a one-character prefix, so NULL (written as nothing) and
  an empty text stay apart, and the prefix is taken off once per distinct value;
* ``FLAG`` — a truth value: one "0" or "1" per row with no separator, given back as ``bytes``
  of 0 and 1 (a ready mask).

When a text holds the separator, or a ``TEXT`` column holds a NULL after all, the split would
no longer give one value per row; the rows are then read one by one, as before.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any

TEXT, FEW, FLAG = "text", "few", "flag"
_SEP = "\x1f"  # the ASCII unit separator: no name, code or status holds it
_FLAGS = bytes.maketrans(b"01", b"\x00\x01")


def _aggregate(expr: str, kind: str) -> str:
    if kind == TEXT:
        return f"group_concat({expr}, '{_SEP}')"
    if kind == FEW:
        return f"group_concat(ifnull('.' || ({expr}), ''), '{_SEP}')"
    return f"group_concat(CASE WHEN ({expr}) THEN '1' ELSE '0' END, '')"


def _restored(text: str, kind: str, n: int) -> Sequence[Any] | None:
    """The column's values from its text; None when it does not split into ``n``."""
    if kind == FLAG:
        return text.encode("ascii").translate(_FLAGS) if len(text) == n else None
    values = text.split(_SEP)
    if len(values) != n:
        return None
    if kind == FEW:
        table: dict[str, Any] = {v: v[1:] for v in set(values)}
        table[""] = None
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
    texts = [x for x, k in columns if k == TEXT]
    if any("?" in x for x in texts):
        raise ValueError("a TEXT column's expression takes no parameter")
    row = conn.execute(
        f"SELECT count(*), {', '.join(_aggregate(x, k) for x, k in columns)}"
        f"{''.join(f', count({x})' for x in texts)} {source}",
        tuple(params),
    ).fetchone()
    n = row[0]
    if not n:
        return [b"" if k == FLAG else [] for _, k in columns]
    if any(c != n for c in row[1 + len(columns) :]):  # a NULL where a text was expected
        return _by_rows(conn, columns, source, params)
    out: list[Sequence[Any]] = []
    for text, (_, kind) in zip(row[1 : 1 + len(columns)], columns, strict=True):
        values = _restored(text or "", kind, n)
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
    return [bytes(c) if k == FLAG else c for c, (_, k) in zip(cols, columns, strict=True)]
