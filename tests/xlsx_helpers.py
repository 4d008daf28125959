"""Editing a saved workbook by hand, as a person or another program might: one part of the
zip replaced, every other part copied as it was."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

SHEET1 = "xl/worksheets/sheet1.xml"


def edit_part(src: Path, dst: Path, edit: Callable[[bytes], bytes], part: str = SHEET1) -> Path:
    """``dst``: ``src`` with ``part`` replaced by ``edit`` of its bytes."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            zout.writestr(item, edit(data) if item.filename == part else data)
    return dst
