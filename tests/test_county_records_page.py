"""County mode of the 考试报名 and 绩效考评 pages: every township's rows, read-only, filtered."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from sync_fixtures import COUNTY, World
from test_sync_exam_appraisal import _two_townships_with_records

from swdesk.ui.county_records_page import CountyAppraisalPage, CountyExamPage


@pytest.fixture
def world(world: World) -> World:
    _two_townships_with_records(world)
    return world


def _column(page: CountyExamPage | CountyAppraisalPage, title: str) -> list[str]:
    m = page.model
    col = next(
        i for i in range(m.columnCount()) if m.headerData(i, Qt.Orientation.Horizontal) == title
    )
    return [m.index(r, col).data() for r in range(m.rowCount())]


def test_county_exam_page_lists_townships_read_only(qtbot: QtBot, world: World) -> None:
    page = CountyExamPage(world.county)
    qtbot.addWidget(page)
    assert page.current_year() == 2025
    assert _column(page, "乡镇（街道）") == ["甲镇", "乙镇"]
    assert _column(page, "姓名") == ["赵六", "钱七"]
    assert "2 个乡镇，报名 2 人" in page.counts.text()
    # Nothing to create or change for the county itself.
    assert not page.findChildren(QPushButton)
    m = page.model
    assert not any(
        m.flags(m.index(r, c)) & Qt.ItemFlag.ItemIsEditable
        for r in range(m.rowCount())
        for c in range(m.columnCount())
    )
    page.town_combo.setCurrentIndex(page.town_combo.findData(f"{COUNTY}101"))
    assert _column(page, "姓名") == ["钱七"]
    assert "75" in _column(page, "成绩")[0]
    assert "1 个乡镇，报名 1 人" in page.counts.text()
    # A refresh keeps the filter.
    page.reload()
    assert page.current_township() == f"{COUNTY}101" and page.model.rowCount() == 1


def test_county_appraisal_page_shows_each_townships_sheets(qtbot: QtBot, world: World) -> None:
    page = CountyAppraisalPage(world.county)
    qtbot.addWidget(page)
    assert _column(page, "乡镇（街道）") == ["甲镇", "乙镇"]
    assert _column(page, "状态") == ["已签字", "草稿"]
    assert "草稿 1，已定稿 0，已签字 1" in page.counts.text()
    assert not page.findChildren(QPushButton)
    page.table.setCurrentIndex(page.model.index(0, 0))
    assert "赵六" in page.detail.toPlainText() and "甲镇" in page.detail.toPlainText()
    page.town_combo.setCurrentIndex(page.town_combo.findData(f"{COUNTY}100"))
    assert _column(page, "姓名") == ["赵六"]


def test_main_window_picks_the_county_pages(qtbot: QtBot, world: World) -> None:
    from swdesk.ui.exam_page import ExamPage
    from swdesk.ui.main_window import MainWindow

    win = MainWindow(world.county)
    qtbot.addWidget(win)
    assert isinstance(win._build_exam_page(), CountyExamPage)
    assert isinstance(win._build_appraisal_page(), CountyAppraisalPage)
    town = MainWindow(world.a)
    qtbot.addWidget(town)
    assert isinstance(town._build_exam_page(), ExamPage)


def test_every_synced_table_has_a_name_on_the_sync_page() -> None:
    from swdesk.store.schema import SYNCED_TABLES
    from swdesk.ui.sync_page import table_label

    assert all(table_label(t) != t for t in SYNCED_TABLES)
