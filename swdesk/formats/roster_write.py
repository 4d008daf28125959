"""Writing rosters: the export, the blank import template, and the import error report.

Everything written here re-imports cleanly through ``roster_read``: the header is in row 1
with the names ``roster_read`` knows, ID numbers are text cells (format ``@``) so Excel never
turns them into floats, and dates are real date cells.
"""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from swdesk import atomic
from swdesk.core import enums, registration, workforce
from swdesk.core.worker import CERT_FIELDS, WORKER_FIELDS
from swdesk.formats.roster_read import CANONICAL_HEADERS, REG_FIELDS

# Columns of an exported roster, in order: the worker's own fields (the village's name beside
# its code, the ID note left out), the certificate's with its latest registration (登记类型
# before its 登记日期, then 有效期至, 登记状态, 证书管理号), and the notes last. "序号" is for
# people; the reader skips it.
_before_village = WORKER_FIELDS[: WORKER_FIELDS.index("village_code")]
_from_village = WORKER_FIELDS[WORKER_FIELDS.index("village_code") : WORKER_FIELDS.index("notes")]
_to_domains = _from_village[: _from_village.index("domains") + 1]
EXPORT_FIELDS: tuple[str, ...] = (
    *_before_village,
    "village",
    *_to_domains,
    "roles",  # held in worker_roles (store.worker_roles), not a worker column
    *_from_village[len(_to_domains) :],
    *CERT_FIELDS[: CERT_FIELDS.index("registration_date")],
    "reg_kind",
    "registration_date",
    *REG_FIELDS[1:],
    "notes",
)
# A county's roster holds many townships' people: each row says whose (the township's name)
# before the worker's own fields. The roster reader ignores the column (not one it imports).
TOWNSHIP_FIELD = "township"
TOWNSHIP_HEADER = "乡镇（街道）"
COUNTY_EXPORT_FIELDS: tuple[str, ...] = (TOWNSHIP_FIELD, *EXPORT_FIELDS)
# The template leaves out what swdesk derives or looks up itself (village code from the name).
TEMPLATE_FIELDS: tuple[str, ...] = tuple(f for f in EXPORT_FIELDS if f != "village_code")
REQUIRED_FIELDS = frozenset({"name", "id_number"})
TEXT_FIELDS = frozenset({"id_number", "phone", "cert_number", "village_code", "management_number"})
DATE_FIELDS = frozenset(
    {"birth_date", "status_date", "obtained_date", "registration_date", "reg_valid_until"}
)
YES_NO_FIELDS = frozenset({"sw_major", "professional_post"})
MULTI_FIELDS = frozenset({"domains", "roles"})  # several values in one cell, 、 between
DATE_FORMAT = "yyyy-mm-dd"
TEMPLATE_ROWS = 1000  # rows pre-formatted as text in the template's ID and phone columns
MAX_WIDTH = 60

_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
_REQUIRED_FILL = PatternFill("solid", fgColor="FCE4D6")


_MEASURED = max(MAX_WIDTH, 80)


def display_width(value: object) -> int:
    """Columns a value takes on screen: CJK and full-width characters count double.

    Counted up to ``_MEASURED`` characters: no column is made wider than that (``_fit``, the
    error report's 80), and a hostile sheet's 30 000-character cells cost no time here."""
    if value is None:
        return 0
    if isinstance(value, datetime | date):
        return 10
    s = str(value)[:_MEASURED]
    if s.isascii():
        return len(s)
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def _fit(width: int) -> float:
    return float(min(max(width, 4) + 2, MAX_WIDTH))


def _as_date(value: Any) -> Any:
    if isinstance(value, str) and len(value) == 10:
        try:
            return date.fromisoformat(value)
        except ValueError:
            return value
    return value


