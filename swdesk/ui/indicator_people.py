"""The people behind a figure of the 指标 page: name, village and level, one row each.

Opened from a row of the indicator table or a bar of the chart. A double click (or 打开档案)
asks the main window to open that worker's file.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QPushButton, QWidget

from swdesk.formats.indicator_tables import PersonLine
from swdesk.ui.designer import set_up
from swdesk.ui.enum_labels import label
from swdesk.ui.forms.indicator_people_dialog import Ui_IndicatorPeopleDialog
from swdesk.ui.table_model import TableModel

Person = tuple[str, PersonLine]  # worker id, what the list shows


class PeopleModel(TableModel[Person, str]):
    row_numbers = True

    def __init__(self, county: bool, parent: QWidget | None = None) -> None:
        columns = ["name", *(["township"] if county else []), "village", "level"]
        super().__init__(columns, parent)

    def header(self, column: str) -> str:
        return {
            "name": self.tr("姓名"),
            "township": self.tr("乡镇"),
            "village": self.tr("村（社区）"),
            "level": self.tr("等级"),
        }[column]

    def text(self, row: Person, column: str) -> str:
        line = row[1]
        if column == "level":
            return label(line.level, self.tr("无证书"))
        return str(getattr(line, column))

    def row_id(self, row: Person) -> str:
        return row[0]


class IndicatorPeopleDialog(QDialog):
    """``workerRequested(id)`` when the user asks to open a file from the list."""

    workerRequested = Signal(str)

    def __init__(self, title: str, people: Sequence[Person], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = set_up(self, Ui_IndicatorPeopleDialog())
        self.setWindowTitle(title)
        form.intro.setText(self.tr("{title}：共 {n} 人").format(title=title, n=len(people)))
        self.intro = form.intro
        county = any(p.township for _, p in people)
        self.model = PeopleModel(county, self)
        self.model.set_rows(list(people))
        self.table = form.table
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._open)
        buttons = form.buttons
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        self.open_button = QPushButton(self.tr("打开档案"))
        self.open_button.setEnabled(False)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.clicked.connect(lambda: self._open(self.table.currentIndex()))
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.open_button.setEnabled(current.isValid())
        )
        buttons.rejected.connect(self.reject)

    def _open(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row()) if index.isValid() else None
        if row is None:
            return
        self.workerRequested.emit(row[0])
        self.accept()


def show_people(parent: QWidget, title: str, people: Sequence[Person]) -> IndicatorPeopleDialog:
    """Open (not exec) the list; the caller connects ``workerRequested`` (tests read it)."""
    dialog = IndicatorPeopleDialog(title, people, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.open()
    return dialog
