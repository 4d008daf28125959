"""Reading a 花名册 as people really keep them: title rows, merged cells, header variants.

The file is read by ``formats.xlsx_rows`` (python-calamine, after ``formats.xlsx_guard`` has
accepted it); formulas give their cached values. A merged title's text sits in its top-left
cell and every other cell of it reads as empty, which is all this reader needs of merging. The header row is found by scanning the first rows for the one
that matches the most known column names, so titles and blank rows above it do no harm.

This module only reads and maps columns; it does not judge values (that is
``core.worker``'s job, called by ``services.roster``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import compress, repeat
from operator import is_not, itemgetter
from pathlib import Path
from typing import Any

from swdesk.core.errors import RuleError
from swdesk.core.i18n import msg
from swdesk.formats import xlsx_guard, xlsx_rows

HEADER_SCAN_ROWS = 15
PROGRESS_EVERY = 500

# field → header names seen in real rosters, written in normalised form (see ``norm_header``).
HEADER_VARIANTS: dict[str, tuple[str, ...]] = {
    "id_number": (
        "身份证号",
        "身份证号码",
        "公民身份号码",
        "公民身份证号码",
        "公民身份证号",
        "居民身份证号",
        "居民身份证号码",
        "身份证",
        "身份证件号码",
        "证件号码",
    ),
    "name": ("姓名", "名字"),
    "gender": ("性别",),
    "birth_date": ("出生日期", "出生年月", "出生年月日", "出生时间"),
    "ethnicity": ("民族",),
    "phone": ("联系电话", "手机号码", "手机", "电话", "手机号", "联系方式", "电话号码"),
    "political_status": ("政治面貌",),
    "education": ("学历", "文化程度", "最高学历"),
    "major": ("专业", "所学专业"),
    "sw_major": ("是否社工专业", "是否社会工作专业", "社工专业"),
    "village": (
        "所在村(社区)",
        "村(社区)",
        "所属社区",
        "所在社区",
        "所在村",
        "所属村(社区)",
        "村社区",
        "村(社区)名称",
        "所在村(社区)名称",
    ),
    "village_code": (
        "村社区代码",
        "村(社区)代码",
        "所在村(社区)代码",
        "区划代码",
        "统计用区划代码",
    ),
    "post_type": ("岗位类型", "岗位", "岗位性质"),
    "professional_post": ("是否专业岗位", "专业岗位", "是否社工专业岗位"),
    "domains": ("服务领域",),
    "roles": ("职务", "担任职务", "兼任职务"),
    "status": ("状态", "在岗状态"),
    "status_date": ("状态日期", "状态变动日期"),
    "level": ("证书等级", "职业水平", "职业水平等级", "职业资格等级", "证书级别"),
    "cert_number": ("证书编号", "证书号", "证书号码"),
    "obtained_date": ("取得时间", "取得日期", "发证日期", "取证时间", "取证日期"),
    "registration_date": ("登记日期", "登记时间", "登记有效期起", "有效期起"),
    "reg_kind": ("登记类型", "登记类别"),
    "reg_valid_until": ("有效期至", "有效期止", "登记有效期至", "登记有效期止"),
    "reg_state": ("登记状态",),
    "management_number": ("证书管理号", "管理号"),
    "notes": ("备注",),
}

# The registration columns besides 登记日期 (the certificate's own, or its latest 再登记's):
# here, with the reader, so reading a roster needs nothing of the writer (and its openpyxl).
REG_FIELDS: tuple[str, ...] = ("reg_kind", "reg_valid_until", "reg_state", "management_number")

# The names swdesk itself writes (export and template): the worker editor's labels, so a
# column reads the same in the roster as on screen. Reading accepts every variant above,
# including the names earlier exports used (联系电话, 所学专业, 是否社工专业, 所在村（社区）,
# 是否专业岗位).
CANONICAL_HEADERS: dict[str, str] = {
    "name": "姓名",
    "id_number": "身份证号",
    "gender": "性别",
    "birth_date": "出生日期",
    "ethnicity": "民族",
    "phone": "手机号码",
    "political_status": "政治面貌",
    "education": "学历",
    "major": "专业",
    "sw_major": "社工专业",
    "village": "村（社区）",
    "village_code": "村（社区）代码",
    "post_type": "岗位类型",
    "professional_post": "专业岗位",
    "domains": "服务领域",
    "roles": "职务",
    "status": "状态",
    "status_date": "状态日期",
    "level": "证书等级",
    "cert_number": "证书编号",
    "obtained_date": "取得日期",
    "registration_date": "登记日期",
    "reg_kind": "登记类型",
    "reg_valid_until": "有效期至",
    "reg_state": "登记状态",
    "management_number": "证书管理号",
    "notes": "备注",
}

_HINT = re.compile(r"\([^()]*\)")  # "(必填)", "(格式:1985-03-01)"
_NOISE = re.compile(r"[\s*※:：]")
_FOOTNOTE_START = ("注", "说明", "合计", "总计", "小计", "填表", "制表", "审核", "负责人")
# What the first cell of a signature or total line under a 花名册 starts with: who made,
# checked and answers for the table, when, and the totals. Such a line after the last data
# row is the paper's edge, not a person (``_cut_footer``).
FOOTER_START = (
    *_FOOTNOTE_START,
    "经办人",
    "联系人",
    "单位盖章",
    "盖章",
    "签字",
    "签名",
    "日期",
    "备注",
)


def norm_header(value: object) -> str:
    """Header text without spaces, line breaks, asterisks, colons; full-width → half-width."""
    if value is None:
        return ""
    s = unicodedata.normalize("NFKC", str(value))
    return _NOISE.sub("", s)


_LOOKUP: dict[str, str] = {
    norm_header(v): f for f, variants in HEADER_VARIANTS.items() for v in variants
}


def field_for_header(value: object) -> str | None:
    """The field a header cell names, or None; tolerates hints in brackets (``姓名（必填）``)."""
    s = norm_header(value)
    if not s:
        return None
    if s in _LOOKUP:
        return _LOOKUP[s]
    stripped = _HINT.sub("", s)
    return _LOOKUP.get(stripped) if stripped else None


@dataclass
class RosterRow:
    """One data row: ``values`` holds the non-empty cells of recognised columns by field."""

    row: int  # the row number Excel shows (1-based)
    values: dict[str, Any]


@dataclass
class RosterSheet:
    """What was read: where the header is, which columns mean what, and the data rows."""

    path: Path
    sheet: str
    header_row: int
    columns: dict[str, int]  # field → 0-based column index
    headers: dict[str, str]  # field → header text as written in the file
    ignored_headers: list[str] = field(default_factory=list)  # duplicates or unknown names
    rows: list[RosterRow] = field(default_factory=list)
    # Rows under the last data row that are the table's footer (制表人, 审核, 合计 …), skipped.
    footer_rows: list[int] = field(default_factory=list)

    def header_label(self, field_name: str) -> str:
        """The column name to show in an error: the file's own words when it has the column."""
        return self.headers.get(field_name) or CANONICAL_HEADERS.get(field_name, field_name)


