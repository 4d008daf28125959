"""Continuing-education rules (pure): periods at their edges, leap days, upgrades, states."""

from __future__ import annotations

from datetime import date

import pytest

from swdesk.core import ce
from swdesk.core.errors import RuleError
from swdesk.store.training import presets

R = ce.Registration
C = ce.Credit
A2 = "助理社会工作师"
L3 = "社会工作师"


@pytest.fixture
def national() -> ce.CESettings:
    return presets()["national"]


@pytest.fixture
def qijiang() -> ce.CESettings:
    return presets()["qijiang"]


def test_presets_hold_the_policy_values(national: ce.CESettings, qijiang: ce.CESettings) -> None:
    assert national.unit == "hours"
    assert national.required_units("社工员") == 0
    assert national.required_units(A2) == 72
    assert national.required_units(L3) == 90
    assert national.required_units("高级社会工作师") == 90
    assert national.period_years == 3 and national.window_months == 3
    degree = national.conversion("degree")
    assert degree is not None and degree.hours == 90 and degree.once
    assert qijiang.unit == "days" and qijiang.unit_label == "天"
    assert qijiang.required_units(L3) == 15
    assert qijiang.required_units(A2) == 12 and qijiang.required_units("社工员") == 12
    assert ce.settings_from_dict(national.to_dict()) == national


@pytest.mark.parametrize(
    ("raw", "needle"),
    [
        ({"unit": "weeks"}, "计量单位"),
        ({"required": {"博士": 10}}, "等级"),
        ({"required": {A2: -1}}, "之间"),
        ({"period_years": 0}, "登记有效期"),
        (
            {
                "conversions": [
                    {"activity": "degree", "hours": 90},
                    {"activity": "degree", "hours": 9},
                ]
            },
            "重复",
        ),
        ({"conversions": [{"activity": "paper", "hours": "很多"}]}, "不是数字"),
    ],
)
def test_bad_settings_refused(raw: dict[str, object], needle: str) -> None:
    with pytest.raises(RuleError) as info:
        ce.settings_from_dict(raw)
    assert needle in info.value.message


# -- date arithmetic ------------------------------------------------------------------------------
def test_add_years_moves_leap_day_to_feb_28() -> None:
    assert ce.add_years(date(2020, 2, 29), 3) == date(2023, 2, 28)
    assert ce.add_years(date(2020, 2, 29), 4) == date(2024, 2, 29)
    assert ce.add_years(date(2021, 3, 1), 3) == date(2024, 3, 1)


def test_add_months_clamps_the_day() -> None:
    assert ce.add_months(date(2024, 5, 31), -3) == date(2024, 2, 29)
    assert ce.add_months(date(2023, 5, 31), -3) == date(2023, 2, 28)
    assert ce.add_months(date(2024, 1, 15), -3) == date(2023, 10, 15)
    assert ce.add_months(date(2024, 11, 30), 3) == date(2025, 2, 28)


# -- periods ----------------------------------------------------------------------------------
def test_first_period_and_its_last_day() -> None:
    regs = [R(A2, date(2021, 3, 1))]
    cur, prev = ce.periods_around(regs, date(2021, 3, 1), 3)
    assert cur == ce.Period(A2, date(2021, 3, 1), date(2024, 2, 29)) and prev is None
    cur, _ = ce.periods_around(regs, date(2024, 2, 29), 3)
    assert cur is not None and cur.end == date(2024, 2, 29)
    cur, prev = ce.periods_around(regs, date(2024, 3, 1), 3)  # rolled over
    assert cur == ce.Period(A2, date(2024, 3, 1), date(2027, 2, 28))
    assert prev == ce.Period(A2, date(2021, 3, 1), date(2024, 2, 29))


def test_before_registration_and_unregistered_are_not_required(national: ce.CESettings) -> None:
    assert ce.periods_around([R(A2, date(2021, 3, 1))], date(2021, 2, 28), 3) == (None, None)
    st = ce.standing(national, [R(A2, None)], [C(date(2022, 1, 1), 10)], date(2022, 6, 1))
    assert st.status == "not_required" and st.note == "未登记" and st.period is None


