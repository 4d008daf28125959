"""Villages and communities (村（社区）) of the township: list, add, rename, remove.

The rules (12-digit code, not a township code, unique, not removable while workers live there)
are the store's; this page only shows its reasons (in the interface language) next to the
form, so a mistyped code is explained where it was typed, and nothing is saved.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from swdesk.core import enums
from swdesk.core.errors import RuleError
from swdesk.services.indicators import certified_by_village
from swdesk.store import Store, villages, workers
from swdesk.ui.changes import VILLAGES, WORKERS
from swdesk.ui.code_fields import digits_only
from swdesk.ui.empty_guide import EmptyGuide
from swdesk.ui.enum_labels import label, select_data
from swdesk.ui.rule_text import shown
from swdesk.ui.styles import ERROR_STYLE
from swdesk.ui.township_column import TownshipColumn
from swdesk.ui.village_figures_box import VillageFiguresBox
from swdesk.ui.widgets import button, button_row, confirmed, error_label, pick_one_row


class VillagesPage(QWidget):
    """Emits ``changed`` after any village was added, renamed or removed."""

    CARES_ABOUT = frozenset({VILLAGES, WORKERS})

    changed = Signal()
    countsChanged = Signal()  # the list was re-read (see ``ui.page_chrome``)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._rows: list[dict[str, Any]] = []

        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("代码"),
                self.tr("名称"),
                self.tr("类型"),
                self.tr("档案数"),
                self.tr("持证在岗"),
            ]
        )
        # Say what each count counts: the files include people who left or moved away.
        for col, tip in (
            (3, self.tr("本村（社区）全部档案（未删除），含离岗、调出和未持证的人")),
            (4, self.tr("今天在岗、持助理社会工作师及以上证书的人，与队伍建设指标的统计口径相同")),
        ):
            head = self.table.horizontalHeaderItem(col)
            if head is not None:
                head.setToolTip(tip)
        pick_one_row(self.table)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._on_select)
        # A county's list: each village's township, and a filter by it (none in a township's).
        self.townships = TownshipColumn(store, self.table, self)

        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("12位统计用区划代码"))
        self.code.setMaxLength(20)
        digits_only(self.code)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("如：和平社区、红星村"))
        self.kind = QComboBox()
        for key, value in enums.VILLAGE_KIND_LABELS.items():
            self.kind.addItem(label(value), key)
        self.error = error_label(ERROR_STYLE)

        self.add_button = QPushButton(self.tr("添加"))
        self.save_button = QPushButton(self.tr("保存修改"))
        self.remove_button = QPushButton(self.tr("删除"))
        self.new_button = QPushButton(self.tr("清空表单"))
        self.add_button.clicked.connect(self.add)
        self.save_button.clicked.connect(self.save)
        self.remove_button.clicked.connect(self.remove)
        self.new_button.clicked.connect(self.clear_form)
        self.code.textEdited.connect(self._hide_error)
        self.name.textEdited.connect(self._hide_error)
        self.name.returnPressed.connect(self._enter)
        self.code.returnPressed.connect(self._enter)

        form = QFormLayout()
        form.addRow(self.tr("代码："), self.code)
        form.addRow(self.tr("名称："), self.name)
        form.addRow(self.tr("类型："), self.kind)
        buttons = button_row(self.add_button, self.save_button, self.remove_button, self.new_button)
        box = QGroupBox(self.tr("村（社区）信息"))
        box_layout = QVBoxLayout(box)
        box_layout.addLayout(form)
        box_layout.addWidget(self.error)
        box_layout.addLayout(buttons)

        hint = QLabel(
            self.tr(
                "代码是12位统计用区划代码：县6位 + 乡镇3位 + 村（社区）3位。"
                "社区按城市社区统计，村按农村社区统计。"
            )
        )
        hint.setWordWrap(True)
        self.figures = VillageFiguresBox(store)
        self.figures.changed.connect(self._figures_saved)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.empty_guide = EmptyGuide(
            self.tr("还没有村（社区）。在下面填写12位代码和名称，选好类型，点“添加”。"),
            button(self.tr("填写第一个村（社区）"), lambda: self.code.setFocus()),
            name="villages_empty",
        )
        layout.addWidget(hint)
        if self.townships.bar is not None:
            layout.addWidget(self.townships.bar)
        layout.addWidget(self.empty_guide)
        layout.addWidget(self.table, 1)
        layout.addWidget(box)
        layout.addWidget(self.figures)
        self.reload()
        self.clear_form()

    # -- data ------------------------------------------------------------------------------
    def reload(self) -> None:
        current = self.selected()
        self._rows = villages.list_all(self.store)
        counts = workers.counts_by_village(self.store)
        certified = certified_by_village(self.store, date.today())
        self.table.blockSignals(True)
        try:
            self.table.setRowCount(len(self._rows))
            for i, r in enumerate(self._rows):
                cells = (
                    r["code"],
                    r["name"],
                    label(enums.VILLAGE_KIND_LABELS[r["kind"]]),
                    str(counts.get(r["code"], 0)),
                    str(certified.get(r["code"], 0)),
                )
                for col, text in enumerate(cells):
                    item = QTableWidgetItem(text)
                    if col >= 3:
                        item.setTextAlignment(
                            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                        )
                    self.table.setItem(i, col, item)
            self.townships.apply(self._rows)
            self.table.clearSelection()
        finally:
            self.table.blockSignals(False)
        if current:
            self.select_code(current["code"])
        else:
            self._on_select()
        self.empty_guide.setVisible(not self._rows)
        self.countsChanged.emit()

    def status_count(self) -> str:
        """The status bar's count while this page is on screen."""
        return self.tr("共 {n} 个村（社区）").format(n=len(self._rows))

    def rows(self) -> list[dict[str, Any]]:
        return list(self._rows)

    def selected(self) -> dict[str, Any] | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self._rows):
            return None
        return self._rows[rows[0].row()]

    def select_code(self, code: str) -> bool:
        for i, r in enumerate(self._rows):
            if r["code"] == code:
                self.table.selectRow(i)
                return True
        self._on_select()
        return False

    # -- form ------------------------------------------------------------------------------
    def _on_select(self) -> None:
        row = self.selected()
        self._hide_error()
        self.figures.show_row(row)
        if row is None:
            self.code.setReadOnly(False)
            self.add_button.setEnabled(True)
            self.save_button.setEnabled(False)
            self.remove_button.setEnabled(False)
            return
        self.code.setText(row["code"])
        self.code.setReadOnly(True)  # the code identifies the place for sync: never edited
        self.name.setText(row["name"])
        select_data(self.kind, row["kind"])
        self.add_button.setEnabled(False)
        self.save_button.setEnabled(True)
        self.remove_button.setEnabled(True)

    def clear_form(self) -> None:
        self.table.clearSelection()
        self.code.clear()
        self.name.clear()
        self.kind.setCurrentIndex(0)
        self._on_select()
        self.code.setFocus()

    def _enter(self) -> None:
        if self.selected() is None:
            self.add()
        else:
            self.save()

    def show_error(self, message: str) -> None:
        """A rule's ``message`` under the form, in the interface language."""
        self.error.setText(shown(message))
        self.error.setVisible(True)

    def _hide_error(self) -> None:
        self.error.clear()
        self.error.setVisible(False)

    def add(self) -> bool:
        try:
            villages.add(self.store, self.code.text(), self.name.text(), self.kind.currentData())
        except RuleError as e:
            self.show_error(e.message)
            (self.name if e.field == "name" else self.code).setFocus()
            return False
        code = self.code.text().strip()
        self.reload()
        self.clear_form()  # ready for the next one
        for i, r in enumerate(self._rows):
            item = self.table.item(i, 0)
            if r["code"] == code and item is not None:
                self.table.scrollToItem(item)
        self.changed.emit()
        return True

    def save(self) -> bool:
        row = self.selected()
        if row is None:
            return False
        try:
            villages.edit(self.store, row["id"], self.name.text(), self.kind.currentData())
        except RuleError as e:
            self.show_error(e.message)
            return False
        self.reload()
        self.changed.emit()
        return True

    def remove(self) -> bool:
        row = self.selected()
        if row is None:
            return False
        if not confirmed(
            self,
            self.tr("删除村（社区）"),
            self.tr("确定删除“{name}”（{code}）吗？").format(name=row["name"], code=row["code"]),
        ):
            return False
        try:
            villages.remove(self.store, row["id"])
        except RuleError as e:
            self.show_error(e.message)
            return False
        self.reload()
        self.clear_form()
        self.changed.emit()
        return True

    def _figures_saved(self) -> None:
        self.reload()
        self.changed.emit()
