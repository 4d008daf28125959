"""A worker's change history, read from the audit log, in words a cadre reads.

Why: the audit log stores column names and raw values (``village_code``, ``["老年"]``, ``1``);
a person checking "who changed this and when" needs 村（社区）, 老年, 是 — and local time, not
UTC. The worker's own entries and those of their certificates (including deleted ones) are
shown together, newest first, one line per changed field.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidgetItem,
    QWidget,
)

from swdesk.core import audit
from swdesk.core.i18n import QT_TRANSLATE_NOOP
from swdesk.core.worker import CERT_FIELDS, WORKER_FIELDS
from swdesk.store import exams, villages, workers
from swdesk.store.db import Store
from swdesk.ui.designer import set_up
from swdesk.ui.enum_labels import code_label, label, labels
from swdesk.ui.forms.history_dialog import Ui_HistoryDialog

# Column names of the audit log shown in the interface language (context "fields").
FIELD_LABELS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("fields", "姓名"),
    "id_number": QT_TRANSLATE_NOOP("fields", "身份证号"),
    "gender": QT_TRANSLATE_NOOP("fields", "性别"),
    "birth_date": QT_TRANSLATE_NOOP("fields", "出生日期"),
    "id_note": QT_TRANSLATE_NOOP("fields", "身份证号说明"),
    "ethnicity": QT_TRANSLATE_NOOP("fields", "民族"),
    "phone": QT_TRANSLATE_NOOP("fields", "手机号码"),
    "political_status": QT_TRANSLATE_NOOP("fields", "政治面貌"),
    "education": QT_TRANSLATE_NOOP("fields", "学历"),
    "major": QT_TRANSLATE_NOOP("fields", "专业"),
    "sw_major": QT_TRANSLATE_NOOP("fields", "社工专业"),
    "village_code": QT_TRANSLATE_NOOP("fields", "村（社区）"),
    "post_type": QT_TRANSLATE_NOOP("fields", "岗位类型"),
    "professional_post": QT_TRANSLATE_NOOP("fields", "专业岗位"),
    "domains": QT_TRANSLATE_NOOP("fields", "服务领域"),
    "status": QT_TRANSLATE_NOOP("fields", "状态"),
    "status_date": QT_TRANSLATE_NOOP("fields", "状态日期"),
    "notes": QT_TRANSLATE_NOOP("fields", "备注"),
    "level": QT_TRANSLATE_NOOP("fields", "等级"),
    "cert_number": QT_TRANSLATE_NOOP("fields", "证书编号"),
    "obtained_date": QT_TRANSLATE_NOOP("fields", "取得日期"),
    "registration_date": QT_TRANSLATE_NOOP("fields", "登记日期"),
    "work_start": QT_TRANSLATE_NOOP("fields", "从事社会工作起始"),
}

BOOLEAN_FIELDS = frozenset({"sw_major", "professional_post", "deleted"})
ENUM_FIELDS = frozenset(
    {"gender", "ethnicity", "political_status", "education", "post_type", "status", "level"}
)
# Columns people edit, in the order the editor shows them; everything else (sync columns,
# caches such as name_pinyin) is bookkeeping and stays out of the history.
SHOWN_FIELDS: dict[str, tuple[str, ...]] = {
    "workers": WORKER_FIELDS,
    "certificates": CERT_FIELDS,
    "exam_work_starts": ("work_start",),  # entered in the editor, kept with the exam tables
}

COL_TIME, COL_OPERATOR, COL_ACTION, COL_FIELD, COL_CHANGE = range(5)


def field_label(field: str) -> str:
    return QCoreApplication.translate("fields", FIELD_LABELS.get(field, field))


def local_time(utc_text: str) -> str:
    """``2024-05-01T02:03:04.123456Z`` → local ``2024-05-01 10:03:04``."""
    try:
        moment = datetime.fromisoformat(utc_text.replace("Z", "+00:00"))
    except ValueError:
        return utc_text
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S")


@dataclass
class HistoryLine:
    """One line of the table: the first line of an entry carries its time, operator, action."""

    entry: int
    time: str
    operator: str
    action: str
    field: str
    change: str


class ValueFormatter:
    """Stored values → readable text (village names, 是/否, domain lists, enum labels)."""

    def __init__(self, village_names: dict[str, str]) -> None:
        self.village_names = village_names

    def __call__(self, field: str, value: Any) -> str:
        if value is None or value == "" or value == []:
            return QCoreApplication.translate("HistoryDialog", "（空）")
        if field in BOOLEAN_FIELDS:
            return (
                QCoreApplication.translate("HistoryDialog", "是")
                if value in (1, True, "1")
                else QCoreApplication.translate("HistoryDialog", "否")
            )
        if field == "domains":
            items = value
            if isinstance(value, str):
                try:
                    items = json.loads(value)
                except ValueError:
                    items = [value]
            if not items:
                return QCoreApplication.translate("HistoryDialog", "（空）")
            return labels(str(v) for v in items)
        if field == "village_code":
            name = self.village_names.get(str(value))
            return f"{name}（{value}）" if name else str(value)
        if field in ENUM_FIELDS:
            return label(str(value))
        return str(value)


def history_lines(store: Store, worker_id: str) -> list[HistoryLine]:
    """The worker's and their certificates' audit entries as table lines, newest first."""
    cert_levels = workers.certificate_levels_ever(store, worker_id)
    entries = store.history("workers", [worker_id])
    if cert_levels:
        entries += store.history("certificates", list(cert_levels))
    starts = exams.work_start_ids(store, worker_id)
    if starts:
        entries += store.history("exam_work_starts", starts)
    entries.sort(key=lambda e: e["seq"], reverse=True)
    fmt = ValueFormatter(villages.names_by_code(store))
    lines: list[HistoryLine] = []
    for number, entry in enumerate(entries):
        table = entry["table_name"]
        action = code_label(audit.LABELS, entry["action"])
        prefix = ""
        if table == "certificates":
            level = label(cert_levels.get(entry["row_id"]))
            prefix = (
                QCoreApplication.translate("HistoryDialog", "证书（%1）").replace("%1", level)
                if level
                else QCoreApplication.translate("HistoryDialog", "证书")
            )
        changes = _changes(table, entry, fmt)
        if not changes:
            reason = entry.get("reason")
            changes = [
                (
                    prefix,
                    QCoreApplication.translate("HistoryDialog", "原因：%1").replace("%1", reason)
                    if reason
                    else "",
                )
            ]
        else:
            changes = [(f"{prefix}·{name}" if prefix else name, text) for name, text in changes]
        for i, (name, text) in enumerate(changes):
            first = i == 0
            lines.append(
                HistoryLine(
                    number,
                    local_time(entry["at"]) if first else "",
                    str(entry["operator"]) if first else "",
                    action if first else "",
                    name,
                    text,
                )
            )
    return lines


def _changes(table: str, entry: dict[str, Any], fmt: ValueFormatter) -> list[tuple[str, str]]:
    """(field label, "old → new" or the new value) for the fields a person edits."""
    shown = SHOWN_FIELDS.get(table, ())
    old = entry.get("old") or {}
    new = entry.get("new") or {}
    out: list[tuple[str, str]] = []
    for field in shown:
        if field not in new:
            continue
        if entry["action"] == audit.INSERT:
            if new[field] in (None, "", "[]", 0):
                continue  # an empty field at creation says nothing
            out.append((field_label(field), fmt(field, new[field])))
        elif entry["action"] == audit.UPDATE:
            out.append(
                (field_label(field), f"{fmt(field, old.get(field))} → {fmt(field, new[field])}")
            )
    return out


class HistoryDialog(QDialog):
    """Read-only table of what changed in one worker's file, when, and by whom."""

    def __init__(self, store: Store, worker_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.worker_id = worker_id
        record = workers.get(store, worker_id)
        form = set_up(self, Ui_HistoryDialog())
        self.setWindowTitle(
            QCoreApplication.translate("HistoryDialog", "修改记录 — %1").replace(
                "%1", record["name"]
            )
        )
        self.lines = history_lines(store, worker_id)
        entries = len({line.entry for line in self.lines})
        self.summary = form.summary
        self.summary.setText(
            QCoreApplication.translate(
                "HistoryDialog", "%1（%2）的档案共有 %3 条修改记录，最新的在最上面。"
            )
            .replace("%1", record["name"])
            .replace("%2", record["id_number"])
            .replace("%3", str(entries))
        )
        self.table = form.historyTable
        self.table.setRowCount(len(self.lines))
        header = self.table.horizontalHeader()
        for col in (COL_TIME, COL_OPERATOR, COL_ACTION, COL_FIELD):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_CHANGE, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        # Lines of one entry share a background, so an entry reads as one block.
        base = self.palette().base().color()
        mark = self.palette().highlight().color()
        shade = QColor(
            (base.red() * 9 + mark.red()) // 10,
            (base.green() * 9 + mark.green()) // 10,
            (base.blue() * 9 + mark.blue()) // 10,
        )
        for row, line in enumerate(self.lines):
            values = (line.time, line.operator, line.action, line.field, line.change)
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                if col == COL_CHANGE:
                    item.setToolTip(text)
                if line.entry % 2:
                    item.setBackground(shade)
                self.table.setItem(row, col, item)
        buttons = form.buttons
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(
            QCoreApplication.translate("HistoryDialog", "关闭")
        )
        buttons.rejected.connect(self.reject)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def cell(self, row: int, col: int) -> str:
        item = self.table.item(row, col)
        return item.text() if item else ""
