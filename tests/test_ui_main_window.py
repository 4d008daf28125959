"""The main window through its widgets: search (pinyin, Chinese input), filters, sorting, soft
delete and restore, backups, settings, and only built features in the menus."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from ui_helpers import Boxes, shown

from swdesk.core.idnumber import make_id_number
from swdesk.core.names import pinyin_keys
from swdesk.services import demo
from swdesk.store import Store, workers
from swdesk.store.backup import check_backup_file, list_backups
from swdesk.ui.main_window import PAGE_VILLAGES, PAGE_WORKERS, MainWindow
from swdesk.ui.worker_model import COLUMN_KEYS, DELETED_ROLE, NAME_ROLE
from swdesk.ui.workers_page import WorkersPage

Yes, No = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


pytestmark = pytest.mark.usefixtures("clean_qsettings")


@pytest.fixture
def zhang_san(store: Store) -> str:
    demo.fill(store, 120, seed=11)
    return workers.create(
        store,
        {
            "name": "张三",
            "id_number": make_id_number("510104", date(1988, 5, 17), 31),
            "phone": "13912345678",
            "village_code": "510104001001",
            "post_type": "社区专职工作者",
            "status": "在岗",
        },
    )


@pytest.fixture
def window(qtbot: QtBot, store: Store, zhang_san: str) -> MainWindow:
    win = MainWindow(store)
    # The list's header sorting is set up right after its first paint.
    with qtbot.waitSignal(win.workers_page.setupFinished, timeout=3000):
        shown(qtbot, win)
    return win


def shown_names(win: MainWindow) -> list[str]:
    model = win.workers_page.model
    return [model.index(r, 0).data(NAME_ROLE) for r in range(model.rowCount())]


def type_search(qtbot: QtBot, win: MainWindow, text: str) -> None:
    """Type into the search box like a person: ASCII by keys, Chinese through the input method."""
    search = win.workers_page.filter_bar.search
    search.clear()
    search.setFocus()
    with qtbot.waitSignal(win.workers_page.countsChanged, timeout=3000):
        if text.isascii():
            qtbot.keyClicks(search, text)
        else:
            event = QInputMethodEvent()
            event.setCommitString(text)
            QApplication.sendEvent(search, event)
    assert search.text() == text


def test_title_navigation_and_only_built_features_in_menus(window: MainWindow) -> None:
    assert window.windowTitle() == "swdesk — 测试街道（乡镇社工站）"
    pages = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert pages == [
        "社工档案",
        "村（社区）",
        "继续教育",
        "考试报名",
        "绩效考评",
        "津贴发放",
        "岗位与社工站",
        "指标",
        "数据同步",
    ]
    window.nav.setCurrentRow(PAGE_VILLAGES)
    assert window.stack.currentWidget() is window.villages_page
    window.nav.setCurrentRow(PAGE_WORKERS)
    menus = {
        m.title(): [a.text() for a in m.actions() if not a.isSeparator()]
        for m in (a.menu() for a in window.menuBar().actions())
        if m is not None
    }
    assert menus == {
        "文件(&F)": [
            "导入花名册…", "导出花名册…", "下载导入模板…",
            "备份…", "从备份恢复…", "设置…", "退出",
        ],
        "档案(&W)": [
            "新建档案…", "编辑…", "删除…", "恢复", "修改历史…", "学时记录…", "搜索", "刷新",
        ],
        "帮助(&H)": ["使用说明", "关于 swdesk"],
    }  # fmt: skip
    assert window.new_action.shortcut().toString() == "Ctrl+N"
    assert window.counts.text() == "共 121 人，显示 121 人"


@pytest.mark.parametrize("typed", ["zs", "zhangsan", "张三", "1391234", "510104198805"])
def test_search_finds_zhang_san(qtbot: QtBot, window: MainWindow, typed: str) -> None:
    type_search(qtbot, window, typed)
    names = shown_names(window)
    assert "张三" in names
    assert len(names) < 121
    assert window.counts.text() == f"共 121 人，显示 {len(names)} 人"
    if typed == "zs":
        assert all("zs" in pinyin_keys(n)[0] for n in names)
    if typed in ("zhangsan", "张三"):
        assert names == ["张三"]


def test_search_without_match_says_so(qtbot: QtBot, window: MainWindow) -> None:
    type_search(qtbot, window, "xyzxyz")
    assert shown_names(window) == []
    assert window.workers_page.empty.isVisible()
    assert "没有符合条件的档案" in window.workers_page.empty.text()
    with qtbot.waitSignal(window.workers_page.countsChanged):
        window.workers_page.filter_bar.clear_button.click()
    assert len(shown_names(window)) == 121
    assert not window.workers_page.empty.isVisible()


def pick(combo: Any, data: object) -> None:
    index = combo.findData(data)
    assert index > 0, data
    combo.setCurrentIndex(index)


def test_filters_change_the_counts(window: MainWindow, store: Store) -> None:
    bar = window.workers_page.filter_bar

    def expect(where: str) -> None:
        n = store.scalar(f"SELECT count(*) FROM workers WHERE deleted = 0 AND {where}")
        assert len(shown_names(window)) == n
        assert window.counts.text() == f"共 121 人，显示 {n} 人"

    pick(bar.village, "510104001001")
    assert bar.village.currentText() == "和平社区"
    expect("village_code = '510104001001'")
    pick(bar.status, "在岗")
    expect("village_code = '510104001001' AND status = '在岗'")
    bar.clear()
    pick(bar.level, "")
    assert bar.level.currentText() == "无证书"
    expect("level IS NULL")
    bar.clear()
    pick(bar.post_type, "村（社区）“两委”成员")
    expect("post_type = '村（社区）“两委”成员'")
    bar.clear()
    pick(bar.domain, "儿童/未成年人")
    expect("domains LIKE '%儿童/未成年人%'")
    bar.clear()
    expect("1")


def test_clicking_headers_sorts(qtbot: QtBot, window: MainWindow) -> None:
    view = window.workers_page.view
    header = view.horizontalHeader()
    column = COLUMN_KEYS.index("birth_date")
    where = QPoint(header.sectionViewportPosition(column) + 10, header.height() // 2)

    def births() -> list[str]:
        m = window.workers_page.model
        return [m.index(r, column).data() for r in range(m.rowCount())]

    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=where)
    first = births()
    assert window.workers_page.model.sort_key == "birth_date"
    ascending = first == sorted(first)
    assert ascending or first == sorted(first, reverse=True)
    assert header.sortIndicatorSection() == column
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=where)
    second = births()
    assert second == sorted(first, reverse=ascending)
    assert second != first

    fixed = COLUMN_KEYS.index("professional_post")  # no SQL order for it: nothing changes
    spot = QPoint(header.sectionViewportPosition(fixed) + 10, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert births() == second
    assert header.sortIndicatorSection() == column


def test_soft_delete_with_confirmation_and_restore(
    qtbot: QtBot, window: MainWindow, store: Store, zhang_san: str, boxes: Boxes
) -> None:
    page = window.workers_page
    assert page.select_worker(zhang_san)
    assert window.delete_action.isEnabled()
    assert not window.restore_action.isVisible()

    boxes.answer = No
    window.delete_action.trigger()
    assert boxes.texts("question") == ["确定删除 张三 的档案吗？删除后可在“显示已删除”中恢复。"]
    assert "张三" in shown_names(window)
    assert workers.get(store, zhang_san)["deleted"] == 0

    boxes.answer = Yes
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert len(boxes.texts("question")) == 2
    assert "张三" not in shown_names(window)
    assert workers.get(store, zhang_san)["deleted"] == 1
    assert window.counts.text() == "共 120 人，显示 120 人"
    assert page.current_worker() is not None  # the next row is selected

    qtbot.mouseClick(page.filter_bar.show_deleted, Qt.MouseButton.LeftButton)
    assert page.filter_bar.show_deleted.isChecked()
    assert "张三" in shown_names(window)
    assert window.restore_action.isVisible()
    assert page.select_worker(zhang_san)
    current = page.current_worker()
    assert current == {"id": zhang_san, "name": "张三", "deleted": True}
    row = page.model.row_of_worker(zhang_san)
    assert page.model.index(row, 0).data(DELETED_ROLE) is True
    assert not window.edit_action.isEnabled()
    assert not window.delete_action.isEnabled()
    assert window.restore_action.isEnabled()

    window.restore_action.trigger()
    assert workers.get(store, zhang_san)["deleted"] == 0
    assert page.current_worker() == {"id": zhang_san, "name": "张三", "deleted": False}
    qtbot.mouseClick(page.filter_bar.show_deleted, Qt.MouseButton.LeftButton)
    assert "张三" in shown_names(window)
    assert window.counts.text() == "共 121 人，显示 121 人"


def test_enter_and_double_click_ask_to_edit_the_selected_worker(
    qtbot: QtBot, store: Store, zhang_san: str
) -> None:
    page = WorkersPage(store)  # the page alone: which editor opens is the window's business
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.select_worker(zhang_san)
    page.view.setFocus()
    with qtbot.waitSignal(page.editRequested) as blocker:
        qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert blocker.args == [zhang_san]
    row = page.model.row_of_worker(zhang_san)
    rect = page.view.visualRect(page.model.index(row, 1))
    assert page.view.viewport().rect().contains(rect.center())
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(page.editRequested) as blocker:
        qtbot.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [zhang_san]


def test_backup_and_restore_through_the_menu(
    window: MainWindow, store: Store, boxes: Boxes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out" / "my-backup.db"
    target.parent.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    window.backup_action.trigger()
    assert check_backup_file(target) >= 1
    assert boxes.texts("information") == [f"已备份到：\n{target}"]

    later = workers.create(
        store, {"name": "李四", "id_number": make_id_number("510104", date(1990, 2, 3), 41)}
    )
    window.reload_all()
    assert "李四" in shown_names(window)

    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    boxes.answer = No
    window.restore_backup_action.trigger()
    assert workers.find_by_id_number(store, workers.get(store, later)["id_number"])
    boxes.answer = Yes
    window.restore_backup_action.trigger()
    assert "李四" not in shown_names(window)
    assert store.scalar("SELECT count(*) FROM workers WHERE id = ?", (later,)) == 0
    safety = list_backups(store.path, "before-restore")
    assert len(safety) == 1
    assert boxes.texts("information")[-1] == f"已从备份恢复。恢复前的数据已另存为：\n{safety[0]}"


def test_restore_refuses_a_file_that_is_not_a_backup(
    window: MainWindow, store: Store, boxes: Boxes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    junk = tmp_path / "notes.db"
    junk.write_text("not a database")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(junk), ""))
    )
    window.restore_backup_action.trigger()
    assert len(boxes.texts("warning")) == 1
    assert "不是 swdesk 数据文件" in boxes.texts("warning")[0]
    assert boxes.texts("question") == []
    assert len(shown_names(window)) == 121


def test_settings_set_the_operator_written_to_the_audit_log(
    qtbot: QtBot, window: MainWindow, store: Store, zhang_san: str, boxes: Boxes
) -> None:
    from swdesk.ui.settings_dialog import SettingsDialog

    window.settings_action.trigger()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.operator.setFocus()
    event = QInputMethodEvent()
    event.setCommitString("王小明")
    QApplication.sendEvent(dialog.operator, event)
    dialog.backup_keep.setValue(30)
    with qtbot.waitSignal(dialog.accepted):
        dialog.accept()
    assert store.setting("operator") == "王小明"
    assert store.setting("backup_keep") == 30
    window.workers_page.select_worker(zhang_san)
    window.delete_action.trigger()
    last = store.history("workers", [zhang_san])[-1]
    assert (last["action"], last["operator"]) == ("delete", "王小明")


def test_about_names_the_unit_and_files(
    window: MainWindow, store: Store, boxes: Boxes, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", staticmethod(lambda _p, _t, text: seen.append(text)))
    window.about_action.trigger()
    assert "测试街道（510104001）" in seen[0]
    assert str(store.path) in seen[0]
    assert "共 121 名社工，3 个村（社区）" in seen[0]


def test_settings_keep_weekly_monthly_backups_and_the_usb_reminder(
    window: MainWindow, store: Store, qtbot: QtBot
) -> None:
    from swdesk.services import removable_copy
    from swdesk.store import retention
    from swdesk.ui.settings_dialog import SettingsDialog

    store.set_setting("backup_keep_monthly", 6)
    window.settings_action.trigger()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None
    shown_values = {key: spin.value() for key, spin in dialog.numbers.items()}
    assert shown_values == {
        "backup_keep": 14,
        "backup_keep_weekly": 8,
        "backup_keep_monthly": 6,
        "removable_remind_days": 7,
    }
    dialog.numbers["backup_keep_weekly"].setValue(0)  # no weekly copies: the least allowed
    dialog.numbers["removable_remind_days"].setValue(0)  # below its least: the box holds 1
    with qtbot.waitSignal(dialog.accepted):
        dialog.accept()
    assert retention.Policy.of(store) == retention.Policy(daily=14, weekly=0, monthly=6)
    assert removable_copy.remind_days(store) == 1