def _cell_value(field: str, value: Any) -> Any:
    if value is None or value == "":
        return None
    if field in YES_NO_FIELDS:
        return "是" if value else "否"
    if field in MULTI_FIELDS:
        return "、".join(value) if isinstance(value, list | tuple) else str(value)
    if field in DATE_FIELDS:
        return _as_date(value)
    if field in TEXT_FIELDS:
        return str(value)
    return value


def header_text(field: str, required_mark: bool = False) -> str:
    text = TOWNSHIP_HEADER if field == TOWNSHIP_FIELD else CANONICAL_HEADERS[field]
    return f"*{text}" if required_mark and field in REQUIRED_FIELDS else text


def _save(wb: Workbook, path: Path) -> Path:
    """Build the file in memory, then put it in place all or nothing (``swdesk.atomic``).

    Nothing half-written is left behind if the disk is full or the old file is open in
    Excel, and a write-only workbook is always fully written (a failed save would leave its
    row writer dangling).
    """
    path = Path(path)
    buffer = io.BytesIO()
    wb.save(buffer)
    atomic.make_folder(path.parent)
    atomic.write_atomic(path, buffer.getvalue())
    return path


# -- export -----------------------------------------------------------------------------------
def write_roster(
    path: Path,
    records: Sequence[dict[str, Any]],
    progress: Callable[[int, int], None] | None = None,
    fields: Sequence[str] = EXPORT_FIELDS,
) -> Path:
    """Write workers (dicts keyed by ``fields``: ``EXPORT_FIELDS``, a county's
    ``COUNTY_EXPORT_FIELDS``) with a frozen header and fitted widths.

    Write-only mode keeps memory flat for large rosters; widths are measured first because a
    write-only sheet cannot be changed after its rows are written.
    """
    headers = ["序号", *(header_text(f) for f in fields)]
    rows: list[list[Any]] = []
    widths = [display_width(h) for h in headers]
    for n, rec in enumerate(records, start=1):
        row = [n, *(_cell_value(f, rec.get(f)) for f in fields)]
        for i, v in enumerate(row):
            w = display_width(v)
            if w > widths[i]:
                widths[i] = w
        rows.append(row)

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("花名册")
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = _fit(w)
    ws.freeze_panes = "A2"
    last_col = get_column_letter(len(headers))
    ws.auto_filter.ref = f"A1:{last_col}{len(rows) + 1}"

    header_cells = []
    for text in headers:
        c = WriteOnlyCell(ws, value=text)
        c.font = _HEADER_FONT
        c.fill = _HEADER_FILL
        header_cells.append(c)
    ws.append(header_cells)

    styled = {
        i + 1: ("@" if f in TEXT_FIELDS else DATE_FORMAT)
        for i, f in enumerate(fields)
        if f in TEXT_FIELDS or f in DATE_FIELDS
    }
    total = len(rows)
    for n, row in enumerate(rows, start=1):
        for i, fmt in styled.items():
            v = row[i]
            if v is not None:
                c = WriteOnlyCell(ws, value=v)
                c.number_format = fmt
                row[i] = c
        ws.append(row)
        if progress is not None and n % 1000 == 0:
            progress(n, total)
    if progress is not None:
        progress(total, total)
    return _save(wb, path)


# -- template ---------------------------------------------------------------------------------
def _choices() -> dict[str, tuple[str, ...]]:
    return {
        "gender": enums.GENDERS,
        "ethnicity": enums.ETHNICITIES,
        "political_status": enums.POLITICAL_STATUSES,
        "education": enums.EDUCATIONS,
        "sw_major": ("是", "否"),
        "post_type": enums.POST_TYPES,
        "professional_post": ("是", "否"),
        "domains": enums.DOMAINS,
        "roles": workforce.ROLES,
        "status": enums.STATUSES,
        "level": enums.LEVELS,
        "reg_kind": registration.KINDS,
        "reg_state": registration.STATES,
    }


