"""Tables whose rows are all new to the county skip the row-by-row lookup (``_first_sightings``):
the county they make must be the one the row-by-row merge makes, whatever the packages hold —
first packages, changes, tombstones, a full export sent again, rows the probe does not catch —
and a package the row-by-row merge refuses is refused for the same reason, changing nothing."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sync_fixtures import COUNTY, add_worker, county_store, set_phone, township_store

from swdesk.store import Store, open_store, training
from swdesk.store.schema import SYNCED_TABLES
from swdesk.sync import merge, package

# Columns that hold the moment a county wrote them (not what it wrote).
CLOCK = {"audit_log": ("at",), "sync_conflicts": ("created_at",)}


def _event(t: Store, title: str, day: str) -> str:
    return training.add_event(
        t, {"title": title, "start_date": day, "end_date": day, "hours": 3, "mode": "面授"}
    )


def _packages(root: Path) -> tuple[Path, list[Path], Store, Store]:
    """A county (closed, at ``root/c0.db``) and the packages two townships send it: first
    packages, changes with tombstones, a full export of what the county has already, a
    package after it. Returns the county file, the packages in order, and the townships."""
    c = county_store(root / "c0.db")
    a = township_store(root / "a.db", c, f"{COUNTY}100", "甲镇")
    b = township_store(root / "b.db", c, f"{COUNTY}101", "乙镇")
    c.close()
    out: list[Path] = []

    def send(t: Store, full: bool = False) -> None:
        out.append(package.export(t, root / f"p{len(out) + 1}.swsync", full=full).path)

    people = [add_worker(a, k, name=f"张{k}") for k in range(1, 9)]
    others = [add_worker(b, k, name=f"李{k}") for k in range(20, 24)]
    for i in range(3):
        training.attend(a, _event(a, f"甲第{i}期", f"2024-03-0{i + 1}"), people)
    training.attend(b, _event(b, "乙第1期", "2024-04-01"), others)
    send(a)
    send(b)
    # Changes: a phone edited, records withdrawn (tombstones), new records among them.
    set_phone(a, people[0], "13800000000")
    gone = [r[0] for r in a.conn.execute("SELECT id FROM training_records LIMIT 3")]
    for rid in gone:
        training.delete_record(a, rid)
    training.attend(a, _event(a, "甲第3期", "2024-05-01"), people[:4])
    send(a)
    # A full export: every row the county has, at the versions it has, and two new ones.
    training.attend(a, _event(a, "甲第4期", "2024-06-01"), people[4:6])
    send(a, full=True)
    training.attend(a, _event(a, "甲第5期", "2024-07-01"), people[:2])
    send(a)
    return root / "c0.db", out, a, b


def _snapshot(s: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Every synced table and every table the merge keeps for itself, rows sorted, less the
    columns that hold the time of the import."""
    out = {}
    for t in [*SYNCED_TABLES, "sync_mirror", "sync_checksums", "sync_conflicts", "audit_log"]:
        cur = s.conn.execute(f"SELECT * FROM {t}")
        names = [d[0] for d in cur.description]
        keep = [i for i, n in enumerate(names) if n not in CLOCK.get(t, ()) and n != "seq"]
        out[t] = sorted((tuple(r[i] for i in keep) for r in cur), key=repr)
    return out


def _import(
    county0: Path, target: Path, pkgs: list[Path]
) -> tuple[list[dict[str, Any]], dict[str, list[tuple[Any, ...]]]]:
    shutil.copyfile(county0, target)
    s = open_store(target, daily_backup=False)
    try:
        res = [merge.import_files(s, [p])[0] for p in pkgs]
        return [r.as_json() | {"file": ""} for r in res], _snapshot(s)
    finally:
        s.close()


def _spy(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, bool]]:
    """Record each table ``_first_sightings`` is asked about and whether it applied it."""
    calls: list[tuple[str, bool]] = []
    real = merge._Merge._first_sightings

    def spy(self: merge._Merge, info: Any, cols: Any, rows: Any) -> bool:
        done = real(self, info, cols, rows)
        calls.append((info.name, done))
        return done

    monkeypatch.setattr(merge._Merge, "_first_sightings", spy)
    return calls


def _row_by_row(self: merge._Merge, *_: Any) -> bool:
    return False


def _probe_misses(self: merge._Merge, ids: list[str]) -> bool:
    return False


@pytest.fixture(scope="module")
def sent(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Path]]:
    root = tmp_path_factory.mktemp("first_sightings")
    county0, pkgs, a, b = _packages(root)
    a.close()
    b.close()
    return county0, pkgs


