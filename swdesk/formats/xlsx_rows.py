"""Reading the rows of an .xlsx sheet with python-calamine, as the values openpyxl gives.

Why calamine: it is a maintained binding of the Rust ``calamine`` reader and reads a 10k-row
roster about ten times faster than ``openpyxl.load_workbook(read_only=True)``. openpyxl stays
the library that *writes* every workbook swdesk makes; no reader here needs it any more.

What calamine does not give, and where it comes from instead:

- the active sheet (the tab the file was saved on, which a roster is read from first): read
  here from ``workbookView activeTab`` in the workbook part, as openpyxl reads it;
- error cells (``#N/A`` cached by a lookup formula that found nothing): calamine reads them
  as empty, so a row of failed lookups would vanish instead of being reported. The sheet part
  is searched for ``t="e"`` (no real roster has one, so this costs one search) and each error
  cell's text is put back, as openpyxl gives it;
- a cell that exists but is empty, as distinct from no cell at all: calamine fills the gaps of
  its rectangle with ``""``. Every empty cell therefore reads as None and a row ends at its
  last non-empty cell (openpyxl ends it at the last ``<c>`` element, empty or not). Every
  reader in swdesk treats a missing cell and None alike.

Values are made what openpyxl gives for the same cell (``tests/test_xlsx_rows.py`` compares
the two on every test workbook, LibreOffice saves included):

- a whole number calamine hands over as a float (it has only floats for numeric cells) is an
  int when it is below 2**53, where a float still holds every digit — the numbers Excel, WPS
  and LibreOffice write without a decimal point. Larger ones stay floats, which is what an
  18-digit ID number stored as a number is (Excel keeps 15 significant digits), so the
  Excel-mangled ID check sees what it saw before;
- a date calamine gives as ``date`` (a whole-day serial under a date format) is a
  ``datetime`` at midnight, as openpyxl gives every date;
- text, booleans, times, durations and datetimes pass unchanged.

``xlsx_guard.check_xlsx`` must have accepted the file first: calamine builds one rectangle
from the first cell to the last before it yields a row, and a rectangle too large to allocate
aborts the process. ``open_book`` runs the check itself, so no caller can skip it.
"""

from __future__ import annotations

import logging
import posixpath
import re
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from python_calamine import CalamineError, CalamineWorkbook, SheetTypeEnum, XmlError

from swdesk.core.errors import RuleError
from swdesk.core.i18n import msg
from swdesk.formats import xlsx_guard

log = logging.getLogger("swdesk.formats")

_UNREADABLE: tuple[type[Exception], ...] = (*xlsx_guard.BROKEN, KeyError, OSError, ValueError)
_EXACT = 2.0**53  # below this every whole float is an exact integer
_WORKBOOK = "xl/workbook.xml"
_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_ACTIVE_TAB = re.compile(rb"<(?:[\w.-]+:)?workbookView\b[^>]*?\sactiveTab\s*=\s*[\"'](\d+)[\"']")
_OFFICE_DOCUMENT = re.compile(
    rb"<Relationship\b[^>]*?Type=\"[^\"]*/officeDocument\"[^>]*?Target=\"([^\"]+)\""
    rb"|<Relationship\b[^>]*?Target=\"([^\"]+)\"[^>]*?Type=\"[^\"]*/officeDocument\""
)


@dataclass
class Sheet:
    """One worksheet of the workbook: its tab name and its last row with data."""

    title: str
    max_row: int | None


