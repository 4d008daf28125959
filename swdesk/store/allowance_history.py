"""One person's payroll lines across this unit's runs, as ``core.allowance_history`` reads them.

Two queries, each on an index (``allowance_lines.worker_id`` via the join, the unit's runs):
the worker file shows them when it opens, and the year statement prints them.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from swdesk.core import allowance as al
from swdesk.core.allowance_history import HistoryLine
from swdesk.store.allowances import LINES, RUNS

if TYPE_CHECKING:
    from swdesk.store.db import Store


def _month(raw: str | None) -> date | None:
    return al.parse_month(raw) if raw else None


def worker_lines(store: Store, worker_id: str) -> list[HistoryLine]:
    """Every live line of ``worker_id`` in the file's live runs, oldest run first, and in a
    run allowance before reward before correction. A township's file holds its own runs; a
    county's holds the runs its townships sent, so the county sees what the township paid."""
    rows = store.conn.execute(
        f"SELECT r.first_month, r.months, r.state, l.kind, l.first_month, l.last_month, "
        f"l.for_month, l.level, l.rate_fen, l.months, l.days, l.amount_fen, l.reason, l.note "
        f"FROM {LINES} l JOIN {RUNS} r ON r.id = l.run_id "
        "WHERE l.worker_id = ? AND l.deleted = 0 AND r.deleted = 0 "
        "ORDER BY r.first_month, CASE l.kind WHEN ? THEN 0 WHEN ? THEN 1 ELSE 2 END, "
        "l.first_month, l.rowid",
        (worker_id, al.KIND_ALLOWANCE, al.KIND_REWARD),
    ).fetchall()
    out = []
    for (
        run_first,
        run_months,
        state,
        kind,
        first,
        last,
        for_month,
        level,
        rate,
        months,
        days,
        amount,
        reason,
        note,
    ) in rows:
        out.append(
            HistoryLine(
                al.parse_month(run_first),
                int(run_months),
                state,
                kind,
                al.parse_month(first),
                al.parse_month(last),
                _month(for_month),
                level,
                int(rate or 0),
                int(months or 0),
                None if days is None else int(days),
                int(amount),
                reason,
                note,
            )
        )
    return out


def runs_in_year(store: Store, year: int, worker_id: str) -> list[tuple[date, int, str]]:
    """(first month, months, state) of the live runs covering some month of ``year`` that
    could list ``worker_id``: this unit's own, and those of any unit that listed the person
    (in a county file, the person's township)."""
    out = []
    for first, count, state in store.conn.execute(
        f"SELECT first_month, months, state FROM {RUNS} WHERE deleted = 0 AND (unit_code = ? "
        f"OR unit_code IN (SELECT r.unit_code FROM {LINES} l JOIN {RUNS} r ON r.id = l.run_id "
        "WHERE l.worker_id = ? AND l.deleted = 0)) ORDER BY first_month",
        (store.unit_code, worker_id),
    ):
        months = al.months_of(al.parse_month(first), int(count))
        if any(m.year == year for m in months):
            out.append((months[0], int(count), state))
    return out
