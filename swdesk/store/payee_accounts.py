"""Payee accounts in the data file: who has one, and taking one away.

Writing an account is ``store.allowances.set_account`` (one live account per person and unit,
replaced when set again); the numbers are checked by ``swdesk.core.payee``. Accounts travel to
the county with the sync package like the runs they pay.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from swdesk.core.errors import RuleError
from swdesk.core.i18n import msg
from swdesk.store import records

if TYPE_CHECKING:
    from swdesk.store.db import Store

ACCOUNTS = "payee_accounts"


def account_of(store: Store, worker_id: str) -> dict[str, Any] | None:
    """The person's live account in this unit's file, or None."""
    rows = store.query(
        f"SELECT * FROM {ACCOUNTS} WHERE origin = ? AND worker_id = ? AND deleted = 0",
        (store.unit_code, worker_id),
    )
    return rows[0] if rows else None


def list_accounts(store: Store) -> list[dict[str, Any]]:
    """Every live account of this unit with the person's name, ID number and village, by name."""
    return store.query(
        f"SELECT a.*, w.name, w.id_number, v.name AS village FROM {ACCOUNTS} a "
        "JOIN workers w ON w.id = a.worker_id "
        "LEFT JOIN villages v ON v.code = w.village_code AND v.deleted = 0 "
        "WHERE a.origin = ? AND a.deleted = 0 ORDER BY w.name COLLATE name_order, w.rowid",
        (store.unit_code,),
    )


def remove_account(store: Store, worker_id: str, name: str) -> None:
    """Tombstone the person's account; refused (nothing changed) when they have none."""
    with store.atomic():
        found = account_of(store, worker_id)
        if found is None:
            raise RuleError(msg("{name} 没有登记收款账号，不用删除。", name=name))
        records.soft_delete(store, ACCOUNTS, found["id"])
