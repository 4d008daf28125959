"""A rule changed by adding a version: never on or before the latest one, nothing negative."""

from __future__ import annotations

from datetime import date

import pytest

from swdesk.core import allowance as al
from swdesk.core import enums
from swdesk.core.allowance_edit import (
    Preview,
    draft_version,
    first_free_month,
    month_totals,
    with_new_version,
)
from swdesk.core.errors import RuleError

ASSISTANT, SOCIAL_WORKER = enums.LEVEL_ASSISTANT, enums.LEVEL_SOCIAL_WORKER
RULE = al.rules_from_dict(
    {
        "preset": "x",
        "name": "某地",
        "channel": "渠道",
        "versions": [
            {"valid_from": "2020-01", "amounts": {ASSISTANT: 100}},
            {"valid_from": "2024-07", "amounts": {ASSISTANT: 150}},
        ],
    }
)


def _v(month: str, amount: object = 200) -> al.RuleVersion:
    return draft_version({"valid_from": month, "amounts": {ASSISTANT: amount}})


def test_a_new_version_goes_after_the_latest_and_keeps_the_earlier_ones() -> None:
    new = with_new_version(RULE, _v("2024-08"), name="某地（调标）", channel="", funder="县财政")
    assert [v.valid_from for v in new.versions] == [
        date(2020, 1, 1),
        date(2024, 7, 1),
        date(2024, 8, 1),
    ]
    assert new.versions[:2] == RULE.versions
    assert (new.name, new.channel, new.funder, new.preset) == ("某地（调标）", "", "县财政", "x")
    # 2024-07 still pays 150, 2024-08 on pays 200.
    assert new.version_for(date(2024, 7, 1)).amounts[ASSISTANT] == 15000  # type: ignore[union-attr]
    assert new.version_for(date(2024, 8, 1)).amounts[ASSISTANT] == 20000  # type: ignore[union-attr]
    assert al.rules_from_dict(new.to_dict()) == new


@pytest.mark.parametrize("month", ["2024-07", "2024-06", "2019-12"])
def test_a_version_on_or_before_the_latest_is_refused(month: str) -> None:
    with pytest.raises(RuleError, match="不能早于或等于最近一个版本的 2024-07") as e:
        with_new_version(RULE, _v(month), name="", channel="", funder="")
    assert "2024-08" in str(e.value)


def test_a_first_version_replaces_the_stand_in_preset() -> None:
    new = with_new_version(
        RULE, _v("2019-01"), name="", channel="", funder="", preset="y", keep_earlier=False
    )
    assert [v.valid_from for v in new.versions] == [date(2019, 1, 1)]
    assert (new.name, new.preset) == ("某地", "y")  # an empty name keeps the rule's


@pytest.mark.parametrize(
    ("raw", "why"),
    [
        ({"valid_from": "2025-01", "amounts": {ASSISTANT: -1}}, "不能是负数"),
        ({"valid_from": "2025-01", "amounts": {}}, "至少要给一个等级"),
        ({"valid_from": "2025-01", "amounts": {ASSISTANT: None}}, "至少要给一个等级"),
        ({"valid_from": "2025-13", "amounts": {ASSISTANT: 1}}, "看不懂"),
        ({"valid_from": "2025-01", "amounts": {ASSISTANT: 1}, "rewards": {ASSISTANT: -5}}, "负数"),
    ],
)
def test_a_bad_draft_says_why(raw: dict[str, object], why: str) -> None:
    with pytest.raises(RuleError, match=why):
        draft_version(raw)


def test_a_zero_amount_is_allowed_and_long_labels_are_not() -> None:
    assert _v("2025-01", 0).amounts == {ASSISTANT: 0}
    with pytest.raises(RuleError, match="发放渠道太长"):
        with_new_version(RULE, _v("2025-01"), name="", channel="渠" * 61, funder="")
    assert with_new_version(RULE, _v("2025-01"), name="", channel="渠" * 60, funder="").channel


def test_where_a_new_version_starts_by_default() -> None:
    assert first_free_month(RULE, date(2026, 3, 17)) == date(2026, 3, 1)
    assert first_free_month(RULE, date(2024, 7, 2)) == date(2024, 8, 1)
    assert first_free_month(RULE, date(2024, 8, 31)) == date(2024, 8, 1)


def test_month_totals_count_people_paid_and_the_difference() -> None:
    saved = month_totals([("a", 20000), ("b", 0), ("c", 30000), ("c", 5000)])
    assert (saved.people, saved.amount) == (2, 55000)
    edited = month_totals([("a", 25000), ("b", 25000), ("c", 30000)])
    p = Preview(date(2026, 3, 1), saved, edited)
    assert (p.people_change, p.amount_change) == (1, 25000)
    # A 扣回 that leaves someone at nothing: not counted as paid.
    assert month_totals([("a", 20000), ("a", -20000)]).people == 0
