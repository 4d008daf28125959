"""A move the county confirms (a double claim settled for the claiming township) ends, at the
county and at once, the posts and roles the old township reported the person in, on the move's
day; the old township's later packages, in either order, neither duplicate, reopen nor raise
a conflict."""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sync_fixtures import COUNTY, World, add_worker, county_store, idn, township_store

from swdesk.core import conflicts
from swdesk.core import workforce as wf
from swdesk.services.indicators import build_report
from swdesk.store import Store, indicator_rules, posts, records, worker_roles, workers
from swdesk.sync import county as county_mod
from swdesk.sync import merge, moves, package

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


def quit_b(t: Store, wid_b: str, day: date) -> None:
    """The township marks the person 调出 itself (its posts and roles end that day there)."""
    raw = workers.get(t, wid_b)
    raw.pop("certificates"), raw.pop("moves")
    workers.update(t, wid_b, {**raw, "status": "调出", "status_date": day.isoformat()})


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
    quit_b(world.b, wid_b, out)
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
    quit_b(world.b, wid_b, today)
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
    quit_b(world.b, wid_b, today)
    latest = world.export(world.b)
    imp(world, latest)
    ended = fills(world.county)
    imp(world, stale)  # late: older versions than the county holds
    assert county_mod.open_conflicts(world.county) == []
    assert fills(world.county) == ended and b_post(world, today)["vacant"]
    assert [r["until"] for r in b_roles(world)] == [today.isoformat()]
    assert match(world) == {A: True, B: True}


def test_a_role_the_old_township_gives_after_the_move_ends_as_it_arrives(world: World) -> None:
    today = date.today()
    wid_b, _post = moved(world)
    worker_roles.add(world.b, wid_b, wf.ROLE_STAFFED_CADRE, date(2025, 1, 1))
    res = imp(world, world.export(world.b))[0]
    assert res.tables[worker_roles.TABLE]["conflicts"] == 0
    roles = {r["role"]: r["until"] for r in b_roles(world)}
    assert roles == {
        wf.ROLE_CHILDREN_DIRECTOR: today.isoformat(),
        wf.ROLE_STAFFED_CADRE: today.isoformat(),
    }
    assert worker_roles.current(world.county, person_id(world)) == []
    # 甲镇's own roles for the person are its own: they stay.
    wid_a = world.a.scalar("SELECT id FROM workers")
    worker_roles.add(world.a, str(wid_a), wf.ROLE_PARTY_SECRETARY, date(2025, 1, 1))
    imp(world, world.export(world.a))
    assert worker_roles.current(world.county, person_id(world)) == [wf.ROLE_PARTY_SECRETARY]
    assert county_mod.open_conflicts(world.county) == []


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
    quit_b(world.b, wid_b, date.today())
    res = imp(world, world.export(world.b))[0]
    assert res.tables[posts.FILLS]["conflicts"] == 0
    assert county_mod.open_conflicts(world.county) == []
    assert [f["to_date"] for f in fills(world.county)] == ["2025-03-01"]
    assert match(world) == {A: True, B: True}


# -- simulation ----------------------------------------------------------------------------
def _open_from(c: Store, worker_id: str, origins: set[str]) -> list[str]:
    """The open fills and roles of county person ``worker_id`` that ``origins`` reported."""
    marks = ",".join("?" * len(origins))
    rows = c.query(
        f"SELECT id FROM {posts.FILLS} WHERE worker_id = ? AND deleted = 0 AND to_date IS NULL "
        f"AND origin IN ({marks}) UNION ALL SELECT id FROM {worker_roles.TABLE} "
        f"WHERE worker_id = ? AND deleted = 0 AND until IS NULL AND origin IN ({marks})",
        (worker_id, *origins, worker_id, *origins),
    )
    return [r["id"] for r in rows]


