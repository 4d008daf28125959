"""Villages and communities of a township, by 12-digit division code."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from swdesk.core.divisions import check_village_code
from swdesk.core.enums import VILLAGE_KINDS
from swdesk.core.errors import RuleError
from swdesk.core.i18n import msg
from swdesk.core.text import clean_text
from swdesk.store import records

if TYPE_CHECKING:
    from swdesk.store.db import Store


def _check(code: str, name: str, kind: str) -> tuple[str, str, str]:
    c = check_village_code(code)
    n = clean_text(name, msg("村（社区）名称"), prose=True)
    if not n:
        raise RuleError(msg("村（社区）名称不能为空。"), "name")
    if kind not in VILLAGE_KINDS:
        raise RuleError(msg("类型“{kind}”不对：社区填 urban，村填 rural。", kind=kind), "kind")
    return c, n, kind


def add(store: Store, code: str, name: str, kind: str) -> str:
    c, n, k = _check(code, name, kind)
    unit = store.unit_code
    if unit and not c.startswith(unit):
        # Division codes nest: the first 9 digits of a village code are its township's code.
        raise RuleError(
            msg(
                "代码 {code} 不属于本单位 {unit_name}（{unit}）：本单位的村（社区）代码以 {unit} 开头。",
                code=c,
                unit_name=store.unit_name,
                unit=unit,
            ),
            "code",
        )
    with store.atomic():
        existing = store.query("SELECT id, name, deleted FROM villages WHERE code = ?", (c,))
        if existing:
            row = existing[0]
            if row["deleted"]:
                records.restore(store, "villages", row["id"])
                records.update(store, "villages", row["id"], {"name": n, "kind": k})
                return str(row["id"])
            raise RuleError(
                msg("代码 {code} 已经登记为“{name}”，不能重复添加。", code=c, name=row["name"]),
                "code",
            )
        return records.insert(store, "villages", {"code": c, "name": n, "kind": k})


def edit(store: Store, village_id: str, name: str, kind: str) -> bool:
    row = records.get(store, "villages", village_id)
    _, n, k = _check(row["code"], name, kind)
    return records.update(store, "villages", village_id, {"name": n, "kind": k})


def remove(store: Store, village_id: str) -> bool:
    row = records.get(store, "villages", village_id)
    used = store.scalar(
        "SELECT count(*) FROM workers WHERE village_code = ? AND deleted = 0", (row["code"],)
    )
    if used:
        raise RuleError(
            msg(
                "“{name}”还有 {count} 名社工的档案，请先把他们调到其他村（社区）。",
                name=row["name"],
                count=used,
            )
        )
    return records.soft_delete(store, "villages", village_id)


def list_all(store: Store, include_deleted: bool = False) -> list[dict[str, Any]]:
    where = "" if include_deleted else "WHERE deleted = 0"
    return store.query(f"SELECT * FROM villages {where} ORDER BY code")


def names_by_code(store: Store) -> dict[str, str]:
    """Code → name of every village, removed ones too (records may still name them).

    The two columns straight off the table, in no order: the worker list asks it before its
    first paint, and a county holds every township's villages (360 for 30 townships), where
    whole rows read through the code index cost that start ~1 ms."""
    return {r["code"]: r["name"] for r in store.query("SELECT code, name FROM villages")}


def exists(store: Store, code: str) -> bool:
    return bool(store.scalar("SELECT 1 FROM villages WHERE code = ? AND deleted = 0", (code,)))
