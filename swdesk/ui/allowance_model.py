"""The lines of one allowance run as a table: who, what for, how much, and why nothing.

ID numbers show masked (first 6, last 4) as on the 公示 list: the page is often on screen in a
shared office, and the full number is in the worker's file and the bank's sheet.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from swdesk.core import allowance as al
from swdesk.core.allowance_reasons import note_parts, reason_text
from swdesk.core.money import yuan
from swdesk.ui import counts
from swdesk.ui.enum_labels import code_label, label
from swdesk.ui.rule_text import shown
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
                return counts.days(int(row["days"]))
            return str(row["months"] or 0)
        if column == "rate":
            return yuan(int(row["rate_fen"])) if kind == al.KIND_ALLOWANCE and row["level"] else ""
        if column == "amount":
            return yuan(int(row["amount_fen"]))
        # The reason was written when the run was computed, in the language of the sheets; it
        # is read back as its sentence and shown in the interface's language.
        if row["reason"]:
            return shown(reason_text(row["reason"]))
        if row["note"] and kind == al.KIND_ALLOWANCE:
            return month_notes(row["note"])
        return str(row["note"] or "")


def month_notes(stored: str) -> str:
    """A note of months not paid ("2026-01：证书未登记。；…") in the interface's language."""
    parts = []
    for month, why in note_parts(stored):
        if month is None:
            return shown(why)
        parts.append(
            QCoreApplication.translate("AllowanceModel", "{month}：{reason}").format(
                month=month, reason=shown(why)
            )
        )
    return QCoreApplication.translate("AllowanceModel", "；").join(parts)


RUN_COLUMNS = ("first_month", "months", "state", "people", "amount", "paid_on")


class AllowanceRunsModel(TableModel[dict[str, Any], str]):
    """Every run of the file (``store.allowances.list_runs`` rows), newest first."""

    right_aligned = frozenset({"months", "people", "amount"})

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(RUN_COLUMNS, parent)

    def header(self, column: str) -> str:
        return {
            "first_month": QCoreApplication.translate("AllowanceModel", "第一个月"),
            "months": QCoreApplication.translate("AllowanceModel", "月数"),
            "state": QCoreApplication.translate("AllowanceModel", "状态"),
            "people": QCoreApplication.translate("AllowanceModel", "人数"),
            "amount": QCoreApplication.translate("AllowanceModel", "金额（元）"),
            "paid_on": QCoreApplication.translate("AllowanceModel", "发放日期"),
        }[column]

    def text(self, row: dict[str, Any], column: str) -> str:
        if column == "state":
            return code_label(al.RUN_STATE_LABELS, row["state"])
        if column == "amount":
            return yuan(int(row["total_fen"] or 0))
        if column in ("months", "people"):
            return str(row[column] or 0)
        return str(row[column] or "")

    def tooltip(self, row: dict[str, Any], column: str) -> str | None:
        if row["state"] in al.LOCKED_STATES:
            return QCoreApplication.translate(
                "AllowanceModel", "已审核，已锁定：只能查看，更正在以后月份的发放表里补发或扣回"
            )
        return None

    def row_id(self, row: dict[str, Any]) -> Any:
        return row["id"]
