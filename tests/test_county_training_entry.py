"""A county file offers no way to enter a township's trainings or attendance: they are
recorded by the townships and arrive in their packages. The 培训 page shows the events, with
no 新建培训 / 编辑 / 删除 / 记录签到 / 导入签到表 / 删除这条签到, and the command line refuses the
same writes (exit 3, a reason, nothing changed)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from cli_helpers import run
from openpyxl import Workbook
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sync_fixtures import World, add_worker, idn, two_townships
from ui_helpers import shown

from swdesk.store import Store, training, workers
from swdesk.sync import merge
from swdesk.ui.training_page import TrainingPage

pytestmark = pytest.mark.usefixtures("clean_qsettings")


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    """A county holding 甲镇's one training with one attendee (from 甲镇's package)."""
    with two_townships(tmp_path) as w:
        wid = add_worker(w.a, 1)
        event = training.add_event(
            w.a, {"title": "儿童保护专题培训", "start_date": "2025-05-10", "hours": 6}
        )
        training.attend(w.a, event, [wid])
        add_worker(w.a, 2, name="李四")
        assert merge.import_files(w.county, [w.export(w.a)])[0].accepted
        yield w


def _dump(path: Path) -> list[list[tuple[object, ...]]]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [
            conn.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall()
            for t in (
                "training_events",
                "training_records",
                "training_costs",
                "workers",
                "audit_log",
            )
        ]
    finally:
        conn.close()


def _sheet(path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["身份证号", "姓名", "学时"])
    ws.append([idn(2), "李四", 6])
    wb.save(path)
    return path


def test_the_county_command_line_refuses_trainings_and_attendance(
    world: World, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    county_path = tmp_path / "c.db"
    (event,) = training.list_events(world.county)
    world.county.close()
    before = _dump(county_path)
    sheet = _sheet(tmp_path / "sign.xlsx")
    for argv in (
        ("training", "add-event", "--title", "社区治理研讨", "--start", "2025-06-01", "--hours", "6"),
        ("training", "attend", "--event", event["id"], "--id-number", idn(2)),
        ("training", "import", str(sheet), "--event", event["id"]),
        ("training", "import", str(sheet), "--title", "新培训", "--start", "2025-06-01",
         "--hours", "3"),
        ("training", "demo"),
        ("training", "cost", "--event", event["id"], "--id-number", idn(1), "--amount", "380"),
    ):  # fmt: skip
        code, out, err = run(capsys, county_path, *argv)
        assert (code, out) == (3, ""), argv
        assert "县里的数据文件汇总各乡镇报来的培训、签到和培训费用，不在县里登记这些记录" in err
    assert _dump(county_path) == before
    # reading still works on the county
    assert run(capsys, county_path, "training", "status", "--json")[0] == 0


def test_the_same_commands_still_work_on_a_township(
    world: World, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (event,) = training.list_events(world.a)
    world.a.close()
    code, out, _ = run(
        capsys, tmp_path / "a.db", "training", "attend", "--event", event["id"], "--id-number",
        idn(2),
    )  # fmt: skip
    assert code == 0 and "已记录：李四" in out


def _page(qtbot: QtBot, store: Store) -> TrainingPage:
    page = shown(qtbot, TrainingPage(store), (1100, 700))
    page.view.selectRow(0)
    return page


def test_the_county_training_page_offers_no_entry(world: World, qtbot: QtBot) -> None:
    page = _page(qtbot, world.county)
    assert page.model.rowCount() == 1
    assert all(b.isHidden() for b in page.township_entry_buttons())
    assert not page.ledger_button.isHidden()  # reading a person's hours stays
    # double-clicking an event opens no attendance dialog; the methods do nothing either
    index = page.model.index(0, 1)
    rect = page.view.visualRect(index)
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.dialog is None
    assert page.new_event() is None and page.record_attendance() is None
    assert page.import_sheet() is None and page.edit_event() is None
    assert page.delete_event() is False
    page.attendees.selectRow(0)
    assert page.remove_attendee() is False
    assert len(training.list_events(world.county)) == 1


def test_the_county_ledger_and_costs_only_read(world: World, qtbot: QtBot) -> None:
    page = _page(qtbot, world.county)
    page.attendees.selectRow(0)
    ledger = page.open_attendee_ledger()
    assert ledger is not None
    qtbot.waitExposed(ledger)
    for b in (ledger.add_button, ledger.hours_button, ledger.delete_button, ledger.attach_button):
        assert b.isHidden()
    assert not ledger.transcript_button.isHidden()  # the transcript is a reading
    assert ledger.records and ledger.table.rowCount() == 1
    ledger.table.selectRow(0)
    assert ledger.add_record() is None
    assert ledger.edit_hours() is False and ledger.delete_record() is False
    assert ledger.attach_proof() is False
    ledger.reject()
    costs = page.open_costs()
    assert costs is not None
    qtbot.waitExposed(costs)
    assert costs.form.editGroup.isHidden() and costs.save_button.isHidden()
    assert costs.delete_button.isHidden() and costs.model.rowCount() == 1
    assert costs.save() is False and costs.delete() is False
    costs.reject()
    assert world.county.scalar("SELECT count(*) FROM training_records WHERE deleted = 0") == 1
    assert world.county.scalar("SELECT count(*) FROM training_costs") == 0


def test_a_county_without_trainings_says_where_they_come_from(tmp_path: Path, qtbot: QtBot) -> None:
    from sync_fixtures import county_store

    county = county_store(tmp_path / "empty.db")
    try:
        page = shown(qtbot, TrainingPage(county), (1100, 700))
        assert page.empty.text() == (
            "还没有培训记录。培训和签到由各乡镇（街道）登记，随数据包报到县里。"
        )
        assert page.first_event_button.isHidden()
    finally:
        county.close()


def test_a_township_training_page_keeps_every_action(world: World, qtbot: QtBot) -> None:
    page = _page(qtbot, world.a)
    assert not any(b.isHidden() for b in page.township_entry_buttons())
    index = page.model.index(0, 1)
    rect = page.view.visualRect(index)
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog: Any = page.dialog
    assert dialog is not None
    dialog.reject()
    assert workers.count(world.a) == 2
