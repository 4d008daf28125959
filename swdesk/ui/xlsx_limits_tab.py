"""The 电子表格 tab of the settings dialog: the spreadsheet reading limits of this computer.

Each limit (``formats.xlsx_guard.Limits``) is a spin box bounded by the range
``core.xlsx_limits`` allows, so a value outside it cannot be typed; saving writes only the
limits that changed (``Store.set_setting``, audited). The limits stay local: a county's
receipt never overwrites them (``sync.receipt``).
"""

from __future__ import annotations

from PySide6.QtWidgets import QSpinBox, QWidget

from swdesk.core.xlsx_limits import RANGES, check_limit
from swdesk.store import Store
from swdesk.ui.designer import set_up
from swdesk.ui.forms.xlsx_limits_tab import Ui_XlsxLimitsTab


class XlsxLimitsTab(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        form = set_up(self, Ui_XlsxLimitsTab())
        self.spins: dict[str, QSpinBox] = {
            "xlsx_max_rows": form.rowsSpin,
            "xlsx_max_columns": form.columnsSpin,
            "xlsx_max_uncompressed_mb": form.uncompressedSpin,
            "xlsx_max_ratio": form.ratioSpin,
        }
        self._before: dict[str, int] = {}
        for key, spin in self.spins.items():
            rule = RANGES[key]
            spin.setRange(rule.least, rule.most)
            spin.setGroupSeparatorShown(True)
            spin.setToolTip(
                self.tr("可设 {least} 到 {most}。").format(least=rule.least, most=rule.most)
            )
            spin.setValue(int(store.setting(key)))
            self._before[key] = spin.value()

    def save(self) -> None:
        """Write the limits that changed."""
        for key, spin in self.spins.items():
            value = check_limit(key, spin.value())
            if value != self._before[key]:
                self.store.set_setting(key, value)
                self._before[key] = value
