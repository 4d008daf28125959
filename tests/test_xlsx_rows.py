"""The sheet reader (python-calamine) gives exactly what openpyxl gives, value for value and
type for type; rows end at their last non-empty cell (``formats.xlsx_rows`` says why).

Compared on the bad-roster corpus, swdesk's own export, a workbook with every cell kind
(shared and inline strings, rich text, numbers, ID numbers stored as numbers, floats, booleans,
dates, times and durations through styles, errors, formulas, gaps, several sheets, another
active sheet, the 1904 epoch) and the same workbook after LibreOffice has saved it.
"""

from __future__ import annotations

import subprocess
import zipfile
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from external_tools import need
from openpyxl import Workbook, load_workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from roster_corpus import STANDARD_HEADER, messy_roster, simple_roster, standard_rows
from xlsx_helpers import edit_part

from swdesk.formats import roster_read, xlsx_rows
from swdesk.services import roster
from swdesk.store.db import Store


def _typed(rows: list[Any]) -> list[Any]:
    """Rows with each value's type beside it (1 == 1.0 == True must not pass as equal).

    Trailing empty cells and trailing empty rows are dropped and an empty inline string is
    None: calamine cannot tell an empty cell from no cell, and no swdesk reader does either."""
    out = [
        [(type(v).__name__, v) for v in _trimmed([None if v == "" else v for v in r])] for r in rows
    ]
    while out and not out[-1]:
        out.pop()
    return out


def _trimmed(row: Any) -> list[Any]:
    cells = list(row)
    while cells and cells[-1] is None:
        cells.pop()
    return cells


def openpyxl_view(path: Path) -> tuple[dict[str, list[Any]], str | None]:
    wb = load_workbook(path, read_only=True, data_only=True)
    try:
        out = {}
        for ws in wb.worksheets:
            ws.reset_dimensions()
            out[ws.title] = _typed(list(ws.iter_rows(values_only=True)))
        return out, (wb.active.title if wb.active is not None else None)
    finally:
        wb.close()


def fast_view(path: Path) -> tuple[dict[str, list[Any]], str | None]:
    book = xlsx_rows.open_book(path)
    try:
        rows = {s.title: list(book.rows(s)) for s in book.worksheets}
        for sheet_rows in rows.values():  # already trimmed: nothing for _typed to hide
            assert all(not r or r[-1] is not None for r in sheet_rows)
            assert all(type(r) is tuple for r in sheet_rows)
        out = {title: _typed(r) for title, r in rows.items()}
        return out, (book.active.title if book.active is not None else None)
    finally:
        book.close()


def assert_same(path: Path) -> None:
    want, got = openpyxl_view(path), fast_view(path)
    assert got[1] == want[1]
    assert list(got[0]) == list(want[0])
    for title, rows in want[0].items():
        assert len(got[0][title]) == len(rows), title
        for i, (a, b) in enumerate(zip(rows, got[0][title], strict=True)):
            assert b == a, f"{path.name} {title} row {i + 1}"


def every_kind(path: Path, epoch_1904: bool = False) -> Path:
    wb = Workbook()
    if epoch_1904:
        from openpyxl.utils.datetime import CALENDAR_MAC_1904

        wb.epoch = CALENDAR_MAC_1904
    ws = wb.active
    ws.title = "说明"
    ws["A1"] = "第一张是说明，活动表是第二张"
    ws2 = wb.create_sheet("花名册")
    ws2.append(["姓名", "身份证号", "出生日期", "数字", "小数", "是否", "时间", "时长", "公式"])
    ws2.append(
        [
            "张三",
            510104198503151234,  # an ID number typed as a number
            date(1985, 3, 15),
            42,
            4.10105199001011e17,
            True,
            time(8, 30),
            timedelta(hours=30, minutes=5),
            "=D2*2",
        ]
    )
    ws2.append(["  李 四 ", "51010419850315123X", datetime(1990, 1, 2, 3, 4, 5), -7, 0.1, False])
    ws2.cell(3, 12, "远处的格子")
    ws2.cell(6, 2, "隔了两行")
    ws2.cell(7, 1).value = CellRichText("王", TextBlock(InlineFont(b=True), "五"))
    ws2.cell(8, 3, 45000).number_format = "yyyy年m月d日"
    ws2.cell(8, 4, 45000.5).number_format = "0.00"
    ws2.cell(8, 5, 12.0)
    ws2.cell(9, 1, "#N/A")
    ws2.cell(9, 2).value = "=1/0"
    ws2.cell(10, 1, "")
    ws2.merge_cells("A11:C11")
    ws2["A11"] = "合并的格子"
    ws2.cell(12, 4, 1e-5)
    ws2.cell(13, 2, "1985.03")
    wb.active = 1
    wb.create_sheet("空表")
    wb.save(path)
    return path


