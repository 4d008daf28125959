"""The villages page through its widgets: add, rename, remove; bad input shows why and saves nothing."""

from __future__ import annotations

from datetime import date

import pytest
import ui_helpers
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot
from ui_helpers import record_boxes, shown

from swdesk.core.idnumber import make_id_number
from swdesk.store import Store, villages, workers
from swdesk.ui.main_window import MainWindow
from swdesk.ui.villages_page import VillagesPage


@pytest.fixture
def page(qtbot: QtBot, store: Store) -> VillagesPage:
    return shown(qtbot, VillagesPage(store))


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    return record_boxes(monkeypatch, ("question",))


def type_chinese(edit: QLineEdit, text: str) -> None:
    ui_helpers.type_chinese(edit, text, focus=True)


def fill(qtbot: QtBot, page: VillagesPage, code: str, name: str, kind: str) -> None:
    page.clear_form()
    qtbot.keyClicks(page.code, code)
    type_chinese(page.name, name)
    page.kind.setCurrentIndex(page.kind.findData(kind))


def table(page: VillagesPage) -> list[list[str]]:
    t = page.table
    return [[t.item(r, c).text() for c in range(4)] for r in range(t.rowCount())]


def test_lists_villages_with_kind_and_worker_counts(qtbot: QtBot, store: Store) -> None:
    workers.create(
        store,
        {
            "name": "张三",
            "id_number": make_id_number("510104", date(1988, 5, 17), 31),
            "village_code": "510104001201",
        },
    )
    page = VillagesPage(store)
    qtbot.addWidget(page)
    assert table(page) == [
        ["510104001001", "和平社区", "社区", "0"],
        ["510104001002", "新民社区", "社区", "0"],
        ["510104001201", "红星村", "村", "1"],
    ]


def test_add_through_the_form(qtbot: QtBot, page: VillagesPage, store: Store) -> None:
    fill(qtbot, page, "510104001202", "青杠村", "rural")
    with qtbot.waitSignal(page.changed):
        qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert not page.error.isVisible()
    assert ["510104001202", "青杠村", "村", "0"] in table(page)
    assert villages.names_by_code(store)["510104001202"] == "青杠村"
    assert page.code.text() == "" and page.name.text() == ""  # ready for the next one


@pytest.mark.parametrize(
    ("code", "name", "reason"),
    [
        ("51010400120", "青杠村", "应为12位数字的统计用区划代码"),
        ("510104001000", "青杠村", "末三位为000，是乡镇代码"),
        ("510104001001", "另一个社区", "已经登记为“和平社区”，不能重复添加"),
        ("510104001203", "", "名称不能为空"),
    ],
)
def test_bad_input_shows_the_reason_and_saves_nothing(
    qtbot: QtBot, page: VillagesPage, store: Store, code: str, name: str, reason: str
) -> None:
    before = villages.list_all(store)
    audit_before = store.scalar("SELECT count(*) FROM audit_log")
    page.clear_form()
    qtbot.keyClicks(page.code, code)
    if name:
        type_chinese(page.name, name)
    qtbot.keyClick(page.code, Qt.Key.Key_Return)  # Enter adds, like the button
    assert page.error.isVisible()
    assert reason in page.error.text()
    assert villages.list_all(store) == before
    assert store.scalar("SELECT count(*) FROM audit_log") == audit_before
    assert len(table(page)) == 3
    qtbot.keyClicks(page.code, "1")  # typing again hides the old reason
    assert not page.error.isVisible()


def test_rename_keeps_the_code(qtbot: QtBot, page: VillagesPage, store: Store) -> None:
    page.table.selectRow(2)
    assert page.code.text() == "510104001201"
    assert page.code.isReadOnly()
    assert not page.add_button.isEnabled()
    page.name.clear()
    type_chinese(page.name, "红星社区")
    page.kind.setCurrentIndex(page.kind.findData("urban"))
    with qtbot.waitSignal(page.changed):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert ["510104001201", "红星社区", "社区", "0"] in table(page)
    assert villages.names_by_code(store)["510104001201"] == "红星社区"


def test_rename_to_empty_is_refused(qtbot: QtBot, page: VillagesPage, store: Store) -> None:
    page.table.selectRow(0)
    page.name.clear()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "名称不能为空" in page.error.text()
    assert villages.names_by_code(store)["510104001001"] == "和平社区"


def test_remove_asks_and_refuses_while_workers_live_there(
    qtbot: QtBot, page: VillagesPage, store: Store, answers: list[str]
) -> None:
    workers.create(
        store,
        {
            "name": "张三",
            "id_number": make_id_number("510104", date(1988, 5, 17), 31),
            "village_code": "510104001001",
        },
    )
    page.reload()
    page.table.selectRow(0)
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert answers == ["确定删除“和平社区”（510104001001）吗？"]
    assert "还有 1 名社工的档案" in page.error.text()
    assert "510104001001" in villages.names_by_code(store)
    assert len(table(page)) == 3

    page.table.selectRow(1)
    with qtbot.waitSignal(page.changed):
        qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert [row[0] for row in table(page)] == ["510104001001", "510104001201"]
    assert not villages.exists(store, "510104001002")


def test_a_new_village_appears_in_the_worker_filter(qtbot: QtBot, store: Store) -> None:
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.nav.setCurrentRow(1)
    fill(qtbot, window.villages_page, "510104001202", "青杠村", "rural")
    qtbot.mouseClick(window.villages_page.add_button, Qt.MouseButton.LeftButton)
    combo = window.workers_page.filter_bar.village
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "全部村（社区）",
        "和平社区",
        "新民社区",
        "红星村",
        "青杠村",
    ]
