"""What the dashboard's drill-down and the statistics report's name list need beyond the
indicator facts: each worker's ID number, and when each township last sent a package."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from swdesk.store.sql_in import in_chunks

if TYPE_CHECKING:
    from swdesk.store.db import Store


def id_numbers(store: Store, worker_ids: Iterable[str]) -> dict[str, str]:
    """Worker id → ID number (deleted files too: a past date may count them)."""
    out: dict[str, str] = {}
    for chunk, marks in in_chunks(sorted(set(worker_ids))):
        for r in store.query(f"SELECT id, id_number FROM workers WHERE id IN ({marks})", chunk):
            out[r["id"]] = r["id_number"]
    return out


def last_imports(store: Store) -> dict[str, str | None]:
    """Township code → when the county last accepted a package from it (None: never)."""
    return {
        r["code"]: r["last_import_at"]
        for r in store.query("SELECT code, last_import_at FROM sync_townships ORDER BY code")
    }
