"""Excel pieces every swdesk sheet reader and export shares.

Attendance sheets, exam results and the appraisal/exam/compliance exports all read the first
sheet the same way, style their header rows alike and refuse a file Excel still holds open
with the same sentence; keeping that here means one fix reaches every sheet.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from swdesk.atomic import writing
from swdesk.core.errors import RuleError
from swdesk.core.i18n import msg
from swdesk.core.idnumber import parse_id_number
from swdesk.core.text import search_text
from swdesk.formats.xlsx_guard import BROKEN, Limits, bounded, corrupt
from swdesk.formats.xlsx_rows import open_book

_LINE = re.compile(r"^第(\d+)行")


def sort_by_row(problems: list[str]) -> None:
    """Put a sheet's problems in row order (each starts “第N行”; any without a row first)."""
    problems.sort(key=lambda p: int(m.group(1)) if (m := _LINE.match(p)) else 0)


def row_id_number(row: int, raw: object, problems: list[str]) -> str | None:
    """A sheet row's ID number, or None after adding to ``problems`` why it is refused."""
    try:
        return parse_id_number(raw).value
    except RuleError as e:
        shown_raw = raw if raw is not None else msg("（空）")
        problems.append(
            msg(
                "第{row}行：身份证号“{number}”不对：{reason}",
                row=row,
                number=shown_raw,
                reason=e.message,
            )
        )
        return None


def name_mismatch(row: int, number: str, on_file: str, written: str | None) -> str | None:
    """Why a row's name is not the name on file (spaces ignored; a blank name is no claim)."""
    if not written or search_text(written).replace(" ", "") == on_file:
        return None
    return msg(
        "第{row}行：身份证号 {number} 的档案是“{name}”，表里写的是“{written}”，请核对。",
        row=row,
        number=number,
        name=on_file,
        written=written,
    )


def first_sheet_rows(path: Path, limits: Limits | None = None) -> list[tuple[Any, ...]]:
    """Every row (values only) of the active sheet, whatever its stored <dimension> says.

    Refused with a sentence when the file is past ``limits`` or its XML is broken
    (``formats.xlsx_guard``)."""
    path = Path(path)
    book = open_book(path, limits)
    try:
        sheet = book.active or (book.worksheets[0] if book.worksheets else None)
        if sheet is None:
            return []
        return list(bounded(path, book.rows(sheet), limits))
    except BROKEN:
        raise corrupt(path) from None
    finally:
        book.close()


def cell_value(row: tuple[Any, ...], i: int | None) -> Any:
    """Cell ``i`` of ``row`` (None if absent); strings stripped, blank strings None."""
    v = row[i] if i is not None and i < len(row) else None
    return (v.strip() or None) if isinstance(v, str) else v


def is_footnote(id_number: object, name: object) -> bool:
    """A row with no ID number whose name cell starts 合计, 注 or 说明: the total or a note a
    cadre writes under a list, not a person."""
    return id_number is None and isinstance(name, str) and name.startswith(("合计", "注", "说明"))


def bold_row(ws: Worksheet, row: int) -> None:
    for c in ws[row]:
        c.font = Font(bold=True)


def set_widths(ws: Worksheet, widths: Iterable[float]) -> None:
    """Column widths from column A on."""
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def save_workbook(wb: Workbook, path: Path) -> None:
    """Save all or nothing (``swdesk.atomic``): a full disk or a file open in Excel leaves the
    old file as it was and a sentence saying what to do."""
    with writing(path) as f:
        wb.save(f)
