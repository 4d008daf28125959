"""A person's certificate registrations (首次登记 / 再登记) in the data file.

Every write goes through ``swdesk.store.records`` (UUID, version, tombstone, audit); the checks
are ``swdesk.core.registration``'s.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from swdesk.core import registration as reg
from swdesk.core.dates import parse_loose_date
from swdesk.core.errors import RuleError
from swdesk.core.i18n import msg
from swdesk.store import records

if TYPE_CHECKING:
    from swdesk.store.db import Store

TABLE = "registrations"


def _certificate_of(store: Store, worker_id: str, level: str) -> str | None:
    """The person's live certificate of ``level`` (the newest), which the registration names."""
    row = store.conn.execute(
        "SELECT id FROM certificates WHERE worker_id = ? AND level = ? AND deleted = 0 "
        "ORDER BY obtained_date DESC, created_at DESC LIMIT 1",
        (worker_id, level),
    ).fetchone()
    return None if row is None else str(row[0])


def add(store: Store, worker_id: str, raw: dict[str, Any]) -> str:
    """Record one registration of the person's certificate of that level (which must exist)."""
    clean = reg.validate(raw)
    with store.atomic():
        person = records.get(store, "workers", worker_id)
        cert = _certificate_of(store, worker_id, clean["level"])
        if cert is None:
            raise RuleError(
                msg("{name} 没有{level}证书，不能登记。", name=person["name"], level=clean["level"])
            )
        return records.insert(
            store, TABLE, {**clean, "worker_id": worker_id, "certificate_id": cert}
        )


def update(store: Store, registration_id: str, raw: dict[str, Any]) -> bool:
    """Change a registration (its state as the system moves it on, dates, 证书管理号)."""
    with store.atomic():
        old = records.get(store, TABLE, registration_id)
        clean = reg.validate({**old, **raw})
        return records.update(store, TABLE, registration_id, clean)


def implied(certificate_id: str, level: str, registered: str) -> dict[str, Any] | None:
    """The 首次登记 a certificate's registration date stands for while no record of it exists
    (entered before registrations were kept, or imported from a roster that has only the
    date): valid three years in state 已出证, as schema step 8 backfilled them."""
    start = parse_loose_date(registered)
    if start is None:
        return None
    return {
        "id": None,
        "certificate_id": certificate_id,
        "level": level,
        "kind": reg.KIND_FIRST,
        "state": reg.STATE_ISSUED,
        "applied_on": None,
        "valid_from": start.isoformat(),
        "valid_until": reg.default_valid_until(start).isoformat(),
        "management_number": None,
        "note": None,
    }


def _with_implied(
    rows: list[dict[str, Any]], certs: list[tuple[str, str, str | None]]
) -> list[dict[str, Any]]:
    """``rows`` and the 首次登记 implied by each certificate without a recorded one."""
    recorded = {r["certificate_id"] for r in rows if r["kind"] == reg.KIND_FIRST}
    out = list(rows)
    for cid, level, registered in certs:
        if registered and cid not in recorded and (row := implied(cid, level, registered)):
            out.append(row)
    return out


def for_worker(store: Store, worker_id: str) -> list[dict[str, Any]]:
    """A person's live registrations, oldest first, with those their certificates imply."""
    rows = store.query(f"SELECT * FROM {TABLE} WHERE worker_id = ? AND deleted = 0", (worker_id,))
    certs = store.conn.execute(
        "SELECT id, level, registration_date FROM certificates WHERE worker_id = ? AND deleted = 0",
        (worker_id,),
    ).fetchall()
    return sorted(_with_implied(rows, certs), key=lambda r: (r["valid_from"], r["id"] or ""))


def public_dict(row: dict[str, Any]) -> dict[str, Any]:
    """The shape ``registration list --json`` prints."""
    return {
        "level": row["level"],
        "kind": row["kind"],
        "state": row["state"],
        "applied_on": row["applied_on"],
        "valid_from": row["valid_from"],
        "valid_until": row["valid_until"],
        "management_number": row["management_number"],
        "note": row["note"],
        "valid_state": row["state"] in reg.VALID_STATES,
        "recorded": row["id"] is not None,
    }


def all_live(store: Store) -> dict[str, list[tuple[str, str, str, str]]]:
    """(level, valid from, valid until, state) of everyone's registrations, recorded and
    implied, by worker id: two scans, for the payroll that reads everyone's at once."""
    out: dict[str, list[tuple[str, str, str, str]]] = {}
    first: set[str] = set()
    for wid, cid, kind, level, start, until, state in store.conn.execute(
        f"SELECT worker_id, certificate_id, kind, level, valid_from, valid_until, state "
        f"FROM {TABLE} WHERE deleted = 0"
    ):
        out.setdefault(wid, []).append((level, start, until, state))
        if kind == reg.KIND_FIRST and cid:
            first.add(cid)
    for cid, wid, level, registered in store.conn.execute(
        "SELECT id, worker_id, level, registration_date FROM certificates "
        "WHERE deleted = 0 AND registration_date IS NOT NULL"
    ):
        if cid not in first and (row := implied(cid, level, registered)):
            out.setdefault(wid, []).append(
                (level, row["valid_from"], row["valid_until"], row["state"])
            )
    return out
