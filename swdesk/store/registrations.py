"""A person's certificate registrations (首次登记 / 再登记) in the data file.

Every write goes through ``swdesk.store.records`` (UUID, version, tombstone, audit); the checks
are ``swdesk.core.registration``'s.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from swdesk.core import registration as reg
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


def for_worker(store: Store, worker_id: str) -> list[dict[str, Any]]:
    """A person's live registrations, oldest first."""
    return store.query(
        f"SELECT * FROM {TABLE} WHERE worker_id = ? AND deleted = 0 "
        "ORDER BY valid_from, created_at",
        (worker_id,),
    )


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
    }


def all_live(store: Store) -> list[tuple[str, str | None, str, str, str, str]]:
    """(worker id, certificate id, level, valid from, valid until, state) of every live
    registration, in one scan: the payroll reads everyone's at once."""
    return store.conn.execute(
        f"SELECT worker_id, certificate_id, level, valid_from, valid_until, state FROM {TABLE} "
        "WHERE deleted = 0"
    ).fetchall()
