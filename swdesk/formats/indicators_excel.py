"""年度社会工作专业人才统计表 as an Excel workbook: one sheet per table.

Every sheet starts with the form's title and the unit and as-of date (and repeats them in the
printed page header), ID numbers are stored as text so Excel never rounds them, and each 合计
is a SUM formula, so a figure corrected by hand in Excel or WPS updates its total.

The workbook is streamed row by row (``formats.xlsx_stream``): a county's name list runs to
tens of thousands of lines, and openpyxl spent about 8 s of CPU serialising the cells of
54,000 names, write-only mode or not.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from openpyxl.utils import get_column_letter

from swdesk.core.indicators.results import IndicatorReport
from swdesk.formats.indicator_tables import (
    TITLE,
    PersonLine,
    Table,
    heading,
    report_tables,
)
from swdesk.formats.xlsx_stream import BOLD, HEADER, TEXT, Sheet, Styled, write_xlsx
from swdesk.formats.xlsx_stream import TITLE as TITLE_STYLE

HEADER_ROW = 3  # title, unit and date, then the column headers


def _rows(table: Table, report: IndicatorReport) -> Iterator[Sequence[object]]:
    yield [Styled(f"{TITLE}：{table.title}", TITLE_STYLE)]
    yield [heading(report)]
    yield [Styled(h, HEADER) for h in table.headers]
    first = HEADER_ROW + 1
    text = [c - 1 for c in table.text_columns]  # an ID number is text, never a number
    sums = table.row_totals and len(table.headers) > 2
    right = get_column_letter(len(table.headers) - 1)
    for r, row in enumerate(table.rows, start=first):
        values: list[object] = list(row)
        for i in text:
            values[i] = Styled(str(values[i]), TEXT)
        if sums:
            values[-1] = f"=SUM(B{r}:{right}{r})"
        yield values
    if table.total_columns:
        last = first + len(table.rows) - 1
        total: list[object] = [Styled("合计", BOLD)] + [None] * (len(table.headers) - 1)
        for c in table.total_columns:
            letter = get_column_letter(c)
            formula = f"=SUM({letter}{first}:{letter}{last})" if table.rows else 0
            total[c - 1] = Styled(formula, BOLD)
        yield total


def indicator_sheets(
    report: IndicatorReport,
    people: Sequence[PersonLine] = (),
    names: dict[str, str] | None = None,
) -> list[Sheet]:
    return [
        Sheet(
            title=table.title,
            rows=_rows(table, report),
            widths=table.widths,
            frozen_rows=HEADER_ROW,
            print_title_row=HEADER_ROW,
            header=f"{TITLE}　{heading(report)}",
            footer="第 &P 页 共 &N 页",
        )
        for table in report_tables(report, people, names)
    ]


def write_indicators_excel(
    path: Path,
    report: IndicatorReport,
    people: Sequence[PersonLine] = (),
    names: dict[str, str] | None = None,
) -> None:
    """Write the workbook all or nothing (``swdesk.atomic``)."""
    write_xlsx(Path(path), indicator_sheets(report, people, names))