def test_same_as_openpyxl_on_the_bad_roster_corpus(tmp_path: Path) -> None:
    path = tmp_path / "messy.xlsx"
    messy_roster(path)
    assert_same(path)


def test_same_as_openpyxl_on_simple_rosters(tmp_path: Path) -> None:
    assert_same(simple_roster(tmp_path / "s.xlsx", STANDARD_HEADER, standard_rows(300), ["标题"]))


def test_same_as_openpyxl_on_every_cell_kind(tmp_path: Path) -> None:
    assert_same(every_kind(tmp_path / "kinds.xlsx"))
    assert_same(every_kind(tmp_path / "kinds1904.xlsx", epoch_1904=True))


def test_same_as_openpyxl_on_swdesk_export(store: Store, tmp_path: Path) -> None:
    src = simple_roster(tmp_path / "in.xlsx", STANDARD_HEADER, standard_rows(30))
    roster.apply_import(store, roster.plan_import(store, src))
    out = tmp_path / "export.xlsx"
    roster.export_roster(store, out)
    assert_same(out)


def test_same_as_openpyxl_on_a_libreoffice_save(tmp_path: Path) -> None:
    soffice = need("soffice")
    src = every_kind(tmp_path / "kinds.xlsx")
    messy_roster(tmp_path / "messy.xlsx")
    out = tmp_path / "lo"
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{tmp_path / 'profile'}",
            "--headless",
            "--convert-to",
            "xlsx",
            "--outdir",
            str(out),
            str(src),
            str(tmp_path / "messy.xlsx"),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    for name in ("kinds.xlsx", "messy.xlsx"):
        converted = out / name
        with zipfile.ZipFile(converted) as z:
            assert "xl/sharedStrings.xml" in z.namelist()  # LibreOffice writes shared strings
        assert_same(converted)


def test_rows_without_r_attributes_and_out_of_order(tmp_path: Path) -> None:
    """Hand-written sheet XML: cells and rows without coordinates, inline rich text with a
    phonetic run, an error cell after rich text, empty inline strings.

    Two shapes the schema forbids and no spreadsheet program writes are refused instead of
    read as openpyxl read them: a row number written as a float (``r="3.0"``), and (read,
    but the later row wins where openpyxl kept the first) a repeated row number; see
    ``test_a_float_row_number_is_refused_as_damaged``."""
    path = every_kind(tmp_path / "base.xlsx")
    ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    sheet = (
        f'<worksheet xmlns="{ns}"><sheetData>'
        '<row><c t="inlineStr"><is><t>姓名</t></is></c><c t="inlineStr"><is><t>身份证号</t></is></c></row>'
        '<row r="3"><c><v>1</v></c><c r="C3" t="b"><v>1</v></c><c t="str"><v>x</v></c></row>'
        '<row r="5"><c r="B5" t="inlineStr"><is><r><t>王</t></r><r><rPr><b/></rPr><t>五</t></r>'
        '<rPh sb="0" eb="1"><t>wang</t></rPh></is></c><c r="D5" t="e"><v>#DIV/0!</v></c>'
        '<c r="E5" t="inlineStr"><is><t/></is></c><c r="F5" t="inlineStr"/></row>'
        "<row/>"
        "</sheetData></worksheet>"
    )
    assert_same(edit_part(path, tmp_path / "hand.xlsx", lambda _: sheet.encode()))


