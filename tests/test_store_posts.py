"""The professional-post register: add, fill, vacate, close; vacancies and quota shortfalls;
part-time posts held over 2 years warned; every rejection says why and changes nothing."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from swdesk.core import workforce as wf
from swdesk.core.errors import RuleError
from swdesk.core.idnumber import make_id_number
from swdesk.store import Store, posts, workers
from swdesk.store.unit import initialize

COMMUNITY, OTHER_COMMUNITY, VILLAGE = "510104001001", "510104001002", "510104001201"


def _person(store: Store, name: str, serial: int, **fields: object) -> str:
    raw = {"name": name, "id_number": make_id_number("510104", date(1985, 3, 15), serial)}
    raw.update(fields)
    return workers.create(store, raw)


def _state(store: Store) -> list[Any]:
    return [
        store.query(f"SELECT * FROM {t} ORDER BY rowid")
        for t in ("posts", "post_fills", "audit_log")
    ] + [store.meta("rev")]


def test_a_post_is_added_at_a_village_or_the_station_with_audit_and_rev(store: Store) -> None:
    rev = int(store.meta("rev") or 0)
    pid = posts.add(store, COMMUNITY, wf.POST_FULL_TIME, "助理社会工作师", date(2024, 1, 1))
    station = posts.add(store, store.unit_code, wf.POST_PART_TIME)
    row = posts.get(store, pid)
    assert (row["unit_kind"], row["unit_code"], row["unit_name"], row["kind"], row["grade"]) == (
        wf.UNIT_COMMUNITY,
        COMMUNITY,
        "和平社区",
        wf.POST_FULL_TIME,
        "助理社会工作师",
    )
    assert posts.get(store, station)["unit_kind"] == wf.UNIT_STATION
    assert posts.get(store, posts.add(store, VILLAGE, wf.POST_FULL_TIME))["unit_kind"] == (
        wf.UNIT_VILLAGE
    )
    assert int(store.meta("rev") or 0) > rev
    assert store.scalar("SELECT count(*) FROM audit_log WHERE table_name = 'posts'") == 3


@pytest.mark.parametrize(
    ("unit", "kind", "says"),
    [
        ("510104001999", wf.POST_FULL_TIME, "不是已登记的村（社区）代码"),
        ("", wf.POST_FULL_TIME, "不是已登记的村（社区）代码"),
        (COMMUNITY, "临时", "只能填 专职 或 兼职"),
    ],
)
def test_a_bad_post_is_refused_and_nothing_changes(
    store: Store, unit: str, kind: str, says: str
) -> None:
    before = _state(store)
    with pytest.raises(RuleError, match=says):
        posts.add(store, unit, kind)
    assert _state(store) == before


def test_fill_and_vacate_make_the_holder_known_as_of_each_day(store: Store) -> None:
    pid = posts.add(store, COMMUNITY, wf.POST_FULL_TIME, opened_on=date(2023, 1, 1))
    w = _person(store, "张三", 11, village_code=COMMUNITY)
    posts.fill(store, pid, w, date(2023, 3, 1))
    assert not posts.holds_post(store, w, date(2023, 2, 28))
    assert posts.holds_post(store, w, date(2023, 3, 1))
    listed = posts.list_posts(store, date(2023, 6, 1))
    assert [(p["name"], p["vacant"]) for p in listed] == [("张三", False)]
    posts.vacate(store, pid, date(2024, 5, 1))
    assert posts.holds_post(store, w, date(2024, 4, 30))
    assert not posts.holds_post(store, w, date(2024, 5, 1))
    assert [p["vacant"] for p in posts.list_posts(store, date(2024, 5, 1))] == [True]
    # the next holder may start the day the post fell vacant, not before
    other = _person(store, "李四", 12)
    before = _state(store)
    with pytest.raises(RuleError, match="两段任职不能重叠"):
        posts.fill(store, pid, other, date(2024, 4, 30))
    assert _state(store) == before
    posts.fill(store, pid, other, date(2024, 5, 1))
    assert posts.holder_ids(store, date(2024, 5, 1)) == {other}


def test_fill_refusals_say_why_and_change_nothing(store: Store) -> None:
    pid = posts.add(store, COMMUNITY, wf.POST_FULL_TIME, opened_on=date(2023, 1, 1))
    second = posts.add(store, VILLAGE, wf.POST_FULL_TIME, opened_on=date(2023, 1, 1))
    a, b = _person(store, "张三", 11), _person(store, "李四", 12)
    gone = _person(store, "王五", 13)
    workers.delete(store, gone, "录入错误")
    posts.fill(store, pid, a, date(2023, 2, 1))
    cases = [
        (lambda: posts.fill(store, pid, b, date(2023, 3, 1)), "现在由 张三 担任"),
        (lambda: posts.fill(store, second, a, date(2023, 3, 1)), "一人只能担任一个专业岗位"),
        (lambda: posts.fill(store, second, b, date(2022, 12, 31)), "早于设岗日期"),
        (lambda: posts.fill(store, second, gone, date(2023, 3, 1)), "找不到这名社工"),
        (lambda: posts.fill(store, "nope", b, date(2023, 3, 1)), "找不到编号"),
        (lambda: posts.vacate(store, second, date(2023, 3, 1)), "现在空缺"),
        (lambda: posts.vacate(store, pid, date(2023, 1, 31)), "早于到岗日期"),
        (lambda: posts.close(store, pid, date(2023, 5, 1)), "请先办理离岗"),
    ]
    for call, says in cases:
        before = _state(store)
        with pytest.raises(RuleError, match=says):
            call()
        assert _state(store) == before, says


def test_a_closed_post_counts_no_more_and_takes_nobody(store: Store) -> None:
    pid = posts.add(store, VILLAGE, wf.POST_FULL_TIME, opened_on=date(2023, 1, 1))
    posts.close(store, pid, date(2024, 1, 1))
    assert [p["id"] for p in posts.list_posts(store, date(2023, 12, 31))] == [pid]
    assert posts.list_posts(store, date(2024, 1, 1)) == []
    before = _state(store)
    with pytest.raises(RuleError, match="已于 2024-01-01 撤销"):
        posts.fill(store, pid, _person(store, "张三", 11), date(2024, 2, 1))
    assert _state(store)[:2] == before[:2]


def test_part_time_over_two_years_is_warned_exactly_after_the_second_anniversary(
    store: Store,
) -> None:
    pid = posts.add(store, COMMUNITY, wf.POST_PART_TIME, opened_on=date(2022, 1, 1))
    full = posts.add(store, VILLAGE, wf.POST_FULL_TIME, opened_on=date(2022, 1, 1))
    posts.fill(store, pid, _person(store, "张三", 11), date(2022, 3, 1))
    posts.fill(store, full, _person(store, "李四", 12), date(2022, 3, 1))

    def overdue(day: date) -> dict[str, bool]:
        return {p["kind"]: p["over_limit"] for p in posts.list_posts(store, day)}

    assert overdue(date(2024, 3, 1)) == {wf.POST_PART_TIME: False, wf.POST_FULL_TIME: False}
    assert overdue(date(2024, 3, 2)) == {wf.POST_PART_TIME: True, wf.POST_FULL_TIME: False}
    summary = {u["unit_code"]: u for u in posts.unit_summary(store, date(2024, 3, 2))}
    assert summary[COMMUNITY]["over_limit"] == 1


def test_part_time_limit_on_29_february() -> None:
    assert not wf.part_time_overdue(wf.POST_PART_TIME, date(2024, 2, 29), date(2026, 2, 28))
    assert wf.part_time_overdue(wf.POST_PART_TIME, date(2024, 2, 29), date(2026, 3, 1))


def test_vacancies_and_shortfalls_per_unit_follow_the_quota_setting(store: Store) -> None:
    day = date(2024, 6, 1)
    p1 = posts.add(store, COMMUNITY, wf.POST_FULL_TIME, opened_on=date(2024, 1, 1))
    posts.add(store, COMMUNITY, wf.POST_FULL_TIME, opened_on=date(2024, 1, 1))
    posts.fill(store, p1, _person(store, "张三", 11), date(2024, 1, 1))
    posts.add(store, VILLAGE, wf.POST_FULL_TIME, opened_on=date(2024, 1, 1))

    def by_code() -> dict[str, tuple[int, int, int, int, int]]:
        return {
            u["unit_code"]: (u["required"], u["posts"], u["filled"], u["vacant"], u["shortfall"])
            for u in posts.unit_summary(store, day)
        }

    assert by_code() == {
        store.unit_code: (1, 0, 0, 0, 1),
        COMMUNITY: (2, 2, 1, 1, 0),
        OTHER_COMMUNITY: (2, 0, 0, 0, 2),
        VILLAGE: (1, 1, 0, 1, 0),
    }
    # a later version of the setting raises the village quota from its start day on
    store.set_setting(
        "post_quotas",
        [
            {"valid_from": "2019-01-01", "station": 1, "community": 2, "village": 1},
            {"valid_from": "2024-06-01", "station": 1, "community": 3, "village": 2},
        ],
    )
    assert by_code()[VILLAGE] == (2, 1, 0, 1, 1)
    assert by_code()[COMMUNITY] == (3, 2, 1, 1, 1)
    day = date(2024, 5, 31)
    assert by_code()[VILLAGE] == (1, 1, 0, 1, 0)


def test_a_county_file_reads_posts_and_changes_none(blank_store: Store) -> None:
    initialize(blank_store, "county", "510104", "测试区")
    with pytest.raises(RuleError, match="县级数据文件只能查看"):
        posts.add(blank_store, "510104", wf.POST_FULL_TIME)
    assert posts.list_posts(blank_store) == []
