"""Excel for continuing education: read a sign-in sheet, write the blank sheet and the compliance list.

An attendance list is short and typed by hand (身份证号, 姓名, 学时); ``read_attendance`` turns
it into rows, and ``swdesk.services.training_import`` checks them against the files and saves
them all or nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill

from swdesk.core import ce
from swdesk.core.errors import RuleError
from swdesk.core.i18n import msg
from swdesk.formats.excel_common import (
    bold_row,
    cell_value,
    first_sheet_rows,
    is_footnote,
    save_workbook,
    set_widths,
)
from swdesk.formats.roster_read import HEADER_SCAN_ROWS, field_for_header, norm_header
from swdesk.formats.xlsx_guard import Limits
from swdesk.store import Store, county_views, training

HOURS_HEADERS = ("学时", "培训学时", "认定学时", "获得学时", "学时数", "课时")
_HOURS = {norm_header(h) for h in HOURS_HEADERS}


@dataclass(frozen=True)
class SheetRow:
    row: int
    id_number: object
    name: str | None
    hours: object


def _columns(row: tuple[Any, ...]) -> dict[str, int]:
    cols: dict[str, int] = {}
    for i, cell in enumerate(row):
        key = norm_header(cell)
        f = "hours" if key in _HOURS else field_for_header(cell)
        if f in ("id_number", "name", "hours") and f not in cols:
            cols[f] = i
    return cols


def read_attendance(path: Path, limits: Limits | None = None) -> list[SheetRow]:
    """Rows of the first sheet with a header holding 身份证号 (and usually 姓名, 学时); a file
    past ``limits`` (``formats.xlsx_guard``) is refused unread."""
    rows = first_sheet_rows(path, limits)
    found = next(
        (
            (h, cols)
            for h, row in enumerate(rows[:HEADER_SCAN_ROWS])
            if "id_number" in (cols := _columns(row))
        ),
        None,
    )
    if found is None:
        raise RuleError(
            msg(
                "在 {file} 前 {rows} 行里找不到表头：需要“身份证号”列，通常还有“姓名”和“学时”列。",
                file=Path(path).name,
                rows=HEADER_SCAN_ROWS,
            )
        )
    h, cols = found
    out = []
    for n, row in enumerate(rows[h + 1 :], start=h + 2):

        def get(f: str, row: tuple[Any, ...] = row) -> Any:
            return cell_value(row, cols.get(f))

        idn, name, hours = get("id_number"), get("name"), get("hours")
        if idn is None and name is None and hours is None:
            continue
        if is_footnote(idn, name):
            continue
        out.append(SheetRow(n, idn, str(name) if name is not None else None, hours))
    if not out:
        raise RuleError(msg("{file} 的表头下面没有数据。", file=Path(path).name))
    return out


# -- blank sign-in sheet --------------------------------------------------------------------------
TEMPLATE_HEADERS = ("序号", "姓名", "身份证号", "学时", "签名")
TEMPLATE_ROWS = 60


def write_attendance_template(path: Path, title: str | None = None) -> Path:
    """A blank sign-in sheet to print or fill in, laid out the way the import reads it.

    The ID number column is formatted as text, so Excel keeps all 18 digits (a number column
    would turn them into 5.10104E+17, the commonest broken sign-in sheet).
    """
    wb = Workbook()
    ws = wb.active
    ws.title = "签到表"
    ws.append([f"{title.strip()} 签到表" if title and title.strip() else "培训签到表"])
    ws["A1"].font = Font(bold=True, size=14)
    ws.append(list(TEMPLATE_HEADERS))
    bold_row(ws, 2)
    for n in range(1, TEMPLATE_ROWS + 1):
        ws.append([n, None, None, None, None])
        ws.cell(ws.max_row, 3).number_format = "@"
    set_widths(ws, (6, 12, 22, 8, 14))
    ws.freeze_panes = "A3"
    save_workbook(wb, path)
    return path


# -- compliance list ------------------------------------------------------------------------------
STATUS_FILLS = {
    ce.STATUS_OVERDUE: "F4B6B6",
    ce.STATUS_AT_RISK: "FCE4A8",
    ce.STATUS_ON_TRACK: "DDEBF7",
    ce.STATUS_OK: "C6EFCE",
    ce.STATUS_NOT_REQUIRED: "EDEDED",
}


def export_compliance(
    store: Store,
    path: Path,
    at: date,
    village_code: str | None = None,
    *,
    items: Sequence[training.WorkerStanding] | None = None,
    filters: str = "",
) -> int:
    """The compliance list at ``at``, most urgent first, one coloured row per worker.

    ``items`` exports exactly these standings (what a filtered view shows, computed at
    ``at``) instead of every worker of ``village_code``; ``filters`` says in words which
    filters made them, so a printed list cannot be mistaken for the whole station.
    """
    settings = training.ce_settings(store)
    if items is None:
        items = training.standings(store, at, settings, village_code)
    unit = settings.unit_label
    names = county_views.village_names(store)  # a county's say which township
    # A county's list also has a 乡镇（街道） column of its own, as its other lists do.
    county = county_views.is_county(store)
    towns = county_views.worker_townships(store) if county else {}
    town_names = county_views.township_names(store) if county else {}
    wb = Workbook()
    ws = wb.active
    ws.title = "继续教育达标情况"
    shown = f"；筛选：{filters}" if filters else ""
    ws.append([f"继续教育学时达标情况（统计日期：{at.isoformat()}，规则：{settings.name}{shown}）"])
    ws["A1"].font = Font(bold=True, size=14)
    headers: Sequence[str] = (
        "姓名",
        "身份证号",
        *(("乡镇（街道）",) if county else ()),
        "所在村（社区）",
        "证书等级",
        "登记期开始",
        "登记期结束",
        f"要求（{unit}）",
        f"已获得（{unit}）",
        f"还差（{unit}）",
        "剩余天数",
        "状态",
        "说明",
    )
    ws.append(list(headers))
    bold_row(ws, 2)
    for w in items:
        s = w.standing
        town = towns.get(w.worker_id, "")
        note = s.note
        if s.status == ce.STATUS_OVERDUE and s.previous is not None:
            note = f"上一登记期（至 {s.previous.end.isoformat()}）还差 {s.previous_missing:g}{unit}"
        elif s.window_open and s.status != ce.STATUS_OK and s.required:
            note = "已进入再登记期"
        ws.append(
            [
                w.name,
                w.id_number,
                *([town_names.get(town, town)] if county else []),
                names.get(w.village_code or "", w.village_code or ""),
                w.level or "",
                s.period.start if s.period else None,
                s.period.end if s.period else None,
                s.required,
                s.earned,
                s.missing,
                s.days_left,
                ce.STATUS_LABELS[s.status],
                note,
            ]
        )
        fill = PatternFill("solid", fgColor=STATUS_FILLS[s.status])
        shift = 1 if county else 0
        ws.cell(ws.max_row, 11 + shift).fill = fill
        for col in (5, 6):
            ws.cell(ws.max_row, col + shift).number_format = "yyyy-mm-dd"
    widths = (10, 21, *((14,) if county else ()), 16, 16, 12, 12, 10, 10, 10, 9, 8, 34)
    set_widths(ws, widths)
    ws.freeze_panes = "A3"
    save_workbook(wb, path)
    return len(items)
