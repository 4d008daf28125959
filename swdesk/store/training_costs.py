"""Training costs in the data file: one per attendance (training record), its payer and state.

The rules of a valid cost are ``core.training_cost``'s. A cost is set again rather than added
twice: recording a cost for an attendance that has one updates it (audited field by field), so
"mark as reimbursed" is the same call with another state.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from swdesk.core import training_cost as tc
from swdesk.core.errors import RuleError
from swdesk.core.i18n import msg
from swdesk.store import records
from swdesk.store.training import get_event

if TYPE_CHECKING:
    from swdesk.store.db import Store

COSTS = "training_costs"
RECORDS = "training_records"


def _record_of(store: Store, event_id: str, worker_id: str) -> dict[str, Any]:
    event = get_event(store, event_id)
    rows = store.query(
        f"SELECT id, worker_id FROM {RECORDS} WHERE event_id = ? AND worker_id = ? AND deleted = 0",
        (event_id, worker_id),
    )
    if not rows:
        raise RuleError(
            msg(
                "这个人没有参加培训“{title}”的学时记录，不能记培训费用。请先记录参加培训。",
                title=event["title"],
            )
        )
    return rows[0]


def set_cost(
    store: Store,
    event_id: str,
    worker_id: str,
    amount: object,
    state: str | None = None,
    payer: str | None = None,
    on: date | None = None,
    note: str | None = None,
    today: date | None = None,
) -> str:
    """Record (or change) the cost of ``worker_id``'s attendance of ``event_id``; its row id.

    Refused with a reason, and nothing written, for bad input or someone who did not attend.
    """
    cost = tc.check_cost(amount, state, payer, on, today or date.today())
    values = {
        "amount_fen": cost.amount,
        "payer": cost.payer,
        "state": cost.state,
        "reimbursed_on": cost.reimbursed_on,
        "note": (note or "").strip() or None,
    }
    with store.atomic():
        record = _record_of(store, event_id, worker_id)
        found = store.query(
            f"SELECT id FROM {COSTS} WHERE origin = ? AND record_id = ? AND deleted = 0",
            (store.unit_code, record["id"]),
        )
        if found:
            records.update(store, COSTS, found[0]["id"], values)
            return str(found[0]["id"])
        return records.insert(
            store, COSTS, {"record_id": record["id"], "worker_id": worker_id, **values}
        )


def delete_cost(store: Store, cost_id: str, reason: str | None = None) -> bool:
    return records.soft_delete(store, COSTS, cost_id, reason)


def list_costs(store: Store, event_id: str | None = None) -> list[dict[str, Any]]:
    """Live costs of live attendances, with the person and the training (by training date,
    then name); one event's only when ``event_id`` is given."""
    where = "AND e.id = ?" if event_id else ""
    return store.query(
        "SELECT c.id, c.record_id, c.worker_id, c.amount_fen, c.payer, c.state, "
        "c.reimbursed_on, c.note, w.name, w.id_number, w.village_code, "
        "e.id AS event_id, e.title, e.start_date "
        f"FROM {COSTS} c JOIN {RECORDS} r ON r.id = c.record_id "
        "JOIN workers w ON w.id = c.worker_id "
        "JOIN training_events e ON e.id = r.event_id "
        f"WHERE c.deleted = 0 AND r.deleted = 0 {where} "
        "ORDER BY e.start_date, e.id, w.name COLLATE name_order",
        (event_id,) if event_id else (),
    )


def totals(rows: list[dict[str, Any]]) -> dict[str, int]:
    """Fen per reimbursement state of ``rows`` (every state named, zero when none)."""
    out = dict.fromkeys(tc.COST_STATES, 0)
    for r in rows:
        out[r["state"]] = out.get(r["state"], 0) + int(r["amount_fen"])
    return out


def event_costs(store: Store, event_id: str) -> list[dict[str, Any]]:
    """Everyone with a live record of the event, by name, with this unit's cost of their
    attendance where one is recorded (cost columns None otherwise): what the training page's
    costs dialog lists."""
    return store.query(
        "SELECT r.id AS record_id, r.worker_id, w.name, w.id_number, w.village_code, "
        "c.id, c.amount_fen, c.payer, c.state, c.reimbursed_on, c.note "
        f"FROM {RECORDS} r JOIN workers w ON w.id = r.worker_id "
        f"LEFT JOIN {COSTS} c ON c.record_id = r.id AND c.deleted = 0 AND c.origin = ? "
        "WHERE r.event_id = ? AND r.deleted = 0 ORDER BY w.name COLLATE name_order",
        (store.unit_code, event_id),
    )