_NOTES: dict[str, str] = {
    "name": "必填。",
    "id_number": "必填。18位居民身份证号（旧的15位号码会自动升为18位）。本列已设为文本格式，"
    "请勿改成数字格式，否则 Excel 会丢掉号码的后几位。",
    "gender": "可不填，按身份证号自动得出；填了则必须与身份证号一致。",
    "birth_date": "可不填，按身份证号自动得出；填了则必须与身份证号一致。",
    "ethnicity": "从下拉列表中选择，如“汉族”。",
    "phone": "11位手机号。",
    "political_status": "从下拉列表中选择。",
    "education": "从下拉列表中选择。",
    "major": "所学专业名称，如“社会工作”。",
    "sw_major": "是 / 否。",
    "village": "从下拉列表中选择本乡镇（街道）已登记的村（社区），也可填12位村（社区）代码。",
    "post_type": "从下拉列表中选择。",
    "professional_post": "是否社会工作专业岗位：是 / 否。",
    "domains": "可多选，用顿号分隔，如“老年、儿童/未成年人”。",
    "roles": "岗位类型之外担任的职务，可多选，用顿号分隔，如“定员干部、儿童主任”；不担任则不填。",
    "status": "在岗 / 离岗 / 调出；不填按在岗。",
    "status_date": "离岗或调出的日期。",
    "level": "本行所填证书的等级（职业水平）。没有证书则证书和登记各列都不填。",
    "cert_number": "证书上的编号，按文本原样填写。",
    "obtained_date": "取得证书的日期。",
    "registration_date": "首次登记的日期，不能早于取得日期；登记类型是再登记时，填这次再登记"
    "的有效期起。",
    "reg_kind": "首次登记 / 再登记；不填按首次登记。",
    "reg_valid_until": "登记有效期至，不填按登记日期起 3 年。",
    "reg_state": "全国社会工作信息系统显示的状态，如“已出证”；不填按已出证。",
    "management_number": "证书管理号，按文本原样填写。",
    "notes": "其他需要说明的情况。",
}


def _quote_sheet(title: str) -> str:
    return "'" + title.replace("'", "''") + "'"


