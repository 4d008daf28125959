"""No file can make python-calamine abort the app: ``xlsx_guard`` judges the cells a sheet really
places before calamine sees the file.

calamine builds one rectangle from a sheet's first cell to its last; a 5 KB file with cells at
A1 and XFD1048576 asks for 512 GB and the process dies of SIGABRT, which no ``except`` catches.
Each hostile file is therefore read in a child process, so an abort fails the test instead of
killing pytest.
"""

from __future__ import annotations

import re
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from hostile_sheets import SHEET, good_roster, rewrite

from swdesk.core.errors import RuleError
from swdesk.formats.xlsx_guard import Limits, check_xlsx, placed_size

ROOT = Path(__file__).resolve().parents[1]
_FAR = '<c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c>'


def _sheet(path: Path, change: Callable[[bytes], bytes]) -> Path:
    good_roster(path)
    return rewrite(path, SHEET, change)


def _undeclared(extra: str, dimension: str | None = None) -> Callable[[bytes], bytes]:
    """The roster's sheet without its <dimension> (or with a false one), ``extra`` appended."""

    def change(data: bytes) -> bytes:
        data = re.sub(rb"<dimension [^>]*/>", b"", data)
        if dimension:
            data = data.replace(
                b"<sheetData>", f'<dimension ref="{dimension}"/><sheetData>'.encode()
            )
        return data.replace(b"</sheetData>", extra.encode() + b"</sheetData>", 1)

    return change


# name → (sheet change, what the refusal says)
HOSTILE: dict[str, tuple[Callable[[bytes], bytes], str]] = {
    "a1-and-xfd1048576": (_undeclared(f'<row r="1048576">{_FAR}</row>'), "表格超过 50000 行"),
    "false-dimension": (
        _undeclared(f'<row r="1048576">{_FAR}</row>', dimension="A1:H5"),
        "表格超过 50000 行",
    ),
    "far-cell-in-a-near-row": (_undeclared(f'<row r="6">{_FAR}</row>'), "表格超过 50000 行"),
    "attributes-reordered": (
        _undeclared('<row r="6"><c t="inlineStr" r="XFD1048576"><is><t>x</t></is></c></row>'),
        "表格超过 50000 行",
    ),
    "single-quoted": (
        _undeclared("<row r='6'><c r='XFD1048576' t='inlineStr'><is><t>x</t></is></c></row>"),
        "表格超过 50000 行",
    ),
    "far-column": (
        _undeclared('<row r="6"><c r="XFD6" t="inlineStr"><is><t>x</t></is></c></row>'),
        "第 6 行超过 1000 列",
    ),
    "far-row-without-cell-coordinates": (
        _undeclared('<row r="1048576"><c t="inlineStr"><is><t>x</t></is></c></row>'),
        "表格超过 50000 行",
    ),
}

_CHILD = """
import sys
from pathlib import Path
from swdesk.core.errors import RuleError
from swdesk.formats import roster_read
from swdesk.formats.excel_common import first_sheet_rows
read = roster_read.read_roster if sys.argv[2] == "roster" else first_sheet_rows
try:
    read(Path(sys.argv[1]))
except RuleError as e:
    print(e.message)
    sys.exit(0)
print("read without refusal")
sys.exit(1)
"""


def _child(path: Path, reader: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", _CHILD, str(path), reader],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )


@pytest.mark.parametrize("name", list(HOSTILE))
@pytest.mark.parametrize("reader", ["roster", "sheet"])
def test_a_file_that_would_abort_calamine_is_refused_with_a_message(
    tmp_path: Path, name: str, reader: str
) -> None:
    change, says = HOSTILE[name]
    path = _sheet(tmp_path / f"{name}.xlsx", change)
    assert path.stat().st_size < 8 * 1024
    done = _child(path, reader)
    assert done.returncode == 0, (done.returncode, done.stdout, done.stderr[-2000:])
    assert says in done.stdout and path.name in done.stdout


def test_unguarded_calamine_really_aborts_on_such_a_file(tmp_path: Path) -> None:
    """What the guard stands in front of (if calamine stops aborting, this says so)."""
    path = _sheet(tmp_path / "far.xlsx", HOSTILE["a1-and-xfd1048576"][0])
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, python_calamine as pc;"
            "pc.CalamineWorkbook.from_path(sys.argv[1]).get_sheet_by_index(0)"
            ".to_python(skip_empty_area=False)",
            str(path),
        ],
        capture_output=True,
        timeout=120,
    )
    assert done.returncode == -signal.SIGABRT


def test_the_placed_size_limits_have_both_sides(tmp_path: Path) -> None:
    def row(n: int, column: str = "A", *, plain: bool = True) -> Callable[[bytes], bytes]:
        cell = (
            f'<c r="{column}{n}" t="inlineStr"><is><t>x</t></is></c>'
            if plain
            else f'<c t="inlineStr" r="{column}{n}"><is><t>x</t></is></c>'
        )
        return _undeclared(f'<row r="{n}">{cell}</row>')

    for plain in (True, False):
        limits = Limits(max_rows=100, max_columns=30)
        check_xlsx(_sheet(tmp_path / f"r100{plain}.xlsx", row(100, plain=plain)), limits)
        with pytest.raises(RuleError, match="表格超过 100 行"):
            check_xlsx(_sheet(tmp_path / f"r101{plain}.xlsx", row(101, plain=plain)), limits)
        check_xlsx(_sheet(tmp_path / f"c30{plain}.xlsx", row(50, "AD", plain=plain)), limits)
        with pytest.raises(RuleError, match="第 50 行超过 30 列"):
            check_xlsx(_sheet(tmp_path / f"c31{plain}.xlsx", row(50, "AE", plain=plain)), limits)


def test_placed_size_follows_rows_and_cells_without_coordinates() -> None:
    data = b"<sheetData><row><c/><c/><c/></row><row><c/></row><row r='9'><c r='B12'/><c/></row>"
    assert placed_size(data + b"</sheetData>", 5, 5) == (12, 3, 1)  # column 3 first in row 1
    plain = b'<sheetData><row r="1"><c r="A1"/></row><row r="2"><c r="C2"/></row></sheetData>'
    assert placed_size(plain, 5, 5) is None  # within the limits: nothing to report
