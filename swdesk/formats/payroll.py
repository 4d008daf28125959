"""The allowance payroll as people receive it: the Excel 发放表, the bank's 代发 sheet.

A payroll is handed to three readers: the township's finance clerk (every line, with the reason
for anyone in post who gets nothing, totals that recalculate when a line is corrected in Excel
or WPS), the bank that pays it (姓名, 身份证号, 账号, 金额 — the only sheet with full numbers),
and the people who sign for it (the PDF 签领表, ``payroll_pdf``). All three are built from one
``Payroll`` so they always agree.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from swdesk.core.allowance import KIND_ADJUSTMENT, KIND_REWARD
from swdesk.core.documents import shown_id
from swdesk.core.idnumber import mask_id_number
from swdesk.core.money import capital


@dataclass(frozen=True)
class PayrollLine:
    """One line as printed: one person, one level and rate (or a reward, or a correction)."""

    village: str
    name: str
    id_number: str
    level: str
    months: str  # "3", or "15 天" for a part month paid by days
    rate: int  # fen a month (0 for rewards and corrections)
    amount: int  # fen
    kind: str = "allowance"
    note: str = ""  # why nothing, or what a reward/correction is for
    account: str = ""  # payee account (社保卡 or bank card), for the bank's sheet only

    @property
    def item(self) -> str:
        """The 等级/项目 column: the level, or what a one-off line pays."""
        if self.kind == KIND_REWARD:
            return f"奖励（{self.level}）"
        if self.kind == KIND_ADJUSTMENT:
            return ("补发" if self.amount >= 0 else "扣回") + (
                f"（{self.note}）" if self.note else ""
            )
        return self.level


@dataclass(frozen=True)
class Payroll:
    """A run as the documents show it."""

    unit: str  # the township (or unit) paying
    period: str  # "2026-01" or "2026-01 至 2026-03"
    state: str  # the state as the sheet prints it (its label, e.g. 草稿)
    channel: str = ""
    funder: str = ""
    lines: tuple[PayrollLine, ...] = ()
    preparer: str = ""
    locked: bool = False  # approved: the documents can be signed
    full_ids: bool = True  # whole ID numbers (else first 6 and last 4: core.documents)

    @property
    def paid_lines(self) -> list[PayrollLine]:
        return [line for line in self.lines if line.amount != 0]

    @property
    def total(self) -> int:
        return sum(line.amount for line in self.lines)

    @property
    def people(self) -> int:
        return len({line.id_number for line in self.paid_lines})


def by_village(lines: Sequence[PayrollLine]) -> list[tuple[str, int, int]]:
    """(village, people paid, fen) in the order villages first appear: the sheet's subtotals."""
    order: dict[str, tuple[set[str], int]] = {}
    for line in lines:
        people, amount = order.get(line.village, (set(), 0))
        if line.amount:
            people.add(line.id_number)
        order[line.village] = (people, amount + line.amount)
    return [(v, len(p), a) for v, (p, a) in order.items()]


_THIN = Side(style="thin", color="808080")
_GRID = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_MONEY = "#,##0.00"
PAYROLL_HEADERS = (
    "序号",
    "村（社区）",
    "姓名",
    "身份证号",
    "等级/项目",
    "月数",
    "标准（元/月）",
    "金额（元）",
    "说明",
)
PAYROLL_WIDTHS = (6, 16, 10, 21, 22, 7, 12, 12, 36)
BANK_HEADERS = ("序号", "姓名", "身份证号", "账号", "金额（元）")
BANK_WIDTHS = (6, 10, 21, 24, 12)


def _title(ws: Worksheet, text: str, sub: str, columns: int) -> None:
    last = get_column_letter(columns)
    ws.merge_cells(f"A1:{last}1")
    ws.merge_cells(f"A2:{last}2")
    ws["A1"] = text
    ws["A1"].font = Font(size=14, bold=True)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws["A2"] = sub
    ws["A2"].alignment = Alignment(horizontal="center")


def _header(ws: Worksheet, row: int, headers: Sequence[str], widths: Sequence[int]) -> None:
    for col, (text, width) in enumerate(zip(headers, widths, strict=True), start=1):
        cell = ws.cell(row=row, column=col, value=text)
        cell.font = Font(bold=True)
        cell.border = _GRID
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        ws.column_dimensions[get_column_letter(col)].width = width


