"""kill -9 during the work that writes the most: a roster import, a training sign-in import and
a sync export. Counts damaged data files, half-done imports and package files without their
export record (the precondition of a re-used sequence number).

    .venv/bin/python bench/bench_kill9.py [--trials 200] [--workers 300] [--seed 1]

Each trial copies a prepared township file into a fresh folder, starts the ``swdesk`` command
there, sends SIGKILL after a random moment within the command's own measured run time, then
checks the file: ``PRAGMA integrity_check`` must say ok, the workers (or attendance rows) must
be all there or none of them, and a swdesk that opens the file again must work. Expected: 0 of
each. POSIX only (SIGKILL); tests/test_kill9.py runs a few trials of each kind.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
# The county file is made from the command line, which asks for the passphrase that keeps its
# private keys encrypted; a fixed one for this throwaway file.
ENV = {**os.environ, "SWDESK_KEY_PASSPHRASE": "kill-9 bench passphrase"}
TOWNSHIP = "510104001"
KINDS = ("workers", "training", "sync")


def swdesk(db: Path, *argv: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [PYTHON, "-m", "swdesk", "--db", str(db), *argv],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=ENV,
        timeout=600,
    )
    if check and done.returncode != 0:
        raise RuntimeError(f"swdesk {' '.join(argv)} failed: {done.stderr}")
    return done


@dataclass
class Fixture:
    """The prepared files: a township data file joined to a county, a roster of new workers
    and a sign-in sheet of the file's own workers."""

    folder: Path
    base: Path
    roster: Path
    sign_in: Path
    roster_rows: int
    sign_in_rows: int


def prepare(folder: Path, workers: int, seed: int) -> Fixture:
    county = folder / "county" / "swdesk.db"
    base = folder / "base" / "swdesk.db"
    other = folder / "other" / "swdesk.db"
    for path in (county, base, other):
        path.parent.mkdir(parents=True)
    swdesk(county, "init", "--role", "county", "--unit-code", "510104", "--unit-name", "县")
    enroll = folder / "enroll.swdesk-enroll"
    swdesk(county, "sync", "enroll", "--township", TOWNSHIP, "--name", "街道", "--out", str(enroll))
    swdesk(base, "init", "--role", "township", "--unit-code", TOWNSHIP, "--unit-name", "街道")
    swdesk(base, "demo", "--workers", str(workers), "--seed", str(seed))
    swdesk(base, "sync", "join", str(enroll))
    # New people for the roster import: another demo file's, with ID numbers not in base.
    swdesk(other, "init", "--role", "township", "--unit-code", TOWNSHIP, "--unit-name", "街道")
    swdesk(other, "demo", "--workers", str(workers), "--seed", str(seed + 1000))
    roster = folder / "roster.xlsx"
    swdesk(other, "workers", "export", str(roster))
    _drop_known(roster, base)
    sign_in = folder / "sign-in.xlsx"
    sign_in_rows = _write_sign_in(sign_in, base)
    return Fixture(folder, base, roster, sign_in, _rows(roster), sign_in_rows)


def _drop_known(roster: Path, base: Path) -> None:
    """Keep only the roster rows whose ID number base does not hold: an import all-or-nothing
    then means "count + n or count"."""
    import openpyxl

    known = set(_column(base, "SELECT id_number FROM workers"))
    wb = openpyxl.load_workbook(roster)
    ws = wb.worksheets[0]
    header = [str(c.value or "") for c in ws[1]]
    col = next(i for i, h in enumerate(header) if "身份证" in h)
    for r in range(ws.max_row, 1, -1):
        if str(ws.cell(r, col + 1).value or "") in known:
            ws.delete_rows(r)
    wb.save(roster)


def _rows(roster: Path) -> int:
    import openpyxl

    wb = openpyxl.load_workbook(roster, read_only=True)
    try:
        rows = wb.worksheets[0].iter_rows(min_row=2, values_only=True)
        return sum(1 for row in rows if any(row))
    finally:
        wb.close()


