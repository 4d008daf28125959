"""The status bar's count of the 绩效考评, 津贴发放 and 数据同步 pages: each page says what a
clerk wants to know at a glance (who is still to be appraised, the payroll's people and total,
what waits to be exported or imported) and announces a change through ``countsChanged``."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from appraisal_fixtures import add_workers
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot
from sync_fixtures import World, add_worker
from test_allowance_runs import make_file
from test_ui_appraisal import create_round
from ui_helpers import Boxes, shown

from swdesk.store import Store, open_store
from swdesk.sync import merge
from swdesk.ui import page_chrome
from swdesk.ui.allowance_page import AllowancePage
from swdesk.ui.appraisal_page import AppraisalPage
from swdesk.ui.main_window import MainWindow
from swdesk.ui.sync_county import CountySyncPage
from swdesk.ui.sync_township import TownshipSyncPage

POST = "社区社工专业岗位绩效考评"


def test_appraisal_counts_who_is_still_to_be_appraised_in_the_template_shown(
    qtbot: QtBot, store: Store
) -> None:
    add_workers(store)
    page = shown(qtbot, AppraisalPage(store), (1200, 700))
    assert page_chrome.count_text(page) == "还没有考评"
    with qtbot.waitSignal(page.countsChanged):
        create_round(qtbot, page)
    assert page.which.count() == 2
    counted = {page.which.currentText(): page_chrome.count_text(page)}
    with qtbot.waitSignal(page.countsChanged):
        page.which.setCurrentIndex(1 - page.which.currentIndex())
    counted[page.which.currentText()] = page_chrome.count_text(page)
    assert counted == {
        "社区社会工作者绩效考评（1 人）": "2024 年度：1 人待考评，共 1 人",
        f"{POST}（2 人）": "2024 年度：2 人待考评，共 2 人",
    }


@pytest.fixture
def payroll_file(tmp_path: Path) -> Iterator[Store]:
    with open_store(make_file(tmp_path / "swdesk.db"), daily_backup=False) as s:
        yield s


def test_allowance_counts_the_runs_people_and_total_or_says_there_is_none(
    qtbot: QtBot, payroll_file: Store, boxes: Boxes
) -> None:
    page = shown(qtbot, AllowancePage(payroll_file), (1200, 700))
    with qtbot.waitSignal(page.countsChanged):
        page.month.setDate(QDate(2026, 1, 1))
    page.months.setValue(3)
    assert page_chrome.count_text(page) == "2026-01 起还没有发放表"
    with qtbot.waitSignal(page.countsChanged, timeout=20000):
        qtbot.mouseClick(page.compute_button, Qt.MouseButton.LeftButton)
    assert page_chrome.count_text(page) == "2026-01 至 2026-03：4 人，合计 2550.00 元"


def test_township_sync_counts_the_changes_waiting_for_the_next_package(
    qtbot: QtBot, world: World
) -> None:
    world.export(world.a)  # everything so far went to the county
    page = shown(qtbot, TownshipSyncPage(world.a))
    assert page_chrome.count_text(page) == "0 条改动待导出"
    add_worker(world.a, 1)
    with qtbot.waitSignal(page.countsChanged):
        page.reload()
    assert page_chrome.count_text(page) == "1 条改动待导出"
    world.export(world.a)
    with qtbot.waitSignal(page.countsChanged):
        page.reload()
    assert page_chrome.count_text(page) == "0 条改动待导出"


def test_county_sync_counts_townships_missing_packages_and_open_conflicts(
    qtbot: QtBot, world: World
) -> None:
    add_worker(world.a, 1)
    world.export(world.a)  # package 1 never reaches the county
    add_worker(world.a, 2)
    second = world.export(world.a)
    page = shown(qtbot, CountySyncPage(world.county))
    assert page_chrome.count_text(page) == "2 个乡镇，0 个数据包待导入，0 条冲突待处理"
    merge.import_files(world.county, [second])
    with qtbot.waitSignal(page.countsChanged):
        page.reload()
    assert page_chrome.count_text(page) == "2 个乡镇，1 个数据包待导入，0 条冲突待处理"


def test_the_status_bar_shows_the_sync_pages_count(
    qtbot: QtBot, world: World, clean_qsettings: None
) -> None:
    win = shown(qtbot, MainWindow(world.a))
    win.nav.setCurrentRow(win.page_sync)
    assert win.counts.text() == win.page(win.page_sync).status_count() == "1 条改动待导出"
