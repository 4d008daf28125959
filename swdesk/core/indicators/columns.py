"""The workers as columns, and the masks the engine selects them with.

A county's report counts some 100 000 workers. Made into one object each, they cost more
than all the reading SQLite does; held as one list per field they cost a list each. A filter is
then one pass of a C-level ``map`` over a column giving a *mask*: ``bytes`` of 0 or 1 per
worker, in the columns' order. Masks combine as integers (``&``, ``|``: one C operation over
the whole file), are counted with ``bytes.count`` and give back their workers'
ids with ``itertools.compress``; no Python code runs per worker.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, fields
from itertools import compress, repeat
from operator import eq
from typing import Any, TypeVar

T = TypeVar("T")
Mask = bytes  # one byte per worker: 1 selected, 0 not


@dataclass(frozen=True, slots=True)
class WorkerColumns:
    """Every field of ``engine.WorkerFact``, one sequence each, position i being worker i.
    ``names`` and ``id_numbers`` are empty unless read (the figures count ids)."""

    ids: Sequence[str]
    township: Sequence[str]
    village: Sequence[str | None]
    status: Sequence[str]
    post_type: Sequence[str | None]
    domains: Sequence[frozenset[str]]
    roles: Sequence[frozenset[str]]
    level: Sequence[str | None]
    passed_exam: Sequence[bool]
    sat_exam: Sequence[bool]
    eligible: Sequence[bool | None]
    estimated: Sequence[frozenset[str]]
    names: Sequence[str] = ()
    id_numbers: Sequence[str] = ()

    def __len__(self) -> int:
        return len(self.ids)

    def take(self, mask: Mask) -> WorkerColumns:
        """The workers ``mask`` selects, in the same order."""
        return WorkerColumns(
            *(list(compress(getattr(self, f.name), mask)) for f in fields(WorkerColumns))
        )


def ones(n: int) -> Mask:
    return b"\x01" * n


def mask_of(values: Iterable[Any]) -> Mask:
    """A mask from one truth value per worker."""
    return bytes(map(bool, values))


def equal_to(value: object, column: Iterable[object]) -> Mask:
    """The workers whose ``column`` equals ``value`` (``operator.eq``: a None never equals a
    text, where ``str.__eq__`` would answer NotImplemented, which is true)."""
    return bytes(map(eq, repeat(value), column))


def member_of(values: Any, column: Iterable[object]) -> Mask:
    """The workers whose ``column`` is in ``values`` (a set or a frozenset)."""
    return bytes(map(values.__contains__, column))


def by_value(test: Callable[[T], bool], column: Sequence[T]) -> Mask:
    """The workers whose ``column`` passes ``test``, each distinct value tested once (for
    columns of few distinct values, such as the domains or roles a person holds)."""
    table = {v: bool(test(v)) for v in set(column)}
    return bytes(map(table.__getitem__, column))


def as_int(mask: Mask) -> int:
    return int.from_bytes(mask, "little")


def as_mask(bits: int, n: int) -> Mask:
    return bits.to_bytes(n, "little")


def all_of(masks: Sequence[Mask], n: int) -> Mask:
    """The workers every mask selects (every worker when there are none)."""
    if not masks:
        return ones(n)
    if len(masks) == 1:
        return masks[0]
    bits = as_int(masks[0])
    for m in masks[1:]:
        bits &= as_int(m)
    return as_mask(bits, n)


def count(mask: Mask) -> int:
    return mask.count(1)


def pick(column: Iterable[T], mask: Mask) -> list[T]:
    """The values of ``column`` for the workers ``mask`` selects."""
    return list(compress(column, mask))
