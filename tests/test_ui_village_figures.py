"""The 村（社区）page's reference figures: edit one village's, import all from Excel; a bad
figure or file shows why and saves nothing; a county file shows them read-only."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from ui_helpers import shown

from swdesk.store import Store, open_store, villages
from swdesk.store.unit import initialize
from swdesk.ui.villages_page import VillagesPage

VILLAGE = "510104001201"


def _figures(store: Store, code: str = VILLAGE) -> tuple[Any, ...]:
    row = store.query("SELECT * FROM villages WHERE code = ?", (code,))[0]
    return (
        row["registered_population"],
        row["resident_population"],
        row["elderly_population"],
        row["supported_elderly"],
    )


def test_figures_of_the_selected_village_are_edited_and_saved(qtbot: QtBot, store: Store) -> None:
    page = shown(qtbot, VillagesPage(store))
    box = page.figures
    assert not box.save_button.isEnabled()
    assert page.select_code(VILLAGE)
    assert box.save_button.isEnabled()
    qtbot.keyClicks(box.edits["registered_population"], "3200")
    qtbot.keyClicks(box.edits["resident_population"], "4100")
    qtbot.keyClicks(box.edits["elderly_population"], "abc650")  # letters are not taken
    with qtbot.waitSignal(page.changed, timeout=2000):
        qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    assert _figures(store) == (3200, 4100, 650, None)
    page.select_code("510104001001")
    assert box.edits["registered_population"].text() == ""
    page.select_code(VILLAGE)
    assert box.edits["elderly_population"].text() == "650"


def _sheet(path: Path, rows: list[list[Any]]) -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def test_figures_are_imported_from_excel(qtbot: QtBot, store: Store, tmp_path: Path) -> None:
    page = shown(qtbot, VillagesPage(store))
    path = _sheet(
        tmp_path / "人口.xlsx",
        [
            ["2024年各村（社区）人口"],
            ["村（社区）代码", "名称", "户籍人口", "60岁以上老年人口", "供养老人数"],
            [VILLAGE, "红星村", 1800, 420, 12],
            [510104001001, "和平社区", "5,600", None, 3],
            [None, "合计", 7400, 420, 15],
        ],
    )
    with qtbot.waitSignal(page.changed, timeout=2000):
        assert page.figures.import_file(path) == 2
    assert _figures(store) == (1800, None, 420, 12)
    assert _figures(store, "510104001001") == (5600, None, None, 3)


def test_a_bad_import_shows_why_and_changes_nothing(
    qtbot: QtBot, store: Store, tmp_path: Path
) -> None:
    page = shown(qtbot, VillagesPage(store))
    before = store.query("SELECT * FROM villages ORDER BY code")
    for rows, says in (
        (
            [["村（社区）代码", "户籍人口"], [VILLAGE, 100], ["510104001999", 50]],
            "第 2 行：村（社区）代码“510104001999”还没有登记",
        ),
        ([["村（社区）代码", "户籍人口"], [VILLAGE, -5]], "不能是负数"),
        ([["名称", "户籍人口"], ["红星村", 100]], "找不到“村（社区）代码”列"),
        ([["村（社区）代码", "名称"], [VILLAGE, "红星村"]], "没有户籍人口"),
    ):
        assert page.figures.import_file(_sheet(tmp_path / "bad.xlsx", rows)) is None
        assert says in page.figures.error.text()
        assert page.figures.error.isVisible()
        assert store.query("SELECT * FROM villages ORDER BY code") == before


def test_a_county_file_shows_figures_read_only(qtbot: QtBot, tmp_path: Path) -> None:
    with open_store(tmp_path / "county.db") as store:
        initialize(store, "county", "510104", "测试区")
        page = shown(qtbot, VillagesPage(store))
        assert not page.figures.import_button.isEnabled()
        page.figures.show_row({"id": "x", "registered_population": 10})
        assert page.figures.edits["registered_population"].text() == "10"
        assert page.figures.edits["registered_population"].isReadOnly()
        assert not page.figures.save_button.isEnabled()
        assert villages.list_all(store) == []
