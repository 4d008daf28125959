"""The 乡镇 column and filter a county's 村（社区） list adds to the table the page fills.

A county holds every township's villages, and townships share village names (two 前进村 look
the same without their township). The page fills its table as a township's does; this adds one
column, shown first (a visual move: the page's own column numbers stay as they are), and a
township filter that hides the other townships' rows. Nothing of it exists on a township file.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from swdesk.core import divisions
from swdesk.store import Store
from swdesk.ui.enum_labels import select_data


class TownshipColumn(QObject):
    """``bar`` (the filter, None on a township file) goes above the table; ``apply(rows)``
    after each fill of ``table`` with ``rows`` (village rows with their ``code``)."""

    filterChanged = Signal()

    def __init__(self, store: Store, table: QTableWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.table = table
        self.column: int | None = None  # the table's column, made on the first apply
        self.combo = QComboBox()
        self.combo.setMinimumWidth(160)
        self.combo.setToolTip(QCoreApplication.translate("TownshipColumn", "按乡镇（街道）筛选"))
        self.combo.addItem(QCoreApplication.translate("TownshipColumn", "全部乡镇（街道）"), None)
        self.bar: QWidget | None = None
        self._rows: list[dict[str, Any]] = []
        if store.role == divisions.ROLE_COUNTY:
            self.bar = QWidget()
            row = QHBoxLayout(self.bar)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(QLabel(QCoreApplication.translate("TownshipColumn", "乡镇（街道）：")))
            row.addWidget(self.combo)
            row.addStretch(1)
            self.combo.currentIndexChanged.connect(lambda _i: self._filter())

    def township(self) -> str | None:
        """The township picked in the filter (its code), or None for all."""
        return self.combo.currentData()

    def apply(self, rows: list[dict[str, Any]]) -> None:
        """Fill the 乡镇 column of the table's ``rows`` and refresh the filter's townships."""
        if self.bar is None:
            return
        from swdesk.store import county_views  # a county's only

        names = county_views.township_names(self.store)
        towns = county_views.village_townships(self.store)
        self._rows = [{**r, "township": towns.get(r["code"], r["code"][:9])} for r in rows]
        if self.column is None:
            self.column = self.table.columnCount()
            self.table.setColumnCount(self.column + 1)
            self.table.setHorizontalHeaderItem(
                self.column,
                QTableWidgetItem(QCoreApplication.translate("TownshipColumn", "乡镇（街道）")),
            )
            header = self.table.horizontalHeader()
            header.setSectionResizeMode(self.column, QHeaderView.ResizeMode.ResizeToContents)
            header.moveSection(header.visualIndex(self.column), 0)
        current = self.combo.currentData()
        self.combo.blockSignals(True)
        try:
            self.combo.clear()
            self.combo.addItem(
                QCoreApplication.translate("TownshipColumn", "全部乡镇（街道）"), None
            )
            for code in sorted({r["township"] for r in self._rows} | set(names)):
                self.combo.addItem(names.get(code, code), code)
            if current is None or not select_data(self.combo, current):
                self.combo.setCurrentIndex(0)
        finally:
            self.combo.blockSignals(False)
        for i, r in enumerate(self._rows):
            self.table.setItem(
                i, self.column, QTableWidgetItem(names.get(r["township"], r["township"]))
            )
        self._filter(announce=False)

    def _filter(self, announce: bool = True) -> None:
        town = self.township()
        for i, r in enumerate(self._rows):
            self.table.setRowHidden(i, town is not None and r["township"] != town)
        if announce:
            self.filterChanged.emit()

    def shown(self) -> int:
        """Rows the filter leaves on screen."""
        town = self.township()
        return sum(1 for r in self._rows if town is None or r["township"] == town)
