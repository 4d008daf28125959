"""Long ``IN (…)`` lists split into queries SQLite accepts.

SQLite caps the number of ``?`` parameters in one statement, so lookups by many ids run a few
hundred at a time; every such loop wants the same slices and the same ``?,?,…`` marks.
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
