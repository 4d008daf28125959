"""PDF 绩效考评表: the sheet a worker and the appraiser sign and the township seals.

A4, one sheet per worker (a whole round is one file, each sheet starting on a new page): the
title with unit, template and year; the person; the item table (item, maximum, score,
comment) grouped under 职业操守 / 服务绩效 / 群众满意度; total and grade; overall comments;
signature lines and the township's opinion with room for the seal. Long comments wrap and the
table flows onto further pages with its header repeated (rows split inside a long comment).

Each page's footer carries the short content hash and a QR code (round, worker, full hash), so
a signed paper can be matched to its record and a record changed after printing is noticed:
its hash no longer matches the paper's. Every page of a sheet not yet finalized carries the
large diagonal "草稿 — 不能签字" (``formats.draft_mark``). The CJK font is embedded as a subset
(``formats.fonts``) so the file renders on a PC without Chinese fonts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from swdesk.atomic import writing
from swdesk.core import appraisal as ap
from swdesk.core import documents
from swdesk.core.errors import RuleError
from swdesk.core.i18n import msg
from swdesk.formats import qr_fast
from swdesk.formats.appraisal_fast import (
    MARGIN,
    NUMERALS,
    STATE_NOTE,
    WIDTH,
    FastSheets,
    score_text,
)
from swdesk.formats.draft_mark import draw_draft_mark
from swdesk.formats.fonts import register_reportlab_font
from swdesk.store import Store, accounts

FOOTER = 22 * mm
QR_SIZE = 18 * mm
QR_MASK = qr_fast.DEFAULT_MASK


def _p(text: str | None) -> str:
    """Text for a Paragraph: escaped, line breaks kept."""
    return escape(text or "").replace("\n", "<br/>")


def _cell(text: str | None, style: ParagraphStyle, fits: int = 14) -> Any:
    """A plain string for short text (a table draws it as is); a wrapping Paragraph otherwise.

    Paragraphs are what make CJK text wrap, and also most of the layout time: a sheet has
    dozens of short cells that never wrap.
    """
    t = text or ""
    if len(t) <= fits and "\n" not in t:
        return t
    return Paragraph(_p(t), style)


class _SharedParagraph(Paragraph):
    """A Paragraph laid out once per width and drawn on many sheets.

    Every sheet of a round repeats its template's item texts; breaking CJK lines is most of
    the layout time, so the item cells are made once per template item (``_ItemCells``) and
    reuse their line breaks (sheets are drawn one after another, never at the same time).
    """

    _wrapped: tuple[float, tuple[float, float]] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self._wrapped is not None and self._wrapped[0] == availWidth:
            return self._wrapped[1]
        size = super().wrap(availWidth, availHeight)
        self._wrapped = (availWidth, size)
        return size


class _ItemCells:
    """The item cell of each template item, made once per output file."""

    def __init__(self, style: ParagraphStyle) -> None:
        self._style = style
        self._cells: dict[tuple[str, int, str], _SharedParagraph] = {}

    def get(self, tpl: ap.Template, it: ap.Item) -> _SharedParagraph:
        key = (tpl.key, tpl.version, it.name)
        cell = self._cells.get(key)
        if cell is None:
            cell = _SharedParagraph(
                f'<font size="9.5">{_p(it.name)}</font>　{_p(it.description)}', self._style
            )
            self._cells[key] = cell
        return cell


@dataclass
class _Styles:
    title: ParagraphStyle
    sub: ParagraphStyle
    cell: ParagraphStyle
    small: ParagraphStyle
    head: ParagraphStyle
    items: _ItemCells


def _styles(font: str) -> _Styles:
    base = ParagraphStyle("a_base", fontName=font, fontSize=10, leading=14, wordWrap="CJK")
    small = ParagraphStyle("a_small", parent=base, fontSize=8.5, leading=11.5)
    return _Styles(
        title=ParagraphStyle("a_title", parent=base, fontSize=16, leading=22, alignment=TA_CENTER),
        sub=ParagraphStyle("a_sub", parent=base, fontSize=9, leading=12, alignment=TA_CENTER),
        cell=ParagraphStyle("a_cell", parent=base, fontSize=9.5, leading=13),
        small=small,
        head=ParagraphStyle("a_head", parent=base, fontSize=10, leading=13, alignment=TA_CENTER),
        items=_ItemCells(small),
    )


def qr_modules(text: str, mask: int = QR_MASK) -> list[list[bool]]:
    """The QR code of ``text`` (level M) as rows of dark/light modules.

    Any of the eight masks gives a valid symbol — the mask number is in the format information
    every reader decodes first — so one fixed mask is used instead of reportlab's choice among
    all eight (which encodes the symbol nine times); ``qr_fast`` encodes it once.
    """
    return [[m == "1" for m in row] for row in qr_fast.qr_rows(text, mask)]


def draw_qr(canvas: Canvas, text: str, x: float, y: float, size: float = QR_SIZE) -> None:
    """Draw the QR code at (x, y), ``size`` square with a quiet zone of one module.

    One path in module units under one scaling transform (small integers, one ``re`` per run
    of dark modules in a row) and one fill: going through reportlab's path object, or a
    rectangle per module, formats thousands of floats per code.
    """
    rows = qr_fast.qr_rows(text)
    box = size / (len(rows) + 2)
    canvas.addLiteral(
        f"q 0 g {box:.5f} 0 0 {box:.5f} {x:.3f} {y:.3f} cm\n{qr_fast.rect_ops(rows)}\nQ"
    )


class _SheetStart(Flowable):
    """Zero-size marker: tells the page footer which sheet the following pages belong to."""

    def __init__(self, state: _FooterState, sheet: ap.Sheet) -> None:
        super().__init__()
        self._state = state
        self._sheet = sheet
        self.width = self.height = 0

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self._state.start(self._sheet)


class _FastSheet(Flowable):
    """A whole one-page sheet drawn by ``FastSheets`` at its absolute place on the page.

    Zero size for the frame (a page break follows every sheet); it marks the sheet start for
    the footer like ``_SheetStart`` and then draws.
    """

    def __init__(self, fast: FastSheets, state: _FooterState, sheet: ap.Sheet, draw: Any) -> None:
        super().__init__()
        self._fast = fast
        self._state = state
        self._sheet = sheet
        self._draw_sheet = draw
        self.width = self.height = 0

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return 0, 0

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        self._state.start(self._sheet)
        self._fast.canvas = canvas
        self._draw_sheet()


class _FooterState:
    """The sheet being laid out and its page count, read by the page-end callback."""

    def __init__(self, font: str) -> None:
        self.font = font
        self.sheet: ap.Sheet | None = None
        self.page_in_sheet = 0
        self._hash = ""

    def start(self, sheet: ap.Sheet) -> None:
        self.sheet = sheet
        self.page_in_sheet = 0
        self._hash = sheet.hash

    def draw(self, canvas: Canvas, doc: Any) -> None:
        sh = self.sheet
        if sh is None:
            return
        self.page_in_sheet += 1
        canvas.saveState()
        canvas.setFont(self.font, 8)
        canvas.setFillColor(colors.HexColor("#333333"))
        y = 10 * mm
        canvas.drawString(
            MARGIN,
            y + 9,
            f"记录校验码：{ap.short_hash(self._hash)}    "
            f"{sh.person.get('name', '')} · {sh.year}年度 · 第 {self.page_in_sheet} 页",
        )
        canvas.setFont(self.font, 6.5)
        canvas.drawString(MARGIN, y, f"完整校验码 {self._hash}")
        canvas.drawString(
            MARGIN,
            y - 8,
            "签字后内容如有改动，系统中的校验码将与本页不符。扫描右侧二维码可查对记录。",
        )
        draw_qr(canvas, sh.qr_text(self._hash), A4[0] - MARGIN - QR_SIZE, 4 * mm)
        if sh.state == ap.STATE_DRAFT:  # every page of a draft, so no page of it gets signed
            draw_draft_mark(canvas, self.font, *A4)
        if self.page_in_sheet > 1:
            canvas.setFont(self.font, 8)
            canvas.drawString(
                MARGIN, A4[1] - 11 * mm, f"{sh.title} — {sh.person.get('name', '')}（续）"
            )
        canvas.restoreState()


def _person_table(sh: ap.Sheet, s: _Styles, grid: list[Any]) -> Table:
    p = sh.person
    rows = [
        ["姓名", p.get("name", ""), "性别", p.get("gender", "")],
        ["所在单位", p.get("unit", ""), "岗位", p.get("post", "")],
        ["职业水平", p.get("level", ""), "考评类别", ap.KIND_LABELS.get(sh.template.kind, "")],
    ]
    t = Table(
        [[_cell(c, s.cell) for c in r] for r in rows],
        colWidths=[22 * mm, 63 * mm, 22 * mm, WIDTH - 107 * mm],
    )
    t.setStyle(
        TableStyle(
            [
                *grid,
                ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#F2F2F2")),
                ("BACKGROUND", (2, 0), (2, -1), colors.HexColor("#F2F2F2")),
            ]
        )
    )
    return t


def _item_table(sh: ap.Sheet, s: _Styles, grid: list[Any]) -> Table:
    rows: list[list[Any]] = [["考评项目及要求", "分值", "得分", "评语"]]
    style: list[Any] = [
        *grid,
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDEBF7")),
        ("ALIGN", (0, 0), (-2, 0), "CENTER"),
        ("ALIGN", (-1, 0), (-1, 0), "CENTER"),
        ("ALIGN", (0, -1), (2, -1), "CENTER"),
        ("ALIGN", (1, 1), (2, -1), "CENTER"),
        ("FONTSIZE", (0, 0), (-1, -1), 9.5),
    ]
    for n, (group, items) in enumerate(sh.template.groups()):
        numeral = NUMERALS[n] if n < len(NUMERALS) else str(n + 1)
        subtotal = sum(i.max for i in items)
        rows.append(
            [Paragraph(f"{numeral}、{_p(group)}（{score_text(subtotal)}分）", s.cell), "", "", ""]
        )
        style += [
            ("SPAN", (0, len(rows) - 1), (-1, len(rows) - 1)),
            ("BACKGROUND", (0, len(rows) - 1), (-1, len(rows) - 1), colors.HexColor("#F2F2F2")),
        ]
        for it in items:
            rows.append(
                [
                    s.items.get(sh.template, it),
                    score_text(it.max),
                    score_text(sh.scores.get(it.name)),
                    _cell(sh.item_comments.get(it.name), s.cell),
                ]
            )
    total = sh.total
    grade = sh.grade or "—"
    rows.append(
        [
            "合计",
            score_text(sh.template.total_max),
            score_text(total) if total is not None else "未完成",
            f"考评等次：{grade}",
        ]
    )
    style.append(("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#FFF2CC")))
    t = Table(
        rows,
        colWidths=[80 * mm, 12 * mm, 12 * mm, WIDTH - 104 * mm],
        repeatRows=1,
    )
    t.setStyle(TableStyle(style))
    return t


def _signatures(s: _Styles, font: str) -> Table:
    line = "____________________"
    date_line = "______年____月____日"
    rows = [
        [Paragraph("被考评人签字：", s.cell), line, Paragraph("日期：", s.cell), date_line],
        [Paragraph("考评人签字：", s.cell), line, Paragraph("日期：", s.cell), date_line],
        [Paragraph("镇（街道）审核意见：", s.cell), "", "", ""],
        ["", "", Paragraph("（盖章）", s.cell), ""],
        ["", "", Paragraph("日期：", s.cell), date_line],
    ]
    t = Table(
        rows,
        colWidths=[34 * mm, 62 * mm, 20 * mm, WIDTH - 116 * mm],
        rowHeights=[10 * mm, 10 * mm, 12 * mm, 14 * mm, 9 * mm],
    )
    t.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), font),
                ("FONTSIZE", (0, 0), (-1, -1), 9.5),
                ("VALIGN", (0, 0), (-1, 1), "BOTTOM"),
                ("VALIGN", (0, 2), (-1, -1), "TOP"),
                # the township writes its opinion in this box and seals it at the lower right
                ("BOX", (0, 2), (-1, -1), 0.6, colors.black),
                ("SPAN", (0, 2), (-1, 2)),
            ]
        )
    )
    return t


def sheet_story(
    sh: ap.Sheet, font: str, footer: _FooterState, s: _Styles | None = None
) -> list[Any]:
    """The flowables of one sheet (tests and the benchmark use this without a file)."""
    s = s or _styles(font)
    grid: list[Any] = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("FONTNAME", (0, 0), (-1, -1), font),
    ]
    story: list[Any] = [
        _SheetStart(footer, sh),
        Paragraph(_p(sh.title), s.title),
    ]
    note = STATE_NOTE.get(sh.state, "")
    if note:
        story.append(Paragraph(note, s.sub))
    story += [
        Spacer(1, 4 * mm),
        _person_table(sh, s, grid),
        Spacer(1, 4 * mm),
        _item_table(sh, s, grid),
    ]
    if sh.discipline:
        cap = sh.rules.caps.get(sh.discipline)
        story.append(Spacer(1, 2 * mm))
        story.append(
            Paragraph(
                f"本年度受{sh.discipline}处分" + (f"，考评等次最高为{cap}。" if cap else "。"),
                s.cell,
            )
        )
    overall = Table(
        [[Paragraph("总体评语", s.head), Paragraph(_p(sh.overall_comment) or "&nbsp;", s.cell)]],
        colWidths=[22 * mm, WIDTH - 22 * mm],
        splitInRow=1,
    )
    overall.setStyle(TableStyle(grid))
    story += [Spacer(1, 4 * mm), overall, Spacer(1, 5 * mm), KeepTogether(_signatures(s, font))]
    return story


def write_sheets(sheets: Sequence[ap.Sheet], out: Path, author: str = "swdesk") -> Path:
    """One PDF: each sheet starts on a new page (one worker, or a whole round to print at once)."""
    if not sheets:
        raise RuleError(msg("没有可打印的考评表。"))
    font = register_reportlab_font()
    s = _styles(font)
    footer = _FooterState(font)
    fast = FastSheets(font)
    story: list[Any] = []
    for i, sh in enumerate(sheets):
        if i:
            story.append(PageBreak())
        draw = fast.layout(sh)
        if draw is not None:
            story.append(_FastSheet(fast, footer, sh, draw))
        else:  # more than one page: platypus flows it, repeating the table header
            story.extend(sheet_story(sh, font, footer, s))
    out = Path(out)
    title = (
        sheets[0].title
        if len(sheets) == 1
        else f"{sheets[0].unit_name} {sheets[0].year}年度绩效考评表"
    )
    with writing(out) as f:
        _build(f, story, footer, font, title, author)
    return out


def print_sheets(store: Store, sheets: Sequence[ap.Sheet], out: Path) -> Path:
    """``write_sheets`` for this file's unit, the export logged (the sheets print no ID
    number, see ``core.documents.DOC_APPRAISAL_SHEETS``)."""
    written = write_sheets(sheets, out, store.unit_name or "swdesk")
    accounts.log_export(store, documents.DOC_APPRAISAL_SHEETS, str(written), len(sheets), False)
    return written


def _build(
    f: BinaryIO, story: list[Any], footer: _FooterState, font: str, title: str, author: str
) -> None:
    """Lay out and draw ``story`` into the open file ``f``."""
    doc = BaseDocTemplate(
        f,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=15 * mm,
        bottomMargin=FOOTER + 4 * mm,
        title=title,
        author=author,
        initialFontName=font,
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="sheet")
    # The footer is drawn when a page *ends*: by then the page's first sheet marker has run.
    doc.addPageTemplates([PageTemplate(id="sheet", frames=[frame], onPageEnd=footer.draw)])
    doc.build(story)
