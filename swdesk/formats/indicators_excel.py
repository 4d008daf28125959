"""年度社会工作专业人才统计表 as an Excel workbook: one sheet per table.

Every sheet starts with the form's title and the unit and as-of date (and repeats them in the
printed page header), ID numbers are stored as text so Excel never rounds them, and each 合计
is a SUM formula, so a figure corrected by hand in Excel or WPS updates its total.

The workbook is written in openpyxl's write-only mode, row by row: a county's name list runs
to 100,000 lines, and building every cell as an object first took most of the report's time
(about 11 of 12–15 s for 100,000 names). Only the cells that need a style (titles, headers,
totals, ID numbers) are cell objects; the rest are plain values.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from swdesk.core.indicators.results import IndicatorReport
from swdesk.formats.excel_common import save_workbook
from swdesk.formats.indicator_tables import (
    TITLE,
    PersonLine,
    Table,
    heading,
    report_tables,
)

HEADER_ROW = 3  # title, unit and date, then the column headers
_TITLE_FONT = Font(bold=True, size=14)
_BOLD = Font(bold=True)
_CENTRE = Alignment(horizontal="center")


def _styled(ws: Any, value: object, **style: object) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, value=value)
    for name, v in style.items():
        setattr(cell, name, v)
    return cell


def _sheet(wb: Workbook, table: Table, report: IndicatorReport) -> None:
    ws = wb.create_sheet(title=table.title)
    # What a write-only sheet must know before its first row: widths, panes, page setup.
    for i, w in enumerate(table.widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    first = HEADER_ROW + 1
    ws.freeze_panes = f"A{first}"
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    ws.oddHeader.center.text = f"{TITLE}　{heading(report)}"
    ws.oddFooter.center.text = "第 &P 页 共 &N 页"

    ws.append([_styled(ws, f"{TITLE}：{table.title}", font=_TITLE_FONT)])
    ws.append([heading(report)])
    ws.append([_styled(ws, h, font=_BOLD, alignment=_CENTRE) for h in table.headers])
    text = [c - 1 for c in table.text_columns]  # an ID number is text, never a number
    sums = table.row_totals and len(table.headers) > 2
    right = get_column_letter(len(table.headers) - 1)
    for r, row in enumerate(table.rows, start=first):
        values: list[Any] = list(row)
        for i in text:
            values[i] = _styled(ws, str(values[i]), number_format="@")
        if sums:
            values[-1] = f"=SUM(B{r}:{right}{r})"
        ws.append(values)
    if table.total_columns:
        last = first + len(table.rows) - 1
        total: list[Any] = [_styled(ws, "合计", font=_BOLD)]
        total += [None] * (len(table.headers) - 1)
        for c in table.total_columns:
            letter = get_column_letter(c)
            formula = f"=SUM({letter}{first}:{letter}{last})" if table.rows else 0
            total[c - 1] = _styled(ws, formula, font=_BOLD)
        ws.append(total)


def indicators_workbook(
    report: IndicatorReport,
    people: Sequence[PersonLine] = (),
    names: dict[str, str] | None = None,
) -> Workbook:
    """The workbook, write-only: it can be saved once and not read back."""
    wb = Workbook(write_only=True)
    for table in report_tables(report, people, names):
        _sheet(wb, table, report)
    return wb


def write_indicators_excel(
    path: Path,
    report: IndicatorReport,
    people: Sequence[PersonLine] = (),
    names: dict[str, str] | None = None,
) -> None:
    """Write the workbook all or nothing (``swdesk.atomic``)."""
    save_workbook(indicators_workbook(report, people, names), Path(path))