class Book:
    """The worksheets of one .xlsx and its ``rows(sheet)``; close it when done."""

    def __init__(
        self, path: Path, workbook: CalamineWorkbook, unpacked: dict[str, bytes] | None = None
    ) -> None:
        self._path = path
        self._wb = workbook
        # Sheet parts ``xlsx_guard`` already unpacked, by name: each is searched once more.
        self._unpacked = unpacked if unpacked is not None else {}
        order: list[Sheet | None] = []
        for meta in workbook.sheets_metadata:
            if meta.typ != SheetTypeEnum.WorkSheet:
                order.append(None)  # a chart sheet still counts for the active tab's index
                continue
            order.append(Sheet(meta.name, None))
        self.worksheets = [s for s in order if s is not None]
        idx, self._parts = _workbook_parts(path)
        self.active = order[idx] if 0 <= idx < len(order) else None

    def close(self) -> None:
        self._wb.close()

    def rows(self, sheet: Sheet) -> Iterator[tuple[Any, ...]]:
        """Every row from row 1 on, each up to its last non-empty cell (see the module)."""
        return map(_row, self.grid(sheet))

    def grid(self, sheet: Sheet) -> list[list[Any]]:
        """The sheet's cells as calamine gives them, error cells put back: one list per row
        from row 1 on, ``""`` for an empty cell, whole numbers as floats, dates as ``date``.

        For a reader that takes whole columns at once (``roster_read``) and makes the values
        what ``rows`` gives itself; ``rows`` is this, row by row, made those values."""
        try:
            ws = self._wb.get_sheet_by_name(sheet.title)
            end = ws.end
            sheet.max_row = end[0] + 1 if end is not None else 0
            grid = ws.to_python(skip_empty_area=False)
        except XmlError:
            raise xlsx_guard.corrupt(self._path) from None
        except CalamineError as e:
            log.info("cannot read sheet %s of %s: %r", sheet.title, self._path, e)
            raise xlsx_guard.corrupt(self._path) from None
        part = self._parts.get(sheet.title)
        if part is not None:
            self._put_errors(grid, part)
        return grid

    def _put_errors(self, grid: list[list[Any]], part: str) -> None:
        data = self._unpacked.pop(part, None)
        if data is None:
            try:
                with zipfile.ZipFile(self._path) as z:
                    data = z.read(part)
            except _UNREADABLE:
                raise xlsx_guard.corrupt(self._path) from None
        if not any(q in data for q in _ERROR_QUOTES) or _ERROR_TYPE.search(data) is None:
            return
        for row, column, text in _error_cells(data):
            if row <= len(grid) and column <= len(grid[row - 1]):
                grid[row - 1][column - 1] = text


def row_values(cells: Sequence[Any]) -> tuple[Any, ...]:
    """One row of ``Book.grid`` (left as it is) as ``Book.rows`` gives it."""
    return _row(list(cells))


def cell_value(value: Any) -> Any:
    """One cell of ``Book.grid`` as ``Book.rows`` gives it, text stripped and ``None`` for
    an empty cell (a blank text included): what a reader keeps of a cell."""
    t = type(value)
    if t is float:
        return int(value) if value.is_integer() and -_EXACT < value < _EXACT else value
    if t is date:
        return datetime(value.year, value.month, value.day)
    if isinstance(value, str):
        return value.strip() or None
    return value


def _row(cells: list[Any]) -> tuple[Any, ...]:
    for i, v in enumerate(cells):
        t = type(v)
        if t is str:
            if not v:
                cells[i] = None
        elif t is float:
            if v.is_integer() and -_EXACT < v < _EXACT:
                cells[i] = int(v)
        elif t is date:
            cells[i] = datetime(v.year, v.month, v.day)
    n = len(cells)
    while n and cells[n - 1] is None:
        n -= 1
    return tuple(cells[:n])


def _workbook_parts(path: Path) -> tuple[int, dict[str, str]]:
    """The index of the sheet the file was saved on (0 when the workbook names none), and
    each sheet's part in the package by its tab name."""
    try:
        with zipfile.ZipFile(path) as z:
            target = _office_document(z)
            workbook = z.read(target)
            folder = target.rpartition("/")[0]
            rels_name = f"{folder}/_rels/{target.rpartition('/')[2]}.rels".lstrip("/")
            rels = {
                r.get("Id"): r.get("Target", "")
                for r in ElementTree.fromstring(z.read(rels_name))
                if r.get("Id")
            }
    except _UNREADABLE:
        return 0, {}
    m = _ACTIVE_TAB.search(workbook)
    parts: dict[str, str] = {}
    try:
        root = ElementTree.fromstring(workbook)
    except ElementTree.ParseError:
        return 0, {}
    for sheet in root.iter(f"{_MAIN}sheet"):
        target = rels.get(sheet.get(f"{_REL}id"), "")
        if target:
            full = target.lstrip("/") if target.startswith("/") else f"{folder}/{target}"
            parts[sheet.get("name", "")] = posixpath.normpath(full).lstrip("/")
    return (int(m.group(1)) if m else 0), parts


