"""Allowance months computed by hand: certificates mid-month, leaving, rising levels, lapsed
registrations, a failed appraisal, a rate change inside a quarter, and corrections."""

from __future__ import annotations

import json
import re
from datetime import date
from typing import Any

import pytest

from swdesk.core import allowance as al
from swdesk.core.errors import RuleError
from swdesk.paths import resources_dir

ASSISTANT, SOCIAL, SENIOR, JUNIOR = "助理社会工作师", "社会工作师", "高级社会工作师", "社工员"
COMMUNITY = "社区专职工作者"
FINAL = al.REGISTRATION_FINAL


def rules(**version: Any) -> al.AllowanceRules:
    base: dict[str, Any] = {
        "valid_from": "2020-01",
        "amounts": {ASSISTANT: 200, SOCIAL: 300, SENIOR: 500},
        "post_types": [COMMUNITY],
    }
    base.update(version)
    return al.rules_from_dict({"preset": "t", "name": "测试", "versions": [base]})


def person(
    *certs: tuple[str, date],
    regs: tuple[tuple[str, date, date], ...] = (),
    in_post: tuple[tuple[date, date | None], ...] = ((date(2015, 1, 1), None),),
    post: str = COMMUNITY,
    failed: frozenset[int] = frozenset(),
    ce_short: tuple[tuple[date, date], ...] = (),
) -> al.WorkerFacts:
    return al.WorkerFacts(
        worker_id="w1",
        post_type=post,
        in_post=in_post,
        certificates=tuple(al.Certificate(level, d) for level, d in certs),
        registrations=tuple(al.Registration(lv, a, b, FINAL) for lv, a, b in regs),
        failed_years=failed,
        ce_short=ce_short,
    )


def registered(level: str, start: date = date(2020, 1, 1), end: date = date(2029, 12, 31)):
    return ((level, start, end),)


def month(y: int, m: int) -> date:
    return date(y, m, 1)


def test_certified_mid_month_pays_from_the_next_month() -> None:
    p = person((ASSISTANT, date(2026, 3, 17)), regs=registered(ASSISTANT))
    r = rules()
    march = al.pay_for_month(p, r, month(2026, 3))
    april = al.pay_for_month(p, r, month(2026, 4))
    assert march is not None and march.amount == 0
    assert march.reason == "证书 2026-03-17 取得，2026-04 起发放。"
    assert april is not None and (april.level, april.amount) == (ASSISTANT, 20000)


def test_certified_mid_month_pays_that_month_when_the_rule_says_so() -> None:
    p = person((ASSISTANT, date(2026, 3, 17)), regs=registered(ASSISTANT))
    full = al.pay_for_month(p, rules(start="same_month"), month(2026, 3))
    by_days = al.pay_for_month(p, rules(start="same_month", part_month="days"), month(2026, 3))
    none = al.pay_for_month(p, rules(start="same_month", part_month="none"), month(2026, 3))
    assert full is not None and full.amount == 20000
    # 17–31 March: 15 of 31 days of 200 yuan = 96.774… → 96.77
    assert by_days is not None and (by_days.days, by_days.amount) == (15, 9677)
    assert none is not None and none.amount == 0 and "15 天" in str(none.reason)


def test_leaving_ends_the_pay_after_the_month_of_leaving() -> None:
    p = person(
        (SOCIAL, date(2020, 5, 1)),
        regs=registered(SOCIAL),
        in_post=((date(2015, 1, 1), date(2026, 5, 10)),),
    )
    r = rules()
    assert al.pay_for_month(p, r, month(2026, 5)).amount == 30000  # type: ignore[union-attr]
    assert al.pay_for_month(p, r, month(2026, 6)) is None  # not in post: not on the payroll
    days = al.pay_for_month(p, rules(part_month="days"), month(2026, 5))
    # 1–10 May: 10 of 31 days of 300 yuan = 96.774… → 96.77
    assert days is not None and days.amount == 9677