def _match_header(row: tuple[Any, ...]) -> tuple[dict[str, int], dict[str, str], list[str]]:
    columns: dict[str, int] = {}
    headers: dict[str, str] = {}
    ignored: list[str] = []
    for idx, cell in enumerate(row):
        text = str(cell).strip() if cell is not None else ""
        if not text:
            continue
        f = field_for_header(cell)
        if f is None or f in columns:
            ignored.append(text)
            continue
        columns[f] = idx
        headers[f] = "".join(text.split()).lstrip("*＊")
    return columns, headers, ignored


def _find_header(
    rows: list[tuple[Any, ...]],
) -> tuple[int, dict[str, int], dict[str, str], list[str]] | None:
    """Index of the row matching the most known names (ties: the first), if it has an ID column."""
    best: tuple[int, dict[str, int], dict[str, str], list[str]] | None = None
    for i, row in enumerate(rows):
        columns, headers, ignored = _match_header(row)
        if len(columns) >= 2 and (best is None or len(columns) > len(best[1])):
            best = (i, columns, headers, ignored)
    if best is None or "id_number" not in best[1]:
        return None
    return best


def _is_footnote(values: dict[str, Any]) -> bool:
    """A remark under the table (``填表人：张三``, ``合计``) landing in one recognised column."""
    if "id_number" in values or len(values) != 1:
        return False
    (only,) = values.values()
    if not isinstance(only, str):
        return False
    return ":" in only or "：" in only or only.startswith(_FOOTNOTE_START)


