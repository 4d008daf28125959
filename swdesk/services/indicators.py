"""The indicator report of the file's unit as of a date: what the dashboard, the CLI and the
statistics report all read, so they can never disagree.

On a township file the figures are the township's. On a county file each township is evaluated
on its own facts (rows labelled with ``township``) and the county's own rows over all of them;
every figure is a count or a ratio of counts, so the county's numerators and denominators are
the sums of its townships'. The county's entered targets (its share of a city-wide total) judge
only the county's rows.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from swdesk.core import divisions
from swdesk.core.indicators import engine
from swdesk.core.indicators.results import IndicatorReport
from swdesk.store import indicator_facts, indicator_rules
from swdesk.store.collector import collector_paused

if TYPE_CHECKING:
    from swdesk.store.db import Store


def build_report(store: Store, at: date, *, history_years: int = 0) -> IndicatorReport:
    """The report as of ``at``; ``history_years`` > 0 adds the year-end counts per level of
    that many years up to ``at``'s (levels over time, from one more read of the file, so only
    the dashboard asks for it)."""
    return report_and_facts(store, at, history_years=history_years)[0]


def report_and_facts(
    store: Store, at: date, *, history_years: int = 0, names: bool = False
) -> tuple[IndicatorReport, engine.Facts]:
    """The report and the facts it counted; ``names`` True has those carry each worker's name
    and ID number, read with the rest (the dashboard's lists of people need no second read)."""
    with collector_paused():
        facts = (
            indicator_facts.facts(store, at, names=True)
            if names
            else indicator_facts.facts(store, at)
        )
        return _build_report(store, at, history_years, facts), facts


def _build_report(
    store: Store, at: date, history_years: int, facts: engine.Facts
) -> IndicatorReport:
    version = indicator_rules.rules(store).version_for(at)
    total = engine.evaluate(facts, version)
    results, gaps, units = list(total.results), list(total.gaps), list(total.units)
    if store.role == divisions.ROLE_COUNTY:
        gaps, units = [], []
        for code in facts.townships:
            part = engine.evaluate(facts.for_township(code), version, township=code, entered=False)
            results.extend(part.results)
            gaps.extend(part.gaps)
            units.extend(part.units)
    domain_people = engine.people_by_domain(facts.cols)
    return IndicatorReport(
        at=at,
        unit_code=store.unit_code or "",
        unit_name=store.unit_name or "",
        results=tuple(results),
        gaps=tuple(gaps),
        units=tuple(units),
        levels_by_year=_levels_by_year(store, at, history_years) if history_years else {},
        domains={d: len(ids) for d, ids in domain_people.items()},
        domain_people=domain_people,
    )


def _levels_by_year(store: Store, at: date, years: int) -> dict[int, dict[str, int]]:
    """Certified workers in post per certificate level at the end of each of ``years`` years
    up to ``at``'s (its own year counted as of ``at``), from one read of the file."""
    days = {
        year: at if year == at.year else date(year, 12, 31)
        for year in range(at.year - years + 1, at.year + 1)
    }
    on = indicator_facts.status_and_level_on(store, list(days.values()))
    return {year: engine.by_level(on[day]) for year, day in days.items()}


def certified_by_village(store: Store, at: date) -> dict[str, int]:
    """Certified workers in post per village code as of ``at`` (``engine.certified_in_post``,
    the same test every indicator counts with): the 村（社区）page's column."""
    with collector_paused():
        cols = indicator_facts.worker_columns(store, at, candidates=False, names=False)
    facts = engine.Facts(at=at, columns=cols)
    by_village = engine.certified_by_village(facts)
    return {code: len(ids) for code, ids in by_village.items() if code}
