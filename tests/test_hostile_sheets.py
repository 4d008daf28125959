"""Hostile and broken spreadsheets are refused with a sentence, before they cost minutes or
memory (``formats.xlsx_guard``): the malformed-roster corpus grown with broken XML, false
sizes, a zip bomb and too many rows — each with its own message. Memory and time on the full
sizes are measured by ``bench/hostile_sheets.py``, not here."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from cli_helpers import run, township_file
from hostile_sheets import (
    declares,
    does_not_inflate,
    far_row,
    good_roster,
    many_rows,
    padded,
    truncated,
    wide_row,
    wrong_checksum,
)

from swdesk.core.errors import RuleError
from swdesk.formats import roster_read
from swdesk.formats.excel_common import first_sheet_rows
from swdesk.formats.training_excel import read_attendance
from swdesk.formats.xlsx_guard import Limits, check_xlsx, declared_size
from swdesk.services import roster
from swdesk.store import Store, open_store, workers

CORPUS: list[tuple[str, Callable[[Path], Path], str]] = [
    ("sheet-xml-cut", truncated("xl/worksheets/sheet1.xml"), "文件已损坏"),
    ("relations-xml-cut", truncated("xl/_rels/workbook.xml.rels"), "文件已损坏"),
    ("workbook-xml-cut", truncated("xl/workbook.xml"), "文件已损坏"),
    ("styles-xml-cut", truncated("xl/styles.xml"), "文件已损坏"),
    ("sheet-checksum-wrong", wrong_checksum, "文件已损坏"),
    ("sheet-does-not-inflate", does_not_inflate, "文件已损坏"),
    ("declares-a-million-rows", declares("A1:H1048576"), "表格声明有 1048576 行（上限 50000 行）"),
    ("declares-every-column", declares("A1:XFD10"), "表格声明有 16384 列（上限 1000 列）"),
    ("a-row-a-million-down", far_row(1_048_576), "表格超过 50000 行"),
    ("a-row-too-wide", wide_row(1001), "第 5 行超过 1000 列"),
    ("zip-bomb", padded(2), "解压后是压缩时的"),
]


@pytest.mark.parametrize(("name", "build", "says"), CORPUS, ids=[c[0] for c in CORPUS])
def test_each_hostile_roster_is_refused_with_its_own_message(
    store: Store, tmp_path: Path, name: str, build: Callable[[Path], Path], says: str
) -> None:
    path = build(tmp_path / f"{name}.xlsx")
    with pytest.raises(RuleError) as exc:
        roster.plan_import(store, path)
    assert says in exc.value.message and path.name in exc.value.message
    assert "Error" not in exc.value.message and "line" not in exc.value.message  # no English
    assert workers.count(store) == 0


def test_the_messages_differ() -> None:
    assert len({says for _, _, says in CORPUS[5:]}) == len(CORPUS[5:])


def test_the_good_roster_the_corpus_starts_from_is_read(store: Store, tmp_path: Path) -> None:
    plan = roster.plan_import(store, good_roster(tmp_path / "ok.xlsx"))
    assert plan.errors == [] and plan.count(roster.NEW) == 3


def test_a_sheet_that_declares_its_size_within_the_limits_is_read(tmp_path: Path) -> None:
    path = declares("A1:H50000")(tmp_path / "r.xlsx")
    check_xlsx(path)  # exactly the limit: no refusal
    assert len(roster_read.read_roster(path).rows) == 3
    with pytest.raises(RuleError, match="表格声明有 50001 行"):
        check_xlsx(declares("A1:H50001")(tmp_path / "r2.xlsx"))
    with pytest.raises(RuleError, match="表格声明有 1001 列"):
        check_xlsx(declares("A1:ALM3")(tmp_path / "r3.xlsx"))
    check_xlsx(declares("A1:ALL3")(tmp_path / "r4.xlsx"))  # column 1000


@pytest.mark.parametrize(
    ("head", "size"),
    [
        (b'<worksheet><dimension ref="A1:H20"/>', (20, 8)),
        (b'<x:dimension ref="B2:$AB$7"/>', (7, 28)),
        (b'<dimension ref="C3"/>', (3, 3)),
        (b"<sheetData>", None),
        (b'<dimension ref="nonsense"/>', None),
    ],
)
def test_declared_size(head: bytes, size: tuple[int, int] | None) -> None:
    assert declared_size(head) == size


def test_rows_are_counted_when_no_size_is_declared(tmp_path: Path) -> None:
    path = many_rows(96)(tmp_path / "r.xlsx")  # 4 rows of the roster + 96: exactly 100
    assert len(roster_read.read_roster(path, limits=Limits(max_rows=100)).rows) == 3 + 96
    path = many_rows(97)(tmp_path / "r2.xlsx")
    with pytest.raises(RuleError, match="表格超过 100 行"):
        roster_read.read_roster(path, limits=Limits(max_rows=100))


def test_the_uncompressed_size_is_judged_from_the_zip_directory(tmp_path: Path) -> None:
    path = many_rows(20_000)(tmp_path / "r.xlsx")  # stored: ~1.3 MB, ratio 1
    with pytest.raises(RuleError, match=r"解压后共 1 MB（上限 1 MB）"):
        check_xlsx(path, Limits(max_uncompressed_mb=1))
    check_xlsx(path, Limits(max_uncompressed_mb=2))


def test_the_ratio_limit_has_both_sides(tmp_path: Path) -> None:
    path = padded(2)(tmp_path / "r.xlsx")
    with pytest.raises(RuleError, match="解压后是压缩时的"):
        check_xlsx(path, Limits(max_ratio=200))
    check_xlsx(path, Limits(max_ratio=100_000))


def test_the_limits_are_settings_of_the_data_file(store: Store, tmp_path: Path) -> None:
    path = many_rows(20)(tmp_path / "r.xlsx")
    roster.plan_import(store, path)
    store.set_setting("xlsx_max_rows", 10)
    with pytest.raises(RuleError, match="表格超过 10 行"):
        roster.plan_import(store, path)


def test_attendance_and_result_sheets_are_guarded_too(tmp_path: Path) -> None:
    for n, build in enumerate((wrong_checksum, does_not_inflate)):
        with pytest.raises(RuleError, match="文件已损坏"):
            first_sheet_rows(build(tmp_path / f"d{n}.xlsx"))
    with pytest.raises(RuleError, match="文件已损坏"):
        read_attendance(truncated("xl/worksheets/sheet1.xml")(tmp_path / "a.xlsx"))
    with pytest.raises(RuleError, match="表格声明有 1048576 行"):
        first_sheet_rows(declares("A1:H1048576")(tmp_path / "b.xlsx"))
    with pytest.raises(RuleError, match="文件已损坏"):
        first_sheet_rows(truncated("xl/workbook.xml")(tmp_path / "c.xlsx"))


def test_cli_import_of_a_broken_roster_exits_3_without_traceback(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with township_file(db_path):
        pass
    path = truncated("xl/worksheets/sheet1.xml")(tmp_path / "坏.xlsx")
    code, _, err = run(capsys, db_path, "workers", "import", str(path))
    assert code == 3 and "文件已损坏" in err and "Traceback" not in err
    with open_store(db_path) as store:
        assert workers.count(store) == 0


def test_the_unreadable_file_message_holds_no_english(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "text.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(RuleError) as exc:
        roster.plan_import(store, path)
    assert "不是有效的 .xlsx" in exc.value.message and "zip" not in exc.value.message


def test_a_sign_in_sheet_obeys_the_data_files_limits(store: Store, tmp_path: Path) -> None:
    from swdesk.services import training_import

    details = {"title": "督导会", "start_date": "2022-05-10", "hours": 3, "mode": "督导"}
    path = many_rows(20)(tmp_path / "签到表.xlsx")
    store.set_setting("xlsx_max_rows", 10)
    with pytest.raises(RuleError, match="表格超过 10 行"):
        training_import.import_sheet(store, path, details)
    assert store.scalar("SELECT count(*) FROM training_events") == 0


def test_a_sheet_moved_out_of_its_usual_folder_is_still_judged(tmp_path: Path) -> None:
    path = declares("A1:H1048576")(tmp_path / "r.xlsx")
    moved = tmp_path / "moved.xlsx"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(moved, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            name = info.filename
            if name == "xl/worksheets/sheet1.xml":
                name = "xl/elsewhere.xml"
            elif name in ("xl/_rels/workbook.xml.rels", "[Content_Types].xml"):
                data = data.replace(b"worksheets/sheet1.xml", b"elsewhere.xml")
            dst.writestr(name, data)
    with pytest.raises(RuleError, match="表格声明有 1048576 行"):
        check_xlsx(moved)


def test_the_error_report_keeps_every_value_as_text(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from swdesk.formats.roster_write import write_error_report

    errors = [(n, "身份证号", f"51010419900101{n:04d}", "不对。") for n in range(2, 3002)]
    path = write_error_report(tmp_path / "错误报告.xlsx", errors)
    ws = load_workbook(path).active
    assert ws.max_row == 3001
    assert all(ws.cell(r, 3).number_format == "@" for r in (2, 1500, 3001))
    assert ws.cell(3001, 3).value == "510104199001013001"
