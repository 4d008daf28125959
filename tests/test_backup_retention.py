"""Daily backups are kept by age: the newest 14, the newest of each of the last 8 weeks and of
each of the last 12 months (settings), so damage unnoticed for weeks still leaves good copies."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from swdesk.store import open_store
from swdesk.store.backup import DAILY_TAG, backup_dir, list_backups
from swdesk.store.retention import Policy, prune, taken_at, to_keep

TODAY = date(2025, 6, 30)  # a Monday


def named(day: date, hms: str = "080000", tag: str = "daily") -> Path:
    return Path(f"swdesk-{day:%Y%m%d}-{hms}-{tag}.db")


def every_day(days: int) -> list[Path]:
    return [named(TODAY - timedelta(days=d)) for d in range(days)]


def test_taken_at_reads_the_name() -> None:
    assert taken_at(Path("swdesk-20250301-081502-daily-2.db")).isoformat() == "2025-03-01T08:15:02"
    assert taken_at(Path("swdesk-daily.db")) is None
    assert taken_at(Path("swdesk-20251341-081502-daily.db")) is None  # no 41st of a 13th month


def test_daily_keeps_the_newest_n() -> None:
    kept = to_keep(every_day(20), Policy(daily=14, weekly=0, monthly=0), TODAY)
    assert kept == set(every_day(14))


def test_weekly_keeps_the_newest_of_each_of_the_last_weeks() -> None:
    backups = every_day(120)
    kept = to_keep(backups, Policy(daily=1, weekly=8, monthly=0), TODAY)
    # this week's newest is today; each earlier week's newest is its Sunday
    sundays = {named(TODAY - timedelta(days=1 + 7 * w)) for w in range(7)}
    assert kept == {named(TODAY)} | sundays
    eighth_back = named(TODAY - timedelta(days=1 + 7 * 7))
    assert eighth_back not in kept  # week 9 counted from this one


def test_monthly_keeps_the_newest_of_each_of_the_last_months() -> None:
    backups = every_day(500)
    kept = to_keep(backups, Policy(daily=1, weekly=0, monthly=12), TODAY)
    month_ends = set()
    for m in range(1, 12):
        first = date(TODAY.year + (TODAY.month - 1 - m) // 12, (TODAY.month - 1 - m) % 12 + 1, 1)
        nxt = date(first.year + first.month // 12, first.month % 12 + 1, 1)
        month_ends.add(named(nxt - timedelta(days=1)))
    assert kept == {named(TODAY)} | month_ends
    assert named(date(2024, 6, 30)) not in kept  # thirteen months back


def test_default_policy_over_a_year_and_a_half() -> None:
    kept = to_keep(every_day(550), Policy(), TODAY)
    assert set(every_day(14)) <= kept
    assert len(kept) <= 14 + 8 + 12
    oldest = min(taken_at(p) for p in kept)
    assert oldest is not None and (TODAY - oldest.date()).days > 300


def test_prune_only_thins_daily_backups(db_path: Path) -> None:
    with open_store(db_path, daily_backup=False):
        pass
    folder = backup_dir(db_path)
    folder.mkdir()
    for p in every_day(40):
        (folder / p.name).write_bytes(b"x")
    manual = folder / named(TODAY - timedelta(days=39), tag="manual").name
    manual.write_bytes(b"m")
    removed = prune(db_path, Policy(daily=3, weekly=2, monthly=0), TODAY)
    left = {p.name for p in list_backups(db_path, DAILY_TAG)}
    assert left == {p.name for p in every_day(3)} | {named(TODAY - timedelta(days=1)).name}
    assert len(removed) == 40 - len(left)
    assert manual.exists()


@pytest.mark.parametrize(
    ("key", "value", "field", "expected"),
    [
        ("backup_keep_weekly", 3, "weekly", 3),
        ("backup_keep_monthly", 0, "monthly", 0),
        ("backup_keep", 0, "daily", 1),  # at least one daily backup is kept
        ("backup_keep_weekly", "abc", "weekly", 8),  # nonsense falls back to the default
    ],
)
def test_policy_from_settings(
    db_path: Path, key: str, value: object, field: str, expected: int
) -> None:
    with open_store(db_path, daily_backup=False) as store:
        assert Policy.of(store) == Policy(14, 8, 12)
        store.set_setting(key, value)
        assert getattr(Policy.of(store), field) == expected
