"""A move the county confirms (a double claim settled for the claiming township) ends, at the
county and at once, the posts and roles the old township reported the person in, on the move's
day; the old township's later packages, in either order, neither duplicate, reopen nor raise
a conflict."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from sync_fixtures import COUNTY, World, add_worker, idn

from swdesk.core import conflicts
from swdesk.core import workforce as wf
from swdesk.services.indicators import build_report
from swdesk.store import Store, indicator_rules, posts, records, worker_roles, workers
from swdesk.sync import county as county_mod
from swdesk.sync import merge

A, B = f"{COUNTY}100", f"{COUNTY}101"
SINCE = date(2024, 1, 1)


def imp(w: World, *paths: Path) -> list[merge.ImportResult]:
    res = merge.import_files(w.county, list(paths))
    assert all(r.accepted for r in res), [r.reason for r in res]
    return res


def match(w: World) -> dict[str, bool | None]:
    return {t["code"]: t["checksum_match"] for t in county_mod.status(w.county)["townships"]}


def person_id(w: World) -> str:
    return str(w.county.scalar("SELECT id FROM workers WHERE id_number = ?", (idn(5),)))


def fills(store: Store) -> list[dict[str, Any]]:
    return store.query(f"SELECT * FROM {posts.FILLS} WHERE deleted = 0")


def b_roles(w: World) -> list[dict[str, Any]]:
    return w.county.query(f"SELECT * FROM {worker_roles.TABLE} WHERE origin = ?", (B,))


def b_post(w: World, day: date) -> dict[str, Any]:
    [p] = [p for p in posts.list_posts(w.county, day) if p["unit_code"] == f"{B}001"]
    return p


def posts_filled(w: World, day: date) -> int:
    """The county's own figure: the full-time posts filled at 乙镇's community, as the
    indicator "每个社区至少设置 2 个社会工作专业岗位" counts them (its gap's ``have``)."""
    if not indicator_rules.rules_saved(w.county):
        indicator_rules.save_version(w.county, indicator_rules.preset_version("chengdu", SINCE))
    report = build_report(w.county, day)
    [g] = [g for g in report.gaps if g.key == "community_posts_each" and g.code == f"{B}001"]
    return g.have


def moved(w: World, figures: list[int] | None = None) -> tuple[str, str]:
    """乙镇 has 王五 in a full-time post at its community and as its 儿童主任 since 2024; 甲镇
    reports the same person, and the county confirms the move to 甲镇."""
    wid_b = add_worker(w.b, 5, "王五")
    post = posts.add(w.b, f"{B}001", wf.POST_FULL_TIME, opened_on=SINCE)
    posts.fill(w.b, post, wid_b, SINCE)
    worker_roles.add(w.b, wid_b, wf.ROLE_CHILDREN_DIRECTOR, SINCE)
    imp(w, w.export(w.b))
    assert not b_post(w, date.today())["vacant"]
    assert [r["until"] for r in b_roles(w)] == [None]
    if figures is not None:
        figures.append(posts_filled(w, date.today()))
    add_worker(w.a, 5, "王伍")
    imp(w, w.export(w.a))
    [c] = county_mod.open_conflicts(w.county)
    assert c["kind"] == conflicts.KIND_CLAIM
    county_mod.resolve(w.county, c["seq"], conflicts.KEEP_TOWNSHIP)
    return wid_b, post


def quit_b(w: World, wid_b: str, day: date) -> None:
    """乙镇 marks the person 调出 itself (its post and role end that day, at 乙镇)."""
    raw = workers.get(w.b, wid_b)
    raw.pop("certificates"), raw.pop("moves")
    workers.update(w.b, wid_b, {**raw, "status": "调出", "status_date": day.isoformat()})


def test_the_county_ends_the_old_townships_post_and_role_at_once(world: World) -> None:
    today = date.today()
    before: list[int] = []
    moved(world, before)
    # The move's day is the day 甲镇 put the person on its file: today.
    assert b_post(world, today)["vacant"]
    assert not b_post(world, today.replace(day=1) if today.day > 1 else SINCE)["vacant"]
    [f] = fills(world.county)
    assert (f["from_date"], f["to_date"], f["origin"]) == (SINCE.isoformat(), today.isoformat(), B)
    [r] = b_roles(world)
    assert r["until"] == today.isoformat()
    assert worker_roles.current(world.county, person_id(world)) == []
    assert before == [1] and posts_filled(world, today) == 0
    # The county's ending is in its audit trail, saying why.
    note = world.county.scalar(
        "SELECT reason FROM audit_log WHERE table_name = ? AND row_id = ? AND new LIKE ?",
        (posts.FILLS, f["id"], "%to_date%"),
    )
    assert "确认此人已调到" in str(note)
    assert county_mod.open_conflicts(world.county) == []


def test_the_old_townships_own_transfer_later_changes_nothing_twice(world: World) -> None:
    wid_b, _post = moved(world)
    out = date(2025, 6, 30)  # 乙镇 says the person left earlier than the county learnt it
    quit_b(world, wid_b, out)
    res = imp(world, world.export(world.b))[0]
    assert res.tables[posts.FILLS]["conflicts"] == 0
    assert res.tables[worker_roles.TABLE]["conflicts"] == 0
    assert county_mod.open_conflicts(world.county) == []
    [f] = fills(world.county)  # one fill, not two
    assert f["to_date"] == out.isoformat()  # 乙镇's own, earlier day is taken
    [r] = b_roles(world)
    assert r["until"] == out.isoformat()
    assert match(world) == {A: True, B: True}
    # The same package again changes nothing.
    res = imp(world, world.export(world.b, full=True))[0]
    assert res.tables[posts.FILLS]["conflicts"] == 0 and fills(world.county) == [f]


def correct_start(w: World, day: date) -> None:
    """乙镇, not knowing of the move yet, corrects the start of the fill and the role."""
    [f] = fills(w.b)
    records.update(w.b, posts.FILLS, f["id"], {"from_date": day.isoformat()})
    [r] = w.b.query(f"SELECT id FROM {worker_roles.TABLE}")
    records.update(w.b, worker_roles.TABLE, r["id"], {"since": day.isoformat()})


def test_a_package_sent_before_the_old_township_knew_reopens_nothing(world: World) -> None:
    today = date.today()
    wid_b, _post = moved(world)
    correct_start(world, date(2024, 2, 1))
    stale = world.export(world.b)  # still filled and in the role
    res = imp(world, stale)[0]
    assert res.tables[posts.FILLS]["conflicts"] == 0
    assert res.tables[worker_roles.TABLE]["conflicts"] == 0
    assert county_mod.open_conflicts(world.county) == []
    assert b_post(world, today)["vacant"]
    [f] = fills(world.county)
    assert f["to_date"] == today.isoformat()
    assert [r["until"] for r in b_roles(world)] == [today.isoformat()]
    # 乙镇 then sends its own 调出: ended, once, and the checksums agree.
    quit_b(world, wid_b, today)
    imp(world, world.export(world.b))
    assert county_mod.open_conflicts(world.county) == []
    assert len(fills(world.county)) == 1 and b_post(world, today)["vacant"]
    assert [r["until"] for r in b_roles(world)] == [today.isoformat()]
    assert match(world) == {A: True, B: True}


def test_the_old_package_arriving_after_the_transfer_changes_nothing(world: World) -> None:
    today = date.today()
    wid_b, _post = moved(world)
    correct_start(world, date(2024, 2, 1))
    stale = world.export(world.b)
    quit_b(world, wid_b, today)
    latest = world.export(world.b)
    imp(world, latest)
    ended = fills(world.county)
    imp(world, stale)  # late: older versions than the county holds
    assert county_mod.open_conflicts(world.county) == []
    assert fills(world.county) == ended and b_post(world, today)["vacant"]
    assert [r["until"] for r in b_roles(world)] == [today.isoformat()]
    assert match(world) == {A: True, B: True}


def test_the_county_keeping_the_person_ends_nothing(world: World) -> None:
    add_worker_b = add_worker(world.b, 5, "王五")
    post = posts.add(world.b, f"{B}001", wf.POST_FULL_TIME, opened_on=SINCE)
    posts.fill(world.b, post, add_worker_b, SINCE)
    imp(world, world.export(world.b))
    add_worker(world.a, 5, "王伍")
    imp(world, world.export(world.a))
    [c] = county_mod.open_conflicts(world.county)
    county_mod.resolve(world.county, c["seq"], conflicts.KEEP_COUNTY)
    assert not b_post(world, date.today())["vacant"]
    assert [f["to_date"] for f in fills(world.county)] == [None]


def test_the_move_day_is_the_day_the_new_township_took_the_person(world: World) -> None:
    """甲镇 put the person on its file on 1 March 2025; 乙镇's 调出 says later (today): the
    confirmed day stands, and 乙镇's row is still taken in without a conflict."""
    wid_b = add_worker(world.b, 5, "王五")
    post = posts.add(world.b, f"{B}001", wf.POST_FULL_TIME, opened_on=SINCE)
    posts.fill(world.b, post, wid_b, SINCE)
    imp(world, world.export(world.b))
    add_worker(world.a, 5, "王伍")
    world.a.conn.execute("UPDATE workers SET created_at = '2025-03-01T08:00:00.000000Z'")
    imp(world, world.export(world.a))
    [c] = county_mod.open_conflicts(world.county)
    county_mod.resolve(world.county, c["seq"], conflicts.KEEP_TOWNSHIP)
    assert [f["to_date"] for f in fills(world.county)] == ["2025-03-01"]
    assert b_post(world, date(2025, 2, 28))["worker_id"] == person_id(world)
    assert b_post(world, date(2025, 3, 1))["vacant"]
    quit_b(world, wid_b, date.today())
    res = imp(world, world.export(world.b))[0]
    assert res.tables[posts.FILLS]["conflicts"] == 0
    assert county_mod.open_conflicts(world.county) == []
    assert [f["to_date"] for f in fills(world.county)] == ["2025-03-01"]
    assert match(world) == {A: True, B: True}
