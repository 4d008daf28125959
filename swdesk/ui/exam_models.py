"""Table models of the exam page: one row model with column specs, and the results grid view.

The exam page shows several lists of the same registrations (sign-up list, results grid,
reimbursement list, eligible workers, proposed certificates). One model class with a list of
column specs serves them all, so sorting, editing and error reporting behave the same in each.
An editable column writes through a store function that raises ``RuleError``; the model then
emits ``rejected`` with the reason (in the interface language) and keeps the old value, so
nothing half-saved shows.

The results grid is made for typing a pile of score slips: type a score, press Enter, the
cursor moves to the next row and opens the editor there; a value out of range is refused
on the spot (the editor stays open with the reason shown below the grid).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from swdesk.core.errors import RuleError
from swdesk.ui.checked_delegate import CheckedLineDelegate
from swdesk.ui.enum_labels import label
from swdesk.ui.rule_text import shown
from swdesk.ui.styles import ERROR, SUCCESS
from swdesk.ui.table_model import EDIT_ROLE, FOREGROUND_ROLE, RIGHT, TableModel

ModelIndex = QModelIndex | QPersistentModelIndex

PASS_COLOR = QColor(SUCCESS)
FAIL_COLOR = QColor(ERROR)


@dataclass
class Column:
    """One column: header, display text, and optionally how to edit it.

    ``edit(row, text)`` writes to the store (raising RuleError) and returns the refreshed row;
    ``choices`` turns the editor into a combo of stored values (shown translated).
    """

    title: str
    text: Callable[[Any], str]
    edit: Callable[[Any, str], Any] | None = None
    color: Callable[[Any], QColor | None] | None = None
    choices: Sequence[str] | None = None
    edit_text: Callable[[Any], str] | None = None
    align_right: bool = False
    width: int | None = None  # a fixed starting width (long text is elided, full in tooltip)


class RowsModel(TableModel[Any, Column]):
    """A list of row objects shown through ``Column`` specs."""

    rejected = Signal(str)  # the reason an edit was refused, in the interface language
    edited = Signal(int)  # row number whose edit was saved
    row_numbers = True

    def header(self, column: Column) -> str:
        return column.title

    def text(self, row: Any, column: Column) -> str:
        return column.text(row)

    def tooltip(self, row: Any, column: Column) -> str | None:
        return column.text(row) if column.width is not None else None

    def alignment(self, row: Any, column: Column) -> int | None:
        return RIGHT if column.align_right else None

    def role_data(self, row: Any, column: Column, role: int) -> Any:
        if role == EDIT_ROLE:
            return (column.edit_text or column.text)(row)
        if role == FOREGROUND_ROLE and column.color is not None:
            color = column.color(row)
            return QBrush(color) if color is not None else None
        return None

    def editable(self, row: Any, column: Column) -> bool:
        return column.edit is not None

    def set_cell(self, row: int, column: Column, value: Any) -> bool:
        assert column.edit is not None
        try:
            fresh = column.edit(self.rows[row], str(value if value is not None else ""))
        except RuleError as e:
            self.rejected.emit(shown(e.message))
            return False
        if fresh is not None:
            self.replace_row(row, fresh)
        self.edited.emit(row)
        return True


class ChoiceDelegate(QStyledItemDelegate):
    """A combo of stored values (shown translated) for columns with ``choices``."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: ModelIndex
    ) -> QWidget:
        model = index.model()
        col = model.columns[index.column()] if isinstance(model, RowsModel) else None
        if col is None or col.choices is None:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        for value in col.choices:
            combo.addItem(label(value), value)
        return combo

    def setEditorData(self, editor: QWidget, index: ModelIndex) -> None:
        if isinstance(editor, QComboBox):
            i = editor.findData(index.data(Qt.ItemDataRole.EditRole))
            editor.setCurrentIndex(max(i, 0))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: ModelIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
            return
        super().setModelData(editor, model, index)


class GridDelegate(CheckedLineDelegate):
    """Score entry: Enter checks the typed value first (the page shows why it is refused); a
    refused value keeps the editor open, an accepted one is saved and the next row opens."""


class ResultsGrid(QTableView):
    """Enter saves the score and opens the same column one row down (keyboard-only entry)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Delete clears the current score (the same as erasing it in the editor)."""
        index = self.currentIndex()
        if (
            event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and index.isValid()
            and index.flags() & Qt.ItemFlag.ItemIsEditable
            and self.state() != QAbstractItemView.State.EditingState
        ):
            self.model().setData(index, "")
            return
        super().keyPressEvent(event)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        if hint == QAbstractItemDelegate.EndEditHint.EditNextItem:
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            current = self.currentIndex()
            below = current.sibling(current.row() + 1, current.column())
            if below.isValid():
                self.setCurrentIndex(below)
                self.edit(below)
            return
        super().closeEditor(editor, hint)
