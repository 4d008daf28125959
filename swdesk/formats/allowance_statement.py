"""A person's year of allowances on one A4 page (年度津贴明细), printed when someone asks.

Who asks: the worker ("how much did I get this year, and why not in March?"), a village that
checks its people, an auditor. So the page says, for each month, the level and rate paid and
the amount, or why nothing; then the one-off rewards and the corrections (补发 / 扣回) with
the run that paid them; then the year's total in figures and in capital numerals (大写金额).
Only approved or paid runs count in the total; money on a draft or on a 公示 list is shown
with its state and summed apart, because it can still change.

The ID number is masked (first 6 and last 4) as on the 公示 list: the statement is handed
over the counter and may be copied. The CJK font is embedded (``formats.fonts``).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from swdesk.core.money import capital, yuan
from swdesk.formats.fonts import register_reportlab_font

PAGE_W, PAGE_H = A4
MARGIN = 18 * mm
ROW_H = 7 * mm
FONT_SIZE = 9
# Rewards and corrections in a year are a handful; more than this are summed in one row so the
# statement stays one page.
MAX_ONE_OFFS = 12


@dataclass(frozen=True)
class StatementMonth:
    month: str  # "2026-03"
    level: str
    rate: int  # fen a month, 0 when nothing paid
    amount: int  # fen
    state: str  # the run's state as printed, "" when no run covers the month
    note: str  # why nothing, or "按 15 天" for a part month


@dataclass(frozen=True)
class StatementOneOff:
    month: str  # the month it belongs to
    item: str  # "奖励（社会工作师）", "补发", "扣回"
    run: str  # the run that pays it, "2026-04"
    amount: int  # fen
    state: str
    note: str


@dataclass(frozen=True)
class Statement:
    unit: str
    year: int
    name: str
    id_number: str  # masked
    village: str
    level: str  # the level on file now
    months: tuple[StatementMonth, ...]
    one_offs: tuple[StatementOneOff, ...]
    total: int  # fen, approved or paid runs
    pending: int  # fen, runs not yet approved
    printed_on: str  # "2026-12-07"


SMALL_SIZE = 7  # a long reason is printed smaller before it is cut
MONTH_COLUMNS: tuple[tuple[str, float, bool], ...] = (
    ("月份", 16, False),
    ("等级", 28, False),
    ("标准(元/月)", 19, True),
    ("金额(元)", 19, True),
    ("状态", 14, False),
    ("说明", 78, False),
)
ONE_OFF_COLUMNS: tuple[tuple[str, float, bool], ...] = (
    ("所属月份", 16, False),
    ("项目", 28, False),
    ("发放表", 19, False),
    ("金额(元)", 19, True),
    ("状态", 14, False),
    ("说明", 78, False),
)


class _Page:
    def __init__(self, c: Canvas, font: str) -> None:
        self.c = c
        self.font = font
        self.left = MARGIN
        self.width = PAGE_W - 2 * MARGIN

    def fit(self, text: str, room: float) -> tuple[str, int]:
        """``text`` and the font size it is drawn at to fit ``room`` points: as it is, smaller,
        or at the smaller size cut with "…"."""
        for size in (FONT_SIZE, SMALL_SIZE):
            if pdfmetrics.stringWidth(text, self.font, size) <= room:
                return text, size
        while text and pdfmetrics.stringWidth(text + "…", self.font, SMALL_SIZE) > room:
            text = text[:-1]
        return text + "…", SMALL_SIZE

    def table(
        self,
        y: float,
        columns: Sequence[tuple[str, float, bool]],
        rows: Sequence[Sequence[str]],
    ) -> float:
        """Header and rows from ``y`` down, ruled; returns the bottom."""
        c = self.c
        widths = [w * mm for _, w, _ in columns]
        total_w = sum(widths)
        c.setFillGray(0.92)
        c.rect(self.left, y - ROW_H, total_w, ROW_H, stroke=0, fill=1)
        c.setFillGray(0)
        c.setFont(self.font, FONT_SIZE)
        x = self.left
        for (title, _, _), w in zip(columns, widths, strict=True):
            c.drawCentredString(x + w / 2, y - ROW_H + 2.4 * mm, title)
            x += w
        bottom = y - ROW_H * (len(rows) + 1)
        for i, row in enumerate(rows, start=2):
            base = y - ROW_H * i + 2.4 * mm
            x = self.left
            for (_, _, right), w, text in zip(columns, widths, row, strict=True):
                shown, size = self.fit(text, w - 4)
                c.setFont(self.font, size)
                if right:
                    c.drawRightString(x + w - 2, base, shown)
                else:
                    c.drawString(x + 2, base, shown)
                x += w
        path = c.beginPath()
        for i in range(len(rows) + 2):
            path.moveTo(self.left, y - ROW_H * i)
            path.lineTo(self.left + total_w, y - ROW_H * i)
        x = self.left
        for w in [0.0, *widths]:
            x += w
            path.moveTo(x, y)
            path.lineTo(x, bottom)
        c.setLineWidth(0.5)
        c.drawPath(path, stroke=1, fill=0)
        return bottom


def _money(fen: int) -> str:
    return yuan(fen) if fen else ""


def statement_pdf(s: Statement) -> bytes:
    """The statement as one A4 page."""
    font = register_reportlab_font()
    buf = io.BytesIO()
    # The canvas starts every page in Helvetica unless told: name the CJK font, so it is the
    # only font in the file and nothing has to come from the reader's PC.
    c = Canvas(buf, pagesize=A4, pageCompression=1, initialFontName=font)
    title = f"{s.year} 年津贴明细"
    c.setTitle(f"{s.name} {title}")
    c.setCreator("swdesk")
    page = _Page(c, font)
    y = PAGE_H - MARGIN - 6 * mm
    c.setFont(font, 16)
    c.drawCentredString(PAGE_W / 2, y, title)
    y -= 9 * mm
    c.setFont(font, 10)
    c.drawString(page.left, y, f"单位：{s.unit}")
    c.drawString(page.left + page.width * 0.5, y, f"村（社区）：{s.village}")
    y -= 6 * mm
    c.drawString(page.left, y, f"姓名：{s.name}")
    c.drawString(page.left + page.width * 0.25, y, f"身份证号：{s.id_number}")
    c.drawString(page.left + page.width * 0.65, y, f"现有等级：{s.level or '无'}")
    y -= 5 * mm
    month_rows = [
        (m.month, m.level, _money(m.rate), yuan(m.amount) if m.level else "", m.state, m.note)
        for m in s.months
    ]
    y = page.table(y, MONTH_COLUMNS, month_rows)
    y -= 8 * mm
    c.setFont(font, 11)
    c.drawString(page.left, y, "奖励与更正（补发、扣回）")
    y -= 2 * mm
    shown = list(s.one_offs[:MAX_ONE_OFFS])
    rows = [(o.month, o.item, o.run, yuan(o.amount), o.state, o.note) for o in shown]
    rest = s.one_offs[MAX_ONE_OFFS:]
    if rest:
        rows.append(
            ("", f"另有 {len(rest)} 笔", "", yuan(sum(o.amount for o in rest)), "", "已计入合计")
        )
    if not rows:
        rows = [("", "无", "", "", "", "")]
    y = page.table(y, ONE_OFF_COLUMNS, rows)
    y -= 10 * mm
    c.setFont(font, 11)
    c.drawString(page.left, y, f"{s.year} 年合计：{yuan(s.total)} 元（大写：{capital(s.total)}）")
    c.setFont(font, FONT_SIZE)
    y -= 6 * mm
    c.drawString(
        page.left,
        y,
        "合计只含已审核、已发放的发放表；奖励计入所属月份，补发、扣回计入被更正的月份。",
    )
    if s.pending:
        y -= 5 * mm
        c.drawString(
            page.left,
            y,
            f"另有草稿或公示中的发放表 {yuan(s.pending)} 元，审核后才计入合计。",
        )
    y -= 14 * mm
    c.setFont(font, 10)
    c.drawString(page.left, y, f"打印日期：{s.printed_on}")
    c.drawString(page.left + page.width * 0.45, y, "经办人：")
    c.drawString(page.left + page.width * 0.75, y, "（盖章）")
    c.showPage()
    c.save()
    return buf.getvalue()