def is_footer_line(row: Sequence[Any]) -> bool:
    """Whether a sheet row reads as a footer line: its first non-empty cell is text starting
    with a word such as 制表人, 审核, 填表日期 or 合计 (spaces, full-width forms and an opening
    bracket, as in （单位盖章）, ignored)."""
    for cell in row:
        if cell is None:
            continue
        if not isinstance(cell, str):
            return False
        text = _NOISE.sub("", unicodedata.normalize("NFKC", cell)).lstrip("([【")
        if text:
            return text.startswith(FOOTER_START)
    return False


def _cut_footer(rows: list[RosterRow], cells: Sequence[Sequence[Any]]) -> list[int]:
    """Take the footer off the end of ``rows`` and return its row numbers; ``cells[i]`` is
    the sheet row ``rows[i]`` was read from.

    The footer begins at the first footer-looking row after the last other row that has an
    ID number (a signature may sit in the ID column); everything from there on goes (a note's second line, a date under a signature).
    A footer-looking row with data rows after it stays: it is a row to correct, not an edge.
    Only rows from the end back to that last data row are looked at: whether a row above
    it looks like a footer changes nothing.
    """

    def footer_like(i: int) -> bool:
        return is_footer_line(cells[i]) or _is_footnote(rows[i].values)

    last_data = next(
        (
            i
            for i in range(len(rows) - 1, -1, -1)
            if "id_number" in rows[i].values and not footer_like(i)
        ),
        -1,
    )
    start = next((i for i in range(last_data + 1, len(rows)) if footer_like(i)), None)
    if start is None:
        return []
    cut = [r.row for r in rows[start:]]
    del rows[start:]
    return cut


def read_roster(
    path: Path,
    progress: Callable[[int, int], None] | None = None,
    limits: xlsx_guard.Limits | None = None,
) -> RosterSheet:
    """Read the first sheet that has a recognisable header row (the active sheet first).

    Raises RuleError when no sheet has a header row with an ID number column, when the file
    is past ``limits`` (``formats.xlsx_guard``) or its XML is broken.
    """
    path = Path(path)
    try:
        return _read_roster(path, progress, limits)
    except xlsx_guard.BROKEN:
        raise xlsx_guard.corrupt(path) from None


def _read_roster(
    path: Path,
    progress: Callable[[int, int], None] | None,
    limits: xlsx_guard.Limits | None,
) -> RosterSheet:
    book = xlsx_rows.open_book(path, limits)
    try:
        order = [book.active, *[s for s in book.worksheets if s is not book.active]]
        for s in order:
            if s is None:
                continue
            found = _read_sheet(path, s.title, _cells(book, s), s, progress, limits)
            if found is not None:
                return found
    finally:
        book.close()
    raise _no_header(path)


def _cells(book: Any, sheet: xlsx_rows.Sheet) -> Sequence[Sequence[Any]]:
    """Every row of ``sheet`` as read, before its values are made what ``Book.rows`` gives
    (``xlsx_rows.cell_value``): calamine's own grid, or the rows of any other reader."""
    grid = getattr(book, "grid", None)
    return grid(sheet) if grid is not None else list(book.rows(sheet))


