"""Empty pages say what to do first and offer the button that does it (社工档案, 村（社区）,
继续教育, 津贴发放, 数据同步), and the guide goes away once there is something to show."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sync_fixtures import World, county_store
from ui_helpers import Boxes, shown

from swdesk.store import Store, open_store, villages
from swdesk.store import allowances as store_al
from swdesk.store.unit import initialize
from swdesk.ui.allowance_page import AllowancePage
from swdesk.ui.import_wizard import ImportWizard
from swdesk.ui.main_window import PAGE_VILLAGES, MainWindow
from swdesk.ui.settings_dialog import SettingsDialog
from swdesk.ui.sync_county import CountySyncPage
from swdesk.ui.sync_township import TownshipSyncPage
from swdesk.ui.training_page import TrainingPage

pytestmark = pytest.mark.usefixtures("clean_qsettings")


def offered(guide: object) -> list[str]:
    """The texts of the guide's buttons on screen."""
    return [b.text() for b in guide.buttons if b.isVisible()]  # type: ignore[attr-defined]


def test_empty_township_workers_page_offers_new_record_and_roster_import(
    qtbot: QtBot, store: Store
) -> None:
    win = shown(qtbot, MainWindow(store))
    page = win.workers_page
    assert page.empty_guide.isVisible() and "还没有社工档案" in page.empty.text()
    assert offered(page.empty_guide) == ["新建档案…", "导入花名册…"]
    # the button does what the toolbar's action does: the roster import opens
    with qtbot.waitSignal(win.import_action.triggered):
        qtbot.mouseClick(page.empty_guide.buttons[-1], Qt.MouseButton.LeftButton)
    wizards = [w for w in win.findChildren(ImportWizard) if w.isVisible()]
    assert len(wizards) == 1
    wizards[0].reject()


def test_filtered_out_workers_offer_to_clear_the_filter(qtbot: QtBot, store: Store) -> None:
    from test_ui_message_bar import NEW_ID

    from swdesk.store import workers

    workers.create(store, {"name": "柳青青", "id_number": NEW_ID})
    win = shown(qtbot, MainWindow(store))
    page = win.workers_page
    assert not page.empty_guide.isVisible()
    with qtbot.waitSignal(page.countsChanged):
        page.filter_bar.search.setText("zzzz")
    assert page.empty_guide.isVisible() and offered(page.empty_guide) == ["清除筛选"]
    with qtbot.waitSignal(page.countsChanged):
        qtbot.mouseClick(page.clear_filter_button, Qt.MouseButton.LeftButton)
    assert not page.empty_guide.isVisible() and page.model.rowCount() == 1


def test_empty_county_workers_page_leads_to_importing_packages(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    county = county_store(tmp_path / "c.db")
    chosen: list[bool] = []
    monkeypatch.setattr(CountySyncPage, "choose_packages", lambda _self: chosen.append(True))
    win = shown(qtbot, MainWindow(county))
    page = win.workers_page
    assert "导入乡镇送来的数据包" in page.empty.text()
    assert offered(page.empty_guide) == ["导入数据包…"]
    qtbot.mouseClick(page.empty_guide.buttons[-1], Qt.MouseButton.LeftButton)
    assert win.nav.currentRow() == win.page_sync and chosen == [True]
    county.close()


def test_empty_villages_page_points_at_the_form(qtbot: QtBot, blank_store: Store) -> None:
    initialize(blank_store, "township", "510104001", "测试街道")
    win = shown(qtbot, MainWindow(blank_store))
    win.nav.setCurrentRow(PAGE_VILLAGES)
    page = win.villages_page
    assert page.empty_guide.isVisible() and "还没有村（社区）" in page.empty_guide.hint.text()
    qtbot.mouseClick(page.empty_guide.buttons[0], Qt.MouseButton.LeftButton)
    assert win.focusWidget() is page.code
    villages.add(blank_store, "510104001001", "和平社区", "urban")
    page.reload()
    assert not page.empty_guide.isVisible()


def test_empty_training_page_offers_new_training_then_show_all_when_filtered(
    qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = shown(qtbot, TrainingPage(store), (1000, 700))
    assert offered(page.empty_guide) == ["新建培训…"] and not page.view.isVisible()
    asked: list[bool] = []
    monkeypatch.setattr(page, "new_event", lambda: asked.append(True))
    page.first_event_button.clicked.disconnect()
    page.first_event_button.clicked.connect(page.new_event)
    qtbot.mouseClick(page.first_event_button, Qt.MouseButton.LeftButton)
    assert asked == [True]
    page.search_edit.setText("zzzz")
    assert offered(page.empty_guide) == ["显示全部培训"]
    qtbot.mouseClick(page.show_all_button, Qt.MouseButton.LeftButton)
    assert page.search_edit.text() == "" and offered(page.empty_guide) == ["新建培训…"]


def test_allowance_without_saved_rules_offers_to_check_them_first(
    qtbot: QtBot, store: Store, boxes: Boxes
) -> None:
    page = shown(qtbot, AllowancePage(store), (1200, 700))
    assert not store_al.rules_saved(store)
    assert offered(page.empty_guide) == ["核对津贴标准…", "生成发放表草稿"]
    assert "核对津贴标准" in page.guidance.text()
    qtbot.mouseClick(page.rules_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, SettingsDialog)
    assert dialog.tabs.currentWidget() is dialog.allowance_tab
    dialog.reject()
    store_al.set_rules(store, store_al.rules(store))
    page.reload()
    assert offered(page.empty_guide) == ["生成发放表草稿"]
    assert "核对津贴标准" not in page.guidance.text()


def test_township_not_joined_shows_the_first_step_with_its_button(
    qtbot: QtBot, tmp_path: Path, world: World
) -> None:
    t = open_store(tmp_path / "t.db", daily_backup=False)
    initialize(t, "township", "510411100", "甲镇")
    page = shown(qtbot, TownshipSyncPage(t))
    assert page.empty_guide.isVisible() and page.join_button in page.empty_guide.buttons
    assert page.join_button.isVisible() and not page.county_label.isVisible()
    joined = shown(qtbot, TownshipSyncPage(world.a))
    assert not joined.empty_guide.isVisible() and joined.county_label.isVisible()
    t.close()


def test_county_without_townships_offers_enrollment_and_import(
    qtbot: QtBot, tmp_path: Path, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Ok)
    county = county_store(tmp_path / "lone.db", code="510412", name="另一县")
    page = shown(qtbot, CountySyncPage(county))
    assert page.empty_guide.isVisible()
    assert offered(page.empty_guide) == ["为乡镇生成登记文件…", "导入数据包…"]
    busy = shown(qtbot, CountySyncPage(world.county))
    assert not busy.empty_guide.isVisible()
    county.close()