def test_the_county_is_the_one_the_row_by_row_merge_makes(
    sent: tuple[Path, list[Path]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    county0, pkgs = sent
    calls = _spy(monkeypatch)
    fast = _import(county0, tmp_path / "fast.db", pkgs[:1])
    # The first package's tables all went in without a lookup; the full export, which holds
    # rows the county has, did not (its probe found them).
    assert calls and all(done for _, done in calls)
    assert ("training_records", True) in calls
    calls.clear()
    fast = _import(county0, tmp_path / "fast.db", pkgs)
    assert ("training_records", False) in calls
    monkeypatch.setattr(merge._Merge, "_first_sightings", _row_by_row)
    careful = _import(county0, tmp_path / "careful.db", pkgs)
    assert fast[0] == careful[0]
    assert fast[1] == careful[1]
    assert sum(r["new"] for r in fast[0]) > 0 and sum(r["deleted"] for r in fast[0]) == 3
    assert [r["duplicate"] for r in fast[0]] == [False] * len(pkgs)


def test_rows_the_probe_misses_are_taken_back_and_merged_row_by_row(
    sent: tuple[Path, list[Path]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the probe blind, every known row is met on the mirror's unique index instead:
    the mirror rows written are taken back and the table is merged row by row."""
    county0, pkgs = sent
    monkeypatch.setattr(merge._Merge, "_first_sightings", _row_by_row)
    careful = _import(county0, tmp_path / "careful.db", pkgs)
    monkeypatch.undo()
    monkeypatch.setattr(merge._Merge, "_any_known", _probe_misses)
    calls = _spy(monkeypatch)
    blind = _import(county0, tmp_path / "blind.db", pkgs)
    assert ("training_records", False) in calls  # the full export's, taken back
    assert ("training_records", True) in calls
    assert blind == careful


def _reseal(t: Store, seq: int, edit: Callable[[dict[str, Any]], None], root: Path) -> Path:
    """Township ``t``'s next package content edited by ``edit`` and sealed as number ``seq``
    (the township's own valid signature: what a damaged or forged export could hold)."""
    tables, blobs = package.collect(t, 0)
    edit(tables)
    manifest = {"sender": {"code": t.unit_code}, "sequence": seq, "tables": {}}
    plain = json.dumps({"manifest": manifest, "tables": tables, "blobs": blobs}).encode()
    path = root / f"forged{seq}.swsync"
    path.write_bytes(
        package.seal_package(t, plain, {"seq": seq, "created_at": "x", "full": False, "covers": []})
    )
    return path


@pytest.mark.parametrize(
    ("mode", "other_table", "code"),
    [
        ("fast", False, "foreign_rows"),
        ("blind", False, "foreign_rows"),
        ("fast", True, "malformed"),
        ("blind", True, "malformed"),
    ],
)
def test_a_known_row_in_the_middle_is_refused_for_the_same_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, mode: str, other_table: bool, code: str
) -> None:
    """甲镇's package carries, among rows new to the county (first and last row new, every row
    at version 1: the probe sees nothing), a row the county holds as 乙镇's — or as another
    table's: refused as the row-by-row merge refuses it, and the county is unchanged."""
    c = county_store(tmp_path / "c.db")
    a = township_store(tmp_path / "a.db", c, f"{COUNTY}100", "甲镇")
    b = township_store(tmp_path / "b.db", c, f"{COUNTY}101", "乙镇")
    try:
        wb = add_worker(b, 30)
        training.attend(b, _event(b, "乙", "2024-01-02"), [wb])
        assert merge.import_files(c, [package.export(b, tmp_path / "b1.swsync").path])[0].accepted
        src = "training_records" if other_table else "training_events"
        theirs = str(c.scalar(f"SELECT id FROM {src} WHERE origin = ?", (f"{COUNTY}101",)))
        for i in range(3):
            _event(a, f"甲{i}", f"2024-02-0{i + 1}")

        def steal(tables: dict[str, Any]) -> None:
            rows = tables["training_events"]["rows"]
            assert len(rows) == 3
            rows[1][0] = theirs

        if mode == "blind":
            monkeypatch.setattr(merge._Merge, "_any_known", _probe_misses)
        calls = _spy(monkeypatch)
        forged = _reseal(a, 1, steal, tmp_path)
        before = _snapshot(c)
        (res,) = merge.import_files(c, [forged])
        assert (res.accepted, res.code) == (False, code), res.reason
        assert ("training_events", False) in calls
        assert _snapshot(c) == before
        # Unedited, the same rows go in, without a lookup.
        calls.clear()
        good = package.export(a, tmp_path / "a1.swsync").path
        assert merge.import_files(c, [good])[0].accepted
        assert ("training_events", True) in calls
    finally:
        for s in (c, a, b):
            s.close()


def test_a_reference_to_a_person_the_county_lacks_is_refused_as_before(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    c = county_store(tmp_path / "c.db")
    a = township_store(tmp_path / "a.db", c, f"{COUNTY}100", "甲镇")
    try:
        wa = add_worker(a, 40)
        training.attend(a, _event(a, "甲", "2024-01-02"), [wa])

        def orphan(tables: dict[str, Any]) -> None:
            del tables["workers"]

        calls = _spy(monkeypatch)
        forged = _reseal(a, 1, orphan, tmp_path)
        before = _snapshot(c)
        (res,) = merge.import_files(c, [forged])
        assert (res.accepted, res.code) == (False, "missing_parent"), res.reason
        assert ("training_records", False) in calls
        assert _snapshot(c) == before
    finally:
        for s in (c, a):
            s.close()


def test_an_import_keeps_more_pages_in_memory_while_it_runs_only(
    sent: tuple[Path, list[Path]], tmp_path: Path
) -> None:
    county0, pkgs = sent
    shutil.copyfile(county0, tmp_path / "c.db")
    s = open_store(tmp_path / "c.db", daily_backup=False)
    try:
        before = s.scalar("PRAGMA cache_size")
        assert before is not None and -before < merge.IMPORT_CACHE_KIB
        during: list[int] = []

        def seen(done: int, total: int) -> None:
            during.append(int(s.scalar("PRAGMA cache_size")))

        for dry in (True, False):
            during.clear()
            res = merge.import_files(s, pkgs[:2], dry_run=dry, progress=seen)
            assert all(r.accepted for r in res)
            assert during == [-merge.IMPORT_CACHE_KIB] * 2
            assert s.scalar("PRAGMA cache_size") == before
        # A connection that already keeps more keeps its own size.
        s.conn.execute(f"PRAGMA cache_size = {-2 * merge.IMPORT_CACHE_KIB}")
        during.clear()
        merge.import_files(s, pkgs[2:3], progress=seen)
        assert during == [-2 * merge.IMPORT_CACHE_KIB]
    finally:
        s.close()
