"""Benchmark: a county-sized exam year — listing registrations with outcomes, importing results.

Two measurements, each against a floor measured in the same run:

1. ``exams.registrations(store, year)`` (results of the rolling window, pass lines per year,
   outcomes, fees) for N registrations against floor A: one SQL query returning the same
   registrations joined with their workers, results and fees, no rule applied.
   Goal ≤ 4×.
2. ``exam_import.import_results`` of one result per subject for those registrations (each
   score checked, written through the audited API, proposals kept in step) against floor B:
   a bare python-calamine read of the same sheet (the reader swdesk uses), nothing judged or
   written. Goal ≤ 3×. Beside it, with no goal, the import's storage floor
   (``storage_floor``): the rows the import changed, written again into the file as it was
   before the import with plain ``executemany``, nothing checked — what SQLite alone costs for
   what the import must keep.

Run standalone (2 years of 中级 history make the rolling window do real work):

    PYTHONPATH=. .venv/bin/python bench/bench_exam.py [--registrations 5000] [--db FILE]
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import tempfile
import time
import uuid
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from common import best_of
from openpyxl import Workbook, load_workbook
from python_calamine import CalamineWorkbook
from storage_floor import changes, write_seconds
from storage_floor import summary as changes_summary

from swdesk.core.idnumber import make_id_number
from swdesk.services import exam_import
from swdesk.store import exams, open_store
from swdesk.store.unit import initialize

NOW = "2026-01-01T00:00:00.000000Z"
C2, P2, L2 = "社会工作综合能力（中级）", "社会工作实务（中级）", "社会工作法规与政策"
C1, P1 = "社会工作综合能力（初级）", "社会工作实务（初级）"


def build(path: Path, n: int, seed: int = 7) -> None:
    """N workers: half sit 初级 in 2024, half 中级 in 2023 and again in 2024 (re-sits)."""
    rnd = random.Random(seed)
    with open_store(path, daily_backup=False) as store:
        initialize(store, "county", "510104", "基准测试区")
        for y in (2023, 2024):
            exams.save_year(store, y)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("BEGIN")
    sync = (NOW, NOW, "510104", 1, 0, 1)
    w_rows, g_rows, x_rows, f_rows = [], [], [], []
    for i in range(n):
        wid = str(uuid.uuid4())
        born = date(1965, 1, 1) + timedelta(days=rnd.randrange(12000))
        w_rows.append(
            (
                wid,
                *sync,
                make_id_number("510104", born, i % 999 + 1),
                f"考生{i}",
                "男",
                born.isoformat(),
                f"ks{i}",
            )
        )
        if i % 2:
            g_rows.append(
                (reg := str(uuid.uuid4()), *sync, wid, 2024, "初级", f'["{C1}", "{P1}"]', "已缴费")
            )
            f_rows.append((str(uuid.uuid4()), *sync, reg, "报名费", 120.0))
            continue
        old = str(uuid.uuid4())
        g_rows.append((old, *sync, wid, 2023, "中级", f'["{C2}", "{P2}", "{L2}"]', "已参考"))
        passed = []
        for s in (C2, P2, L2):
            score = float(rnd.randrange(40, 90))
            x_rows.append((str(uuid.uuid4()), *sync, old, s, score))
            if score >= 60:
                passed.append(s)
        need = [s for s in (C2, P2, L2) if s not in passed] or [C2]
        reg = str(uuid.uuid4())
        subjects = ", ".join(f'"{s}"' for s in need)
        g_rows.append((reg, *sync, wid, 2024, "中级", f"[{subjects}]", "已缴费"))
        f_rows.append((str(uuid.uuid4()), *sync, reg, "报名费", 60.0 * len(need)))
    cols = "id, created_at, updated_at, origin, version, deleted, rev"
    conn.executemany(
        f"INSERT INTO workers ({cols}, id_number, name, gender, birth_date, name_pinyin) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        w_rows,
    )
    conn.executemany(
        f"INSERT INTO exam_registrations ({cols}, worker_id, year, level, subjects, state) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        g_rows,
    )
    conn.executemany(
        f"INSERT INTO exam_results ({cols}, registration_id, subject, score) "
        "VALUES (?,?,?,?,?,?,?,?,?,?)",
        x_rows,
    )
    conn.executemany(
        f"INSERT INTO exam_fees ({cols}, registration_id, item, amount) "
        "VALUES (?,?,?,?,?,?,?,?,?,?)",
        f_rows,
    )
    conn.execute("COMMIT")
    conn.close()


def floor_query(conn: sqlite3.Connection, year: int) -> int:
    rows = conn.execute(
        "SELECT g.*, w.name, w.id_number, x.subject, x.score, f.item, f.amount "
        "FROM exam_registrations g JOIN workers w ON w.id = g.worker_id "
        "LEFT JOIN exam_registrations h ON h.worker_id = g.worker_id AND h.deleted = 0 "
        "LEFT JOIN exam_results x ON x.registration_id = h.id AND x.deleted = 0 "
        "LEFT JOIN exam_fees f ON f.registration_id = g.id AND f.deleted = 0 "
        "WHERE g.year = ? AND g.deleted = 0",
        (year,),
    ).fetchall()
    return len(rows)


def measure(n: int = 5000, db: Path | None = None) -> dict[str, Any]:
    """Both measurements on a data file of ``n`` workers (built in a temporary folder)."""
    out: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        path = db if db is not None else Path(tmp) / "exam.db"
        if not path.exists():
            t = time.perf_counter()
            build(path, n)
            print(f"built {n} workers in {time.perf_counter() - t:.1f} s", file=sys.stderr)
        with open_store(path, daily_backup=False) as store:
            views: list[exams.RegistrationView] = []

            def listing() -> None:
                views[:] = exams.registrations(store, 2024)

            out["list"] = best_of(listing)
            out["list_floor"] = best_of(lambda: floor_query(store.conn, 2024))
            out["registrations"] = len(views)
            sheet = Path(tmp) / "results.xlsx"
            wb = Workbook()
            ws = wb.active
            ws.append(["身份证号", "科目", "成绩"])
            rnd = random.Random(3)
            for v in views:
                for s in v.subjects:
                    ws.append([v.id_number, s.name, rnd.randrange(30, 95)])
            wb.save(sheet)
            out["rows"] = ws.max_row - 1

            def read_floor() -> None:
                book = CalamineWorkbook.from_path(str(sheet))
                book.get_sheet_by_index(0).to_python()
                book.close()

            def openpyxl_read() -> None:
                book = load_workbook(sheet, read_only=True, data_only=True)
                list(book.active.iter_rows(values_only=True))
                book.close()

            out["import_floor"] = best_of(read_floor)
            c = time.process_time()
            read_floor()
            out["import_floor_cpu"] = time.process_time() - c
            out["openpyxl_read"] = best_of(openpyxl_read)
            before, after = Path(tmp) / "before.db", Path(tmp) / "after.db"
            _copy(store.conn, before)
            t, c = time.perf_counter(), time.process_time()
            out["imported"] = exam_import.import_results(store, 2024, sheet)
            out["import"] = time.perf_counter() - t
            out["import_cpu"] = time.process_time() - c
            _copy(store.conn, after)
            stored = changes(before, after)
            out["storage"] = best_of(lambda: write_seconds(before, stored, Path(tmp) / "w.db"))
            out["stored"] = changes_summary(stored)
            out["proposals"] = exams.counts(store, 2024).proposals
    return out


def _copy(conn: sqlite3.Connection, path: Path) -> None:
    """A consistent copy of the open data file (SQLite's backup), untimed."""
    target = sqlite3.connect(path)
    try:
        conn.backup(target)
    finally:
        target.close()


def report(m: dict[str, Any]) -> None:
    print(
        f"list {m['registrations']:.0f} registrations with outcomes: {m['list'] * 1000:.0f} ms, "
        f"floor A (one SQL join) {m['list_floor'] * 1000:.0f} ms, "
        f"ratio {m['list'] / m['list_floor']:.1f}× (goal ≤ 4×)"
    )
    print(
        f"import {m['imported']:.0f} results ({m['rows']:.0f} rows, "
        f"{m['proposals']:.0f} certificates proposed): {m['import']:.2f} s, "
        f"floor B (bare calamine read) {m['import_floor']:.2f} s, "
        f"ratio {m['import'] / m['import_floor']:.1f}× (goal ≤ 3×); "
        f"openpyxl read-only read {m['openpyxl_read']:.2f} s for reference"
    )


def run(n: int = 5000) -> list[Any]:
    """For bench/run.py: the two measurements as rows of the summary table."""
    from common import Result, log

    log(f"exam: {n} workers, listing a year and importing its results …")
    m = measure(n)
    report(m)
    return [
        Result(
            name=f"exam year list ({m['registrations']:.0f} registrations)",
            value=m["list"],
            floor=m["list_floor"],
            unit="s",
            goal_ratio=4,
            floor_label="one SQL join, no rules",
        ),
        Result(
            name=f"exam results import ({m['rows']:.0f} rows)",
            value=m["import"],
            floor=m["import_floor"],
            unit="s",
            goal_ratio=3,
            floor_label="bare calamine read",
            notes=[
                f"CPU time (no goal): {m['import_cpu']:.2f} s against "
                f"{m['import_floor_cpu']:.3f} s = {m['import_cpu'] / m['import_floor_cpu']:.1f}×"
            ],
        ),
        Result(
            name="  its stored rows alone (executemany, no checks)",
            value=m["storage"],
            floor=m["import_floor"],
            unit="s",
            floor_label="bare calamine read",
            notes=[
                f"rows written: {m['stored']}",
                f"read + storing alone: {(m['import_floor'] + m['storage']) / m['import_floor']:.2f}"
                "× the read (no goal; the import's own goal is ≤ 3×)",
            ],
        ),
    ]


def main(argv: list[str]) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--registrations", type=int, default=5000)
    p.add_argument("--db")
    args = p.parse_args(argv)
    report(measure(args.registrations, Path(args.db) if args.db else None))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
