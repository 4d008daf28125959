"""The engine alone, on facts made by hand: every target's edge from both sides, and what makes
a figure 未设目标, 无数据 or 估算."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from swdesk.core.errors import RuleError
from swdesk.core.indicators import definitions as df
from swdesk.core.indicators import engine as e
from swdesk.core.indicators.results import Status
from swdesk.store.indicator_rules import CHOICES, preset_version, presets

AT = date(2024, 12, 31)
TOWN = "510104001"
URBAN = e.UnitFact("510104001001", "和平社区", "urban", TOWN, {"registered_population": 1000})
URBAN2 = e.UnitFact("510104001002", "新民社区", "urban", TOWN, {"registered_population": 1000})
RURAL = e.UnitFact("510104001201", "红星村", "rural", TOWN, {"registered_population": 1000})


def worker(n: int, village: str = URBAN.code, **kw: Any) -> e.WorkerFact:
    base: dict[str, Any] = {
        "id": f"w{n}",
        "name": f"人{n}",
        "township": TOWN,
        "village_code": village,
        "status": "在岗",
        "post_type": "社区专职工作者",
        "level": "助理社会工作师",
    }
    return e.WorkerFact(**{**base, **kw})


def result(facts: e.Facts, key: str, preset: str = "panzhihua", **targets: float) -> Any:
    v = preset_version(preset, date(2000, 1, 1))
    if targets:
        v = df.RuleVersion(v.valid_from, v.name, v.definitions, targets, v.preset)
    return {r.key: r for r in e.evaluate(facts, v).results}[key]


def facts(*workers: e.WorkerFact, **kw: Any) -> e.Facts:
    return e.Facts(at=AT, workers=workers, units=(URBAN, URBAN2, RURAL), townships=(TOWN,), **kw)


@pytest.mark.parametrize(("certified", "met"), [(6, False), (7, True), (8, True)])
def test_share_of_community_workers_edge(certified: int, met: bool) -> None:
    """35%: 7 of 20 is exactly the target."""
    ws = [worker(i) for i in range(certified)]
    ws += [worker(100 + i, level=None) for i in range(20 - certified)]
    r = result(facts(*ws), "community_workers_certified")
    assert (r.numerator, r.denominator, r.met) == (certified, 20, met)
    assert r.value == certified * 5


@pytest.mark.parametrize(("n", "met"), [(3, False), (4, True)])
def test_urban_average_edge(n: int, met: bool) -> None:
    """2 名/社区 over two communities: 4 certified is exactly the average."""
    r = result(facts(*[worker(i) for i in range(n)]), "urban_average")
    assert (r.value, r.met) == (n / 2, met)


@pytest.mark.parametrize(("n", "met"), [(5, False), (6, True)])
def test_per_population_edge(n: int, met: bool) -> None:
    """1.7‰ of 3,000 is 5.1: five is short, six meets it."""
    r = result(facts(*[worker(i) for i in range(n)]), "per_population")
    assert (r.numerator, r.denominator, r.met) == (n, 3000, met)


def test_per_population_without_figures_is_no_data_or_an_estimate() -> None:
    units = (e.UnitFact(URBAN2.code, URBAN2.name, "urban", TOWN, {}),)
    r = result(e.Facts(AT, (worker(1),), units, townships=(TOWN,)), "per_population")
    assert (r.status, r.value, r.met) == (Status.NO_DATA, None, None)
    partly = e.Facts(AT, (worker(1),), (URBAN, units[0]), townships=(TOWN,))
    assert result(partly, "per_population").status == Status.ESTIMATED


@pytest.mark.parametrize(("target", "met"), [(3, True), (4, False)])
def test_entered_absolute_target_edge(target: int, met: bool) -> None:
    f = facts(worker(1), worker(2), worker(3))
    assert result(f, "total").status == Status.NO_TARGET
    r = result(f, "total", total=target)
    assert (r.numerator, r.target, r.met, r.status) == (3, target, met, Status.COMPUTED)


def test_county_entered_targets_leave_townships_unset() -> None:
    v = preset_version("panzhihua", date(2000, 1, 1))
    v = df.RuleVersion(v.valid_from, v.name, v.definitions, {"total": 1}, v.preset)
    r = {x.key: x for x in e.evaluate(facts(worker(1)), v, entered=False).results}["total"]
    assert (r.target, r.met, r.status) == (None, None, Status.NO_TARGET)


def test_no_data_indicators_are_listed_never_dropped() -> None:
    for key in ("service_organs_third", "other_organs_fifth", "institution_posts_70"):
        assert result(facts(worker(1)), key, "qijiang").status == Status.NO_DATA
    assert result(facts(worker(1)), "agency_party_coverage").status == Status.NO_DATA


def test_certified_in_post_needs_status_and_assistant_level() -> None:
    assert e.certified_in_post(worker(1))
    assert e.certified_in_post(worker(1, level="高级社会工作师"))
    assert not e.certified_in_post(worker(1, level="社工员"))
    assert not e.certified_in_post(worker(1, level=None))
    assert not e.certified_in_post(worker(1, status="离岗"))
    assert not e.certified_in_post(worker(1, status="调出"))


@pytest.mark.parametrize(("have", "short"), [(0, 2), (1, 1), (2, 0), (3, 0)])
def test_community_staffing_edge(have: int, short: int) -> None:
    ws = [worker(i) for i in range(have)] + [worker(9, RURAL.code)]
    ev = e.evaluate(facts(*ws), preset_version("panzhihua", date(2000, 1, 1)))
    gaps = {(g.code, g.key): g.short for g in ev.gaps}
    assert gaps.get((URBAN.code, "community_certified_each"), 0) == short
    assert gaps[(URBAN2.code, "community_certified_each")] == 2
    assert (RURAL.code, "village_certified_each") not in gaps


def test_candidates_sat_or_eligible_only() -> None:
    ws = [
        worker(1, level=None, sat_exam=True),
        worker(2, level=None, eligible=True),
        worker(3, level=None, eligible=None),
        worker(4, level=None, eligible=False),
        worker(5, level=None, sat_exam=True, status="离岗"),
    ]
    ev = e.evaluate(facts(*ws), preset_version("panzhihua", date(2000, 1, 1)))
    gap = next(g for g in ev.gaps if g.code == URBAN.code)
    assert gap.candidates == ("w1", "w2")


def _station(items: int, **kw: Any) -> e.StationFact:
    return e.StationFact(
        "s1", TOWN, "测试街道社工站", items_done=frozenset(e.SIX_HAVE[:items]), **kw
    )


def _station_post(*holders: str, kind: str = "专职") -> e.PostFact:
    return e.PostFact("p1", TOWN, "station", TOWN, kind, holders)


@pytest.mark.parametrize(
    ("station", "post", "staff_level", "met"),
    [
        (_station(6), _station_post("w1"), "助理社会工作师", True),
        (_station(5), _station_post("w1"), "助理社会工作师", False),  # one of 六有 missing
        (_station(6), _station_post("w1"), "社工员", False),  # staff not certified
        (_station(6), _station_post("w1", kind="兼职"), "助理社会工作师", False),  # part-time
        (_station(6), _station_post(), "助理社会工作师", False),  # nobody in the post
        (_station(6, parent_id="s0"), _station_post("w1"), "助理社会工作师", False),  # a site
    ],
)
def test_township_coverage(
    station: e.StationFact, post: e.PostFact, staff_level: str, met: bool
) -> None:
    f = facts(worker(1, level=staff_level), stations=(station,), posts=(post,))
    r = result(f, "township_coverage")
    assert (r.value, r.met) == ((100.0, True) if met else (0.0, False))


def test_estimated_fields_mark_only_indicators_that_read_them() -> None:
    guess = worker(1, estimated=frozenset({e.FIELD_POST_TYPE}))
    f = facts(guess, worker(2))
    assert result(f, "community_workers_certified").status == Status.ESTIMATED
    assert result(f, "per_population").status == Status.COMPUTED
    made_later = facts(worker(1, estimated=frozenset({e.FIELD_FILE})))
    assert result(made_later, "per_population").status == Status.ESTIMATED


def test_posts_per_unit() -> None:
    posts = (
        e.PostFact("p1", TOWN, "community", URBAN.code, "专职", ("w1",)),
        e.PostFact("p2", TOWN, "community", URBAN.code, "专职", ()),
        e.PostFact("p3", TOWN, "community", URBAN2.code, "专职", ("w2",)),
        e.PostFact("p4", TOWN, "community", URBAN2.code, "兼职", ("w3",)),
        e.PostFact("p5", TOWN, "village", RURAL.code, "专职", ("w4",)),
    )
    ev = e.evaluate(facts(posts=posts), preset_version("chengdu", date(2000, 1, 1)))
    gaps = {(g.code, g.key): g for g in ev.gaps if g.key.endswith("posts_each")}
    assert {k: g.short for k, g in gaps.items()} == {
        (URBAN.code, "community_posts_each"): 1,
        (URBAN2.code, "community_posts_each"): 1,
    }
    assert gaps[(URBAN.code, "community_posts_each")].shortfall() == "还差 1 个专业岗位"


def test_every_preset_loads_and_evaluates() -> None:
    assert set(CHOICES) <= set(presets())
    for key in CHOICES:
        ev = e.evaluate(facts(worker(1)), preset_version(key, date(2000, 1, 1)))
        keys = [r.key for r in ev.results]
        assert keys[:2] == ["community_certified_each", "village_certified_each"]
        assert len(keys) == len(set(keys))
    assert len(preset_version("panzhihua", AT).definitions) == 12  # ten rows + staffing


def test_versions_by_date() -> None:
    a = preset_version("panzhihua", date(2000, 1, 1))
    b = preset_version("jilin", date(2025, 1, 1))
    rules = df.IndicatorRules((a,)).with_version(b)
    assert rules.version_for(date(2024, 12, 31)).preset == "panzhihua"
    assert rules.version_for(date(2025, 1, 1)).preset == "jilin"
    assert rules.version_for(date(1999, 1, 1)).preset == "panzhihua"
    assert df.rules_from_dict(rules.to_dict()) == rules


def test_unknown_filter_refused() -> None:
    with pytest.raises(RuleError, match="没有筛选条件"):
        e.check_filter("stations", "urban", "x")


@pytest.mark.parametrize(("min_staff", "met"), [(1, True), (2, False)])
def test_township_coverage_follows_the_staff_setting(min_staff: int, met: bool) -> None:
    f = e.Facts(
        at=AT,
        workers=(worker(1),),
        units=(URBAN,),
        stations=(_station(6),),
        posts=(_station_post("w1"),),
        townships=(TOWN,),
        station_min_staff=min_staff,
    )
    assert result(f, "township_coverage").met is met
