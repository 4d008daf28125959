"""One person's allowance history: every payroll line across runs, read month by month.

A run's lines are written per stretch of months at one level and rate (``core.allowance``), so
"what was this person paid for March, and if nothing, why" is not one row but a reading of the
runs: the allowance line that covers March, or the month's reason noted on the run's first line
when other months of the run were paid, or the fact that nobody paid March yet. The worker file
(津贴记录) and the year statement (年度津贴明细) both read the history here, so they agree.

Only approved or paid runs count in a year's total: a draft can still be recomputed and a
公示 list can still be objected to, so their amounts are shown apart ("not yet approved").
One-off lines are counted in the year of their own month: a reward in the month its line
names (the month the certificate was obtained, or the run's month when it was proposed later),
a 补发 / 扣回 in the month it corrects (``for_month``), whatever run pays it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from swdesk.core import allowance as al


@dataclass(frozen=True)
class HistoryLine:
    """One live payroll line of the person, with the state and months of the run it is in."""

    run_first: date
    run_months: int
    state: str
    kind: str
    first_month: date
    last_month: date
    for_month: date | None
    level: str | None
    rate: int  # fen a month
    months: int
    days: int | None
    amount: int  # fen
    reason: str | None  # why nothing (amount 0)
    note: str | None  # months not paid with why (allowance), what a reward/correction is for

    @property
    def locked(self) -> bool:
        return self.state in al.LOCKED_STATES

    @property
    def run_month_list(self) -> list[date]:
        return al.months_of(self.run_first, self.run_months)

    @property
    def counted_month(self) -> date:
        """The month the line's money belongs to when it is not split over months."""
        if self.kind == al.KIND_ADJUSTMENT and self.for_month is not None:
            return self.for_month
        return self.first_month


# What a month of the statement says when no line pays it.
NO_RUN = "no_run"  # no run covers the month yet
NOT_LISTED = "not_listed"  # a run covers it, the person is not on it (not in post)
REASON = "reason"  # the run gave a reason
PAID = "paid"


@dataclass(frozen=True)
class MonthEntry:
    """One calendar month of the person's year."""

    month: date
    status: str  # PAID, REASON, NOT_LISTED or NO_RUN
    level: str | None = None
    rate: int = 0
    amount: int = 0  # fen paid for the month (0 unless PAID)
    days: int | None = None  # paid by days
    reason: str | None = None
    state: str | None = None  # the state of the run that covers the month

    @property
    def locked(self) -> bool:
        return self.state in al.LOCKED_STATES


def unpaid_notes(note: str | None) -> dict[str, str]:
    """The months a run did not pay, with why, as ``store.allowances`` notes them on a
    person's first line of the run ("2026-02：reason；2026-03：reason")."""
    out: dict[str, str] = {}
    for part in (note or "").split("；"):
        month, sep, why = part.partition("：")
        if sep and len(month) == 7 and month[4] == "-":
            out[month] = why
    return out


def _month_share(line: HistoryLine) -> int:
    """What an allowance line pays each of its months: the monthly rate when it paid whole
    months; its amount for a single month (a part month paid by days)."""
    if line.amount == 0:
        return 0
    if line.days is not None or line.months <= 1:
        return line.amount
    return line.rate


def year_months(lines: Sequence[HistoryLine], year: int) -> list[MonthEntry]:
    """The twelve months of ``year``: what each was paid at which level, or why nothing."""
    allowances = [x for x in lines if x.kind == al.KIND_ALLOWANCE]
    out = []
    for month in al.months_of(date(year, 1, 1), 12):
        covering = [x for x in allowances if x.first_month <= month <= x.last_month]
        paid = [x for x in covering if x.amount != 0]
        if paid:
            x = paid[-1]
            out.append(
                MonthEntry(month, PAID, x.level, x.rate, _month_share(x), x.days, None, x.state)
            )
            continue
        if covering:
            x = covering[-1]
            out.append(MonthEntry(month, REASON, reason=x.reason, state=x.state))
            continue
        label = al.month_label(month)
        in_run = [x for x in allowances if month in x.run_month_list]
        noted = [(x, why) for x in in_run if (why := unpaid_notes(x.note).get(label)) is not None]
        if noted:
            x, why = noted[0]
            out.append(MonthEntry(month, REASON, reason=why, state=x.state))
        elif in_run:
            out.append(MonthEntry(month, NOT_LISTED, state=in_run[0].state))
        else:
            out.append(MonthEntry(month, NO_RUN))
    return out


def year_one_offs(lines: Sequence[HistoryLine], year: int) -> list[HistoryLine]:
    """The year's rewards and corrections (补发 / 扣回), in month order."""
    return sorted(
        (x for x in lines if x.kind != al.KIND_ALLOWANCE and x.counted_month.year == year),
        key=lambda x: (x.counted_month, x.run_first),
    )


def runs_not_listed(
    runs: Sequence[tuple[date, int, str]], entries: Sequence[MonthEntry]
) -> list[MonthEntry]:
    """``entries`` with a month a run covers, but the person has no line in, marked
    NOT_LISTED with that run's state (``year_months`` sees only the person's own lines)."""
    covered: dict[date, str] = {}
    for first, count, state in runs:
        for m in al.months_of(first, count):
            covered[m] = state
    return [
        MonthEntry(e.month, NOT_LISTED, state=covered[e.month])
        if e.status == NO_RUN and e.month in covered
        else e
        for e in entries
    ]


@dataclass(frozen=True)
class YearTotals:
    """A year's money: counted (approved or paid runs) and not yet approved."""

    counted: int
    pending: int


def year_totals(entries: Sequence[MonthEntry], one_offs: Sequence[HistoryLine]) -> YearTotals:
    counted = sum(e.amount for e in entries if e.locked) + sum(
        x.amount for x in one_offs if x.locked
    )
    pending = sum(e.amount for e in entries if not e.locked) + sum(
        x.amount for x in one_offs if not x.locked
    )
    return YearTotals(counted, pending)


def line_years(lines: Sequence[HistoryLine]) -> list[int]:
    """Every year some line of the person's history touches, newest first."""
    years: set[int] = set()
    for x in lines:
        if x.kind == al.KIND_ALLOWANCE:
            years.update(range(x.first_month.year, x.last_month.year + 1))
        else:
            years.add(x.counted_month.year)
    return sorted(years, reverse=True)
