"""The indicator report as the 指标 page and the statistics report show it.

``build_report`` gives the figures as of a date; the page also shows year-end counts per level
(levels over time), the share per service domain, the people behind each figure by name,
village and level, and on a county file which townships have not synced for a while (their
figures are stale). All of that is read here, once, off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import cached_property
from typing import TYPE_CHECKING

from swdesk.core.indicators.columns import WorkerColumns
from swdesk.core.indicators.results import IndicatorReport
from swdesk.core.indicators.staleness import STALE_DAYS_DEFAULT, STALE_DAYS_SETTING
from swdesk.formats.indicator_tables import PersonLine
from swdesk.services.indicators import report_and_facts
from swdesk.store import county_views, indicator_people

if TYPE_CHECKING:
    from swdesk.store.db import Store

YEARS_SHOWN = 5  # levels over time: this many year-ends before the as-of date, and the date


class People(Mapping[str, PersonLine]):
    """Worker id → the line a list of people shows, from the columns the report read (names
    and ID numbers with the rest): nothing is read again, and a line is made only when a list
    asks for it (the page shows a few hundred at most of 100 000)."""

    def __init__(
        self, cols: WorkerColumns, villages: Mapping[str, str], townships: Mapping[str, str]
    ) -> None:
        self._cols = cols
        self._villages = villages
        self._townships = townships

    @cached_property
    def _position(self) -> dict[str, int]:
        return {wid: i for i, wid in enumerate(self._cols.ids)}

    def __getitem__(self, wid: str) -> PersonLine:
        i = self._position[wid]
        c = self._cols
        township = c.township[i]
        return PersonLine(
            name=c.names[i] if c.names else "",
            id_number=c.id_numbers[i] if c.id_numbers else "",
            village=self._villages.get(c.village[i] or "", ""),
            level=c.level[i] or "",
            township=self._townships.get(township, township) if self._townships else "",
        )

    def __contains__(self, wid: object) -> bool:
        return wid in self._position

    def __iter__(self) -> Iterator[str]:
        return iter(self._cols.ids)

    def __len__(self) -> int:
        return len(self._cols)


@dataclass(frozen=True)
class Dashboard:
    """The report and who its ids are: ``people`` by worker id, ``townships`` code → name."""

    report: IndicatorReport
    people: Mapping[str, PersonLine]
    townships: dict[str, str]

    def lines(self, ids: tuple[str, ...]) -> list[PersonLine]:
        """The people behind a figure, by village then name (ids no longer on file skipped)."""
        found = [self.people[i] for i in ids if i in self.people]
        return sorted(found, key=lambda p: (p.township, p.village, p.name))

    def names(self) -> dict[str, str]:
        return {i: self.people[i].name for i in self.people}


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
    # Who the ids are comes with the figures: names and ID numbers read in the same pass.
    report, facts = report_and_facts(store, at, history_years=YEARS_SHOWN + 1, names=True)
    townships = county_views.township_names(store) if county_views.is_county(store) else {}
    stale: tuple[str, ...] = ()
    if townships:
        stale = stale_townships(store, today or date.today(), stale_days(store))
    levels = report.levels_by_year if any(report.levels_by_year.values()) else {}
    report = replace(report, levels_by_year=levels, stale_townships=stale)
    villages = {u.code: u.name for u in facts.units}
    return Dashboard(report, People(facts.cols, villages, townships), townships)
