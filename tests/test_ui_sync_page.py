"""数据同步 page through its widgets: township export and receipt, county import with preview,
conflict resolution, and the merged workers on the county's 社工档案 page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sync_fixtures import COUNTY, World, add_worker, set_phone
from ui_helpers import record_boxes, shown

from swdesk.sync import merge, package, receipt
from swdesk.ui.main_window import MainWindow
from swdesk.ui.sync_county import CountySyncPage
from swdesk.ui.sync_page import SyncPage
from swdesk.ui.sync_township import TownshipSyncPage


@pytest.fixture
def no_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    return record_boxes(monkeypatch, ("warning", "information"), QMessageBox.StandardButton.Ok)


def make_page(qtbot: QtBot, store: Any) -> SyncPage:
    """The page the main window shows for the store's role."""
    page = CountySyncPage(store) if store.role == "county" else TownshipSyncPage(store)
    return shown(qtbot, page)


def test_township_exports_to_a_folder_and_sees_missing_packages(
    qtbot: QtBot, world: World, monkeypatch: pytest.MonkeyPatch, no_boxes: list[str]
) -> None:
    add_worker(world.a, 1)
    page = make_page(qtbot, world.a)
    assert "某县" in page.county_label.text() and not page.join_button.isVisible()
    assert "还没有导出过" in page.last_export.text()
    usb = world.root / "usb"
    usb.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(usb)))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "校验无误" in page.message.text())
    assert [p.name for p in usb.glob("*.swsync")] == ["510411100_0001.swsync"]
    assert "第 1 号" in page.last_export.text()
    # 1 is lost, 2 arrives: the county's receipt makes the page warn, then the export carries 1.
    add_worker(world.a, 2)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "第 2 号数据包" in page.message.text())
    merge.import_files(world.county, [usb / "510411100_0002.swsync"])
    rec = world.root / "r.swsync"
    rec.write_bytes(receipt.make(world.county, world.a.unit_code))
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(rec), ""))
    )
    qtbot.mouseClick(page.receipt_button, Qt.MouseButton.LeftButton)
    assert "已导入回执" in page.message.text()
    assert "县里还没有收到第 1 号数据包" in page.warning.text()
    assert "县里已收到 1 个数据包" in page.last_receipt.text()
    assert no_boxes == []


def test_township_not_joined_says_so(qtbot: QtBot, tmp_path: Path) -> None:
    from swdesk.store import open_store
    from swdesk.store.unit import initialize

    t = open_store(tmp_path / "t.db", daily_backup=False)
    initialize(t, "township", "510411100", "甲镇")
    page = make_page(qtbot, t)
    assert page.join_button.isVisible() and not page.export_button.isEnabled()
    assert "还没有加入" in page.county_label.text()
    t.close()


def test_county_imports_with_preview_then_commits(
    qtbot: QtBot, world: World, monkeypatch: pytest.MonkeyPatch, no_boxes: list[str]
) -> None:
    add_worker(world.a, 1, "李四")
    add_worker(world.b, 2, "王五")
    pa, pb = world.export(world.a), world.export(world.b)
    bad = world.root / "bad.swsync"
    bad.write_bytes(pa.read_bytes()[:-3])
    page = make_page(qtbot, world.county)
    assert "密钥还没有备份" in page.key_warning.text()
    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileNames",
        staticmethod(lambda *a, **k: ([str(pa), str(bad), str(pb)], "")),
    )
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.preview is not None and page.preview.isVisible())
    preview = page.preview
    assert preview is not None
    cells = [
        [preview.table.item(r, c).text() for c in range(preview.table.columnCount())]
        for r in range(preview.table.rowCount())
    ]
    assert any(row[3] == "社工档案" and row[4] == "1" for row in cells)
    assert any(row[0] == "bad.swsync" and "拒收" in row[9] for row in cells)
    assert world.county.scalar("SELECT COUNT(*) FROM workers") == 0  # nothing written yet
    qtbot.mouseClick(
        preview.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: "导入完成" in page.message.text())
    assert "2 个接收，1 个拒收" in page.message.text()
    assert world.county.scalar("SELECT COUNT(*) FROM workers WHERE deleted = 0") == 2
    towns = {
        page.towns.item(r, 0).text(): page.towns.item(r, 2).text()
        for r in range(page.towns.rowCount())
    }
    assert towns == {f"{COUNTY}100": "1", f"{COUNTY}101": "1"}
    assert page.towns.item(0, 5).text() == "一致"


