"""What the county reads about a person it confirmed moved from one township to another
(``sync.moves``): who feeds the person now, when the new township took them, and which of a
package's fills and roles are still open for a person with a confirmed move."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from swdesk.core import conflicts
from swdesk.store import posts, worker_roles

if TYPE_CHECKING:
    from swdesk.store.db import Store

# The column that ends a row of each table a move ends.
ENDS = {posts.FILLS: "to_date", worker_roles.TABLE: "until"}


def holder(store: Store, worker_id: str) -> str | None:
    """The township whose row feeds county person ``worker_id`` (None when none does)."""
    v = store.scalar(
        "SELECT origin FROM sync_mirror WHERE tbl = 'workers' AND key_id = ? AND winner = 1 "
        "AND held = 0",
        (worker_id,),
    )
    return None if v is None else str(v)


def taken_on(store: Store, worker_id: str, origin: str) -> str | None:
    """When ``origin`` put the person of county row ``worker_id`` on its file (its row's
    ``created_at``), or None."""
    v = store.scalar(
        "SELECT json_extract(data, '$.created_at') FROM sync_mirror WHERE tbl = 'workers' "
        "AND key_id = ? AND origin = ? AND deleted = 0",
        (worker_id, origin),
    )
    return None if v is None else str(v)


def open_after_move(store: Store, sender: str, rev: int) -> list[str]:
    """County people with a confirmed move for whom rows of ``sender`` written with ``rev``
    (one import) are open fills or roles. From the confirmed moves (a handful; none on most
    counties) to their rows, by index."""
    fills, roles = posts.FILLS, worker_roles.TABLE
    rows = store.query(
        "SELECT DISTINCT c.row_id FROM sync_conflicts c WHERE c.tbl = 'workers' "
        f"AND c.kind = ? AND c.resolution = ? AND (EXISTS (SELECT 1 FROM {fills} f "
        "WHERE f.worker_id = c.row_id AND f.rev = ? AND f.origin = ? AND f.deleted = 0 "
        f"AND f.to_date IS NULL) OR EXISTS (SELECT 1 FROM {roles} r WHERE r.worker_id = c.row_id "
        "AND r.rev = ? AND r.origin = ? AND r.deleted = 0 AND r.until IS NULL))",
        (conflicts.KIND_CLAIM, conflicts.KEEP_TOWNSHIP, rev, sender, rev, sender),
    )
    return [r["row_id"] for r in rows]


def ended_row(store: Store, table: str, row_id: str) -> dict[str, Any] | None:
    """A live fill or role the county holds ended (``worker_id``, ``origin``, ``ended``: its
    end day), or None."""
    col = ENDS.get(table)
    if col is None:
        return None
    rows = store.query(
        f"SELECT worker_id, origin, {col} AS ended FROM {table} "
        f"WHERE id = ? AND deleted = 0 AND {col} IS NOT NULL",
        (row_id,),
    )
    return rows[0] if rows else None
