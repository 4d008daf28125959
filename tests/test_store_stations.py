"""The 社工站 register: the station, its sites, the 六有 checklist and the standard."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from swdesk.core import enums
from swdesk.core import workforce as wf
from swdesk.core.errors import RuleError
from swdesk.core.idnumber import make_id_number
from swdesk.store import Store, posts, stations, workers


def _person(store: Store, name: str, serial: int, level: str | None) -> str:
    raw = {"name": name, "id_number": make_id_number("510104", date(1985, 3, 15), serial)}
    certs = (
        [{"level": level, "obtained_on": "2020-06-01", "cert_number": f"Z{serial:06d}"}]
        if level
        else []
    )
    return workers.create(store, raw, certs)


def _state(store: Store) -> list[Any]:
    return [
        store.query(f"SELECT * FROM {t} ORDER BY rowid")
        for t in ("stations", "station_items", "audit_log")
    ]


def _all_done(store: Store, sid: str, day: date) -> None:
    for item in wf.STATION_ITEMS:
        stations.set_item(store, sid, item, day, "见台账")


def test_the_station_meets_the_standard_with_six_items_and_a_qualified_full_timer(
    store: Store,
) -> None:
    sid = stations.ensure_station(store)
    assert stations.ensure_station(store) == sid
    _all_done(store, sid, date(2024, 1, 10))
    stations.set_item(store, sid, wf.ITEM_RULES, date(2024, 3, 1), "制度上墙")
    post = posts.add(store, store.unit_code, wf.POST_FULL_TIME, opened_on=date(2024, 1, 1))
    posts.fill(store, post, _person(store, "张三", 11, enums.LEVEL_ASSISTANT), date(2024, 2, 1))

    def station(day: date) -> dict[str, Any]:
        return stations.list_stations(store, day)[0]

    # before the last item was done: five of six
    assert (
        station(date(2024, 2, 29))["items_done"],
        station(date(2024, 2, 29))["meets_standard"],
    ) == (5, False)
    s = station(date(2024, 3, 1))
    assert (s["items_done"], s["qualified_staff"], s["min_staff"], s["meets_standard"]) == (
        6,
        1,
        1,
        True,
    )
    assert [x["note"] for x in s["items"] if x["item"] == wf.ITEM_RULES] == ["制度上墙"]
    assert s["staff"][0]["name"] == "张三"
    # the setting asks for two: one short
    store.set_setting("station_min_staff", [{"valid_from": "2019-01-01", "count": 2}])
    assert station(date(2024, 3, 1))["meets_standard"] is False


def test_a_part_timer_or_a_holder_below_assistant_does_not_count(store: Store) -> None:
    sid = stations.ensure_station(store)
    _all_done(store, sid, date(2024, 1, 10))
    part = posts.add(store, store.unit_code, wf.POST_PART_TIME, opened_on=date(2024, 1, 1))
    low = posts.add(store, store.unit_code, wf.POST_FULL_TIME, opened_on=date(2024, 1, 1))
    posts.fill(store, part, _person(store, "张三", 11, enums.LEVEL_SOCIAL_WORKER), date(2024, 1, 1))
    posts.fill(store, low, _person(store, "李四", 12, enums.LEVEL_WORKER), date(2024, 1, 1))
    s = stations.list_stations(store, date(2024, 6, 1))[0]
    assert (len(s["staff"]), s["qualified_staff"], s["meets_standard"]) == (2, 0, False)


def test_a_site_follows_its_station(store: Store) -> None:
    sid = stations.ensure_station(store)
    site = stations.add(
        store, "红星村社工点", date(2024, 5, 1), parent_id=sid, village_code="510104001201"
    )
    listed = stations.list_stations(store, date(2024, 6, 1))
    assert [(s["id"], s["parent_id"]) for s in listed] == [(sid, None), (site, sid)]
    assert "meets_standard" not in listed[1]


@pytest.mark.parametrize(
    ("call", "says"),
    [
        (
            lambda s, sid: stations.set_item(s, sid, "有资金", date(2024, 1, 1)),
            "不是“六有”中的一项",
        ),
        (lambda s, sid: stations.set_item(s, sid, wf.ITEM_PLACE, date(2999, 1, 1)), "在今天之后"),
        (
            lambda s, sid: stations.set_item(s, "nope", wf.ITEM_PLACE, date(2024, 1, 1)),
            "找不到这个社工站",
        ),
        (lambda s, sid: stations.ensure_station(s, "510104002"), "不是本数据文件的单位"),
        (lambda s, sid: stations.add(s, "  ", None), "名称不能为空"),
        (lambda s, sid: stations.add(s, "点", None, parent_id="nope"), "找不到站点所属"),
    ],
)
def test_station_refusals_say_why_and_change_nothing(store: Store, call: Any, says: str) -> None:
    sid = stations.ensure_station(store)
    before = _state(store)
    with pytest.raises(RuleError, match=says):
        call(store, sid)
    assert _state(store) == before


def test_setting_an_item_again_updates_its_row(store: Store) -> None:
    sid = stations.ensure_station(store)
    stations.set_item(store, sid, wf.ITEM_PLACE, date(2024, 1, 1))
    assert stations.set_item(store, sid, wf.ITEM_PLACE, date(2024, 1, 1)) is False
    stations.set_item(store, sid, wf.ITEM_PLACE, date(2024, 2, 1), "新场地")
    assert store.query("SELECT done_on, note, version FROM station_items") == [
        {"done_on": "2024-02-01", "note": "新场地", "version": 2}
    ]
