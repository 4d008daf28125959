"""Excel for the exam: the registration list, the reimbursement sheet, reading results.

Results come back from the provincial personnel-exam site as a list per person and subject
(身份证号, 科目, 成绩; often 姓名 too). A sheet with one column per subject (身份证号, 姓名,
社会工作综合能力（初级）, …) is read the same way. ``read_results`` turns either into rows;
``swdesk.services.exam_import`` checks them against the registrations and saves them.
"""

from __future__ import annotations

from operator import itemgetter
from pathlib import Path
from typing import Any, NamedTuple

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.worksheet import Worksheet

from swdesk.core import documents, exam
from swdesk.core.errors import RuleError
from swdesk.core.i18n import listed, msg
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
from swdesk.store import Store, accounts, exams, villages

SUBJECT_HEADERS = ("科目", "考试科目", "科目名称")
SCORE_HEADERS = ("成绩", "分数", "考试成绩", "得分")
_SUBJECT = {norm_header(h) for h in SUBJECT_HEADERS}
_SCORE = {norm_header(h) for h in SCORE_HEADERS}


class ResultRow(NamedTuple):
    """One score of a results sheet as written (checked by ``services.exam_import``)."""

    row: int
    id_number: object
    name: str | None
    subject: str | None
    score: object


class ResultsRejected(RuleError):
    """A results sheet with problems: ``problems`` lists each row's reason; nothing was saved."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(msg("成绩没有导入：{problems}", problems=listed(problems)))
        self.problems = problems


def _columns(row: tuple[Any, ...], subjects: list[str]) -> tuple[dict[str, int], dict[str, int]]:
    cols: dict[str, int] = {}
    wide: dict[str, int] = {}
    by_norm = {norm_header(s): s for s in subjects}
    for i, cell in enumerate(row):
        key = norm_header(cell)
        if key in by_norm:
            wide.setdefault(by_norm[key], i)
            continue
        f = "subject" if key in _SUBJECT else "score" if key in _SCORE else field_for_header(cell)
        if f in ("id_number", "name", "subject", "score") and f not in cols:
            cols[f] = i
    return cols, wide


def read_results(path: Path, subjects: list[str], limits: Limits | None = None) -> list[ResultRow]:
    """Rows (one per person and subject) of the first sheet with a usable header; a file past
    ``limits`` (``formats.xlsx_guard``) is refused unread."""
    rows = first_sheet_rows(path, limits)
    found = next(
        (
            (h, cols, wide)
            for h, header in enumerate(rows[:HEADER_SCAN_ROWS])
            for cols, wide in [_columns(header, subjects)]
            if "id_number" in cols and (wide or ("subject" in cols and "score" in cols))
        ),
        None,
    )
    if found is None:
        raise RuleError(
            msg(
                "在 {file} 前 {rows} 行里找不到表头：需要“身份证号”“科目”“成绩”三列，"
                "或“身份证号”加每个科目一列。",
                file=Path(path).name,
                rows=HEADER_SCAN_ROWS,
            )
        )
    h, cols, wide = found
    if not wide:
        out = _long_rows(rows, h, cols)
    else:
        out = []
        for n, row in enumerate(rows[h + 1 :], start=h + 2):

            def get(i: int | None, row: tuple[Any, ...] = row) -> Any:
                return cell_value(row, i)

            idn, name = get(cols.get("id_number")), get(cols.get("name"))
            cells = {s: get(i) for s, i in wide.items()}
            if idn is None and name is None and all(v is None for v in cells.values()):
                continue
            if is_footnote(idn, name):
                continue
            name_text = str(name) if name is not None else None
            out.extend(
                ResultRow(n, idn, name_text, s, v) for s, v in cells.items() if v is not None
            )
    if not out:
        raise RuleError(msg("{file} 的表头下面没有成绩。", file=Path(path).name))
    return out


def _long_rows(rows: list[tuple[Any, ...]], h: int, cols: dict[str, int]) -> list[ResultRow]:
    """The rows under header ``h`` of a sheet with one row per person and subject: what
    ``cell_value`` reads of each of the four columns, taken in one pass per row (a county's
    sheet has thousands of rows, and a call per cell was most of reading them).

    A row that reaches the header's last column (nearly every row) has its four cells picked
    in one C call; a shorter one reads a missing cell as blank."""
    # A column the header does not have reads as blank: index past every row's end.
    far = max(len(r) for r in rows) + 1 if rows else 1
    ci, ni, si, vi = (cols.get(k, far) for k in ("id_number", "name", "subject", "score"))
    wanted = [i for i in (ci, ni, si, vi) if i != far]
    reach = max(wanted) + 1
    pick = itemgetter(ci, ni, si, vi) if len(wanted) == 4 else None
    out: list[ResultRow] = []
    append = out.append
    new = tuple.__new__  # a ResultRow made in C: its generated ``__new__`` is Python, per row
    for n, row in enumerate(rows[h + 1 :], start=h + 2):
        width = len(row)
        if pick is not None and width >= reach:
            idn, name, subject, score = pick(row)
        else:
            idn = row[ci] if ci < width else None
            name = row[ni] if ni < width else None
            subject = row[si] if si < width else None
            score = row[vi] if vi < width else None
        if type(idn) is str:
            idn = idn.strip() or None
        if type(name) is str:
            name = name.strip() or None
        if type(subject) is str:
            subject = subject.strip() or None
        if type(score) is str:
            score = score.strip() or None
        if idn is None:
            if name is None and subject is None and score is None:
                continue
            if is_footnote(idn, name):
                continue
        append(
            new(
                ResultRow,
                (
                    n,
                    idn,
                    str(name) if name is not None else None,
                    str(subject) if subject else None,
                    score,
                ),
            )
        )
    return out


# -- exports --------------------------------------------------------------------------------------
# Who, in the same first five columns (and widths) on the registration list and the fee sheet.
PERSON_HEADERS = ("序号", "姓名", "身份证号", "所在村（社区）", "级别")
PERSON_WIDTHS = (6, 10, 21, 16, 6)


def _title(ws: Worksheet, text: str, width: int) -> None:
    ws.append([text])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = Alignment(horizontal="center")


def _header(ws: Worksheet, headers: list[str], widths: list[int]) -> None:
    ws.append(headers)
    bold_row(ws, ws.max_row)
    set_widths(ws, widths)
    ws.freeze_panes = f"A{ws.max_row + 1}"


def _passed_text(passed: bool | None) -> str:
    return {True: "合格", False: "不合格", None: "待定"}[passed]


def export_registrations(store: Store, year: int, path: Path) -> int:
    """The year's registration list: one row per person with subjects, scores and outcome."""
    y = exams.get_year(store, year)
    views = exams.registrations(store, year)
    names = villages.names_by_code(store)
    full = accounts.full_ids(store, documents.DOC_EXAM_LIST)
    wb = Workbook()
    ws = wb.active
    ws.title = f"{year}年报名名单"
    headers = [
        *PERSON_HEADERS,
        "报考科目",
        "状态",
        "准考证号",
        "考点",
        "成绩",
        "结果",
        "说明",
    ]
    dates = "、".join(y["exam_dates"]) or "未定"
    _title(ws, f"{year}年度全国社会工作者职业水平考试报名名单（考试日期：{dates}）", len(headers))
    _header(ws, headers, [*PERSON_WIDTHS, 40, 8, 14, 16, 30, 8, 30])
    for i, v in enumerate(views, start=1):
        scores = "；".join(
            f"{s.name}：{exam.STATE_ABSENT if s.absent else f'{s.score:g}'}"
            for s in v.subjects
            if s.absent or s.score is not None
        )
        ws.append(
            [
                i,
                v.name,
                documents.shown_id(v.id_number, full),
                names.get(v.village_code or "", v.village_code or ""),
                v.level,
                "、".join(s.name for s in v.subjects),
                v.state,
                v.ticket_no,
                v.site,
                scores,
                _passed_text(v.outcome.passed),
                v.outcome.reason,
            ]
        )
    c = exams.counts(store, year, views)
    ws.append([])
    ws.append(
        [
            f"合计：报名 {c.registered} 人，已缴费 {c.paid} 人，参考 {c.sat} 人，缺考 {c.absent} 人，合格 {c.passed} 人"
        ]
    )
    save_workbook(wb, path)
    accounts.log_export(store, documents.DOC_EXAM_LIST, str(path), len(views), full)
    return len(views)