def new_sheet(
    title: str, heading: str, sub: str, headers: Sequence[str], widths: Sequence[int]
) -> tuple[Workbook, Worksheet]:
    """A workbook whose one sheet has the title lines (rows 1–2) and the header row (3)."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = title
    _title(ws, heading, sub, len(headers))
    _header(ws, 3, headers, widths)
    return wb, ws


def _page_setup(ws: Worksheet, header_row: int, landscape: bool) -> None:
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = f"{header_row}:{header_row}"
    ws.oddFooter.center.text = "第 &P 页 共 &N 页"
    ws.freeze_panes = ws.cell(row=header_row + 1, column=1)


def _money(cell_value: int) -> float:
    return cell_value / 100


def payroll_workbook(p: Payroll) -> Workbook:
    """The 发放表: every line (with reasons), village subtotals, a total as formulas."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "发放表"
    sub = f"发放月份：{p.period}　状态：{p.state}"
    if p.channel:
        sub += f"　发放渠道：{p.channel}"
    if p.funder:
        sub += f"　资金来源：{p.funder}"
    _title(ws, f"{p.unit}社会工作者职业津贴发放表", sub, len(PAYROLL_HEADERS))
    head = 3
    _header(ws, head, PAYROLL_HEADERS, PAYROLL_WIDTHS)
    first = head + 1
    for i, line in enumerate(p.lines, start=1):
        r = head + i
        values: tuple[object, ...] = (
            i,
            line.village,
            line.name,
            shown_id(line.id_number, p.full_ids),
            line.item,
            line.months,
            _money(line.rate) if line.rate else None,
            _money(line.amount),
            line.note if line.kind == "allowance" else "",
        )
        for col, value in enumerate(values, start=1):
            cell = ws.cell(row=r, column=col, value=value)
            cell.border = _GRID
        ws.cell(row=r, column=4).number_format = "@"  # an ID number is text, never a number
        ws.cell(row=r, column=7).number_format = _MONEY
        ws.cell(row=r, column=8).number_format = _MONEY
    last = head + len(p.lines)
    total_row = last + 1
    ws.cell(row=total_row, column=1, value="合计").font = Font(bold=True)
    ws.merge_cells(start_row=total_row, start_column=1, end_row=total_row, end_column=7)
    total = ws.cell(row=total_row, column=8, value=f"=SUM(H{first}:H{max(last, first)})")
    total.number_format = _MONEY
    total.font = Font(bold=True)
    ws.cell(row=total_row, column=9, value=f"大写：{capital(p.total)}")
    for col in range(1, len(PAYROLL_HEADERS) + 1):
        ws.cell(row=total_row, column=col).border = _GRID
    sign = total_row + 2
    ws.cell(
        row=sign,
        column=1,
        value=f"制表人：{p.preparer or '　' * 6}　　审核人：　　　　　　审批人：　　　　　　（盖章）",
    )
    _page_setup(ws, head, landscape=True)
    _village_sheet(wb, p, first, last)
    return wb


def _village_sheet(wb: Workbook, p: Payroll, first: int, last: int) -> None:
    """Totals per village as SUMIF formulas over the 发放表, so a corrected line carries through."""
    ws = wb.create_sheet("分村汇总")
    _title(ws, f"{p.unit}职业津贴分村（社区）汇总", f"发放月份：{p.period}", 3)
    _header(ws, 3, ("村（社区）", "人数", "金额（元）"), (20, 8, 14))
    villages = by_village(p.lines)
    for i, (village, people, _amount) in enumerate(villages, start=4):
        ws.cell(row=i, column=1, value=village).border = _GRID
        ws.cell(row=i, column=2, value=people).border = _GRID
        cell = ws.cell(
            row=i, column=3, value=f"=SUMIF(发放表!B{first}:B{last},A{i},发放表!H{first}:H{last})"
        )
        cell.number_format = _MONEY
        cell.border = _GRID
    end = 3 + len(villages)
    total_row = end + 1
    ws.cell(row=total_row, column=1, value="合计").font = Font(bold=True)
    ws.cell(row=total_row, column=2, value=f"=SUM(B4:B{max(end, 4)})")
    total = ws.cell(row=total_row, column=3, value=f"=SUM(C4:C{max(end, 4)})")
    total.number_format = _MONEY
    for col in (1, 2, 3):
        ws.cell(row=total_row, column=col).border = _GRID
    _page_setup(ws, 3, landscape=False)


def bank_workbook(p: Payroll) -> Workbook:
    """The bank's 代发 sheet: full ID and account numbers (the one document that needs them)."""
    wb, ws = new_sheet(
        "代发", f"{p.unit}职业津贴代发明细", f"发放月份：{p.period}", BANK_HEADERS, BANK_WIDTHS
    )
    head = 3
    totals: dict[str, tuple[PayrollLine, int]] = {}
    for line in p.paid_lines:
        kept, amount = totals.get(line.id_number, (line, 0))
        totals[line.id_number] = (kept, amount + line.amount)
    rows = [(line, amount) for line, amount in totals.values() if amount > 0]
    for i, (line, amount) in enumerate(rows, start=1):
        r = head + i
        for col, value in enumerate(
            (i, line.name, shown_id(line.id_number, p.full_ids), line.account, _money(amount)), 1
        ):
            ws.cell(row=r, column=col, value=value).border = _GRID
        ws.cell(row=r, column=3).number_format = "@"
        ws.cell(row=r, column=4).number_format = "@"
        ws.cell(row=r, column=5).number_format = _MONEY
    last = head + len(rows)
    total_row = last + 1
    ws.cell(row=total_row, column=1, value="合计").font = Font(bold=True)
    total = ws.cell(row=total_row, column=5, value=f"=SUM(E{head + 1}:E{max(last, head + 1)})")
    total.number_format = _MONEY
    total.font = Font(bold=True)
    _page_setup(ws, head, landscape=False)
    return wb


def masked(p: Payroll) -> Payroll:
    """The same payroll with ID numbers masked (first 6, last 4) and no accounts: for 公示."""
    lines = tuple(
        PayrollLine(
            line.village,
            line.name,
            mask_id_number(line.id_number),
            line.level,
            line.months,
            line.rate,
            line.amount,
            line.kind,
            line.note,
            "",
        )
        for line in p.lines
    )
    return Payroll(p.unit, p.period, p.state, p.channel, p.funder, lines, p.preparer, p.locked)
