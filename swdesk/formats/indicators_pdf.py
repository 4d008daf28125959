"""年度社会工作专业人才统计表 as a PDF: the tables of the workbook and the dashboard's charts.

A4 portrait. Every page carries the form's title, the unit and the as-of date at the top and
the page number at the foot, so a loose page still says what it is. The charts are drawn with
reportlab's own graphics (vector, the same in every viewer): certified workers per
village/community against each one's target, year-end counts per level, and the share per
service domain. The CJK font is embedded as a subset (``formats.fonts``).

The name list of the certified workers is printed only while it is short (``MAX_LISTED``):
a county's list runs to tens of thousands of names, thousands of pages nobody prints, and
laying them out took minutes. Past that the PDF says how many there are and that the list is
in the Excel form, which always carries it in full. Long tables are laid out in blocks of
``BLOCK_ROWS`` rows (a table split across pages is measured again from its first row at every
page break, so one table of thousands of rows costs the square of its length), and a cell is a
wrapping paragraph only when its text does not fit the column on one line.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from swdesk.atomic import writing
from swdesk.core.indicators.results import IndicatorReport
from swdesk.formats.fonts import register_reportlab_font
from swdesk.formats.indicator_tables import (
    TITLE,
    PersonLine,
    heading,
    level_names,
    people_table,
    report_tables,
)
from swdesk.formats.indicator_tables import Table as FormTable

MARGIN = 15 * mm
WIDTH, HEIGHT = A4
CHART_WIDTH = WIDTH - 2 * MARGIN
# Series colours of the printed charts (the form is printed, so plain distinct tones).
SERIES = (
    colors.HexColor("#4e79a7"),
    colors.HexColor("#f28e2b"),
    colors.HexColor("#59a14f"),
    colors.HexColor("#e15759"),
    colors.HexColor("#76b7b2"),
    colors.HexColor("#edc948"),
    colors.HexColor("#b07aa1"),
)
TARGET_COLOUR = colors.HexColor("#b00020")
MAX_BARS = 40  # more villages than this print as a table only: the bars would be unreadable
MAX_LISTED = 1000  # a longer name list is only in the Excel form (about 25 pages of names)
BLOCK_ROWS = 200  # rows per laid-out block of a long table
FONT_SIZE = 8
PADDING = 6  # a table cell's left and right padding together (reportlab's default, 3 + 3)


def units_chart(report: IndicatorReport, font: str) -> Drawing | None:
    """Certified workers per village/community as bars, each one's target a red tick over it."""
    units = report.units[:MAX_BARS]
    if not units:
        return None
    d = Drawing(CHART_WIDTH, 70 * mm)
    chart = VerticalBarChart()
    chart.x, chart.y = 12 * mm, 22 * mm
    chart.width, chart.height = CHART_WIDTH - 16 * mm, 42 * mm
    chart.data = [[u.certified for u in units]]
    top = max(max(u.certified for u in units), max(u.target for u in units), 1)
    chart.valueAxis.valueMin, chart.valueAxis.valueMax = 0, top + 1
    chart.valueAxis.valueStep = max(1, (top + 1) // 5)
    chart.valueAxis.labels.fontName = font
    chart.categoryAxis.categoryNames = [u.name for u in units]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 6
    chart.categoryAxis.labels.angle = 45 if len(units) > 8 else 0
    chart.categoryAxis.labels.boxAnchor = "ne" if len(units) > 8 else "n"
    chart.bars[0].fillColor = SERIES[0]
    d.add(chart)
    step = chart.width / len(units)
    for i, u in enumerate(units):
        y = chart.y + chart.height * u.target / (top + 1)
        d.add(
            Line(
                chart.x + i * step + 2,
                y,
                chart.x + (i + 1) * step - 2,
                y,
                strokeColor=TARGET_COLOUR,
                strokeWidth=1.5,
            )
        )
    d.add(
        String(
            chart.x,
            chart.y + chart.height + 3 * mm,
            "持证社工（柱）与目标（红线）",
            fontName=font,
            fontSize=8,
        )
    )
    return d


def levels_chart(report: IndicatorReport, font: str) -> Drawing | None:
    """Year-end counts per level, one line per level."""
    years = sorted(report.levels_by_year)
    levels = level_names(report)
    if not years or not levels:
        return None
    d = Drawing(CHART_WIDTH, 60 * mm)
    chart = HorizontalLineChart()
    chart.x, chart.y = 12 * mm, 10 * mm
    chart.width, chart.height = CHART_WIDTH - 60 * mm, 44 * mm
    chart.data = [[report.levels_by_year[y].get(level, 0) for y in years] for level in levels]
    chart.categoryAxis.categoryNames = [f"{y}年底" for y in years]
    chart.categoryAxis.labels.fontName = font
    chart.valueAxis.labels.fontName = font
    top = max((max(series) for series in chart.data), default=1)
    chart.valueAxis.valueMin, chart.valueAxis.valueMax = 0, top + 1
    chart.valueAxis.valueStep = max(1, (top + 1) // 5)
    for i in range(len(levels)):
        chart.lines[i].strokeColor = SERIES[i % len(SERIES)]
        chart.lines[i].strokeWidth = 1.5
    d.add(chart)
    legend = Legend()
    legend.x, legend.y = chart.x + chart.width + 6 * mm, chart.y + chart.height
    legend.columnMaximum = len(levels)
    legend.fontName = font
    legend.fontSize = 8
    legend.colorNamePairs = [(SERIES[i % len(SERIES)], lv) for i, lv in enumerate(levels)]
    d.add(legend)
    return d


def domains_chart(report: IndicatorReport, font: str) -> Drawing | None:
    """The share of workers in post per service domain."""
    items = [(k, v) for k, v in report.domains.items() if v > 0]
    if not items:
        return None
    total = sum(v for _, v in items)
    d = Drawing(CHART_WIDTH, 55 * mm)
    pie = Pie()
    pie.x, pie.y, pie.width, pie.height = 15 * mm, 5 * mm, 45 * mm, 45 * mm
    pie.data = [v for _, v in items]
    pie.labels = None
    for i in range(len(items)):
        pie.slices[i].fillColor = SERIES[i % len(SERIES)]
    d.add(pie)
    legend = Legend()
    legend.x, legend.y = 75 * mm, 48 * mm
    legend.columnMaximum = len(items)  # one column: each swatch beside its own domain
    legend.fontName = font
    legend.fontSize = 8
    legend.colorNamePairs = [
        (SERIES[i % len(SERIES)], f"{k}　{v}人（{100 * v / total:.1f}%）")
        for i, (k, v) in enumerate(items)
    ]
    d.add(legend)
    return d


def _table(table: FormTable, font: str, cell: ParagraphStyle) -> list[Table]:
    """The table as blocks of ``BLOCK_ROWS`` rows, each with the header (so a page never
    starts without it), the 合计 row under the last block."""
    weights = table.widths or tuple(1 for _ in table.headers)
    widths = [CHART_WIDTH * w / sum(weights) for w in weights]
    room = [w - PADDING for w in widths]

    def shown(v: object, column: int) -> Any:
        text = "" if v is None else str(v)
        fits = len(text) <= 6 or stringWidth(text, font, FONT_SIZE) <= room[column]
        return text if fits else Paragraph(text, cell)

    header = [Paragraph(h, cell) for h in table.headers]
    body: list[list[Any]] = [[shown(v, c) for c, v in enumerate(row)] for row in table.rows]
    chunks = [body[i : i + BLOCK_ROWS] for i in range(0, len(body), BLOCK_ROWS)] or [[]]
    if table.total_columns:  # under the last block's rows, never alone under a header
        total = ["合计"] + [""] * (len(table.headers) - 1)
        for c in table.total_columns:
            total[c - 1] = str(sum(int(row[c - 1] or 0) for row in table.rows))  # type: ignore[call-overload]
        chunks[-1].append(total)
    style = TableStyle(
        [
            ("FONT", (0, 0), (-1, -1), font, FONT_SIZE),
            ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ]
    )
    blocks = []
    for rows in chunks:
        t = Table([header, *rows], colWidths=widths, repeatRows=1)
        t.setStyle(style)
        blocks.append(t)
    return blocks


def _name_list_note(people: Sequence[PersonLine], cell: ParagraphStyle) -> Paragraph:
    return Paragraph(
        f"持证社工共 {len(people)} 人，名单较长，未印在本文件中；"
        "完整名单见同一统计表的 Excel 文件（.xlsx）中的“持证社工名单”表。",
        cell,
    )


def indicators_pdf_story(
    report: IndicatorReport,
    people: Sequence[PersonLine],
    names: dict[str, str] | None,
    font: str,
) -> list[Any]:
    h2 = ParagraphStyle("h2", fontName=font, fontSize=12, leading=16, spaceBefore=6, spaceAfter=4)
    cell = ParagraphStyle("cell", fontName=font, fontSize=FONT_SIZE, leading=10, wordWrap="CJK")
    listed = len(people) <= MAX_LISTED
    tables = report_tables(report, people if listed else (), names)
    names_title = people_table(()).title
    charts = {
        "分村（社区）持证社工": units_chart(report, font),
        "各等级人数（年末）": levels_chart(report, font),
        "服务领域": domains_chart(report, font),
    }
    story: list[Any] = []
    for table in tables:
        head = [Paragraph(table.title, h2)]
        chart = charts.get(table.title)
        if chart is not None:
            head.append(chart)
        if table.title == names_title and not listed:
            story.append(KeepTogether([*head, _name_list_note(people, cell)]))
        elif table.rows:
            # The title and chart stay with the first block; the others flow page by page.
            first, *rest = _table(table, font, cell)
            story.append(KeepTogether([*head, first]))
            story.extend(rest)
        else:
            story.append(KeepTogether([*head, Paragraph("（无）", cell)]))
        story.append(Spacer(1, 4 * mm))
    return story


def write_indicators_pdf(
    path: Path,
    report: IndicatorReport,
    people: Sequence[PersonLine] = (),
    names: dict[str, str] | None = None,
) -> None:
    """Write the PDF all or nothing (``swdesk.atomic``)."""
    font = register_reportlab_font()
    top = 22 * mm

    def on_page(canvas: Canvas, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(font, 13)
        canvas.drawCentredString(WIDTH / 2, HEIGHT - MARGIN - 4 * mm, TITLE)
        canvas.setFont(font, 8)
        canvas.drawCentredString(WIDTH / 2, HEIGHT - MARGIN - 10 * mm, heading(report))
        canvas.drawCentredString(WIDTH / 2, MARGIN / 2, f"第 {doc.page} 页")
        canvas.restoreState()

    with writing(Path(path)) as f:
        doc = BaseDocTemplate(
            f,
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + top,
            bottomMargin=MARGIN,
            title=f"{TITLE}（{report.unit_name}）",
        )
        frame = Frame(MARGIN, MARGIN, WIDTH - 2 * MARGIN, HEIGHT - 2 * MARGIN - top, id="body")
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page)])
        doc.build(indicators_pdf_story(report, people, names, font))
