"""Benchmark: an allowance payroll run of 100 000 workers × 1 month, and a 5 000-line 签领表.

A. The run: ``swdesk.store.allowances.compute_lines`` — every rule applied (status history
   turned into spans in post, certificates and their start month, registrations valid in the
   month, post types, the amount and the reason for anyone not paid) — against one SQL
   aggregate over the same rows (workers joined with their certificates and registrations,
   grouped per worker), which applies no rule at all. Goal ≤ 2×. The whole ``compute_run``
   (the same plus writing the 100 000 lines and the run in one transaction) is printed too.
B. The PDF: ``formats.payroll_pdf.signing_sheet_pdf`` of 5 000 lines against bare reportlab
   drawing the same strings at the same places, page for page, with the same embedded font.
   Goal ≤ 1.5×.

Run standalone:

    PYTHONPATH=. .venv/bin/python bench/bench_allowance.py [--workers 100000] [--lines 5000]

The data file is made with plain SQL inserts (sync columns filled, no audit): the thing
measured is the run, and 300 000 rows through the audited API would take minutes.
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

from swdesk.core.idnumber import make_id_number
from swdesk.store import allowances as store_al
from swdesk.store import open_store
from swdesk.store.unit import initialize

LEVELS = ("社工员", "助理社会工作师", "社会工作师", "高级社会工作师")
POSTS = ("社区专职工作者", "村（社区）“两委”成员", "社工站驻站社工")
NOW = "2026-01-01T00:00:00.000000Z"
MONTH = date(2026, 3, 1)


def build(path: Path, n_workers: int, seed: int = 7) -> None:
    rnd = random.Random(seed)
    with open_store(path, daily_backup=False) as store:
        initialize(store, "township", "510104001", "基准测试街道")
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("BEGIN")
    sync = (NOW, NOW, "510104001", 1, 0, 1)
    villages = [
        (str(uuid.uuid4()), *sync, f"510104001{i:03d}", f"第{i}社区", "urban") for i in range(1, 41)
    ]
    conn.executemany(
        "INSERT INTO villages (id, created_at, updated_at, origin, version, deleted, rev, code, "
        "name, kind) VALUES (?,?,?,?,?,?,?,?,?,?)",
        villages,
    )
    w_rows, c_rows, r_rows, h_rows = [], [], [], []
    base = date(2015, 1, 1)
    for i in range(n_workers):
        wid = str(uuid.uuid4())
        born = date(1960, 1, 1) + timedelta(days=rnd.randrange(14000))
        level = rnd.choice(LEVELS)
        status = "在岗" if rnd.random() < 0.95 else "离岗"
        w_rows.append(
            (
                wid,
                *sync,
                make_id_number("510104", born, i % 999 + 1) + str(i),
                f"社工{i}",
                "男",
                born.isoformat(),
                rnd.choice(villages)[8],
                rnd.choice(POSTS),
                status,
                level,
            )
        )
        if status != "在岗":
            left = date(2025, 1, 1) + timedelta(days=rnd.randrange(500))
            h_rows.append(
                (str(uuid.uuid4()), *sync, wid, "status", "在岗", status, left.isoformat())
            )
        obtained = base + timedelta(days=rnd.randrange(4000))
        cid = str(uuid.uuid4())
        c_rows.append((cid, *sync, wid, level, obtained.isoformat(), None))
        if rnd.random() < 0.9:
            start = obtained + timedelta(days=30 + 3 * 365 * rnd.randrange(0, 3))
            r_rows.append(
                (
                    str(uuid.uuid4()),
                    *sync,
                    wid,
                    cid,
                    level,
                    "首次登记",
                    start.isoformat(),
                    (start + timedelta(days=3 * 365)).isoformat(),
                    "已出证",
                )
            )
    conn.executemany(
        "INSERT INTO workers (id, created_at, updated_at, origin, version, deleted, rev, "
        "id_number, name, gender, birth_date, village_code, post_type, status, level) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        w_rows,
    )
    conn.executemany(
        "INSERT INTO worker_history (id, created_at, updated_at, origin, version, deleted, rev, "
        "worker_id, kind, old_value, new_value, on_date) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        h_rows,
    )
    conn.executemany(
        "INSERT INTO certificates (id, created_at, updated_at, origin, version, deleted, rev, "
        "worker_id, level, obtained_date, registration_date) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        c_rows,
    )
    conn.executemany(
        "INSERT INTO registrations (id, created_at, updated_at, origin, version, deleted, rev, "
        "worker_id, certificate_id, level, kind, valid_from, valid_until, state) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        r_rows,
    )
    conn.execute("COMMIT")
    conn.execute("ANALYZE")
    conn.close()


def measure_run(path: Path, repeat: int = 3) -> dict[str, Any]:
    with open_store(path, daily_backup=False) as store:
        store_al.use_preset(store, "ningxia")
        rule = store_al.rules(store)
        months = [MONTH]

        def floor() -> None:
            store.conn.execute(
                "SELECT w.id, w.id_number, w.name, w.village_code, w.post_type, w.status, "
                "max(c.level), max(c.obtained_date), max(r.valid_from), max(r.valid_until), "
                "max(r.state), count(h.id) FROM workers w "
                "LEFT JOIN certificates c ON c.worker_id = w.id AND c.deleted = 0 "
                "LEFT JOIN registrations r ON r.worker_id = w.id AND r.deleted = 0 "
                "LEFT JOIN worker_history h ON h.worker_id = w.id AND h.deleted = 0 "
                "WHERE w.deleted = 0 GROUP BY w.id"
            ).fetchall()

        rows: list[tuple[Any, ...]] = []

        def ours() -> None:
            rows[:] = store_al.compute_lines(store, None, months, rule)

        floor()
        t_floor = best_of(floor, repeat)
        t_ours = best_of(ours, repeat)
        started = time.perf_counter()
        done = store_al.compute_run(store, MONTH)
        t_write = time.perf_counter() - started
    paid = sum(1 for r in rows if r[10])
    return {
        "lines": len(rows),
        "paid": paid,
        "total": done.total,
        "floor": t_floor,
        "ours": t_ours,
        "run": t_write,
    }


def _payroll(n: int) -> Any:
    from swdesk.formats.payroll import Payroll, PayrollLine

    rnd = random.Random(3)
    lines = tuple(
        PayrollLine(
            village=f"第{i % 40 + 1}社区",
            name=f"社工{i}",
            id_number=make_id_number("510104", date(1980, 1, 1) + timedelta(days=i), i % 999 + 1),
            level=rnd.choice(LEVELS[1:]),
            months="1",
            rate=30000,
            amount=30000,
        )
        for i in range(n)
    )
    return Payroll(
        "基准测试街道", "2026-03", "已审核", "社区“两委”成员工作报酬", "", lines, "", True
    )


def _bare(p: Any) -> bytes:
    """Bare reportlab: the same strings at the same places, page by page, no layout logic."""
    import io

    from reportlab.pdfgen.canvas import Canvas

    from swdesk.formats import payroll_pdf as pp
    from swdesk.formats.fonts import register_reportlab_font

    font = register_reportlab_font()
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=pp.A4)
    per_page = int((pp.PAGE_H - 2 * pp.MARGIN - 40 * pp.mm) // pp.ROW_H)
    xs = []
    x = pp.MARGIN
    for _, w, _ in pp.SIGN_COLUMNS:
        xs.append(x)
        x += w * pp.mm
    for start in range(0, len(p.lines), per_page):
        c.setFont(font, 14)
        c.drawCentredString(pp.PAGE_W / 2, pp.PAGE_H - pp.MARGIN, f"{p.unit}职业津贴签领表")
        c.setFont(font, pp.FONT_SIZE)
        y = pp.PAGE_H - pp.MARGIN - 20 * pp.mm
        for title, x0 in zip((t for t, _, _ in pp.SIGN_COLUMNS), xs, strict=True):
            c.drawString(x0 + 2, y, title)
        for i, line in enumerate(p.lines[start : start + per_page], start=start + 1):
            y -= pp.ROW_H
            cells = pp._cells(i, line, True, False)  # the strings the sheet draws, IDs masked
            for cell, x0 in zip(cells, xs, strict=True):
                c.drawString(x0 + 2, y, cell)
            c.line(pp.MARGIN, y - 2, pp.PAGE_W - pp.MARGIN, y - 2)
        c.showPage()
    c.save()
    return buf.getvalue()


def measure_pdf(n: int, repeat: int = 3) -> dict[str, Any]:
    from swdesk.formats.payroll_pdf import signing_sheet_pdf

    p = _payroll(n)
    signing_sheet_pdf(p)  # font registered, modules warm
    _bare(p)
    sizes: dict[str, int] = {}

    def ours() -> None:
        sizes["ours_bytes"] = len(signing_sheet_pdf(p))

    def bare() -> None:
        sizes["bare_bytes"] = len(_bare(p))

    return {"ours": best_of(ours, repeat), "bare": best_of(bare, repeat), **sizes}


def report(m: dict[str, Any], pdf: dict[str, Any]) -> None:
    print(f"run lines: {m['lines']}, paid: {m['paid']}, total {m['total'] / 100:.2f} yuan")
    print(
        f"floor, one SQL aggregate of workers+certificates+registrations+history: {m['floor'] * 1000:.0f} ms"
    )
    print(
        f"compute_lines (all rules, reasons): {m['ours'] * 1000:.0f} ms "
        f"— ratio {m['ours'] / m['floor']:.2f}x (goal <= 2x)"
    )
    print(f"compute_run (the same, plus writing the lines and the run): {m['run'] * 1000:.0f} ms")
    print(
        f"签领表 PDF: {pdf['ours'] * 1000:.0f} ms ({pdf['ours_bytes']} bytes); bare reportlab: "
        f"{pdf['bare'] * 1000:.0f} ms ({pdf['bare_bytes']} bytes) — ratio "
        f"{pdf['ours'] / pdf['bare']:.2f}x (goal <= 1.5x)"
    )


def run(n_workers: int = 100_000, n_lines: int = 5000) -> list[Any]:
    """For bench/run.py: the data file is built once and cached in bench/out/."""
    import shutil

    from common import OUT, Result, log

    path = OUT / f"allowance-{n_workers}-s7.db"
    if not path.exists():
        log(f"allowance: building {n_workers} workers (cached in {path.name}) …")
        OUT.mkdir(parents=True, exist_ok=True)
        build(path, n_workers)
    with open_store(path, daily_backup=False):
        pass  # a file cached by an older version is upgraded once here, not in every run
    work = OUT / "work" / path.name
    work.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(path, work)  # compute_run writes: the cached file stays as built
    log("allowance: a run of every worker for one month …")
    m = measure_run(work)
    log(f"allowance: a {n_lines}-line 签领表 …")
    pdf = measure_pdf(n_lines)
    report(m, pdf)
    return [
        Result(
            name=f"allowance run ({n_workers // 1000}k workers × 1 month)",
            value=m["ours"],
            floor=m["floor"],
            unit="s",
            goal_ratio=2.0,
            floor_label="one SQL aggregate over the same rows",
            notes=[f"with writing the lines: {m['run']:.2f} s"],
        ),
        Result(
            name=f"签领表 PDF ({n_lines} lines)",
            value=pdf["ours"],
            floor=pdf["bare"],
            unit="s",
            goal_ratio=1.5,
            floor_label="bare reportlab, same strings",
        ),
    ]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--workers", type=int, default=100_000)
    ap.add_argument("--lines", type=int, default=5000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "allowance.db"
        build(path, args.workers)
        m = measure_run(path, args.repeat)
    report(m, measure_pdf(args.lines, args.repeat))
    return 0


if __name__ == "__main__":
    sys.exit(main())
