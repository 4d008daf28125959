"""Attendance import errors, the compliance export, and the transcript PDF (text, font, batch)."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import pytest
from external_tools import need
from openpyxl import Workbook, load_workbook

from swdesk.core.errors import RuleError
from swdesk.core.idnumber import make_id_number
from swdesk.formats import training_excel
from swdesk.formats.transcript import gather, village_worker_ids, write_transcripts
from swdesk.services import training_import
from swdesk.store import Store, training, workers

V1 = "510104001001"


def idn(n: int) -> str:
    return make_id_number("510104", date(1980, 1, 1 + n % 28), n)


def person(
    store: Store, n: int, name: str, level: str = "助理社会工作师", village: str = V1
) -> str:
    return workers.create(
        store,
        {"name": name, "id_number": idn(n), "village_code": village},
        [{"level": level, "cert_number": f"Z{n:04d}", "registration_date": "2021-03-01"}],
    )


def sheet(path: Path, header: list[object], rows: list[list[object]], title: bool = True) -> Path:
    wb = Workbook()
    ws = wb.active
    if title:
        ws.append(["某某培训签到表"])
        ws.append([])
    ws.append(header)
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def test_import_lists_every_problem_by_row(store: Store, tmp_path: Path) -> None:
    person(store, 1, "张三")
    person(store, 2, "李四")
    eid = training.add_event(store, {"title": "T", "start_date": "2022-05-10", "hours": 4})
    path = sheet(
        tmp_path / "s.xlsx",
        ["姓名", "公民身份号码", "培训学时"],
        [
            ["张三", idn(1), 5],  # more than the event's 4
            ["李四", idn(2), "两"],  # not a number
            ["张三", idn(1), 2],  # listed twice
            ["王五", float(idn(3)[:17] + "0") if idn(3)[-1] != "X" else 1.2e17, 4],  # Excel float
            [None, None, None],
            ["合计", None, None],
        ],
    )
    with pytest.raises(training.AttendanceRejected) as info:
        training_import.import_attendance(store, path, eid)
    p = info.value.problems
    assert p[0].startswith("第4行") and "超过" in p[0]
    assert p[1].startswith("第5行") and "不是数字" in p[1]
    assert p[2].startswith("第6行") and "两次" in p[2]
    assert p[3].startswith("第7行") and "身份证号" in p[3]
    assert len(p) == 4
    assert store.scalar("SELECT count(*) FROM training_records") == 0


def test_import_without_hours_column_uses_the_event_hours(store: Store, tmp_path: Path) -> None:
    a = person(store, 1, "张三")
    eid = training.add_event(store, {"title": "T", "start_date": "2022-05-10", "hours": 4})
    path = sheet(tmp_path / "s.xlsx", ["身份证号", "姓名"], [[idn(1), " 张三 "]], title=False)
    assert len(training_import.import_attendance(store, path, eid)) == 1
    assert training.standing_of(store, a, date(2022, 6, 1)).earned == 4


def test_import_refuses_a_sheet_without_header(store: Store, tmp_path: Path) -> None:
    eid = training.add_event(store, {"title": "T", "start_date": "2022-05-10", "hours": 4})
    path = sheet(tmp_path / "s.xlsx", ["名字", "电话"], [["张三", "1"]])
    with pytest.raises(RuleError, match="找不到表头"):
        training_import.import_attendance(store, path, eid)
    empty = sheet(tmp_path / "e.xlsx", ["身份证号", "姓名"], [])
    with pytest.raises(RuleError, match="没有数据"):
        training_import.import_attendance(store, empty, eid)
    (tmp_path / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0 old excel")
    with pytest.raises(RuleError, match="xlsx"):
        training_import.import_attendance(store, tmp_path / "old.xls", eid)


def _events(store: Store) -> int:
    return int(store.scalar("SELECT count(*) FROM training_events"))


def test_import_with_a_new_event_is_one_transaction(store: Store, tmp_path: Path) -> None:
    """Event details given with the sheet: the event and its records together, or neither."""
    a = person(store, 1, "张三")
    person(store, 2, "李四")
    details = {"title": "督导会", "start_date": "2022-05-10", "hours": 3, "mode": "督导"}
    bad = sheet(
        tmp_path / "bad.xlsx",
        ["姓名", "身份证号", "学时"],
        [["张三", idn(1), 3], ["李四", idn(2), 3], ["王五", idn(3), 3]],  # 王五 has no file
    )
    audit_before = store.scalar("SELECT count(*) FROM audit_log")
    with pytest.raises(training.AttendanceRejected) as info:
        training_import.import_sheet(store, bad, details)
    assert info.value.problems == [f"第6行：身份证号 {idn(3)} 没有档案，请先建立档案。"]
    assert _events(store) == 0 and store.scalar("SELECT count(*) FROM training_records") == 0
    assert store.scalar("SELECT count(*) FROM audit_log") == audit_before
    # wrong details are refused before the file is even read, naming the field
    with pytest.raises(RuleError) as wrong:
        training_import.import_sheet(store, tmp_path / "missing.xlsx", {**details, "hours": None})
    assert wrong.value.field == "hours" and _events(store) == 0
    good = sheet(tmp_path / "good.xlsx", ["姓名", "身份证号", "学时"], [["张三", idn(1), 2]])
    done = training_import.import_sheet(store, good, details)
    assert done.event_created and len(done.record_ids) == 1
    ev = training.get_event(store, done.event_id)
    assert (ev["title"], ev["mode"], ev["hours"], ev["end_date"]) == (
        "督导会",
        "督导",
        3,
        "2022-05-10",
    )
    assert ev["version"] == 1 and len(ev["id"]) == 36  # a synced row like any other
    assert training.standing_of(store, a, date(2022, 6, 1)).earned == 2
    # by id, nothing is created
    again = sheet(tmp_path / "again.xlsx", ["姓名", "身份证号"], [["李四", idn(2)]])
    done2 = training_import.import_sheet(store, again, done.event_id)
    assert not done2.event_created and done2.event_id == done.event_id and _events(store) == 1


def test_compliance_export_of_given_rows(store: Store, tmp_path: Path) -> None:
    """The GUI exports what its list shows: the rows given, in their order, filters named."""
    person(store, 1, "张三")
    person(store, 2, "李四", level="社会工作师")
    person(store, 3, "王五")
    at = date(2023, 12, 15)
    shown = [w for w in training.standings(store, at) if w.name != "李四"]
    out = tmp_path / "筛选.xlsx"
    n = training_excel.export_compliance(store, out, at, items=shown, filters="搜索“张”")
    assert n == 2
    ws = load_workbook(out).active
    assert "筛选：搜索“张”" in ws["A1"].value and "2023-12-15" in ws["A1"].value
    assert [r[0] for r in ws.iter_rows(min_row=3, values_only=True)] == [w.name for w in shown]


def test_compliance_export(store: Store, tmp_path: Path) -> None:
    a = person(store, 1, "张三")
    person(store, 2, "李四", level="社会工作师")
    eid = training.add_event(store, {"title": "T", "start_date": "2021-05-10", "hours": 72})
    training.attend(store, eid, [a])
    out = tmp_path / "达标.xlsx"
    assert training_excel.export_compliance(store, out, date(2023, 12, 15)) == 2
    ws = load_workbook(out).active
    rows = list(ws.iter_rows(min_row=3, values_only=True))
    assert [r[0] for r in rows] == ["李四", "张三"]  # at risk first
    assert rows[0][2] == "和平社区" and rows[0][10] == "有风险" and rows[0][8] == 90
    assert rows[0][11] == "已进入再登记期"
    assert rows[1][10] == "已达标" and rows[1][7] == 72
    assert ws.cell(3, 11).fill.fgColor.rgb.endswith("FCE4A8")


def test_transcript_batch_text_and_embedded_font(store: Store, tmp_path: Path) -> None:
    a = person(store, 1, "张三")
    b = person(store, 2, "李四", level="社会工作师")
    person(store, 3, "王五", village="510104001201")  # another village: not in the batch
    e1 = training.add_event(
        store,
        {
            "title": "儿童保护专题培训",
            "start_date": "2021-05-10",
            "end_date": "2021-05-12",
            "hours": 18,
        },
    )
    e2 = training.add_event(
        store, {"title": "社区治理督导", "start_date": "2022-09-01", "hours": 6}
    )
    e_old = training.add_event(
        store, {"title": "上期旧培训", "start_date": "2020-01-01", "hours": 6}
    )
    training.attend(store, e1, [a, b])
    training.attend(store, e2, [training.Attendee(a, 4)])
    training.attend(store, e_old, [a])
    training.add_record(store, b, {"activity": "degree", "end_date": "2023-06-30"})
    ids = village_worker_ids(store, V1)
    assert set(ids) == {a, b}
    t = gather(store, a, date(2023, 8, 1))
    assert [r["title"] for r in t.trainings] == ["儿童保护专题培训", "社区治理督导"]
    assert t.total_hours == 22
    out = write_transcripts(store, ids, tmp_path / "batch.pdf", date(2023, 8, 1))
    text = subprocess.run(
        [need("pdftotext"), "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    pages = text.split("\f")
    page_a = next(p for p in pages if "张三" in p)
    page_b = next(p for p in pages if "李四" in p)
    assert "儿童保护专题培训" in page_a and "社区治理督导" in page_a
    assert "上期旧培训" not in page_a  # before the period: not counted, not listed
    assert "累计 22 学时" in page_a and "要求 72 学时" in page_a and "还差 50 学时" in page_a
    assert "取得社会工作专业学历学位" in page_b and "累计 108 学时" in page_b
    assert "已达到要求" in page_b
    assert "盖章" in page_a and "审核人" in page_a and idn(1) in page_a
    fonts = subprocess.run(
        [need("pdffonts"), str(out)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert fonts and all(line.split()[-5] == "yes" for line in fonts), fonts  # all embedded
    unregistered = workers.create(
        store,
        {"name": "赵六", "id_number": idn(9), "village_code": V1},
        [{"level": "助理社会工作师"}],
    )
    training.attend(store, e2, [unregistered])
    out2 = write_transcripts(store, [unregistered], tmp_path / "u.pdf", date(2023, 8, 1))
    text2 = subprocess.run(
        ["pdftotext", str(out2), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "未登记" in text2 and "共记录 6 学时" in text2 and "社区治理督导" in text2
    with pytest.raises(RuleError, match="没有可出具"):
        write_transcripts(store, [], tmp_path / "none.pdf", date(2023, 8, 1))
