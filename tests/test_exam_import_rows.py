"""A results sheet's rows are checked once per distinct ID number, name and subject, yet every
row is still judged on its own: a refused person is refused on each of their rows, a wrong
name on a later row of a person already accepted is still caught, the order of a row's checks
(ID number, file, name, registration, subject, score, repeat) decides which problem it names,
and a refused sheet writes nothing."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook

from swdesk.core.idnumber import IdNumber, make_id_number
from swdesk.services import exam_import
from swdesk.store import Store, exam_results_batch, exams, workers

C1, P1 = "社会工作综合能力（初级）", "社会工作实务（初级）"
A = make_id_number("510104", date(1985, 3, 15), 123)
B = make_id_number("510104", date(1990, 7, 1), 224)
STRANGER = make_id_number("510104", date(1991, 2, 3), 325)


def _sheet(path: Path, rows: list[list[object]]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(["身份证号", "姓名", "科目", "成绩"])
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


@pytest.fixture
def year(store: Store) -> dict[str, str]:
    """张三 (A) registered for 2024 初级; 李四 (B) on file but not registered."""
    extra = {"village_code": "510104001001", "education": "大学本科", "sw_major": "是"}
    a = workers.create(store, {"name": "张三", "id_number": A, **extra})
    workers.create(store, {"name": "李四", "id_number": B, **extra})
    exams.save_year(store, 2024)
    (reg,) = exams.register_many(store, 2024, [a], "初级")
    return {"reg": reg}


def _refused(store: Store, path: Path) -> list[str]:
    before = store.scalar("SELECT count(*) FROM audit_log")
    results = store.scalar("SELECT count(*) FROM exam_results")
    with pytest.raises(exam_import.ResultsRejected) as caught:
        exam_import.import_results(store, 2024, path)
    assert store.scalar("SELECT count(*) FROM audit_log") == before
    assert store.scalar("SELECT count(*) FROM exam_results") == results
    return caught.value.problems


def test_each_row_of_a_refused_person_is_refused(
    store: Store, year: dict[str, str], tmp_path: Path
) -> None:
    problems = _refused(
        store,
        _sheet(
            tmp_path / "s.xlsx",
            [
                [B, "李四", C1, 70],
                [A, "张三", C1, 70],
                [B, "李四", P1, 70],
                [STRANGER, None, C1, 70],
                [STRANGER, None, P1, 70],
                [A[:-1], "张三", P1, 70],
                [A[:-1], "张三", P1, 71],
            ],
        ),
    )
    assert problems == [
        "第2行：李四 没有报名 2024 年度的考试。",
        "第4行：李四 没有报名 2024 年度的考试。",
        f"第5行：身份证号 {STRANGER} 没有档案。",
        f"第6行：身份证号 {STRANGER} 没有档案。",
        f"第7行：身份证号“{A[:-1]}”不对：身份证号应为18位（旧号码为15位），现在是 17 位。",
        f"第8行：身份证号“{A[:-1]}”不对：身份证号应为18位（旧号码为15位），现在是 17 位。",
    ]


def test_a_wrong_name_is_caught_on_any_row_and_before_the_registration(
    store: Store, year: dict[str, str], tmp_path: Path
) -> None:
    problems = _refused(
        store,
        _sheet(
            tmp_path / "s.xlsx",
            [
                [A, "张三", C1, 70],
                [A, "王五", P1, 70],
                [A, "张 三", P1, 70],
                [B, "赵六", C1, 70],
            ],
        ),
    )
    assert problems == [
        f"第3行：身份证号 {A} 的档案是“张三”，表里写的是“王五”，请核对。",
        f"第5行：身份证号 {B} 的档案是“李四”，表里写的是“赵六”，请核对。",
    ]


def test_one_number_written_two_ways_is_one_person(
    store: Store, year: dict[str, str], tmp_path: Path
) -> None:
    spaced = f"{A[:6]} {A[6:14]} {A[14:]}"
    problems = _refused(
        store,
        _sheet(tmp_path / "s.xlsx", [[A, "张三", C1, 70], [spaced, None, C1, 71]]),
    )
    assert problems == ["第3行：张三“社会工作综合能力（初级）”的成绩在第2行已经有了。"]
    ok = _sheet(tmp_path / "ok.xlsx", [[A, "张三", C1, 70], [spaced, None, P1, 50]])
    assert exam_import.import_results(store, 2024, ok) == 2
    (view,) = exams.registrations(store, 2024)
    assert [(s.name, s.score) for s in view.subjects] == [(C1, 70.0), (P1, 50.0)]


def test_a_row_that_stops_short_reads_as_blank_cells(
    store: Store, year: dict[str, str], tmp_path: Path
) -> None:
    """A row saved without its last cells (the score, or the name in the last column) is read
    as one with those cells blank."""
    short = _refused(store, _sheet(tmp_path / "short.xlsx", [[A, "张三", C1], [A, "张三"]]))
    blank = _refused(
        store, _sheet(tmp_path / "blank.xlsx", [[A, "张三", C1, " "], [A, "张三", " ", None]])
    )
    assert short == blank and len(short) == 2
    assert short[0].startswith("第2行：张三") and short[1].startswith(
        "第3行：张三 没有报考“（空）”"
    )
    wb = Workbook()
    ws = wb.active
    ws.append(["身份证号", "科目", "成绩", "姓名"])
    ws.append([A, C1, 70])  # no name: no claim to check
    ws.append([A, P1, 60, "张三"])
    wb.save(tmp_path / "last.xlsx")
    assert exam_import.import_results(store, 2024, tmp_path / "last.xlsx") == 2


@pytest.fixture
def collector_on() -> Iterator[None]:
    """The cycle collector running, as in the app, whatever an earlier test left."""
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_the_cycle_collector_waits_for_the_sheet_and_is_left_as_found(
    store: Store,
    year: dict[str, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    collector_on: None,
) -> None:
    seen: list[bool] = []
    read_year = exam_results_batch.read_year

    def watched(s: Store, y: int) -> exam_results_batch.YearResults:
        seen.append(gc.isenabled())
        return read_year(s, y)

    monkeypatch.setattr(exam_results_batch, "read_year", watched)
    _refused(store, _sheet(tmp_path / "bad.xlsx", [[STRANGER, None, C1, 70]]))
    assert gc.isenabled()
    assert exam_import.import_results(
        store, 2024, _sheet(tmp_path / "ok.xlsx", [[A, None, C1, 70]])
    )
    assert gc.isenabled() and seen == [False, False]
    gc.disable()  # held by a caller: still held after the import
    assert exam_import.import_results(
        store, 2024, _sheet(tmp_path / "ok2.xlsx", [[A, None, P1, 70]])
    )
    assert not gc.isenabled() and seen == [False, False, False]


def test_a_deleted_worker_is_not_on_file_though_registered(
    store: Store, year: dict[str, str], tmp_path: Path
) -> None:
    """The year's registrations carry their workers' names; a deleted worker's registration
    is no part of the year and his number is looked up like a stranger's: not on file."""
    (wid,) = [r["id"] for r in store.query("SELECT id FROM workers WHERE id_number = ?", (A,))]
    workers.delete(store, wid)
    problems = _refused(
        store, _sheet(tmp_path / "s.xlsx", [[A, "张三", C1, 70], [B, "李四", C1, 70]])
    )
    assert problems == [
        f"第2行：身份证号 {A} 没有档案。",
        "第3行：李四 没有报名 2024 年度的考试。",
    ]


