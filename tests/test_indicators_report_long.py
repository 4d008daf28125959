"""A long 年度社会工作专业人才统计表: a county's name list stays out of the PDF (only the Excel
form carries it), and long tables flow over pages in blocks without losing a row or the header."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from external_tools import need
from indicator_samples import NAMES, PEOPLE, sample_report

from swdesk.core.indicators.results import UnitCount
from swdesk.formats import indicators_pdf
from swdesk.formats.indicators_pdf import write_indicators_pdf


def pdf_pages(path: Path) -> list[str]:
    out = subprocess.run(
        [need("pdftotext"), "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout.split("\f")
    return ["".join(p.split()) for p in out if p.strip()]


def test_a_name_list_at_the_limit_is_printed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(indicators_pdf, "MAX_LISTED", len(PEOPLE))
    out = tmp_path / "r.pdf"
    write_indicators_pdf(out, sample_report(), PEOPLE, NAMES)
    text = "".join(pdf_pages(out))
    assert all(p.id_number in text for p in PEOPLE)
    assert "名单较长" not in text


def test_a_name_list_past_the_limit_is_left_to_the_excel_form(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(indicators_pdf, "MAX_LISTED", len(PEOPLE) - 1)
    out = tmp_path / "r.pdf"
    write_indicators_pdf(out, sample_report(), PEOPLE, NAMES)
    text = "".join(pdf_pages(out))
    assert not any(p.id_number in text for p in PEOPLE)
    assert f"持证社工共{len(PEOPLE)}人" in text and "Excel" in text and "持证社工名单" in text
    # the tables and the chart are all still there
    assert "持证社工（柱）与目标（红线）" in text and "未达目标（估算）" in text


def test_a_long_table_flows_over_pages_block_by_block(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(indicators_pdf, "BLOCK_ROWS", 10)
    n = 130  # several pages, more blocks than pages, the last block full
    units = tuple(
        UnitCount(f"510101{i:03d}", f"村{i:03d}号", "rural", i % 3, 1, (), None) for i in range(n)
    )
    out = tmp_path / "r.pdf"
    write_indicators_pdf(out, replace(sample_report(), units=units), PEOPLE, NAMES)
    pages = pdf_pages(out)
    text = "".join(pages)
    assert all(f"村{i:03d}号" in text for i in range(n))
    # every page of the village table starts with its header row; the total is under the last
    with_rows = [p for p in pages if "村050号" in p or "村129号" in p]
    assert with_rows and all("村（社区）类型持证社工目标还差" in p for p in with_rows)
    total = sum(i % 3 for i in range(n))
    short = sum(max(1 - i % 3, 0) for i in range(n))
    assert f"合计{total}{n}{short}" in text
    assert "还差合计" not in text  # the total row follows the last rows, not a lone header