def test_a_rising_level_pays_the_old_rate_until_the_new_certificate_starts() -> None:
    p = person(
        (ASSISTANT, date(2021, 1, 5)),
        (SOCIAL, date(2026, 2, 20)),
        regs=(
            (ASSISTANT, date(2021, 1, 5), date(2029, 1, 4)),
            (SOCIAL, date(2026, 2, 20), date(2029, 2, 19)),
        ),
    )
    run = al.pay_for_run(p, rules(), al.months_of(month(2026, 1), 3))
    assert run is not None
    assert [(line.level, line.months, line.amount) for line in run.lines] == [
        (ASSISTANT, 2, 40000),
        (SOCIAL, 1, 30000),
    ]
    assert run.amount == 70000


def test_an_unregistered_higher_certificate_leaves_the_lower_one_paying() -> None:
    p = person(
        (ASSISTANT, date(2021, 1, 5)),
        (SOCIAL, date(2026, 2, 20)),
        regs=((ASSISTANT, date(2021, 1, 5), date(2029, 1, 4)),),
    )
    pay = al.pay_for_month(p, rules(), month(2026, 4))
    assert pay is not None and (pay.level, pay.amount) == (ASSISTANT, 20000)


def test_a_lapsed_registration_stops_the_pay_with_its_reason() -> None:
    p = person(
        (ASSISTANT, date(2020, 1, 5)), regs=((ASSISTANT, date(2020, 1, 5), date(2026, 1, 31)),)
    )
    r = rules()
    assert al.pay_for_month(p, r, month(2026, 1)).amount == 20000  # type: ignore[union-attr]
    feb = al.pay_for_month(p, r, month(2026, 2))
    assert (
        feb is not None and feb.amount == 0 and feb.reason == "证书登记不在有效期内或未通过审核。"
    )
    never = person((ASSISTANT, date(2020, 1, 5)))
    assert al.pay_for_month(never, r, month(2026, 2)).reason == "证书未登记。"  # type: ignore[union-attr]
    # A registration still waiting for review does not pay either.
    pending = al.WorkerFacts(
        "w2",
        COMMUNITY,
        ((date(2015, 1, 1), None),),
        (al.Certificate(ASSISTANT, date(2020, 1, 5)),),
        (al.Registration(ASSISTANT, date(2020, 1, 5), date(2029, 1, 1), "待审核"),),
    )
    assert al.pay_for_month(pending, r, month(2026, 2)).amount == 0  # type: ignore[union-attr]
    # …unless the rule does not ask for registration.
    assert al.pay_for_month(never, rules(need_registration=False), month(2026, 2)).amount == 20000  # type: ignore[union-attr]


def test_last_years_failed_appraisal_excludes_only_under_a_rule_that_says_so() -> None:
    p = person((ASSISTANT, date(2020, 1, 5)), regs=registered(ASSISTANT), failed=frozenset({2025}))
    strict = rules(exclude_failed_appraisal=True)
    jan26 = al.pay_for_month(p, strict, month(2026, 1))
    dec25 = al.pay_for_month(p, strict, month(2025, 12))
    assert jan26 is not None and jan26.amount == 0 and jan26.reason == "2025 年度考评不合格。"
    assert dec25 is not None and dec25.amount == 20000  # 2024 was not failed
    assert al.pay_for_month(p, rules(), month(2026, 1)).amount == 20000  # type: ignore[union-attr]


def test_unmet_continuing_education_excludes_under_a_rule_that_says_so() -> None:
    p = person(
        (ASSISTANT, date(2020, 1, 5)),
        regs=registered(ASSISTANT),
        ce_short=((date(2026, 1, 5), date(2026, 3, 31)),),
    )
    r = rules(need_ce_met=True)
    assert al.pay_for_month(p, r, month(2025, 12)).amount == 20000  # type: ignore[union-attr]
    assert al.pay_for_month(p, r, month(2026, 1)).reason == "上一登记期继续教育学时未达标。"  # type: ignore[union-attr]
    assert al.pay_for_month(p, r, month(2026, 4)).amount == 20000  # type: ignore[union-attr]


