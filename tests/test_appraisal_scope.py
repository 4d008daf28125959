"""Whose post the township appraises: the scope is part of the appraisal rules (data).

《成都市加强社区社会工作服务助推城乡社区发展治理的实施意见》 has the 镇（街道） appraise the
professional posts in 镇（街道）社区服务中心 and 城乡社区; a 社工机构 post is evaluated by the
purchaser of the service.
"""

from __future__ import annotations

import json
from datetime import date

import pytest
from appraisal_fixtures import ID_BOTH, ID_COMMUNITY, ID_POST, add_workers

from swdesk.core import appraisal as ap
from swdesk.core.errors import RuleError
from swdesk.core.idnumber import make_id_number
from swdesk.paths import resources_dir
from swdesk.store import Store, records, workers
from swdesk.store import appraisals as A

ID_AGENCY = make_id_number("510104", date(1991, 5, 6), 517)
ID_AGENCY_LATER = make_id_number("510104", date(1993, 2, 3), 529)
BASE = {"grades": [{"name": "合格", "min": 60}], "fail_grade": "不合格"}


def _agency(store: Store, id_number: str = ID_AGENCY) -> str:
    return workers.create(
        store,
        {"name": "孙八", "id_number": id_number, "post_type": "社工机构", "professional_post": 1},
        [{"level": "社会工作师", "registration_date": "2021-03-01"}],
    )


def _w(**kw: object) -> dict:
    return {"post_type": None, "professional_post": 0, "level": None, **kw}


def test_agency_post_holder_is_not_appraised_by_the_township() -> None:
    agency = _w(post_type="社工机构", professional_post=1, level="社会工作师")
    assert ap.kind_for(agency) is None
    assert ap.why_kind(agency) == "社工机构岗位由购买服务方考评"
    rules = ap.rules_from_dict(BASE)
    assert rules.not_appraised == ("社工机构",)  # no key: the default
    assert ap.kind_for(agency, rules) is None
    # a community post holder still is
    assert ap.kind_for(_w(post_type="社区专职工作者", professional_post=1), rules) == "post"
    assert ap.kind_for(_w(post_type="社工站驻站社工", professional_post=1), rules) == "post"
    # a locality that appraises agency posts itself says so in the data
    everyone = ap.rules_from_dict({**BASE, "not_appraised_post_types": []})
    assert ap.kind_for(agency, everyone) == "post"
    assert ap.why_kind(agency, everyone) == "社会工作专业岗位人员"
    none = ap.rules_from_dict({**BASE, "not_appraised_post_types": None})
    assert none.not_appraised == ()


def test_scope_round_trips_and_ships_in_the_preset() -> None:
    raw = json.loads((resources_dir() / "appraisal" / "rules.json").read_text("utf-8"))
    assert raw["not_appraised_post_types"] == ["社工机构"]
    r = ap.rules_from_dict({**BASE, "not_appraised_post_types": ["社工站驻站社工", "社工机构"]})
    assert ap.rules_from_dict(r.to_dict()) == r
    assert ap.kind_for(_w(post_type="社工站驻站社工", professional_post=1), r) is None


@pytest.mark.parametrize(
    ("value", "match"),
    [
        ("社工机构", "一组岗位类型"),
        ({"社工机构": 1}, "一组岗位类型"),
        (["社工组织"], "岗位类型“社工组织”不对"),
        ([1], "岗位类型“1”不对"),
    ],
)
def test_bad_scope_refused(value: object, match: str) -> None:
    with pytest.raises(RuleError, match=match):
        ap.rules_from_dict({**BASE, "not_appraised_post_types": value})


def test_round_plans_without_agency_posts(store: Store) -> None:
    ids = add_workers(store)
    agency = _agency(store)
    plan = {p.worker["id"]: p for p in A.plan_round(store)}
    assert plan[agency].kind is None and plan[agency].reason == "社工机构岗位由购买服务方考评"
    assert plan[ids[ID_POST]].kind == "post" and plan[ids[ID_BOTH]].kind == "post"
    A.create_round(store, 2024)
    rnd = A.require_round(store, 2024)
    in_round = {r["id_number"] for r, _ in A.round_sheets(store, rnd["id"])}
    assert in_round == {ID_COMMUNITY, ID_POST, ID_BOTH}
    assert json.loads(rnd["rules"])["not_appraised_post_types"] == ["社工机构"]
    # adding the newly eligible later does not bring the agency worker in either
    assert A.add_eligible(store, rnd["id"]) == 0


def _round_appraising_everyone(store: Store) -> tuple[str, dict]:
    """A 2024 round made under rules that appraise agency posts too; its agency worker's id."""
    add_workers(store)
    agency = _agency(store)
    A.set_rules(store, {**BASE, "not_appraised_post_types": []})
    A.create_round(store, 2024)
    rnd = A.require_round(store, 2024)
    assert agency in {r["worker_id"] for r, _ in A.round_sheets(store, rnd["id"])}
    return agency, rnd


def test_round_keeps_the_scope_it_was_made_with(store: Store) -> None:
    agency, rnd = _round_appraising_everyone(store)
    # the saved rules change; the 2024 round still has its own
    A.set_rules(store, BASE)
    assert A.rules(store).not_appraised == ("社工机构",)
    later = _agency(store, ID_AGENCY_LATER)  # hired after the round was made
    offered = {p.worker["id"]: p.kind for p in A.missing_plan(store, rnd["id"]) if p.kind}
    assert offered == {later: "post"}
    assert A.add_eligible(store, rnd["id"]) == 1
    A.create_round(store, 2025)
    r25 = A.require_round(store, 2025)
    in_2025 = {r["worker_id"] for r, _ in A.round_sheets(store, r25["id"])}
    assert agency not in in_2025 and later not in in_2025


def test_round_made_before_the_scope_rule_keeps_everyone(store: Store) -> None:
    """A round whose stored rules have no scope key was made when every post was appraised."""
    agency, rnd = _round_appraising_everyone(store)
    records.update(
        store,
        "appraisals",
        next(r["id"] for r, _ in A.round_sheets(store, rnd["id"]) if r["worker_id"] == agency),
        {"deleted": 1},
    )
    old = json.loads(rnd["rules"])
    del old["not_appraised_post_types"]
    records.update(store, "appraisal_rounds", rnd["id"], {"rules": json.dumps(old)})
    A.set_rules(store, BASE)  # today's rules leave agency posts out
    missing = {p.worker["id"]: p.kind for p in A.missing_plan(store, rnd["id"])}
    assert missing[agency] == "post"
