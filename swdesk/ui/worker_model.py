"""The worker list as a lazy table model (like Anki's browser).

Why lazy: a county file holds 100k workers. The model keeps only the matching rowids (plain
ints, in display order, from one indexed query) and fetches whole rows a page at a time when
the view paints them, keeping a bounded number of pages. Sorting and filtering re-run the SQL
query instead of sorting in Python.

The unfiltered list (what the window opens on) is sized by a count and only its first page of
rowids is read before the first paint; the rest is read once the view has painted that page (or
at once when a row beyond it is asked for) — at 100k workers reading every rowid first would
delay the window by ~20 ms. ``data`` runs ~2,000 times per paint (a delegate asks each cell for
~7 roles), so it rejects roles it does not serve with one set lookup and keeps the page it used
last at hand. (Answering a cell's roles in one ``multiData`` call measured no cheaper: PySide
wraps every role of the span.)

Nothing here touches ``PySide6.QtCore.Qt`` before the window has painted: its first use builds
all of Qt's ~100 namespace enums (~20 ms). Roles are Qt's documented numbers, the header texts
live in a ``QStandardItemModel`` (a Python ``headerData`` would receive a ``Qt.Orientation``),
and ``flags`` is Qt's own (the default is what the list needs: enabled, selectable).
"""

from __future__ import annotations

from array import array
from collections import OrderedDict
from typing import Any

from PySide6 import QtCore
from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QTimer,
    Signal,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication

from swdesk.core import divisions
from swdesk.core.i18n import QT_TRANSLATE_NOOP
from swdesk.store import Store, villages, workers
from swdesk.store.workers import WorkerFilter
from swdesk.ui.enum_labels import label
from swdesk.ui.table_model import DISPLAY_ROLE, FOREGROUND_ROLE, TOOLTIP_ROLE, USER_ROLE, TableBase

PAGE_SIZE = 64  # about one screen: the first paint reads no more than it shows
MAX_PAGES = 125  # at most 8,000 rows held in memory

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
# A county's list holds many townships' people, and villages of the same name in two of them:
# it shows which township each person is in, before the village.
TOWNSHIP_COLUMN = ("township", QT_TRANSLATE_NOOP("WorkerModel", "乡镇（街道）"), "township")
COUNTY_COLUMNS: tuple[tuple[str, str, str | None], ...] = (
    *COLUMNS[: COLUMN_KEYS.index("village")],
    TOWNSHIP_COLUMN,
    *COLUMNS[COLUMN_KEYS.index("village") :],
)

ID_ROLE = USER_ROLE + 1  # the worker's UUID (Qt's role numbers: see swdesk.ui.table_model)
DELETED_ROLE = USER_ROLE + 2  # True for a soft-deleted worker
NAME_ROLE = USER_ROLE + 3  # the worker's name, whatever the column

_SERVED_ROLES = frozenset(
    {DISPLAY_ROLE, TOOLTIP_ROLE, FOREGROUND_ROLE, ID_ROLE, DELETED_ROLE, NAME_ROLE}
)
# Columns whose text may elide (``WorkersPage``): the full text in the tooltip.
_TOOLTIP_COLUMNS = frozenset({"township", "village", "level", "post_type", "status"})


def _tr(text: str) -> str:
    return QCoreApplication.translate("WorkerModel", text)