@pytest.mark.parametrize("seed", range(3))
def test_random_confirmed_moves_leave_no_post_behind(tmp_path: Path, seed: int) -> None:
    """Three townships each put people in posts and roles, report each other's people, mark
    them 调出, correct fills and send packages in random order (some late); the county
    confirms some claims. After every package: no township that a confirmed move took the
    person from has a post or role of theirs open at the county, and no fill or role is ever
    an edit conflict (the county changes them only through confirmed moves)."""
    rng = random.Random(seed)
    c = county_store(tmp_path / "c.db")
    towns = [
        township_store(tmp_path / f"t{i}.db", c, f"{COUNTY}{100 + i}", f"{i}镇") for i in range(3)
    ]
    left: dict[str, set[str]] = {}  # county person -> townships a confirmed move took them from
    confirmed = 0
    pending: list[Path] = []
    n = 0
    try:
        for rnd in range(7):
            for t in towns:
                for _ in range(rng.randrange(2, 5)):
                    live = t.query("SELECT * FROM workers WHERE deleted = 0 AND status = '在岗'")
                    op = rng.choice(("new", "claim", "claim", "post", "role", "fix", "release"))
                    if op == "new" or not live:
                        add_worker(t, 100 * (n := n + 1) + rng.randrange(100))
                    elif op == "claim":
                        mine = {r["id_number"] for r in t.query("SELECT id_number FROM workers")}
                        others = sorted(
                            {
                                r["id_number"]
                                for o in towns
                                if o is not t
                                for r in o.query("SELECT id_number FROM workers WHERE deleted = 0")
                            }
                            - mine
                        )
                        if others:
                            workers.create(
                                t,
                                {
                                    "name": "王伍",
                                    "id_number": rng.choice(others),
                                    "phone": "13900000000",
                                    "village_code": f"{t.unit_code}001",
                                },
                            )
                    elif op == "post":
                        w = rng.choice(live)
                        if not posts.holds_post(t, w["id"]):
                            post = posts.add(
                                t, f"{t.unit_code}001", wf.POST_FULL_TIME, opened_on=SINCE
                            )
                            posts.fill(t, post, w["id"], SINCE)
                    elif op == "role":
                        w = rng.choice(live)
                        held = worker_roles.current(t, w["id"])
                        free = [r for r in wf.ROLES if r not in held]
                        if free:
                            worker_roles.add(t, w["id"], rng.choice(free), SINCE)
                    elif op == "fix":
                        open_ = t.query(
                            f"SELECT id FROM {posts.FILLS} WHERE deleted = 0 AND to_date IS NULL"
                        )
                        if open_:
                            day = date(2024, 1, rng.randrange(2, 28)).isoformat()
                            f = rng.choice(open_)["id"]
                            records.update(t, posts.FILLS, f, {"from_date": day})
                    else:
                        quit_b(t, rng.choice(live)["id"], date.today())
            pending += [
                package.export(t, tmp_path / f"p{rnd}_{i}.swsync").path for i, t in enumerate(towns)
            ]
            rng.shuffle(pending)
            keep = rng.randrange(0, 2)  # some packages arrive a round late
            arrive, pending = pending[keep:], pending[:keep]
            for path in arrive:
                res = merge.import_files(c, [path])
                assert res[0].accepted, res[0].reason
                for wid, gone in left.items():
                    if moves.holder(c, wid) not in gone:
                        assert _open_from(c, wid, gone) == [], (wid, gone)
            edits = c.query(
                "SELECT tbl FROM sync_conflicts WHERE kind = ? AND tbl IN (?, ?)",
                (conflicts.KIND_EDIT, posts.FILLS, worker_roles.TABLE),
            )
            assert edits == []
            for conflict in county_mod.open_conflicts(c):
                if conflict["kind"] == conflicts.KIND_CLAIM and rng.random() < 0.5:
                    wid = conflict["row_id"]
                    before = moves.holder(c, wid)
                    county_mod.resolve(c, conflict["seq"], conflicts.KEEP_TOWNSHIP)
                    confirmed += 1
                    if before is not None:
                        left.setdefault(wid, set()).add(before)
                    left.get(wid, set()).discard(conflict["township"])
                    assert _open_from(c, wid, left.get(wid, set())) == []
        assert confirmed
    finally:
        c.close()
        for t in towns:
            t.close()
