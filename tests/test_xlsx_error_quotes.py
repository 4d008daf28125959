"""Error cells (``t="e"``) are found whichever quotes and spacing the XML uses: the reader looks
for the quoted ``e`` with plain byte searches before its regex, and must miss none."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook
from xlsx_helpers import edit_part

from swdesk.formats import xlsx_rows

NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def _with_sheet(tmp_path: Path, cell: str) -> Path:
    base = tmp_path / "base.xlsx"
    wb = Workbook()
    wb.active.append(["姓名"])
    wb.save(base)
    sheet = f'<worksheet xmlns="{NS}"><sheetData><row r="1">{cell}</row></sheetData></worksheet>'
    return edit_part(base, tmp_path / "hand.xlsx", lambda _: sheet.encode())


def _rows(path: Path) -> list[tuple[object, ...]]:
    book = xlsx_rows.open_book(path)
    try:
        return list(book.rows(book.worksheets[0]))
    finally:
        book.close()


@pytest.mark.parametrize(
    "cell",
    [
        '<c r="A1" t="e"><v>#N/A</v></c>',
        "<c r='A1' t='e'><v>#N/A</v></c>",
        '<c r="A1" t = "e"><v>#N/A</v></c>',
        "<c r='A1' t=\n'e'><v>#N/A</v></c>",
    ],
)
def test_error_cell_read_as_its_text_whatever_the_quotes(tmp_path: Path, cell: str) -> None:
    assert _rows(_with_sheet(tmp_path, cell)) == [("#N/A",)]


def test_a_sheet_without_error_cells_reads_its_values(tmp_path: Path) -> None:
    path = _with_sheet(tmp_path, '<c r="A1" t="inlineStr"><is><t>e</t></is></c>')
    assert _rows(path) == [("e",)]
