"""PDF 继续教育学时证明: one page per worker, proof of hours for re-registration.

The station prints it, signs and seals it; the worker hands it in to re-register. So it shows
who (identity, level, certificate), which period, every training counted in that period with
its hours, the total against the requirement, and blank lines for the signatures and the seal.
The CJK font is embedded (``formats.fonts``) so the file renders on a PC with no Chinese font.
A village's batch is one file, one worker per page, to print in one go.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from swdesk.atomic import writing
from swdesk.core import ce, documents
from swdesk.core.errors import RuleError
from swdesk.core.i18n import msg
from swdesk.formats.fonts import register_reportlab_font
from swdesk.store import Store, accounts, records, training, villages, workers


@dataclass
class Transcript:
    """Everything one page shows, gathered from the store (kept apart from layout for tests)."""

    worker: dict[str, Any]
    village: str
    cert_number: str | None
    standing: ce.Standing
    settings: ce.CESettings
    trainings: list[dict[str, Any]]

    @property
    def total_hours(self) -> float:
        return round(sum(t["hours_credited"] for t in self.trainings), 2)


def gather(store: Store, worker_id: str, at: date) -> Transcript:
    settings = training.ce_settings(store)
    worker = records.get(store, "workers", worker_id)
    if worker["deleted"]:
        raise RuleError(msg("{name} 的档案已被删除，不能出具学时证明。", name=worker["name"]))
    st = training.standing_of(store, worker_id, at, settings)
    recs = training.worker_records(store, worker_id)
    if st.period is not None:
        recs = [r for r in recs if st.period.contains(date.fromisoformat(r["end_date"]))]
    level = st.level or worker["level"]
    number = workers.cert_number_of_level(store, worker_id, level)
    names = villages.names_by_code(store)
    return Transcript(
        worker, names.get(worker["village_code"] or "", ""), number, st, settings, recs
    )


def _styles(font: str) -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=font, fontSize=10.5, leading=15, wordWrap="CJK")
    return {
        "title": ParagraphStyle("title", parent=base, fontSize=18, leading=26, alignment=TA_CENTER),
        "sub": ParagraphStyle("sub", parent=base, fontSize=10, alignment=TA_CENTER),
        "body": base,
        "cell": ParagraphStyle("cell", parent=base, fontSize=9.5, leading=13),
    }


def _num(x: float) -> str:
    return f"{x:g}"


def _page(t: Transcript, unit_name: str, at: date, font: str, full: bool) -> list[Any]:
    s = _styles(font)
    w, st, settings = t.worker, t.standing, t.settings
    unit = settings.unit_label
    period = (
        f"{st.period.start.isoformat()} 至 {st.period.end.isoformat()}"
        if st.period
        else "未登记（暂无登记期）"
    )
    ident = [
        ["姓名", w["name"], "性别", w["gender"]],
        ["身份证号", documents.shown_id(w["id_number"], full), "所在村（社区）", t.village or "—"],
        ["证书等级", st.level or w["level"] or "无", "证书编号", t.cert_number or "—"],
        ["本登记期", period, "统计日期", at.isoformat()],
    ]
    ident_tbl = Table(
        [[Paragraph(str(c), s["cell"]) for c in row] for row in ident],
        colWidths=[24 * mm, 58 * mm, 30 * mm, 58 * mm],
    )
    grid = TableStyle(
        [
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("FONTNAME", (0, 0), (-1, -1), font),
        ]
    )
    ident_tbl.setStyle(grid)
    rows: list[list[Any]] = [["序号", "培训名称", "形式", "主办单位", "起止日期", "学时"]]
    for i, r in enumerate(t.trainings, 1):
        dates = r["end_date"]
        if r["start_date"] and r["start_date"] != r["end_date"]:
            dates = f"{r['start_date']}至{r['end_date']}"
        rows.append(
            [
                str(i),
                Paragraph(r["title"] or "", s["cell"]),
                r["mode"] or "",
                Paragraph(r["organizer"] or "", s["cell"]),
                Paragraph(dates, s["cell"]),
                _num(r["hours_credited"]),
            ]
        )
    if not t.trainings:
        rows.append(["", Paragraph("本登记期内暂无培训记录", s["cell"]), "", "", "", "0"])
    rows.append(["合计", "", "", "", "", _num(t.total_hours)])
    table = Table(
        rows, colWidths=[12 * mm, 62 * mm, 18 * mm, 34 * mm, 30 * mm, 14 * mm], repeatRows=1
    )
    table.setStyle(
        TableStyle(
            [
                *grid.getCommands(),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDEBF7")),
                ("ALIGN", (0, 0), (0, -1), "CENTER"),
                ("ALIGN", (-1, 0), (-1, -1), "RIGHT"),
                ("SPAN", (0, -1), (-2, -1)),
            ]
        )
    )
    if st.required:
        summary = (
            f"本登记期累计 {_num(t.total_hours)} 学时"
            + (f"（折合 {_num(st.earned)} {unit}）" if settings.unit == ce.UNIT_DAYS else "")
            + f"，要求 {_num(st.required)} {unit}，"
            + ("已达到要求。" if st.missing <= 0 else f"还差 {_num(st.missing)} {unit}。")
            + f"状态：{st.label}。"
        )
    else:
        scope = "本登记期累计" if st.period is not None else "共记录"
        summary = (
            f"{scope} {_num(t.total_hours)} 学时。该人员目前无学时要求（{st.note or st.label}）。"
        )
    signature = Table(
        [
            ["经办人（签字）：", "", "审核人（签字）：", ""],
            ["", "", "", ""],
            [f"{unit_name or '社会工作服务站'}（盖章）", "", "日期：", "    年    月    日"],
        ],
        colWidths=[40 * mm, 45 * mm, 35 * mm, 50 * mm],
        rowHeights=[12 * mm, 6 * mm, 12 * mm],
    )
    signature.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), font),
                ("LINEBELOW", (1, 0), (1, 0), 0.5, colors.black),
                ("LINEBELOW", (3, 0), (3, 0), 0.5, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ]
        )
    )
    return [
        Paragraph("继续教育学时证明", s["title"]),
        Paragraph(f"（规则：{settings.name}）", s["sub"]),
        Spacer(1, 6 * mm),
        ident_tbl,
        Spacer(1, 5 * mm),
        table,
        Spacer(1, 4 * mm),
        Paragraph(summary, s["body"]),
        Spacer(1, 3 * mm),
        Paragraph("兹证明以上继续教育记录属实。", s["body"]),
        Spacer(1, 10 * mm),
        signature,
    ]


def write_transcripts(store: Store, worker_ids: Sequence[str], out: Path, at: date) -> Path:
    """One PDF with a page per worker (a single worker, or a whole village's batch); the ID
    numbers whole or masked as the file's ``id_full_documents`` says; the export logged."""
    if not worker_ids:
        raise RuleError(msg("没有可出具学时证明的人员。"))
    full = accounts.full_ids(store, documents.DOC_TRANSCRIPT)
    font = register_reportlab_font()
    story: list[Any] = []
    for i, wid in enumerate(worker_ids):
        if i:
            story.append(PageBreak())
        story.extend(_page(gather(store, wid, at), store.unit_name, at, font, full))
    out = Path(out)
    with writing(out) as f:
        doc = SimpleDocTemplate(
            f,
            pagesize=A4,
            leftMargin=20 * mm,
            rightMargin=20 * mm,
            topMargin=18 * mm,
            bottomMargin=18 * mm,
            title="继续教育学时证明",
            initialFontName=font,
            author=store.unit_name or "swdesk",
        )
        doc.build(story)
    accounts.log_export(store, documents.DOC_TRANSCRIPT, str(out), len(worker_ids), full)
    return out


def village_worker_ids(store: Store, village_code: str) -> list[str]:
    """Active workers of a village holding a certificate, by name: the batch to print."""
    return workers.certified_on_duty_ids(store, village_code)
