"""Looking at an .xlsx before any reader parses it, so a hostile or broken file costs a message,
not minutes and gigabytes.

Why: an .xlsx is a zip of XML parts. A few megabytes on disk can declare a sheet of a million
rows by sixteen thousand columns, or decompress to hundreds of megabytes; a reader that trusts
either runs for minutes and fills the memory of a township PC. Everything checked here is read
from the zip's directory and the first bytes of each sheet, without decompressing a part
whole, and without any spreadsheet library: whichever library reads the cells afterwards, the
same limits hold. The limits are settings (``resources/settings/defaults.json``), high enough
for any real roster or sheet of a county's size.

A sheet may declare no size or a false one, so every worksheet part is also scanned for the
rows and cells it really places (``placed_size``): python-calamine builds one rectangle from
the first cell to the last before it yields anything, and a rectangle too large to allocate
aborts the whole process (SIGABRT, not an exception) — a 5 KB file with cells at A1 and
XFD1048576 does it. ``check_xlsx`` must therefore run before any part reaches calamine.
``bounded`` still counts the rows a reader yields; ``corrupt`` is the sentence for XML a
reader found broken.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar
from xml.etree.ElementTree import ParseError

from swdesk.core.errors import RuleError
from swdesk.core.i18n import msg
from swdesk.store.db import DEFAULT_SETTINGS

if TYPE_CHECKING:
    from swdesk.store.db import Store

MB = 1024 * 1024
# Parts smaller than this are not judged by their compression ratio: tiny XML compresses well.
_RATIO_FLOOR = 1 * MB
_DIMENSION = re.compile(rb"<(?:\w+:)?dimension\s+ref=\"([^\"]+)\"")
_REF = re.compile(r"^\$?([A-Za-z]{1,3})\$?(\d{1,7})$")

T = TypeVar("T")


@dataclass(frozen=True)
class Limits:
    """What a spreadsheet may hold before it is refused unread."""

    max_rows: int = int(DEFAULT_SETTINGS["xlsx_max_rows"])
    max_columns: int = int(DEFAULT_SETTINGS["xlsx_max_columns"])
    max_uncompressed_mb: int = int(DEFAULT_SETTINGS["xlsx_max_uncompressed_mb"])
    max_ratio: int = int(DEFAULT_SETTINGS["xlsx_max_ratio"])

    @classmethod
    def of(cls, store: Store) -> Limits:
        """The limits this data file's settings give (the defaults where none is stored)."""
        return cls(
            max_rows=int(store.setting("xlsx_max_rows")),
            max_columns=int(store.setting("xlsx_max_columns")),
            max_uncompressed_mb=int(store.setting("xlsx_max_uncompressed_mb")),
            max_ratio=int(store.setting("xlsx_max_ratio")),
        )


def _column_number(letters: str) -> int:
    n = 0
    for ch in letters.upper():
        n = n * 26 + ord(ch) - 64
    return n


def declared_size(head: bytes) -> tuple[int, int] | None:
    """(rows, columns) the ``<dimension>`` near the start of a sheet part declares, if any."""
    m = _DIMENSION.search(head)
    if not m:
        return None
    last = m.group(1).decode("ascii", "replace").split(":")[-1]
    ref = _REF.match(last)
    if not ref:
        return None
    return int(ref.group(2)), _column_number(ref.group(1))


def _too_big(path: Path, why: str) -> RuleError:
    return RuleError(
        msg(
            "不读取 {file}：{why}这超出了本程序读取表格的上限，可能是文件损坏或不是正常的名单。"
            "请在 Excel 或 WPS 中只把需要的数据复制到一个新表格，另存为 .xlsx 后再导入。",
            file=path.name,
            why=why,
        )
    )


# What a reader raises on a damaged package: broken XML, a part whose bytes fail their CRC or
# do not inflate, a part cut short.
BROKEN: tuple[type[Exception], ...] = (ParseError, zipfile.BadZipFile, zlib.error, EOFError)


def corrupt(path: Path) -> RuleError:
    """The sentence for a file whose XML a reader found broken."""
    return RuleError(
        msg(
            "文件已损坏，无法读取 {file}：其中的表格数据不完整或格式错误。"
            "请在 Excel 或 WPS 中打开它，另存为新的 .xlsx 文件后再导入。",
            file=path.name,
        )
    )