def test_a_float_row_number_is_refused_as_damaged(tmp_path: Path) -> None:
    from swdesk.core.errors import RuleError

    path = every_kind(tmp_path / "base.xlsx")
    ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    edited = tmp_path / "float-row.xlsx"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(edited, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = (
                    f'<worksheet xmlns="{ns}"><sheetData>'
                    '<row r="1.0"><c r="A1"><v>1</v></c></row></sheetData></worksheet>'
                ).encode()
            zout.writestr(item, data)
    book = xlsx_rows.open_book(edited)
    try:
        sheet = book.worksheets[0]
        with pytest.raises(RuleError, match="文件已损坏"):
            list(book.rows(sheet))
        assert list(book.rows(book.worksheets[1]))  # the other sheets still read
    finally:
        book.close()


def test_error_cells_read_as_their_text(tmp_path: Path) -> None:
    """A failed lookup's cached ``#N/A`` is reported as that text, never read as an empty
    cell (a row of them would vanish from the import)."""
    wb = Workbook()
    ws = wb.active
    ws.append(["姓名", "身份证号"])
    ws.append(["张三", "#N/A"])  # openpyxl stores "#…" text as an error cell
    ws["C3"] = "=1/0"
    ws["C3"].value = "#DIV/0!"
    wb.save(tmp_path / "e.xlsx")
    with zipfile.ZipFile(tmp_path / "e.xlsx") as z:
        assert b't="e"' in z.read("xl/worksheets/sheet1.xml")
    book = xlsx_rows.open_book(tmp_path / "e.xlsx")
    try:
        rows = list(book.rows(book.worksheets[0]))
    finally:
        book.close()
    assert rows == [("姓名", "身份证号"), ("张三", "#N/A"), (None, None, "#DIV/0!")]
    assert_same(tmp_path / "e.xlsx")


def test_not_an_xlsx_is_refused_in_chinese(tmp_path: Path) -> None:
    from swdesk.core.errors import RuleError

    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"not a zip")
    for read in (xlsx_rows.open_book, roster_read.read_roster):
        with pytest.raises(RuleError, match=r"不是有效的 \.xlsx"):
            read(bad)


def test_same_as_openpyxl_on_the_template_and_an_error_report(store: Store, tmp_path: Path) -> None:
    """swdesk's own files with dropdowns, notes and several sheets."""
    assert_same(roster.write_template(tmp_path / "template.xlsx", store))
    path = tmp_path / "messy.xlsx"
    messy_roster(path)
    plan = roster.plan_import(store, path)
    assert plan.errors
    assert_same(roster.write_error_report(plan, tmp_path / "errors.xlsx"))


def test_error_cells_found_from_the_guards_copy_or_the_file_alike(tmp_path: Path) -> None:
    """The guard hands over the sheet part it unpacked, so the reader does not unpack it again;
    a book without that copy reads the part from the file, with the same rows."""
    from python_calamine import CalamineWorkbook

    from swdesk.formats import xlsx_guard

    wb = Workbook()
    ws = wb.active
    ws.append(["姓名", "身份证号"])
    for i in range(300):  # past the guard's first 4 KB, so it unpacks the part whole
        ws.append([f"张{i}", "#N/A" if i % 7 == 0 else f"{i:018d}"])
    wb.save(tmp_path / "e.xlsx")
    parts: dict[str, bytes] = {}
    xlsx_guard.check_xlsx(tmp_path / "e.xlsx", None, parts)
    assert list(parts) == ["xl/worksheets/sheet1.xml"]
    book = xlsx_rows.open_book(tmp_path / "e.xlsx")
    try:
        from_copy = list(book.rows(book.worksheets[0]))
        assert book._unpacked == {}  # the copy was used, and let go
    finally:
        book.close()
    plain = xlsx_rows.Book(
        tmp_path / "e.xlsx", CalamineWorkbook.from_path(str(tmp_path / "e.xlsx"))
    )
    try:
        from_file = list(plain.rows(plain.worksheets[0]))
    finally:
        plain.close()
    assert from_copy == from_file
    assert from_copy[1] == ("张0", "#N/A") and from_copy[2] == ("张1", "000000000000000001")