def test_leap_day_registration_rolls_to_feb_28_then_back_to_feb_29() -> None:
    regs = [R(A2, date(2020, 2, 29))]
    p1, _ = ce.periods_around(regs, date(2020, 2, 29), 3)
    assert p1 == ce.Period(A2, date(2020, 2, 29), date(2023, 2, 27))
    p2, prev = ce.periods_around(regs, date(2023, 2, 28), 3)
    assert p2 == ce.Period(A2, date(2023, 2, 28), date(2026, 2, 27)) and prev == p1
    # 12 years later is a leap year again: the period starts on 29 February
    p5, _ = ce.periods_around(regs, date(2032, 3, 1), 3)
    assert p5 == ce.Period(A2, date(2032, 2, 29), date(2035, 2, 27))
    # periods tile time: every day belongs to exactly one
    d = date(2020, 2, 29)
    while d < date(2036, 1, 1):
        cur, _ = ce.periods_around(regs, d, 3)
        assert cur is not None and cur.contains(d)
        d = cur.end.fromordinal(cur.end.toordinal() + 1)
        nxt, prev = ce.periods_around(regs, d, 3)
        assert prev == cur and nxt is not None and nxt.start == d


def test_training_on_first_and_last_day_of_a_period(national: ce.CESettings) -> None:
    regs = [R(A2, date(2021, 3, 1))]
    at = date(2023, 6, 1)
    first = ce.standing(national, regs, [C(date(2021, 3, 1), 10)], at)
    assert first.earned == 10
    day_before = ce.standing(national, regs, [C(date(2021, 2, 28), 10)], at)
    assert day_before.earned == 0
    last = ce.standing(national, regs, [C(date(2024, 2, 29), 10)], date(2024, 2, 29))
    assert last.earned == 10 and last.days_left == 0
    next_day = ce.standing(national, regs, [C(date(2024, 3, 1), 10)], date(2024, 2, 29))
    assert next_day.earned == 0
    rolled = ce.standing(national, regs, [C(date(2024, 3, 1), 10)], date(2024, 3, 1))
    assert rolled.earned == 10 and rolled.period is not None
    assert rolled.period.start == date(2024, 3, 1)


def test_level_upgrade_mid_period_cuts_and_starts_a_new_one(national: ce.CESettings) -> None:
    regs = [R(A2, date(2020, 1, 1)), R(L3, date(2021, 7, 1))]
    old, _ = ce.periods_around(regs, date(2021, 6, 30), 3)
    assert old == ce.Period(A2, date(2020, 1, 1), date(2021, 6, 30), cut=True)
    new, prev = ce.periods_around(regs, date(2021, 7, 1), 3)
    assert new == ce.Period(L3, date(2021, 7, 1), date(2024, 6, 30)) and prev is None
    credits = [C(date(2021, 6, 30), 40), C(date(2021, 7, 1), 30)]
    st = ce.standing(national, regs, credits, date(2022, 1, 1))
    assert (st.level, st.required, st.earned, st.missing) == (L3, 90, 30, 60)
    # the cut 助理 period was short, but it is not "overdue": a higher requirement replaced it
    assert st.status == "on_track"
    # a lower certificate registered later does not bring the lower requirement back
    regs2 = [*regs, R(A2, date(2023, 1, 1))]
    assert ce.periods_around(regs2, date(2023, 2, 1), 3)[0] == new
    # an unregistered higher certificate changes nothing yet
    regs3 = [R(A2, date(2020, 1, 1)), R(L3, None)]
    assert ce.standing(national, regs3, [], date(2020, 6, 1)).level == A2


def test_degree_conversion_counts_fixed_hours(national: ce.CESettings) -> None:
    assert ce.credited_hours(national, "degree", None) == 90
    assert ce.credited_hours(national, "degree", 12) == 90  # whatever was typed
    assert ce.credited_hours(national, "training", 12) == 12
    with pytest.raises(RuleError, match="折算类型"):
        ce.credited_hours(national, "海报", 3)
    clean = ce.validate_single(national, {"activity": "degree", "end_date": "2022-07-01"})
    assert clean["hours_credited"] == 90 and clean["mode"] == "学历教育"
    assert clean["title"] == "取得社会工作专业学历学位"
    regs = [R(L3, date(2021, 3, 1))]
    st = ce.standing(
        national, regs, [C(date(2022, 7, 1), clean["hours_credited"])], date(2022, 8, 1)
    )
    assert st.status == "ok" and st.missing == 0


def test_days_unit_converts_hours(qijiang: ce.CESettings) -> None:
    regs = [R(L3, date(2021, 3, 1))]
    credits = [C(date(2021, 5, 1), 8 * 10), C(date(2022, 5, 1), 4)]
    st = ce.standing(qijiang, regs, credits, date(2022, 6, 1))
    assert st.required == 15 and st.earned == 10.5 and st.missing == 4.5


