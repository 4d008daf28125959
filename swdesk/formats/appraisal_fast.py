"""The one-page appraisal sheet drawn straight onto the canvas: the common case, made fast.

A round prints hundreds of sheets that differ only in the person, scores and comments. Laying
each out with platypus tables and paragraphs (``appraisal_pdf.sheet_story``) costs several
times the drawing itself, so for a sheet that fits one page this module:

- lays out each template once per file (item texts broken into lines, with their heights) and
  caches the PDF encoding of every string it has drawn (labels, item texts repeat on every
  sheet);
- measures text with the font's own glyph widths and breaks Chinese lines by characters itself
  (a line never starts with a closing punctuation mark);
- per sheet only computes the row heights (a long comment makes its row taller), then writes
  backgrounds, all grid lines as one path and all text in one text object.

The geometry is platypus's (``appraisal_pdf``): the same margins, column widths, paddings,
font sizes and leadings, cell alignment and baselines, so a sheet looks the same whichever
path drew it. A sheet that does not fit one page (long comments) returns ``None`` from
``layout`` and goes through platypus, which flows it onto more pages with the table header
repeated.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from swdesk.core import appraisal as ap

PAGE_H = A4[1]
MARGIN = 18 * mm
WIDTH = A4[0] - 2 * MARGIN
TOP = 15 * mm + 6  # the frame's top margin and padding
BOTTOM_LIMIT = PAGE_H - (22 * mm + 4 * mm + 6)  # lowest point content may reach
TEXT_X = MARGIN + 6  # frame padding: paragraphs outside tables start here
TEXT_W = WIDTH - 12
NUMERALS = "一二三四五六七八九十"
STATE_NOTE = {
    ap.STATE_DRAFT: "草稿（未定稿，仅供核对）",
    ap.STATE_FINALIZED: "",
    ap.STATE_SIGNED: "",
}

PAD_X = 6
PAD_T = 2  # the grid tables' paddings (appraisal_pdf: TOPPADDING 2, BOTTOMPADDING 3)
PAD_B = 3
SIG_PAD = 3  # the signature table keeps reportlab's default paddings
PERSON_COLS = (22 * mm, 63 * mm, 22 * mm, WIDTH - 107 * mm)
ITEM_COLS = (80 * mm, 12 * mm, 12 * mm, WIDTH - 104 * mm)
OVERALL_COLS = (22 * mm, WIDTH - 22 * mm)
SIG_COLS = (34 * mm, 62 * mm, 20 * mm, WIDTH - 116 * mm)
SIG_ROWS = (10 * mm, 10 * mm, 12 * mm, 14 * mm, 9 * mm)
GREY = "0.949 0.949 0.949"  # #F2F2F2
BLUE = "0.867 0.922 0.969"  # #DDEBF7
YELLOW = "1 0.949 0.8"  # #FFF2CC
SHORT_CELL = 14  # appraisal_pdf._cell: a string cell up to this many characters
# a line does not start with these (they stay at the end of the line before)
NO_LINE_START = frozenset("，。、；：？！）》」』”’%·…,.;:?!)]}")


def score_text(x: float | None) -> str:
    """A score or maximum as printed: 10, 9.5 (no trailing .0); nothing for no score."""
    return "" if x is None else f"{x:g}"


def _f(x: float) -> str:
    return f"{x:.2f}".rstrip("0").rstrip(".")


class Metrics:
    """Glyph widths of the embedded font, and line breaking by characters."""

    def __init__(self, font: str) -> None:
        face = pdfmetrics.getFont(font).face
        self._widths: dict[int, float] = face.charWidths
        self._default = float(face.defaultWidth)
        self._cache: dict[tuple[str, float, float], tuple[str, ...]] = {}

    def width(self, text: str, size: float) -> float:
        w = self._widths
        d = self._default
        return sum(w.get(ord(c), d) for c in text) * size / 1000

    def wrap(self, text: str, size: float, width: float, first: float = 0) -> tuple[str, ...]:
        """Lines of ``text`` at ``size`` within ``width`` (the first line already has ``first``
        points used); explicit line breaks are kept."""
        key = (text, size, width - first)
        got = self._cache.get(key)
        if got is not None and not first:
            return got
        lines: list[str] = []
        w = self._widths
        d = self._default
        limit = width * 1000 / size
        used = first * 1000 / size
        for para in text.split("\n"):
            start = 0
            acc = used
            i = 0
            n = len(para)
            while i < n:
                cw = w.get(ord(para[i]), d)
                if acc + cw > limit and i > start:
                    cut = i
                    if para[i] in NO_LINE_START and cut - 1 > start:
                        cut -= 1  # take the last character down with the mark
                    lines.append(para[start:cut])
                    start = cut
                    acc = sum(w.get(ord(c), d) for c in para[start:i])
                    continue
                acc += cw
                i += 1
            lines.append(para[start:])
            used = 0
        out = tuple(lines)
        if not first:
            self._cache[key] = out
        return out


class Ops:
    """Raw PDF operators for one page: fills and lines first, then one text object."""

    def __init__(self, encode: Callable[[str], tuple[tuple[str, str], ...]]) -> None:
        self._encode = encode
        self.fills: list[str] = []
        self.lines: list[str] = []
        self.text: list[str] = []
        self._cur: tuple[str, float] | None = None

    def draw(self, x: float, t: float, s: str, size: float) -> None:
        """``s`` with its baseline ``t`` points below the page top, starting at ``x``."""
        if not s:
            return
        add = self.text.append
        add(f"1 0 0 1 {_f(x)} {_f(PAGE_H - t)} Tm")
        for name, chunk in self._encode(s):
            if self._cur != (name, size):
                add(f"{name} {size:g} Tf")
                self._cur = (name, size)
            add(chunk)

    def fill(self, color: str, x: float, t: float, w: float, h: float) -> None:
        self.fills.append(f"{color} rg {_f(x)} {_f(PAGE_H - t - h)} {_f(w)} {_f(h)} re f")

    def hline(self, x0: float, x1: float, t: float) -> None:
        y = _f(PAGE_H - t)
        self.lines.append(f"{_f(x0)} {y} m {_f(x1)} {y} l")

    def vline(self, x: float, t0: float, t1: float) -> None:
        self.lines.append(f"{_f(x)} {_f(PAGE_H - t0)} m {_f(x)} {_f(PAGE_H - t1)} l")

    def literal(self, width: float) -> str:
        parts = ["q", *self.fills]
        if self.lines:
            parts += [f"0 g 0 G {width:g} w", *self.lines, "S"]
        parts += ["0 g BT", *self.text, "ET Q"]
        return "\n".join(parts)


@dataclass
class ItemText:
    """An item cell (name at 9.5 pt, then its description at 8.5 pt), broken into lines once."""

    lines: list[list[tuple[float, str, float]]]  # per line: (x offset, text, size)
    height: float


@dataclass
class TemplateLayout:
    groups: list[tuple[str, list[tuple[ap.Item, ItemText]]]] = field(default_factory=list)


class FastSheets:
    """Lays out and draws one-page sheets; one instance per output file.

    ``layout`` needs only the font's metrics; the canvas is set (``canvas``) before the first
    drawing, when the document exists.
    """

    def __init__(self, font: str) -> None:
        self.canvas: Canvas | None = None
        self.font = font
        self.m = Metrics(font)
        self._font = pdfmetrics.getFont(font)
        self._encoded: dict[str, tuple[tuple[str, str], ...]] = {}
        self._templates: dict[tuple[str, int], TemplateLayout] = {}

    # -- encoding and templates --------------------------------------------------------------
    def encode(self, s: str) -> tuple[tuple[str, str], ...]:
        got = self._encoded.get(s)
        if got is None:
            assert self.canvas is not None, "FastSheets.canvas is set before drawing"
            doc = self.canvas._doc
            esc = self.canvas._escape
            font = self._font
            got = tuple(
                (font.getSubsetInternalName(sub, doc), f"({esc(chunk)}) Tj")
                for sub, chunk in font.splitString(s, doc)
            )
            self._encoded[s] = got
        return got

    def _item_text(self, it: ap.Item) -> ItemText:
        width = ITEM_COLS[0] - 2 * PAD_X
        name_lines = self.m.wrap(it.name, 9.5, width)
        lines: list[list[tuple[float, str, float]]] = [[(0, ln, 9.5)] for ln in name_lines]
        used = self.m.width(name_lines[-1], 9.5)
        # platypus joins the name and the description with one plain space (8.5 pt)
        desc = " " + it.description if it.description else ""
        if desc:
            dl = self.m.wrap(desc, 8.5, width, first=used)
            if dl[0]:
                lines[-1].append((used, dl[0], 8.5))
            lines += [[(0, ln, 8.5)] for ln in dl[1:]]
        return ItemText(lines, 11.5 * len(lines))

    def template(self, tpl: ap.Template) -> TemplateLayout:
        key = (tpl.key, tpl.version)
        got = self._templates.get(key)
        if got is None:
            got = TemplateLayout(
                [(g, [(it, self._item_text(it)) for it in items]) for g, items in tpl.groups()]
            )
            self._templates[key] = got
        return got

    # -- one sheet ---------------------------------------------------------------------------
    def layout(self, sh: ap.Sheet) -> Callable[[], None] | None:
        """A function drawing ``sh`` on the current page, or None if it needs more than one."""
        m = self.m
        if m.width(sh.title, 16) > TEXT_W:
            return None  # a long unit name: the title wraps (platypus paragraph)
        p = sh.person
        person = [
            ("姓名", p.get("name", ""), "性别", p.get("gender", "")),
            ("所在单位", p.get("unit", ""), "岗位", p.get("post", "")),
            ("职业水平", p.get("level", ""), "考评类别", ap.KIND_LABELS.get(sh.template.kind, "")),
        ]
        for row in person:
            for text, w in zip(row, PERSON_COLS, strict=True):
                if "\n" in text or len(text) > SHORT_CELL or m.width(text, 10) > w - 2 * PAD_X:
                    return None  # wraps: platypus's paragraph cell
        tl = self.template(sh.template)
        if any(m.width(g, 9.5) > WIDTH - 2 * PAD_X - 120 for g, _ in tl.groups):
            return None  # a group heading that may wrap
        comment_w = ITEM_COLS[3] - 2 * PAD_X
        rows: list[tuple[ap.Item, ItemText, tuple[str, ...], bool, float]] = []
        for _g, items in tl.groups:
            for it, txt in items:
                c = sh.item_comments.get(it.name) or ""
                short = len(c) <= SHORT_CELL and "\n" not in c
                cl = (c,) if short else m.wrap(c, 9.5, comment_w)
                ch = 12 if short else 13 * len(cl)
                rows.append((it, txt, cl, short, max(txt.height, ch, 12) + PAD_T + PAD_B))
        note = STATE_NOTE.get(sh.state, "")
        cap_text = ""
        if sh.discipline:
            cap = sh.rules.caps.get(sh.discipline)
            cap_text = f"本年度受{sh.discipline}处分" + (
                f"，考评等次最高为{cap}。" if cap else "。"
            )
            if m.width(cap_text, 9.5) > TEXT_W:
                return None
        overall = m.wrap(sh.overall_comment or "", 9.5, OVERALL_COLS[1] - 2 * PAD_X)
        overall_h = max(13 * len(overall), 13) + PAD_T + PAD_B
        t = TOP + 22 + (12 if note else 0) + 4 * mm
        person_top = t
        t += 3 * 17 + 4 * mm
        items_top = t
        t += 17 + sum(r[4] for r in rows) + 18 * len(tl.groups) + 17
        cap_top = t
        if cap_text:
            t += 2 * mm + 13
        overall_top = t + 4 * mm
        sig_top = overall_top + overall_h + 5 * mm
        if sig_top + sum(SIG_ROWS) > BOTTOM_LIMIT:
            return None

        def draw() -> None:
            ops = Ops(self.encode)
            self._title(ops, sh, note)
            self._person(ops, person, person_top)
            self._items(ops, sh, tl, rows, items_top)
            if cap_text:
                ops.draw(TEXT_X, cap_top + 2 * mm + 9.5, cap_text, 9.5)
            self._overall(ops, overall, overall_top, overall_h)
            self._signatures(ops, sig_top)
            assert self.canvas is not None
            self.canvas.addLiteral(ops.literal(0.5))

        return draw

    def _title(self, ops: Ops, sh: ap.Sheet, note: str) -> None:
        center = A4[0] / 2
        title = sh.title
        ops.draw(center - self.m.width(title, 16) / 2, TOP + 16, title, 16)
        if note:
            ops.draw(center - self.m.width(note, 9) / 2, TOP + 22 + 9, note, 9)

    def _grid(
        self, ops: Ops, cols: tuple[float, ...], top: float, heights: list[float], spans: set[int]
    ) -> None:
        """Cell borders: every row line across the table, column lines except in spanned rows."""
        x0 = MARGIN
        x1 = MARGIN + sum(cols)
        t = top
        edges = [t]
        for h in heights:
            t += h
            edges.append(t)
        for e in edges:
            ops.hline(x0, x1, e)
        ops.vline(x0, top, edges[-1])
        ops.vline(x1, top, edges[-1])
        inner = []
        x = x0
        for w in cols[:-1]:
            x += w
            inner.append(x)
        start = None
        for i in range(len(heights) + 1):
            if i < len(heights) and i not in spans:
                if start is None:
                    start = i
                continue
            if start is not None:
                for x in inner:
                    ops.vline(x, edges[start], edges[i])
                start = None

    def _string(
        self, ops: Ops, text: str, x: float, w: float, row_top: float, h: float, size: float
    ) -> None:
        """A one-line string cell, vertically centred the way reportlab's table does it."""
        base = row_top + h - (PAD_B + h - PAD_T + 12) / 2 + size
        ops.draw(x + PAD_X, base, text, size)

    def _centred(
        self, ops: Ops, text: str, x: float, w: float, row_top: float, h: float, size: float
    ) -> None:
        base = row_top + h - (PAD_B + h - PAD_T + 12) / 2 + size
        ops.draw(x + (w - self.m.width(text, size)) / 2, base, text, size)

    def _person(self, ops: Ops, person: list[tuple[str, str, str, str]], top: float) -> None:
        xs = [MARGIN, MARGIN + PERSON_COLS[0], MARGIN + sum(PERSON_COLS[:2])]
        xs.append(xs[2] + PERSON_COLS[2])
        ops.fill(GREY, xs[0], top, PERSON_COLS[0], 51)
        ops.fill(GREY, xs[2], top, PERSON_COLS[2], 51)
        self._grid(ops, PERSON_COLS, top, [17, 17, 17], set())
        for r, row in enumerate(person):
            for text, x, w in zip(row, xs, PERSON_COLS, strict=True):
                self._string(ops, text, x, w, top + 17 * r, 17, 10)

    def _items(
        self,
        ops: Ops,
        sh: ap.Sheet,
        tl: TemplateLayout,
        rows: list[tuple[ap.Item, ItemText, tuple[str, ...], bool, float]],
        top: float,
    ) -> None:
        xs = [MARGIN]
        for w in ITEM_COLS[:-1]:
            xs.append(xs[-1] + w)
        heights: list[float] = [17]
        spans: set[int] = set()
        ops.fill(BLUE, MARGIN, top, WIDTH, 17)
        for text, x, w in zip(
            ("考评项目及要求", "分值", "得分", "评语"), xs, ITEM_COLS, strict=True
        ):
            self._centred(ops, text, x, w, top, 17, 9.5)
        t = top + 17
        it_rows = iter(rows)
        for n, (group, items) in enumerate(tl.groups):
            numeral = NUMERALS[n] if n < len(NUMERALS) else str(n + 1)
            subtotal = sum(i.max for i, _ in items)
            spans.add(len(heights))
            heights.append(18)
            ops.fill(GREY, MARGIN, t, WIDTH, 18)
            ops.draw(
                xs[0] + PAD_X,
                t + PAD_T + 9.5,
                f"{numeral}、{group}（{score_text(subtotal)}分）",
                9.5,
            )
            t += 18
            for _ in items:
                it, txt, comment, short, h = next(it_rows)
                heights.append(h)
                ptop = t + h - (h + PAD_B - PAD_T + txt.height) / 2
                for i, line in enumerate(txt.lines):
                    for dx, s, size in line:
                        ops.draw(xs[0] + PAD_X + dx, ptop + 9.5 + 11.5 * i, s, size)
                self._centred(ops, score_text(it.max), xs[1], ITEM_COLS[1], t, h, 9.5)
                self._centred(
                    ops, score_text(sh.scores.get(it.name)), xs[2], ITEM_COLS[2], t, h, 9.5
                )
                if short:
                    self._string(ops, comment[0], xs[3], ITEM_COLS[3], t, h, 9.5)
                else:
                    ctop = t + h - (h + PAD_B - PAD_T + 13 * len(comment)) / 2
                    for i, s in enumerate(comment):
                        ops.draw(xs[3] + PAD_X, ctop + 9.5 + 13 * i, s, 9.5)
                t += h
        total = sh.total
        ops.fill(YELLOW, MARGIN, t, WIDTH, 17)
        heights.append(17)
        self._centred(ops, "合计", xs[0], ITEM_COLS[0], t, 17, 9.5)
        self._centred(ops, score_text(sh.template.total_max), xs[1], ITEM_COLS[1], t, 17, 9.5)
        shown = score_text(total) if total is not None else "未完成"
        self._centred(ops, shown, xs[2], ITEM_COLS[2], t, 17, 9.5)
        self._string(ops, f"考评等次：{sh.grade or '—'}", xs[3], ITEM_COLS[3], t, 17, 9.5)
        self._grid(ops, ITEM_COLS, top, heights, spans)

    def _overall(self, ops: Ops, lines: tuple[str, ...], top: float, h: float) -> None:
        self._grid(ops, OVERALL_COLS, top, [h], set())
        head = "总体评语"
        x = MARGIN + (OVERALL_COLS[0] - self.m.width(head, 10)) / 2
        ops.draw(x, top + h - (h + PAD_B - PAD_T + 13) / 2 + 10, head, 10)
        ctop = top + h - (h + PAD_B - PAD_T + 13 * len(lines)) / 2
        for i, s in enumerate(lines):
            ops.draw(MARGIN + OVERALL_COLS[0] + PAD_X, ctop + 9.5 + 13 * i, s, 9.5)

    def _signatures(self, ops: Ops, top: float) -> None:
        xs = [MARGIN]
        for w in SIG_COLS[:-1]:
            xs.append(xs[-1] + w)
        line = "____________________"
        date_line = "______年____月____日"
        t = top
        for label in ("被考评人签字：", "考评人签字："):
            bottom = t + SIG_ROWS[0]
            para = bottom - SIG_PAD - 13 + 9.5  # paragraphs sit on the bottom padding
            string = bottom - SIG_PAD - 12 + 9.5
            ops.draw(xs[0] + PAD_X, para, label, 9.5)
            ops.draw(xs[1] + PAD_X, string, line, 9.5)
            ops.draw(xs[2] + PAD_X, para, "日期：", 9.5)
            ops.draw(xs[3] + PAD_X, string, date_line, 9.5)
            t = bottom
        box_h = sum(SIG_ROWS[2:])
        x1 = MARGIN + sum(SIG_COLS)
        ops.hline(MARGIN, x1, t)
        ops.hline(MARGIN, x1, t + box_h)
        ops.vline(MARGIN, t, t + box_h)
        ops.vline(x1, t, t + box_h)
        ops.draw(xs[0] + PAD_X, t + SIG_PAD + 9.5, "镇（街道）审核意见：", 9.5)
        t += SIG_ROWS[2]
        ops.draw(xs[2] + PAD_X, t + SIG_PAD + 9.5, "（盖章）", 9.5)
        t += SIG_ROWS[3]
        ops.draw(xs[2] + PAD_X, t + SIG_PAD + 9.5, "日期：", 9.5)
        ops.draw(xs[3] + PAD_X, t + SIG_PAD + 9.5, date_line, 9.5)
