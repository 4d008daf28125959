"""Importing a 10k-row roster vs openpyxl merely reading the same file.

The roster is swdesk's own export of a 10k-worker demo file (``roster.export_roster``), so
every row is valid and the import really writes 10k workers with their certificates.

Subject: ``roster.plan_import(store, xlsx)`` + ``roster.apply_import(store, plan)`` — what the
import wizard and ``swdesk workers import`` run — into a fresh data file set up as the same
township with the same villages (the setup is not timed; every repetition gets a new file).

Floor: ``openpyxl.load_workbook(xlsx, read_only=True)`` iterating every row with
``values_only=True``: the least any importer of that file must spend just reading it.
"""

from __future__ import annotations

import hashlib
import statistics
import time
from pathlib import Path
from typing import Any

from common import OUT, ROOT, TOWNSHIP_CODE, TOWNSHIP_NAME, Result, demo_file, log, table

from swdesk.store import open_store, villages, workers
from swdesk.store.unit import initialize

WORKERS = 10_000
REPEAT = 3


def roster_file(source: Path) -> Path:
    """The export of ``source``; cached, keyed on the data file and the roster code."""
    from swdesk.services import roster

    h = hashlib.sha256(source.name.encode())
    for rel in ("swdesk/services/roster.py", "swdesk/formats/roster_write.py"):
        p = ROOT / rel
        h.update(p.read_bytes() if p.exists() else b"-")
    path = OUT / f"roster-{WORKERS}-{h.hexdigest()[:12]}.xlsx"
    if path.exists():
        return path
    for old in OUT.glob(f"roster-{WORKERS}-*.xlsx"):
        old.unlink()
    log(f"exporting a {WORKERS}-row roster with roster.export_roster (once; cached)…")
    store = open_store(source, daily_backup=False)
    try:
        part = path.with_name("building-" + path.name)
        n = roster.export_roster(store, part)
    finally:
        store.close()
    if n != WORKERS:
        raise RuntimeError(f"export wrote {n} workers, expected {WORKERS}")
    part.replace(path)
    return path


def _source_villages(source: Path) -> list[dict[str, Any]]:
    store = open_store(source, daily_backup=False)
    try:
        return villages.list_all(store)
    finally:
        store.close()


def fresh_store(path: Path, village_rows: list[dict[str, Any]]) -> Any:
    """A new data file: the same township, the same villages, no workers."""
    for p in path.parent.glob(path.name + "*"):
        p.unlink()
    store = open_store(path, daily_backup=False)
    initialize(store, "township", TOWNSHIP_CODE, TOWNSHIP_NAME)
    for v in village_rows:
        villages.add(store, v["code"], v["name"], v["kind"])
    return store


def read_floor(xlsx: Path) -> int:
    from openpyxl import load_workbook

    wb = load_workbook(xlsx, read_only=True)
    n = 0
    for ws in wb.worksheets:
        for _row in ws.iter_rows(values_only=True):
            n += 1
    wb.close()
    return n


def import_once(xlsx: Path, village_rows: list[dict[str, Any]], n: int) -> tuple[float, Any]:
    from swdesk.services import roster

    work = OUT / "work"
    work.mkdir(parents=True, exist_ok=True)
    store = fresh_store(work / f"import-{n}.db", village_rows)
    try:
        t0 = time.perf_counter()
        plan = roster.plan_import(store, xlsx)
        outcome = roster.apply_import(store, plan)
        elapsed = time.perf_counter() - t0
        if plan.errors:
            raise RuntimeError(f"the exported roster did not import cleanly: {plan.summary()}")
        imported = workers.count(store)
        if imported != WORKERS:
            raise RuntimeError(f"import left {imported} workers, expected {WORKERS}")
        return elapsed, outcome
    finally:
        store.close()
        for p in work.glob(f"import-{n}.db*"):
            p.unlink()


def run() -> Result:
    source = demo_file(WORKERS)
    xlsx = roster_file(source)
    village_rows = _source_villages(source)
    log(f"import: {WORKERS}-row roster, {REPEAT} repetitions each side (+1 warm-up read)")
    rows_read = read_floor(xlsx)  # warm-up: file in the OS cache, openpyxl imported
    floor_t, subject_t = [], []
    outcome: Any = None
    for i in range(REPEAT):
        t0 = time.perf_counter()
        read_floor(xlsx)
        floor_t.append(time.perf_counter() - t0)
        elapsed, outcome = import_once(xlsx, village_rows, i)
        subject_t.append(elapsed)
    floor_med = statistics.median(floor_t)
    subject_med = statistics.median(subject_t)
    print(f"\n== roster import, {WORKERS} rows, {xlsx.stat().st_size / 1e6:.1f} MB xlsx (s) ==")
    table(
        ("side", "median", "min", "max"),
        [
            (
                f"openpyxl read_only read ({rows_read} rows)",
                f"{floor_med:.2f}",
                f"{min(floor_t):.2f}",
                f"{max(floor_t):.2f}",
            ),
            (
                "swdesk plan_import + apply_import",
                f"{subject_med:.2f}",
                f"{min(subject_t):.2f}",
                f"{max(subject_t):.2f}",
            ),
        ],
    )
    summary = outcome.summary() if hasattr(outcome, "summary") else str(outcome)
    return Result(
        name=f"roster import, {WORKERS // 1000}k rows",
        value=subject_med * 1000,
        floor=floor_med * 1000,
        unit="ms",
        goal_ratio=1.5,
        floor_label="openpyxl read-only read",
        notes=[f"last import: {summary}"],
    )


if __name__ == "__main__":
    from common import print_table

    print_table([run()])
