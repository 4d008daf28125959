"""Amounts in fen, and 大写金额 as payment documents write them."""

from __future__ import annotations

import pytest

from swdesk.core.errors import RuleError
from swdesk.core.money import capital, fen, yuan

# (yuan as typed, capital numerals) — the examples of 《正确填写票据和结算凭证的基本规定》 and
# the amounts a payroll meets.
KNOWN = [
    ("0", "零元整"),
    ("0.05", "伍分"),
    ("0.5", "伍角"),
    ("0.55", "伍角伍分"),
    ("1", "壹元整"),
    ("1.05", "壹元零伍分"),
    ("10", "壹拾元整"),
    ("15", "壹拾伍元整"),
    ("50", "伍拾元整"),
    ("100", "壹佰元整"),
    ("101", "壹佰零壹元整"),
    ("110", "壹佰壹拾元整"),
    ("200", "贰佰元整"),
    ("325.04", "叁佰贰拾伍元零肆分"),
    ("1005", "壹仟零伍元整"),
    ("1010", "壹仟零壹拾元整"),
    ("1200", "壹仟贰佰元整"),
    ("1250", "壹仟贰佰伍拾元整"),
    ("1409.50", "壹仟肆佰零玖元伍角"),
    ("1680.32", "壹仟陆佰捌拾元叁角贰分"),
    ("6007.14", "陆仟零柒元壹角肆分"),
    ("10000", "壹万元整"),
    ("10100", "壹万零壹佰元整"),
    ("11000", "壹万壹仟元整"),
    ("100000", "壹拾万元整"),
    ("100100", "壹拾万零壹佰元整"),
    ("107000.53", "壹拾万柒仟元伍角叁分"),
    ("1000000", "壹佰万元整"),
    ("100000000", "壹亿元整"),
    ("100010000", "壹亿零壹万元整"),
    ("100000001", "壹亿零壹元整"),
    ("123456789.12", "壹亿贰仟叁佰肆拾伍万陆仟柒佰捌拾玖元壹角贰分"),
]


@pytest.mark.parametrize(("typed", "expected"), KNOWN)
def test_capital_numerals(typed: str, expected: str) -> None:
    assert capital(fen(typed)) == expected


def test_a_deduction_is_written_with_fu() -> None:
    assert capital(fen("-150")) == "负壹佰伍拾元整"


@pytest.mark.parametrize(
    ("typed", "cents"),
    [
        ("1200", 120000),
        ("1,200.5", 120050),
        ("￥200", 20000),
        ("50元", 5000),
        (300, 30000),
        ("-15", -1500),
    ],
)
def test_amounts_as_typed(typed: object, cents: int) -> None:
    assert fen(typed) == cents


@pytest.mark.parametrize("bad", ["", "abc", "1.005", "NaN", "inf", True, "1e30"])
def test_bad_amounts_are_refused_with_a_reason(bad: object) -> None:
    with pytest.raises(RuleError) as e:
        fen(bad)
    assert "金额" in e.value.message or "两位小数" in e.value.message or "太大" in e.value.message


def test_two_decimals_is_the_edge() -> None:
    assert fen("0.01") == 1
    with pytest.raises(RuleError, match="两位小数"):
        fen("0.001")


def test_yuan_figures() -> None:
    assert yuan(120000) == "1200.00"
    assert yuan(5) == "0.05"
    assert yuan(-1500) == "-15.00"
