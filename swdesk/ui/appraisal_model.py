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
    QAbstractTableModel,
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
from swdesk.ui.rule_text import shown
from swdesk.ui.styles import DISABLED_BACKGROUND, DONE_BACKGROUND

ModelIndex = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _tr(text: str) -> str:
    return QCoreApplication.translate("AppraisalGridModel", text)


STATE_LABELS = {
    "draft": QT_TRANSLATE_NOOP("AppraisalGridModel", "草稿"),
    "finalized": QT_TRANSLATE_NOOP("AppraisalGridModel", "已定稿"),
    "signed": QT_TRANSLATE_NOOP("AppraisalGridModel", "已签字"),
}
HEADERS = (
    QT_TRANSLATE_NOOP("AppraisalGridModel", "姓名"),
    QT_TRANSLATE_NOOP("AppraisalGridModel", "总分"),
    QT_TRANSLATE_NOOP("AppraisalGridModel", "等次"),
    QT_TRANSLATE_NOOP("AppraisalGridModel", "状态"),
)


def state_label(state: str) -> str:
    return _tr(STATE_LABELS[state]) if state in STATE_LABELS else state


class AppraisalGridModel(QAbstractTableModel):
    """Rows: the round's appraisals using one template; columns: name, items, total, grade, state."""

    rejected = Signal(str)  # a refused value, with the reason (in the interface language)
    rowChangedTotals = Signal(int)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.template: ap.Template | None = None
        self.rows: list[tuple[dict[str, Any], ap.Sheet]] = []

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
        self.endResetModel()

    def refresh_row(self, row: int) -> None:
        r, _ = self.rows[row]
        fresh = self.store.query(
            "SELECT a.*, w.id_number FROM appraisals a JOIN workers w ON w.id = a.worker_id "
            "WHERE a.id = ?",
            (r["id"],),
        )[0]
        self.rows[row] = (fresh, appraisals.sheet(self.store, r["id"]))
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        self.rowChangedTotals.emit(row)

    # -- shape -------------------------------------------------------------------------------
    @property
    def n_items(self) -> int:
        return len(self.template.items) if self.template else 0

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.template is None else self.n_items + 4

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
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or self.template is None:
            return None
        item = self.item_at(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if item is not None:
                return f"{item.name}\n({item.max:g})"
            n = self.n_items
            fixed = {0: HEADERS[0], n + 1: HEADERS[1], n + 2: HEADERS[2], n + 3: HEADERS[3]}
            return _tr(fixed[section]) if section in fixed else None
        if role == Qt.ItemDataRole.ToolTipRole and item is not None:
            return f"{item.group} · {item.name}（{item.max:g}）\n{item.description}"
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, sh = self.rows[index.row()]
        col = index.column()
        item = self.item_at(col)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == 0:
                return sh.person.get("name", "")
            if item is not None:
                v = sh.scores.get(item.name)
                return "" if v is None else f"{v:g}"
            n = self.n_items
            if col == n + 1:
                return "" if sh.total is None else f"{sh.total:g}"
            if col == n + 2:
                return sh.grade or ""
            if col == n + 3:
                return state_label(row["state"])
        if role == Qt.ItemDataRole.TextAlignmentRole and col > 0:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and item is not None:
            comment = sh.item_comments.get(item.name)
            return comment or None
        if role == Qt.ItemDataRole.BackgroundRole:
            if row["state"] == "signed":
                return QBrush(QColor(DISABLED_BACKGROUND))
            if row["state"] == "finalized":
                return QBrush(QColor(DONE_BACKGROUND))
        if role == ID_ROLE:
            return row["id"]
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.is_score_cell(index) and self.state(index.row()) == "draft":
            return base | Qt.ItemFlag.ItemIsEditable
        return base

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

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        item = self.item_at(index.column())
        if role != Qt.ItemDataRole.EditRole or item is None:
            return False
        if str(value).strip() == str(self.data(index)).strip():
            return False
        try:
            appraisals.set_score(self.store, self.appraisal_id(index.row()), item.name, value)
        except RuleError as e:
            self.rejected.emit(shown(e.message))
            return False
        self.refresh_row(index.row())
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
