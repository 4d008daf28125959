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

from swdesk.core import divisions
from swdesk.store import villages

# The exam, appraisal and allowance modules are imported where they are used, and the
# townships' payrolls are in ``county_payrolls``: the worker list asks this module for the
# townships' names before the county's first paint, and they (and ``dataclasses``, which
# loads ``inspect``) would add to it.
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
