"""A registration recorded at a township reaches the county in a package: the county's records,
its continuing-education periods, its roster export and the worker file it opens all show it,
and the county's worker file changes none of them."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from pytestqt.qtbot import QtBot

from swdesk.services import roster
from swdesk.store import registrations as store_reg
from swdesk.store import training, workers
from swdesk.sync import merge
from swdesk.ui.worker_editor import WorkerEditor

A2 = "助理社会工作师"


def test_a_township_registration_shows_at_the_county(
    world: Any, qtbot: QtBot, boxes: Any, tmp_path: Path
) -> None:
    from sync_fixtures import add_worker

    t = world.a
    wid = add_worker(t, 7, "刘七")
    workers.add_certificate(
        t, wid, {"level": A2, "obtained_date": "2020-12-01", "registration_date": "2021-03-01"}
    )
    res = merge.import_files(world.county, [world.export(t)])
    assert all(r.accepted for r in res), [r.reason for r in res]
    county = world.county
    national = training.presets()["national"]
    at = date(2024, 6, 1)
    [before] = [w for w in training.standings(county, at, national) if w.worker_id == wid]
    assert before.standing.period is not None and not before.standing.period.registered
    # the 再登记 is recorded at the township and travels in the next package
    store_reg.add(
        t,
        wid,
        {"level": A2, "kind": "再登记", "valid_from": "2024-03-01", "state": "已出证",
         "management_number": "0012024"},
    )  # fmt: skip
    res = merge.import_files(county, [world.export(t)])
    assert all(r.accepted for r in res), [r.reason for r in res]
    shown = [
        (r["kind"], r["valid_from"], r["valid_until"], r["state"], r["management_number"])
        for r in store_reg.for_worker(county, wid)
    ]
    assert shown == [
        ("首次登记", "2021-03-01", "2024-02-29", "已出证", None),
        ("再登记", "2024-03-01", "2027-02-28", "已出证", "0012024"),
    ]
    assert shown == [
        (r["kind"], r["valid_from"], r["valid_until"], r["state"], r["management_number"])
        for r in store_reg.for_worker(t, wid)
    ]
    [after] = [w for w in training.standings(county, at, national) if w.worker_id == wid]
    period = after.standing.period
    assert period is not None and (period.start, period.end, period.renewed) == (
        date(2024, 3, 1), date(2027, 2, 28), True,
    )  # fmt: skip
    # the county's roster export carries the latest registration
    out = roster.export_roster(county, tmp_path / "县花名册.xlsx")
    assert out >= 1
    ws = load_workbook(tmp_path / "县花名册.xlsx").active
    assert ws is not None
    head = [c.value for c in ws[1]]
    [row] = [
        r for r in ws.iter_rows(min_row=2, values_only=True) if r[head.index("姓名")] == "刘七"
    ]
    assert (row[head.index("登记类型")], row[head.index("证书管理号")]) == ("再登记", "0012024")
    # the worker file the county opens lists both, and offers no change
    editor = WorkerEditor(county, wid)
    qtbot.addWidget(editor, before_close_func=lambda w: w.done(0) if w.isVisible() else None)
    editor.show()
    section = editor.registrations
    assert section.table.rowCount() == 2
    assert section.table.item(1, 1).text() == "再登记"  # type: ignore[union-attr]
    assert not section.form.addButton.isVisible() and not section.form.editButton.isVisible()
    assert "随同步数据包报来" in section.form.hint.text()