def _write_sign_in(path: Path, base: Path) -> int:
    import openpyxl

    people = _column(base, "SELECT id_number || '|' || name FROM workers WHERE deleted = 0")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["序号", "姓名", "身份证号", "学时"])
    for i, person in enumerate(people, start=1):
        idn, name = person.split("|", 1)
        ws.append([i, name, idn, 8])
    wb.save(path)
    return len(people)


def _column(db: Path, sql: str) -> list[str]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return [str(r[0]) for r in conn.execute(sql)]
    finally:
        conn.close()


def _count(db: Path, sql: str) -> int:
    conn = sqlite3.connect(db)  # read-write: a -wal left by the killed process is recovered
    try:
        return int(conn.execute(sql).fetchone()[0])
    finally:
        conn.close()


def command(kind: str, fx: Fixture, trial: Path) -> list[str]:
    if kind == "workers":
        return ["workers", "import", str(fx.roster)]
    if kind == "training":
        return [
            "training", "import", str(fx.sign_in), "--title", "岗位培训", "--start",
            "2025-03-01", "--hours", "8",
        ]  # fmt: skip
    return ["sync", "export", "--out", str(trial / "usb")]


@dataclass
class Tally:
    trials: int = 0
    killed: int = 0  # the kill came before the command ended
    damaged: int = 0
    partial: int = 0
    done: int = 0  # the work was all there after the kill
    none: int = 0  # none of it was there
    orphan_packages: int = 0  # a package file without its export record
    # After the next, uninterrupted export: package files that are not exactly the recorded
    # ones, or recorded sequence numbers with a gap or a repeat.
    sequence_faults: int = 0
    reopen_failed: int = 0
    notes: list[str] = field(default_factory=list)


def measure(kind: str, fx: Fixture, scratch: Path) -> float:
    """How long the command takes here, uninterrupted (the kill moments are drawn within it)."""
    trial = scratch / f"measure-{kind}"
    db = _fresh(fx, trial)
    start = time.perf_counter()
    swdesk(db, *command(kind, fx, trial))
    return time.perf_counter() - start


def _fresh(fx: Fixture, trial: Path) -> Path:
    if trial.exists():
        shutil.rmtree(trial)
    trial.mkdir(parents=True)
    (trial / "usb").mkdir()
    db = trial / "swdesk.db"
    shutil.copy2(fx.base, db)
    # Today's daily backup is taken on the first open: take it now, so every trial's command
    # starts on its own work rather than on the copy.
    swdesk(db, "villages", "list")
    return db


