"""How long SQLite's checks take on a county-size data file: ``quick_check`` (run after the
window's first paint and before a command's first write) and ``integrity_check`` (once a day and
before every backup), against the floor of reading every page of the file once.

    bash bench/run.sh integrity
"""

from __future__ import annotations

import sqlite3
import statistics
import time
from pathlib import Path

from common import Result, demo_file, log, working_copy

WORKERS = 30_000  # a county's mirror of its townships' workers
REPEAT = 5


def _timed(db: Path, sql: str) -> float:
    times = []
    for _ in range(REPEAT):
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        try:
            start = time.perf_counter()
            conn.execute(sql).fetchall()
            times.append(time.perf_counter() - start)
        finally:
            conn.close()
    return statistics.median(times)


def run() -> list[Result]:
    db = working_copy(demo_file(WORKERS), "integrity-county.db")
    size_mb = db.stat().st_size / 1e6
    log(f"integrity: {WORKERS} workers, {size_mb:.0f} MB, median of {REPEAT}")
    floor = _timed(db, "SELECT count(*) FROM (SELECT * FROM dbstat)")
    quick = _timed(db, "PRAGMA quick_check")
    full = _timed(db, "PRAGMA integrity_check")
    print(f"\n== integrity checks ({WORKERS} workers, {size_mb:.1f} MB) ==")
    print(f"read every page (dbstat): {floor * 1000:.0f} ms")
    print(f"quick_check:              {quick * 1000:.0f} ms")
    print(f"integrity_check:          {full * 1000:.0f} ms")
    return [
        Result("quick_check, county file", quick * 1000, floor * 1000, "ms",
               floor_label="read every page", notes=[f"{size_mb:.1f} MB"]),
        Result("integrity_check, county file", full * 1000, floor * 1000, "ms",
               floor_label="read every page", notes=[f"{size_mb:.1f} MB"]),
    ]  # fmt: skip
