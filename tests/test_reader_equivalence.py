"""Every import reads the same through python-calamine as through the reader before it.

The reader before was openpyxl (``load_workbook(read_only=True, data_only=True)`` with
``reset_dimensions()``, which the hand-written parser it replaced matched value for value).
``OpenpyxlBook`` keeps it here, in the tests only, and each import is run twice — once as
shipped, once with ``open_book`` swapped for it — over the bad-roster corpus, its LibreOffice
save, a Chinese-format date sheet, exam results and a sign-in sheet. What the import makes
of the file (the whole plan, every row's cleaned values and every error) must be equal.
"""

from __future__ import annotations

import re
import subprocess
import zipfile
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from external_tools import need
from openpyxl import Workbook, load_workbook
from roster_corpus import STANDARD_HEADER, messy_roster, simple_roster, standard_rows, valid_id

from swdesk.formats import (
    exam_excel,
    excel_common,
    roster_read,
    training_excel,
    xlsx_guard,
    xlsx_rows,
)
from swdesk.services import roster
from swdesk.store.db import Store


class OpenpyxlBook:
    """The reader before python-calamine, behind ``xlsx_rows.Book``'s interface."""

    def __init__(self, path: Path, limits: xlsx_guard.Limits | None = None) -> None:
        xlsx_guard.check_xlsx(path, limits)
        self._wb = load_workbook(path, read_only=True, data_only=True)
        self.worksheets = [xlsx_rows.Sheet(ws.title, ws.max_row) for ws in self._wb.worksheets]
        active = self._wb.active
        self.active = next((s for s in self.worksheets if active and s.title == active.title), None)

    def rows(self, sheet: xlsx_rows.Sheet) -> Iterator[Any]:
        ws = self._wb[sheet.title]
        ws.reset_dimensions()
        return ws.iter_rows(values_only=True)

    def close(self) -> None:
        self._wb.close()


def both(monkeypatch: pytest.MonkeyPatch, read: Callable[[], Any]) -> tuple[Any, Any]:
    """``read()`` as shipped, then with the old reader swapped in."""
    new = read()
    with monkeypatch.context() as m:
        m.setattr(xlsx_rows, "open_book", OpenpyxlBook)
        m.setattr(excel_common, "open_book", OpenpyxlBook)
        old = read()
    return new, old


def assert_same_roster(store: Store, path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    new, old = both(monkeypatch, lambda: roster.plan_import(store, path))
    assert new == old
    assert new.rows  # the comparison saw rows


def test_the_bad_roster_corpus_reads_identically(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "messy.xlsx"
    corpus = messy_roster(path)
    new, old = both(monkeypatch, lambda: roster_read.read_roster(path))
    assert new == old
    assert_same_roster(store, path, monkeypatch)
    assert roster.plan_import(store, path).errors  # the corpus's bad rows are still reported
    assert corpus is not None


def test_a_simple_roster_and_swdesk_export_read_identically(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    src = simple_roster(tmp_path / "in.xlsx", STANDARD_HEADER, standard_rows(200), ["标题"])
    assert_same_roster(store, src, monkeypatch)
    roster.apply_import(store, roster.plan_import(store, src))
    out = tmp_path / "export.xlsx"
    roster.export_roster(store, out)
    assert_same_roster(store, out, monkeypatch)


def test_a_libreoffice_save_of_the_corpus_reads_identically(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    soffice = need("soffice")
    messy_roster(tmp_path / "messy.xlsx")
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{tmp_path / 'profile'}",
            "--headless",
            "--convert-to",
            "xlsx",
            "--outdir",
            str(tmp_path / "lo"),
            str(tmp_path / "messy.xlsx"),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    assert_same_roster(store, tmp_path / "lo" / "messy.xlsx", monkeypatch)


def _with_builtin_date_format(path: Path, format_id: int) -> Path:
    """The workbook with its date style switched to built-in number format ``format_id``
    (31 is 2024年3月1日 in Chinese Excel and WPS, which write it without defining it)."""
    tmp = path.with_name(f"fmt{format_id}.xlsx")
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(tmp, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "xl/styles.xml":
                data, n = re.subn(
                    rb'<xf numFmtId="1(?:4|6[4-9])"', b'<xf numFmtId="%d"' % format_id, data
                )
                assert n, "no date style to switch"
            dst.writestr(info, data)
    return tmp


@pytest.mark.parametrize("format_id", [14, 31, 57, 58])
def test_dates_under_chinese_builtin_formats_import_identically(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, format_id: int
) -> None:
    """openpyxl knows no Chinese built-in date format and gave the serial number; calamine
    gives the date. The import read either as the same date."""
    rows = standard_rows(6)
    obtained = STANDARD_HEADER.index("取得日期")
    for r in rows:
        if r[obtained]:
            r[obtained] = datetime(2019, 6, 1)
    path = simple_roster(tmp_path / "d.xlsx", STANDARD_HEADER, rows)
    path = _with_builtin_date_format(path, format_id)
    assert_same_roster(store, path, monkeypatch)
    plan = roster.plan_import(store, path)
    assert not plan.errors
    certificates = [p.certificate for p in plan.rows if p.certificate]
    assert len(certificates) == 3
    assert {c["obtained_date"] for c in certificates} == {date(2019, 6, 1).isoformat()}


def _sheet(path: Path, rows: list[list[object]]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(["考试成绩表"])
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def test_exam_results_and_sign_in_sheets_read_identically(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    results = _sheet(
        tmp_path / "成绩.xlsx",
        [
            ["身份证号", "姓名", "科目", "成绩"],
            [valid_id(1), "张三", "社会工作综合能力（初级）", 66],
            [float(valid_id(2)[:17] + "0"), "李四", "社会工作实务（初级）", 59.5],
            [valid_id(3), "王五", "社会工作实务（初级）", "#N/A"],
            [None, "合计", None, None],
        ],
    )
    new, old = both(
        monkeypatch,
        lambda: exam_excel.read_results(
            results, ["社会工作综合能力（初级）", "社会工作实务（初级）"]
        ),
    )
    assert new == old and len(new) == 3
    sign_in = _sheet(
        tmp_path / "签到.xlsx",
        [["姓名", "身份证号", "签到"], ["张三", valid_id(1), "√"], ["李四", valid_id(2), None]],
    )
    new, old = both(monkeypatch, lambda: training_excel.read_attendance(sign_in))
    assert new == old and len(new) == 2
