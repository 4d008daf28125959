"""A county importing many big packages at once keeps at most ``merge.HELD_ROWS`` rows of them
in memory before their turn: the others are verified, let go, and read again at their turn —
with exactly the outcome of an import that held them all."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sync_fixtures import World, add_worker, two_townships

from swdesk.sync import merge, package


def _packages(w: World) -> list[Path]:
    """Two packages of 甲镇, one of 乙镇 (two workers each), one of them given twice."""
    add_worker(w.a, 1, "李四")
    add_worker(w.a, 2, "王五")
    p1 = w.export(w.a)
    add_worker(w.a, 3, "赵六")
    add_worker(w.a, 4, "钱七")
    p2 = w.export(w.a)
    add_worker(w.b, 5, "孙八")
    add_worker(w.b, 6, "周九")
    p3 = w.export(w.b)
    return [p2, p3, p1, p3]


def _outcome(res: list[merge.ImportResult]) -> list[tuple[Any, ...]]:
    return [(r.accepted, r.duplicate, r.sequence, r.township, r.tables, r.missing) for r in res]


def _county(w: World) -> list[tuple[Any, ...]]:
    return w.county.conn.execute(
        "SELECT id_number, name, deleted FROM workers ORDER BY id_number"
    ).fetchall()


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Each package the import opens, as ``known`` (verified before) or not."""
    seen: list[bool] = []
    real = package.open_package

    def counting(store: Any, data: bytes, known: bool = True) -> package.Package:
        seen.append(known)
        return real(store, data, known)

    monkeypatch.setattr(merge, "open_package", counting)
    return seen


def test_packages_read_again_at_their_turn_merge_as_if_held(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, opened: list[bool]
) -> None:
    with two_townships(tmp_path / "held") as w:
        held = _outcome(merge.import_files(w.county, _packages(w)))
        held_county = _county(w)
    opened.clear()  # counted from the run that holds nothing
    monkeypatch.setattr(merge, "HELD_ROWS", 0)  # nothing is held: every package read twice
    with two_townships(tmp_path / "later") as w:
        later = _outcome(merge.import_files(w.county, _packages(w)))
        assert _county(w) == held_county
    assert later == held
    assert [r[1] for r in later] == [False, False, False, True]  # p3 given twice: a duplicate
    # 4 files verified, then the 3 distinct packages read again at their turn (the repeated
    # one is answered from the county's record, as a duplicate).
    assert opened == [True] * 4 + [False] * 3


def test_under_the_limit_nothing_is_read_twice(world: World, opened: list[bool]) -> None:
    paths = _packages(world)
    res = merge.import_files(world.county, paths)
    assert all(r.accepted for r in res)
    assert opened == [True] * 4
