"""Roles a worker holds besides the post type (定员干部, 村（社区）党组织书记, 儿童主任, 儿童督导员),
each from ``since`` up to ``until`` (the day it ended; open while empty), so a role is known
as of any day."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING, Any

from swdesk.core import workforce as wf
from swdesk.core.errors import RuleError
from swdesk.core.i18n import msg
from swdesk.store import posts, records
from swdesk.store.sql_in import in_chunks

if TYPE_CHECKING:
    from swdesk.store.db import Store

TABLE = "worker_roles"


def of_worker(store: Store, worker_id: str, include_ended: bool = True) -> list[dict[str, Any]]:
    ended = "" if include_ended else " AND until IS NULL"
    return store.query(
        f"SELECT * FROM {TABLE} WHERE worker_id = ? AND deleted = 0{ended} ORDER BY since, created_at",
        (worker_id,),
    )


def current(store: Store, worker_id: str) -> list[str]:
    """The roles held now, in the vocabulary's order."""
    held = {r["role"] for r in of_worker(store, worker_id, include_ended=False)}
    return [r for r in wf.ROLES if r in held]


def current_by_worker(
    store: Store, worker_ids: Iterable[str] | None = None
) -> dict[str, list[str]]:
    """Roles held now per worker (all workers when ``worker_ids`` is None)."""
    rows: list[dict[str, Any]] = []
    base = f"SELECT worker_id, role FROM {TABLE} WHERE deleted = 0 AND until IS NULL"
    if worker_ids is None:
        rows = store.query(base)
    else:
        for chunk, marks in in_chunks(list(worker_ids), 500):
            rows += store.query(f"{base} AND worker_id IN ({marks})", chunk)
    held: dict[str, set[str]] = {}
    for r in rows:
        held.setdefault(r["worker_id"], set()).add(r["role"])
    return {w: [r for r in wf.ROLES if r in s] for w, s in held.items()}


def add(
    store: Store, worker_id: str, role: str, since: date | None = None, note: str | None = None
) -> str:
    posts.refuse_on_county(store)
    wf.check_role(role)
    if role in current(store, worker_id):
        raise RuleError(msg("这名社工已经担任“{role}”。", role=role), "role")
    return records.insert(
        store,
        TABLE,
        {
            "worker_id": worker_id,
            "role": role,
            "since": (since or date.today()).isoformat(),
            "until": None,
            "note": note,
        },
    )


def end(store: Store, role_id: str, until: date | None = None) -> bool:
    posts.refuse_on_county(store)
    row = records.get(store, TABLE, role_id)
    day = (until or date.today()).isoformat()
    if row["until"]:
        raise RuleError(msg("这项职务已于 {day} 结束。", day=row["until"]))
    if row["since"] and day < row["since"]:
        raise RuleError(msg("结束日期 {day} 早于担任日期 {since}。", day=day, since=row["since"]))
    return records.update(store, TABLE, role_id, {"until": day})


def set_current(store: Store, worker_id: str, roles: Iterable[str], on: date | None = None) -> bool:
    """Make the roles held now exactly ``roles``: new ones begin ``on``, dropped ones end ``on``."""
    wanted = [wf.check_role(r) for r in roles]
    changed = False
    with store.atomic():
        for row in of_worker(store, worker_id, include_ended=False):
            if row["role"] not in wanted:
                end(store, row["id"], on)
                changed = True
        held = set(current(store, worker_id))
        for role in wanted:
            if role not in held:
                add(store, worker_id, role, on)
                held.add(role)
                changed = True
    return changed


def worker_ids_with_role(store: Store, role: str) -> set[str]:
    return {
        r["worker_id"]
        for r in store.query(
            f"SELECT worker_id FROM {TABLE} WHERE role = ? AND deleted = 0 AND until IS NULL",
            (role,),
        )
    }
