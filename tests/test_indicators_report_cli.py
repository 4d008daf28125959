"""``swdesk indicators report``: the statistics form of a year, as Excel or PDF, and its
refusals (exit 3, nothing written)."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import pytest
from cli_helpers import run, township_file
from conftest import VILLAGES
from external_tools import need
from indicator_town import END_2024, build_town
from openpyxl import load_workbook

from swdesk.services.indicators import build_report
from swdesk.store import open_store, villages


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "town.db"
    with township_file(path) as store:
        for code, name, kind in VILLAGES:
            villages.add(store, code, name, kind)
        build_town(store)
    return path


def test_a_past_year_is_reported_as_of_its_year_end(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "2024.xlsx"
    code, said, err = run(capsys, db, "indicators", "report", "--year", "2024", "--out", str(out))
    assert code == 0, err
    assert "2024-12-31" in said
    store = open_store(db)
    try:
        expected = build_report(store, END_2024)
    finally:
        store.close()
    wb = load_workbook(out)
    ws = wb["分村（社区）持证社工"]
    assert "2024年12月31日" in ws["A2"].value
    rows = {ws.cell(row=r, column=2).value: ws.cell(row=r, column=4).value for r in range(4, 7)}
    assert rows == {u.name: u.certified for u in expected.units}
    summary = wb["指标汇总"]
    names = [summary.cell(row=r, column=2).value for r in range(4, 4 + len(expected.results))]
    assert names == [r.name for r in expected.results]


def test_the_pdf_names_the_date_on_every_page(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "2024.pdf"
    code, _, err = run(capsys, db, "indicators", "report", "--year", "2024", "--out", str(out))
    assert code == 0, err
    text = subprocess.run(
        [need("pdftotext"), str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    pages = [p for p in text.split("\f") if p.strip()]
    assert pages and all("2024年12月31日" in p for p in pages)


@pytest.mark.parametrize(
    ("argv", "reason"),
    [
        (("--year", "2024", "--out", "x.docx"), "只能导出为"),
        (("--year", str(date.today().year + 1), "--out", "x.xlsx"), "--year"),
        (("--year", "1999", "--out", "x.pdf"), "--year"),
    ],
)
def test_bad_arguments_exit_3_and_write_nothing(
    db: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    argv: tuple[str, ...],
    reason: str,
) -> None:
    args = [a if not a.startswith("x.") else str(tmp_path / a) for a in argv]
    code, _, err = run(capsys, db, "indicators", "report", *args)
    assert code == 3 and reason in err, err
    assert list(tmp_path.glob("x.*")) == []
