"""Rule messages of the roster, Excel, PDF and sync code: the same Chinese as before where they
are printed or stored, English on screen when the interface is English."""

from __future__ import annotations

import copy
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from roster_corpus import simple_roster
from sync_fixtures import World, add_worker

from swdesk.core.errors import RuleError
from swdesk.core.i18n import Text, joined, msg
from swdesk.core.idnumber import make_id_number
from swdesk.formats import exam_excel, roster_read, roster_write
from swdesk.services import exam_import, roster, training_import
from swdesk.store import Store, exams, training, workers
from swdesk.sync import enroll, envelope, keys, merge, receipt
from swdesk.ui.rule_text import shown

GOOD = make_id_number("510104", date(1985, 3, 15), 123)
OTHER = make_id_number("510104", date(1990, 7, 1), 224)


def roster_file(path: Path, rows: list[tuple[str, str, str]]) -> Path:
    return simple_roster(path, ["姓名", "身份证号", "所在村（社区）"], [list(r) for r in rows])


def sheet(path: Path, rows: list[list[object]]) -> Path:
    """A sheet whose first row is the header."""
    return simple_roster(path, [str(c) for c in rows[0]], rows[1:])


# -- the Chinese is what it was -------------------------------------------------------------
def test_roster_reasons_keep_their_chinese_and_their_template(store: Store, tmp_path: Path) -> None:
    path = roster_file(
        tmp_path / "r.xlsx",
        [("张三", GOOD, "和平社区"), ("李四", OTHER, "幸福村"), ("张三", GOOD, "和平社区")],
    )
    plan = roster.plan_import(store, path)
    reasons = {e.row: e.reason for e in plan.errors}
    assert reasons == {
        3: "村（社区）“幸福村”不在本单位的村（社区）名单里。请先在“村（社区）”里添加，或核对名称。",
        4: "身份证号与第 2 行重复，同一个人只能有一行。",
    }
    assert all(isinstance(r, Text) for r in reasons.values())
    with pytest.raises(RuleError) as caught:
        roster.apply_import(store, plan)
    assert caught.value.message == (
        "花名册有 2 行共 2 处错误，整份都没有导入。请改正后重新导入，或选择只导入正确的行。"
    )


def test_joined_sentences_read_as_before() -> None:
    parts = [msg("第{row}行：身份证号 {number} 没有档案。", row=n, number="X") for n in (2, 3, 4)]
    assert joined(parts) == "；".join(parts)
    assert joined(parts[:1]) is parts[0] and joined([]) == ""
    assert copy.deepcopy(joined(parts)) == "；".join(parts)


def test_a_long_results_refusal_keeps_its_chinese_count() -> None:
    problems = [
        msg("第{row}行：身份证号 {number} 没有档案。", row=n, number="X") for n in range(12)
    ]
    error = exam_excel.ResultsRejected(problems)
    assert error.message == "成绩没有导入：" + "；".join(problems[:10]) + "……共 12 处"
    assert error.problems == problems


def test_sync_refusals_keep_their_chinese() -> None:
    data = envelope.pack({"format": 1, "kind": "receipt"}, b"", lambda _d: b"\0" * 64)
    with pytest.raises(envelope.Rejected) as caught:
        envelope.unpack(data, "package")
    assert caught.value.code == "wrong_kind"
    assert caught.value.message == "这是回执，不是数据包。请选择正确的文件。"
    with pytest.raises(envelope.Rejected) as caught:
        envelope.unpack(b"SWD", "package")
    assert caught.value.message == "文件不完整（可能拷贝时中断或U盘被拔出），请让对方重新导出。"


# -- and English on screen -------------------------------------------------------------------
def test_roster_reasons_in_english(store: Store, tmp_path: Path, english: None) -> None:
    path = roster_file(tmp_path / "r.xlsx", [("李四", OTHER, "幸福村"), ("李四", OTHER, "红星村")])
    plan = roster.plan_import(store, path)
    assert [shown(e.reason) for e in plan.errors] == [
        "Village/community “幸福村” is not in this unit's list of villages/communities. "
        "Add it under Village/Community first, or check the name.",
        "Same ID number as row 2; each person may have only one row.",
    ]
    with pytest.raises(RuleError) as caught:
        roster.apply_import(store, plan)
    assert shown(caught.value.message) == (
        "The roster has 2 errors in 2 rows, so none of it was imported. Correct them and "
        "import again, or choose to import only the correct rows."
    )
    # The error report goes back to whoever filled the roster in: it stays in Chinese.
    out = roster.write_error_report(plan, tmp_path / "report.xlsx")
    sheet_rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert [tuple(str(c) for c in row[:4]) for row in sheet_rows][-1] == (
        "3",
        "身份证号",
        OTHER,
        "身份证号与第 2 行重复，同一个人只能有一行。",
    )


