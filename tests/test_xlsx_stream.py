"""The streamed .xlsx writer: what openpyxl and LibreOffice read back from it."""

from __future__ import annotations

from pathlib import Path

from external_tools import need
from openpyxl import load_workbook
from test_payroll_files import libreoffice_csv

from swdesk.formats.xlsx_stream import BOLD, HEADER, TEXT, TITLE, Sheet, Styled, write_xlsx


def sample(path: Path) -> None:
    write_xlsx(
        path,
        [
            Sheet(
                title="甲 & <乙>",
                rows=[
                    [Styled("标题", TITLE)],
                    ["说明 a<b & c>d", None, "  前后空格  "],
                    [Styled("名称", HEADER), Styled("数", HEADER), Styled("号", HEADER)],
                    ["一\x01行", 2, Styled("0012345", TEXT)],
                    ["二行", 3.5, Styled("=不是公式", TEXT)],
                    [Styled("合计", BOLD), Styled("=SUM(B4:B5)", BOLD), True],
                ],
                widths=(12, 8, 20),
                frozen_rows=3,
                print_title_row=3,
                header="表头 <甲>",
                footer="第 &P 页",
            ),
            Sheet(title="空表", rows=[]),
        ],
    )


def test_openpyxl_reads_values_styles_and_page_setup(tmp_path: Path) -> None:
    out = tmp_path / "s.xlsx"
    sample(out)
    wb = load_workbook(out)
    assert wb.sheetnames == ["甲 & <乙>", "空表"]
    ws = wb["甲 & <乙>"]
    assert ws["A1"].value == "标题" and ws["A1"].font.b and ws["A1"].font.sz == 14
    assert ws["A2"].value == "说明 a<b & c>d" and ws["B2"].value is None
    assert ws["C2"].value == "  前后空格  "
    assert ws["A3"].font.b and ws["A3"].alignment.horizontal == "center"
    assert ws["A4"].value == "一行"  # a control character XML cannot hold is dropped
    assert (ws["B4"].value, ws["B5"].value) == (2, 3.5)
    assert ws["C4"].value == "0012345" and ws["C4"].number_format == "@"
    assert ws["C5"].value == "=不是公式" and ws["C5"].data_type == "s"  # text, not a formula
    assert ws["B6"].value == "=SUM(B4:B5)" and ws["B6"].font.b and ws["C6"].value is True
    assert not ws["A4"].font.b
    assert ws.freeze_panes == "A4" and ws.print_title_rows == "$3:$3"
    assert ws.oddHeader.center.text == "表头 <甲>" and ws.oddFooter.center.text == "第 &P 页"
    assert ws.column_dimensions["C"].width == 20
    assert wb["空表"].max_row == 1 and wb["空表"]["A1"].value is None


def test_libreoffice_opens_it_and_computes_the_formula(tmp_path: Path) -> None:
    out = tmp_path / "s.xlsx"
    sample(out)
    sheets = libreoffice_csv(need("soffice"), out, tmp_path)
    rows = next(rows for name, rows in sheets.items() if "乙" in name)
    assert rows[3][:3] == ["一行", "2", "0012345"]
    assert rows[5][:2] == ["合计", "5.5"]