def test_county_drop_files_opens_the_preview(qtbot: QtBot, world: World) -> None:
    add_worker(world.a, 1)
    pa = world.export(world.a)
    page = make_page(qtbot, world.county)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(pa))])
    event = QDropEvent(
        QPointF(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    page.dropEvent(event)
    qtbot.waitUntil(lambda: page.preview is not None and page.preview.isVisible())
    assert page.preview is not None
    page.preview.reject()
    assert world.county.scalar("SELECT COUNT(*) FROM sync_packages") == 0


def test_conflict_side_by_side_and_resolve(qtbot: QtBot, world: World, no_boxes: list[str]) -> None:
    wid = add_worker(world.a, 3, "赵六")
    merge.import_files(world.county, [world.export(world.a)])
    person = world.county.scalar("SELECT id FROM workers")
    set_phone(world.county, person, "13700000001")
    set_phone(world.a, wid, "13700000002")
    merge.import_files(world.county, [world.export(world.a)])
    page = make_page(qtbot, world.county)
    assert page.conflicts.rowCount() == 1 and not page.keep_township.isEnabled()
    assert "赵六" in page.conflicts.item(0, 1).text()
    page.conflicts.selectRow(0)
    rows = {
        page.compare.item(r, 0).text(): (
            page.compare.item(r, 1).text(),
            page.compare.item(r, 2).text(),
        )
        for r in range(page.compare.rowCount())
    }
    assert rows["phone"] == ("13700000001", "13700000002")
    qtbot.mouseClick(page.keep_township, Qt.MouseButton.LeftButton)
    assert page.conflicts.rowCount() == 0
    assert world.county.scalar("SELECT phone FROM workers") == "13700000002"


def test_county_main_window_lists_merged_workers(qtbot: QtBot, world: World) -> None:
    add_worker(world.a, 1, "李四")
    add_worker(world.b, 2, "王五")
    merge.import_files(world.county, [world.export(world.a), world.export(world.b)])
    win = MainWindow(world.county)
    qtbot.addWidget(win)
    win.show()
    assert win.workers_page.model.total == 2
    names = [win.nav.item(i).text() for i in range(win.nav.count())]
    assert "数据同步" in names
    win.nav.setCurrentRow(names.index("数据同步"))
    page = win.stack.currentWidget()
    assert isinstance(page, CountySyncPage) and page.towns.rowCount() == 2
    assert package.SUFFIX == ".swsync"


def test_main_window_picks_the_sync_page_by_role(qtbot: QtBot, world: World) -> None:
    for store, kind in ((world.a, TownshipSyncPage), (world.county, CountySyncPage)):
        win = MainWindow(store)
        qtbot.addWidget(win)
        names = [win.nav.item(i).text() for i in range(win.nav.count())]
        win.nav.setCurrentRow(names.index("数据同步"))
        assert type(win.stack.currentWidget()) is kind


def test_double_claim_is_shown_and_the_move_confirmed(
    qtbot: QtBot, world: World, no_boxes: list[str]
) -> None:
    add_worker(world.b, 4, "王五")
    merge.import_files(world.county, [world.export(world.b)])
    add_worker(world.a, 4, "王伍", phone="13900000004")
    merge.import_files(world.county, [world.export(world.a)])
    page = make_page(qtbot, world.county)
    assert page.conflicts.rowCount() == 1
    assert page.conflicts.item(0, 0).text() == "两个乡镇都报了此人"
    assert page.towns.item(0, 5).text() == "不一致"  # 甲镇 reports one person more
    page.conflicts.selectRow(0)
    assert page.keep_township.text() == "确认此人已调到该乡镇"
    assert page.keep_county.text() == "此人仍归原乡镇"
    qtbot.mouseClick(page.keep_township, Qt.MouseButton.LeftButton)
    assert page.conflicts.rowCount() == 0
    assert world.county.scalar("SELECT name FROM workers") == "王伍"
    assert page.towns.item(0, 5).text() == "一致" and page.towns.item(1, 5).text() == "不一致"