def _no_header(path: Path) -> RuleError:
    return RuleError(
        msg(
            "在 {file} 前 {rows} 行里找不到表头：需要一行列名，其中至少有"
            "“身份证号”（或“身份证号码”“公民身份号码”）和“姓名”等列。",
            file=path.name,
            rows=HEADER_SCAN_ROWS,
        )
    )


def _read_sheet(
    path: Path,
    title: str,
    cells: Sequence[Sequence[Any]],
    sheet_of: xlsx_rows.Sheet,
    progress: Callable[[int, int], None] | None,
    limits: xlsx_guard.Limits | None,
) -> RosterSheet | None:
    """The roster on one sheet, read a column at a time: each recognised column is taken
    out of the rows and made plain values in one pass of C loops (``_column``), and only
    then are the rows put together."""
    head = [xlsx_rows.row_values(r) for r in cells[:HEADER_SCAN_ROWS]]
    found = _find_header(head)
    if found is None:
        xlsx_guard.check_read(path, head, limits)
        return None
    xlsx_guard.check_read(path, cells, limits, xlsx_rows.row_values)
    hidx, columns, headers, ignored = found
    sheet = RosterSheet(path, title, hidx + 1, columns, headers, ignored)
    pairs = sorted(columns.items(), key=lambda p: p[1])
    total = max((sheet_of.max_row or 0) - hidx - 1, 0)
    data = cells[hidx + 1 :]
    short = min(map(len, data), default=0)  # the shortest row: a rectangle has no short one
    if data and short == max(map(len, data)):  # calamine's grid: every column in one pass
        by_index: Sequence[Sequence[Any]] = list(zip(*data, strict=True))
        read = ((f, _plain(by_index[i])) for f, i in pairs)
    else:
        read = ((f, _column(data, i, short)) for f, i in pairs)
    filled = [(f, col) for f, col in read if col.count(None) < len(col)]
    fields = [f for f, _ in filled]
    out = sheet.rows
    kept: list[int] = []  # the index in ``data`` of each row kept
    first = hidx + 2
    n = -1
    given = repeat(None)  # for ``is_not``: which cells of a row are filled
    for n, values in enumerate(zip(*(col for _, col in filled), strict=True)):
        if None in values:
            row = dict(compress(zip(fields, values, strict=True), map(is_not, values, given)))
            if row:
                out.append(RosterRow(first + n, row))
                kept.append(n)
        else:
            out.append(RosterRow(first + n, dict(zip(fields, values, strict=True))))
            kept.append(n)
        if progress is not None and n % PROGRESS_EVERY == 0:
            progress(n, max(total, n))
    n = max(n, len(data) - 1)
    if progress is not None:
        progress(n + 1, n + 1)
    sheet.footer_rows = _cut_footer(out, [data[i] for i in kept])
    return sheet


_PLAIN_TEXT = frozenset({str})


def _column(rows: Sequence[Sequence[Any]], index: int, short: int) -> list[Any]:
    """Column ``index`` of ``rows`` as the reader keeps its cells (``xlsx_rows.cell_value``):
    text stripped, ``None`` for an empty cell. A column of text alone (nearly every one) is
    stripped by ``str.strip`` over the whole list; any other is made plain once per distinct
    value, told apart by type as well (1, 1.0 and True are one dict key). ``short`` is the
    length of the shortest row."""
    if short > index:
        return _plain(list(map(itemgetter(index), rows)))
    return _plain([r[index] if index < len(r) else None for r in rows])


_BLANK = {"": None}


def _plain(cells: Sequence[Any]) -> list[Any]:
    """``_column``'s values of one column's cells."""
    if _PLAIN_TEXT.issuperset(map(type, cells)):
        text: list[Any] = list(map(str.strip, cells))
        return list(map(_BLANK.get, text, text)) if "" in text else text
    keys = list(zip(map(type, cells), cells, strict=True))
    try:
        done = {k: xlsx_rows.cell_value(k[1]) for k in set(keys)}
    except TypeError:  # an unhashable cell, from a reader other than calamine
        return list(map(xlsx_rows.cell_value, cells))
    return list(map(done.__getitem__, keys))
