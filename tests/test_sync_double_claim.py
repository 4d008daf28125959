"""No silent takeover at the county: a township reporting a person another township holds is a
double claim in the conflict queue, settled by a real transfer (调出) or by the county."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import pytest
from sync_fixtures import COUNTY, World, add_worker, county_store, idn, township_store

from swdesk.core import conflicts
from swdesk.core.errors import RuleError
from swdesk.store import Store, training, workers
from swdesk.sync import county as county_mod
from swdesk.sync import merge, package

A, B = f"{COUNTY}100", f"{COUNTY}101"


def imp(w: World, *paths: Path) -> list[merge.ImportResult]:
    res = merge.import_files(w.county, list(paths))
    assert all(r.accepted for r in res), [r.reason for r in res]
    return res


def set_status(store: Store, wid: str, status: str) -> None:
    raw = workers.get(store, wid)
    raw.pop("certificates"), raw.pop("moves")
    workers.update(store, wid, {**raw, "status": status})


def match(w: World) -> dict[str, bool | None]:
    return {t["code"]: t["checksum_match"] for t in county_mod.status(w.county)["townships"]}


def person(w: World, k: int) -> dict[str, Any]:
    rows = w.county.query("SELECT * FROM workers WHERE id_number = ?", (idn(k),))
    assert len(rows) == 1
    return rows[0]


def claimed(world: World) -> tuple[str, str]:
    """乙镇 has 王五 in post at the county; 甲镇 then reports the same ID number (the issue's
    case: another spelling, another phone, 离岗)."""
    wid_b = add_worker(world.b, 5, "王五", phone="13800000005")
    ev = training.add_event(
        world.b,
        {
            "title": "伦理",
            "start_date": "2024-03-01",
            "end_date": "2024-03-01",
            "hours": 6,
            "mode": "面授",
        },
    )
    training.attend(world.b, ev, [wid_b])
    imp(world, world.export(world.b))
    wid_a = add_worker(world.a, 5, "王伍", phone="13900000005", status="离岗")
    res = imp(world, world.export(world.a))[0]
    assert res.tables["workers"]["conflicts"] == 1
    return wid_a, wid_b


def test_a_second_township_reporting_a_person_is_a_conflict_not_a_takeover(world: World) -> None:
    claimed(world)
    p = person(world, 5)
    assert (p["name"], p["phone"], p["status"], p["origin"]) == ("王五", "13800000005", "在岗", B)
    [c] = county_mod.open_conflicts(world.county)
    assert (c["kind"], c["township"], c["row_id"]) == (conflicts.KIND_CLAIM, A, p["id"])
    assert c["incoming"]["name"] == "王伍" and c["county"]["name"] == "王五"
    # 甲镇 holds one more person than the county holds for it: never 一致 while this waits.
    assert match(world) == {A: False, B: True}
    st = {t["code"]: t for t in county_mod.status(world.county)["townships"]}
    assert st[A]["tables"]["workers"] == {"county_live": 0, "township_live": 1}
    # The same package again, or 甲镇 editing its row, still changes nothing of 乙镇's person.
    raw = workers.get(world.a, workers.list_public(world.a)[0]["id"])
    raw.pop("certificates"), raw.pop("moves")
    workers.update(world.a, raw["id"], {**raw, "phone": "13900000055"})
    res = imp(world, world.export(world.a))[0]
    assert res.tables["workers"]["conflicts"] == 1
    assert person(world, 5)["phone"] == "13800000005"
    open_ = county_mod.open_conflicts(world.county)
    assert len(open_) == 1 and open_[0]["incoming"]["phone"] == "13900000055"


def test_holder_marking_the_person_transferred_moves_them_with_history(world: World) -> None:
    _wid_a, wid_b = claimed(world)
    set_status(world.b, wid_b, "调出")
    res = imp(world, world.export(world.b))[0]
    assert res.accepted
    p = person(world, 5)
    assert (p["name"], p["phone"], p["origin"], p["deleted"]) == ("王伍", "13900000005", A, 0)
    assert county_mod.open_conflicts(world.county) == []
    assert world.county.scalar("SELECT resolution FROM sync_conflicts") == conflicts.SETTLED
    # 乙镇's training stays with the person.
    assert world.county.scalar("SELECT worker_id FROM training_records") == p["id"]
    assert match(world) == {A: True, B: True}


def test_holder_deleting_the_person_releases_the_claim(world: World) -> None:
    _wid_a, wid_b = claimed(world)
    workers.delete(world.b, wid_b, "调往甲镇")
    imp(world, world.export(world.b))
    assert person(world, 5)["origin"] == A
    assert match(world) == {A: True, B: True}


def test_claimant_withdrawing_settles_the_conflict(world: World) -> None:
    wid_a, _wid_b = claimed(world)
    workers.delete(world.a, wid_a, "录错了")
    imp(world, world.export(world.a))
    assert person(world, 5)["origin"] == B
    assert county_mod.open_conflicts(world.county) == []
    assert match(world) == {A: True, B: True}


def test_county_confirms_the_move(world: World) -> None:
    _wid_a, wid_b = claimed(world)
    [c] = county_mod.open_conflicts(world.county)
    county_mod.resolve(world.county, c["seq"], conflicts.KEEP_TOWNSHIP)
    p = person(world, 5)
    assert (p["name"], p["origin"]) == ("王伍", A)
    assert world.county.scalar("SELECT worker_id FROM training_records") == p["id"]
    # 乙镇 still reports the person in post: now its reconciliation shows it.
    assert match(world) == {A: True, B: False}
    # 乙镇 editing its row again is a double claim in turn, not a takeover back.
    set_status(world.b, wid_b, "在岗")
    raw = workers.get(world.b, wid_b)
    raw.pop("certificates"), raw.pop("moves")
    workers.update(world.b, wid_b, {**raw, "phone": "13800000066"})
    imp(world, world.export(world.b))
    assert person(world, 5)["name"] == "王伍"
    assert [x["township"] for x in county_mod.open_conflicts(world.county)] == [B]
    set_status(world.b, wid_b, "调出")
    imp(world, world.export(world.b))
    assert county_mod.open_conflicts(world.county) == []
    assert person(world, 5)["name"] == "王伍"
    assert match(world) == {A: True, B: True}


def test_county_keeps_the_person_where_they_are(world: World) -> None:
    claimed(world)
    [c] = county_mod.open_conflicts(world.county)
    county_mod.resolve(world.county, c["seq"], conflicts.KEEP_COUNTY)
    assert person(world, 5)["origin"] == B
    assert county_mod.open_conflicts(world.county) == []
    assert match(world) == {A: False, B: True}
    with pytest.raises(RuleError, match="找不到待处理的冲突"):
        county_mod.resolve(world.county, c["seq"], conflicts.KEEP_TOWNSHIP)


def test_release_after_a_county_edit_asks_instead_of_overwriting(world: World) -> None:
    _wid_a, wid_b = claimed(world)
    p = person(world, 5)
    raw = workers.get(world.county, p["id"])
    raw.pop("certificates"), raw.pop("moves")
    workers.update(world.county, p["id"], {**raw, "phone": "13700000005"})
    set_status(world.b, wid_b, "调出")
    res = imp(world, world.export(world.b))[0]
    assert res.tables["workers"]["conflicts"] == 1
    assert person(world, 5)["phone"] == "13700000005"
    [c] = county_mod.open_conflicts(world.county)
    assert c["kind"] == conflicts.KIND_EDIT and c["incoming"]["name"] == "王伍"


# -- simulation ----------------------------------------------------------------------------
DATA = ("name", "phone", "status", "village_code", "origin", "deleted")


def _holders(c: Store) -> dict[str, set[str]]:
    """county row id -> townships whose row there still holds the person (not waiting)."""
    out: dict[str, set[str]] = {}
    for r in c.query(
        "SELECT key_id, origin, data FROM sync_mirror WHERE tbl = 'workers' AND held = 0"
    ):
        if merge._holds(json.loads(r["data"])):
            out.setdefault(r["key_id"], set()).add(r["origin"])
    return out


@pytest.mark.parametrize("seed", range(4))
def test_random_double_claims_never_change_another_townships_person(
    tmp_path: Path, seed: int
) -> None:
    rng = random.Random(seed)
    c = county_store(tmp_path / "c.db")
    towns = [
        township_store(tmp_path / f"t{i}.db", c, f"{COUNTY}{100 + i}", f"{i}镇") for i in range(3)
    ]
    n = 0
    settled = resolved = claims = 0
    try:
        for _round in range(8):
            for t in towns:
                for _ in range(rng.randrange(2, 6)):
                    live = t.query("SELECT * FROM workers WHERE deleted = 0")
                    op = rng.choice(("new", "claim", "claim", "edit", "release", "delete"))
                    if op == "new" or not live:
                        add_worker(t, 100 * (n := n + 1) + rng.randrange(100))
                    elif op == "claim":
                        mine = {r["id_number"] for r in t.query("SELECT id_number FROM workers")}
                        others = [
                            r["id_number"]
                            for o in towns
                            if o is not t
                            for r in o.query("SELECT id_number FROM workers WHERE deleted = 0")
                            if r["id_number"] not in mine
                        ]
                        if others:
                            raw = {
                                "name": rng.choice(("王五", "王伍", "李四")),
                                "id_number": rng.choice(others),
                                "phone": f"139{rng.randrange(10**8):08d}",
                                "village_code": f"{t.unit_code}001",
                            }
                            workers.create(t, raw)
                            claims += 1
                    elif op == "edit":
                        w = rng.choice(live)
                        raw = workers.get(t, w["id"])
                        raw.pop("certificates"), raw.pop("moves")
                        workers.update(
                            t, w["id"], {**raw, "phone": f"138{rng.randrange(10**8):08d}"}
                        )
                    elif op == "release":
                        set_status(t, rng.choice(live)["id"], "调出")
                    else:
                        workers.delete(t, rng.choice(live)["id"], "离职")
            paths = [
                (t.unit_code, package.export(t, tmp_path / f"p{_round}_{i}.swsync").path)
                for i, t in enumerate(towns)
            ]
            rng.shuffle(paths)
            for sender, path in paths:
                before = {r["id"]: r for r in c.query("SELECT * FROM workers")}
                holders = _holders(c)
                imp_res = merge.import_files(c, [path])
                assert imp_res[0].accepted, imp_res[0].reason
                after = {r["id"]: r for r in c.query("SELECT * FROM workers")}
                for rid, old in before.items():
                    owner = old["origin"]
                    if owner != sender and owner in holders.get(rid, set()):
                        # Another township still holds this person: nothing of theirs moves.
                        assert {k: after[rid][k] for k in DATA} == {k: old[k] for k in DATA}
            for conflict in county_mod.open_conflicts(c):
                if conflict["kind"] == conflicts.KIND_CLAIM and rng.random() < 0.3:
                    county_mod.resolve(c, conflict["seq"], rng.choice(conflicts.CHOICES))
                    resolved += 1
        settled = int(
            c.scalar(
                "SELECT COUNT(*) FROM sync_conflicts WHERE resolution = ?", (conflicts.SETTLED,)
            )
        )
        # A township whose claim waits never reads 一致; the others do (all packages arrived).
        # (Rows set aside by a confirmed move wait the same way.)
        waiting = {r[0] for r in c.conn.execute("SELECT origin FROM sync_mirror WHERE held = 1")}
        for t in county_mod.status(c)["townships"]:
            assert t["checksum_match"] is (t["code"] not in waiting), t
        # Each county person shows the one township row that feeds it, and it holds them.
        for rid, owners in _holders(c).items():
            row = c.query("SELECT * FROM workers WHERE id = ?", (rid,))[0]
            assert row["origin"] in owners
        assert claims and (settled or resolved)
    finally:
        c.close()
        for t in towns:
            t.close()


def test_cli_lists_the_double_claim_and_confirms_the_move(
    world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    from cli_helpers import run

    claimed(world)
    world.county.close()
    db = world.root / "c.db"
    code, out, _ = run(capsys, db, "sync", "conflicts")
    assert code == 0 and "两个乡镇都报了此人" in out and "甲镇" in out
    seq = out.split("\t")[0]
    code, out, _ = run(capsys, db, "sync", "conflicts", "--json")
    assert json.loads(out)[0]["kind"] == "claim"
    code, out, _ = run(capsys, db, "sync", "status")
    lines = {line.split("：")[0]: line for line in out.splitlines()}
    assert "核对不一致" in lines["510411100 甲镇"] and "核对一致" in lines["510411101 乙镇"]
    code, _out, _ = run(capsys, db, "sync", "resolve", seq, "--keep", "township")
    assert code == 0
    code, out, _ = run(capsys, db, "workers", "list", "--json")
    assert [w["name"] for w in json.loads(out)] == ["王伍"]