def check_xlsx(
    path: Path, limits: Limits | None = None, parts: dict[str, bytes] | None = None
) -> None:
    """Refuse ``path`` when its zip directory or a sheet's declared size is past ``limits``.

    A file that is no zip at all is left to the reader, whose sentence says so. ``parts``,
    when given, receives every part with cells that the check unpacked whole, by name, so a
    reader that needs one again (``xlsx_rows``) does not unpack it a second time.
    """
    limits = limits or Limits()
    path = Path(path)
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError):
        return
    with archive:
        total = 0
        for info in archive.infolist():
            total += info.file_size
            if info.file_size > _RATIO_FLOOR and info.file_size > limits.max_ratio * max(
                info.compress_size, 1
            ):
                raise _too_big(
                    path,
                    msg(
                        "其中的 {part} 解压后是压缩时的 {ratio} 倍（上限 {limit} 倍）。",
                        part=info.filename,
                        ratio=info.file_size // max(info.compress_size, 1),
                        limit=limits.max_ratio,
                    ),
                )
        if total > limits.max_uncompressed_mb * MB:
            raise _too_big(
                path,
                msg(
                    "解压后共 {size} MB（上限 {limit} MB）。",
                    size=total // MB,
                    limit=limits.max_uncompressed_mb,
                ),
            )
        for name in archive.namelist():
            # Every part, not only under xl/worksheets/ nor only .xml: the workbook's
            # relations may put a sheet anywhere in the package, under any name.
            if name.endswith("/"):
                continue
            try:
                with archive.open(name) as part:
                    head = part.read(4096)
            except BROKEN:
                raise corrupt(path) from None
            except (OSError, ValueError):  # a part the directory names but the file lacks
                raise corrupt(path) from None
            size = declared_size(head)
            if size is not None:
                _check_size(path, *size, limits)
            _check_placed(path, archive, name, head, limits, parts)


def _check_placed(
    path: Path,
    archive: zipfile.ZipFile,
    name: str,
    head: bytes,
    limits: Limits,
    parts: dict[str, bytes] | None = None,
) -> None:
    """Refuse a worksheet part whose cells reach past ``limits``, wherever they stand."""
    if len(head) < 4096 and b"sheetData" not in head:
        return  # the whole part is in ``head`` and it holds no cells
    try:
        with archive.open(name) as part:
            data = part.read()
    except BROKEN:
        raise corrupt(path) from None
    except (OSError, ValueError):
        raise corrupt(path) from None
    if b"sheetData" not in data:
        return
    placed = placed_size(data, limits.max_rows, limits.max_columns)
    if parts is not None:
        parts[name] = data
    if placed is None:
        return
    row, column, at_row = placed
    if row > limits.max_rows:
        raise _too_big(path, msg("表格超过 {limit} 行。", limit=limits.max_rows))
    if column > limits.max_columns:
        raise _too_big(
            path, msg("第 {row} 行超过 {limit} 列。", row=at_row, limit=limits.max_columns)
        )


# Start tags of rows and cells in any namespace prefix, and their ``r`` attribute.
_TAG = re.compile(rb"<(?:[\w.-]+:)?(row|c)(?=[\s/>])([^>]*)>")
_R_ATTR = re.compile(rb"(?:^|\s)r\s*=\s*[\"']([^\"']*)[\"']")
_CELL_REF = re.compile(r"^\$?([A-Za-z]+)\$?(\d+)$")
# The plain shapes Excel, WPS, LibreOffice and openpyxl write, counted without a regex.
_PLAIN_ROW, _PLAIN_CELL = b'<row r="', b'<c r="'


def placed_size(data: bytes, max_rows: int, max_columns: int) -> tuple[int, int, int] | None:
    """(last row, last column, a row of that column) the cells of a sheet part really reach, as
    a reader places them (a row or cell without ``r`` follows the one before it); None when
    they stay within ``max_rows`` × ``max_columns`` (checked cheaply for plain files).

    The cheap path: when every row and cell carries ``r="…"`` as its first attribute, only
    coordinates long enough to pass a limit need reading one by one."""
    start = data.find(b"sheetData")
    end = data.rfind(b"sheetData")
    # Every tag in sheetData that starts "<c" or "<r" is a cell or a row written plainly, or
    # something rarer (rich text's <color>, <rPr>; a tag with a prefix) that takes the scan.
    plain = (
        data.count(b"<c", start, end) == data.count(_PLAIN_CELL, start, end)
        and data.count(b"<r", start, end) == data.count(_PLAIN_ROW, start, end)
        and not _prefixed_tag(data, start, end)
    )
    if plain:
        return _plain_size(data, max_rows, max_columns)
    return _scan_size(data)


