"""What a county file shows of its townships' exams and appraisals: every township's rows,
read-only, each with the township it came from.

A county does not register people for exams or appraise them itself: the townships do, and
sync brings their rows (``origin`` = township code). The township-side functions of
``exams`` and ``appraisals`` look at the file's own unit (its round, its year settings); these
look across all units and say which township each row belongs to, so the county clerk can
compare townships and a transferred person's records from both townships stay apart.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from swdesk.core import appraisal as ap
from swdesk.core import divisions
from swdesk.store import appraisals, exams

if TYPE_CHECKING:
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
    out = []
    for rnd in appraisal_rounds(store, year, township):
        for row, sh in appraisals.round_sheets(store, rnd["id"]):
            out.append(
                ({**row, "township": rnd["unit_code"], "township_name": rnd["unit_name"]}, sh)
            )
    return out


def appraisal_public(rows: list[tuple[dict[str, Any], ap.Sheet]]) -> list[dict[str, Any]]:
    return [
        {
            **appraisals.public_dict(row, sh),
            "township": row["township"],
            "township_name": row["township_name"],
        }
        for row, sh in rows
    ]
