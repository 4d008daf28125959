"""年度社会工作专业人才统计表 as an Excel workbook: one sheet per table.

Every sheet starts with the form's title and the unit and as-of date (and repeats them in the
printed page header), ID numbers are stored as text so Excel never rounds them, and each 合计
is a SUM formula, so a figure corrected by hand in Excel or WPS updates its total.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from swdesk.core.indicators.results import IndicatorReport
from swdesk.formats.excel_common import bold_row, save_workbook, set_widths
from swdesk.formats.indicator_tables import (
    TITLE,
    PersonLine,
    Table,
    heading,
    report_tables,
)

HEADER_ROW = 3  # title, unit and date, then the column headers


def _sheet(ws: Worksheet, table: Table, report: IndicatorReport) -> None:
    ws.title = table.title
    ws.cell(row=1, column=1, value=f"{TITLE}：{table.title}").font = Font(bold=True, size=14)
    ws.cell(row=2, column=1, value=heading(report))
    for c, header in enumerate(table.headers, start=1):
        ws.cell(row=HEADER_ROW, column=c, value=header).alignment = Alignment(horizontal="center")
    bold_row(ws, HEADER_ROW)
    first = HEADER_ROW + 1
    for r, row in enumerate(table.rows, start=first):
        for c, value in enumerate(row, start=1):
            cell = ws.cell(row=r, column=c, value=value)
            if c in table.text_columns:
                cell.number_format = "@"  # an ID number is text, never a number
                cell.value = str(value)
    if table.row_totals and len(table.headers) > 2:
        right = get_column_letter(len(table.headers) - 1)
        for r in range(first, first + len(table.rows)):
            ws.cell(row=r, column=len(table.headers), value=f"=SUM(B{r}:{right}{r})")
    if table.total_columns:
        last = first + len(table.rows) - 1
        total_row = first + len(table.rows)
        ws.cell(row=total_row, column=1, value="合计")
        for c in table.total_columns:
            letter = get_column_letter(c)
            formula = f"=SUM({letter}{first}:{letter}{last})" if table.rows else 0
            ws.cell(row=total_row, column=c, value=formula)
        bold_row(ws, total_row)
    set_widths(ws, table.widths)
    ws.freeze_panes = ws.cell(row=first, column=1)
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    ws.oddHeader.center.text = f"{TITLE}　{heading(report)}"
    ws.oddFooter.center.text = "第 &P 页 共 &N 页"


def indicators_workbook(
    report: IndicatorReport,
    people: Sequence[PersonLine] = (),
    names: dict[str, str] | None = None,
) -> Workbook:
    wb = Workbook()
    tables = report_tables(report, people, names)
    _sheet(wb.active, tables[0], report)
    for table in tables[1:]:
        _sheet(wb.create_sheet(), table, report)
    return wb


def write_indicators_excel(
    path: Path,
    report: IndicatorReport,
    people: Sequence[PersonLine] = (),
    names: dict[str, str] | None = None,
) -> None:
    """Write the workbook all or nothing (``swdesk.atomic``)."""
    save_workbook(indicators_workbook(report, people, names), Path(path))