def test_a_rate_change_inside_a_quarter_splits_the_line() -> None:
    r = al.rules_from_dict(
        {
            "preset": "t",
            "name": "t",
            "versions": [
                {"valid_from": "2020-01", "amounts": {ASSISTANT: 200}},
                {"valid_from": "2026-02", "amounts": {ASSISTANT: 250}},
            ],
        }
    )
    p = person((ASSISTANT, date(2020, 1, 5)), regs=registered(ASSISTANT))
    run = al.pay_for_run(p, r, al.months_of(month(2026, 1), 3))
    assert run is not None
    assert [(line.rate, line.months, line.amount) for line in run.lines] == [
        (20000, 1, 20000),
        (25000, 2, 50000),
    ]
    assert al.pay_for_month(p, r, month(2025, 12)).rate == 20000  # type: ignore[union-attr]


def test_post_types_and_levels_outside_the_rule_say_why() -> None:
    r = rules()
    agency = person((ASSISTANT, date(2020, 1, 5)), regs=registered(ASSISTANT), post="社工机构")
    junior = person((JUNIOR, date(2020, 1, 5)), regs=registered(JUNIOR))
    nothing = person()
    assert al.pay_for_month(agency, r, month(2026, 1)).reason == "岗位“社工机构”不在津贴发放范围。"  # type: ignore[union-attr]
    assert al.pay_for_month(junior, r, month(2026, 1)).reason == "社工员不在津贴发放范围。"  # type: ignore[union-attr]
    assert al.pay_for_month(nothing, r, month(2026, 1)).reason == "没有职业水平证书。"  # type: ignore[union-attr]
    run = al.pay_for_run(nothing, r, al.months_of(month(2026, 1), 3))
    assert run is not None and run.amount == 0 and run.lines[0].reason == "没有职业水平证书。"


def test_before_the_first_version_nothing_is_due() -> None:
    p = person((ASSISTANT, date(2015, 1, 5)), regs=registered(ASSISTANT, date(2015, 1, 5)))
    pay = al.pay_for_month(p, rules(), month(2019, 12))
    assert pay is not None and pay.amount == 0 and "还没有适用的津贴标准" in str(pay.reason)


def test_rewards_only_for_the_first_certificate_of_a_level() -> None:
    r = rules(rewards={ASSISTANT: 500, SOCIAL: 1000})
    first = al.Certificate(ASSISTANT, date(2024, 11, 1))
    higher = al.Certificate(SOCIAL, date(2026, 11, 1))
    p = al.WorkerFacts("w", COMMUNITY, ((date(2015, 1, 1), None),), (first, higher))
    assert al.reward_for(r, p, first) == 50000
    assert al.reward_for(r, p, higher) == 100000
    again = al.Certificate(ASSISTANT, date(2027, 1, 1))  # a re-issued lower certificate
    p2 = al.WorkerFacts("w", COMMUNITY, ((date(2015, 1, 1), None),), (first, higher, again))
    assert al.reward_for(r, p2, again) is None
    assert al.reward_for(rules(), p, first) is None  # no reward amounts set: none proposed


def test_adjustments_never_take_back_more_than_was_paid() -> None:
    al.check_adjustment(-20000, 20000, 0)  # the whole month back: allowed
    with pytest.raises(RuleError, match=re.escape("超过了该月实际发放的 200.00 元")):
        al.check_adjustment(-20001, 20000, 0)
    with pytest.raises(RuleError, match=re.escape("超过了该月实际发放的 150.00 元")):
        al.check_adjustment(-20000, 20000, -5000)
    al.check_adjustment(5000, 0, 0)  # 补发 of a month not paid
    with pytest.raises(RuleError, match="不能是 0"):
        al.check_adjustment(0, 20000, 0)


def test_run_states_move_forward_and_locked_runs_stay_locked() -> None:
    al.check_run_transition(al.RUN_DRAFT, al.RUN_PUBLISHED)
    al.check_run_transition(al.RUN_PUBLISHED, al.RUN_APPROVED)
    al.check_run_transition(al.RUN_APPROVED, al.RUN_PAID)
    with pytest.raises(RuleError, match="已审核，不能再修改"):
        al.check_run_transition(al.RUN_APPROVED, al.RUN_DRAFT)
    with pytest.raises(RuleError, match="不能直接改为"):
        al.check_run_transition(al.RUN_DRAFT, al.RUN_APPROVED)