# -- states -----------------------------------------------------------------------------------
def test_state_ok_and_on_track(national: ce.CESettings) -> None:
    regs = [R(A2, date(2021, 3, 1))]
    ok = ce.standing(national, regs, [C(date(2021, 9, 1), 72)], date(2021, 10, 1))
    assert ok.status == "ok" and ok.label == "已达标"
    young = ce.standing(national, regs, [], date(2021, 10, 1))  # before the pace check
    assert young.status == "on_track" and young.missing == 72


def test_at_risk_by_pace(national: ce.CESettings) -> None:
    regs = [R(A2, date(2021, 3, 1))]  # period 2021-03-01..2024-02-29, 1096 days
    at = date(2022, 3, 1)  # day 366 of the period: the pace rule applies
    # 24 h in 366 days → 24/366×1096 = 71.9 h projected < 72: at risk
    behind = ce.standing(national, regs, [C(date(2021, 6, 1), 24)], at)
    assert behind.status == "at_risk" and not behind.window_open
    # 24.1 h → 72.2 h projected: on track
    assert ce.standing(national, regs, [C(date(2021, 6, 1), 24.1)], at).status == "on_track"
    # day 364: still in the grace period, no pace judgement yet
    early = ce.standing(national, regs, [], date(2022, 2, 27))
    assert early.status == "on_track"


def test_at_risk_when_the_window_opens(national: ce.CESettings) -> None:
    regs = [R(A2, date(2021, 3, 1))]  # ends 2024-02-29, window opens 2023-12-01
    credits = [C(date(2021, 6, 1), 70)]  # ahead of pace (76 h projected), but 2 h short
    assert ce.window_opens(ce.Period(A2, date(2021, 3, 1), date(2024, 2, 29)), national) == date(
        2023, 12, 1
    )
    before = ce.standing(national, regs, credits, date(2023, 11, 30))
    assert before.status == "on_track" and not before.window_open
    opened = ce.standing(national, regs, credits, date(2023, 12, 1))
    assert opened.status == "at_risk" and opened.window_open and opened.days_left == 90


def test_overdue_when_the_last_period_ended_short(national: ce.CESettings) -> None:
    regs = [R(A2, date(2018, 3, 1))]  # first period ended 2021-02-28
    credits = [C(date(2019, 1, 1), 50)]
    st = ce.standing(national, regs, credits, date(2021, 3, 1))
    assert st.status == "overdue" and st.label == "未达标"
    assert st.previous_missing == 22 and st.missing == 72 and st.earned == 0
    # hours after the period ended do not count for it, but catching up in the new one clears it
    later = [*credits, C(date(2021, 5, 1), 72)]
    assert ce.standing(national, regs, later, date(2021, 6, 1)).status == "ok"


def test_social_worker_level_has_no_requirement(national: ce.CESettings) -> None:
    st = ce.standing(national, [R("社工员", date(2021, 1, 1))], [], date(2022, 1, 1))
    assert st.status == "not_required" and st.level == "社工员" and st.required == 0


def test_urgency_orders_states_then_days_left(national: ce.CESettings) -> None:
    regs = [R(A2, date(2021, 3, 1))]
    a = ce.standing(national, regs, [], date(2023, 12, 15))  # at risk, 76 days left
    b = ce.standing(national, regs, [], date(2024, 1, 15))  # at risk, 45 days left
    c = ce.standing(national, regs, [C(date(2021, 6, 1), 72)], date(2024, 1, 15))
    assert sorted([c, a, b], key=ce.Standing.urgency) == [b, a, c]


@pytest.mark.parametrize(
    ("raw", "field"),
    [
        ({"title": "", "start_date": "2024-01-01", "hours": 3}, "title"),
        ({"title": "T", "start_date": "", "hours": 3}, "start_date"),
        (
            {"title": "T", "start_date": "2024-01-05", "end_date": "2024-01-01", "hours": 3},
            "end_date",
        ),
        ({"title": "T", "start_date": "2024-01-01", "hours": 0}, "hours"),
        ({"title": "T", "start_date": "2024-01-01", "hours": "三"}, "hours"),
        ({"title": "T", "start_date": "2024-01-01", "hours": 3, "mode": "函授"}, "mode"),
    ],
)
def test_bad_event_refused(raw: dict[str, object], field: str) -> None:
    with pytest.raises(RuleError) as info:
        ce.validate_event(raw)
    assert info.value.field == field and info.value.message


def test_event_end_defaults_to_start() -> None:
    clean = ce.validate_event({"title": " 督导 ", "start_date": "2024.3.5", "hours": "6"})
    assert clean["end_date"] == clean["start_date"] == "2024-03-05"
    assert clean["title"] == "督导" and clean["hours"] == 6 and clean["mode"] == "面授"
