"""Who this data file belongs to: a township station or a county bureau."""

from __future__ import annotations

from typing import TYPE_CHECKING

from swdesk.core import audit
from swdesk.core.divisions import check_unit_code
from swdesk.core.errors import RuleError
from swdesk.core.i18n import msg
from swdesk.store.db import utc_now

if TYPE_CHECKING:
    from swdesk.store.db import Store


def initialize(store: Store, role: str, unit_code: str, unit_name: str) -> None:
    """Set the role and unit once; a file keeps its identity for life (sync depends on it)."""
    code = check_unit_code(unit_code, role)
    name = unit_name.strip()
    if not name:
        raise RuleError(msg("单位名称不能为空。"), "unit_name")
    if store.is_initialized:
        raise RuleError(
            msg(
                "这个数据文件已经设置为 {name}（{code}），不能再次设置。"
                "如需另建单位，请使用新的数据文件（--db）。",
                name=store.unit_name,
                code=store.unit_code,
            )
        )
    with store.atomic():
        store.set_meta("role", role)
        store.set_meta("unit_code", code)
        store.set_meta("unit_name", name)
        store.set_meta("initialized_at", utc_now())
        store.audit(
            "meta", "unit", audit.INSERT, None, {"role": role, "unit_code": code, "unit_name": name}
        )


def require_initialized(store: Store) -> None:
    if not store.is_initialized:
        raise RuleError(
            msg("数据文件还没有设置单位。请先运行 swdesk init（或在程序中完成首次设置）。")
        )
