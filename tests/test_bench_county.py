"""The county-scale benchmark runs end to end on a tiny county and reports every line of the
issue's list with its goal (import vs raw insert, RSS, search, start-up) or "no goal"."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"


@pytest.fixture
def bench_path(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.syspath_prepend(str(BENCH))
    yield BENCH
    for name in (
        "run",
        "common",
        "bench_county",
        "bench_search",
        "bench_startup",
        "bench_indicators",
        "gui_child",
    ):
        sys.modules.pop(name, None)  # bench's flat module names stay local


def test_county_is_one_of_the_benchmarks_run_sh_runs(bench_path: Path) -> None:
    import run

    assert "county" in run.ORDER


def test_the_cache_is_keyed_by_the_scale(bench_path: Path, tmp_path: Path) -> None:
    import bench_county

    small = bench_county.cache_dir(bench_county.SMALL, tmp_path)
    other = bench_county.cache_dir(bench_county.Scale(towns=2, workers=40, hours=3), tmp_path)
    assert small != other and small.parent == tmp_path
    assert bench_county.cache_dir(bench_county.SMALL, tmp_path) == small


def test_a_tiny_county_runs_every_line(
    bench_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import bench_county

    scale = bench_county.Scale(towns=2, workers=20, hours=2, repeat=1)
    rows = bench_county.run(scale, tmp_path)
    out = capsys.readouterr().out
    by_name = {r.name.split(",")[0]: r for r in rows}
    first = by_name["county first import"]
    assert first.goal_ratio == 2 and first.value > 0 and first.floor > 0
    assert "rows new to the county" in first.notes[0]
    assert int(first.notes[0].split()[0]) > 0  # rows really merged
    assert by_name["county search"].abs_goal == 50
    assert by_name["county start → painted window"].goal_ratio == 1.5
    rss = [r for r in rows if "peak RSS" in r.name]
    assert len(rss) == 2 and all(r.abs_goal == 400 and r.value > 0 for r in rss)
    assert not by_name["county incremental round"].has_goal
    assert not by_name["county indicators"].has_goal
    assert "40 workers" in out and "hour records merged" in out
    # Built once: a second build at the same scale reuses the cached files.
    cached = bench_county.cache_dir(scale, tmp_path)
    stamp = (cached / "county.db").stat().st_mtime_ns
    assert bench_county.build(scale, tmp_path) == cached
    assert (cached / "county.db").stat().st_mtime_ns == stamp
    assert len(list((cached / "first").glob("*.swsync"))) == 2
    assert len(list((cached / "second").glob("*.swsync"))) == 2


def test_each_township_has_its_own_people_villages_units_and_keys(
    bench_path: Path, tmp_path: Path
) -> None:
    """Townships after the first are rewritten from its file: merged, each still has its own
    rows (new UUIDs, valid ID numbers of its own, its code in every row's origin and village
    code, its own signing key), the same mix of rows, and five village names all share."""
    import shutil
    import sqlite3

    import bench_county

    from swdesk.core.idnumber import parse_id_number

    scale = bench_county.Scale(towns=3, workers=30, hours=2, repeat=1)
    stale = tmp_path / f"county-{scale.key}-0123456789"  # built from older sources
    (stale / "first").mkdir(parents=True)
    cached = bench_county.build(scale, tmp_path)
    assert not stale.exists() and cached.exists()
    db = tmp_path / "merged.db"
    shutil.copyfile(cached / "county.db", db)
    bench_county.import_process(db, sorted((cached / "first").glob("*.swsync")))
    codes = [bench_county.town_code(i) for i in range(3)]
    with sqlite3.connect(db) as conn:
        q = conn.execute
        workers = q(
            "SELECT id, origin, id_number, name, village_code, gender FROM workers"
        ).fetchall()
        assert sorted({w[1] for w in workers}) == codes
        assert len(workers) == 90 and len({w[0] for w in workers}) == 90
        assert len({w[2] for w in workers}) == 90
        assert all(parse_id_number(w[2]).gender == w[5] for w in workers)  # valid, same sex
        assert all(w[4].startswith(w[1]) for w in workers)
        by_town = {c: [w[3] for w in workers if w[1] == c] for c in codes}
        assert sum(a != b for a, b in zip(by_town[codes[0]], by_town[codes[1]], strict=True)) > 20
        for table in ("training_records", "certificates", "registrations", "appraisals"):
            counts = dict(q(f"SELECT origin, count(*) FROM {table} GROUP BY origin").fetchall())
            assert sorted(counts) == codes and len(set(counts.values())) == 1, table
        names = {
            c: {r[0] for r in q("SELECT name FROM villages WHERE origin = ?", (c,))} for c in codes
        }
        assert all(len(n) == 12 for n in names.values())
        assert len(names[codes[0]] & names[codes[1]] & names[codes[2]]) == 5
        assert len(names[codes[1]] & names[codes[2]]) == 5
        towns = q("SELECT code, name, sign_public FROM sync_townships").fetchall()
    assert sorted(t[0] for t in towns) == codes
    assert len({t[1] for t in towns}) == 3 and len({bytes(t[2]) for t in towns}) == 3


def test_moved_id_numbers_never_meet_another_townships(bench_path: Path) -> None:
    """Moving the sequence by 34 per township would give township 1's copy of the first
    person the second person's number (sequence 1 + 34 = 35): it takes the next free one of
    the same sex instead; every township's numbers are valid and none is shared."""
    from datetime import date

    import bench_county

    from swdesk.core.idnumber import make_id_number, parse_id_number

    born = date(1980, 1, 1)
    template = [make_id_number("510104", born, 1), make_id_number("510104", born, 35)]
    one = bench_county.moved_id_numbers(template, 1)
    assert one[template[0]] == make_id_number("510104", born, 37)
    assert one[template[1]] == make_id_number("510104", born, 69)
    assert bench_county.moved_id_numbers(template, 0) == dict(zip(template, template, strict=True))
    every = [n for i in range(30) for n in bench_county.moved_id_numbers(template, i).values()]
    assert len(set(every)) == 60
    assert all(parse_id_number(n).gender == "男" for n in every)  # odd sequences: men


def test_the_raw_floor_reads_every_row_of_a_package_read_a_table_at_a_time(
    bench_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A full-scale package is read a table at a time (``package.STREAM_FROM``): the floor
    must insert its rows too, not find its ``tables`` empty and time inserting nothing."""
    import bench_county

    from swdesk.sync import package

    scale = bench_county.Scale(towns=2, workers=20, hours=2, repeat=1)
    cached = bench_county.build(scale, tmp_path)
    first = sorted((cached / "first").glob("*.swsync"))
    _, whole = bench_county.raw_insert(cached / "county.db", first, tmp_path / "a" / "raw.db")
    monkeypatch.setattr(package, "STREAM_FROM", 1)
    _, streamed = bench_county.raw_insert(cached / "county.db", first, tmp_path / "b" / "raw.db")
    assert whole > 0 and streamed == whole
