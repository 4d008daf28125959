"""The lines of one allowance run as a table: who, what for, how much, and why nothing.

ID numbers show masked (first 6, last 4) as on the 公示 list: the page is often on screen in a
shared office, and the full number is in the worker's file and the bank's sheet.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from swdesk.core import allowance as al
from swdesk.core.money import yuan
from swdesk.ui.enum_labels import label
from swdesk.ui.table_model import TableModel

COLUMNS = ("village", "name", "id_number", "level", "months", "rate", "amount", "reason")


class AllowanceLinesModel(TableModel[dict[str, Any], str]):
    """``rows`` are ``store.allowances.run_lines`` rows."""

    right_aligned = frozenset({"months", "rate", "amount"})
    tooltip_columns = frozenset({"reason"})
    row_numbers = True

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(COLUMNS, parent)

    def header(self, column: str) -> str:
        return {
            "village": QCoreApplication.translate("AllowanceModel", "村（社区）"),
            "name": QCoreApplication.translate("AllowanceModel", "姓名"),
            "id_number": QCoreApplication.translate("AllowanceModel", "身份证号（隐去中间位）"),
            "level": QCoreApplication.translate("AllowanceModel", "等级/项目"),
            "months": QCoreApplication.translate("AllowanceModel", "月数"),
            "rate": QCoreApplication.translate("AllowanceModel", "标准（元/月）"),
            "amount": QCoreApplication.translate("AllowanceModel", "金额（元）"),
            "reason": QCoreApplication.translate("AllowanceModel", "说明（未发的原因）"),
        }[column]

    def text(self, row: dict[str, Any], column: str) -> str:
        kind = row["kind"]
        if column == "village":
            return str(row["village"] or row["village_code"] or "")
        if column == "name":
            return str(row["name"])
        if column == "id_number":
            return al.mask_id_number(row["id_number"])
        if column == "level":
            if kind == al.KIND_ADJUSTMENT:
                word = (
                    QCoreApplication.translate("AllowanceModel", "补发")
                    if row["amount_fen"] > 0
                    else QCoreApplication.translate("AllowanceModel", "扣回")
                )
                return f"{word} {row['for_month']}"
            if kind == al.KIND_REWARD:
                return QCoreApplication.translate("AllowanceModel", "奖励：{level}").format(
                    level=label(row["level"])
                )
            return label(row["level"])
        if column == "months":
            if kind != al.KIND_ALLOWANCE:
                return ""
            if row["days"] is not None:
                return QCoreApplication.translate("AllowanceModel", "{n} 天").format(n=row["days"])
            return str(row["months"] or 0)
        if column == "rate":
            return yuan(int(row["rate_fen"])) if kind == al.KIND_ALLOWANCE and row["level"] else ""
        if column == "amount":
            return yuan(int(row["amount_fen"]))
        # The reason was written when the run was computed, in the language of the sheets.
        return str(row["reason"] or row["note"] or "")
