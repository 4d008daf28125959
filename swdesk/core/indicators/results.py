"""What evaluating the indicators gives the pages, the CLI and the statistics report.

Plain frozen values: the engine (``core.indicators``) makes them from facts read as of a date,
and everything above only reads them, so the dashboard, ``swdesk indicators --json`` and the
report can never disagree about a figure.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from swdesk.core.i18n import msg


class Status(StrEnum):
    """Why a figure is what it is; anything but ``COMPUTED`` is shown, never dropped."""

    COMPUTED = "computed"
    ESTIMATED = "estimated"  # 估算: the date is before the file's history of a counted field
    NO_TARGET = "no_target"  # 未设目标: an absolute city-wide number the county has not set
    NO_DATA = "no_data"  # 无数据: swdesk holds nothing to count it from


@dataclass(frozen=True)
class IndicatorResult:
    """One indicator as of ``at``.

    ``value`` is in the indicator's ``unit`` (``"%"``, ``"‰"``, ``"人"``, ``"个"``, ``"名/社区"``):
    a ratio is numerator / denominator scaled to the unit; a count is the numerator. ``met`` is
    None when there is no target or no data. ``people`` are the worker ids behind the numerator
    (the drill-down list); ``township`` is set on a county's per-township rows.
    """

    key: str
    name: str
    kind: str  # 约束性 | 预期性
    source: str  # the policy text's title
    unit: str
    at: date
    value: float | None
    target: float | None
    met: bool | None
    numerator: int | None
    denominator: int | None
    status: Status = Status.COMPUTED
    people: tuple[str, ...] = ()
    township: str | None = None
    note: str = ""  # how a per-unit rule's row reads (the share of units meeting it)


@dataclass(frozen=True)
class UnitGap:
    """A village/community (or station) short of a per-unit target: ``short`` people missing,
    and who could close the gap (workers there who sat the exam or may sit it this year)."""

    code: str
    name: str
    kind: str  # urban | rural | station
    key: str  # the per-unit indicator's key
    required: int
    have: int
    short: int
    candidates: tuple[str, ...] = ()
    township: str | None = None
    noun: str = "名"  # the rule's unit: 名 (certified workers) or 个 (posts)
    rule: str = ""  # the rule's name

    def shortfall(self) -> str:
        """The gap in words: 还差 1 名持证社工, 还差 2 个专业岗位."""
        if self.noun == "个":
            return msg("还差 {n} 个专业岗位", n=self.short)
        return msg("还差 {n} 名持证社工", n=self.short)


@dataclass(frozen=True)
class UnitCount:
    """Certified workers in post at one village/community against its target (the bar chart)."""

    code: str
    name: str
    kind: str
    certified: int
    target: int
    people: tuple[str, ...] = ()
    township: str | None = None


@dataclass(frozen=True)
class IndicatorReport:
    """Everything the dashboard shows for one unit (township or county) as of ``at``.

    ``levels_by_year`` maps a year to year-end counts per certificate level (levels over time);
    ``domains`` maps a service domain to the number of workers in post serving it, and
    ``domain_people`` to their ids (the people behind a slice of the pie).
    """

    at: date
    unit_code: str
    unit_name: str
    results: tuple[IndicatorResult, ...]
    gaps: tuple[UnitGap, ...] = ()
    units: tuple[UnitCount, ...] = ()
    levels_by_year: dict[int, dict[str, int]] = field(default_factory=dict)
    domains: dict[str, int] = field(default_factory=dict)
    domain_people: dict[str, tuple[str, ...]] = field(default_factory=dict)
    stale_townships: tuple[str, ...] = ()  # county: townships not synced in N days
