"""Benchmark: continuing-education standing of 100 000 workers with 10 trainings each.

Compares ``swdesk.store.training.standings`` (every rule applied: periods, upgrades, previous
period, states, sorting) with two floors, neither applying any rule:

A. ``SELECT worker_id, total(hours_credited) FROM training_records … GROUP BY worker_id`` —
   the records alone, read from a covering index;
B. the same aggregate joined with the workers and certificates standing also has to read
   (names, ID numbers, registration dates): one SQL aggregate over the same rows.

Goal: ≤ 2×. Both ratios are printed. Run standalone:

    PYTHONPATH=. .venv/bin/python bench/bench_ce.py [--workers 100000] [--per 10] [--db FILE]

The data file is made with plain SQL inserts (sync columns filled, no audit) because the
thing measured is reading, and building 1.1 M rows through the audited API would take minutes.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import tempfile
import time
import uuid
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from common import best_of

from swdesk.core import ce
from swdesk.core.idnumber import make_id_number
from swdesk.store import open_store, training
from swdesk.store.unit import initialize

LEVELS = ("社工员", "助理社会工作师", "社会工作师", "高级社会工作师")
NOW = "2026-01-01T00:00:00.000000Z"


def build(path: Path, n_workers: int, per: int, seed: int = 7) -> None:
    rnd = random.Random(seed)
    with open_store(path, daily_backup=False) as store:
        initialize(store, "township", "510104001", "基准测试街道")
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("BEGIN")
    sync = (NOW, NOW, "510104001", 1, 0, 1)
    events = []
    base = date(2015, 1, 1)
    for _ in range(400):
        d = base + timedelta(days=rnd.randrange(4000))
        events.append((str(uuid.uuid4()), d.isoformat(), float(rnd.choice((3, 4, 6, 8, 12)))))
    conn.executemany(
        "INSERT INTO training_events (id, created_at, updated_at, origin, version, deleted, rev, "
        "title, start_date, end_date, mode, hours) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        [(e[0], *sync, f"培训{i}", e[1], e[1], "面授", e[2]) for i, e in enumerate(events)],
    )
    w_rows, c_rows, r_rows = [], [], []
    for i in range(n_workers):
        wid = str(uuid.uuid4())
        born = date(1960, 1, 1) + timedelta(days=rnd.randrange(14000))
        level = rnd.choice(LEVELS)
        w_rows.append(
            (
                wid,
                *sync,
                make_id_number("510104", born, i % 999 + 1) + str(i),
                f"社工{i}",
                "男",
                born.isoformat(),
                level,
            )
        )
        reg = base + timedelta(days=rnd.randrange(3000))
        c_rows.append((str(uuid.uuid4()), *sync, wid, level, reg.isoformat()))
        if level == "社会工作师" and rnd.random() < 0.2:  # some upgraded from 助理
            c_rows.append(
                (
                    str(uuid.uuid4()),
                    *sync,
                    wid,
                    "助理社会工作师",
                    (reg - timedelta(days=900)).isoformat(),
                )
            )
        for e in rnd.sample(events, per):
            r_rows.append((str(uuid.uuid4()), *sync, wid, e[0], e[1], e[1], e[2], e[2]))
    conn.executemany(
        "INSERT INTO workers (id, created_at, updated_at, origin, version, deleted, rev, "
        "id_number, name, gender, birth_date, level) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        w_rows,
    )
    conn.executemany(
        "INSERT INTO certificates (id, created_at, updated_at, origin, version, deleted, rev, "
        "worker_id, level, registration_date) VALUES (?,?,?,?,?,?,?,?,?,?)",
        c_rows,
    )
    conn.executemany(
        "INSERT INTO training_records (id, created_at, updated_at, origin, version, deleted, rev, "
        "worker_id, event_id, start_date, end_date, hours, hours_credited) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        r_rows,
    )
    conn.execute("COMMIT")
    conn.execute("ANALYZE")
    conn.close()


def measure(path: Path, repeat: int = 3, day_count: str | None = None) -> dict[str, Any]:
    """Best-of-``repeat`` times of swdesk's standings and the two SQL floors, on ``path``.

    ``day_count`` ("dates"): measure the Qijiang reading, days counted from each record's dates.
    """
    at = date(2026, 1, 1)
    with open_store(path, daily_backup=False) as store:
        settings = training.ce_settings(store)
        if day_count:
            settings = replace(settings, unit=ce.UNIT_DAYS, day_count=day_count)
        n_rows = store.scalar("SELECT count(*) FROM training_records WHERE deleted = 0")

        def floor() -> None:
            store.conn.execute(
                "SELECT worker_id, total(hours_credited) FROM training_records "
                "WHERE deleted = 0 GROUP BY worker_id"
            ).fetchall()

        def floor_same_rows() -> None:
            # The same rows standing reads (workers, certificates, records), summed in one query.
            store.conn.execute(
                "SELECT w.id, w.id_number, w.name, w.village_code, w.level, "
                "max(c.registration_date), total(r.hours_credited) FROM workers w "
                "JOIN certificates c ON c.worker_id = w.id AND c.deleted = 0 "
                "LEFT JOIN training_records r ON r.worker_id = w.id AND r.deleted = 0 "
                "WHERE w.deleted = 0 AND w.status = '在岗' GROUP BY w.id"
            ).fetchall()

        result: list[training.WorkerStanding] = []

        def ours() -> None:
            result[:] = training.standings(store, at, settings)

        floor()  # warm the page cache for both
        t_floor = best_of(floor, repeat)
        t_same = best_of(floor_same_rows, repeat)
        t_ours = best_of(ours, repeat)
    counts: dict[str, int] = {}
    for w in result:
        counts[w.standing.status] = counts.get(w.standing.status, 0) + 1
    return {
        "workers": len(result),
        "records": n_rows,
        "states": counts,
        "floor_a": t_floor,
        "floor_b": t_same,
        "ours": t_ours,
    }


def report(m: dict[str, Any]) -> None:
    print(f"workers with a certificate: {m['workers']}, training records: {m['records']}")
    print(f"states: {m['states']}")
    print(f"floor A, SQL aggregate of the records alone: {m['floor_a'] * 1000:.0f} ms")
    print(f"floor B, SQL aggregate of workers+certificates+records: {m['floor_b'] * 1000:.0f} ms")
    print(f"standings (all rules, names, sorted): {m['ours'] * 1000:.0f} ms")
    print(
        f"ratio vs A: {m['ours'] / m['floor_a']:.2f}x; vs B: {m['ours'] / m['floor_b']:.2f}x "
        "(goal <= 2x)"
    )


def run(n_workers: int = 100_000, per: int = 10) -> Any:
    """For bench/run.py: the data file is built once and cached in bench/out/."""
    from common import OUT, Result, log

    path = OUT / f"ce-{n_workers}x{per}-s7.db"
    if not path.exists():
        log(f"ce: building {n_workers} workers × {per} trainings (cached in {path.name}) …")
        OUT.mkdir(parents=True, exist_ok=True)
        build(path, n_workers, per)
    log("ce: standing of every worker …")
    m = measure(path)
    report(m)
    return Result(
        name=f"CE standing ({n_workers // 1000}k workers × {per})",
        value=m["ours"],
        floor=m["floor_b"],
        unit="s",
        goal_ratio=2.0,
        floor_label="one SQL aggregate over the same rows",
        notes=[f"vs the records-only aggregate: {m['ours'] / m['floor_a']:.1f}×"],
    )


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--workers", type=int, default=100_000)
    ap.add_argument("--per", type=int, default=10)
    ap.add_argument("--db", help="reuse (or make) this data file")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--day-count", choices=ce.DAY_COUNTS, help="count days (hours ÷ N or dates)")
    args = ap.parse_args()
    tmp = None
    if args.db:
        path = Path(args.db)
    else:
        tmp = tempfile.TemporaryDirectory()
        path = Path(tmp.name) / "bench_ce.db"
    if not path.exists():
        t = time.perf_counter()
        build(path, args.workers, args.per)
        print(f"built {path} in {time.perf_counter() - t:.1f} s", file=sys.stderr)
    report(measure(path, args.repeat, args.day_count))
    if tmp:
        tmp.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