def test_a_number_written_as_on_file_is_not_checked_again_any_other_is(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A registered person's number written exactly as on file was checked when the person
    was entered; written any other way (a lower-case x, full-width digits) it is checked and
    read as the same person, and a number one digit off is still refused with the reason."""
    x_id = next(
        i
        for i in (make_id_number("510104", date(1988, 5, 6), n) for n in range(1, 999))
        if i.endswith("X")
    )
    extra = {"village_code": "510104001001", "education": "大学本科", "sw_major": "是"}
    a = workers.create(store, {"name": "张三", "id_number": x_id, **extra})
    exams.save_year(store, 2024)
    exams.register_many(store, 2024, [a], "初级")
    checked: list[object] = []
    parse = exam_import.parse_id_number

    def counted(raw: object, today: date | None = None) -> IdNumber:
        checked.append(raw)
        return parse(raw, today)

    monkeypatch.setattr(exam_import, "parse_id_number", counted)
    wide = x_id[:17].translate(str.maketrans("0123456789", "０１２３４５６７８９")) + "X"
    off = x_id[:16] + str((int(x_id[16]) + 1) % 10) + "X"
    problems = _refused(
        store,
        _sheet(
            tmp_path / "s.xlsx",
            [[x_id, "张三", C1, 70], [x_id.lower(), None, P1, 60], [off, None, P1, 61]],
        ),
    )
    assert checked == [x_id.lower(), off]
    assert len(problems) == 1 and problems[0].startswith(f"第4行：身份证号“{off}”不对：")
    checked.clear()
    ok = _sheet(tmp_path / "ok.xlsx", [[x_id, "张三", C1, 70], [wide, None, P1, 60]])
    assert exam_import.import_results(store, 2024, ok) == 2
    assert checked == [wide]
    (view,) = exams.registrations(store, 2024)
    assert [(s.name, s.score) for s in view.subjects] == [(C1, 70.0), (P1, 60.0)]