class WorkerModel(TableBase[str]):
    """Rows of ``workers.search_rowids`` for the current filter and sort.

    Derives from the shape-only base: its rows are fetched lazily and its ``data`` is the tuned
    path described above, not ``TableModel``'s per-role dispatch."""

    countsChanged = Signal()

    def __init__(self, store: Store, parent: Any = None) -> None:
        self.county = store.role == divisions.ROLE_COUNTY
        self.column_specs = COUNTY_COLUMNS if self.county else COLUMNS
        self.column_keys = tuple(c[0] for c in self.column_specs)
        super().__init__(self.column_keys, parent)
        self._store = store
        self._township_names: dict[str, str] = {}
        self._filter = WorkerFilter()
        self._sort_key = "name"
        self._descending = False
        self._rowids: array[int] = array("q")
        self._length = 0  # rows in the list; more than len(_rowids) until the rest is read
        self._rest_read = True
        self._rest_scheduled = False
        self._pages: OrderedDict[int, dict[int, dict[str, Any]]] = OrderedDict()
        self._last: tuple[int, dict[int, dict[str, Any]] | None] = (-1, None)
        self._village_names: dict[str, str] = {}
        self._total = 0
        self.pages_fetched = 0  # how many page queries ran (tests and benchmarks read it)
        self.headers = self._make_headers()
        self.reload()

    def _make_headers(self) -> QStandardItemModel:
        """The column titles (and their tooltips: long English ones elide), as a model for the
        view's horizontal header (``WorkersPage`` installs it)."""
        headers = QStandardItemModel(0, len(self.column_specs), self)
        for column in range(len(self.column_specs)):
            text = self.header_text(column)
            item = QStandardItem(text)
            item.setToolTip(text)
            headers.setHorizontalHeaderItem(column, item)
        return headers

    def header_text(self, column: int) -> str:
        """The translated title of ``column``."""
        return _tr(self.column_specs[column][1])

    # -- state -----------------------------------------------------------------------------
    @property
    def worker_filter(self) -> WorkerFilter:
        return self._filter  # immutable: no copy needed

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

    @property
    def all_rowids_read(self) -> bool:
        """False while only the first page of the unfiltered list has been read."""
        return self._rest_read

    def set_filter(self, flt: WorkerFilter) -> None:
        if flt == self._filter:
            return
        self._filter = flt
        self.reload()

    def reload(self) -> None:
        """Re-run the query (after a filter, sort or data change); cached rows are dropped."""
        self.beginResetModel()
        self._pages.clear()
        self._last = (-1, None)
        self._village_names = villages.names_by_code(self._store)
        if self.county:  # read only by a county: a township's list has no township column
            from swdesk.store import county_views

            self._township_names = county_views.township_names(self._store)
        self._total = workers.count(self._store)
        if self._filter.include_deleted and self._is_everyone():
            self._length = workers.count(self._store, include_deleted=True)
        elif self._is_everyone():
            self._length = self._total
        else:
            self._length = -1
        if self._length >= 0:
            # Everyone: the count sizes the list; one page of rowids is enough to paint it.
            self._rowids = array("q", self._query(limit=PAGE_SIZE))
            self._rest_read = len(self._rowids) >= self._length
            self._rest_scheduled = False
        else:
            self._rowids = array("q", self._query())
            self._length = len(self._rowids)
            self._rest_read = True
        self.endResetModel()
        self.countsChanged.emit()

    def _is_everyone(self) -> bool:
        return self._filter == WorkerFilter(include_deleted=self._filter.include_deleted)

    def _query(self, limit: int | None = None) -> list[int]:
        return workers.search_rowids(
            self._store, self._filter, self._sort_key, self._descending, limit=limit
        )

    def _read_rest(self) -> None:
        """Read the rowids after the first page (after the first paint, or when needed)."""
        if self._rest_read or self._store.closed:  # a timer may outlive the open file
            return
        self._rest_read = True
        rest = self._query()
        if len(rest) != self._length or rest[: len(self._rowids)] != self._rowids.tolist():
            # Written to between the count and now: show the list as it is now. Not from
            # inside data() (the view is painting), hence the timer.
            self._rowids = array("q", rest[: self._length])
            QTimer.singleShot(0, self, self.reload)
            return
        self._rowids = array("q", rest)

    def _rowids_up_to(self, row: int) -> array[int]:
        if row >= len(self._rowids) and not self._rest_read:
            self._read_rest()
        return self._rowids

    # -- lazy rows -------------------------------------------------------------------------
    def _page(self, number: int) -> dict[int, dict[str, Any]]:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        start = number * PAGE_SIZE
        rowids = self._rowids_up_to(min(start + PAGE_SIZE, self._length) - 1)
        page = workers.fetch_rows(self._store, list(rowids[start : start + PAGE_SIZE]))
        self.pages_fetched += 1
        self._pages[number] = page
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        return page

    def row_data(self, row: int) -> dict[str, Any] | None:
        """The stored fields of the worker shown in ``row`` (None outside the list)."""
        if not 0 <= row < self._length:
            return None
        if not self._rest_read and not self._rest_scheduled:
            # The view is painting the first page: read the rest when it is done.
            self._rest_scheduled = True
            QTimer.singleShot(0, self, self._read_rest)
        number = row // PAGE_SIZE
        last_number, page = self._last
        if last_number != number or page is None:
            page = self._page(number)
            self._last = (number, page)
        rowids = self._rowids_up_to(row)
        return page.get(rowids[row]) if row < len(rowids) else None

    def row_of_worker(self, worker_id: str) -> int:
        """The row showing ``worker_id`` under the current filter, or -1."""
        rowid = workers.rowid_of(self._store, worker_id)
        if rowid is None:
            return -1
        try:
            return self._rowids_up_to(self._length).index(int(rowid))
        except ValueError:
            return -1

    def cached_rows(self) -> int:
        return sum(len(p) for p in self._pages.values())

    # -- Qt's questions --------------------------------------------------------------------
    def row_count(self) -> int:
        return self._length

    def data(self, index: ModelIndex, role: int = DISPLAY_ROLE) -> Any:
        if role not in _SERVED_ROLES:
            return None
        row = self.row_data(index.row())  # None for an invalid index (row -1)
        if row is None:
            return None
        key = self.column_keys[index.column()]
        if role == DISPLAY_ROLE:
            return self.display_text(row, key)
        if role == ID_ROLE:
            return row["id"]
        if role == NAME_ROLE:
            return row["name"]
        if role == DELETED_ROLE:
            return bool(row["deleted"])
        if role == FOREGROUND_ROLE:
            if row["deleted"]:
                from PySide6.QtGui import QBrush, QPalette  # deleted rows only: not at start-up

                return QBrush(
                    QApplication.palette().color(
                        QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
                    )
                )
            return None
        if row["deleted"]:  # the tooltip
            return QCoreApplication.translate(
                "WorkerModel", "{name} 的档案已删除，可以恢复。"
            ).format(name=row["name"])
        return self.display_text(row, key) if key in _TOOLTIP_COLUMNS else None

    def display_text(self, row: dict[str, Any], key: str) -> str:
        if key == "village":
            code = row["village_code"]
            return self._village_names.get(code, code) if code else ""
        if key == "township":
            code = row["origin"]
            return self._township_names.get(code, code) if code else ""
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

    def sort(
        self,
        column: int,
        order: QtCore.Qt.SortOrder | None = None,  # None: ascending (no Qt enum at import)
    ) -> None:
        if not 0 <= column < len(self.column_specs):
            return
        key = self.column_specs[column][2]
        if key is None:
            return
        descending = order is not None and order == QtCore.Qt.SortOrder.DescendingOrder
        if key == self._sort_key and descending == self._descending:
            return
        self._sort_key, self._descending = key, descending
        self.reload()

    def sortable(self, column: int) -> bool:
        return 0 <= column < len(self.column_specs) and self.column_specs[column][2] is not None

    def column_of_sort_key(self) -> int:
        for i, (_, _, key) in enumerate(self.column_specs):
            if key == self._sort_key:
                return i
        return 0
