"""The 指标 page: figures as of a date, statuses in words, the charts and the drill-down, on a
township file and on a county file with a township that has not synced."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from indicator_samples import sample_report
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sync_fixtures import add_worker, idn, two_townships
from ui_helpers import shown

from swdesk.core.enums import LEVEL_ASSISTANT, LEVEL_SOCIAL_WORKER
from swdesk.services.indicator_dashboard import Dashboard
from swdesk.store import Store, workers
from swdesk.sync import merge
from swdesk.ui import styles
from swdesk.ui.indicators_page import IndicatorsPage
from swdesk.ui.main_window import MainWindow
from swdesk.ui.table_model import DISPLAY_ROLE

pytestmark = pytest.mark.usefixtures("clean_qsettings")
DECORATION = 1


def certified(store: Store, name: str, id_number: str, village: str, level: str) -> str:
    wid = workers.create(
        store, {"name": name, "id_number": id_number, "village_code": village, "status": "在岗"}
    )
    workers.add_certificate(store, wid, {"level": level, "obtained_date": "2024-05-01"})
    return wid


@pytest.fixture
def people(store: Store) -> dict[str, str]:
    """和平社区: two certified (meets 2); 新民社区: one (short by one); 红星村: none."""
    return {
        "张三": certified(store, "张三", idn(1), "510104001001", LEVEL_ASSISTANT),
        "李四": certified(store, "李四", idn(2), "510104001001", LEVEL_SOCIAL_WORKER),
        "王五": certified(store, "王五", idn(3), "510104001002", LEVEL_ASSISTANT),
    }


def open_page(qtbot: QtBot, store: Store) -> IndicatorsPage:
    page = shown(qtbot, IndicatorsPage(store), (1000, 650))
    with qtbot.waitSignal(page.loaded, timeout=20000):
        page.reload()
    return page


def cell(page: IndicatorsPage, row: int, column: str, role: int = DISPLAY_ROLE) -> Any:
    return page.model.data(page.model.index(row, page.model.columns.index(column)), role)


def test_the_bars_show_each_village_against_its_target(
    qtbot: QtBot, store: Store, people: dict[str, str]
) -> None:
    page = open_page(qtbot, store)
    units = {u.name: (u.certified, u.target) for u in page.units_chart.units}
    assert units == {"和平社区": (2, 2), "新民社区": (1, 2), "红星村": (0, 1)}
    # A village below its target is drawn in the other set, so its shortfall shows.
    assert page.units_chart.short is not None and page.units_chart.bars is not None
    assert [page.units_chart.short.at(i) for i in range(3)] == [0, 1, 0]
    assert [page.units_chart.bars.at(i) for i in range(3)] == [2, 0, 0]
    assert page.model.row_count() == len(page.dashboard.report.results) > 0
    assert "项指标" in page.status_count()


def test_a_bar_lists_the_people_behind_it_and_opens_a_file(
    qtbot: QtBot, store: Store, people: dict[str, str]
) -> None:
    page = open_page(qtbot, store)
    index = [u.name for u in page.units_chart.units].index("和平社区")
    page.units_chart.bars.clicked.emit(index)  # the bar set's own click signal
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    names = [dialog.model.text(r, "name") for r in dialog.model.rows]
    assert names == ["张三", "李四"]
    assert [dialog.model.text(r, "village") for r in dialog.model.rows] == ["和平社区"] * 2
    assert not dialog.open_button.isEnabled()
    dialog.table.setCurrentIndex(dialog.model.index(1, 0))
    assert dialog.open_button.isEnabled()
    with qtbot.waitSignal(page.workerRequested) as opened:
        dialog.open_button.click()
    assert opened.args == [people["李四"]]


def test_a_row_lists_the_people_counted_in_it(
    qtbot: QtBot, store: Store, people: dict[str, str]
) -> None:
    page = open_page(qtbot, store)
    rows = page.model.rows
    i = next(i for i, r in enumerate(rows) if r.people)
    dialog = page.show_row_people(page.model.index(i, 0))
    assert dialog is not None
    ids = {r[0] for r in dialog.model.rows}
    assert ids == set(rows[i].people) and ids <= set(people.values())


def test_last_year_end_recomputes_as_of_that_date(
    qtbot: QtBot, store: Store, people: dict[str, str]
) -> None:
    page = open_page(qtbot, store)
    with qtbot.waitSignal(page.loaded, timeout=20000):
        page.year_end_button.click()
    end = date(date.today().year - 1, 12, 31)
    assert page.dashboard.report.at == end
    # Certificates obtained in May 2024 count at any year end from 2024 on, none before.
    expected = 3 if end.year >= 2024 else 0
    assert sum(u.certified for u in page.units_chart.units) == expected
    with qtbot.waitSignal(page.loaded, timeout=20000):
        page.today_button.click()
    assert page.dashboard.report.at == date.today()


def test_statuses_are_words_beside_the_light(qtbot: QtBot, store: Store) -> None:
    page = shown(qtbot, IndicatorsPage(store), (1000, 650))
    with qtbot.waitSignal(page.loaded, timeout=20000):
        page.reload()
    page._loaded(Dashboard(sample_report(), {}, {}))
    words = [cell(page, i, "status") for i in range(4)]
    assert words == ["达标", "未达目标（估算）", "未设目标", "无数据"]
    lights = [cell(page, i, "status", DECORATION).name() for i in range(4)]
    assert lights == [
        styles.LIGHT_MET,
        styles.LIGHT_ESTIMATED,
        styles.LIGHT_NONE,
        styles.LIGHT_NONE,
    ]
    assert cell(page, 0, "gap") == "0%" and cell(page, 1, "gap") == "1个"


def test_the_models_pass_qt_checks(
    qtbot: QtBot, store: Store, people: dict[str, str], qtmodeltester: Any
) -> None:
    page = open_page(qtbot, store)
    qtmodeltester.check(page.model)
    dialog = page.show_unit_people(0)
    assert dialog is not None
    qtmodeltester.check(dialog.model)


def test_the_report_is_exported_from_the_page(
    qtbot: QtBot, store: Store, people: dict[str, str], tmp_path: Path
) -> None:
    page = open_page(qtbot, store)
    out = tmp_path / "统计表.xlsx"
    assert page.write_report(out)
    wb = load_workbook(out)
    names = [wb["持证社工名单"].cell(row=r, column=2).value for r in range(4, 7)]
    assert sorted(names) == ["张三", "李四", "王五"]
    refused = tmp_path / "统计表.docx"
    assert not page.write_report(refused)
    assert not refused.exists() and "只能导出为" in page.status.text()


def test_the_main_window_offers_the_page(qtbot: QtBot, store: Store) -> None:
    win = shown(qtbot, MainWindow(store), (1200, 700))
    titles = [win.nav.item(i).text() for i in range(win.nav.count())]
    assert "指标" in titles
    page = win.page(win.page_indicators)
    with qtbot.waitSignal(page.loaded, timeout=20000):
        win.nav.setCurrentRow(win.page_indicators)
    assert win.counts.text() == page.status_count()


def test_a_county_filters_by_township_and_flags_one_never_synced(
    qtbot: QtBot, tmp_path: Path
) -> None:
    with two_townships(tmp_path) as w:
        wid = add_worker(w.a, 1, "赵一")
        workers.add_certificate(w.a, wid, {"level": LEVEL_ASSISTANT, "obtained_date": "2024-01-02"})
        merge.import_files(w.county, [w.export(w.a, full=True)])
        page = open_page(qtbot, w.county)
        a, b = w.a.unit_code, w.b.unit_code
        assert page.model.columns[0] == "township"
        assert [page.township.itemData(i) for i in range(page.township.count())] == ["", a, b]
        assert page.dashboard.report.stale_townships == (b,)  # 乙镇 never sent a package
        assert page.stale_note.isVisible() and "乙镇" in page.stale_note.text()
        bars = page.units_chart.chart_.axes(Qt.Orientation.Horizontal)[0].categories()
        assert bars == [f"甲镇·{u.name}" for u in page.units_chart.units]  # whose 社区 it is
        page.township.setCurrentIndex(1)
        assert {r.township for r in page.model.rows} == {a}
        assert {u.township for u in page.units_chart.units} == {a}
        page.township.setCurrentIndex(2)
        assert {r.township for r in page.model.rows} == {b}
        assert cell(page, 0, "township") == "乙镇（数据过期）"
        assert cell(page, 0, "township", 9).name() == styles.WARNING
        page.township.setCurrentIndex(0)
        assert page.model.rows[0].township is None  # 全县 lists the county's own rows first
        assert cell(page, 0, "township") == "全县"