@pytest.mark.parametrize("count", [0, 13])
def test_run_length_edges(count: int) -> None:
    al.check_run_months(1)
    al.check_run_months(12)
    with pytest.raises(RuleError, match="1 到 12 个月"):
        al.check_run_months(count)


@pytest.mark.parametrize(
    ("bad", "why"),
    [
        ({"versions": []}, "至少要有一个版本"),
        ({"versions": [{"valid_from": "2026-13", "amounts": {}}]}, "看不懂"),
        ({"versions": [{"valid_from": "2026-01-15", "amounts": {}}]}, "看不懂"),
        ({"versions": [{"valid_from": "2026-01", "amounts": {"博士": 1}}]}, "等级“博士”不认识"),
        ({"versions": [{"valid_from": "2026-01", "amounts": {ASSISTANT: -1}}]}, "不能是负数"),
        ({"versions": [{"valid_from": "2026-01", "amounts": {ASSISTANT: "x"}}]}, "不是金额"),
        ({"versions": [{"valid_from": "2026-01", "amounts": {}, "start": "soon"}]}, "只能是"),
        (
            {"versions": [{"valid_from": "2026-01", "amounts": {}, "need_registration": "yes"}]},
            "true 或 false",
        ),
        (
            {"versions": [{"valid_from": "2026-01", "amounts": {}, "post_types": ["村医"]}]},
            "岗位类型“村医”不认识",
        ),
        (
            {
                "versions": [
                    {"valid_from": "2026-01", "amounts": {}},
                    {"valid_from": "2026-01", "amounts": {}},
                ]
            },
            "同一个月",
        ),
    ],
)
def test_bad_rules_are_refused_with_a_reason(bad: dict[str, Any], why: str) -> None:
    with pytest.raises(RuleError, match=why):
        al.rules_from_dict(bad)


def test_presets_load_with_the_policy_rates() -> None:
    raw = json.loads((resources_dir() / "settings" / "allowance_presets.json").read_text("utf-8"))
    presets = al.load_presets(raw)
    expected = {
        "ningxia": (200, 300, 500),
        "qijiang": (50, 100, 200),
        "panzhihua": (100, 300, 500),
    }
    for key, (a, s, h) in expected.items():
        v = presets[key].versions[0]
        assert (v.amounts[ASSISTANT], v.amounts[SOCIAL], v.amounts[SENIOR]) == (
            a * 100,
            s * 100,
            h * 100,
        )
    chengdu = presets["chengdu"].versions[0]
    assert JUNIOR in chengdu.amounts  # 社工员 included in Chengdu's pay increase
    assert all(20000 <= v <= 120000 for v in chengdu.amounts.values())
    assert "示例" in presets["chengdu"].note
    # A rule survives the round trip through its stored form.
    for r in presets.values():
        assert al.rules_from_dict(al.rules_to_dict(r)) == r


def test_id_numbers_are_masked_for_the_notice_board() -> None:
    assert al.mask_id_number("110101199003071234") == "110101********1234"