def write_template(path: Path, village_names: Sequence[str] = ()) -> Path:
    """A blank roster with a dropdown for every enumeration column and an instructions sheet.

    The dropdown lists live in a hidden sheet: an inline list is capped at 255 characters
    (56 ethnicities do not fit) and some values contain quotes.
    """
    wb = Workbook()
    ws = wb.active
    ws.title = "花名册"
    guide = wb.create_sheet("填写说明")
    lists = wb.create_sheet("选项")
    lists.sheet_state = "hidden"

    choices = _choices()
    if village_names:
        choices["village"] = tuple(village_names)
    list_refs: dict[str, str] = {}
    for col, (field, values) in enumerate(choices.items(), start=1):
        letter = get_column_letter(col)
        lists.cell(1, col, CANONICAL_HEADERS[field])
        for r, v in enumerate(values, start=2):
            lists.cell(r, col, v).number_format = "@"
        list_refs[field] = f"{_quote_sheet(lists.title)}!${letter}$2:${letter}${len(values) + 1}"

    last_row = TEMPLATE_ROWS + 1
    for col, field in enumerate(TEMPLATE_FIELDS, start=1):
        letter = get_column_letter(col)
        text = header_text(field, required_mark=True)
        cell = ws.cell(1, col, text)
        cell.font = _HEADER_FONT
        cell.fill = _REQUIRED_FILL if field in REQUIRED_FIELDS else _HEADER_FILL
        cell.alignment = Alignment(horizontal="center", vertical="center")
        width = max(display_width(text), 12 if field in DATE_FIELDS else 8)
        if field == "id_number":
            width = 22
        elif field in choices:
            width = max(width, *(display_width(v) for v in choices[field][:12]))
        dim = ws.column_dimensions[letter]
        dim.width = _fit(min(width, 30))
        fmt = "@" if field in TEXT_FIELDS else DATE_FORMAT if field in DATE_FIELDS else None
        if fmt:
            dim.number_format = fmt  # new cells typed anywhere in the column
            for r in range(2, last_row + 1):
                ws.cell(r, col).number_format = fmt
        if field in list_refs:
            multi = field in MULTI_FIELDS
            dv = DataValidation(
                type="list",
                formula1=list_refs[field],
                allow_blank=True,
                showErrorMessage=not multi,  # several domains are typed as 老年、家庭
                errorStyle="stop",
                errorTitle="输入有误",
                error=f"请从下拉列表中选择{CANONICAL_HEADERS[field]}。",
                showInputMessage=True,
                promptTitle=CANONICAL_HEADERS[field],
                prompt=_NOTES[field][:250],
            )
            dv.add(f"{letter}2:{letter}1048576")
            ws.add_data_validation(dv)
    ws.freeze_panes = "A2"

    guide.column_dimensions["A"].width = 18
    guide.column_dimensions["B"].width = 8
    guide.column_dimensions["C"].width = 90
    intro = (
        "花名册导入模板 填写说明",
        "1. 在“花名册”工作表第2行起，每人填一行；第1行是列名，请勿修改或删除。",
        "2. 带 * 的列必须填写；身份证号用于识别同一个人，再次导入时按身份证号更新已有档案。",
        "3. 空着的格子不会清除档案里已有的内容；没有的列也不会改动。",
        "4. 日期可以写成 1985-03-01、1985.03、1985年3月 等样子。",
        "5. 一行可带一张证书（等级、编号、取得日期、登记日期）；同一人有多张证书时请分次导入，"
        "同一份文件里身份证号不能重复。已有同等级证书的，按新填的内容更新。",
        "",
    )
    for r, text in enumerate(intro, start=1):
        guide.cell(r, 1, text).font = Font(bold=(r == 1), size=14 if r == 1 else 11)
    head_row = len(intro) + 1
    for c, text in enumerate(("列名", "必填", "填写要求 / 可选值"), start=1):
        cell = guide.cell(head_row, c, text)
        cell.font = _HEADER_FONT
        cell.fill = _HEADER_FILL
    for r, field in enumerate(TEMPLATE_FIELDS, start=head_row + 1):
        guide.cell(r, 1, CANONICAL_HEADERS[field])
        guide.cell(r, 2, "是" if field in REQUIRED_FIELDS else "")
        note = _NOTES[field]
        if field in choices and field not in ("ethnicity", "village"):
            note += " 可选：" + "、".join(choices[field]) + "。"
        cell = guide.cell(r, 3, note)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    wb.active = 0
    return _save(wb, path)


# -- error report -----------------------------------------------------------------------------
ERROR_HEADERS = ("行号", "列", "值", "原因")


def write_error_report(
    path: Path,
    errors: Iterable[tuple[int, str, str, str]],
    about: Sequence[tuple[str, str]] = (),
) -> Path:
    """Errors as (row, column, value, reason); ``about`` adds a sheet of facts (file, counts)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "错误"
    ws.append(list(ERROR_HEADERS))
    widths = [display_width(h) for h in ERROR_HEADERS]
    # The sheet's row counted here: ``ws.max_row`` scans every cell, which made a report of
    # 5 000 errors take 30 s.
    for at, (row, column, value, reason) in enumerate(errors, start=2):
        ws.append([row, column, value, reason])
        for i, v in enumerate((row, column, value, reason)):
            widths[i] = max(widths[i], display_width(v))
        ws.cell(at, 3).number_format = "@"
    for c in range(1, 5):
        cell = ws.cell(1, c)
        cell.font = _HEADER_FONT
        cell.fill = _HEADER_FILL
        ws.column_dimensions[get_column_letter(c)].width = _fit(min(widths[c - 1], 80))
    ws.freeze_panes = "A2"
    if about:
        info = wb.create_sheet("概况")
        for key, value in about:
            info.append([key, value])
        info.column_dimensions["A"].width = 14
        info.column_dimensions["B"].width = 70
    return _save(wb, path)
