"""Disk full on a real small filesystem: every command that writes a file a person receives,
and the commands that only read, run by the CLI against a full disk; and the window's start.

    sudo .venv/bin/python bench/diskfull.py        (needs root for a tmpfs mount)

For each command the table shows the exit code, whether the message is the Chinese disk-full
sentence, whether a traceback or English system text reached the user, leftovers (``.part``
files, 0-byte files under a final name) and whether the data file still passes
``PRAGMA integrity_check`` afterwards. Two fill levels: no byte free (the disk is full), and
less free than the data file (the daily backup cannot be made, everything else can).

Without root (or where tmpfs cannot be mounted) it says so and exits 2: the tests simulate
``ENOSPC`` instead (tests/test_environment_faults.py, tests/test_disk_full.py).
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
PY = sys.executable
SIZE = "6m"


@contextlib.contextmanager
def tmpfs() -> Iterator[Path]:
    where = Path(tempfile.mkdtemp(prefix="swdesk-full-"))
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={SIZE}", "tmpfs", str(where)])
    if done.returncode != 0:
        where.rmdir()
        print("cannot mount a tmpfs here (not root?): the tests simulate ENOSPC instead")
        sys.exit(2)
    try:
        yield where
    finally:
        subprocess.run(["umount", str(where)], check=False)
        where.rmdir()


def swdesk(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SWDESK_KEY_PASSPHRASE": "bench-passphrase-1"}
    return subprocess.run(
        [PY, "-m", "swdesk", "--db", str(db), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )


def fill(folder: Path, leave: int) -> None:
    """Fill the filesystem of ``folder`` until ``leave`` bytes are free."""
    free = shutil.disk_usage(folder).free
    with open(folder / f"filler-{leave}", "wb") as f:
        chunk = b"\0" * 4096
        todo = max(free - leave, 0)
        try:
            while todo > 0:
                f.write(chunk[: min(4096, todo)])
                todo -= 4096
            f.flush()
        except OSError:
            pass


def leftovers(folder: Path) -> list[str]:
    out = []
    for p in folder.rglob("*"):
        if p.name.endswith(".part") or ".part-" in p.name:
            out.append(p.name)
        elif (
            p.is_file()
            and p.stat().st_size == 0
            and p.suffix in (".pdf", ".xlsx", ".db", ".swsync")
        ):
            out.append(f"{p.name} (0 bytes)")
    return out


def integrity(db: Path) -> str:
    """``integrity_check`` of a copy on another disk (on the full one even SQLite's reader
    cannot size its WAL index)."""
    with tempfile.TemporaryDirectory() as tmp:
        for suffix in ("", "-wal"):
            src = db.with_name(db.name + suffix)
            if src.exists():
                shutil.copy(src, Path(tmp) / ("d.db" + suffix))
        conn = sqlite3.connect(Path(tmp) / "d.db")
        try:
            return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
        finally:
            conn.close()


def gui_start(label: str, db: Path) -> tuple[object, ...]:
    """The window started on the full disk (offscreen, ``bench/gui_child.py app``): it must
    paint the worker list. A refusal at start is a message box nobody closes: the child's
    watchdog then reports that no list painted."""
    before = integrity(db)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "BENCH_TIMEOUT": "60",
        "BENCH_T0": str(time.monotonic()),
    }
    r = subprocess.run(
        [PY, str(ROOT / "bench" / "gui_child.py"), "app", str(db)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )
    lines = r.stdout.strip().splitlines()
    report = json.loads(lines[-1]) if lines else {"error": r.stderr.strip()[-70:]}
    painted = "rows" in report
    return (
        label,
        "GUI start (window painted)",
        0 if painted else "no window",
        "-",  # the bar's text is inside the window: tests/test_ui_disk_full_start.py reads it
        "Traceback" in r.stderr,
        False,
        ", ".join(leftovers(db.parent)) or "-",
        f"{before}→{integrity(db)}",
        f"painted in {report['t']:.2f} s, {report['rows']} rows" if painted else report["error"],
    )


def prepare(root: Path) -> tuple[Path, Path, str, Path]:
    """A county and a joined township with a few people (on the real disk), the roster to import."""
    from roster_corpus import STANDARD_HEADER, simple_roster, standard_rows

    county, town = root / "county.db", root / "town.db"
    swdesk(county, "init", "--role", "county", "--unit-code", "510104", "--unit-name", "某县")
    swdesk(town, "init", "--role", "township", "--unit-code", "510104001", "--unit-name", "某街道")
    for code, name in (("510104001001", "和平社区"), ("510104001002", "新民社区")):
        swdesk(town, "villages", "add", "--code", code, "--name", name, "--kind", "urban")
    swdesk(town, "villages", "add", "--code", "510104001201", "--name", "红星村", "--kind", "rural")
    enroll = root / "enroll.swsync"
    r = swdesk(
        county,
        "sync",
        "enroll",
        "--township",
        "510104001",
        "--name",
        "某街道",
        "--out",
        str(enroll),
    )
    assert r.returncode == 0, r.stderr
    assert swdesk(town, "sync", "join", str(enroll)).returncode == 0
    roster = simple_roster(root / "roster.xlsx", STANDARD_HEADER, standard_rows(40))
    r = swdesk(town, "workers", "import", str(roster))
    assert r.returncode == 0, r.stderr
    first = standard_rows(1)[0][1]
    more = simple_roster(root / "more.xlsx", STANDARD_HEADER, standard_rows(300, start=100))
    return town, more, str(first), county


def main() -> int:
    results = []
    with tempfile.TemporaryDirectory() as scratch, tmpfs() as disk:
        town0, more, person, _county = prepare(Path(scratch))
        for label, leave in (("0 bytes free", 0), ("free < data file", 200 * 1024)):
            for old in disk.iterdir():
                if old.is_dir():
                    shutil.rmtree(old)
                else:
                    old.unlink()
            town = disk / "town.db"
            shutil.copy(town0, town)
            # The lock file beside it, as any file opened before has one.
            shutil.copy(town0.with_name("town.db.lock"), disk / "town.db.lock")
            fill(disk, leave)
            out = disk / "out"
            cases = {
                "workers list (read)": ("workers", "list"),
                "villages list (read)": ("villages", "list"),
                "workers import": ("workers", "import", str(more)),
                "backup --out": ("backup", "--out", str(disk / "copy.db")),
                "workers export (Excel)": ("workers", "export", str(disk / "roster.xlsx")),
                "sync export": ("sync", "export", "--out", str(disk / "t.swsync")),
                "training transcript (PDF)": (
                    "training",
                    "transcript",
                    "--id-number",
                    person,
                    "--out",
                    str(disk / "t.pdf"),
                ),
            }
            del out
            results.append(gui_start(label, town))
            for name, args in cases.items():
                before = integrity(town)
                r = swdesk(town, *args)
                err = r.stderr
                results.append(
                    (
                        label,
                        name,
                        r.returncode,
                        "磁盘已满" in err,
                        "Traceback" in err,
                        any(w in err for w in ("No space", "Errno", "disk is full", "database")),
                        ", ".join(leftovers(disk)) or "-",
                        f"{before}→{integrity(town)}",
                        (err.strip().splitlines() or [""])[-1][:70],
                    )
                )
    header = (
        "free",
        "command",
        "exit",
        "says 磁盘已满",
        "traceback",
        "English",
        "leftovers",
        "integrity",
        "last line",
    )
    print("\n== disk full on a tmpfs of", SIZE, "==", date.today())
    print(" | ".join(header))
    for row in results:
        print(" | ".join(str(c) for c in row))
    bad = [
        r
        for r in results
        if r[4] or r[5] or r[6] != "-" or not str(r[7]).endswith("ok") or r[2] not in (0, 3)
    ]
    print(
        f"\n{len(results)} runs: {len(bad)} with a traceback, English, leftovers, damage "
        "or a window that did not open"
    )
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
