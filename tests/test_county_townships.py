"""A county's own lists show and filter by 乡镇: two townships' same-name villages told apart,
the worker list with a township column and filter, exports with the column; a township's file
unchanged; and no action on a county that enters a township's worker files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_helpers import run
from county_townships import PEOPLE, A, B, fill, village_code
from openpyxl import load_workbook
from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot
from sync_fixtures import World
from ui_helpers import shown

from swdesk.services import roster
from swdesk.store import Store, county_views, workers
from swdesk.store.workers import WorkerFilter
from swdesk.ui.main_window import MainWindow
from swdesk.ui.villages_page import VillagesPage
from swdesk.ui.worker_model import NAME_ROLE
from swdesk.ui.workers_page import WorkersPage

EVERYONE = sorted(PEOPLE[A] + PEOPLE[B])


@pytest.fixture
def county(world: World) -> World:
    return fill(world)


def names_of(store: Store, flt: WorkerFilter) -> list[str]:
    rows = workers.fetch_rows(store, workers.search_rowids(store, flt))
    return sorted(r["name"] for r in rows.values())


def column(page: WorkersPage, title: str) -> list[str]:
    m = page.model
    col = [m.header_text(c) for c in range(m.columnCount())].index(title)
    return [m.index(r, col).data() for r in range(m.rowCount())]


def shown_people(page: WorkersPage) -> list[str]:
    m = page.model
    return sorted(m.index(r, 0).data(NAME_ROLE) for r in range(m.rowCount()))


def combo_items(combo: object) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]  # type: ignore[attr-defined]


# -- store ------------------------------------------------------------------------------------
def test_same_name_villages_are_told_apart_by_township(county: World) -> None:
    labels = [r["label"] for r in county_views.village_choices(county.county)]
    assert labels == [
        "甲镇 / 甲镇一社区",
        "甲镇 / 前进村",
        "甲镇 / 桃园村",
        "乙镇 / 乙镇一社区",
        "乙镇 / 前进村",
        "乙镇 / 桃园村",
    ]
    names = county_views.village_names(county.county)
    assert names[village_code(A, "前进村")] == "甲镇 / 前进村"
    assert names[village_code(B, "前进村")] == "乙镇 / 前进村"
    # A township's own names stay plain.
    assert county_views.village_names(county.a)[village_code(A, "前进村")] == "前进村"
    assert county_views.village_rows(county.a)[0]["name"] == "甲镇一社区"


def test_a_village_the_county_entered_belongs_to_the_township_its_code_names(
    county: World,
) -> None:
    from swdesk.store import villages

    villages.add(county.county, f"{B}301", "向阳村", "rural")
    assert county_views.village_townships(county.county)[f"{B}301"] == B


def test_worker_filter_by_township_narrows_to_one_township(county: World) -> None:
    c = county.county
    assert names_of(c, WorkerFilter()) == EVERYONE
    assert names_of(c, WorkerFilter(township=A)) == sorted(PEOPLE[A])
    assert names_of(c, WorkerFilter(township=B)) == sorted(PEOPLE[B])
    # With a village: only that township's 前进村, not the other's of the same name.
    assert names_of(c, WorkerFilter(township=B, village_code=village_code(B, "前进村"))) == [
        "李乙一"
    ]
    assert names_of(c, WorkerFilter(township=A, village_code=village_code(B, "前进村"))) == []


def test_workers_list_json_names_the_township_on_a_county_only(county: World) -> None:
    by_name = {r["name"]: r["township"] for r in workers.list_public(county.county)}
    assert by_name == {**dict.fromkeys(PEOPLE[A], A), **dict.fromkeys(PEOPLE[B], B)}
    assert "township" not in workers.list_public(county.a)[0]


# -- exports ----------------------------------------------------------------------------------
def sheet_rows(path: Path) -> list[list[object]]:
    wb = load_workbook(path, read_only=True)
    rows = [list(r) for r in wb.worksheets[0].iter_rows(values_only=True)]
    wb.close()
    return rows


def test_county_roster_export_has_a_township_column(county: World, tmp_path: Path) -> None:
    out = tmp_path / "县花名册.xlsx"
    assert roster.export_roster(county.county, out) == 5
    header, *rows = sheet_rows(out)
    assert header[:3] == ["序号", "乡镇（街道）", "姓名"]
    towns = {r[2]: r[1] for r in rows}
    assert towns == {**dict.fromkeys(PEOPLE[A], "甲镇"), **dict.fromkeys(PEOPLE[B], "乙镇")}
    # A township's roster is as before: no township column.
    mine = tmp_path / "甲镇花名册.xlsx"
    roster.export_roster(county.a, mine)
    assert sheet_rows(mine)[0][:2] == ["序号", "姓名"]


def test_county_compliance_export_names_the_township_of_each_village(
    county: World, tmp_path: Path
) -> None:
    from datetime import date

    from swdesk.formats import training_excel

    out = tmp_path / "达标.xlsx"
    training_excel.export_compliance(county.county, out, date(2026, 1, 1))
    rows = sheet_rows(out)
    col = rows[1].index("所在村（社区）")
    shown_villages = sorted(str(r[col]) for r in rows[2:] if r[0])
    assert shown_villages == sorted(
        ["甲镇 / 前进村", "甲镇 / 桃园村", "甲镇 / 前进村", "乙镇 / 前进村", "乙镇 / 桃园村"]
    )


# -- the worker list --------------------------------------------------------------------------
def test_county_worker_list_shows_and_filters_by_township(qtbot: QtBot, county: World) -> None:
    win = MainWindow(county.county)
    with qtbot.waitSignal(win.workers_page.setupFinished, timeout=3000):
        shown(qtbot, win)
    page = win.workers_page
    bar = page.filter_bar
    assert shown_people(page) == EVERYONE
    towns = dict(zip(column(page, "姓名"), column(page, "乡镇（街道）"), strict=True))
    assert towns == {**dict.fromkeys(PEOPLE[A], "甲镇"), **dict.fromkeys(PEOPLE[B], "乙镇")}
    assert bar.township.isVisible()
    assert combo_items(bar.township) == ["全部乡镇（街道）", "甲镇", "乙镇"]
    assert "甲镇 / 前进村" in combo_items(bar.village)
    assert "乙镇 / 前进村" in combo_items(bar.village)
    # Sorting by the township column works (it has a sort key).
    assert page.model.sortable(page.model.column_keys.index("township"))

    with qtbot.waitSignal(bar.filterChanged, timeout=3000):
        bar.township.setCurrentIndex(bar.township.findData(B))
    assert shown_people(page) == sorted(PEOPLE[B])
    assert set(column(page, "乡镇（街道）")) == {"乙镇"}
    # The village filter now offers only 乙镇's villages.
    assert combo_items(bar.village) == [
        "全部村（社区）",
        "乙镇 / 乙镇一社区",
        "乙镇 / 前进村",
        "乙镇 / 桃园村",
    ]
    with qtbot.waitSignal(bar.filterChanged, timeout=3000):
        bar.village.setCurrentIndex(bar.village.findData(village_code(B, "前进村")))
    assert shown_people(page) == ["李乙一"]
    assert win.counts.text() == "共 5 人，显示 1 人"
    with qtbot.waitSignal(bar.filterChanged, timeout=3000):
        bar.clear()
    assert shown_people(page) == EVERYONE


def test_township_worker_list_has_no_township_column_or_filter(qtbot: QtBot, county: World) -> None:
    win = shown(qtbot, MainWindow(county.a))
    page = win.workers_page
    assert "township" not in page.model.column_keys
    assert "乡镇（街道）" not in [
        page.model.header_text(c) for c in range(page.model.columnCount())
    ]
    assert not page.filter_bar.township.isVisible()
    assert "前进村" in combo_items(page.filter_bar.village)
    assert not any(" / " in t for t in combo_items(page.filter_bar.village))


# -- the training page -----------------------------------------------------------------------
def test_county_training_events_show_and_filter_by_township(qtbot: QtBot, world: World) -> None:
    from swdesk.store import training
    from swdesk.ui.training_page import TrainingPage

    training.add_event(world.a, {"title": "甲镇培训", "start_date": "2025-03-01", "hours": 6})
    training.add_event(world.b, {"title": "乙镇培训", "start_date": "2025-04-01", "hours": 6})
    fill(world)  # exports both townships (their events too) and imports them at the county
    page = shown(qtbot, TrainingPage(world.county))
    page.year_combo.setCurrentIndex(0)  # 全部年度
    m = page.model
    col = m.keys.index("township")
    assert m.header("township") == "乡镇（街道）"
    assert {m.index(r, 1).data(): m.index(r, col).data() for r in range(m.rowCount())} == {
        "甲镇培训": "甲镇",
        "乙镇培训": "乙镇",
    }
    assert page.town_combo.isVisibleTo(page)
    page.town_combo.setCurrentIndex(page.town_combo.findData(B))
    assert [m.index(r, 1).data() for r in range(m.rowCount())] == ["乙镇培训"]
    assert m.filtered()
    # The compliance list's village filter tells the same-name villages apart.
    items = combo_items(page.compliance.village)
    assert "甲镇 / 前进村" in items and "乙镇 / 前进村" in items
    # A township's events page has no township column or filter.
    mine = shown(qtbot, TrainingPage(world.a))
    assert "township" not in mine.model.keys and not mine.town_combo.isVisibleTo(mine)


# -- the villages page ------------------------------------------------------------------------
def table_texts(table: QTableWidget, visual_column: int) -> list[str]:
    col = table.horizontalHeader().logicalIndex(visual_column)
    return [table.item(r, col).text() for r in range(table.rowCount()) if not table.isRowHidden(r)]


def test_county_villages_page_shows_and_filters_by_township(qtbot: QtBot, county: World) -> None:
    page = shown(qtbot, VillagesPage(county.county))
    t = page.table
    first = t.horizontalHeader().logicalIndex(0)
    assert t.horizontalHeaderItem(first).text() == "乡镇（街道）"
    pairs = list(zip(table_texts(t, 0), table_texts(t, 2), strict=True))
    assert ("甲镇", "前进村") in pairs and ("乙镇", "前进村") in pairs
    combo = page.townships.combo
    with qtbot.waitSignal(page.townships.filterChanged, timeout=3000):
        combo.setCurrentIndex(combo.findData(A))
    assert set(table_texts(t, 0)) == {"甲镇"}
    assert sorted(table_texts(t, 2)) == sorted(["甲镇一社区", "前进村", "桃园村"])
    assert page.townships.shown() == 3
    page.reload()  # a refresh keeps the filter
    assert set(table_texts(t, 0)) == {"甲镇"}


def test_township_villages_page_has_no_township_column(qtbot: QtBot, county: World) -> None:
    page = shown(qtbot, VillagesPage(county.a))
    assert page.townships.bar is None
    headers = [page.table.horizontalHeaderItem(c).text() for c in range(page.table.columnCount())]
    assert "乡镇（街道）" not in headers


# -- no entry of township data on a county -----------------------------------------------------
def test_county_window_offers_no_action_that_enters_township_data(
    qtbot: QtBot, county: World
) -> None:
    win = shown(qtbot, MainWindow(county.county))
    for action in win.township_entry_actions():
        assert not action.isVisible() and not action.isEnabled(), action.text()
    toolbar_texts = [a.text() for a in win.toolbar.actions() if a.isVisible()]
    assert not {"新建档案…", "导入花名册…", "删除…"} & set(toolbar_texts)
    menu_texts = [a.text() for m in win.menuBar().actions() for a in m.menu().actions()]
    visible = [
        a.text() for m in win.menuBar().actions() for a in m.menu().actions() if a.isVisible()
    ]
    assert "导入花名册…" in menu_texts and "导入花名册…" not in visible
    assert "导出花名册…" in visible  # the county still exports what it holds
    # Selecting a worker does not bring delete back.
    win.workers_page.view.selectRow(0)
    assert not win.delete_action.isEnabled()
    town = shown(qtbot, MainWindow(county.a))
    assert all(a.isEnabled() or a is town.restore_action for a in (town.new_action,))
    assert town.import_action.isVisible() and town.new_action.isVisible()


def test_empty_county_list_says_the_townships_send_the_files(qtbot: QtBot, world: World) -> None:
    win = shown(qtbot, MainWindow(world.county))
    text = win.workers_page.empty.text()
    assert "乡镇送来的数据包" in text and "新建档案" not in text


# -- the command line -------------------------------------------------------------------------
def _digest(store: Store) -> list[tuple[object, ...]]:
    return [tuple(r) for r in store.conn.execute("SELECT id, version FROM workers ORDER BY id")]


def roster_of(source: Store, sheet: Path) -> Path:
    """``source``'s roster written to ``sheet``; returns its path for the command line."""
    roster.export_roster(source, sheet)
    return sheet


