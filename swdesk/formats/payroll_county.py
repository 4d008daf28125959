"""The county's summary of its townships' allowance payrolls as an Excel sheet.

One row per township and month — people paid, the amount, the state of the township's run —
and per month a county total as COUNTIFS / SUMIF formulas over those rows, so a figure
corrected in Excel or WPS carries through. No ID numbers or names of people: the sheet is
about townships.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from openpyxl import Workbook
from openpyxl.styles import Font

from swdesk.core.allowance import LOCKED_STATES, RUN_STATE_LABELS
from swdesk.formats.payroll import _GRID, _MONEY, _page_setup, new_sheet

HEADERS = ("月份", "乡镇（街道）", "代码", "发放表", "状态", "人数", "金额（元）")
WIDTHS = (10, 18, 14, 20, 10, 8, 14)
TOTAL_HEADERS = ("月份", "报送乡镇数", "已审核乡镇数", "人数", "金额（元）")
NOT_SENT = "未报送"


@dataclass(frozen=True)
class CountyRow:
    """One township's month as the sheet prints it."""

    month: str
    township: str  # its name
    code: str
    run: str  # "2026-01" or "2026-01 至 2026-03"; "" when none
    state: str  # the run's state label, or NOT_SENT
    people: int
    amount: int  # fen


def county_workbook(county: str, period: str, rows: Sequence[CountyRow]) -> Workbook:
    """Rows sorted by month (then township) as given; totals below them as formulas."""
    wb, ws = new_sheet(
        "乡镇汇总", f"{county}社会工作者职业津贴发放汇总", f"期间：{period}", HEADERS, WIDTHS
    )
    head = 3
    first = head + 1
    for i, r in enumerate(rows):
        values = (r.month, r.township, r.code, r.run, r.state, r.people, r.amount / 100)
        for col, value in enumerate(values, start=1):
            ws.cell(row=first + i, column=col, value=value).border = _GRID
        ws.cell(row=first + i, column=1).number_format = "@"
        ws.cell(row=first + i, column=3).number_format = "@"
        ws.cell(row=first + i, column=7).number_format = _MONEY
    last = max(first + len(rows) - 1, first)
    a, e, f, g = (f"${c}${first}:${c}${last}" for c in "AEFG")
    top = last + 2
    ws.cell(row=top, column=1, value="全县每月合计").font = Font(bold=True)
    for col, text in enumerate(TOTAL_HEADERS, start=1):
        cell = ws.cell(row=top + 1, column=col, value=text)
        cell.font = Font(bold=True)
        cell.border = _GRID
    months = list(dict.fromkeys(r.month for r in rows))
    approved = "+".join(
        f'COUNTIFS({a},A{{row}},{e},"{RUN_STATE_LABELS[s]}")' for s in sorted(LOCKED_STATES)
    )
    for i, m in enumerate(months):
        row = top + 2 + i
        formulas = (
            m,
            f'=COUNTIFS({a},A{row},{e},"<>{NOT_SENT}")',
            "=" + approved.format(row=row),
            f"=SUMIF({a},A{row},{f})",
            f"=SUMIF({a},A{row},{g})",
        )
        for col, value in enumerate(formulas, start=1):
            ws.cell(row=row, column=col, value=value).border = _GRID
        ws.cell(row=row, column=1).number_format = "@"
        ws.cell(row=row, column=5).number_format = _MONEY
    end = top + 2 + len(months)
    ws.cell(row=end, column=1, value="合计").font = Font(bold=True)
    for col, c in ((4, "D"), (5, "E")):
        cell = ws.cell(row=end, column=col, value=f"=SUM({c}{top + 2}:{c}{max(end - 1, top + 2)})")
        cell.font = Font(bold=True)
        cell.border = _GRID
    ws.cell(row=end, column=5).number_format = _MONEY
    _page_setup(ws, head, landscape=False)
    return wb
