"""Loose dates as rosters hold them: Excel serials and date cells, and the text people type."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from swdesk.core.dates import iso, parse_loose_date
from swdesk.core.errors import RuleError


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("1985.03", date(1985, 3, 1)),
        ("1985.3", date(1985, 3, 1)),
        ("1985-3-1", date(1985, 3, 1)),
        ("1985-03-01", date(1985, 3, 1)),
        ("1985/03/01", date(1985, 3, 1)),
        ("1985/3/15", date(1985, 3, 15)),
        ("1985.03.15", date(1985, 3, 15)),
        ("1985年3月", date(1985, 3, 1)),
        ("1985年03月", date(1985, 3, 1)),
        ("1985年3月1日", date(1985, 3, 1)),
        ("1985年12月31日", date(1985, 12, 31)),
        ("1985 年 3 月 9 日", date(1985, 3, 9)),
        ("19850301", date(1985, 3, 1)),
        ("198503", date(1985, 3, 1)),
        ("  1985-03-01  ", date(1985, 3, 1)),
        ("1985-03-01 00:00:00", date(1985, 3, 1)),
        ("１９８５年３月", date(1985, 3, 1)),
        ("2000-02-29", date(2000, 2, 29)),
    ],
)
def test_text_forms(raw: str, expected: date) -> None:
    assert parse_loose_date(raw) == expected


@pytest.mark.parametrize(
    ("serial", "expected"),
    [
        (31107, date(1985, 3, 1)),
        (31107.0, date(1985, 3, 1)),
        (31107.75, date(1985, 3, 1)),  # a date-time cell: the time is dropped
        (61, date(1900, 3, 1)),
        (36526, date(2000, 1, 1)),
        (45444, date(2024, 6, 1)),
    ],
)
def test_excel_serials(serial: float, expected: date) -> None:
    assert parse_loose_date(serial) == expected


def test_date_and_datetime_objects() -> None:
    assert parse_loose_date(date(1985, 3, 1)) == date(1985, 3, 1)
    assert parse_loose_date(datetime(1985, 3, 1, 14, 30)) == date(1985, 3, 1)


def test_numbers_excel_made_of_typed_dates() -> None:
    # Typed into Excel, "1985.03" becomes the number 1985.03 and "19850301" the number 19850301;
    # read as serials they would silently be dates in 1905 or fail.
    assert parse_loose_date(1985.03) == date(1985, 3, 1)
    assert parse_loose_date(1985.12) == date(1985, 12, 1)
    assert parse_loose_date(1985.2) == date(1985, 2, 1)
    assert parse_loose_date(19850301) == date(1985, 3, 1)
    assert parse_loose_date(198503) == date(1985, 3, 1)


def test_number_1985_point_1_is_ambiguous() -> None:
    # Excel stores both "1985.1" and "1985.10" as 1985.1: January or October cannot be told.
    with pytest.raises(RuleError) as info:
        parse_loose_date(1985.1, "obtained_date")
    assert "1985.1" in info.value.message
    assert "1月" in info.value.message and "10月" in info.value.message
    assert info.value.field == "obtained_date"


def test_a_year_alone_is_not_a_serial() -> None:
    for raw in (1985, 1985.0, "1985"):
        with pytest.raises(RuleError) as info:
            parse_loose_date(raw)
        assert "1985" in info.value.message


@pytest.mark.parametrize("raw", [None, "", "   "])
def test_empty_is_none(raw: object) -> None:
    assert parse_loose_date(raw) is None


@pytest.mark.parametrize(
    "raw",
    [
        "garbage",
        "1985-03-01x",
        "三月",
        "85-3-1",
        "1985--3",
        "1985.3.1.2",
        "1985年13月",
        "19850230",
        "2001-02-29",
        "1900-02-29",
        0,
        -3,
        3e7,
        float("nan"),
        True,
    ],
)
def test_garbage_raises_rule_error_naming_the_value(raw: object) -> None:
    with pytest.raises(RuleError) as info:
        parse_loose_date(raw, "status_date")
    shown = str(raw).strip()
    if isinstance(raw, float) and raw.is_integer():
        shown = str(int(raw))  # a whole-number cell is named without ".0"
    assert f"“{shown}”" in info.value.message
    assert info.value.field == "status_date"
    assert info.value.message.endswith("。")


def test_impossible_day_says_it_does_not_exist() -> None:
    with pytest.raises(RuleError) as info:
        parse_loose_date("1985-02-30")
    assert "不存在" in info.value.message


def test_iso() -> None:
    assert iso(date(1985, 3, 1)) == "1985-03-01"
    assert iso(None) is None