def test_cli_roster_import_on_a_county_exits_3_and_changes_nothing(
    capsys: pytest.CaptureFixture[str], county: World, tmp_path: Path
) -> None:
    sheet = roster_of(county.b, tmp_path / "乙镇花名册.xlsx")
    db = county.county.path
    before = _digest(county.county)
    audit = county.county.scalar("SELECT count(*) FROM audit_log")
    county.county.close()
    code, out, err = run(capsys, db, "workers", "import", str(sheet))
    assert code == 3
    assert "县里的数据文件汇总各乡镇报来的社工档案" in err and "乡镇（街道）的数据文件" in err
    assert out == ""
    code, _, err = run(capsys, db, "workers", "import", str(sheet), "--dry-run")
    assert code == 3 and "不在县里录入或导入档案" in err
    code, _, err = run(capsys, db, "demo", "--workers", "3")
    assert code == 3 and "不在县里录入或导入档案" in err
    from swdesk.store import open_store

    with open_store(db) as again:
        assert _digest(again) == before
        assert again.scalar("SELECT count(*) FROM audit_log") == audit
    # Reading is still offered, with each person's township.
    code, out, _ = run(capsys, db, "workers", "list")
    assert code == 0
    assert "甲镇\t张甲一" in out and "乙镇\t李乙一" in out
    code, out, _ = run(capsys, db, "workers", "list", "--json")
    rows = json.loads(out)
    assert {r["name"]: r["township_name"] for r in rows}["李乙二"] == "乙镇"
    code, _, _ = run(capsys, db, "workers", "export", str(tmp_path / "县.xlsx"))
    assert code == 0 and sheet_rows(tmp_path / "县.xlsx")[0][1] == "乡镇（街道）"