def _prefixed_tag(data: bytes, start: int, end: int) -> bool:
    """Whether a cell or row tag with a namespace prefix may stand between ``start`` and
    ``end`` (``<x:c`` followed by any XML blank, ``/`` or ``>``; ``<x:row``). One plain
    search for ``:c`` settles most sheets, which have none at all."""
    if data.find(b":row", start, end) >= 0:
        return True
    if data.find(b":c", start, end) < 0:
        return False
    return _PREFIXED_CELL.search(data, start, end) is not None


_PREFIXED_CELL = re.compile(rb":c[\s/>]")


def _plain_size(data: bytes, max_rows: int, max_columns: int) -> tuple[int, int, int] | None:
    row_digits = len(str(max_rows))
    col_letters = len(_column_letters(max_columns))
    last_row = max((int(r) for r in re.findall(rb'<row r="(\d+)"', data)), default=0)
    if last_row > max_rows:
        return last_row, 0, 0
    # A cell row or column with as many characters as the limit or more may pass it.
    near = re.compile(rb'<c r="([A-Za-z]{%d,}\d+|[A-Za-z]+\d{%d,})"' % (col_letters, row_digits))
    worst = (0, 0, 0)
    for ref in near.findall(data):
        m = _CELL_REF.match(ref.decode("ascii", "replace"))
        if not m:
            continue
        row, column = int(m.group(2)), _column_number(m.group(1))
        if row > max_rows:
            return row, column, row
        if column > max_columns and column > worst[1]:
            worst = (row, column, row)
    return worst if worst[1] else None


def _scan_size(data: bytes) -> tuple[int, int, int]:
    """Every row and cell tag in order, placed as a reader places them."""
    row = column = 0
    last_row = last_column = at_row = 0
    for tag, attrs in _TAG.findall(data):
        m = _R_ATTR.search(attrs)
        ref = m.group(1).decode("ascii", "replace") if m else None
        if tag == b"row":
            row = int(ref) if ref and ref.isdigit() else row + 1
            column = 0
            last_row = max(last_row, row)
            continue
        cell = _CELL_REF.match(ref) if ref else None
        if cell:
            column = _column_number(cell.group(1))
            cell_row = int(cell.group(2))
        else:
            column += 1
            cell_row = row
        last_row = max(last_row, cell_row)
        if column > last_column:
            last_column, at_row = column, cell_row
    return last_row, last_column, at_row


def _column_letters(n: int) -> str:
    letters = ""
    while n > 0:
        n, rem = divmod(n - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def _check_size(path: Path, rows: int, columns: int, limits: Limits) -> None:
    if rows > limits.max_rows:
        raise _too_big(
            path,
            msg("表格声明有 {rows} 行（上限 {limit} 行）。", rows=rows, limit=limits.max_rows),
        )
    if columns > limits.max_columns:
        raise _too_big(
            path,
            msg(
                "表格声明有 {columns} 列（上限 {limit} 列）。",
                columns=columns,
                limit=limits.max_columns,
            ),
        )


def bounded(
    path: Path, rows: Iterator[T], limits: Limits | None = None, *, first_row: int = 1
) -> Iterator[T]:
    """``rows`` as a reader yields them, refused once past ``limits``: the declared size may
    be missing or false, so the rows really read are counted too. Blank rows past the last
    one with data are counted as well — a million of them is still a million rows to read."""
    limits = limits or Limits()
    try:
        yield from _bounded(path, rows, limits, first_row)
    finally:
        close = getattr(rows, "close", None)
        if close is not None:
            close()  # the reader's open part of the zip, now rather than when collected


def check_read(
    path: Path,
    rows: Sequence[Sequence[Any]],
    limits: Limits | None = None,
    trim: Callable[[Sequence[Any]], Sequence[Any]] | None = None,
) -> None:
    """``bounded`` over rows a reader has already read whole: the count and the widest row
    are checked once; only past a limit are the rows gone through one by one (``trim`` each
    first, to its last non-empty cell), so the sentence names the same row ``bounded`` would."""
    limits = limits or Limits()
    if len(rows) <= limits.max_rows and max(map(len, rows), default=0) <= limits.max_columns:
        return
    for _ in _bounded(path, iter(map(trim, rows) if trim else rows), limits, 1):
        pass


def _bounded(path: Path, rows: Iterator[T], limits: Limits, first_row: int) -> Iterator[T]:
    for n, row in enumerate(rows, start=first_row):
        if n > limits.max_rows:
            raise _too_big(path, msg("表格超过 {limit} 行。", limit=limits.max_rows))
        if _width(row) > limits.max_columns:
            raise _too_big(
                path,
                msg("第 {row} 行超过 {limit} 列。", row=n, limit=limits.max_columns),
            )
        yield row


def _width(row: Any) -> int:
    try:
        return len(row)
    except TypeError:
        return 0
