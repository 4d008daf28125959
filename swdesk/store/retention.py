"""Which daily backups to keep: by age, so a slow corruption never leaves only bad copies.

Why: with only the newest fourteen kept, damage that went unnoticed for two weeks would be in
every copy. Keeping as well the newest backup of each of the last weeks and months (daily 14,
weekly 8, monthly 12 by default; settings ``backup_keep``, ``backup_keep_weekly``,
``backup_keep_monthly``) leaves good copies from before it. Only the daily backups are thinned:
manual ones, and those taken before a migration or a restore, stay until the user removes them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from swdesk.store.backup_files import DAILY_TAG, list_backups, taken_at

if TYPE_CHECKING:
    from swdesk.store.db import Store

__all__ = ["Policy", "prune", "taken_at", "to_keep"]


@dataclass(frozen=True)
class Policy:
    daily: int = 14
    weekly: int = 8
    monthly: int = 12

    @classmethod
    def of(cls, store: Store) -> Policy:
        def number(key: str, default: int, least: int) -> int:
            value = store.setting(key)
            try:
                return default if value is None else max(least, int(value))
            except (TypeError, ValueError):
                return default

        return cls(
            daily=number("backup_keep", cls.daily, 1),
            weekly=number("backup_keep_weekly", cls.weekly, 0),
            monthly=number("backup_keep_monthly", cls.monthly, 0),
        )


def _months(d: date) -> int:
    return d.year * 12 + d.month - 1


def to_keep(backups: list[Path], policy: Policy, today: date) -> set[Path]:
    """The backups ``policy`` keeps on ``today``: the newest ``daily`` ones, and the newest of
    each of the last ``weekly`` ISO weeks and ``monthly`` calendar months (this one counted)."""
    dated = sorted(
        ((when, p) for p in backups if (when := taken_at(p)) is not None),
        key=lambda wp: wp[0],
        reverse=True,
    )
    keep = {p for _, p in dated[: policy.daily]}
    this_week = today - timedelta(days=today.weekday())
    weeks_seen: set[date] = set()
    months_seen: set[int] = set()
    for when, p in dated:  # newest first: the first seen of a week or month is its newest
        monday = when.date() - timedelta(days=when.weekday())
        if (this_week - monday).days // 7 < policy.weekly and monday not in weeks_seen:
            weeks_seen.add(monday)
            keep.add(p)
        month = _months(when.date())
        if _months(today) - month < policy.monthly and month not in months_seen:
            months_seen.add(month)
            keep.add(p)
    return keep


def prune(db_path: Path, policy: Policy, today: date | None = None) -> list[Path]:
    """Remove the daily backups ``policy`` does not keep; returns what was removed."""
    daily = list_backups(db_path, DAILY_TAG)
    keep = to_keep(daily, policy, today or date.today())
    removed = [p for p in daily if p not in keep and taken_at(p) is not None]
    for p in removed:
        p.unlink(missing_ok=True)
    return removed
