"""学时达标 on a 1024×700 screen, in Chinese and English: the list scrolls sideways for the
figures, but the person (name, ID number) and the status stay in view without scrolling."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from swdesk.services import demo, training_demo
from swdesk.store import Store
from swdesk.ui.compliance_view import COLUMN_KEYS
from swdesk.ui.training_page import TrainingPage

pytestmark = pytest.mark.usefixtures("clean_qsettings")

# The page's share of a 1024 px window (less the navigation list), and of a 1366 px one.
WIDTHS = (840, 1160)


@pytest.fixture(params=["zh_CN", "en"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    if request.param == "en":
        request.getfixturevalue("english")
    yield request.param


@pytest.mark.parametrize("width", WIDTHS)
def test_the_person_and_the_status_are_in_view_without_scrolling(
    qtbot: QtBot, store: Store, language: str, width: int
) -> None:
    demo.fill(store, 30, 1, today=date(2026, 3, 2))
    training_demo.fill(store, 1)
    page = TrainingPage(store)
    qtbot.addWidget(page)
    page.resize(width, 640)
    page.show()
    qtbot.waitExposed(page)
    page.tabs.setCurrentIndex(1)
    view = page.compliance.view
    qtbot.waitUntil(lambda: page.compliance.model.rowCount() > 0, timeout=10000)
    header = view.horizontalHeader()
    assert view.horizontalScrollBar().value() == 0
    room = view.viewport().width()
    for key in ("name", "id_number", "status"):
        col = COLUMN_KEYS.index(key)
        right = header.sectionViewportPosition(col) + header.sectionSize(col)
        assert header.sectionViewportPosition(col) >= 0 and right <= room, (key, right, room)
    status = COLUMN_KEYS.index("status")
    assert header.visualIndex(status) == header.visualIndex(COLUMN_KEYS.index("id_number")) + 1
    # the model keeps its order: exports and the tests that read columns by key are unchanged
    assert page.compliance.model.headerData(status, Qt.Orientation.Horizontal) in (
        "状态",
        "Status",
    )
