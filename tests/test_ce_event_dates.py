"""A training's end date checked against the people recorded at it (``ce.event_date_warnings``):
in the future, before someone's certificate, outside someone's current period — each a warning,
tested on both sides of its edge, a day on the edge being inside."""

from __future__ import annotations

from datetime import date, timedelta

from swdesk.core import ce

A2 = "助理社会工作师"
DAY = timedelta(days=1)
PERIOD = ce.Period(A2, date(2024, 3, 1), date(2027, 2, 28))
LATER = date(2030, 1, 1)  # a "today" after every date below, so only the rule tested speaks


def warnings(end: date, today: date = LATER, *people: ce.Attendee) -> list[str]:
    return [str(w) for w in ce.event_date_warnings(end, today, people)]


def test_an_end_after_today_is_questioned_today_is_not() -> None:
    today = date(2026, 12, 7)
    assert warnings(today, today) == []
    (w,) = warnings(today + DAY, today)
    assert w == "结束日期 2026-12-08 在今天（2026-12-07）之后，培训还没有结束，请核对日期。"


def test_an_end_before_the_certificate_is_questioned_the_day_obtained_is_not() -> None:
    zhang = ce.Attendee("张三", PERIOD, date(2024, 3, 1))
    assert warnings(date(2024, 3, 1), LATER, zhang) == []
    (w,) = warnings(date(2024, 2, 29), LATER, zhang)  # not also "outside the period"
    assert w == "结束日期 2024-02-29 早于 张三 取得证书的日期，学时不计入任何登记期。"


def test_an_end_outside_the_current_period_is_questioned_on_both_sides() -> None:
    li = ce.Attendee("李四", PERIOD, None)
    assert warnings(PERIOD.start, LATER, li) == []
    assert warnings(PERIOD.end, LATER, li) == []
    for outside in (PERIOD.start - DAY, PERIOD.end + DAY):
        (w,) = warnings(outside, LATER, li)
        assert w == (
            f"结束日期 {outside.isoformat()} 不在 李四 的本期登记期（2024-03-01 至 2027-02-28）内，"
            "学时会计入别的登记期。"
        )


def test_people_without_a_period_or_certificate_raise_nothing() -> None:
    assert warnings(date(2000, 1, 1), LATER, ce.Attendee("王五", None, None)) == []


def test_only_the_people_concerned_are_named_and_many_are_counted() -> None:
    inside = ce.Attendee("王五", ce.Period(A2, date(2023, 1, 1), date(2025, 12, 31)), None)
    others = [ce.Attendee(f"测试{i}", PERIOD, None) for i in range(7)]
    (w,) = warnings(date(2024, 1, 5), LATER, inside, *others[:2])
    assert w == "结束日期 2024-01-05 不在 测试0、测试1 的本期登记期内，学时会计入别的登记期。"
    (w,) = warnings(date(2024, 1, 5), LATER, inside, *others)
    assert "测试0、测试1、测试2、测试3、测试4 等 7 人" in w and "王五" not in w


def test_several_rules_at_once_each_say_theirs() -> None:
    today = date(2024, 2, 1)
    zhang = ce.Attendee("张三", PERIOD, date(2024, 3, 1))
    li = ce.Attendee("李四", ce.Period(A2, date(2021, 3, 1), date(2024, 2, 29)), None)
    got = warnings(date(2024, 3, 5), today, zhang, li)
    assert len(got) == 2
    assert "之后" in got[0] and "李四" in got[1] and "张三" not in got[1]