def _rule_flags(rule: exam.Reimbursement, views: list[exams.RegistrationView]) -> dict[str, str]:
    """Registration id → what the reimbursement rule says about its items (only where it
    objects): "已报销但不符合规则" for a reimbursed item, "不能报销" for one still open."""
    out: dict[str, str] = {}
    for v in views:
        notes = []
        for f in v.fees:
            why = exams.reimbursement_refusal(rule, v, f.item)
            if why is not None:
                state = "已报销但不符合规则" if f.reimbursed else "不能报销"
                notes.append(f"{f.item}{state}：{why}")
        if notes:
            out[v.id] = "；".join(notes)
    return out


def export_reimbursement(store: Store, year: int, path: Path) -> int:
    """The reimbursement sheet: one row per person, a column per fee item, totals at the bottom.

    The title names who pays (the reimbursement rule's payer); a column flags items already
    reimbursed that the rule does not allow (``exams.reimbursement_problems``: listed, never
    changed) and, for items not yet reimbursed, those it would refuse.
    """
    r = exams.rules(store)
    exams.get_year(store, year)
    views = [v for v in exams.registrations(store, year) if v.fees]
    flags = _rule_flags(r.reimbursement, views)
    names = villages.names_by_code(store)
    items = list(r.fee_items)
    full = accounts.full_ids(store, documents.DOC_EXAM_FEES)
    wb = Workbook()
    ws = wb.active
    ws.title = f"{year}年考试费用报销"
    headers = [
        *PERSON_HEADERS,
        *[f"{i}（元）" for i in items],
        "合计（元）",
        "已报销（元）",
        "未报销（元）",
        "报销日期",
        "报销规则核对",
        "签字",
    ]
    payer = r.reimbursement.payer
    title = f"{year}年度社会工作者职业水平考试费用报销表"
    _title(ws, f"{title}（报销单位：{payer}）" if payer else title, len(headers))
    _header(ws, headers, [*PERSON_WIDTHS, *[11] * len(items), 11, 11, 11, 12, 36, 10])
    first = ws.max_row + 1
    for n, v in enumerate(views, start=1):
        t = exams.fee_totals([v])
        dates = sorted({f.reimbursed_date for f in v.fees if f.reimbursed_date})
        ws.append(
            [
                n,
                v.name,
                documents.shown_id(v.id_number, full),
                names.get(v.village_code or "", v.village_code or ""),
                v.level,
                *[t.by_item.get(i, 0.0) for i in items],
                t.total,
                t.reimbursed,
                t.outstanding,
                "、".join(dates),
                flags.get(v.id),
                None,
            ]
        )
    total = exams.fee_totals(views)
    ws.append(
        [
            "合计",
            f"{len(views)} 人",
            None,
            None,
            None,
            *[total.by_item.get(i, 0.0) for i in items],
            total.total,
            total.reimbursed,
            total.outstanding,
            None,
            None,
            None,
        ]
    )
    bold_row(ws, ws.max_row)
    money_cols = range(6, 6 + len(items) + 3)
    for row in ws.iter_rows(min_row=first, max_row=ws.max_row):
        for c in row:
            if c.column in money_cols:
                c.number_format = "0.00"
    save_workbook(wb, path)
    accounts.log_export(store, documents.DOC_EXAM_FEES, str(path), len(views), full)
    return len(views)
