"""A county's 学时达标 list says which township each person is in (townships share village
names), filters by it, and its Excel export and ``training status --json`` carry it too; a
township's list has no such column."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from cli_helpers import run
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sync_fixtures import World, idn, two_townships
from test_ui_training_ledger import compliance_page

from swdesk.formats.training_excel import export_compliance
from swdesk.store import Store, villages, workers
from swdesk.sync import merge
from swdesk.ui.compliance_view import COLUMN_KEYS
from swdesk.ui.enum_labels import select_data
from swdesk.ui.training_page import TrainingPage

pytestmark = pytest.mark.usefixtures("clean_qsettings")

CERT = {
    "level": "助理社会工作师",
    "obtained_date": "2024-03-01",
    "registration_date": "2024-03-01",
}


def _certified(t: Store, k: int, name: str, village: str) -> str:
    raw = {"name": name, "id_number": idn(k), "village_code": village, "status": "在岗"}
    return workers.create(t, raw, [CERT])


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    """甲镇 and 乙镇 each with a 前进村 and one certified worker there, synced to the county."""
    with two_townships(tmp_path) as w:
        for t, k, name in ((w.a, 1, "张甲"), (w.b, 2, "李乙")):
            villages.add(t, f"{t.unit_code}201", "前进村", "rural")
            _certified(t, k, name, f"{t.unit_code}201")
            assert merge.import_files(w.county, [w.export(t)])[0].accepted
        yield w


def _table(page: TrainingPage) -> list[dict[str, str]]:
    model = page.compliance.model
    heads = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    return [
        {h: model.index(r, c).data() for c, h in enumerate(heads)} for r in range(model.rowCount())
    ]


def test_the_county_list_shows_and_filters_by_township(world: World, qtbot: QtBot) -> None:
    page = compliance_page(qtbot, world.county)
    rows = _table(page)
    heads = list(rows[0])
    assert heads.index("乡镇（街道）") == heads.index("村（社区）") - 1
    assert sorted((r["姓名"], r["乡镇（街道）"], r["村（社区）"]) for r in rows) == [
        ("张甲", "甲镇", "甲镇 / 前进村"),
        ("李乙", "乙镇", "乙镇 / 前进村"),
    ]
    view = page.compliance
    assert view.township.isVisibleTo(page)
    assert select_data(view.township, world.b.unit_code)
    assert [r["姓名"] for r in _table(page)] == ["李乙"]
    assert "乙镇" in view.filter_text()
    assert view.counts.text().startswith("显示 1 人（共 1 人）")
    view.township.setCurrentIndex(0)
    assert len(_table(page)) == 2


def test_the_county_export_has_the_township_column(world: World, tmp_path: Path) -> None:
    from datetime import date

    out = tmp_path / "ce.xlsx"
    assert export_compliance(world.county, out, date(2025, 6, 1)) == 2
    ws = load_workbook(out).active
    assert ws is not None
    heads = [c.value for c in ws[2]]
    assert heads[:4] == ["姓名", "身份证号", "乡镇（街道）", "所在村（社区）"]
    shown = sorted((ws.cell(r, 1).value, ws.cell(r, 3).value) for r in (3, 4))
    assert shown == [("张甲", "甲镇"), ("李乙", "乙镇")]
    # the status column keeps its fill, one further right
    assert heads[11] == "状态"
    assert ws.cell(3, 12).fill.patternType == "solid" and ws.cell(3, 11).fill.patternType is None
    assert ws.cell(3, 6).number_format == "yyyy-mm-dd"  # 登记期开始, one further right


def test_the_county_status_json_names_each_persons_township(
    world: World, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    world.county.close()
    code, out, _ = run(capsys, tmp_path / "c.db", "training", "status", "--json")
    assert code == 0
    got = sorted((p["name"], p["township"], p["township_name"]) for p in json.loads(out))
    assert got == [
        ("张甲", f"{world.a.unit_code}", "甲镇"),
        ("李乙", f"{world.b.unit_code}", "乙镇"),
    ]


def test_a_township_list_and_export_have_no_township_column(
    world: World, qtbot: QtBot, tmp_path: Path
) -> None:
    from datetime import date

    page = compliance_page(qtbot, world.a)
    assert page.compliance.model.columns == list(COLUMN_KEYS)
    assert not page.compliance.township.isVisibleTo(page)
    out = tmp_path / "a.xlsx"
    export_compliance(world.a, out, date(2025, 6, 1))
    ws = load_workbook(out).active
    assert ws is not None
    assert [c.value for c in ws[2]][:3] == ["姓名", "身份证号", "所在村（社区）"]
