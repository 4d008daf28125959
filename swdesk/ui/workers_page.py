"""The worker list page: filter bar above a lazy table of worker files.

The page owns the model and the view and keeps the selected worker selected across reloads
(after a save, a delete or a filter change), because losing one's place in a list of thousands
is what makes people stop trusting a list.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6 import QtCore
from PySide6.QtCore import QModelIndex, QSize, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from swdesk.core import divisions, enums
from swdesk.store import Store
from swdesk.store.workers import WorkerFilter
from swdesk.ui.changes import VILLAGES, WORKERS
from swdesk.ui.empty_guide import EmptyGuide, action_button
from swdesk.ui.enum_labels import label
from swdesk.ui.filter_bar import FilterBar
from swdesk.ui.widgets import pick_one_row
from swdesk.ui.worker_model import DELETED_ROLE, ID_ROLE, NAME_ROLE, WorkerModel

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

# Widest text of the columns that show data as stored (enumeration columns use their labels).
_SAMPLE_TEXT = {
    "name": "欧阳晓东东",
    "id_number": "11010519491231002X",
    "birth_date": "1990-01-01",
    "phone": "13800138000",
    "village": "新民社区社区",
    "township": "新民镇新民镇",
}

# Columns whose long values elide with the full text in a tooltip (worker_model's tooltips).
_SHRINKABLE = frozenset({"township", "village", "level", "post_type"})
# In a window too narrow for those alone (English at 1024 px), the status gives up width too.
_SHRINKABLE_WHEN_TIGHT = _SHRINKABLE | {"status"}


def fitted_widths(natural: list[int], narrowest: list[int], available: int) -> list[int]:
    """Column widths that fit ``available`` pixels if shrinking columns down to ``narrowest``
    allows it: each column gives up width in proportion to what it can spare."""
    excess = sum(natural) - available
    spare = [n - m for n, m in zip(natural, narrowest, strict=True)]
    if excess <= 0 or not any(spare):
        return list(natural)
    share = min(1.0, excess / sum(spare))
    return [n - math.ceil(s * share) for n, s in zip(natural, spare, strict=True)]


class WorkersPage(QWidget):
    """Signals: ``currentChanged`` (selection moved), ``editRequested(id)`` (double-click or
    Enter), ``deleteRequested`` (Delete key), ``countsChanged`` (the list was re-queried)."""

    CARES_ABOUT = frozenset({WORKERS, VILLAGES})

    currentChanged = Signal()
    editRequested = Signal(str)
    deleteRequested = Signal()
    countsChanged = Signal()
    setupFinished = Signal()  # finish_setup has run: the header sorts

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._toolbar_actions: list[QAction | None] = []
        self._first_steps: list[QPushButton] = []
        self.filter_bar = FilterBar()
        self.model = WorkerModel(store, self)
        self._natural: list[int] = []  # column widths wanted, and the least each can take
        self._narrowest: list[int] = []
        self._tightest: list[int] = []  # the least with its title elided (a narrow window)
        self._user_sized = False  # a column dragged by hand: stop fitting them to the view
        self._fitting = False
        # The view elides long texts on the right (Qt's default).
        self.view = _WorkerTable(self._on_key, self._fit_to_view)
        # The row header goes before the model comes: a header still showing would measure
        # the row numbers of the first rows as soon as the model is set.
        vheader = self.view.verticalHeader()
        vheader.setVisible(False)
        vheader.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vheader.setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.view.setModel(self.model)
        pick_one_row(self.view)
        self.view.setWordWrap(False)
        self.view.setCornerButtonEnabled(False)
        header = self.view.horizontalHeader()
        header.setModel(self.model.headers)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        # Long (English) headers: "Profes…". Enum properties set by key name, not through
        # Qt.TextElideMode: the window paints before Qt's namespace is built (worker_model).
        header.setProperty("textElideMode", "ElideRight")
        self._fit_columns()
        self._finished = False  # see finish_setup: once the page has painted

        # An empty list says what to do first, with the buttons (set_first_steps) that do it;
        # the guide is made when first needed (``empty_guide``).
        self._guide: tuple[EmptyGuide, QPushButton] | None = None
        self._first_step_actions: tuple[QAction, ...] = ()

        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.filter_bar)
        self._layout.addWidget(self.view, 1)

        self._selected_id: str | None = None
        self.filter_bar.filterChanged.connect(self._apply_filter)
        self.filter_bar.search.returnPressed.connect(self._search_entered)
        self.view.doubleClicked.connect(self._on_double_click)
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._after_reset)
        self._connect_selection()
        self._after_reset()
        if self.model.county:  # its 乡镇 filter is on the first screen; the villages wait
            from swdesk.store import county_views

            self.filter_bar.set_townships(county_views.township_names(store))

    # -- layout ----------------------------------------------------------------------------
    def _column_samples(self, key: str) -> list[str]:
        """Texts a column shows at its widest, in the interface language."""
        shown = self.model.display_text
        if key == "gender":
            return [label(v) for v in enums.GENDERS]
        if key == "level":
            return [label(v) for v in enums.LEVELS] + [shown({"level": None}, "level")]
        if key == "post_type":
            return [label(v) for v in enums.POST_TYPES]
        if key == "professional_post":
            return [shown({"professional_post": v}, key) for v in (0, 1)]
        if key == "status":
            return [shown({"status": v, "deleted": 1}, key) for v in enums.STATUSES]
        return [_SAMPLE_TEXT[key]]

    def _fit_columns(self) -> None:
        """Widths from the font and the translated labels (never from scanning rows), capped
        so one long English label cannot push the other columns off screen."""
        metrics = self.view.fontMetrics()
        cap = metrics.averageCharWidth() * 30  # longer values elide; the tooltip shows them
        header_cap = metrics.averageCharWidth() * 14  # long headers elide (full text in tooltip)
        floor = metrics.averageCharWidth() * 8
        self._natural, self._narrowest, self._tightest = [], [], []
        for col, key in enumerate(self.model.column_keys):
            text_width = max(metrics.horizontalAdvance(t) for t in self._column_samples(key))
            title = self.model.header_text(col)
            title_width = metrics.horizontalAdvance(title) + 28  # with room for the sort arrow
            if col:
                self._spare_header_measuring(col, title_width)
            header_width = min(title_width, header_cap)
            width = max(min(text_width + 16, cap), header_width)
            self._natural.append(width)
            # Columns whose long values elide (full text in the tooltip) may give up width.
            narrow = max(header_width, floor) if key in _SHRINKABLE else width
            self._narrowest.append(min(narrow, width))
            # Still too wide (English at 1024 px): titles elide too ("Date of B…", the full
            # title in the header's tooltip), down to two characters and the "…"; values the
            # columns cannot elide (ID numbers, dates) stay whole.
            elided_title = min(metrics.horizontalAdvance(title[:2] + "…") + 28, header_width)
            least = floor if key in _SHRINKABLE_WHEN_TIGHT else min(text_width + 16, cap)
            self._tightest.append(min(max(least, elided_title), width))
            self.view.setColumnWidth(col, width)
        self._fit_to_view()

    def _spare_header_measuring(self, col: int, title_width: int) -> None:
        """Give the header the size of ``col``'s title, measured here already.

        The header's height is the tallest of its titles' sizes, and Qt measures every title
        for it (laying out each text, ~1 M instructions apiece) on the way to the first paint,
        unless the title says its size. Every column but the first says it with no height of its
        own: the first is still measured and gives the height, which one line of the same font
        makes the same for all. The width (the title's, with its sort arrow) is what tells an
        elided title (``sectionSizeHint``).
        """
        item = self.model.headers.horizontalHeaderItem(col)
        if item is not None:
            item.setSizeHint(QSize(title_width, 0))

    def _fit_to_view(self) -> None:
        """Fit the columns to the list's width until the user sizes one by hand."""
        if self._user_sized or not self._natural or not self.view.isVisible():
            return  # a hidden view has no real width yet: it fits when shown
        # The header spans the viewport; asking the view for its viewport() instead costs ~10 ms
        # the first time (PySide wraps the C++-made widget), just before the first paint.
        available = self.view.horizontalHeader().width()
        widths = fitted_widths(self._natural, self._narrowest, available)
        # Not the last column: it stretches to the view's edge (setting it would undo that
        # and cost a relayout); unchanged widths are left alone for the same reason. Only a
        # window too narrow for every title (below) sets it: the header never stretches a
        # section below the width last set, so the status would hold the others off screen.
        fitted = widths[:-1]
        if sum(widths) > available:
            widths = fitted_widths(self._narrowest, self._tightest, available)
            fitted = widths
        self._fitting = True
        try:
            for col, width in enumerate(fitted):
                if self.view.columnWidth(col) != width:
                    self.view.setColumnWidth(col, width)
        finally:
            self._fitting = False

    def _on_section_resized(self, column: int, _old: int, _new: int) -> None:
        # The last column stretches with the view; any other change not ours is the user's.
        if not self._fitting and column != len(self.model.column_keys) - 1:
            self._user_sized = True

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._finished:
            QTimer.singleShot(0, self, self.finish_setup)  # after this paint

    def finish_setup(self) -> None:
        """Header sorting; runs once the page has painted (or when asked).

        Not in ``__init__``: the sort indicator's order is a ``Qt.SortOrder``, the first use of
        Qt's namespace enums (~20 ms on the target machines) — a cost the window would show
        later for. Nothing here is needed before the list is on screen.
        """
        if self._finished:
            return
        self._finished = True
        # The indicator first: setSortingEnabled() sorts by it at once (Qt's default: column 0,
        # descending), and each needless sort re-runs the whole query (~0.25 s at 100k workers).
        self._show_model_order()
        self.view.setSortingEnabled(True)
        if self.model.county:
            self._fill_village_filter()
        self.filter_bar.finish_setup()
        header = self.view.horizontalHeader()
        header.sortIndicatorChanged.connect(self._on_sort_indicator)
        header.sectionResized.connect(self._on_section_resized)
        self.setupFinished.emit()

    # -- selection -------------------------------------------------------------------------
    def _connect_selection(self) -> None:
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self.currentChanged.emit())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self.currentChanged.emit())

    def current_row(self) -> int:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def current_worker(self) -> dict[str, Any] | None:
        """id, name and deleted flag of the selected worker, or None."""
        row = self.current_row()
        if row < 0:
            return None
        index = self.model.index(row, 0)
        worker_id = self.model.data(index, ID_ROLE)
        if worker_id is None:
            return None
        return {
            "id": worker_id,
            "name": self.model.data(index, NAME_ROLE),
            "deleted": bool(self.model.data(index, DELETED_ROLE)),
        }

    def select_worker(self, worker_id: str) -> bool:
        row = self.model.row_of_worker(worker_id)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.selectRow(row)
        self.view.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        return True

    def show_worker(self, worker_id: str) -> bool:
        """Clear the search and filters so ``worker_id`` is in the list, and select it (the
        显示 offered after saving a worker the filter hides); True if it is now shown."""
        if self.filter_bar.is_filtered():
            self.filter_bar.clear()
        return self.select_worker(worker_id)

    def status_count(self) -> str:
        """The status bar's count while this page is on screen (see ``ui.page_chrome``)."""
        return self.tr("共 {total} 人，显示 {shown} 人").format(
            total=self.model.total, shown=self.model.rowCount()
        )

    def set_toolbar_actions(self, actions: list[QAction | None]) -> None:
        """The window's worker actions (新建档案, 编辑…, 导入花名册…) shown while this page is."""
        self._toolbar_actions = list(actions)

    def toolbar_actions(self) -> list[QAction | None]:
        return list(self._toolbar_actions)

    def _remember_selection(self) -> None:
        current = self.current_worker()
        self._selected_id = current["id"] if current else None

    def _after_reset(self) -> None:
        if self._selected_id:
            self.select_worker(self._selected_id)
        self._update_empty()
        self.currentChanged.emit()
        self.countsChanged.emit()

    def _made_guide(self) -> tuple[EmptyGuide, QPushButton]:
        """The empty list's guide and its 清除筛选 button, made now if not yet.

        Made when the list is first empty (or a test asks), not with the page: a list with
        people in it — most starts — never shows it, and its notice's style sheet and buttons
        are work on the way to the window's first paint."""
        if self._guide is None:
            guide = EmptyGuide(name="workers_empty")
            clear = guide.add_button(QPushButton(self.tr("清除筛选")))
            clear.clicked.connect(self.filter_bar.clear)
            guide.setVisible(False)
            self._layout.insertWidget(1, guide)  # between the filters and the list
            self._guide = (guide, clear)
            self._first_steps = [
                guide.add_button(action_button(a)) for a in self._first_step_actions
            ]
        return self._guide

    @property
    def empty_guide(self) -> EmptyGuide:
        return self._made_guide()[0]

    @property
    def empty(self) -> QLabel:
        """The guide's sentence."""
        return self.empty_guide.hint

    @property
    def clear_filter_button(self) -> QPushButton:
        return self._made_guide()[1]

    def set_first_steps(self, *actions: QAction) -> None:
        """The window's actions an empty file starts with (新建档案, 导入花名册; on a county file,
        导入数据包), offered as buttons under the empty list's sentence."""
        if self._guide is None:
            self._first_step_actions = actions  # buttons once the guide is made
        else:
            self._first_steps = [self.empty_guide.add_button(action_button(a)) for a in actions]
        self._update_empty()

    def _update_empty(self) -> None:
        if self.model.rowCount() > 0:
            if self._guide is not None:
                self._guide[0].setVisible(False)
            return
        if self.model.total == 0 and not self.filter_bar.is_filtered():
            if self.store.role == divisions.ROLE_COUNTY:
                text = self.tr(
                    "还没有乡镇报来的社工档案。点“导入数据包…”，导入乡镇送来的数据包；"
                    "合并后的名单就显示在这里。"
                )
            else:
                text = self.tr(
                    "还没有社工档案。点“新建档案”逐个录入，或用“导入花名册…”导入 Excel 花名册。"
                )
            self.empty_guide.say(text, *self._first_steps)
        else:
            self.empty_guide.say(
                self.tr("没有符合条件的档案。可以换个关键词，或点“清除筛选”。"),
                self.clear_filter_button,
            )
        self.empty_guide.setVisible(True)

    # -- reacting --------------------------------------------------------------------------
    def reload(self, select_id: str | None = None) -> None:
        """Re-query after data changed; keep (or move to) the selected worker."""
        self.model.reload()
        if select_id:
            self.select_worker(select_id)

    def _fill_village_filter(self) -> None:
        """A county's village filter, filled once the page has painted: closed, the list shows
        only 全部村（社区）, and reading, labelling 「乡镇 / 村名」 and adding every township's
        villages (360 for 30 townships) took ~5 ms of the county's start. (A township's few
        villages are set by the main window before its paint.)"""
        if self.store.closed:  # the timer after the paint may outlive the open file
            return
        from swdesk.store import county_views

        # The 乡镇 filter was filled with the page (``__init__``): only the villages now.
        self.filter_bar.set_villages(county_views.village_choices(self.store))

    def set_villages(self, rows: list[dict[str, Any]]) -> None:
        """Refill the village filter (rows of ``county_views.picker_villages``); a county's
        township filter with it, as villages and townships arrive together by sync."""
        if self.model.county:
            from swdesk.store import county_views

            self.filter_bar.set_townships(county_views.township_names(self.store))
        self.filter_bar.set_villages(rows)

    def current_filter(self) -> WorkerFilter:
        return self.model.worker_filter

    def _apply_filter(self, flt: WorkerFilter) -> None:
        self.model.set_filter(flt)

    def _search_entered(self) -> None:
        self.filter_bar.flush()
        if self.model.rowCount() > 0:
            self.view.setFocus()
            if self.current_row() < 0:
                self.view.selectRow(0)

    def _show_model_order(self) -> None:
        """The header's sort indicator on the model's sort column and direction."""
        order = QtCore.Qt.SortOrder
        self.view.horizontalHeader().setSortIndicator(
            self.model.column_of_sort_key(),
            order.DescendingOrder if self.model.descending else order.AscendingOrder,
        )

    def _on_sort_indicator(self, column: int, order: QtCore.Qt.SortOrder) -> None:
        if not self.model.sortable(column):
            header = self.view.horizontalHeader()
            header.blockSignals(True)
            self._show_model_order()
            header.blockSignals(False)

    def _on_double_click(self, index: QModelIndex) -> None:
        worker_id = self.model.data(index, ID_ROLE)
        if worker_id:
            self.editRequested.emit(worker_id)

    def _on_key(self, event: QKeyEvent) -> bool:
        """Enter asks to edit the selected worker, Delete to delete it; True if handled."""
        key = event.key()
        if key in (QtCore.Qt.Key.Key_Return, QtCore.Qt.Key.Key_Enter):
            current = self.current_worker()
            if current:
                self.editRequested.emit(current["id"])
                return True
        if key == QtCore.Qt.Key.Key_Delete and self.current_worker():
            self.deleteRequested.emit()
            return True
        return False


class _WorkerTable(QTableView):
    """The list's view, passing key presses to the page first. A subclass, not an event
    filter: a Python filter would see (and PySide convert) every event of the view."""

    def __init__(self, on_key: Callable[[QKeyEvent], bool], on_resize: Callable[[], None]) -> None:
        super().__init__()
        self._on_key = on_key
        self._on_resize = on_resize

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._on_key(event):
            super().keyPressEvent(event)

    def updateGeometries(self) -> None:
        # Qt re-lays the view out here after a resize of it or of its viewport (a scroll bar
        # appearing) and when shown. Overriding resizeEvent/showEvent instead would wrap an
        # event object per call, whose Python type costs ~5 ms to build before the first paint.
        super().updateGeometries()
        self._on_resize()
