"""One import of many packages: what the packages share (the county row each township person
maps to, the log's copy-back interval) is kept right from package to package."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sync_fixtures import World, add_worker, attend, idn

from swdesk.store import workers
from swdesk.store.checkpoints import SPACED_PAGES, spaced_checkpoints
from swdesk.sync import merge


def _correct_id_number(t: Any, wid: str, id_number: str) -> None:
    raw = workers.get(t, wid)
    for k in ("certificates", "moves", "gender", "birth_date"):
        raw.pop(k)
    workers.update(t, wid, {**raw, "id_number": id_number})


def _rekeyed_packages(world: World) -> list[Path]:
    """乙镇 holds idn(8) at the county; 甲镇 sends a person with a training record, then
    corrects that person's ID number to idn(8) and records more training: the person's
    township row now feeds another county row than the first package taught the import."""
    add_worker(world.b, 8, "钱七")
    assert merge.import_files(world.county, [world.export(world.b)])[0].accepted
    wid = add_worker(world.a, 7, "赵六")
    attend(world.a, wid, "第一期")
    first = world.export(world.a)
    _correct_id_number(world.a, wid, idn(8))
    attend(world.a, wid, "第二期")
    return [first, world.export(world.a)]


def _record_owners(world: World) -> list[str]:
    rows = world.county.query(
        "SELECT w.id_number FROM training_records r JOIN workers w ON w.id = r.worker_id "
        "WHERE r.deleted = 0 ORDER BY r.end_date, r.id"
    )
    return [r["id_number"] for r in rows]


def test_a_person_rekeyed_by_a_later_package_of_the_same_import(world: World) -> None:
    """The second package's training record goes to the county row the person now feeds,
    not the one an earlier package of the same import looked up (and that was retired)."""
    res = merge.import_files(world.county, _rekeyed_packages(world))
    assert all(r.accepted for r in res)
    assert _record_owners(world) == [idn(8), idn(8)]
    retired = world.county.query("SELECT deleted FROM workers WHERE id_number = ?", (idn(7),))
    assert retired == [{"deleted": 1}]


def test_the_log_is_copied_back_less_often_during_an_import(world: World) -> None:
    seen: list[int] = []

    def progress(_n: int, _total: int) -> None:
        seen.append(int(world.county.scalar("PRAGMA wal_autocheckpoint")))

    world.county.conn.execute("PRAGMA wal_autocheckpoint = 500")
    res = merge.import_files(world.county, _rekeyed_packages(world), progress=progress)
    assert all(r.accepted for r in res)
    assert seen == [SPACED_PAGES, SPACED_PAGES]
    assert world.county.scalar("PRAGMA wal_autocheckpoint") == 500
    busy, log, copied = world.county.conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    assert busy == 0 and log == copied  # nothing left in the log that is not in the file


def test_the_interval_comes_back_when_the_block_fails(world: World) -> None:
    world.county.conn.execute("PRAGMA wal_autocheckpoint = 700")
    with pytest.raises(RuntimeError), spaced_checkpoints(world.county, 5000):
        assert world.county.scalar("PRAGMA wal_autocheckpoint") == 5000
        raise RuntimeError
    assert world.county.scalar("PRAGMA wal_autocheckpoint") == 700


_GOOD = ["r1", 1, 0, "甲"]


@pytest.mark.parametrize(
    ("row", "sound"),
    [
        (_GOOD, True),
        (["r1", 3, 1, "甲"], True),
        (["r1", 1, True, "甲"], True),  # a flag JSON may carry as true: 1, as row by row
        (["r1", True, 0, "甲"], False),  # a version must be an integer, not a flag
        (["r1", 0, 0, "甲"], False),
        (["r1", 1.0, 0, "甲"], False),
        (["r1", 1, 2, "甲"], False),
        (["r1", 1, [], "甲"], False),  # unhashable: found wanting, not a crash
        (["", 1, 0, "甲"], False),
        (["x" * 64, 1, 0, "甲"], True),
        (["x" * 65, 1, 0, "甲"], False),
        ([7, 1, 0, "甲"], False),
        (["r1", 1, 0, "乙"], False),
        (["r1", 1, 0, {"甲": 1}], False),
        (["r1", 1, 0], False),
        (("r1", 1, 0, "甲"), False),
    ],
)
def test_rows_are_checked_a_column_at_a_time(row: Any, sound: bool) -> None:
    idx = (1, 2, 0, 3)  # version, deleted, id, origin
    assert merge._rows_sound([_GOOD, row], 4, idx, "甲") is sound
    assert merge._rows_sound([], 4, idx, "甲") is True
