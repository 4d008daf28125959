"""County scale: 30 townships × 3,000 workers × 30 training-hour records each, with exams,
appraisals, an allowance run and the workforce indicators' data, merged into one county.

Township 1 is made through swdesk's own API (``services.demo.fill`` for the workers, their
certificates, registrations, posts and stations; sign-in sheets through ``training.attend``;
an exam year with sign-ups and scores; an appraisal round with a few sheets signed; one
month's allowance run). The other townships are copies of its file rewritten row by row to
their own (``_derive``: new UUIDs, ID numbers, surnames, township code and name, village
names but five), so each has its own people, villages, units and keys, and the same mix of
rows; made that way, 30 × 3,000 take minutes rather than over an hour. Each township enrolls,
takes its county's first receipt (so it writes the newest package format, as bench_sync's
does) and exports its first package through the real export; then 2% of its workers and 2%
of its hour records change and it exports a second package. Everything is built once, two
townships at a time, and cached in ``bench/out/county-<parameters>-<sources>/`` (the county
file before any import, the 30 + 30 packages); every run imports them into a fresh copy.

Lines of the summary:

- First import of all 30 packages (``swdesk sync import`` in a fresh process, the real
  command) against a raw ``executemany`` INSERT of the same rows into an empty file of the
  same schema, one transaction per package — goal ≤ 2× (the merge-at-insert-speed goal, at
  county scale). Its peak RSS (the whole process) — goal ≤ 400 MB.
- The round of 30 incremental packages (2% changed) — no goal; the first import for scale.
- County-wide search, the worker list's own search (``store.workers.search_rowids``) over
  every township's workers — goal: slowest query ≤ 50 ms; floor: the same search as one
  indexed statement (bench_search's floor).
- County indicators, ``services.indicators.build_report`` over the whole county — no goal;
  floor: one SQL GROUP BY of the certified in post per village.
- County start-up to the first painted worker list, fresh processes (bench_startup's method)
  — goal ≤ 1.5× the bare PySide6 window; its peak RSS — goal ≤ 400 MB.

    PYTHONPATH=. .venv/bin/python bench/bench_county.py [--small] [--towns N --workers N --hours N]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from common import BENCH, OUT, PYTHON, Result, _data_key, child_env, log, table

COUNTY_CODE = "510411"
COUNTY_NAME = "基准县"
TODAY = date(2026, 6, 30)
RSS_GOAL_MB = 400.0
PASSPHRASE = "bench-county-keys"  # the county's keys are kept under it, as a clerk's are


@dataclass(frozen=True)
class Scale:
    towns: int = 30
    workers: int = 3000
    hours: int = 30  # training-hour records per worker
    change: float = 0.02  # share of workers and of hour records changed for the second round
    # Fresh GUI processes per side for the start-up line: as many as bench_startup's REPEAT,
    # for the same reason (with 5, the ratio moved by a fifth between runs).
    repeat: int = 15
    procs: int = 2  # worker processes building the townships

    @property
    def key(self) -> str:
        return f"{self.towns}x{self.workers}x{self.hours}-c{self.change:g}"


SMALL = Scale(towns=3, workers=40, hours=3, repeat=1)


def town_code(i: int) -> str:
    return f"{COUNTY_CODE}{101 + i:03d}"


# -- building (once, cached) ------------------------------------------------------------------
def _township(t: Any, i: int, s: Scale) -> None:
    """Fill one township through swdesk's API: workers, hours, exams, appraisals, allowances."""
    from swdesk.services import demo
    from swdesk.store import allowances, appraisals, exams, training

    rng = random.Random(1000 + i)
    demo.fill(t, s.workers, seed=i + 1, today=TODAY)
    ids = [r[0] for r in t.conn.execute("SELECT id FROM workers WHERE deleted = 0 ORDER BY rowid")]
    for e in range(s.hours):  # one event per hour record, everyone signed in
        day = f"2025-{1 + e % 12:02d}-{1 + e % 28:02d}"
        ev = training.add_event(
            t,
            {
                "title": f"第{e + 1}期培训",
                "start_date": day,
                "end_date": day,
                "hours": rng.choice((3, 6, 12)),
                "mode": "面授",
            },
        )
        training.attend(t, ev, ids)
    exams.save_year(t, 2025, {"fee_per_subject": 50})
    fresh = [
        r[0]
        for r in t.conn.execute(
            "SELECT id FROM workers w WHERE deleted = 0 AND NOT EXISTS (SELECT 1 FROM "
            "certificates c WHERE c.worker_id = w.id) LIMIT ?",
            (max(1, s.workers // 10),),
        )
    ]
    for n, rid in enumerate(exams.register_many(t, 2025, fresh, "初级")):
        if n % 2 == 0:
            view = exams.registration(t, rid)
            exams.set_score(t, rid, view.subjects[0].name, rng.randrange(40, 100))
    appraisals.create_round(t, 2025)
    rnd = appraisals.round_for_year(t, 2025)
    assert rnd is not None
    for a in t.query(
        "SELECT id FROM appraisals WHERE round_id = ? AND state = 'draft' LIMIT ?",
        (rnd["id"], max(1, s.workers // 100)),
    ):
        for item in appraisals.sheet(t, a["id"]).template.items:
            appraisals.set_score(t, a["id"], item.name, rng.randrange(int(item.max) + 1))
        appraisals.finalize(t, a["id"])
        appraisals.sign(t, a["id"])
    allowances.use_preset(t, next(iter(allowances.presets())))
    allowances.compute_run(t, date(2026, 3, 1))


def _changes(t: Any, i: int, s: Scale) -> None:
    """2% of the workers get a new phone number, 2% of the hour records fewer hours."""
    from swdesk.store import records

    rng = random.Random(2000 + i)
    wids = [r[0] for r in t.conn.execute("SELECT id FROM workers WHERE deleted = 0")]
    for wid in rng.sample(wids, max(1, int(len(wids) * s.change))):
        records.update(t, "workers", wid, {"phone": f"139{rng.randrange(10**8):08d}"})
    recs = [r[0] for r in t.conn.execute("SELECT id FROM training_records WHERE deleted = 0")]
    picked = rng.sample(recs, max(1, int(len(recs) * s.change)))
    records.update_many(t, "training_records", [(rid, {"hours_credited": 1.0}) for rid in picked])


# -- the other townships: the first one's rows under new names, keys and codes ---------------
# A township made through the services takes minutes at 3,000 workers (the sign-in sheets,
# the exam, appraisal and allowance steps); 30 of them over an hour. So township 1 is made
# that way and the others are copies of its file made before it enrolled, every row rewritten
# to another township's: new UUIDs (each one's first 8 hex digits moved on, so no two
# townships share a row), the township's code and name (every row's origin, village codes,
# unit codes), new ID numbers (the 3-digit sequence moved on, gender digit parity kept, none
# character recomputed), other surnames, and the villages' names except SHARED_VILLAGES of
# them, which every township has (villages of one name in several townships, as the demo
# makes them). Each copy then enrolls with its own keys, is exported by the real export,
# changes and exports again, as township 1 does.
UUID = re.compile(r"[0-9a-f]{8}(?=-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})")
ID_NUMBER = re.compile(r"(?<![0-9])[0-9]{17}[0-9X](?![0-9])")
JSON_NAME = re.compile(r'"name": "([^"]*)"')
SHARED_VILLAGES = 5
VILLAGE_PREFIXES = "东西南北上下前后大小新老中"


def town_name(i: int) -> str:
    return f"基准{i + 1}镇"


def moved_id_numbers(template: list[str], i: int) -> dict[str, str]:
    """Township ``i``'s ID number for each of the template's: the 3-digit sequence moved on
    by 34 per township (even, so the sex it tells stays), and on by 2 more while the number
    is one an earlier township (or this one) already has; check character recomputed. Every
    township's numbers are worked out in order, so no two people of the county share one."""
    from swdesk.core.idnumber import check_char

    taken = set(template)
    moved = dict(zip(template, template, strict=True))
    for town in range(1, i + 1):
        moved = {}
        for old in template:
            seq = (int(old[14:17]) + 34 * town) % 1000
            while (first17 := f"{old[:14]}{seq:03d}") + check_char(first17) in taken:
                seq = (seq + 2) % 1000
            moved[old] = new = first17 + check_char(first17)
            taken.add(new)
    return moved


class Rename:
    """What township ``i`` writes where the template township (township 0) wrote its own."""

    def __init__(self, i: int, village_names: list[str]) -> None:
        from swdesk.services.demo import SURNAMES, VILLAGE_NAMES

        self.i = i
        self.src_code, self.code = town_code(0), town_code(i)
        self.src_name, self.name = town_name(0), town_name(i)
        self.surnames = {c: SURNAMES[(k + 7 * i) % len(SURNAMES)] for k, c in enumerate(SURNAMES)}
        pool = [p + v for p in VILLAGE_PREFIXES for v in VILLAGE_NAMES]
        renamed = village_names[SHARED_VILLAGES:]
        self.villages = {
            old: pool[(i * len(renamed) + k) % len(pool)] for k, old in enumerate(renamed)
        }
        self._village = re.compile("|".join(map(re.escape, self.villages))) if renamed else None
        self.people: set[str] = set()  # the template's workers' names
        self.id_numbers: dict[str, str] = {}  # the template's → this township's

    def uuid(self, m: re.Match[str]) -> str:
        return f"{(int(m.group(0), 16) + 0x9E3779B1 * self.i) % 2**32:08x}"

    def id_number(self, m: re.Match[str]) -> str:
        return self.id_numbers.get(m.group(0), m.group(0))

    def person(self, name: str) -> str:
        return self.surnames.get(name[:1], name[:1]) + name[1:]

    def _json_name(self, m: re.Match[str]) -> str:
        got = m.group(1)
        return f'"name": "{self.person(got)}"' if got in self.people else m.group(0)

    def text(self, v: str) -> str:
        if v == self.src_code:  # every row's origin
            return self.code
        if len(v) == 36 and v[8] == v[13] == v[18] == v[23] == "-":  # a row's id or reference
            return UUID.sub(self.uuid, v)
        if self.src_code in v:
            v = v.replace(self.src_code, self.code)
        if len(v) >= 36:
            v = UUID.sub(self.uuid, v)
        if len(v) >= 18:
            v = ID_NUMBER.sub(self.id_number, v)
            if v[:1] in "[{":
                v = JSON_NAME.sub(self._json_name, v)
        if self.src_name in v:
            v = v.replace(self.src_name, self.name)
        if self._village is not None:
            v = self._village.sub(lambda m: self.villages[m.group(0)], v)
        return v

    def touches(self, column: tuple[Any, ...]) -> bool:
        """Whether any value of ``column`` holds something ``text`` rewrites (one scan)."""
        whole = "\0".join(v for v in column if isinstance(v, str))
        return bool(
            self.src_code in whole
            or self.src_name in whole
            or UUID.search(whole)
            or ID_NUMBER.search(whole)
            or (self._village is not None and self._village.search(whole))
            or JSON_NAME.search(whole)
        )


def _village_bases(t: Any) -> list[str]:
    """The template's village names without their 村/社区, in code order."""
    from swdesk.core import enums

    out = []
    for name in t.conn.execute("SELECT name FROM villages ORDER BY code").fetchall():
        base = name[0]
        for suffix in enums.VILLAGE_KIND_LABELS.values():
            base = base.removesuffix(suffix)
        out.append(base)
    return out


def _derive(template: Path, target: Path, i: int) -> None:
    """Copy the template township's file to ``target`` and rewrite every synced row (and the
    unit's code and name) to township ``i``'s; the worker search index is rebuilt."""
    from swdesk.core.names import pinyin_keys, sort_key
    from swdesk.store import open_store
    from swdesk.store.appraisal_lock import allow_locked_writes
    from swdesk.store.schema import SYNCED_TABLES
    from swdesk.store.workers import rebuild_search_index

    shutil.copyfile(template, target)
    with open_store(target, daily_backup=False) as t:
        conn = t.conn
        ren = Rename(i, _village_bases(t))
        ren.people = {r[0] for r in conn.execute("SELECT name FROM workers")}
        numbers = [r[0] for r in conn.execute("SELECT id_number FROM workers ORDER BY rowid")]
        ren.id_numbers = moved_id_numbers(numbers, i)
        conn.execute("PRAGMA foreign_keys = OFF")  # ids change table by table
        with allow_locked_writes(conn), t.atomic():
            for table in SYNCED_TABLES:
                cur = conn.execute(f"SELECT rowid, * FROM {table}")
                cols = [d[0] for d in cur.description][1:]
                rows = cur.fetchall()
                if not rows:
                    continue
                rowids, *values = zip(*rows, strict=True)
                # Only the columns holding something to rewrite are read through and written.
                new = {
                    c: [ren.text(v) if isinstance(v, str) else v for v in vals]
                    for c, vals in zip(cols, values, strict=True)
                    if ren.touches(vals)
                }
                if table == "workers":
                    names = [ren.person(n) for n in values[cols.index("name")]]
                    new["name"] = names
                    new["name_pinyin"] = [pinyin_keys(n)[1] for n in names]
                    new["name_sort"] = [sort_key(n) for n in names]
                    # A number moved on may meet one not yet moved: park them all first.
                    conn.execute("UPDATE workers SET id_number = 'x' || rowid")
                if new:
                    sets = ", ".join(f"{c} = ?" for c in new)
                    conn.executemany(
                        f"UPDATE {table} SET {sets} WHERE rowid = ?",
                        zip(*new.values(), rowids, strict=True),
                    )
            conn.execute("UPDATE meta SET value = ? WHERE key = 'unit_code'", (ren.code,))
            conn.execute("UPDATE meta SET value = ? WHERE key = 'unit_name'", (ren.name,))
        conn.execute("PRAGMA foreign_keys = ON")
    with open_store(target, daily_backup=False) as t:
        rebuild_search_index(t)


def cache_dir(s: Scale, out: Path = OUT) -> Path:
    """Named by the scale and a hash of the sources that shape the files (swdesk's data
    modules as for every demo file, and the builders here): stale files are never reused."""
    import inspect

    parts = [_township, _changes, Rename, moved_id_numbers, _village_bases, _derive, _send]
    parts += [_one_town, build]
    code = "".join(inspect.getsource(f) for f in parts)
    key = hashlib.sha256((_data_key() + PASSPHRASE + code).encode()).hexdigest()[:10]
    return out / f"county-{s.key}-{key}"


def _send(t: Any, i: int, s: Scale, enrollment: bytes, first_receipt: bytes, tmp: Path) -> None:
    """Enroll with the county's file, take its first receipt, export the first package;
    change 2% and export the second."""
    from swdesk.sync import enroll, package, receipt

    code = town_code(i)
    enroll.join(t, enrollment)
    # An upgraded county's first receipt (as bench_sync's township): the township writes the
    # newest package format the county reads, as every township does once it has heard back.
    receipt.load(t, first_receipt)
    package.export(t, tmp / "first" / f"{code}-1.swsync")
    _changes(t, i, s)
    package.export(t, tmp / "second" / f"{code}-2.swsync")


def _one_town(job: tuple[Path, int, Scale, bytes, bytes]) -> float:
    """Township ``i`` from the template (township 0 is the template itself), sent; its file
    removed. Runs in a worker process; returns the process time it took."""
    from swdesk.store import open_store

    tmp, i, s, enrollment, first_receipt = job
    t0 = time.process_time()
    path = tmp / f"town-{town_code(i)}.db"
    if i == 0:
        shutil.copyfile(tmp / "template.db", path)
    else:
        _derive(tmp / "template.db", path, i)
    with open_store(path, daily_backup=False) as t:
        _send(t, i, s, enrollment, first_receipt, tmp)
    for p in tmp.glob(f"{path.name}*"):
        p.unlink()
    return time.process_time() - t0


def build(s: Scale, out: Path = OUT) -> Path:
    """The county file (keys made, every township enrolled, nothing imported) and the
    packages ``first/*.swsync`` and ``second/*.swsync``; built once, then reused.

    Township 0 is made through the services (``_township``), the others rewritten from its
    file (``_derive``), ``s.procs`` of them at a time in worker processes."""
    import multiprocessing

    from swdesk.store import open_store
    from swdesk.store.unit import initialize
    from swdesk.sync import enroll, keys, receipt

    done = cache_dir(s, out)
    if (done / "county.db").exists():
        return done
    tmp = out / f"building-{done.name}"  # a run of other sources builds beside this one
    shutil.rmtree(tmp, ignore_errors=True)
    (tmp / "first").mkdir(parents=True)
    (tmp / "second").mkdir()
    log(f"county: building {s.towns} townships × {s.workers} workers × {s.hours} hours (once)…")
    t0, c0 = time.perf_counter(), time.process_time()
    with open_store(tmp / "template.db", daily_backup=False) as t:
        initialize(t, "township", town_code(0), town_name(0))
        _township(t, 0, s)
        t.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the copies take the file alone
    log(f"  township 1 made through the services ({time.perf_counter() - t0:.0f} s)")
    county = open_store(tmp / "county.db", daily_backup=False)
    initialize(county, "county", COUNTY_CODE, COUNTY_NAME)
    keys.create_county_keys(county, PASSPHRASE)
    jobs = []
    for i in range(s.towns):
        code = town_code(i)
        enrollment = enroll.enroll(county, code, town_name(i))
        jobs.append((tmp, i, s, enrollment, receipt.make(county, code)))
    county.close()
    cpu = time.process_time() - c0
    # Forked workers: each opens its own files; none touches the county's.
    with multiprocessing.get_context("fork").Pool(min(s.procs, s.towns)) as pool:
        for n, took in enumerate(pool.imap_unordered(_one_town, jobs), 1):
            cpu += took
            log(f"  township {n}/{s.towns} ({time.perf_counter() - t0:.0f} s)")
    log(f"  built in {time.perf_counter() - t0:.0f} s wall, {cpu:.0f} s CPU")
    for p in tmp.glob("template.db*"):
        p.unlink()
    for p in tmp.glob("*.db-*"):
        p.unlink()
    for p in tmp.glob("*.lock"):
        p.unlink()
    tmp.rename(done)
    shutil.rmtree(out / "backups", ignore_errors=True)
    # Older sources' files go only now: a run still importing them had the whole build's time.
    for old in out.glob(f"county-{s.key}-*"):
        if old != done:
            shutil.rmtree(old, ignore_errors=True)
    return done


# -- the import, in its own process (its peak RSS is the import's alone) ----------------------
def import_process(db: Path, paths: list[Path]) -> dict[str, Any]:
    """Import ``paths`` into ``db`` in a fresh process (this file's ``--import-child`` mode),
    so its peak RSS is the import's alone. Returns the process's wall time, the time of
    ``merge.import_files`` itself (``import_s``: what ``swdesk sync import`` runs once the keys
    are open), the peak RSS and the rows new to the county."""
    cmd = [PYTHON, str(Path(__file__)), "--import-child", str(db), *map(str, paths)]
    t0 = time.perf_counter()
    done = subprocess.run(cmd, env=child_env(), capture_output=True, text=True)
    took = time.perf_counter() - t0
    reports = [ln for ln in done.stdout.splitlines() if ln.startswith('{"rss_mb"')]
    if done.returncode != 0 or not reports:
        raise RuntimeError(
            f"import of {len(paths)} packages → {done.returncode}\n"
            f"{done.stdout[-2000:]}\n{done.stderr[-3000:]}"
        )
    return {"s": took, **json.loads(reports[-1])}


def _import_child(argv: list[str]) -> int:
    """The child side of ``import_process``: open the county and its keys as the command line
    does, time ``merge.import_files`` (every package refused is an error), report VmHWM."""
    from gui_child import _peak_rss_mb

    from swdesk.store import open_store
    from swdesk.sync import keys, merge

    with open_store(Path(argv[0]), daily_backup=False) as store:
        keys.unlock(store, PASSPHRASE)
        t0 = time.perf_counter()
        res = merge.import_files(store, [Path(p) for p in argv[1:]])
        took = time.perf_counter() - t0
    refused = [f"{r.file}: {r.reason}" for r in res if not r.accepted]
    if refused:
        print("\n".join(refused))
        return 1
    new = sum(r.total("new") for r in res)
    print(json.dumps({"rss_mb": round(_peak_rss_mb(), 1), "import_s": took, "new": new}))
    return 0


# -- the floor of the import: the same rows, raw ----------------------------------------------
def raw_insert(county_db: Path, paths: list[Path], target: Path) -> tuple[float, int]:
    """The rows of the packages (decrypted here, untimed) inserted with ``executemany`` into
    an empty file of swdesk's schema, one transaction per package, parents first. ``OR
    IGNORE``: townships share keys the merge folds (exam years, templates; a person two
    townships report); foreign keys off, as the merge's references are rewritten. Returns
    (seconds, rows)."""
    from swdesk.store import open_store
    from swdesk.store.appraisal_lock import allow_locked_writes
    from swdesk.store.unit import initialize
    from swdesk.sync import keys
    from swdesk.sync.envelope import read_file
    from swdesk.sync.package import open_package
    from swdesk.sync.tables import ordered_tables

    raw = open_store(target, daily_backup=False)
    initialize(raw, "county", COUNTY_CODE, "对照")
    conn = raw.conn
    conn.execute("PRAGMA foreign_keys = OFF")
    took, n = 0.0, 0
    keys_db = target.with_name("keys.db")  # a copy: opening a file may write to it
    shutil.copyfile(county_db, keys_db)
    county = open_store(keys_db, daily_backup=False)
    try:
        keys.unlock(county, PASSPHRASE)
        infos = ordered_tables(county)
        for p in paths:
            pkg = open_package(county, read_file(p), known=False)
            batch = []
            # A big package's tables are read one at a time (``tables_in``), not held in
            # ``tables``: every table it carries, in the county's order, either way.
            for name, tp in pkg.tables_in([info.name for info in infos]):
                if tp and tp["rows"]:
                    cols = [*tp["columns"], "rev"]
                    batch.append((name, cols, [[*r, 1] for r in tp["rows"]]))
            del pkg
            t0 = time.perf_counter()
            # Signed appraisals arrive signed: let this connection write them, as the merge does.
            with allow_locked_writes(conn), raw.atomic():
                for name, cols, rows in batch:
                    conn.executemany(
                        f"INSERT OR IGNORE INTO {name} ({', '.join(cols)}) "
                        f"VALUES ({', '.join('?' * len(cols))})",
                        rows,
                    )
                    n += len(rows)
            took += time.perf_counter() - t0
    finally:
        county.close()
        raw.close()
    return took, n


# -- search, indicators, start-up on the merged county ----------------------------------------
def search(db: Path, repeat: int = 15) -> dict[str, Any]:
    """Each query of the mix through the worker list's search, against bench_search's floor
    (the same search as one indexed statement, checked to give the same rows)."""
    from bench_search import _medians_ms, floor_queries, queries

    from swdesk.store import open_store
    from swdesk.store.workers import WorkerFilter, search_rowids

    rows, slowest, worst, total_s, total_f = [], ("", 0.0), 0.0, 0.0, 0.0
    with open_store(db, daily_backup=False, take_lock=False) as store:
        conn = store.conn
        n = conn.execute("SELECT count(*) FROM workers WHERE deleted = 0").fetchone()[0]
        for label, q in queries(conn, n // 2, n // 3):  # fragments from half-way through
            flt = WorkerFilter(text=q)
            found = search_rowids(store, flt)
            fns: dict[str, Any] = {"swdesk": lambda flt=flt: search_rowids(store, flt)}
            for how, (sql, params) in floor_queries(q.lower().split()).items():
                if [r[0] for r in conn.execute(sql, params)] != found:
                    raise RuntimeError(f"floor {how!r} does not answer {q!r} as swdesk does")
                fns[how] = lambda sql=sql, params=params: conn.execute(sql, params).fetchall()
            med = _medians_ms(fns, repeat)
            ours = med.pop("swdesk")
            floor = min(med.values())
            total_s, total_f = total_s + ours, total_f + floor
            if ours > slowest[1]:
                slowest = (q, ours)
            worst = max(worst, ours / floor)
            rows.append((label, repr(q), str(len(found)), f"{ours:.2f}", f"{floor:.2f}"))
        workers = conn.execute("SELECT count(*) FROM workers WHERE deleted = 0").fetchone()[0]
    print(f"\n== county-wide search over {workers} workers (median of {repeat} runs, ms) ==")
    table(("query", "text", "rows", "swdesk ms", "floor ms"), rows)
    return {"total": total_s, "floor": total_f, "slowest": slowest, "worst_ratio": worst}


def indicators(db: Path, repeat: int = 3) -> dict[str, Any]:
    """``build_report`` over the county, best of ``repeat``, against bench_indicators' GROUP BY
    of the certified in post per village (for scale: it applies no rule and no date)."""
    from bench_indicators import FLOOR_SQL
    from common import best_of

    from swdesk.services.indicators import build_report
    from swdesk.store import open_store

    with open_store(db, daily_backup=False, take_lock=False) as store:
        got: list[Any] = []
        floor = best_of(
            lambda: store.conn.execute(FLOOR_SQL, (TODAY.isoformat(),)).fetchall(), repeat
        )
        ours = best_of(lambda: got.append(build_report(store, TODAY)), repeat)
    report = got[-1]
    return {"s": ours, "floor": floor, "results": len(report.results), "units": len(report.units)}


def startup(db: Path, repeat: int) -> dict[str, Any]:
    """bench_startup's method on the county file: fresh processes, alternately bare and swdesk,
    after one warm-up each (the first open of the day takes the backup); medians.

    On a copy without the county's private keys: with them, every start first asks their
    passphrase in a dialog, which waits for a person; the start measured is the data's."""
    from bench_startup import spawn
    from common import compile_bytecode

    compile_bytecode()
    db = shutil.copyfile(db, db.with_name("county-start.db"))
    with sqlite3.connect(db) as conn:
        conn.execute("DELETE FROM sync_keys")
    conn.close()
    spawn("app", str(db), timeout=300)
    spawn("bare")
    bare, app = [], []
    for _ in range(repeat):
        bare.append(spawn("bare"))
        app.append(spawn("app", str(db), timeout=300))
    return {
        "bare": statistics.median(r["t"] for r in bare) * 1000,
        "app": statistics.median(r["t"] for r in app) * 1000,
        "app_rss": max(r["rss_mb"] for r in app),
        "bare_rss": statistics.median(r["rss_mb"] for r in bare),
    }


# -- the run ------------------------------------------------------------------------------------
def run(s: Scale | None = None, out: Path = OUT) -> list[Result]:
    """Build (or reuse) the county at scale ``s`` (the full 30 × 3,000 by default), measure."""
    s = s or Scale()
    cached = build(s, out)
    work = out / "work" / "county"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    db = work / "county.db"
    shutil.copyfile(cached / "county.db", db)
    first = sorted((cached / "first").glob("*.swsync"))
    second = sorted((cached / "second").glob("*.swsync"))
    log(f"county: first import of {len(first)} packages…")
    imp = import_process(db, first)
    log(f"county: incremental round of {len(second)} packages…")
    inc = import_process(db, second)
    log("county: raw insert of the same rows (floor)…")
    raw_s, raw_rows = raw_insert(cached / "county.db", first, work / "raw.db")
    if raw_rows < imp["new"]:  # a floor that inserted less than the merge brought in is no floor
        raise RuntimeError(f"the raw insert read {raw_rows} rows; the import brought {imp['new']}")
    with sqlite3.connect(db) as conn:
        workers = conn.execute("SELECT count(*) FROM workers WHERE deleted = 0").fetchone()[0]
        hours = conn.execute("SELECT count(*) FROM training_records").fetchone()[0]
    log("county: search…")
    srch = search(db, repeat=15 if s.repeat > 1 else 3)
    log("county: indicators…")
    ind = indicators(db, repeat=3 if s.repeat > 1 else 1)
    log(f"county: start-up, {s.repeat} fresh processes each side (+1 warm-up)…")
    up = startup(db, s.repeat)
    print(
        f"\n== county: {s.towns} townships × {s.workers} workers × {s.hours} hour records "
        f"({workers} workers, {hours} hour records merged) =="
    )
    table(
        ("step", "time", "peak RSS MB"),
        [
            (
                "first import (merge.import_files)",
                f"{imp['import_s']:.1f} s",
                f"{imp['rss_mb']:.0f}",
            ),
            ("  its whole process (start, open the keys, import, exit)", f"{imp['s']:.1f} s", ""),
            ("raw executemany INSERT, 1 transaction per package", f"{raw_s:.1f} s", ""),
            (
                f"incremental round, {s.change:.0%} changed",
                f"{inc['s']:.1f} s",
                f"{inc['rss_mb']:.0f}",
            ),
            ("indicators (build_report, whole county)", f"{ind['s'] * 1000:.0f} ms", ""),
            ("GROUP BY of certified in post per village", f"{ind['floor'] * 1000:.0f} ms", ""),
            ("bare PySide6 window → first paint", f"{up['bare']:.0f} ms", f"{up['bare_rss']:.0f}"),
            (
                "swdesk on the county → worker list painted",
                f"{up['app']:.0f} ms",
                f"{up['app_rss']:.0f}",
            ),
        ],
    )
    scale = f"{s.towns}×{s.workers // 1000 or s.workers}{'k' if s.workers >= 1000 else ''}"
    return [
        Result(
            f"county first import, {len(first)} packages ({scale})",
            imp["import_s"],
            raw_s,
            "s",
            goal_ratio=2,
            floor_label="raw executemany INSERT, 1 transaction per package",
            notes=[
                f"{imp['new']} rows new to the county of {raw_rows} in the packages; "
                f"whole process (start, open the keys, import, exit): {imp['s']:.1f} s"
            ],
        ),
        Result(
            "peak RSS of the county first import",
            imp["rss_mb"],
            up["bare_rss"],
            "MB",
            abs_goal=RSS_GOAL_MB,
            floor_label="bare PySide6 window",
        ),
        Result(
            f"county incremental round, {len(second)} packages ({s.change:.0%})",
            inc["import_s"],
            imp["import_s"],
            "s",
            floor_label="first import",
        ),
        Result(
            f"county search, {workers} workers (7-query mix)",
            srch["total"],
            srch["floor"],
            "ms",
            abs_goal=50.0,
            abs_value=srch["slowest"][1],
            abs_label="slowest query",
            floor_label="1 indexed query, same search",
            notes=[f"slowest {srch['slowest'][0]!r}; worst ratio {srch['worst_ratio']:.2f}×"],
        ),
        Result(
            f"county indicators, {workers} workers",
            ind["s"] * 1000,
            ind["floor"] * 1000,
            "ms",
            floor_label="one SQL GROUP BY (no rules)",
            notes=[f"{ind['results']} indicators, {ind['units']} units"],
        ),
        Result(
            "county start → painted window",
            up["app"],
            up["bare"],
            "ms",
            goal_ratio=1.5,
            floor_label="bare PySide6 window",
        ),
        Result(
            "peak RSS of the county GUI start",
            up["app_rss"],
            up["bare_rss"],
            "MB",
            abs_goal=RSS_GOAL_MB,
            floor_label="bare PySide6 window",
        ),
    ]


def main(argv: list[str]) -> int:
    if argv[:1] == ["--import-child"]:
        return _import_child(argv[1:])
    ap = argparse.ArgumentParser(prog="bench/bench_county.py", description=__doc__.splitlines()[0])
    ap.add_argument("--small", action="store_true", help="a tiny county (3 × 40 × 3), to try it")
    ap.add_argument("--towns", type=int)
    ap.add_argument("--workers", type=int)
    ap.add_argument("--hours", type=int)
    ap.add_argument("--repeat", type=int, help="fresh GUI processes per side")
    args = ap.parse_args(argv)
    base = SMALL if args.small else Scale()
    s = Scale(
        towns=args.towns or base.towns,
        workers=args.workers or base.workers,
        hours=args.hours or base.hours,
        repeat=args.repeat or base.repeat,
    )
    from common import print_table

    try:
        print_table(run(s))
    finally:
        shutil.rmtree(OUT / "work", ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(BENCH))
    sys.exit(main(sys.argv[1:]))
