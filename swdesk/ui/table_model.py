"""The table-model base every list in the interface derives from.

Qt asks a model the same questions for every table: how many rows and columns, what each
header says, what a cell shows for each role, which cells are editable. The answers that do not
depend on the data live here once, so a list of events, of exam registrations or of import
rows only declares its columns and how one cell reads, and every list behaves alike: a child
index has no rows, an index off the end reads as nothing, a number is right-aligned, a cell too
long for its column shows in full as a tooltip, a refreshed row repaints only itself.

Two layers: ``TableBase`` holds the shape (columns, counts, flags, reset and row-changed
helpers) and nothing that receives a Qt enum from Python, so the lazy worker list, which must
not touch ``PySide6.QtCore.Qt`` before the first paint, derives from it and keeps its own
``data``; ``TableModel`` adds rows held in a list, header titles and the per-role dispatch.

Roles and alignments are Qt's documented numbers, for the same start-up reason (see
``swdesk.ui.worker_model``); ``tests/test_ui_models.py`` compares them with Qt's enums.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex

ModelIndex = QModelIndex | QPersistentModelIndex

# Qt.ItemDataRole's values.
DISPLAY_ROLE, EDIT_ROLE, TOOLTIP_ROLE = 0, 2, 3
FONT_ROLE, ALIGNMENT_ROLE, BACKGROUND_ROLE, FOREGROUND_ROLE = 6, 7, 8, 9
USER_ROLE = 0x0100
ID_ROLE = USER_ROLE + 1  # the stored id of the row's record (a worker, an event…)
ROW_ROLE = USER_ROLE + 2  # the row object itself
# Qt.AlignmentFlag's values, combined as a view wants them (an int).
ALIGN_LEFT, ALIGN_RIGHT, ALIGN_CENTER_H, ALIGN_TOP, ALIGN_CENTER_V = 0x1, 0x2, 0x4, 0x20, 0x80
RIGHT = ALIGN_RIGHT | ALIGN_CENTER_V  # numbers
CENTER = ALIGN_CENTER_H | ALIGN_CENTER_V  # scores and short codes
R = TypeVar("R")  # one row
C = TypeVar("C")  # one column's key


class TableBase(QAbstractTableModel, Generic[C]):
    """The shape of a flat table: ``columns`` (one key per column), no children."""

    def __init__(self, columns: Sequence[C] = (), parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns: list[C] = list(columns)

    def row_count(self) -> int:
        raise NotImplementedError

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.row_count()

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def valid(self, index: ModelIndex) -> bool:
        """``index`` is a cell of this table as it is now (a stale one reads as nothing)."""
        return (
            index.isValid()
            and 0 <= index.row() < self.row_count()
            and 0 <= index.column() < len(self.columns)
        )

    def row_changed(self, row: int) -> None:
        """Repaint ``row`` only, after its record was saved and re-read."""
        if self.columns:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

    def reset(self, fill: Any = None) -> None:
        """Tell the views everything changed: ``fill()`` (if given) runs between the two."""
        self.beginResetModel()
        try:
            if fill is not None:
                fill()
        finally:
            self.endResetModel()


class TableModel(TableBase[C], Generic[R, C]):
    """Rows held in ``self.rows``; subclasses say what a column is titled and a cell shows.

    Override ``header`` and ``text``; then, as needed: ``tooltip`` (default: the text for the
    columns in ``tooltip_columns``), ``alignment`` (default: right for ``right_aligned``),
    ``role_data`` (colours, fonts and the model's own roles), ``editable`` and ``set_cell``,
    ``row_id`` (what ``ID_ROLE`` returns).
    """

    right_aligned: frozenset[Any] = frozenset()
    tooltip_columns: frozenset[Any] = frozenset()
    row_numbers = False  # the vertical header counts rows 1, 2, 3…

    def __init__(self, columns: Sequence[C] = (), parent: QObject | None = None) -> None:
        super().__init__(columns, parent)
        self.rows: list[R] = []

    # -- what a subclass declares ---------------------------------------------------------
    def header(self, column: C) -> str:
        raise NotImplementedError

    def header_tooltip(self, column: C) -> str | None:
        return None

    def text(self, row: R, column: C) -> str:
        raise NotImplementedError

    def tooltip(self, row: R, column: C) -> str | None:
        return self.text(row, column) if column in self.tooltip_columns else None

    def alignment(self, row: R, column: C) -> int | None:
        return RIGHT if column in self.right_aligned else None

    def role_data(self, row: R, column: C, role: int) -> Any:
        return None

    def row_id(self, row: R) -> Any:
        return row["id"]  # type: ignore[index]

    def editable(self, row: R, column: C) -> bool:
        return False

    def set_cell(self, row: int, column: C, value: Any) -> bool:
        """Save ``value`` typed into a cell of ``row``; True if it was saved."""
        return False

    # -- rows -----------------------------------------------------------------------------
    def row_count(self) -> int:
        return len(self.rows)

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def replace_row(self, i: int, row: R) -> None:
        self.rows[i] = row
        self.row_changed(i)

    def row_at(self, i: int) -> R | None:
        return self.rows[i] if 0 <= i < len(self.rows) else None

    # -- Qt's questions -------------------------------------------------------------------
    def headerData(self, section: int, orientation: Any, role: int = DISPLAY_ROLE) -> Any:
        from PySide6.QtCore import Qt  # a view is showing: Qt's enums exist by now

        if orientation != Qt.Orientation.Horizontal:
            if self.row_numbers and role == DISPLAY_ROLE and 0 <= section < self.row_count():
                return section + 1
            return None
        if not 0 <= section < len(self.columns):
            return None
        if role == DISPLAY_ROLE:
            return self.header(self.columns[section])
        if role == TOOLTIP_ROLE:
            return self.header_tooltip(self.columns[section])
        return None

    def data(self, index: ModelIndex, role: int = DISPLAY_ROLE) -> Any:
        if not self.valid(index):
            return None
        row = self.rows[index.row()]
        column = self.columns[index.column()]
        if role == DISPLAY_ROLE:
            return self.text(row, column)
        if role == TOOLTIP_ROLE:
            return self.tooltip(row, column)
        if role == ALIGNMENT_ROLE:
            return self.alignment(row, column)
        if role == ID_ROLE:
            return self.row_id(row)
        if role == ROW_ROLE:
            return row
        return self.role_data(row, column, role)

    def flags(self, index: ModelIndex) -> Any:
        base = super().flags(index)
        if self.valid(index) and self.editable(
            self.rows[index.row()], self.columns[index.column()]
        ):
            from PySide6.QtCore import Qt

            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: ModelIndex, value: Any, role: int = EDIT_ROLE) -> bool:
        if role != EDIT_ROLE or not self.valid(index):
            return False
        column = self.columns[index.column()]
        if not self.editable(self.rows[index.row()], column):
            return False
        return self.set_cell(index.row(), column, value)
