"""The indicator report as the 指标 page and the statistics report show it.

``build_report`` gives the figures as of a date; the page also shows year-end counts per level
(levels over time), the share per service domain, the people behind each figure by name,
village and level, and on a county file which townships have not synced for a while (their
figures are stale). All of that is read here, once, off the GUI thread.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from swdesk.core.indicators.results import IndicatorReport
from swdesk.core.indicators.staleness import STALE_DAYS_DEFAULT, STALE_DAYS_SETTING
from swdesk.formats.indicator_tables import PersonLine
from swdesk.services.indicators import build_report
from swdesk.store import county_views, indicator_facts, indicator_people

if TYPE_CHECKING:
    from swdesk.store.db import Store

YEARS_SHOWN = 5  # levels over time: this many year-ends before the as-of date, and the date


@dataclass(frozen=True)
class Dashboard:
    """The report and who its ids are: ``people`` by worker id, ``townships`` code → name."""

    report: IndicatorReport
    people: dict[str, PersonLine]
    townships: dict[str, str]

    def lines(self, ids: tuple[str, ...]) -> list[PersonLine]:
        """The people behind a figure, by village then name (ids no longer on file skipped)."""
        found = [self.people[i] for i in ids if i in self.people]
        return sorted(found, key=lambda p: (p.township, p.village, p.name))

    def names(self) -> dict[str, str]:
        return {i: p.name for i, p in self.people.items()}


def stale_days(store: Store) -> int:
    value = store.setting(STALE_DAYS_SETTING)
    return int(value) if isinstance(value, int) and value > 0 else STALE_DAYS_DEFAULT


def stale_townships(store: Store, today: date, days: int) -> tuple[str, ...]:
    """Townships whose last package is older than ``days`` (or that never sent one)."""
    out = []
    for code, last in indicator_people.last_imports(store).items():
        when = _date_of(last)
        if when is None or today - when > timedelta(days=days):
            out.append(code)
    return tuple(out)


def _date_of(stamp: str | None) -> date | None:
    if not stamp:
        return None
    try:
        return datetime.fromisoformat(stamp[:19]).date()
    except ValueError:
        return None


def dashboard(store: Store, at: date, today: date | None = None) -> Dashboard:
    """Everything the 指标 page shows as of ``at`` (``today`` decides what is stale)."""
    report = build_report(store, at, history_years=YEARS_SHOWN + 1)
    # Who the ids are, as of the date (no exam-eligibility work: names, villages, levels).
    staff = indicator_facts.workers(store, at, candidates=False)
    townships = county_views.township_names(store) if county_views.is_county(store) else {}
    stale: tuple[str, ...] = ()
    if townships:
        stale = stale_townships(store, today or date.today(), stale_days(store))
    levels = report.levels_by_year if any(report.levels_by_year.values()) else {}
    report = replace(report, levels_by_year=levels, stale_townships=stale)
    villages = {u.code: u.name for u in indicator_facts.units(store)}
    numbers = indicator_people.id_numbers(store, [w.id for w in staff])
    people = {
        w.id: PersonLine(
            name=w.name,
            id_number=numbers.get(w.id, ""),
            village=villages.get(w.village_code or "", ""),
            level=w.level or "",
            township=townships.get(w.township, w.township) if townships else "",
        )
        for w in staff
    }
    return Dashboard(report, people, townships)