def _office_document(z: zipfile.ZipFile) -> str:
    try:
        m = _OFFICE_DOCUMENT.search(z.read("_rels/.rels"))
    except KeyError:
        m = None
    return (m.group(1) or m.group(2)).decode("utf-8", "replace").lstrip("/") if m else _WORKBOOK


_ERROR_TYPE = re.compile(rb"""\st\s*=\s*(?:"e"|'e')""")
# What ``_ERROR_TYPE`` must contain, looked for first: two plain byte searches over a 12 MB
# sheet cost a tenth of the regex, whose leading ``\s`` makes every blank a candidate. XML
# closes an attribute's value with the mark that opened it, so ``"e'`` is no value at all.
_ERROR_QUOTES = (b'"e"', b"'e'")
_CELL_START = re.compile(rb"<(?:[\w.-]+:)?c[\s>/]")
_REF = re.compile(rb"""\sr\s*=\s*["']([A-Za-z]+)(\d+)["']""")
_CELL_END = re.compile(rb"</(?:[\w.-]+:)?c>")
_VALUE = re.compile(rb"<(?:[\w.-]+:)?v>([^<]*)</(?:[\w.-]+:)?v>")


def _error_cells(data: bytes) -> Iterator[tuple[int, int, str]]:
    """(row, column, text) of each error cell (``t="e"``, e.g. ``#N/A`` from a lookup that
    found nothing): python-calamine reads them as empty, openpyxl as their text."""
    for m in _ERROR_TYPE.finditer(data):
        start = max(data.rfind(b"<", 0, m.start()), 0)
        if not _CELL_START.match(data, start):
            continue
        end = data.find(b">", m.end())
        ref = _REF.search(data, start, end + 1)
        if ref is None or data[end - 1 : end] == b"/":
            continue
        close = _CELL_END.search(data, end)
        value = _VALUE.search(data, end, close.start()) if close else None
        if value is None:
            continue
        row = int(ref.group(2))
        column = 0
        for ch in ref.group(1).upper():
            column = column * 26 + ch - 64
        yield row, column, value.group(1).decode("utf-8", "replace")


def open_book(path: Path, limits: xlsx_guard.Limits | None = None) -> Book:
    """The workbook at ``path``, after ``xlsx_guard.check_xlsx`` has accepted it.

    Raises RuleError (a Chinese sentence) when the file is missing, an old .xls, past
    ``limits``, not an .xlsx at all, encrypted or damaged."""
    path = Path(path)
    if not path.exists():
        raise RuleError(msg("找不到文件 {path}。", path=path))
    if path.suffix.lower() == ".xls":
        raise RuleError(msg("不支持旧的 .xls 格式。请在 Excel 或 WPS 中“另存为” .xlsx 后再导入。"))
    unpacked: dict[str, bytes] = {}
    try:
        xlsx_guard.check_xlsx(path, limits, unpacked)
        if not zipfile.is_zipfile(path):
            raise _not_xlsx(path, "not a zip")
        try:
            workbook = CalamineWorkbook.from_path(str(path))
        except XmlError:
            raise xlsx_guard.corrupt(path) from None
        except (CalamineError, OSError, ValueError) as e:
            raise _not_xlsx(path, e) from None
    except xlsx_guard.BROKEN:
        raise xlsx_guard.corrupt(path) from None
    try:
        return Book(path, workbook, unpacked)
    except BaseException:
        workbook.close()
        raise


def _not_xlsx(path: Path, why: object) -> RuleError:
    # The library's own text is English and stays in the log, not in the sentence.
    log.info("cannot read %s as xlsx: %r", path, why)
    return RuleError(
        msg(
            "无法读取 {file}：它不是有效的 .xlsx 文件（或已加密、已损坏）。"
            "请在 Excel 或 WPS 中打开它，另存为 .xlsx 后再导入。",
            file=path.name,
        )
    )
