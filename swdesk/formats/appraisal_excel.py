"""Excel export of a round's results: one sheet per template, a row per worker.

The township sends this to the county and to payroll: scores per item, total, grade, state and
the record's short hash (so a row can be matched to its signed paper).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from swdesk.core import appraisal as ap
from swdesk.core import documents
from swdesk.formats.excel_common import save_workbook
from swdesk.store import Store, accounts, appraisals

GRADE_FILLS = {"不合格": "FFC7CE", "基本合格": "FFEB9C"}


def export_round(store: Store, year: int, path: Path) -> int:
    """Write the round of ``year`` to ``path``; returns the number of appraisals written."""
    rnd = appraisals.require_round(store, year)
    rows = appraisals.round_sheets(store, rnd["id"])
    full = accounts.full_ids(store, documents.DOC_APPRAISALS)
    by_template: dict[tuple[str, int], list[tuple[dict[str, Any], ap.Sheet]]] = {}
    for row, sh in rows:
        by_template.setdefault((sh.template.name, sh.template.version), []).append((row, sh))
    wb = Workbook()
    wb.remove(wb.active)
    if not by_template:
        ws = wb.create_sheet("考评结果")
        ws.append([f"{rnd['unit_name']} {year}年度绩效考评：本轮没有考评人员。"])
    for (name, version), items in by_template.items():
        _sheet(wb, rnd, name, version, items, full)
    save_workbook(wb, path)
    accounts.log_export(store, documents.DOC_APPRAISALS, str(path), len(rows), full)
    return len(rows)


def _sheet(
    wb: Workbook,
    rnd: dict[str, Any],
    name: str,
    version: int,
    items: list[tuple[dict[str, Any], ap.Sheet]],
    full_ids: bool,
) -> None:
    tpl = items[0][1].template
    ws = wb.create_sheet(name[:31])
    ws.append(
        [f"{rnd['unit_name']} {tpl.sheet_title}（{rnd['year']}年度）结果（模板第 {version} 版）"]
    )
    ws["A1"].font = Font(bold=True, size=14)
    head = [
        "序号",
        "姓名",
        "身份证号",
        "所在单位",
        "岗位",
        "职业水平",
        *[f"{i.name}（{i.max:g}）" for i in tpl.items],
        "总分",
        "处分",
        "等次",
        "状态",
        "总体评语",
        "校验码",
        "考评人",
    ]
    ws.append(head)
    for c in ws[2]:
        c.font = Font(bold=True)
        c.alignment = Alignment(wrap_text=True, vertical="center")
    first_item = 7
    for n, (row, sh) in enumerate(items, 1):
        p = sh.person
        ws.append(
            [
                n,
                p.get("name"),
                documents.shown_id(row["id_number"], full_ids),
                p.get("unit"),
                p.get("post"),
                p.get("level"),
                *[sh.scores.get(i.name) for i in tpl.items],
                sh.total,
                sh.discipline or "",
                sh.grade or "未完成",
                ap.STATE_LABELS[row["state"]],
                sh.overall_comment or "",
                sh.short_hash,
                row.get("appraiser") or "",
            ]
        )
        grade_cell = ws.cell(ws.max_row, first_item + len(tpl.items) + 2)
        fill = GRADE_FILLS.get(sh.grade or "")
        if fill:
            grade_cell.fill = PatternFill("solid", fgColor=fill)
    widths = [6, 10, 21, 14, 18, 14, *[10] * len(tpl.items), 8, 6, 10, 8, 40, 16, 10]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.row_dimensions[2].height = 32
    ws.freeze_panes = "C3"