# -- the month worked out by stretches equals asking every day ------------------------------------
def _per_day(facts: al.WorkerFacts, rules: al.AllowanceRules, month: date) -> al.MonthPay | None:
    """The reference: every day of the month asked on its own (what ``pay_for_month`` must equal)."""
    from datetime import timedelta

    first, last = al.month_start(month), al.month_end(month)
    days = [first + timedelta(days=i) for i in range(last.day)]
    in_post = [d for d in days if al._covers(facts.in_post, d)]
    if not in_post:
        return None
    v = rules.version_for(first)
    if v is None or (v.post_types and facts.post_type not in v.post_types):
        return al.pay_for_month(facts, rules, month)  # reasons only: not what is compared
    if al._blocked(facts, v, first) is not None:
        return al.pay_for_month(facts, rules, month)
    levels = {d: al._level_on(facts, v, d) for d in in_post}
    paid = [d for d in in_post if levels[d] is not None]
    if not paid:
        return al.MonthPay(first, None, 0, None, 0, al._why_not(facts, v, first))
    level = levels[paid[-1]]
    assert level is not None
    rate = v.amounts[level]
    if v.part_month == al.PART_FULL or len(paid) == last.day:
        return al.MonthPay(first, level, rate, None, rate)
    if v.part_month == al.PART_NONE:
        return al.pay_for_month(facts, rules, month)
    total = sum(v.amounts[levels[d] or level] for d in paid)
    return al.MonthPay(first, level, rate, len(paid), (2 * total + last.day) // (2 * last.day))


@pytest.mark.parametrize("part", [al.PART_FULL, al.PART_DAYS, al.PART_NONE])
def test_stretches_equal_every_day_asked(part: str) -> None:
    import random
    from datetime import timedelta

    rnd = random.Random(part)
    rules = al.rules_from_dict(
        {
            "versions": [
                {
                    "valid_from": "2020-01",
                    "amounts": {"助理社会工作师": 200, "社会工作师": 300, "高级社会工作师": 500},
                    "part_month": part,
                    "start": rnd.choice(al.STARTS),
                }
            ]
        }
    )
    base = date(2025, 11, 1)

    def day() -> date:
        return base + timedelta(days=rnd.randrange(150))

    compared = 0
    for _ in range(400):
        spans = []
        a = day()
        spans.append((a, None if rnd.random() < 0.5 else a + timedelta(days=rnd.randrange(60))))
        certs = tuple(
            al.Certificate(rnd.choice(["助理社会工作师", "社会工作师", "高级社会工作师"]), day())
            for _ in range(rnd.randrange(1, 3))
        )
        regs = tuple(
            al.Registration(c.level, (s := day()), s + timedelta(days=rnd.randrange(10, 90)), FINAL)
            for c in certs
            if rnd.random() < 0.8
        )
        facts = al.WorkerFacts("w", None, tuple(spans), certs, regs)
        for m in (date(2026, 1, 1), date(2026, 2, 1), date(2026, 3, 1)):
            assert al.pay_for_month(facts, rules, m) == _per_day(facts, rules, m)
            compared += 1
    assert compared == 1200


def test_people_of_one_pay_class_are_paid_alike() -> None:
    """``pay_class`` forgets only what cannot change the pay: the run of the class's facts
    equals the person's own run (line for line, reasons included), dates all over the years."""
    import random
    from dataclasses import replace
    from datetime import timedelta

    rnd = random.Random(16)
    rules = al.rules_from_dict(
        {
            "versions": [
                {
                    "valid_from": "2020-01",
                    "amounts": {"助理社会工作师": 200, "社会工作师": 300},
                    "exclude_failed_appraisal": True,
                    "part_month": al.PART_DAYS,
                },
                {"valid_from": "2026-02", "amounts": {"助理社会工作师": 250, "社会工作师": 300}},
            ]
        }
    )
    base = date(2018, 1, 1)

    def day() -> date:
        return base + timedelta(days=rnd.randrange(3300))

    classes: set[al.PayClass] = set()
    for i in range(600):
        a = day()
        spans = ((a, None if rnd.random() < 0.6 else a + timedelta(days=rnd.randrange(2000))),)
        certs = tuple(
            al.Certificate(rnd.choice(["社工员", "助理社会工作师", "社会工作师"]), day())
            for _ in range(rnd.randrange(0, 3))
        )
        regs = tuple(
            al.Registration(c.level, (s := day()), s + timedelta(days=1095), FINAL)
            for c in certs
            if rnd.random() < 0.8
        )
        failed = frozenset(rnd.sample(range(2018, 2027), 2))
        facts = al.WorkerFacts(f"w{i}", None, spans, certs, regs, failed)
        months = al.months_of(date(2026, 1, 1), 3)
        key = al.pay_class(facts, months)
        classes.add(key)
        own = al.pay_for_run(facts, rules, months)
        alike = al.pay_for_run(al.class_facts(key), rules, months)
        if own is None:
            assert alike is None
            continue
        assert alike is not None
        assert own.unpaid == alike.unpaid
        assert own.lines == tuple(replace(line, worker_id=f"w{i}") for line in alike.lines)
    assert len(classes) < 600  # the point of it: some people share a class
