"""Mainland mobile numbers as people write them."""

from __future__ import annotations

import pytest

from swdesk.core.errors import RuleError
from swdesk.core.phone import parse_mobile


@pytest.mark.parametrize(
    "raw",
    [
        "13800138000",
        " 13800138000 ",
        "138 0013 8000",
        "138-0013-8000",
        "138－0013－8000",
        "+8613800138000",
        "+86 138 0013 8000",
        "+86-138-0013-8000",
        "008613800138000",
        "(+86)13800138000",
        13800138000,
        13800138000.0,
    ],
)
def test_valid_forms_normalise_to_11_digits(raw: object) -> None:
    assert parse_mobile(raw) == "13800138000"


@pytest.mark.parametrize("prefix", ["13", "14", "15", "16", "17", "18", "19"])
def test_network_digits_3_to_9(prefix: str) -> None:
    assert parse_mobile(prefix + "912345678") == prefix + "912345678"


@pytest.mark.parametrize("raw", [None, "", "  ", " - "])
def test_empty_is_none(raw: object) -> None:
    assert parse_mobile(raw) is None


@pytest.mark.parametrize(
    "raw",
    [
        "1380013800",  # 10 digits
        "138001380001",  # 12 digits
        "12800138000",  # network digit 2
        "23800138000",  # does not start with 1
        "028-85551234",  # a landline
        "1380013800a",
        "+8513800138000",
        1.38e9,  # a float with too few digits
        13800138000.5,
    ],
)
def test_invalid_rejected_naming_the_value(raw: object) -> None:
    with pytest.raises(RuleError) as info:
        parse_mobile(raw)
    assert info.value.field == "phone"
    assert "11位" in info.value.message
    shown = str(int(raw)) if isinstance(raw, float) and raw.is_integer() else str(raw)
    assert shown in info.value.message
