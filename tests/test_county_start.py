"""The start of a county file before its first paint (bench/bench_county.py times it on 90,000
merged workers): what it loads and what it reads."""

from __future__ import annotations

from pathlib import Path

from test_startup_first_paint import _PROBE, HEAVY, start_with_probe

from swdesk.store import open_store, sync_state
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
