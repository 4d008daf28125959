"""The 指标 tab of the settings dialog (county files): after how many days without a package a
township's figures are flagged as stale on the 指标 page.

The spin box is bounded by the range ``core.indicators.staleness`` allows, so a value outside
it cannot be typed; saving writes the setting only when it changed (``Store.set_setting``,
audited).
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from swdesk.core.indicators.staleness import (
    STALE_DAYS_LEAST,
    STALE_DAYS_MOST,
    STALE_DAYS_SETTING,
    check_stale_days,
)
from swdesk.store import Store
from swdesk.ui.designer import set_up
from swdesk.ui.forms.indicator_settings_tab import Ui_IndicatorSettingsTab


class IndicatorSettingsTab(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from swdesk.services.indicator_dashboard import stale_days

        self.store = store
        form = set_up(self, Ui_IndicatorSettingsTab())
        self.stale = form.staleSpin
        self.stale.setRange(STALE_DAYS_LEAST, STALE_DAYS_MOST)
        self.stale.setToolTip(
            self.tr("可设 {least} 到 {most} 天。").format(
                least=STALE_DAYS_LEAST, most=STALE_DAYS_MOST
            )
        )
        self.stale.setValue(min(stale_days(store), STALE_DAYS_MOST))
        self._before = self.stale.value()

    def save(self) -> None:
        """Write the number of days if it changed."""
        value = check_stale_days(self.stale.value())
        if value != self._before:
            self.store.set_setting(STALE_DAYS_SETTING, value)
            self._before = value
