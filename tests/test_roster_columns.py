"""The roster reader's whole-column path: each column's cells made what ``Book.rows`` gives
(``xlsx_rows.cell_value``), and the sheet's limits checked once on rows already read."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import pytest

from swdesk.core.errors import RuleError
from swdesk.formats import roster_read, xlsx_guard, xlsx_rows


def _cells(rows: list[list[Any]]) -> list[Any]:
    return roster_read._column(rows, 0, min(map(len, rows)))


def test_a_text_column_is_stripped_and_blanks_are_none() -> None:
    assert _cells([["甲 "], [""], ["  "], ["乙"]]) == ["甲", None, None, "乙"]
    assert _cells([["甲"], ["乙"]]) == ["甲", "乙"]


def test_a_mixed_column_is_made_what_rows_give_value_by_value() -> None:
    column: list[Any] = [1.0, 1, True, 2.5, 2.0**53, date(2020, 1, 2), " x ", "", None, time(8, 0)]
    got = _cells([[v] for v in column])
    assert got == [xlsx_rows.cell_value(v) for v in column]
    assert [type(v) for v in got] == [
        int,
        int,
        bool,
        float,
        float,
        datetime,
        str,
        type(None),
        type(None),
        time,
    ]
    assert got[5] == datetime(2020, 1, 2) and got[6] == "x"


def test_short_rows_read_as_empty_cells() -> None:
    rows: list[list[Any]] = [["a", "b"], ["c"], []]
    assert roster_read._column(rows, 1, 0) == ["b", None, None]


def test_rows_already_read_are_held_to_the_limits(tmp_path: Path) -> None:
    path = tmp_path / "r.xlsx"
    limits = xlsx_guard.Limits(max_rows=4, max_columns=3)
    xlsx_guard.check_read(path, [["a", "b", "c"]] * 4, limits)  # exactly the limits
    with pytest.raises(RuleError, match="表格超过 4 行"):
        xlsx_guard.check_read(path, [["a"]] * 5, limits)
    wide: list[list[Any]] = [["a"], ["a", "b", "c", "", ""], ["a", "b", "c", "d"]]
    # A row is as wide as its last non-empty cell: row 2 is within, row 3 is not.
    xlsx_guard.check_read(path, wide[:2], limits, xlsx_rows.row_values)
    with pytest.raises(RuleError, match="第 3 行超过 3 列"):
        xlsx_guard.check_read(path, wide, limits, xlsx_rows.row_values)