def test_cli_roster_import_on_a_township_still_imports(
    capsys: pytest.CaptureFixture[str], county: World, tmp_path: Path
) -> None:
    sheet = roster_of(county.a, tmp_path / "花名册.xlsx")
    county.a.close()
    db = county.a.path
    code, out, _ = run(capsys, db, "workers", "import", str(sheet), "--dry-run")
    assert code == 0 and "预览" in out
    code, out, _ = run(capsys, db, "workers", "list")
    assert not out.startswith("甲镇\t")


def test_county_opens_a_worker_file_read_only(qtbot: QtBot, county: World) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox

    from swdesk.ui.worker_editor import WorkerEditor

    win = shown(qtbot, MainWindow(county.county))
    assert win.edit_action.text() == "查看…"
    before = _digest(county.county)
    win.workers_page.view.selectRow(0)
    win.edit_current()
    dialog = win.findChild(WorkerEditor)
    assert dialog is not None and dialog.isVisible()
    assert "只读" in dialog.windowTitle()
    save = dialog.button_box.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isVisible() and not save.isEnabled()
    assert dialog.name_edit.isReadOnly() and not dialog.village_combo.isEnabled()
    assert not dialog.add_cert_button.isEnabled()
    assert dialog.history_button.isEnabled()  # reading the history is still offered
    # Ctrl+Enter (the editor's save shortcuts) is off; Enter closes without saving.
    from PySide6.QtGui import QShortcut

    assert dialog.findChildren(QShortcut)
    assert not any(s.isEnabled() for s in dialog.findChildren(QShortcut))
    with qtbot.assertNotEmitted(dialog.saved), qtbot.waitSignal(dialog.finished, timeout=3000):
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert _digest(county.county) == before
    # A township's own file still opens for editing.
    town = shown(qtbot, MainWindow(county.a))
    town.workers_page.view.selectRow(0)
    town.edit_current()
    mine = town.findChild(WorkerEditor)
    assert mine is not None and not mine.name_edit.isReadOnly()
    assert mine.button_box.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    mine.reject()
