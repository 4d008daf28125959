"""What a county file shows of its townships' exams and appraisals: every township's rows,
read-only, each with the township it came from.

A county does not register people for exams or appraise them itself: the townships do, and
sync brings their rows (``origin`` = township code). The township-side functions of
``exams`` and ``appraisals`` look at the file's own unit (its round, its year settings); these
look across all units and say which township each row belongs to, so the county clerk can
compare townships and a transferred person's records from both townships stay apart.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from swdesk.core import divisions
from swdesk.store import villages

# The exam, appraisal and allowance modules are imported where they are used: the worker list
# asks this module for the townships' names before the county's first paint, and they would
# add a tenth of a second to it.
if TYPE_CHECKING:
    from swdesk.core import appraisal as ap
    from swdesk.store.db import Store
    from swdesk.store.exams import RegistrationView


def is_county(store: Store) -> bool:
    return store.role == divisions.ROLE_COUNTY


def township_names(store: Store) -> dict[str, str]:
    """Code → name of every township the county enrolled or holds rounds of."""
    names = {
        r["unit_code"]: r["unit_name"]
        for r in store.query("SELECT DISTINCT unit_code, unit_name FROM appraisal_rounds")
    }
    names.update(
        {r["code"]: r["name"] for r in store.query("SELECT code, name FROM sync_townships")}
    )
    names.pop(store.unit_code, None)
    return dict(sorted(names.items()))


def village_townships(store: Store) -> dict[str, str]:
    """Village code → the township it belongs to (every village, removed ones too).

    A village a township reported carries that township as its ``origin``; one the county
    entered itself (reference data it sends to the townships) belongs to the township its
    12-digit code names (county 6 + township 3 digits)."""
    own = store.unit_code
    return {
        r["code"]: r["origin"] if r["origin"] and r["origin"] != own else r["code"][:9]
        for r in store.query("SELECT code, origin FROM villages")
    }


def worker_townships(store: Store) -> dict[str, str]:
    """Worker id → the township holding the person (every file, removed ones too): the
    township whose package brought the file (its ``origin``), else the one of its village."""
    own = store.unit_code
    towns = village_townships(store)
    return {
        r[0]: r[1] if r[1] and r[1] != own else towns.get(r[2] or "", "")
        for r in store.conn.execute("SELECT id, origin, village_code FROM workers")
    }


def village_choices(store: Store) -> list[dict[str, Any]]:
    """The live villages as a county picks them: each row with ``township``,
    ``township_name`` and ``label`` 「乡镇 / 村名」 (same-name villages of two townships are
    told apart), ordered by township, then code."""
    names = township_names(store)
    towns = village_townships(store)
    out = []
    for r in store.query("SELECT * FROM villages WHERE deleted = 0 ORDER BY code"):
        town = towns[r["code"]]
        town_name = names.get(town, town)
        out.append(
            {
                **r,
                "township": town,
                "township_name": town_name,
                "label": f"{town_name} / {r['name']}",
            }
        )
    return sorted(out, key=lambda r: (r["township"], r["code"]))


def village_rows(store: Store) -> list[dict[str, Any]]:
    """The live villages a village filter offers: a county's labelled 「乡镇 / 村名」
    (``village_choices``), a township's as they are."""
    return village_choices(store) if is_county(store) else villages.list_all(store)


def village_names(store: Store) -> dict[str, str]:
    """Village code → the name a list shows: a township's own names, a county's
    「乡镇 / 村名」 (every village, removed ones too, as records may still name them)."""
    if not is_county(store):
        return villages.names_by_code(store)
    names = township_names(store)
    towns = village_townships(store)
    return {
        r["code"]: f"{names.get(towns[r['code']], towns[r['code']])} / {r['name']}"
        for r in store.query("SELECT code, name FROM villages")
    }


def exam_years(store: Store) -> list[int]:
    """Years with exam settings or registrations from any township, latest first."""
    rows = store.query(
        "SELECT year FROM exam_years WHERE deleted = 0 UNION "
        "SELECT year FROM exam_registrations WHERE deleted = 0 ORDER BY year DESC"
    )
    return [int(r["year"]) for r in rows]


def exam_registrations(
    store: Store, year: int, township: str | None = None
) -> list[RegistrationView]:
    """Every township's registrations of ``year`` (or one township's), township by township."""
    from swdesk.store import exams

    views = exams.registrations(store, year)
    if township:
        views = [v for v in views if v.origin == township]
    return sorted(views, key=lambda v: v.origin)  # stable: the usual order within a township


def exam_public(store: Store, views: list[RegistrationView]) -> list[dict[str, Any]]:
    names = township_names(store)
    return [
        {**v.public_dict(), "township": v.origin, "township_name": names.get(v.origin, "")}
        for v in views
    ]


def appraisal_years(store: Store) -> list[int]:
    rows = store.query(
        "SELECT DISTINCT year FROM appraisal_rounds WHERE deleted = 0 ORDER BY year DESC"
    )
    return [int(r["year"]) for r in rows]


def appraisal_rounds(store: Store, year: int, township: str | None = None) -> list[dict[str, Any]]:
    sql = "SELECT * FROM appraisal_rounds WHERE deleted = 0 AND year = ?"
    params: list[Any] = [year]
    if township:
        sql += " AND unit_code = ?"
        params.append(township)
    return store.query(sql + " ORDER BY unit_code", params)


def appraisal_sheets(
    store: Store, year: int, township: str | None = None
) -> list[tuple[dict[str, Any], ap.Sheet]]:
    """(row, sheet) of every appraisal in the townships' rounds of ``year``; each row carries
    ``township`` and ``township_name`` (from the round)."""
    from swdesk.store import appraisals

    out = []
    for rnd in appraisal_rounds(store, year, township):
        for row, sh in appraisals.round_sheets(store, rnd["id"]):
            out.append(
                ({**row, "township": rnd["unit_code"], "township_name": rnd["unit_name"]}, sh)
            )
    return out


def appraisal_public(rows: list[tuple[dict[str, Any], ap.Sheet]]) -> list[dict[str, Any]]:
    from swdesk.store import appraisals

    return [
        {
            **appraisals.public_dict(row, sh),
            "township": row["township"],
            "township_name": row["township_name"],
        }
        for row, sh in rows
    ]


# -- allowance payrolls ---------------------------------------------------------------------------
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
