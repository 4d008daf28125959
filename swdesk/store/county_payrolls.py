"""The townships' allowance payrolls as a county sees them: per township and month, the people
paid, the amount and the state of the run (``swdesk allowance county``).

Apart from ``county_views`` because the county's worker list imports that module before its
first paint, and these need ``dataclasses`` (which loads ``inspect``)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from swdesk.store.county_views import township_names

if TYPE_CHECKING:
    from swdesk.store.db import Store


@dataclass(frozen=True)
class PayrollMonth:
    """One township's payroll for one month, as the county sees it.

    ``state`` is the code of the township's run covering the month (``draft`` … ``paid``), or
    None when the township has sent no run for it; ``run_month`` and ``run_months`` name that
    run (a quarter paid together is one run of three months, shown on each of its months).
    """

    township: str
    township_name: str
    month: str
    people: int
    amount: int  # fen
    state: str | None
    run_month: str | None
    run_months: int

    @property
    def approved(self) -> bool:
        from swdesk.core import allowance as al

        return self.state in al.LOCKED_STATES


# Each payroll line's share of each month, summed per township and month. An allowance line
# over several months whose amount is its monthly rate times its months (what full months pay)
# puts its rate on each month. Every other line — a part month paid by days, a one-off reward, a
# 补发 / 扣回 — is not divisible from what it says, so it counts wholly in its own first month;
# a correction, whatever month it corrects, counts in the run that pays it, and a line outside
# its run's months (never written so) in the run's first. One statement: a county file holds
# every township's lines, and this is twice as fast as the same shares worked out in Python.
@cache
def _month_shares() -> str:
    from swdesk.core import allowance as al

    return f"""
WITH RECURSIVE r AS (
    SELECT id, unit_code, first_month AS rf, months,
           substr(date(first_month || '-01', '+' || (months - 1) || ' months'), 1, 7) AS rl
    FROM allowance_runs WHERE deleted = 0 AND unit_code != ?),
rm (run_id, m, k, months) AS (
    SELECT id, rf, 1, months FROM r
    UNION ALL
    SELECT run_id, substr(date(m || '-01', '+1 months'), 1, 7), k + 1, months FROM rm
    WHERE k < months),
l AS (
    SELECT l.run_id, l.worker_id AS w, r.unit_code AS u, r.rf, r.rl, l.kind,
           l.first_month AS f, l.last_month AS la, l.rate_fen AS rate, l.amount_fen AS amt,
           (l.kind = '{al.KIND_ALLOWANCE}' AND l.days IS NULL AND l.months > 1
            AND l.rate_fen != 0 AND l.rate_fen * l.months = l.amount_fen
            AND l.first_month >= r.rf AND l.last_month <= r.rl
            AND substr(date(l.first_month || '-01', '+' || (l.months - 1) || ' months'), 1, 7)
                = l.last_month) AS split
    FROM allowance_lines l JOIN r ON r.id = l.run_id
    WHERE l.deleted = 0 AND l.amount_fen != 0),
shares AS (
    SELECT l.u, rm.m, l.w, l.rate AS fen FROM l JOIN rm ON rm.run_id = l.run_id
    WHERE l.split AND rm.m BETWEEN l.f AND l.la
    UNION ALL
    SELECT u, CASE WHEN kind = '{al.KIND_ADJUSTMENT}' OR f < rf OR f > rl THEN rf ELSE f END,
           w, amt
    FROM l WHERE NOT split)
SELECT u, m, count(DISTINCT w), sum(fen) FROM shares GROUP BY u, m
"""


def payroll_months(store: Store, months: Sequence[str] | None = None) -> list[PayrollMonth]:
    """Per township and month: people paid, the amount and the state of its run.

    ``months`` (labels ``YYYY-MM``) limits the answer; None means every month of any run.
    For each month shown, every township the county knows gets a row, with ``state`` None
    when it sent no run for that month. Sorted by month, then township code. A month's people
    are the distinct people whose lines pay them something that month (a +100 and a -100 that
    cancel still count them); the amounts of a run's months add up to its total.
    """
    from swdesk.core import allowance as al

    wanted = set(months) if months is not None else None
    runs: dict[str, tuple[str, str, int, str, set[str]]] = {}
    for rid, unit, first, count, state in store.conn.execute(
        "SELECT id, unit_code, first_month, months, state FROM allowance_runs "
        "WHERE deleted = 0 AND unit_code != ?",
        (store.unit_code,),
    ):
        span = {al.month_label(m) for m in al.months_of(al.parse_month(first), int(count))}
        if wanted is None or span & wanted:
            runs[rid] = (unit, first, int(count), state, span)
    amount: dict[tuple[str, str], int] = {}
    people: dict[tuple[str, str], int] = {}
    for unit, m, n, fen in store.conn.execute(_month_shares(), (store.unit_code,)):
        if wanted is None or m in wanted:
            amount[(unit, m)], people[(unit, m)] = int(fen), int(n)
    covered: dict[tuple[str, str], tuple[str, str, int]] = {}
    for unit, first, count, state, span in runs.values():
        for m in span:
            if wanted is None or m in wanted:
                covered[(unit, m)] = (state, first, count)
    names = township_names(store)
    for unit, _, _, _, _ in runs.values():
        names.setdefault(unit, "")
    shown = sorted(wanted if wanted is not None else {m for _, m in covered})
    out = []
    for m in shown:
        if len(shown) > 1 and not any(k[1] == m for k in covered):
            continue  # a year: only the months some township sent a run for
        for unit in sorted(names):
            state, first, count = covered.get((unit, m), (None, None, 0))
            out.append(
                PayrollMonth(
                    unit,
                    names[unit],
                    m,
                    people.get((unit, m), 0),
                    amount.get((unit, m), 0),
                    state,
                    first,
                    count,
                )
            )
    return out


def payroll_totals(rows: Sequence[PayrollMonth]) -> list[tuple[str, int, int, int, int]]:
    """Per month, in order: (month, people, fen, townships with a run, of which approved)."""
    out: dict[str, list[int]] = {}
    for r in rows:
        t = out.setdefault(r.month, [0, 0, 0, 0])
        t[0] += r.people
        t[1] += r.amount
        t[2] += r.state is not None
        t[3] += r.approved
    return [(m, *t) for m, t in out.items()]  # type: ignore[misc]
