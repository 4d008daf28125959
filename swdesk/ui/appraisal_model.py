"""The scoring grid: workers × items of one template in one round, filled from the keyboard.

A round holds at most a few hundred appraisals, so the model keeps every row in memory. Each
edit goes straight to the store (``appraisals.set_score``), which judges it; the row is then
re-read so total and grade shown are the store's, computed live as the clerk types.

``ScoreDelegate`` makes the keyboard flow: typing on a cell starts editing, Enter checks the value
(outside 0..max it is refused on the spot: the editor stays open and the reason is shown) and
moves to the next item, then to the next person's first item.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRegularExpression,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from swdesk.core import appraisal as ap
from swdesk.core.errors import RuleError
from swdesk.core.i18n import QT_TRANSLATE_NOOP
from swdesk.store import Store, appraisals
from swdesk.ui.checked_delegate import CheckedLineDelegate
from swdesk.ui.enum_labels import code_label
from swdesk.ui.rule_text import shown
from swdesk.ui.styles import DISABLED_BACKGROUND, DONE_BACKGROUND
from swdesk.ui.table_model import BACKGROUND_ROLE, CENTER, EDIT_ROLE, TableModel

ModelIndex = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("AppraisalGridModel", text)


HEADERS = (
    QT_TRANSLATE_NOOP("AppraisalGridModel", "姓名"),
    QT_TRANSLATE_NOOP("AppraisalGridModel", "总分"),
    QT_TRANSLATE_NOOP("AppraisalGridModel", "等次"),
    QT_TRANSLATE_NOOP("AppraisalGridModel", "状态"),
)


def state_label(state: str) -> str:
    return code_label(ap.STATE_LABELS, state)


Row = tuple[dict[str, Any], ap.Sheet]
FIXED = {"name": HEADERS[0], "total": HEADERS[1], "grade": HEADERS[2], "state": HEADERS[3]}


class AppraisalGridModel(TableModel[Row, "str | ap.Item"]):
    """Rows: the round's appraisals using one template; columns: name, items, total, grade, state."""

    rejected = Signal(str)  # a refused value, with the reason (in the interface language)
    rowChangedTotals = Signal(int)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__((), parent)
        self.store = store
        self.template: ap.Template | None = None

    # -- loading -----------------------------------------------------------------------------
    def load(self, round_id: str | None, template_id: str | None) -> None:
        self.beginResetModel()
        if round_id is None or template_id is None:
            self.rows, self.template = [], None
        else:
            self.rows = [
                (r, sh)
                for r, sh in appraisals.round_sheets(self.store, round_id)
                if r["template_id"] == template_id
            ]
            self.template = appraisals.template(self.store, template_id)
        items = list(self.template.items) if self.template is not None else []
        self.columns = ["name", *items, "total", "grade", "state"] if self.template else []
        self.endResetModel()

    def refresh_row(self, row: int) -> None:
        r, _ = self.rows[row]
        fresh = appraisals.row_with_id_number(self.store, r["id"])
        self.rows[row] = (fresh, appraisals.sheet(self.store, r["id"]))
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        self.rowChangedTotals.emit(row)

    # -- shape -------------------------------------------------------------------------------
    @property
    def n_items(self) -> int:
        return len(self.template.items) if self.template else 0

    def item_at(self, column: int) -> ap.Item | None:
        if self.template and 1 <= column <= self.n_items:
            return self.template.items[column - 1]
        return None

    def is_score_cell(self, index: ModelIndex) -> bool:
        return index.isValid() and self.item_at(index.column()) is not None

    def appraisal_id(self, row: int) -> str:
        return str(self.rows[row][0]["id"])

    def state(self, row: int) -> str:
        return str(self.rows[row][0]["state"])

    # -- data --------------------------------------------------------------------------------
    def header(self, column: str | ap.Item) -> str:
        if isinstance(column, str):
            return _tr(FIXED[column])
        return f"{column.name}\n({column.max:g})"

    def header_tooltip(self, column: str | ap.Item) -> str | None:
        if isinstance(column, str):
            return None
        return f"{column.group} · {column.name}（{column.max:g}）\n{column.description}"

    def text(self, r: Row, column: str | ap.Item) -> str:
        row, sh = r
        if column == "name":
            return str(sh.person.get("name", ""))
        if column == "total":
            return "" if sh.total is None else f"{sh.total:g}"
        if column == "grade":
            return sh.grade or ""
        if column == "state":
            return state_label(row["state"])
        assert not isinstance(column, str)
        v = sh.scores.get(column.name)
        return "" if v is None else f"{v:g}"

    def tooltip(self, r: Row, column: str | ap.Item) -> str | None:
        if isinstance(column, str):
            return None
        return r[1].item_comments.get(column.name) or None

    def alignment(self, r: Row, column: str | ap.Item) -> int | None:
        return None if column == "name" else CENTER

    def row_id(self, r: Row) -> Any:
        return r[0]["id"]

    def role_data(self, r: Row, column: str | ap.Item, role: int) -> Any:
        if role == EDIT_ROLE:
            return self.text(r, column)
        if role == BACKGROUND_ROLE:
            if r[0]["state"] == ap.STATE_SIGNED:
                return QBrush(QColor(DISABLED_BACKGROUND))
            if r[0]["state"] == ap.STATE_FINALIZED:
                return QBrush(QColor(DONE_BACKGROUND))
        return None

    def editable(self, r: Row, column: str | ap.Item) -> bool:
        return not isinstance(column, str) and r[0]["state"] == ap.STATE_DRAFT

    def check(self, index: ModelIndex, text: str) -> str | None:
        """The reason ``text`` cannot be this cell's score, or None if it can."""
        item = self.item_at(index.column())
        if item is None or not text.strip():
            return None
        try:
            ap.parse_score(text, item)
        except RuleError as e:
            return shown(e.message)
        return None

    def set_cell(self, row: int, column: str | ap.Item, value: Any) -> bool:
        assert not isinstance(column, str)
        if str(value).strip() == self.text(self.rows[row], column).strip():
            return False
        try:
            appraisals.set_score(self.store, self.appraisal_id(row), column.name, value)
        except RuleError as e:
            self.rejected.emit(shown(e.message))
            return False
        self.refresh_row(row)
        return True


class ScoreDelegate(CheckedLineDelegate):
    """Line editor for a score; Enter checks it and moves on, a bad value keeps the editor."""

    advance = Signal(QModelIndex)
    rejected = Signal(str)

    def __init__(self, model: AppraisalGridModel, parent: QObject | None = None) -> None:
        super().__init__(model.check, parent)
        self._model = model

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: ModelIndex
    ) -> QWidget:
        editor = super().createEditor(parent, option, index)
        assert isinstance(editor, QLineEdit)
        editor.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Digits and one decimal only; the range is checked on Enter, with a reason.
        editor.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"^\d{0,3}([.．]\d?)?$"), editor)
        )
        return editor

    def refused(self, reason: str) -> None:
        self.rejected.emit(reason)

    def accepted(self, editor: QLineEdit, index: QPersistentModelIndex) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)
        self.advance.emit(self._model.index(index.row(), index.column()))
