"""Hostile and broken .xlsx files, made from a good roster by rewriting parts of its zip.

Used by the tests (small sizes, each case's own message) and by ``bench/hostile_sheets.py``
(full sizes, peak memory and time per file). Each builder returns the file's path.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from pathlib import Path

from roster_corpus import STANDARD_HEADER, simple_roster, standard_rows

SHEET = "xl/worksheets/sheet1.xml"


def good_roster(path: Path, rows: int = 3) -> Path:
    return simple_roster(path, STANDARD_HEADER, standard_rows(rows))


def rewrite(
    path: Path, part: str, change: Callable[[bytes], bytes], *, stored: bool = False
) -> Path:
    """Replace ``part`` of the zip at ``path`` by ``change(part)``; the rest is copied."""
    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == part:
                data = change(data)
            kind = zipfile.ZIP_STORED if stored and info.filename == part else zipfile.ZIP_DEFLATED
            dst.writestr(info.filename, data, compress_type=kind)
    tmp.replace(path)
    return path


def truncated(part: str) -> Callable[[Path], Path]:
    """The part cut off in the middle of its XML (what a pulled stick leaves)."""

    def build(path: Path) -> Path:
        good_roster(path)
        return rewrite(path, part, lambda data: data[: len(data) * 2 // 3])

    return build


def _with_dimension(ref: str) -> Callable[[bytes], bytes]:
    def change(data: bytes) -> bytes:
        data = re.sub(rb"<dimension [^>]*/>", b"", data)
        return data.replace(b"<sheetData>", f'<dimension ref="{ref}"/><sheetData>'.encode(), 1)

    return change


def declares(ref: str) -> Callable[[Path], Path]:
    """A small sheet whose ``<dimension>`` declares ``ref`` (e.g. ``A1:XFD1048576``)."""

    def build(path: Path) -> Path:
        good_roster(path)
        return rewrite(path, SHEET, _with_dimension(ref))

    return build


def _appended(path: Path, row: str) -> Path:
    """The good roster without its ``<dimension>``, with ``row`` (XML) after its rows."""
    good_roster(path)
    return rewrite(
        path,
        SHEET,
        lambda data: re.sub(rb"<dimension [^>]*/>", b"", data).replace(
            b"</sheetData>", row.encode() + b"</sheetData>", 1
        ),
    )


_CELL = '<c t="inlineStr"><is><t>x</t></is></c>'


def far_row(row: int, *, cells: int = 1) -> Callable[[Path], Path]:
    """No ``<dimension>``, then a row numbered ``row``: a reader fills every row before it."""
    return lambda path: _appended(path, f'<row r="{row}">{_CELL * cells}</row>')


def wide_row(columns: int) -> Callable[[Path], Path]:
    """One row with ``columns`` cells."""
    return lambda path: _appended(path, f"<row>{_CELL * columns}</row>")


def padded(megabytes: int) -> Callable[[Path], Path]:
    """The sheet padded with ``megabytes`` of blanks between its rows: a few kilobytes zipped,
    ``megabytes`` unzipped (a zip bomb in its simplest form)."""

    def build(path: Path) -> Path:
        good_roster(path)
        pad = b" " * (megabytes * 1024 * 1024)
        return rewrite(
            path, SHEET, lambda data: data.replace(b"</sheetData>", pad + b"</sheetData>", 1)
        )

    return build


def many_rows(rows: int, *, stored: bool = True) -> Callable[[Path], Path]:
    """A real sheet of ``rows`` short rows, kept uncompressed (``stored``) so its zip directory
    shows no suspicious ratio: only counting rows stops it."""

    def build(path: Path) -> Path:
        good_roster(path)
        body = b"".join(
            b'<row r="%d"><c r="A%d" t="inlineStr"><is><t>x</t></is></c></row>' % (n, n)
            for n in range(5, rows + 5)
        )
        return rewrite(
            path,
            SHEET,
            lambda data: re.sub(rb"<dimension [^>]*/>", b"", data).replace(
                b"</sheetData>", body + b"</sheetData>", 1
            ),
            stored=stored,
        )

    return build


def _sheet_offsets(path: Path) -> tuple[int, int]:
    """Where the sheet's compressed bytes start in the file, and its central directory entry."""
    with zipfile.ZipFile(path) as z:
        info = z.getinfo(SHEET)
    data = path.read_bytes()
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    entry = data.rindex(SHEET.encode()) - 46
    assert data[entry : entry + 4] == b"PK\x01\x02"
    return start, entry


def wrong_checksum(path: Path) -> Path:
    """The sheet's bytes intact but its CRC-32 in the zip directory wrong (a bit flipped on
    the stick): the reader notices only at the sheet's end."""
    good_roster(path)
    _, entry = _sheet_offsets(path)
    data = bytearray(path.read_bytes())
    data[entry + 16] ^= 0xFF
    path.write_bytes(bytes(data))
    return path


def does_not_inflate(path: Path) -> Path:
    """The sheet's compressed stream starting with a block type that does not exist."""
    good_roster(path)
    start, _ = _sheet_offsets(path)
    data = bytearray(path.read_bytes())
    data[start] = 0xFF
    path.write_bytes(bytes(data))
    return path
