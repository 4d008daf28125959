"""Counts on the 津贴发放 page read "1 person" / "2 people", "1 day" / "12 days" in English,
and keep the measure word in Chinese."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from test_allowance_runs import make_file
from test_ui_allowance_runs_list import JAN, page_at

from swdesk.store import Store, open_store
from swdesk.store import allowances as store_al
from swdesk.ui import counts


@pytest.fixture
def file(tmp_path: Path) -> Iterator[Store]:
    with open_store(make_file(tmp_path / "swdesk.db"), daily_backup=False) as s:
        yield s


def test_chinese_counts_keep_the_measure_word(qapp: object) -> None:
    assert counts.people(1) == "1 人" and counts.people(3) == "3 人"
    assert counts.days(1) == "1 天" and counts.lines(12) == "12 行"


def test_english_counts_have_a_singular(english: None) -> None:
    assert counts.people(1) == "1 person" and counts.people(2) == "2 people"
    assert counts.days(1) == "1 day" and counts.days(17) == "17 days"
    assert counts.lines(1) == "1 line" and counts.lines(0) == "0 lines"


def test_english_page_totals_count_people_and_lines(
    qtbot: QtBot, english: None, file: Store
) -> None:
    store_al.compute_run(file, JAN, 1)
    page = page_at(qtbot, file, JAN)
    assert page.run is not None
    people, rows = int(page.run["people"]), page.model.rowCount()
    text = page.totals.text()
    assert counts.people(people) in text and counts.lines(rows) in text
    assert "人" not in text and "行" not in text
