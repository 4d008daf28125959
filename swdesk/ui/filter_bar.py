"""Search box and filters above the worker list.

Typing is debounced (150 ms) so a fast typist runs one query, not one per key; combo boxes
apply at once. Everything ends in one ``WorkerFilter`` that ``workers.search_rowids`` answers
from its index (name, pinyin initials, full pinyin, ID number fragment, phone).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPushButton,
    QWidget,
)

from swdesk.core import enums, workforce
from swdesk.store.workers import WorkerFilter
from swdesk.ui.enum_labels import fill_combo, select_data
from swdesk.ui.flow_layout import FlowLayout

DEBOUNCE_MS = 150
NO_CERTIFICATE = ""  # WorkerFilter.level "" means "holds no certificate"


class FilterBar(QWidget):
    """Emits ``filterChanged(WorkerFilter)`` whenever what the list should show changes."""

    filterChanged = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("搜索：姓名、拼音（如 zs）、身份证号、手机号"))
        # Its clear button comes once the page has painted (``finish_setup``): the box is empty
        # until then, so the button would not show, and making it (the style's icon) costs
        # ~4 ms of every start.
        self.search.setMinimumWidth(240)
        # A line edit already grows sideways and keeps its height (Qt's default size policy).

        # A county's list: which township (hidden in a township's file, see set_townships).
        self.township = QComboBox()
        self.township.setToolTip(self.tr("按乡镇（街道）筛选"))
        self.township.addItem(self.tr("全部乡镇（街道）"), None)
        self.township.setVisible(False)
        self._village_rows: list[dict[str, Any]] = []
        self._popups_fitted = False  # see fit_popups
        self.village = QComboBox()
        self.village.setToolTip(self.tr("按村（社区）筛选"))
        self.set_villages([])
        self.level = QComboBox()
        self.level.setToolTip(self.tr("按证书等级筛选"))
        fill_combo(self.level, enums.LEVELS, (self.tr("全部等级"), None))
        self.level.insertItem(1, self.tr("无证书"), NO_CERTIFICATE)
        self.status = QComboBox()
        self.status.setToolTip(self.tr("按状态筛选"))
        fill_combo(self.status, enums.STATUSES, (self.tr("全部状态"), None))
        self.post_type = QComboBox()
        self.post_type.setToolTip(self.tr("按岗位类型筛选"))
        fill_combo(self.post_type, enums.POST_TYPES, (self.tr("全部岗位类型"), None))
        self.domain = QComboBox()
        self.domain.setToolTip(self.tr("按服务领域筛选"))
        fill_combo(self.domain, enums.DOMAINS, (self.tr("全部服务领域"), None))
        self.role = QComboBox()
        self.role.setToolTip(self.tr("按职务筛选（定员干部、儿童主任等）"))
        fill_combo(self.role, workforce.ROLES, (self.tr("全部职务"), None))
        self.show_deleted = QCheckBox(self.tr("显示已删除"))
        self.clear_button = QPushButton(self.tr("清除筛选"))

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._emit)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        for combo in self.combos():
            # Not AdjustToContents: long entries (English post types) would push the window
            # wider than a laptop screen. The popup list still shows entries in full.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)
            if combo is not self.township:
                combo.currentIndexChanged.connect(self._emit)
        self.township.currentIndexChanged.connect(self._township_changed)
        self.township.setMinimumContentsLength(9)  # 全部乡镇（街道） in full
        self.show_deleted.toggled.connect(self._emit)
        self.clear_button.clicked.connect(self.clear)

        # Wraps on a narrow screen (the filters go under the search box).
        layout = FlowLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 1)
        for combo in self.combos():
            layout.addWidget(combo)
        layout.addWidget(self.show_deleted)
        layout.addWidget(self.clear_button)

    def finish_setup(self) -> None:
        """What the bar needs only once it is on screen: the search box's clear button and
        drop-down lists as wide as their entries. ``WorkersPage.finish_setup`` calls it after
        the page's first paint."""
        self.search.setClearButtonEnabled(True)
        self.fit_popups()

    def fit_popups(self) -> None:
        """Make each filter's drop-down list wide enough for its entries in full.

        Not in ``__init__``: measuring every entry of seven lists (and making their popup
        views) is work no one sees until a list is opened, so the page asks for it once it has
        painted (``WorkersPage.finish_setup``); from then on a refill refits its list."""
        self._popups_fitted = True
        for combo in self.combos():
            _fit_popup(combo)

    def combos(self) -> tuple[QComboBox, ...]:
        return (
            self.township,
            self.village,
            self.level,
            self.status,
            self.post_type,
            self.domain,
            self.role,
        )

    def set_townships(self, names: dict[str, str]) -> None:
        """A county's townships (code → name): the 乡镇 filter shows when there are any."""
        current = self.township.currentData()
        self.township.blockSignals(True)
        try:
            self.township.clear()
            self.township.addItem(self.tr("全部乡镇（街道）"), None)
            for code, name in names.items():
                self.township.addItem(name, code)
            if self._popups_fitted:
                _fit_popup(self.township)
            if current is None or not select_data(self.township, current):
                self.township.setCurrentIndex(0)
        finally:
            self.township.blockSignals(False)
        self.township.setVisible(bool(names))
        if current is not None and self.township.currentData() != current:
            self._township_changed()

    def _township_changed(self) -> None:
        """A township picked: the village filter offers only its villages."""
        self.set_villages(self._village_rows)
        self._emit()

    def set_villages(self, rows: list[dict[str, Any]]) -> None:
        """Refill the village filter (after villages change), keeping the choice if it exists.

        A row's ``label`` is shown when it has one (a county's 「乡镇 / 村名」); with a township
        picked, only that township's villages are offered."""
        self._village_rows = list(rows)
        town = self.township.currentData()
        current = self.village.currentData()
        self.village.blockSignals(True)
        try:
            self.village.clear()
            self.village.addItem(self.tr("全部村（社区）"), None)
            for r in rows:
                if town is None or r.get("township") == town:
                    self.village.addItem(r.get("label") or r["name"], r["code"])
            if self._popups_fitted:
                _fit_popup(self.village)
            if current is None or not select_data(self.village, current):
                self.village.setCurrentIndex(0)
        finally:
            self.village.blockSignals(False)
        if current is not None and self.village.currentData() != current:
            self._emit()

    def current_filter(self) -> WorkerFilter:
        return WorkerFilter(
            text=self.search.text().strip(),
            village_code=self.village.currentData(),
            township=self.township.currentData(),
            level=self.level.currentData(),
            status=self.status.currentData(),
            post_type=self.post_type.currentData(),
            domain=self.domain.currentData(),
            role=self.role.currentData(),
            include_deleted=self.show_deleted.isChecked(),
        )

    def is_filtered(self) -> bool:
        return self.current_filter() != WorkerFilter(include_deleted=self.show_deleted.isChecked())

    def clear(self) -> None:
        """Back to everything (the 显示已删除 choice stays: it is a view mode, not a filter)."""
        for w in (self.search, *self.combos()):
            w.blockSignals(True)
        try:
            self.search.clear()
            for combo in self.combos():
                combo.setCurrentIndex(0)
        finally:
            for w in (self.search, *self.combos()):
                w.blockSignals(False)
        self._timer.stop()
        self._emit()

    def flush(self) -> None:
        """Apply pending typing now (Enter in the search box)."""
        if self._timer.isActive():
            self._timer.stop()
            self._emit()

    def _emit(self) -> None:
        self._timer.stop()
        self.filterChanged.emit(self.current_filter())


def _fit_popup(combo: QComboBox) -> None:
    """The drop-down list of ``combo`` as wide as its widest entry (plus the scroll bar)."""
    view = combo.view()
    view.setMinimumWidth(view.sizeHintForColumn(0) + 24)
