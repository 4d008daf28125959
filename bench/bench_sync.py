"""Sync to the county: package size and export time, county import, re-import, simulation.

A township with 2k workers and 20k training-hour records, plus exam sign-ups (fees, scores)
and an appraisal round with 150 signed sheets, built in 50 steps with an incremental package
exported after each (so the county gets 50 packages holding exactly the township's rows).

- Package size / export time: a full package of the township (format 2: the county's receipt
  says it reads it) vs ``sqlite3 .dump | gzip`` of the same (synced) tables — goal ≤ 0.8× the
  size and ≤ 1 MB, and ≤ 2× the time (medians of 5 of each, alternately).
- County import of the 50 packages (verify, decrypt, merge, bookkeeping) vs a raw
  ``executemany`` INSERT of the same rows into an empty file of the same schema, one
  transaction per package — goal ≤ 2× (medians of 3 of each, alternately, every import into
  a fresh copy of the county).
- Re-importing all 50 (duplicates must change nothing) vs the first import — goal ≤ 0.1×.
- Many seeds of the randomized townships → county simulation (tests/sync_sim.py).
"""

from __future__ import annotations

import gzip
import random
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from common import OUT, ROOT, Result, log

from swdesk.services import demo
from swdesk.store import Store, appraisals, exams, open_store, training
from swdesk.store.schema import SYNCED_TABLES
from swdesk.store.unit import initialize
from swdesk.sync import enroll, keys, merge, package, receipt
from swdesk.sync.tables import ordered_tables

WORKERS, RECORDS, STEPS = 2000, 20_000, 50
SEEDS = 20
# Each side is timed several times, alternately, and the medians compared: one export against
# one dump moved between 1.1× and 2.2× from one run to the next on the 2-core test machines.
EXPORTS = 5
IMPORTS = 3