def one_trial(kind: str, fx: Fixture, trial: Path, delay: float, tally: Tally) -> None:
    db = _fresh(fx, trial)
    before_workers = _count(db, "SELECT count(*) FROM workers")
    before_attend = _count(db, "SELECT count(*) FROM training_records")
    proc = subprocess.Popen(
        [PYTHON, "-m", "swdesk", "--db", str(db), *command(kind, fx, trial)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(delay)
    if proc.poll() is None:
        proc.send_signal(signal.SIGKILL)
        tally.killed += 1
    proc.wait()
    tally.trials += 1
    conn = sqlite3.connect(db)
    try:
        ok = conn.execute("PRAGMA integrity_check").fetchone()[0]
    except sqlite3.DatabaseError as e:
        ok = str(e)
    finally:
        conn.close()
    if ok != "ok":
        tally.damaged += 1
        tally.notes.append(f"{kind} @ {delay:.2f}s: {ok}")
        return
    if kind == "workers":
        added = _count(db, "SELECT count(*) FROM workers") - before_workers
        whole = fx.roster_rows
    elif kind == "training":
        added = _count(db, "SELECT count(*) FROM training_records") - before_attend
        whole = fx.sign_in_rows
    else:
        files = list((trial / "usb").glob("*"))
        recorded = _count(db, "SELECT count(*) FROM sync_exports")
        added, whole = recorded, 1
        if len([f for f in files if not f.name.startswith(".")]) > recorded:
            tally.orphan_packages += 1
        _export_again(db, trial, kind, delay, tally)
    if added == whole:
        tally.done += 1
    elif added == 0:
        tally.none += 1
    else:
        tally.partial += 1
        tally.notes.append(f"{kind} @ {delay:.2f}s: {added} of {whole}")
    again = swdesk(db, "workers", "list", "--json", check=False)
    if again.returncode != 0:
        tally.reopen_failed += 1
        tally.notes.append(f"{kind} @ {delay:.2f}s: reopen: {again.stderr.strip()[:200]}")


def _export_again(db: Path, trial: Path, kind: str, delay: float, tally: Tally) -> None:
    """The clerk exports again after the kill: a file the killed export left without its record
    must be replaced by this one under the same number, never kept beside it as a second
    package with that number, and the numbers must run 1, 2, … with no gap."""
    swdesk(db, "sync", "export", "--out", str(trial / "usb"))
    names = sorted(f.name for f in (trial / "usb").iterdir() if not f.name.startswith("."))
    recorded = _column(db, "SELECT file_name FROM sync_exports ORDER BY sequence")
    sequences = [int(s) for s in _column(db, "SELECT sequence FROM sync_exports ORDER BY 1")]
    if names != sorted(recorded) or sequences != list(range(1, len(sequences) + 1)):
        tally.sequence_faults += 1
        tally.notes.append(f"{kind} @ {delay:.2f}s: files {names}, recorded {recorded}")


def run(trials: int, workers: int, seed: int, kinds: Sequence[str] = KINDS) -> dict[str, Tally]:
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory(prefix="swdesk-kill9-") as tmp:
        folder = Path(tmp)
        fx = prepare(folder / "prep", workers, seed)
        scratch = folder / "trials"
        tallies: dict[str, Tally] = {}
        for kind in kinds:
            full = measure(kind, fx, scratch)
            tally = tallies[kind] = Tally()
            for i in range(trials):
                # From just after the start (interpreter and imports) to just past the end.
                one_trial(kind, fx, scratch / f"{kind}-{i}", rng.uniform(0.05, full * 1.05), tally)
                shutil.rmtree(scratch / f"{kind}-{i}", ignore_errors=True)
            tally.notes.insert(0, f"uninterrupted run {full:.2f} s")
        return tallies


def report(tallies: dict[str, Tally]) -> str:
    lines = [
        "kind      trials killed damaged partial  all none orphan-pkg reopen-failed seq-faults",
    ]
    total = Tally()
    for kind, t in tallies.items():
        lines.append(
            f"{kind:9} {t.trials:6} {t.killed:6} {t.damaged:7} {t.partial:7} {t.done:4} "
            f"{t.none:4} {t.orphan_packages:10} {t.reopen_failed:13} {t.sequence_faults:10}"
        )
        for name in (
            "trials", "killed", "damaged", "partial", "orphan_packages", "reopen_failed",
            "sequence_faults",
        ):  # fmt: skip
            setattr(total, name, getattr(total, name) + getattr(t, name))
    lines.append(
        f"{'total':9} {total.trials:6} {total.killed:6} {total.damaged:7} {total.partial:7}"
        f"{'':10} {total.orphan_packages:10} {total.reopen_failed:13} {total.sequence_faults:10}"
    )
    for kind, t in tallies.items():
        for note in t.notes:
            lines.append(f"  {kind}: {note}")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--trials", type=int, default=70, help="per kind (3 kinds; default 210)")
    p.add_argument("--workers", type=int, default=300)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--kinds", nargs="*", default=list(KINDS), choices=KINDS)
    args = p.parse_args(argv)
    tallies = run(args.trials, args.workers, args.seed, args.kinds)
    print(report(tallies))
    bad = sum(t.damaged + t.partial + t.reopen_failed + t.sequence_faults for t in tallies.values())
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