def test_an_old_xls_and_a_folder_in_english(tmp_path: Path, english: None) -> None:
    old = tmp_path / "花名册.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(RuleError) as caught:
        roster_read.read_roster(old)
    assert shown(caught.value.message) == (
        "The old .xls format is not supported. Use “Save As” .xlsx in Excel or WPS, then import."
    )
    folder = tmp_path / "out.xlsx"
    folder.mkdir()
    with pytest.raises(RuleError) as caught:
        roster_write.write_template(folder, [])
    assert shown(caught.value.message) == (
        f"Cannot write {folder}: This is a folder; choose another file name."
    )


def test_sign_in_sheet_problems_in_english(store: Store, tmp_path: Path, english: None) -> None:
    workers.create(store, {"name": "张三", "id_number": GOOD, "village_code": "510104001001"})
    path = sheet(
        tmp_path / "签到.xlsx",
        [["姓名", "身份证号", "学时"], ["张三", GOOD[:-1], 3], ["王五", GOOD, 3]],
    )
    event = {"title": "培训", "start_date": "2024-05-01", "end_date": "2024-05-01", "hours": 3}
    with pytest.raises(training.AttendanceRejected) as caught:
        training_import.import_sheet(store, path, event)
    assert [shown(p) for p in caught.value.problems] == [
        f"Row 2: ID number “{GOOD[:-1]}” is wrong: An ID number has 18 digits (old numbers "
        "15); this one has 17.",
        f"Row 3: ID number {GOOD} belongs to “张三”, but the sheet says “王五”; please check.",
    ]
    assert caught.value.problems[1] == (
        f"第3行：身份证号 {GOOD} 的档案是“张三”，表里写的是“王五”，请核对。"
    )


def test_results_refusal_in_english(store: Store, tmp_path: Path, english: None) -> None:
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
    exams.save_year(store, 2024)
    exams.register_many(store, 2024, [wid], "初级")
    path = sheet(
        tmp_path / "成绩.xlsx",
        [["身份证号", "科目", "成绩"], [OTHER, "社会工作综合能力（初级）", 70], [GOOD, "", 70]],
    )
    with pytest.raises(exam_excel.ResultsRejected) as caught:
        exam_import.import_results(store, 2024, path)
    assert shown(caught.value.message) == (
        f"Scores not imported: Row 2: there is no file with ID number {OTHER}.; Row 3: 张三 did "
        "not register for “(empty)”; registered subjects: Social Work Comprehensive Competence "
        "(Primary), Social Work Practice (Primary)."
    )


def test_sync_refusals_in_english(world: World, tmp_path: Path, english: None) -> None:
    data = envelope.pack({"format": 1, "kind": "enroll"}, b"", lambda _d: b"\0" * 64)
    with pytest.raises(envelope.Rejected) as caught:
        envelope.unpack(data, "receipt")
    assert shown(caught.value.message) == (
        "Wrong file: this is an enrollment file, not a receipt. Please choose the right file."
    )
    with pytest.raises(RuleError) as caught:
        keys.backup_bytes(world.county, "short")
    assert shown(caught.value.message) == (
        "The passphrase is too short: at least 8 characters. Choose one that is hard to guess "
        "and keep it somewhere safe."
    )
    with pytest.raises(RuleError) as caught:
        receipt.load(world.county, b"")
    assert shown(caught.value.message) == (
        "This can only be done in the data file of a township (subdistrict) social work station "
        "(this file is 某县's)."
    )
    with pytest.raises(RuleError) as caught:
        enroll.enroll(world.county, "510499100", "外县镇")
    assert shown(caught.value.message) == (
        "Township code 510499100 does not belong to this county (510411): its first 6 digits "
        "must be the county code."
    )
    # A refused package: the reason travels in the import result as the message it was.
    add_worker(world.a, 1)
    good = world.export(world.a)
    bad = tmp_path / "bad.swsync"
    bad.write_bytes(good.read_bytes() + b"x")
    (result,) = merge.import_files(world.county, [bad])
    assert not result.accepted and result.code == "malformed"
    assert isinstance(result.reason, Text)
    assert result.reason == "文件末尾有多余的内容，文件可能被改动过，没有导入。"
    assert shown(result.reason) == (
        "The file has extra content at its end and may have been altered; not imported."
    )
