"""The 岗位与社工站 page through its widgets: set up a post, fill it, vacate it, record the 六有;
a refusal shows why in the dialog and writes nothing; a county file is read-only."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from ui_helpers import shown

from swdesk.core import enums
from swdesk.core import workforce as wf
from swdesk.core.idnumber import make_id_number
from swdesk.store import Store, open_store, posts, workers
from swdesk.store.unit import initialize
from swdesk.ui.date_input import to_qdate
from swdesk.ui.posts_page import PostsPage

VILLAGE = "510104001201"


def _cells(table: object, col: int) -> list[str]:
    t = table  # a QTableWidget
    return [t.item(r, col).text() for r in range(t.rowCount())]  # type: ignore[attr-defined]


def _person(store: Store, name: str, serial: int) -> str:
    return workers.create(
        store,
        {"name": name, "id_number": make_id_number("510104", date(1985, 3, 15), serial)},
        [
            {
                "level": enums.LEVEL_ASSISTANT,
                "obtained_on": "2020-06-01",
                "cert_number": f"Z{serial}",
            }
        ],
    )


def test_set_up_fill_and_vacate_a_post(qtbot: QtBot, store: Store) -> None:
    wid = _person(store, "张三", 11)
    page = shown(qtbot, PostsPage(store))
    assert _cells(page.units, 0) == ["测试街道", "和平社区", "新民社区", "红星村"]
    assert _cells(page.units, 6) == ["1", "2", "2", "1"]  # 还差: no posts yet
    dialog = page.add_dialog()
    dialog.unit.setCurrentIndex(dialog.unit.findData(VILLAGE))
    dialog.kind.setCurrentIndex(dialog.kind.findData(wf.POST_PART_TIME))
    dialog.date.setDate(to_qdate(date(2024, 1, 1)))
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.created
    page._written()
    assert _cells(page.units, 6)[3] == ""
    assert _cells(page.posts_table, 3) == ["（空缺）"]
    assert page.select_post(dialog.created)
    assert page.fill_button.isEnabled() and not page.vacate_button.isEnabled()
    fill = page.fill_dialog()
    assert fill is not None
    assert [fill.person.itemData(i) for i in range(fill.person.count())] == [wid]
    fill.date.setDate(to_qdate(date(2023, 12, 31)))
    fill.save()  # before the post was set up: refused, the dialog stays open
    assert not fill.error.isHidden() and "早于设岗日期" in fill.error.text()
    assert posts.holder_ids(store) == set()
    fill.date.setDate(to_qdate(date(2024, 1, 2)))
    fill.save()
    assert fill.result() == fill.DialogCode.Accepted
    page._written()
    assert _cells(page.posts_table, 3) == ["张三"]
    assert _cells(page.posts_table, 4) == ["助理社会工作师"]
    assert _cells(page.posts_table, 6) == [
        "兼职已超过2年"
    ]  # since 2024-01-02, more than 2 years ago
    page.select_post(dialog.created)
    assert page.vacate_button.isEnabled()
    vacate = page.vacate_dialog()
    assert vacate is not None
    vacate.date.setDate(to_qdate(date(2025, 6, 30)))
    vacate.save()
    page._written()
    assert posts.holder_ids(store) == set()
    assert _cells(page.posts_table, 3) == ["（空缺）"]


def test_a_refused_post_says_why_and_writes_nothing(qtbot: QtBot, store: Store) -> None:
    page = shown(qtbot, PostsPage(store))
    dialog = page.add_dialog()
    dialog.unit.clear()  # no unit chosen
    dialog.save()
    assert not dialog.error.isHidden() and "不是已登记的村（社区）代码" in dialog.error.text()
    assert posts.list_posts(store) == []


def test_the_station_checklist_is_recorded_and_judged(qtbot: QtBot, store: Store) -> None:
    page = shown(qtbot, PostsPage(store))
    assert "还没有登记社工站" in page.station_title.text()
    assert _cells(page.checklist, 1) == ["未完成"] * 6
    for item in wf.STATION_ITEMS:
        page.item.setCurrentIndex(page.item.findData(item))
        page.done.setDate(to_qdate(date(2024, 1, 10)))
        with qtbot.waitSignal(page.changed, timeout=2000):
            qtbot.mouseClick(page.record_button, Qt.MouseButton.LeftButton)
    assert _cells(page.checklist, 1) == ["2024-01-10"] * 6
    assert "“六有”完成 6/6" in page.station_title.text()
    assert "尚未达标" in page.station_title.text()  # nobody full-time at the station yet
    pid = posts.add(store, store.unit_code, wf.POST_FULL_TIME, opened_on=date(2024, 1, 1))
    posts.fill(store, pid, _person(store, "李四", 12), date(2024, 1, 1))
    page.reload()
    assert page.station_title.text().endswith("，达标")
    page.done.setDate(to_qdate(date(2099, 1, 1)))
    assert not page.record_item()
    assert page.error.isVisible() and "在今天之后" in page.error.text()


def test_a_county_file_shows_the_registers_read_only(qtbot: QtBot, tmp_path: Path) -> None:
    with open_store(tmp_path / "county.db") as store:
        initialize(store, "county", "510104", "测试区")
        page = shown(qtbot, PostsPage(store))
        for button in (page.add_button, page.fill_button, page.vacate_button, page.record_button):
            assert not button.isEnabled()
        assert page.units.rowCount() == 0
