"""The start of a county file before its first paint (bench/bench_county.py times it on 90,000
merged workers): what it loads and what it reads."""

from __future__ import annotations

from pathlib import Path

from test_startup_first_paint import _PROBE, HEAVY, start_with_probe

from swdesk.services import demo
from swdesk.store import Store, open_store, sync_state, workers
from swdesk.store.unit import initialize
from swdesk.sync import keys


def _county(db: Path) -> None:
    with open_store(db) as store:
        initialize(store, "county", "510411", "测试县")


def test_a_county_without_keys_paints_before_the_cryptography_library_loads(
    tmp_path: Path,
) -> None:
    db = tmp_path / "c.db"
    _county(db)
    out = start_with_probe(tmp_path, _PROBE, db, ",".join(HEAVY)).split()
    assert out[:2] == ["loaded", "-"], out


def test_the_file_keeps_key_pairs_once_they_are_made(tmp_path: Path) -> None:
    with open_store(tmp_path / "c.db") as store:
        initialize(store, "county", "510411", "测试县")
        assert not sync_state.keeps_key_pairs(store)
        assert keys.key_state(store) == keys.NO_KEYS
        keys.create_county_keys(store)
        assert sync_state.keeps_key_pairs(store)
        assert keys.key_state(store) == keys.RAW


def _counts_run(store: Store, **kw: bool) -> tuple[int, list[str]]:
    """``workers.count``'s answer and the statements it ran."""
    ran: list[str] = []
    store.conn.set_trace_callback(ran.append)
    try:
        return workers.count(store, **kw), ran
    finally:
        store.conn.set_trace_callback(None)


def test_the_live_workers_are_counted_off_small_covering_indexes(store: Store) -> None:
    """The list's first query: the whole table off its smallest index less the removed files
    off theirs, never a walk of the index of names (a county holds 90,000 of them)."""
    demo.fill(store, 12, seed=4)
    gone = [r["id"] for r in store.query("SELECT id FROM workers ORDER BY rowid LIMIT 3")]
    for wid in gone:
        workers.delete(store, wid)
    n, ran = _counts_run(store)
    assert n == 9 == store.scalar("SELECT count(*) FROM workers NOT INDEXED WHERE deleted = 0")
    assert len(ran) == 1
    plan = [r[3] for r in store.conn.execute("EXPLAIN QUERY PLAN " + ran[0])]
    scans = [step for step in plan if "workers" in step]
    assert scans == [
        "SCAN workers USING COVERING INDEX workers_rev",
        "SEARCH workers USING COVERING INDEX workers_tombstones (deleted=?)",
    ], plan
    assert _counts_run(store, include_deleted=True)[0] == 12


def test_the_live_count_with_no_file_removed_and_with_every_file_removed(store: Store) -> None:
    assert workers.count(store) == 0 == workers.count(store, include_deleted=True)
    demo.fill(store, 4, seed=5)
    assert workers.count(store) == 4 == workers.count(store, include_deleted=True)
    for r in store.query("SELECT id FROM workers"):
        workers.delete(store, r["id"])
    assert workers.count(store) == 0
    assert workers.count(store, include_deleted=True) == 4
