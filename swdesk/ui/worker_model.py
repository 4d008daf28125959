"""The worker list as a lazy table model (like Anki's browser).

Why lazy: a county file holds 100k workers. The model keeps only the matching rowids (plain
ints, in display order, from one indexed query) and fetches whole rows a page at a time when
the view paints them, keeping a bounded number of pages. Sorting and filtering re-run the SQL
query instead of sorting in Python.
"""

from __future__ import annotations

from array import array
from collections import OrderedDict
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QApplication

from swdesk.core.i18n import QT_TRANSLATE_NOOP
from swdesk.store import Store, villages, workers
from swdesk.store.workers import WorkerFilter
from swdesk.ui.enum_labels import label

PAGE_SIZE = 200
MAX_PAGES = 40  # at most 8,000 rows held in memory

ModelIndex = QModelIndex | QPersistentModelIndex

# (key, header, sort key in workers.SORT_COLUMNS or None if the column cannot be sorted)
COLUMNS: tuple[tuple[str, str, str | None], ...] = (
    ("name", QT_TRANSLATE_NOOP("WorkerModel", "姓名"), "name"),
    ("id_number", QT_TRANSLATE_NOOP("WorkerModel", "身份证号"), "id_number"),
    ("gender", QT_TRANSLATE_NOOP("WorkerModel", "性别"), "gender"),
    ("birth_date", QT_TRANSLATE_NOOP("WorkerModel", "出生日期"), "birth_date"),
    ("phone", QT_TRANSLATE_NOOP("WorkerModel", "手机号码"), "phone"),
    ("village", QT_TRANSLATE_NOOP("WorkerModel", "村（社区）"), "village"),
    ("level", QT_TRANSLATE_NOOP("WorkerModel", "证书等级"), "level"),
    ("post_type", QT_TRANSLATE_NOOP("WorkerModel", "岗位类型"), "post_type"),
    ("professional_post", QT_TRANSLATE_NOOP("WorkerModel", "专业岗位"), None),
    ("status", QT_TRANSLATE_NOOP("WorkerModel", "状态"), "status"),
)
COLUMN_KEYS = tuple(c[0] for c in COLUMNS)

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the worker's UUID
DELETED_ROLE = Qt.ItemDataRole.UserRole + 2  # True for a soft-deleted worker
NAME_ROLE = Qt.ItemDataRole.UserRole + 3  # the worker's name, whatever the column


def _tr(text: str) -> str:
    return QCoreApplication.translate("WorkerModel", text)


class WorkerModel(QAbstractTableModel):
    """Rows of ``workers.search_rowids`` for the current filter and sort."""

    countsChanged = Signal()

    def __init__(self, store: Store, parent: Any = None) -> None:
        super().__init__(parent)
        self._store = store
        self._filter = WorkerFilter()
        self._sort_key = "name"
        self._descending = False
        self._rowids: array[int] = array("q")
        self._pages: OrderedDict[int, dict[int, dict[str, Any]]] = OrderedDict()
        self._village_names: dict[str, str] = {}
        self._total = 0
        self.pages_fetched = 0  # how many page queries ran (tests and benchmarks read it)
        self.reload()

    # -- state -----------------------------------------------------------------------------
    @property
    def worker_filter(self) -> WorkerFilter:
        return replace(self._filter)

    @property
    def sort_key(self) -> str:
        return self._sort_key

    @property
    def descending(self) -> bool:
        return self._descending

    @property
    def total(self) -> int:
        """Workers in the file (not deleted), whatever the filter."""
        return self._total

    def set_filter(self, flt: WorkerFilter) -> None:
        if flt == self._filter:
            return
        self._filter = replace(flt)
        self.reload()

    def reload(self) -> None:
        """Re-run the query (after a filter, sort or data change); cached rows are dropped."""
        self.beginResetModel()
        self._rowids = array(
            "q", workers.search_rowids(self._store, self._filter, self._sort_key, self._descending)
        )
        self._pages.clear()
        self._village_names = villages.names_by_code(self._store)
        self._total = workers.count(self._store)
        self.endResetModel()
        self.countsChanged.emit()

    # -- lazy rows -------------------------------------------------------------------------
    def _page(self, number: int) -> dict[int, dict[str, Any]]:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        start = number * PAGE_SIZE
        page = workers.fetch_rows(self._store, list(self._rowids[start : start + PAGE_SIZE]))
        self.pages_fetched += 1
        self._pages[number] = page
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        return page

    def row_data(self, row: int) -> dict[str, Any] | None:
        """The stored fields of the worker shown in ``row`` (None outside the list)."""
        if not 0 <= row < len(self._rowids):
            return None
        return self._page(row // PAGE_SIZE).get(self._rowids[row])

    def row_of_worker(self, worker_id: str) -> int:
        """The row showing ``worker_id`` under the current filter, or -1."""
        rowid = self._store.scalar("SELECT rowid FROM workers WHERE id = ?", (worker_id,))
        if rowid is None:
            return -1
        try:
            return self._rowids.index(int(rowid))
        except ValueError:
            return -1

    def cached_rows(self) -> int:
        return sum(len(p) for p in self._pages.values())

    # -- QAbstractTableModel ---------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rowids)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
            and 0 <= section < len(COLUMNS)
        ):
            return _tr(COLUMNS[section][1])
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.ToolTipRole,
            ID_ROLE,
            DELETED_ROLE,
            NAME_ROLE,
        ):
            return None
        row = self.row_data(index.row())
        if row is None:
            return None
        if role == ID_ROLE:
            return row["id"]
        if role == NAME_ROLE:
            return row["name"]
        if role == DELETED_ROLE:
            return bool(row["deleted"])
        if role == Qt.ItemDataRole.ForegroundRole:
            if row["deleted"]:
                return QBrush(
                    QApplication.palette().color(
                        QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
                    )
                )
            return None
        text = self.display_text(row, COLUMN_KEYS[index.column()])
        if role == Qt.ItemDataRole.ToolTipRole:
            if row["deleted"]:
                return QCoreApplication.translate(
                    "WorkerModel", "{name} 的档案已删除，可以恢复。"
                ).format(name=row["name"])
            return (
                text if COLUMN_KEYS[index.column()] in ("village", "level", "post_type") else None
            )
        return text

    def display_text(self, row: dict[str, Any], key: str) -> str:
        if key == "village":
            code = row["village_code"]
            return self._village_names.get(code, code) if code else ""
        if key == "level":
            return label(row["level"], QCoreApplication.translate("WorkerModel", "无"))
        if key == "professional_post":
            return (
                QCoreApplication.translate("WorkerModel", "是")
                if row["professional_post"]
                else QCoreApplication.translate("WorkerModel", "否")
            )
        if key == "status":
            status = label(row["status"])
            return (
                QCoreApplication.translate("WorkerModel", "{status}（已删除）").format(
                    status=status
                )
                if row["deleted"]
                else status
            )
        if key in ("gender", "post_type"):
            return label(row[key])
        value = row.get(key)
        return "" if value is None else str(value)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        key = COLUMNS[column][2]
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if key == self._sort_key and descending == self._descending:
            return
        self._sort_key, self._descending = key, descending
        self.reload()

    def sortable(self, column: int) -> bool:
        return 0 <= column < len(COLUMNS) and COLUMNS[column][2] is not None

    def column_of_sort_key(self) -> int:
        for i, (_, _, key) in enumerate(COLUMNS):
            if key == self._sort_key:
                return i
        return 0
