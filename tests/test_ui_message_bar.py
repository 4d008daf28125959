"""Feedback where the eye is (the message bar on top of the page) and the window following the
page on screen (the status bar's count, the toolbar's actions)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFileDialog, QLabel
from pytestqt.qtbot import QtBot
from test_ui_import_wizard import GOOD_ROWS, write_roster
from ui_helpers import shown, type_chinese

from swdesk.core.idnumber import make_id_number
from swdesk.services import demo
from swdesk.store import Store, villages, workers
from swdesk.ui import styles
from swdesk.ui.main_window import PAGE_VILLAGES, PAGE_WORKERS, MainWindow
from swdesk.ui.message_bar import ERROR, INFO, SUCCESS, MessageBar, tell
from swdesk.ui.worker_editor import WorkerEditor

pytestmark = pytest.mark.usefixtures("clean_qsettings")

NEW_ID = make_id_number("510104", date(1991, 3, 8), 135)


@pytest.fixture
def window(qtbot: QtBot, store: Store) -> MainWindow:
    demo.fill(store, 30, seed=5)
    win = MainWindow(store)
    with qtbot.waitSignal(win.workers_page.setupFinished, timeout=3000):
        shown(qtbot, win)
    return win


def toolbar_texts(win: MainWindow) -> list[str]:
    return [a.text() for a in win.toolbar.actions() if not a.isSeparator()]


def background(bar: MessageBar) -> QColor:
    """The colour painted just inside the bar's border (left of the text's margin)."""
    image = bar.grab().toImage()
    return image.pixelColor(4, image.height() // 2)


def save_new_worker(qtbot: QtBot, win: MainWindow, name: str) -> str:
    """新建档案 through the toolbar, a name and an ID number typed, 保存 clicked."""
    new_button = win.toolbar.widgetForAction(win.new_action)
    qtbot.mouseClick(new_button, Qt.MouseButton.LeftButton)
    editor = win.findChild(WorkerEditor)
    assert editor is not None
    qtbot.waitExposed(editor)
    type_chinese(editor.name_edit, name, focus=True)
    editor.id_edit.setText(NEW_ID)
    with qtbot.waitSignal(editor.saved, timeout=3000) as blocker:
        qtbot.mouseClick(editor.button_box.buttons()[0], Qt.MouseButton.LeftButton)
    return str(blocker.args[0])


# -- the bar ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("kind", "colour"),
    [
        (SUCCESS, styles.DONE_BACKGROUND),
        (INFO, styles.NEUTRAL_BACKGROUND),
        (ERROR, styles.ERROR_BACKGROUND),
    ],
)
def test_each_kind_paints_its_own_colour(qtbot: QtBot, kind: str, colour: str) -> None:
    bar = MessageBar()
    qtbot.addWidget(bar)
    bar.resize(400, 40)
    bar.show_message("已保存。", kind)
    assert bar.isVisible() and bar.kind() == kind
    assert background(bar) == QColor(colour)
    # Switching kind on the same bar repaints it (a dynamic property needs a re-polish).
    other = ERROR if kind != ERROR else SUCCESS
    bar.show_message("又一条。", other)
    assert background(bar) != QColor(colour)


def test_an_unknown_kind_is_refused_and_changes_nothing(qtbot: QtBot) -> None:
    bar = MessageBar()
    qtbot.addWidget(bar)
    bar.show_message("已保存。", SUCCESS)
    with pytest.raises(ValueError, match="unknown message kind"):
        bar.show_message("?", "warning")
    assert bar.kind() == SUCCESS and bar.text.text() == "已保存。"


def test_the_close_button_and_the_action_button_clear_the_bar(qtbot: QtBot) -> None:
    bar = MessageBar()
    qtbot.addWidget(bar)
    bar.show()
    pressed: list[bool] = []
    bar.show_message("已保存。", INFO, ("显示", lambda: pressed.append(True)))
    assert bar.action_button.isVisible() and bar.action_button.text() == "显示"
    qtbot.mouseClick(bar.action_button, Qt.MouseButton.LeftButton)
    assert pressed == [True] and not bar.isVisible()
    bar.show_message("已导出。")
    assert not bar.action_button.isVisible()  # an earlier message's button does not linger
    qtbot.mouseClick(bar.close_button, Qt.MouseButton.LeftButton)
    assert not bar.isVisible() and pressed == [True]


def test_tell_finds_the_bar_of_the_window_a_page_is_in(qtbot: QtBot, window: MainWindow) -> None:
    window.nav.setCurrentRow(PAGE_VILLAGES)
    assert tell(window.villages_page, "已保存村（社区）。", ERROR)
    bar = window.message_bar
    assert bar.isVisible() and bar.text.text() == "已保存村（社区）。" and bar.kind() == ERROR
    lonely = QLabel("在窗口之外")  # a widget in no window with a bar
    qtbot.addWidget(lonely)
    assert not tell(lonely, "无处可说")


# -- in the window ------------------------------------------------------------------------
def test_saving_a_worker_says_so_on_top_of_the_page(qtbot: QtBot, window: MainWindow) -> None:
    bar = window.message_bar
    assert not bar.isVisible()
    worker_id = save_new_worker(qtbot, window, "柳青青")
    assert bar.isVisible() and bar.text.text() == "已保存。" and bar.kind() == SUCCESS
    assert not bar.action_button.isVisible()
    assert window.workers_page.current_worker()["id"] == worker_id  # type: ignore[index]
    # Above the page, inside the window, not in the status bar.
    assert (
        bar.mapTo(window, bar.rect().topLeft()).y()
        < window.stack.mapTo(window, window.stack.rect().topLeft()).y()
    )
    assert window.statusBar().currentMessage() == ""
    # The next action clears it.
    window.refresh_action.trigger()
    assert not bar.isVisible()


def test_a_saved_worker_hidden_by_the_search_is_offered_with_show(
    qtbot: QtBot, window: MainWindow
) -> None:
    search = window.workers_page.filter_bar.search
    with qtbot.waitSignal(window.workers_page.countsChanged, timeout=3000):
        search.setText("zzzz")  # matches nobody
        window.workers_page.filter_bar.flush()
    assert window.workers_page.model.rowCount() == 0
    worker_id = save_new_worker(qtbot, window, "柳青青")
    bar = window.message_bar
    assert bar.kind() == INFO and "不符合当前的搜索或筛选条件" in bar.text.text()
    assert bar.action_button.isVisible() and bar.action_button.text() == "显示"
    assert window.workers_page.current_worker() is None
    qtbot.mouseClick(bar.action_button, Qt.MouseButton.LeftButton)
    assert search.text() == "" and not window.workers_page.filter_bar.is_filtered()
    assert window.workers_page.current_worker()["id"] == worker_id  # type: ignore[index]
    assert window.counts.text() == "共 31 人，显示 31 人"
    assert not bar.isVisible()


def test_a_saved_worker_the_list_shows_is_not_offered_show(
    qtbot: QtBot, window: MainWindow
) -> None:
    type_chinese(window.workers_page.filter_bar.search, "柳", focus=True)
    window.workers_page.filter_bar.flush()
    save_new_worker(qtbot, window, "柳青青")
    assert window.message_bar.text.text() == "已保存。"
    assert not window.message_bar.action_button.isVisible()


def test_delete_and_restore_are_answered_in_the_bar(
    window: MainWindow, store: Store, boxes: Any
) -> None:
    worker_id = workers.create(store, {"name": "柳青青", "id_number": NEW_ID})
    window.workers_page.reload(select_id=worker_id)
    window.delete_action.trigger()
    assert window.message_bar.text.text() == "已删除 柳青青 的档案。"
    assert window.message_bar.kind() == SUCCESS
    window.workers_page.filter_bar.show_deleted.setChecked(True)
    assert window.workers_page.select_worker(worker_id)
    window.restore_action.trigger()
    assert window.message_bar.text.text() == "已恢复 柳青青 的档案。"


def test_an_import_is_answered_in_the_bar(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    from swdesk.ui.import_wizard import ImportWizard

    roster = write_roster(tmp_path / "roster.xlsx", GOOD_ROWS)
    window.import_action.trigger()
    wizard = window.findChild(ImportWizard)
    assert wizard is not None and wizard.load(roster)
    with qtbot.waitSignal(wizard.imported, timeout=10000):
        qtbot.mouseClick(wizard.import_button, Qt.MouseButton.LeftButton)
    assert window.message_bar.isVisible() and window.message_bar.kind() == SUCCESS
    assert window.message_bar.text.text().startswith("导入完成：新增 2 人")
    assert "\n" not in window.message_bar.text.text()
    wizard.close()


def test_export_confirmation_in_the_bar(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "花名册.xlsx"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "Excel 文件 (*.xlsx)")
    )
    window.export_action.trigger()
    assert out.exists()
    assert window.message_bar.kind() == SUCCESS
    assert window.message_bar.text.text() == f"已导出 30 人到：{out}"


def test_a_failed_daily_backup_shows_red(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from swdesk.ui import file_health

    def refuse(_store: Store) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(file_health.backup, "daily_backup", refuse)
    task = file_health.start_checks(window, window.store)
    qtbot.waitUntil(lambda: window.message_bar.isVisible(), timeout=5000)
    task.wait()
    assert window.message_bar.kind() == ERROR
    assert window.message_bar.text.text().startswith("今天的自动备份没有成功")


# -- the window follows the page ----------------------------------------------------------
def test_status_count_follows_the_page(qtbot: QtBot, window: MainWindow, store: Store) -> None:
    assert window.counts.text() == "共 30 人，显示 30 人"
    window.nav.setCurrentRow(PAGE_VILLAGES)
    n = len(villages.list_all(store))
    assert window.counts.text() == f"共 {n} 个村（社区）"
    window.nav.setCurrentRow(PAGE_WORKERS)
    assert window.counts.text() == "共 30 人，显示 30 人"
    workers.create(store, {"name": "柳青青", "id_number": NEW_ID})
    with qtbot.waitSignal(window.workers_page.countsChanged, timeout=3000):
        window.refresh_action.trigger()
    assert window.counts.text() == "共 31 人，显示 31 人"


def test_status_count_follows_the_training_page_while_on_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.nav.setCurrentRow(window.page_training)
    page = window.training_page
    listed = len(page.model.rows)
    assert window.counts.text() == f"列出 {listed} 次培训"
    with qtbot.waitSignal(page.countsChanged, timeout=3000):
        page.search_edit.setText("zzzz")  # no event matches
    assert window.counts.text() == "列出 0 次培训"


def test_status_count_follows_the_exam_page(qtbot: QtBot, window: MainWindow, store: Store) -> None:
    from swdesk.store import exams

    def person(n: int) -> str:
        return workers.create(
            store,
            {
                "name": f"考生{'一二'[n]}",
                "id_number": make_id_number("510104", date(1980, 1, 1 + n), 400 + n),
                "village_code": "510104001001",
                "education": "大学本科",
                "sw_major": "是",
            },
        )

    exams.save_year(store, 2024, {"exam_dates": ["2024-10-26"], "results_date": "2024-12-20"})
    exams.register(store, 2024, person(0), "初级")
    window.nav.setCurrentRow(3)
    assert window.counts.text() == "2024 年报名 1 人"
    exams.register(store, 2024, person(1), "初级")
    with qtbot.waitSignal(window.stack.currentWidget().countsChanged, timeout=3000):
        window.refresh_action.trigger()
    assert window.counts.text() == "2024 年报名 2 人"
    window.nav.setCurrentRow(PAGE_WORKERS)
    assert window.counts.text() == "共 32 人，显示 32 人"


def test_toolbar_shows_the_page_actions_and_the_global_ones(window: MainWindow) -> None:
    worker_actions = ["新建档案…", "编辑…", "删除…", "修改历史…", "导入花名册…", "导出花名册…"]
    texts = toolbar_texts(window)
    assert [t for t in texts if t in worker_actions] == worker_actions
    assert texts[-1] == "刷新"
    window.nav.setCurrentRow(PAGE_VILLAGES)
    assert toolbar_texts(window) == ["刷新"]
    # The worker actions left the toolbar, not the menu: their shortcuts still work.
    assert window.new_action in window.menuBar().actions()[1].menu().actions()
    window.nav.setCurrentRow(PAGE_WORKERS)
    assert toolbar_texts(window) == texts


def test_switching_pages_clears_the_message(window: MainWindow) -> None:
    window.show_message("已保存。")
    window.nav.setCurrentRow(PAGE_VILLAGES)
    assert not window.message_bar.isVisible()
