"""Rule messages on screen in English, through the real widgets: the roster wizard's row reasons,
refusals coming back from background jobs as message boxes, the sync page's refusals."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QInputDialog
from pytestqt.qtbot import QtBot
from roster_corpus import simple_roster
from sync_fixtures import World, add_worker
from ui_helpers import open_wizard, shown

from swdesk.core.idnumber import make_id_number
from swdesk.store import Store, exams, workers
from swdesk.sync import keys
from swdesk.ui.exam_page import ExamPage
from swdesk.ui.import_wizard import PAGE_START, RowsModel
from swdesk.ui.sync_county import CountySyncPage

GOOD = make_id_number("510104", date(1985, 3, 15), 123)
OTHER = make_id_number("510104", date(1990, 7, 1), 224)
BAD_CHECK = OTHER[:17] + ("0" if OTHER[17] != "0" else "1")

pytestmark = pytest.mark.usefixtures("clean_qsettings")


def xlsx(path: Path, rows: list[list[Any]]) -> Path:
    """A sheet whose first row is the header."""
    return simple_roster(path, [str(c) for c in rows[0]], rows[1:])


def test_roster_wizard_gives_each_row_reason_in_english(
    qtbot: QtBot, store: Store, tmp_path: Path, english: None
) -> None:
    path = xlsx(
        tmp_path / "花名册.xlsx",
        [
            ["姓名", "身份证号码", "所在村（社区）"],
            ["张三", GOOD, "幸福村"],
            ["李四", BAD_CHECK, "和平社区"],
            ["张三", GOOD, "和平社区"],
        ],
    )
    wizard = open_wizard(qtbot, store)
    assert wizard.load(path)
    assert wizard.tabs.tabText(1) == "Errors (3)"
    model = wizard.errors_model
    reasons = {
        model.index(r, 0).data(): (model.index(r, 1).data(), model.index(r, 3).data())
        for r in range(model.rowCount())
    }
    assert reasons == {
        2: (
            "所在村（社区）",  # the column as the file names it
            "Village/community “幸福村” is not in this unit's list of villages/communities. "
            "Add it under Village/Community first, or check the name.",
        ),
        3: (
            "身份证号码",
            "The check digit of the ID number is wrong (the last character should be "
            f"{OTHER[17]}); a digit may be mistyped, please check the number.",
        ),
        4: ("身份证号码", "Same ID number as row 2; each person may have only one row."),
    }
    assert model.index(2, 3).data(Qt.ItemDataRole.ToolTipRole) == reasons[4][1]
    rows = {
        wizard.rows_model.index(r, RowsModel.COL_ROW).data(): wizard.rows_model.index(
            r, RowsModel.COL_DETAIL
        ).data()
        for r in range(wizard.rows_model.rowCount())
    }
    # one style: the reason follows its column without a final stop of its own
    assert rows[4] == "身份证号码: Same ID number as row 2; each person may have only one row"
    assert rows[2].startswith("所在村（社区）: Village/community “幸福村” is not in")


def test_a_background_job_refusal_reaches_the_box_in_english(
    qtbot: QtBot, store: Store, tmp_path: Path, boxes: Any, english: None
) -> None:
    old = tmp_path / "花名册.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0")
    wizard = open_wizard(qtbot, store)
    assert not wizard.load(old)  # read in a thread: the RuleError comes back through the task
    assert boxes.texts("warning") == [
        "The old .xls format is not supported. Use “Save As” .xlsx in Excel or WPS, then import."
    ]
    assert wizard.pages.currentIndex() == PAGE_START


def test_exam_results_refused_in_english(
    qtbot: QtBot,
    store: Store,
    tmp_path: Path,
    boxes: Any,
    monkeypatch: pytest.MonkeyPatch,
    english: None,
) -> None:
    wid = workers.create(
        store,
        {
            "name": "张三",
            "id_number": GOOD,
            "village_code": "510104001001",
            "education": "大学本科",
            "sw_major": "是",
        },
    )
    exams.save_year(store, 2024, {"exam_dates": ["2024-10-26"]})
    exams.register_many(store, 2024, [wid], "初级")
    page = shown(qtbot, ExamPage(store), (1200, 700))
    sheet = xlsx(
        tmp_path / "成绩.xlsx",
        [
            ["身份证号", "科目", "成绩"],
            [GOOD[:-1], "社会工作综合能力（初级）", 70],
            [GOOD, "社会工作综合能力（初级）", 70],
            [GOOD, "社会工作综合能力（初级）", 71],
        ],
    )
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(sheet), ""))
    )
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert boxes.texts("warning") == [
        f"Scores not imported: Row 2: ID number “{GOOD[:-1]}” is wrong: An ID number has 18 "
        "digits (old numbers 15); this one has 17.; Row 4: the score of 张三 in “Social Work "
        "Comprehensive Competence (Primary)” is already in row 3."
    ]


def test_sync_page_refusals_in_english(
    qtbot: QtBot,
    world: World,
    tmp_path: Path,
    boxes: Any,
    monkeypatch: pytest.MonkeyPatch,
    english: None,
) -> None:
    add_worker(world.a, 1, "李四")
    good = world.export(world.a)
    cut = tmp_path / "cut.swsync"
    cut.write_bytes(good.read_bytes()[:-3])
    page = shown(qtbot, CountySyncPage(world.county))
    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileNames",
        staticmethod(lambda *a, **k: ([str(good), str(cut)], "")),
    )
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.preview is not None and page.preview.isVisible())
    preview = page.preview
    assert preview is not None
    notes = [preview.table.item(r, 9).text() for r in range(preview.table.rowCount())]
    incomplete = (
        "The file is incomplete (copying may have been interrupted or the USB stick pulled "
        "out). Ask the sender to export it again."
    )
    assert f"Refused: {incomplete}" in notes
    qtbot.mouseClick(
        preview.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: "Import finished" in page.message.text())
    lines = page.message.text().splitlines()
    assert f"Refused cut.swsync: {incomplete}" in lines
    assert (
        f"{good.name}: package no. 1 of 甲镇 (510411100) — new 2, updated 0, deleted 0, "
        "unchanged 0, conflicts 0"
    ) in lines

    # Restoring the county keys with the wrong passphrase: said under the buttons and in a box.
    backup = tmp_path / "keys.json"
    backup.write_bytes(keys.backup_bytes(world.county, "县局钥匙2025备份"))
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("wrong!!!", True)))
    assert not page.restore_keys_from(backup)
    wrong = "Wrong passphrase, or the backup file was altered; the keys were not restored."
    assert page.message.text() == wrong
    assert boxes.texts("warning") == [wrong]
