"""The 社工档案 list in English in a narrow window (1024×700): every column stays on screen,
long column titles elide ("Date of B…") with the whole title in the header's tooltip, and
the values that cannot elide (ID numbers, dates, phones) stay whole. Wider windows keep the
titles whole (tests/test_ui_worker_model.py holds the 1280 px one)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from swdesk.services import demo
from swdesk.store import Store
from swdesk.ui.worker_model import COLUMN_KEYS
from swdesk.ui.workers_page import WorkersPage

pytestmark = pytest.mark.usefixtures("clean_qsettings")

# The list's share of a 1024 px window: the window less the navigation list and margins.
NARROW = 820


def col(key: str) -> int:
    return COLUMN_KEYS.index(key)


@pytest.fixture
def page(qtbot: QtBot, store: Store, english: None) -> WorkersPage:
    demo.fill(store, 60, seed=3)
    page = WorkersPage(store)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    with qtbot.waitSignal(page.setupFinished, timeout=3000):
        page.show()
    return page


def set_list_width(qtbot: QtBot, page: WorkersPage, header_width: int) -> None:
    """Resize the page so the list's header (its viewport) is ``header_width`` wide."""
    header = page.view.horizontalHeader()
    page.resize(page.width() + header_width - header.width(), page.height())
    qtbot.waitUntil(lambda: header.width() == header_width)


def widths(page: WorkersPage) -> list[int]:
    return [page.view.columnWidth(c) for c in range(len(COLUMN_KEYS))]


def tooltip_over(qtbot: QtBot, page: WorkersPage, column: int) -> str:
    """The tooltip the header shows with the mouse resting on ``column``'s title."""
    header = page.view.horizontalHeader()
    QToolTip.hideText()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    at = QPoint(x, header.height() // 2)
    event = QHelpEvent(QEvent.Type.ToolTip, at, header.viewport().mapToGlobal(at))
    QApplication.sendEvent(header.viewport(), event)
    qtbot.waitUntil(QToolTip.isVisible)
    return QToolTip.text()


def test_a_1024_pixel_window_elides_titles_and_keeps_every_column_in_view(
    qtbot: QtBot, page: WorkersPage
) -> None:
    view, header = page.view, page.view.horizontalHeader()
    set_list_width(qtbot, page, NARROW)
    assert sum(widths(page)) <= view.viewport().width()
    assert not view.horizontalScrollBar().isVisible()
    metrics = view.fontMetrics()
    for key, value in (
        ("id_number", "11010519491231002X"),
        ("birth_date", "1992-01-19"),
        ("phone", "17892764301"),
    ):
        assert view.columnWidth(col(key)) >= metrics.horizontalAdvance(value), key
    titles = header.model()
    elided = [c for c in range(header.count()) if header.sectionSize(c) < header.sectionSizeHint(c)]
    assert {col("gender"), col("professional_post"), col("village")} <= set(elided)
    assert header.textElideMode() == Qt.TextElideMode.ElideRight  # drawn "Date of B…"
    for c in elided:
        title = titles.headerData(c, Qt.Orientation.Horizontal)
        assert tooltip_over(qtbot, page, c) == title
    assert tooltip_over(qtbot, page, col("professional_post")) == "Professional Post"
    # A value cut in an elided column shows whole in its tooltip too.
    status = page.model.index(0, col("status"))
    assert status.data(Qt.ItemDataRole.ToolTipRole) == status.data()

    # Wide again: no column is below its width with a whole title.
    set_list_width(qtbot, page, 1084)
    again = widths(page)
    assert all(w >= n for w, n in zip(again, page._narrowest, strict=True)), again


def test_titles_elide_only_once_the_values_that_elide_are_at_their_narrowest(
    qtbot: QtBot, page: WorkersPage
) -> None:
    """The edge: at the sum of the narrowest widths with whole titles, no title gives way;
    one pixel less and the titles start to elide."""
    edge = sum(page._narrowest)
    set_list_width(qtbot, page, edge)
    assert widths(page)[:-1] == page._narrowest[:-1]
    gender = col("gender")  # short values, a title that gives way only here
    assert page._tightest[gender] < page._narrowest[gender] == page._natural[gender]
    set_list_width(qtbot, page, edge - 1)
    now = widths(page)
    assert sum(now) <= edge - 1
    assert now[gender] < page._narrowest[gender]
    assert not page.view.horizontalScrollBar().isVisible()
