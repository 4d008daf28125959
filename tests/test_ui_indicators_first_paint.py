"""The 指标 page paints its controls before its first report starts: a report running in the
background holds the interpreter, and would hold back the page's first paint."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_helpers import shown

from swdesk.store import Store
from swdesk.ui.indicators_page import IndicatorsPage

pytestmark = pytest.mark.usefixtures("clean_qsettings")


def test_the_first_report_waits_for_the_first_paint(qtbot: QtBot, store: Store) -> None:
    page = IndicatorsPage(store)
    qtbot.addWidget(page)
    page.reload()  # asked for before the page is shown, as the main window does
    QApplication.processEvents()
    assert page._task is None  # not started: nothing painted yet
    assert page.status.text().startswith("正在计算")
    with qtbot.waitSignal(page.loaded, timeout=20000):
        shown(qtbot, page, (1000, 650))
    assert page._painted
    assert page.model.row_count() > 0


def test_later_reports_start_at_once(qtbot: QtBot, store: Store) -> None:
    page = shown(qtbot, IndicatorsPage(store), (1000, 650))
    with qtbot.waitSignal(page.loaded, timeout=20000):
        page.reload()
    with qtbot.waitSignal(page.loaded, timeout=20000):
        page.reload()  # no paint is waited for: the page has painted
    assert page.dashboard is not None
