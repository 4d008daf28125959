"""Applying the numbered steps: ``PRAGMA user_version`` holds how many a file has had.

Each step runs in its own transaction, so a file is always at the last version that completed.
Adding a step means a new ``vNNNN_<what>.py`` module, its line in ``released_steps`` and
``RELEASED`` one higher (see the package's docstring for the rules a step follows).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

RELEASED = 19  # steps released so far: ``v0001_…`` to ``v0019_…``


def released_steps() -> list[Callable[[sqlite3.Connection], None]]:
    """Every released step's ``apply``, in order.

    Imported when a file needs a step, not on every start: a normal open migrates nothing, and
    importing the step modules would add ~1-2 ms to it. The imports are written out (not built
    from names) so the bundler finds the modules.
    """
    from swdesk.store.schema import (
        v0001_foundation,
        v0002_training,
        v0003_training_live_by_event,
        v0004_appraisals,
        v0005_exam,
        v0006_sync,
        v0007_origin_keys,
        v0008_allowances,
        v0009_training_costs,
        v0010_accounts,
        v0011_double_claims,
        v0012_registration_dates,
        v0013_workforce,
        v0014_name_sort_key,
        v0015_clean_names,
        v0016_registration_certificate_index,
        v0017_departed_posts,
        v0018_compact_search,
        v0019_worker_tombstones,
    )

    return [
        v0001_foundation.apply,
        v0002_training.apply,
        v0003_training_live_by_event.apply,
        v0004_appraisals.apply,
        v0005_exam.apply,
        v0006_sync.apply,
        v0007_origin_keys.apply,
        v0008_allowances.apply,
        v0009_training_costs.apply,
        v0010_accounts.apply,
        v0011_double_claims.apply,
        v0012_registration_dates.apply,
        v0013_workforce.apply,
        v0014_name_sort_key.apply,
        v0015_clean_names.apply,
        v0016_registration_certificate_index.apply,
        v0017_departed_posts.apply,
        v0018_compact_search.apply,
        v0019_worker_tombstones.apply,
    ]


class _Step:
    """Released step ``number``, its module imported on the first call."""

    def __init__(self, number: int) -> None:
        self.number = number

    def __call__(self, c: sqlite3.Connection) -> None:
        released_steps()[self.number - 1](c)

    def __repr__(self) -> str:
        return f"<schema step {self.number}>"


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_Step(n) for n in range(1, RELEASED + 1)]
SCHEMA_VERSION = len(MIGRATIONS)


def schema_version() -> int:
    """The version this program writes, read from ``MIGRATIONS`` at call time.

    Callers use this rather than the ``SCHEMA_VERSION`` constant so the number can never
    disagree with the list of migrations actually applied (tests add migrations to the list).
    """
    return len(MIGRATIONS)


def current_version(c: sqlite3.Connection) -> int:
    return int(c.execute("PRAGMA user_version").fetchone()[0])


def migrate(c: sqlite3.Connection, upto: int | None = None) -> list[int]:
    """Apply pending migrations, each in its own transaction; return the versions applied.

    A migration that fails is rolled back, so the file stays at the last version that
    completed (and the exception reaches the caller).
    """
    applied = []
    start = current_version(c)
    last = schema_version() if upto is None else upto
    for number in range(start + 1, last + 1):
        c.execute("BEGIN IMMEDIATE")
        try:
            MIGRATIONS[number - 1](c)
            c.execute(f"PRAGMA user_version = {number}")
            c.execute("COMMIT")
        except BaseException:
            if c.in_transaction:
                c.execute("ROLLBACK")
            raise
        applied.append(number)
    return applied
