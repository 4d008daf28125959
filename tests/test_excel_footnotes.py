"""A total or a note under a list (合计…, 注…, 说明… with no ID number) is not a person: the
results and sign-in sheet readers skip it; a row with an ID number is read whatever its name."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from swdesk.formats.exam_excel import read_results
from swdesk.formats.excel_common import is_footnote
from swdesk.formats.training_excel import read_attendance

ID = "110101199003074514"


def _sheet(path: Path, rows: list[list[object]]) -> Path:
    wb = Workbook()
    for r in rows:
        wb.active.append(r)
    wb.save(path)
    return path


def test_is_footnote() -> None:
    assert is_footnote(None, "合计 3 人")
    assert is_footnote(None, "注：缺考写缺考")
    assert is_footnote(None, "说明")
    assert not is_footnote(ID, "合计")
    assert not is_footnote(None, "张三")
    assert not is_footnote(None, None)
    assert not is_footnote(None, 12)


def test_readers_skip_totals_and_notes(tmp_path: Path) -> None:
    long = _sheet(
        tmp_path / "long.xlsx",
        [
            ["身份证号", "姓名", "科目", "成绩"],
            [ID, "张三", "实务", 70],
            [None, "注：满分 100", None, 1],
        ],
    )
    assert [(r.row, r.name) for r in read_results(long, ["实务"])] == [(2, "张三")]
    wide = _sheet(
        tmp_path / "wide.xlsx",
        [["身份证号", "姓名", "实务"], [ID, "张三", 70], [None, "合计", 70]],
    )
    assert [(r.row, r.subject) for r in read_results(wide, ["实务"])] == [(2, "实务")]
    signed = _sheet(
        tmp_path / "signed.xlsx",
        [["姓名", "身份证号", "学时"], ["张三", ID, 8], ["说明：按实到计", None, 8]],
    )
    assert [r.row for r in read_attendance(signed)] == [2]