def _build(work: Path) -> tuple[Path, Path, list[Path]]:
    county = open_store(work / "county.db", daily_backup=False)
    initialize(county, "county", "510411", "基准县")
    keys.create_county_keys(county)
    t = open_store(work / "town.db", daily_backup=False)
    initialize(t, "township", "510411100", "基准镇")
    enroll.join(t, enroll.enroll(county, "510411100", "基准镇"))
    # An upgraded county's first receipt: the township writes the newest package format.
    receipt.load(t, receipt.make(county, "510411100"))
    county.close()
    rng = random.Random(7)
    pkgs = []
    per_step = RECORDS // STEPS
    for step in range(STEPS):
        demo.fill(t, WORKERS // STEPS, seed=step + 1)
        ids = [r[0] for r in t.conn.execute("SELECT id FROM workers WHERE deleted = 0")]
        size = min(100, len(ids))
        for e in range(-(-per_step // size)):
            day = f"2024-{1 + (step % 12):02d}-{1 + e % 28:02d}"
            ev = training.add_event(
                t,
                {
                    "title": f"第{step}-{e}期培训",
                    "start_date": day,
                    "end_date": day,
                    "hours": rng.choice((3, 6, 12)),
                    "mode": "面授",
                },
            )
            training.attend(t, ev, rng.sample(ids, size))
        _exams_and_appraisals(t, step, rng)
        pkgs.append(package.export(t, work / f"p{step + 1:02d}.swsync").path)
    t.close()
    return work / "county.db", work / "town.db", pkgs


def _exams_and_appraisals(t: Store, step: int, rng: random.Random) -> None:
    """Exam sign-ups with fees and scores every step; the appraisal round half-way, then a
    batch of sheets scored, 定稿 and signed per step — so packages carry every kind of row."""
    if step == 0:
        exams.save_year(t, 2025, {"fee_per_subject": 50})
    fresh = [
        r[0]
        for r in t.conn.execute(
            "SELECT id FROM workers w WHERE deleted = 0 AND NOT EXISTS (SELECT 1 FROM "
            "exam_registrations g WHERE g.worker_id = w.id AND g.deleted = 0) "
            "AND NOT EXISTS (SELECT 1 FROM certificates c WHERE c.worker_id = w.id) LIMIT 30"
        )
    ]
    if fresh:
        for rid in exams.register_many(t, 2025, fresh, "初级"):
            if rng.random() < 0.5:
                view = exams.registration(t, rid)
                exams.set_score(t, rid, view.subjects[0].name, rng.randrange(40, 100))
    if step == STEPS // 2:
        appraisals.create_round(t, 2025)
    rnd = appraisals.round_for_year(t, 2025)
    if rnd is not None:
        batch = t.query(
            "SELECT id FROM appraisals WHERE round_id = ? AND state = 'draft' LIMIT 6", (rnd["id"],)
        )
        for a in batch:
            for item in appraisals.sheet(t, a["id"]).template.items:
                appraisals.set_score(t, a["id"], item.name, rng.randrange(int(item.max) + 1))
            appraisals.finalize(t, a["id"])
            # A few carry a (small) scan so the attachment path is measured too; real photos
            # are hundreds of KB each and would dwarf the rows this benchmark is about.
            scan = ("签字.jpg", rng.randbytes(1000)) if rng.random() < 0.05 else None
            appraisals.sign(t, a["id"], scan)


def _dump_gzip(db: Path) -> tuple[float, int]:
    t0 = time.perf_counter()
    dump = subprocess.run(
        ["sqlite3", str(db), f".dump {' '.join(SYNCED_TABLES)}"], capture_output=True, check=True
    ).stdout
    size = len(gzip.compress(dump, 6))
    return time.perf_counter() - t0, size


def _raw_insert(town: Path, target: Path, per_package: bool) -> float:
    """Empty file with swdesk's schema; the township's rows inserted with executemany, in one
    transaction, or in one transaction per package (each package's own rows, by ``rev``
    range: the same durability an import gives, where each package is atomic)."""
    s = open_store(target, daily_backup=False)
    initialize(s, "county", "510411", "对照")
    src = open_store(town, take_lock=False, daily_backup=False)
    infos = ordered_tables(src)
    ranges = src.conn.execute(
        "SELECT from_rev, to_rev FROM sync_exports WHERE full = 0 ORDER BY sequence"
    ).fetchall()
    if not per_package:
        ranges = [(0, ranges[-1][1])]
    batches = [
        [
            (
                i.name,
                i.columns,
                src.conn.execute(
                    f"SELECT {', '.join(i.columns)} FROM {i.name} WHERE rev > ? AND rev <= ?", r
                ).fetchall(),
            )
            for i in infos
        ]
        for r in ranges
    ]
    src.close()
    t0 = time.perf_counter()
    for batch in batches:
        with s.atomic():
            for name, cols, rows in batch:
                s.conn.executemany(
                    f"INSERT INTO {name} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                    rows,
                )
    took = time.perf_counter() - t0
    s.close()
    return took


def _simulate(seeds: int) -> tuple[int, float]:
    sys.path.insert(0, str(ROOT / "tests"))
    from sync_sim import Sim

    failed = 0
    t0 = time.perf_counter()
    for seed in range(100, 100 + seeds):
        root = OUT / "work" / f"sim{seed}"
        sim = Sim(root, seed, n_towns=4)
        try:
            sim.run(rounds=6, steps=30)
            sim.check()
        except AssertionError as e:
            failed += 1
            log(f"  simulation seed {seed} FAILED: {e}")
        finally:
            sim.close()
            shutil.rmtree(root, ignore_errors=True)
    return failed, time.perf_counter() - t0


def run() -> list[Result]:
    work = OUT / "work" / "sync"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    log(
        f"building a township with {WORKERS} workers and {RECORDS} hour records in {STEPS} packages…"
    )
    county_db, town_db, pkgs = _build(work)
    # Full exports of the whole township, each against a dump of the same tables.
    export_t, dump_t = [], []
    for i in range(EXPORTS):
        t = open_store(town_db, daily_backup=False)
        t0 = time.perf_counter()
        full = package.export(t, work / f"full-{i}.swsync", full=True)
        export_t.append(time.perf_counter() - t0)
        t.close()
        dump_s, dump_size = _dump_gzip(town_db)
        dump_t.append(dump_s)
    export_s, dump_s = statistics.median(export_t), statistics.median(dump_t)
    # County imports of the 50 packages, each into its own copy of the enrolled county and
    # against a raw insert of the same rows; then all of them again into the last copy.
    import_t, raw_t = [], []
    for i in range(IMPORTS):
        copy = work / f"county-{i}.db"
        shutil.copyfile(county_db, copy)
        c = open_store(copy, daily_backup=False)
        t0 = time.perf_counter()
        res = merge.import_files(c, pkgs)
        import_t.append(time.perf_counter() - t0)
        assert all(r.accepted for r in res), [r.reason for r in res if not r.accepted]
        new = sum(r.total("new") for r in res)
        if i < IMPORTS - 1:
            c.close()
        raw_t.append(_raw_insert(town_db, work / f"raw-{i}.db", per_package=True))
    t0 = time.perf_counter()
    again = merge.import_files(c, pkgs)
    reimport_s = time.perf_counter() - t0
    assert all(r.duplicate for r in again)
    c.close()
    import_s, raw_s = statistics.median(import_t), statistics.median(raw_t)
    raw_one_s = _raw_insert(town_db, work / "raw1.db", per_package=False)
    log(f"running {SEEDS} simulation seeds…")
    failed, sim_s = _simulate(SEEDS)
    shutil.rmtree(work, ignore_errors=True)
    return [
        Result(
            "sync package size (full, 2k+20k)",
            full.size / 1024,
            dump_size / 1024,
            "KB",
            goal_ratio=0.8,
            abs_goal=1024,
            floor_label="sqlite3 .dump | gzip",
            notes=[f"{full.rows} rows, package format {full.format}"],
        ),
        Result(
            "sync export time (full)",
            export_s * 1000,
            dump_s * 1000,
            "ms",
            goal_ratio=2,
            floor_label="sqlite3 .dump | gzip",
        ),
        Result(
            f"county import, {STEPS} packages",
            import_s * 1000,
            raw_s * 1000,
            "ms",
            goal_ratio=2,
            floor_label="raw executemany INSERT, 1 transaction per package",
            notes=[
                f"{new} new rows; against one single-transaction raw INSERT of all rows "
                f"({raw_one_s * 1000:.0f} ms): {import_s / raw_one_s:.1f}×"
            ],
        ),
        Result(
            f"county re-import, {STEPS} packages",
            reimport_s * 1000,
            import_s * 1000,
            "ms",
            goal_ratio=0.1,
            floor_label="first import",
        ),
        Result(
            f"sync simulation, {SEEDS} seeds × 4 townships",
            failed,
            SEEDS,
            "seeds failed",
            goal_ratio=0,
            floor_label="seeds run",
            notes=[f"{sim_s:.0f} s"],
        ),
    ]


if __name__ == "__main__":
    from common import print_table

    print_table(run())
