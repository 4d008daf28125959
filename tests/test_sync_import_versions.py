"""One import of many packages from a township: each package sends again the people its rows
point at, and the import remembers the versions of the people earlier packages sent
(``merge._Merge.versions``) instead of looking each of them up again. What it remembers must
never hide a change, nor outlive a package that was refused."""

from __future__ import annotations

import gc
import json
from pathlib import Path
from typing import Any

import pytest
from sync_fixtures import COUNTY, VILLAGE_COLUMNS, World, add_worker, attend, set_phone

from swdesk.sync import merge, package
from swdesk.sync.envelope import Rejected


def _mirror_version(world: World, wid: str) -> int:
    return int(world.county.scalar("SELECT version FROM sync_mirror WHERE id = ?", (wid,)))


def test_a_person_changed_between_packages_of_one_import_is_updated(world: World) -> None:
    wid = add_worker(world.a, 1, "赵六")
    attend(world.a, wid, "第一期")
    first = world.export(world.a)
    set_phone(world.a, wid, "13800000002")
    attend(world.a, wid, "第二期")
    second = world.export(world.a)
    attend(world.a, wid, "第三期")  # the person travels again, unchanged
    third = world.export(world.a)

    res = merge.import_files(world.county, [first, second, third])

    assert all(r.accepted for r in res)
    assert [r.tables["workers"]["new"] for r in res] == [1, 0, 0]
    assert [r.tables["workers"]["updated"] for r in res] == [0, 1, 0]
    assert [r.tables["workers"]["unchanged"] for r in res] == [0, 0, 1]
    assert world.county.scalar("SELECT phone FROM workers WHERE id = ?", (wid,)) == "13800000002"
    assert _mirror_version(world, wid) == world.a.scalar(
        "SELECT version FROM workers WHERE id = ?", (wid,)
    )
    assert world.county.scalar("SELECT COUNT(*) FROM training_records WHERE deleted = 0") == 3


def test_what_a_refused_package_taught_the_import_is_forgotten(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first package is refused after its people were written (and rolled back): the
    second, which sends the same person unchanged, must write them, not take them as known."""
    wid = add_worker(world.a, 1, "赵六")
    attend(world.a, wid, "第一期")
    first = world.export(world.a)
    attend(world.a, wid, "第二期")
    second = world.export(world.a)
    settle = merge.moves.settle_arrivals
    calls: list[int] = []

    def refuse_the_first(*args: Any) -> None:
        calls.append(1)
        if len(calls) == 1:
            raise Rejected("malformed", "refused after its tables were applied")
        settle(*args)

    monkeypatch.setattr(merge.moves, "settle_arrivals", refuse_the_first)

    res = merge.import_files(world.county, [first, second])

    assert [r.accepted for r in res] == [False, True]
    assert res[1].tables["workers"]["new"] == 1
    assert res[1].missing == [1]
    assert world.county.scalar("SELECT COUNT(*) FROM workers WHERE id = ?", (wid,)) == 1
    assert _mirror_version(world, wid) == 1


def test_the_versions_remembered_are_bounded(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    """Past ``KNOWN_VERSIONS`` people, the rest are looked up each time, with the same counts."""
    monkeypatch.setattr(merge, "KNOWN_VERSIONS", 1)
    seen: list[int] = []
    versions_of = merge._Merge.__init__

    def spy(self: Any, *args: Any, **kw: Any) -> None:
        versions_of(self, *args, **kw)
        seen.append(sum(map(len, self.versions.values())))

    monkeypatch.setattr(merge._Merge, "__init__", spy)
    ids = [add_worker(world.a, k, f"人{k}") for k in (1, 2)]
    for wid in ids:
        attend(world.a, wid, "第一期")
    first = world.export(world.a)
    for wid in ids:
        attend(world.a, wid, "第二期")
    second = world.export(world.a)

    res = merge.import_files(world.county, [first, second])

    assert all(r.accepted for r in res)
    assert seen == [0, 1]  # one person remembered after the first package, not two
    assert [r.tables["workers"]["new"] for r in res] == [2, 0]
    assert [r.tables["workers"]["unchanged"] for r in res] == [0, 2]


@pytest.mark.parametrize("before", [True, False])
def test_the_cycle_collector_rests_during_an_import_only(world: World, before: bool) -> None:
    wid = add_worker(world.a, 1, "赵六")
    attend(world.a, wid, "第一期")
    pkg = world.export(world.a)
    during: list[bool] = []
    was = gc.isenabled()
    (gc.enable if before else gc.disable)()
    try:
        res = merge.import_files(
            world.county, [pkg], progress=lambda _n, _t: during.append(gc.isenabled())
        )
        after = gc.isenabled()
    finally:
        (gc.enable if was else gc.disable)()
    assert res[0].accepted
    assert during == [False]
    assert after is before


def _villages_package(world: World, rows: list[list[Any]]) -> Path:
    """A package of 甲镇 (its next number) holding ``rows`` of ``villages``, sealed and signed."""
    t = world.a
    seq = package.next_sequence(t)
    cols = list(VILLAGE_COLUMNS)
    plain = json.dumps(
        {
            "manifest": {"sender": {"code": t.unit_code}, "sequence": seq, "tables": {}},
            "tables": {"villages": {"columns": cols, "rows": rows}},
            "blobs": {},
        }
    ).encode()
    fields = {"seq": seq, "created_at": "x", "full": False, "covers": []}
    path = world.root / f"villages{seq}.swsync"
    path.write_bytes(package.seal_package(t, plain, fields))
    return path


def _village(rid: str, code: str, **change: Any) -> list[Any]:
    row = {"id": rid, "created_at": "t", "updated_at": "t", "origin": f"{COUNTY}100"}
    row |= {"version": 1, "deleted": 0, "code": code, "name": "某社区", "kind": "urban", **change}
    return list(row.values())


@pytest.mark.parametrize(
    ("rows", "code"),
    [
        ([_village("v1", "510411100771"), _village("v1", "510411100772")], "malformed"),
        # The same id twice and a row of another township: the row's own reason is named.
        (
            [
                _village("v1", "510411100771"),
                _village("v1", "510411100772"),
                _village("v2", "510411100773", origin=f"{COUNTY}101"),
            ],
            "foreign_rows",
        ),
        ([_village("v1", "510411100771"), _village("v2", "510411100772")], None),
    ],
)
def test_a_row_sent_twice_in_one_table_refuses_the_package(
    world: World, rows: list[list[Any]], code: str | None
) -> None:
    (res,) = merge.import_files(world.county, [_villages_package(world, rows)])
    assert (res.accepted, res.code) == (code is None, code), res.reason
    live = world.county.scalar("SELECT COUNT(*) FROM villages WHERE code LIKE '5104111007%'")
    assert live == (len(rows) if code is None else 0)
