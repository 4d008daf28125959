"""PDF 签领表 and 公示 list of an allowance payroll, on A4, drawn straight onto the canvas.

The 签领表 is what people sign when they receive the allowance and what the township files:
unit, months, one line per person and level with the amount and a signature box, a subtotal per
page, the total in figures and in capital numerals (大写金额) on the last page, lines for the
preparer, reviewer and approver and the seal, and "第 i 页 共 n 页". The 公示 list is the same
table without signatures, ID numbers masked, for the notice board before approval.

A sheet of an unapproved run carries a large diagonal "草稿 — 不能签字" on every page, so a
draft printed for checking is never signed by mistake. The CJK font is embedded
(``formats.fonts``). A payroll of thousands of lines is drawn with plain canvas calls — one
string per cell, no platypus tables — so a county-size sheet takes about as long as reportlab
needs to draw the same strings.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from swdesk.core.documents import shown_id
from swdesk.core.money import capital, yuan
from swdesk.formats.draft_mark import draw_draft_mark
from swdesk.formats.fonts import register_reportlab_font
from swdesk.formats.payroll import Payroll, PayrollLine, masked

PAGE_W, PAGE_H = A4
MARGIN = 15 * mm
ROW_H = 7.5 * mm
HEAD_H = 9 * mm
FONT_SIZE = 9

# (title, width in mm, right-aligned)
SIGN_COLUMNS: tuple[tuple[str, float, bool], ...] = (
    ("序号", 10, True),
    ("村（社区）", 28, False),
    ("姓名", 17, False),
    ("身份证号", 34, False),
    ("等级/项目", 30, False),
    ("月数", 10, True),
    ("标准(元/月)", 17, True),
    ("金额(元)", 17, True),
    ("签名", 17, False),
)
NOTICE_COLUMNS: tuple[tuple[str, float, bool], ...] = (
    ("序号", 10, True),
    ("村（社区）", 32, False),
    ("姓名", 20, False),
    ("身份证号", 36, False),
    ("等级/项目", 36, False),
    ("月数", 12, True),
    ("金额(元)", 34, True),
)


def _cells(i: int, line: PayrollLine, signing: bool, full_ids: bool) -> tuple[str, ...]:
    number = shown_id(line.id_number, full_ids)
    rate = yuan(line.rate) if line.rate else ""
    if signing:
        return (
            str(i),
            line.village,
            line.name,
            number,
            line.item,
            line.months,
            rate,
            yuan(line.amount),
            "",
        )
    return (
        str(i),
        line.village,
        line.name,
        number,
        line.item,
        line.months,
        yuan(line.amount),
    )


class _Sheet:
    """Draws one document: the frame of every page, then rows until the page is full."""

    def __init__(self, p: Payroll, columns: Sequence[tuple[str, float, bool]], title: str) -> None:
        self.p = p
        self.columns = columns
        self.title = title
        self.font = register_reportlab_font()
        self.widths = [w * mm for _, w, _ in columns]
        self.table_w = sum(self.widths)
        self.left = (PAGE_W - self.table_w) / 2
        self.fit_cache: dict[tuple[str, int], str] = {}

    def rows_per_page(self, last: bool) -> int:
        top = PAGE_H - MARGIN - 22 * mm - HEAD_H
        bottom = MARGIN + (34 * mm if last else 14 * mm)
        return int((top - bottom) // ROW_H)

    def pages(self, lines: Sequence[PayrollLine]) -> list[list[tuple[int, PayrollLine]]]:
        numbered = list(enumerate(lines, start=1))
        full, last = self.rows_per_page(False), self.rows_per_page(True)
        out: list[list[tuple[int, PayrollLine]]] = []
        while len(numbered) > last:
            out.append(numbered[:full])
            numbered = numbered[full:]
        out.append(numbered)
        return out

    def fit(self, text: str, col: int) -> str:
        """The text cut with "…" to its column (cached: villages and levels repeat)."""
        key = (text, col)
        found = self.fit_cache.get(key)
        if found is not None:
            return found
        room = self.widths[col] - 4
        out = text
        if pdfmetrics.stringWidth(text, self.font, FONT_SIZE) > room:
            while out and pdfmetrics.stringWidth(out + "…", self.font, FONT_SIZE) > room:
                out = out[:-1]
            out += "…"
        self.fit_cache[key] = out
        return out

    def frame(self, c: Canvas, page: int, count: int, signing: bool) -> float:
        p = self.p
        c.setFont(self.font, 16)
        c.drawCentredString(PAGE_W / 2, PAGE_H - MARGIN - 8 * mm, self.title)
        c.setFont(self.font, FONT_SIZE)
        info = f"发放月份：{p.period}"
        if p.channel:
            info += f"　发放渠道：{p.channel}"
        if p.funder:
            info += f"　资金来源：{p.funder}"
        c.drawString(self.left, PAGE_H - MARGIN - 16 * mm, info)
        c.drawRightString(self.left + self.table_w, PAGE_H - MARGIN - 16 * mm, f"状态：{p.state}")
        c.drawCentredString(PAGE_W / 2, MARGIN - 4 * mm, f"第 {page} 页 共 {count} 页")
        if signing and not p.locked:  # a notice-board list has nothing to sign
            self.watermark(c)
        top = PAGE_H - MARGIN - 22 * mm
        c.setFillGray(0.92)
        c.rect(self.left, top - HEAD_H, self.table_w, HEAD_H, stroke=0, fill=1)
        c.setFillGray(0)
        x = self.left
        for (name, _, _), w in zip(self.columns, self.widths, strict=True):
            c.drawCentredString(x + w / 2, top - HEAD_H + 3 * mm, name)
            x += w
        return top - HEAD_H

    def watermark(self, c: Canvas) -> None:
        draw_draft_mark(c, self.font, PAGE_W, PAGE_H)

    def rows(
        self, c: Canvas, y: float, rows: Sequence[tuple[int, PayrollLine]], signing: bool
    ) -> float:
        aligns = [right for _, _, right in self.columns]
        for i, line in rows:
            y -= ROW_H
            x = self.left
            base = y + (ROW_H - FONT_SIZE) / 2 + 1
            for col, (text, w) in enumerate(
                zip(_cells(i, line, signing, self.p.full_ids), self.widths, strict=True)
            ):
                if text:
                    shown = self.fit(text, col)
                    if aligns[col]:
                        c.drawRightString(x + w - 2, base, shown)
                    else:
                        c.drawString(x + 2, base, shown)
                x += w
        return y

    def grid(self, c: Canvas, top: float, bottom: float) -> None:
        path = c.beginPath()
        y = top
        while y >= bottom - 0.01:
            path.moveTo(self.left, y)
            path.lineTo(self.left + self.table_w, y)
            y -= ROW_H
        x = self.left
        for w in [0.0, *self.widths]:
            x += w
            path.moveTo(x, top + HEAD_H)
            path.lineTo(x, bottom)
        path.moveTo(self.left, top + HEAD_H)
        path.lineTo(self.left + self.table_w, top + HEAD_H)
        c.setLineWidth(0.5)
        c.drawPath(path, stroke=1, fill=0)

    def draw(self, signing: bool) -> bytes:
        buf = io.BytesIO()
        c = Canvas(buf, pagesize=A4, pageCompression=1)
        c.setTitle(self.title)
        c.setCreator("swdesk")
        lines = self.p.paid_lines
        pages = self.pages(lines)
        for n, chunk in enumerate(pages, start=1):
            top = self.frame(c, n, len(pages), signing)
            c.setFont(self.font, FONT_SIZE)
            bottom = self.rows(c, top, chunk, signing)
            self.grid(c, top, bottom)
            page_total = sum(line.amount for _, line in chunk)
            y = bottom - 5 * mm
            c.drawString(self.left, y, f"本页小计：{yuan(page_total)} 元（{len(chunk)} 行）")
            if n == len(pages):
                self.closing(c, y)
            c.showPage()
        c.save()
        return buf.getvalue()

    def closing(self, c: Canvas, y: float) -> None:
        p = self.p
        y -= 7 * mm
        c.setFont(self.font, 10)
        c.drawString(
            self.left, y, f"合计：{p.people} 人，{yuan(p.total)} 元（大写：{capital(p.total)}）"
        )
        y -= 10 * mm
        c.drawString(self.left, y, f"制表人：{p.preparer or ''}")
        c.drawString(self.left + self.table_w * 0.3, y, "审核人：")
        c.drawString(self.left + self.table_w * 0.55, y, "审批人：")
        c.drawString(self.left + self.table_w * 0.8, y, "（盖章）")
        y -= 8 * mm
        c.drawString(self.left, y, "日期：　　　年　　月　　日")


def signing_sheet_pdf(p: Payroll, full_ids: bool = False) -> bytes:
    """The 签领表: names in full, ID numbers masked unless the file's setting asks for whole
    ones on this document (``core.documents``)."""
    return _Sheet(
        p if full_ids else masked(p), SIGN_COLUMNS, f"{p.unit}社会工作者职业津贴签领表"
    ).draw(signing=True)


def notice_pdf(p: Payroll) -> bytes:
    """The 公示 list for the notice board: ID numbers always masked, no signatures."""
    return _Sheet(masked(p), NOTICE_COLUMNS, f"{p.unit}社会工作者职业津贴发放公示").draw(
        signing=False
    )
