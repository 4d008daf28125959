"""A package the county already applied is answered from its record: verified (signature,
sender) but not decompressed or parsed again, with the same per-table counts as before; one
that stops being the applied package before its turn is read in full and merged."""

from __future__ import annotations

from pathlib import Path
from typing import Any, NoReturn

import pytest
from sync_fixtures import World, add_worker
from test_sync_export_sequence import two_packages_of_one_number

from swdesk.sync import merge, package


def _no_decompress(*_: Any) -> NoReturn:
    raise AssertionError("a package the county already applied was decompressed again")


def _tables(r: merge.ImportResult) -> dict[str, dict[str, int]]:
    return {t: dict(c) for t, c in r.tables.items()}


def _rows(r: merge.ImportResult) -> dict[str, int]:
    return {t: sum(c.values()) for t, c in r.tables.items()}


def test_a_duplicate_is_answered_without_reading_the_package_again(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_worker(world.a, 1, "李四")
    add_worker(world.a, 2, "王五")
    p = package.export(world.a, world.root).path
    first = merge.import_files(world.county, [p])[0]
    assert first.accepted and not first.duplicate and first.total("new") >= 2
    monkeypatch.setattr(package, "decompress", _no_decompress)
    again = merge.import_files(world.county, [p])[0]
    assert again.accepted and again.duplicate
    assert _rows(again) == _rows(first)
    assert all(c["unchanged"] == _rows(first)[t] for t, c in again.tables.items())
    assert again.missing == first.missing == []


def test_a_record_without_counts_reads_the_package_as_before(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Packages recorded by an older swdesk carry no counts: the duplicate is read in full."""
    add_worker(world.a, 1, "李四")
    p = package.export(world.a, world.root).path
    first = merge.import_files(world.county, [p])[0]
    world.county.conn.execute("UPDATE sync_packages SET summary = json_remove(summary, '$.rows')")
    light = merge.import_files(world.county, [p])[0]  # counts gone: opened in full
    assert light.duplicate and _rows(light) == _rows(first)
    monkeypatch.setattr(package, "decompress", _no_decompress)
    with pytest.raises(AssertionError, match="decompressed again"):
        merge.import_files(world.county, [p])


def test_an_applied_package_displaced_before_its_turn_is_read_and_merged(world: World) -> None:
    """Two packages of number 1 (the first written, unrecorded, then exported again): the
    older one applied earlier is opened as a duplicate, but the newer one, ahead of it in the
    same import, replaces it; at its turn it is read in full and merged, not passed as empty."""
    orphan, newer_export = two_packages_of_one_number(world)
    second = newer_export.path
    alone = merge.import_files(world.county, [orphan])[0]
    assert alone.accepted and not alone.duplicate
    newer, older = merge.import_files(world.county, [second, orphan])
    assert newer.accepted and not newer.duplicate and newer.total("new") >= 1
    assert older.accepted and not older.duplicate
    assert _rows(older) == _rows(alone)  # every row of it seen, none lost
    assert older.total("unchanged") == sum(_rows(alone).values())
    assert world.county.scalar("SELECT COUNT(*) FROM workers WHERE deleted = 0") == 2


def test_duplicate_counts_match_the_full_read(world: World, tmp_path: Path) -> None:
    """The recorded counts give exactly what reading the package again would."""
    for k in range(1, 4):
        add_worker(world.a, k, f"张{k}")
    p = package.export(world.a, world.root).path
    merge.import_files(world.county, [p])
    fast = merge.import_files(world.county, [p])[0]
    world.county.conn.execute("UPDATE sync_packages SET summary = json_remove(summary, '$.rows')")
    slow = merge.import_files(world.county, [p])[0]
    assert fast.duplicate and slow.duplicate
    assert _tables(fast) == _tables(slow)
