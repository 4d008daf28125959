"""Reading the rows of an .xlsx sheet fast, with exactly the values openpyxl gives.

Why not ``openpyxl.load_workbook(read_only=True)`` + ``iter_rows(values_only=True)`` alone:
for a 10k-row roster openpyxl spends most of its time in per-cell Python (a dict, a
coordinate regex and a rich-text object per cell), and when the sheet has no
``<dimension>`` element (openpyxl's own write-only files, many exports) it parses the whole
sheet once more just to size it. Here openpyxl still reads everything at workbook level —
the package, shared strings, the workbook (sheet order, active sheet, 1904 epoch) and the
stylesheet (which styles are dates or durations) — so those cannot differ; only the loop over
the sheet's cells is our own, a transcription of ``openpyxl.worksheet._reader.WorkSheetParser``
for ``data_only`` reading and ``ReadOnlyWorksheet._cells_by_row`` without a size limit (what
``reset_dimensions()`` + ``iter_rows(values_only=True)`` yields). The common cell shapes take a
short path; anything else (rich inline text, odd coordinates) goes through openpyxl's own
helpers. ``tests/test_xlsx_rows.py`` holds it equal to openpyxl on every test workbook.

If openpyxl's internals are not what this module expects (another openpyxl version), ``open``
returns None and the caller uses openpyxl as before.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from warnings import warn

_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_ROW = _NS + "row"
_V = _NS + "v"
_IS = _NS + "is"
_T = _NS + "t"
_DIGITS = "0123456789"
_DIMENSION = re.compile(rb"<(?:\w+:)?dimension\s+ref=\"([^\"]+)\"")


@dataclass
class Sheet:
    """One worksheet of the workbook: its tab name and its part in the package."""

    title: str
    part: str
    max_row: int | None  # from the sheet's <dimension>, None when it has none


class FastWorkbook:
    """The worksheets of one .xlsx and a fast ``rows(sheet)``; close it when done."""

    def __init__(self, reader: Any) -> None:
        self._archive = reader.archive
        wb = reader.wb
        self._strings = reader.shared_strings
        self._epoch = wb.epoch
        self._date_formats = frozenset(wb._date_formats)
        self._timedelta_formats = frozenset(wb._timedelta_formats)
        # wb._sheets in openpyxl's order: worksheets and chartsheets, parts that exist only.
        order: list[Sheet | None] = []
        valid = set(reader.valid_files)
        for sheet, rel in reader.parser.find_sheets():
            if rel.target not in valid:
                continue
            if "chartsheet" in rel.Type:
                order.append(None)
                continue
            order.append(Sheet(sheet.name, rel.target, self._max_row(rel.target)))
        self.worksheets = [s for s in order if s is not None]
        idx = wb._active_sheet_index
        self.active = order[idx] if isinstance(idx, int) and 0 <= idx < len(order) else None

    def close(self) -> None:
        self._archive.close()

    def _max_row(self, part: str) -> int | None:
        """The last row the sheet's <dimension> names (it sits before the cells)."""
        from openpyxl.utils.cell import range_boundaries

        with self._archive.open(part) as src:
            head = src.read(4096)
        m = _DIMENSION.search(head)
        if not m:
            return None
        try:
            return range_boundaries(m.group(1).decode("ascii"))[3]
        except (ValueError, TypeError, UnicodeDecodeError):
            return None

    def rows(self, sheet: Sheet) -> Iterator[tuple[Any, ...] | list[Any]]:
        """Every row from row 1 on, as ``iter_rows(values_only=True)`` gives them after
        ``reset_dimensions()``: a row is a tuple up to its last cell, a missing row ``[]``."""
        from openpyxl.cell.text import Text
        from openpyxl.utils import coordinate_to_tuple
        from openpyxl.utils.datetime import from_excel, from_ISO8601
        from openpyxl.xml.functions import iterparse

        strings = self._strings
        dates = self._date_formats
        durations = self._timedelta_formats
        epoch = self._epoch
        columns: dict[str, int] = {}
        counter = 1  # the next row number to hand out (ReadOnlyWorksheet's ``counter``)
        row_counter = 0  # WorkSheetParser's
        with self._archive.open(sheet.part) as src:
            for _, element in iterparse(src):
                if element.tag != _ROW:
                    continue
                r = element.get("r")
                if r is not None:
                    try:
                        row_counter = int(r)
                    except ValueError:
                        val = float(r)
                        if not val.is_integer():
                            raise ValueError(f"{r} is not a valid row number") from None
                        row_counter = int(val)
                else:
                    row_counter += 1
                cells: list[tuple[int, Any]] = []
                col = 0
                for c in element:
                    coord = c.get("r")
                    if coord:
                        key = coord.rstrip(_DIGITS)
                        known = columns.get(key) if coord[-1] in _DIGITS else None
                        if known is None:
                            known = coordinate_to_tuple(coord)[1]
                            if coord[-1] in _DIGITS:
                                columns[key] = known
                        col = known
                    else:
                        col += 1
                    t = c.get("t", "n")
                    value: Any
                    if t == "inlineStr":
                        value = None
                        child = c.find(_IS)
                        if child is not None:
                            if len(child) == 1 and child[0].tag == _T and not child.attrib:
                                value = child[0].text or ""
                            else:
                                value = Text.from_tree(child).content
                    else:
                        value = c.findtext(_V, None) or None
                        if value is not None:
                            if t == "n":
                                if "." in value or "E" in value or "e" in value:
                                    value = float(value)
                                else:
                                    value = int(value)
                                style = c.get("s", 0)
                                if style:
                                    style = int(style)
                                if style in dates:
                                    try:
                                        value = from_excel(
                                            value, epoch, timedelta=style in durations
                                        )
                                    except (OverflowError, ValueError):
                                        warn(
                                            f"Cell {coord} is marked as a date but the serial "
                                            f"value {value} is outside the limits for dates. "
                                            "The cell will be treated as an error.",
                                            stacklevel=2,
                                        )
                                        value = "#VALUE!"
                            elif t == "s":
                                value = strings[int(value)]
                            elif t == "b":
                                value = bool(int(value))
                            elif t == "d":
                                value = from_ISO8601(value)
                    cells.append((col, value))
                element.clear()
                idx = row_counter
                while counter < idx:  # rows the file leaves out
                    counter += 1
                    yield []
                if counter <= idx:
                    counter += 1
                    if not cells:
                        yield ()
                        continue
                    width = cells[-1][0]
                    out: list[Any] = [None] * width
                    for col, value in cells:
                        if 1 <= col <= width:
                            out[col - 1] = value
                    yield tuple(out)


def open_workbook(path: Path) -> FastWorkbook | None:
    """The workbook read by openpyxl except its sheets' cells; None when openpyxl cannot
    read it this way (the caller then uses openpyxl alone, with its own error messages)."""
    try:
        from openpyxl.reader.excel import ExcelReader
        from openpyxl.styles.stylesheet import apply_stylesheet

        reader = ExcelReader(str(path), read_only=True, data_only=True)
    except Exception:
        return None
    try:
        reader.read_manifest()
        reader.read_strings()
        reader.read_workbook()
        apply_stylesheet(reader.archive, reader.wb)
        return FastWorkbook(reader)
    except Exception:
        reader.archive.close()
        return None
