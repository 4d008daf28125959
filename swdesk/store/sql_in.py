"""Long ``IN (…)`` lists split into queries SQLite accepts, and constants written into a
statement.

SQLite caps the number of ``?`` parameters in one statement, so lookups by many ids run a few
hundred at a time; every such loop wants the same slices and the same ``?,?,…`` marks. A bulk
write whose rows share a value (a timestamp, an origin, a revision) writes it into the
statement once (``sql_literal``) rather than binding it again for every row.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TypeVar

T = TypeVar("T")


def chunks(items: Sequence[T], size: int = 500) -> Iterator[list[T]]:
    """``items`` in consecutive slices of at most ``size``."""
    for i in range(0, len(items), size):
        chunk = items[i : i + size]
        yield chunk if isinstance(chunk, list) else list(chunk)


def in_chunks(items: Sequence[T], size: int = 500) -> Iterator[tuple[list[T], str]]:
    """Each slice of ``items`` with its placeholder list (``"?,?,?"``) for ``IN (…)``."""
    for chunk in chunks(items, size):
        yield chunk, ",".join("?" * len(chunk))


def sql_literal(value: str | int) -> str:
    """``value`` as an SQL literal, for a value every row of a statement batch shares."""
    if isinstance(value, int):
        return str(int(value))
    if "\0" in value:
        raise ValueError("an SQL text literal cannot hold NUL")
    return "'" + value.replace("'", "''") + "'"
