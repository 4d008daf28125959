"""Shared pieces of the benchmarks: cached demo data files, timing, results and the table.

Every benchmark compares swdesk with a *floor* measured in the same run on the same machine,
so the printed ratio means something on a slow PC as much as on a fast one.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
OUT = BENCH / "out"
PYTHON = sys.executable

TOWNSHIP_CODE = "510104001"
TOWNSHIP_NAME = "基准测试街道"

# The content of a demo data file depends on these sources: a change to any of them makes
# the cached files stale (they are rebuilt, never silently reused).
_DATA_SOURCES = (
    "swdesk/store/schema",
    "swdesk/store/workers.py",
    "swdesk/store/records.py",
    "swdesk/store/villages.py",
    "swdesk/core/names.py",
    "swdesk/core/worker.py",
    "swdesk/services/demo.py",
)


@dataclass
class Result:
    """One line of the final table: swdesk's ``value`` against the ``floor`` (same unit).

    ``abs_value``/``abs_goal`` add an absolute ceiling (e.g. the slowest search ≤ 50 ms) that
    must hold as well as the ratio goal.
    """

    name: str
    value: float
    floor: float
    unit: str
    goal_ratio: float | None = None
    abs_goal: float | None = None
    abs_value: float | None = None
    abs_label: str = ""
    floor_label: str = ""
    notes: list[str] = field(default_factory=list)

    @property
    def ratio(self) -> float:
        return self.value / self.floor if self.floor else float("inf")

    @property
    def has_goal(self) -> bool:
        """Whether this line sets a goal at all: one without is reported, never judged."""
        return self.goal_ratio is not None or self.abs_goal is not None

    @property
    def passed(self) -> bool:
        """Every goal the line sets is met (a line without a goal has nothing to pass: see
        ``verdict``, which says so instead of calling it a PASS)."""
        ok = True
        if self.goal_ratio is not None:
            ok = ok and self.ratio <= self.goal_ratio
        if self.abs_goal is not None:
            ok = (
                ok
                and (self.abs_value if self.abs_value is not None else self.value) <= self.abs_goal
            )
        return ok

    def goal_text(self) -> str:
        parts = []
        if self.goal_ratio is not None:
            parts.append(f"≤ {self.goal_ratio:g}×")
        if self.abs_goal is not None:
            shown = self.abs_value if self.abs_value is not None else self.value
            label = f"{self.abs_label} " if self.abs_label else ""
            parts.append(f"{label}{_num(shown)} ≤ {self.abs_goal:g} {self.unit}")
        return "; ".join(parts) if parts else "no goal"

    def verdict(self) -> str:
        """PASS or MISS against the line's goal; "no goal" when it sets none."""
        if not self.has_goal:
            return "no goal"
        return "PASS" if self.passed else "MISS"


def _num(x: float) -> str:
    return f"{x:.1f}" if x >= 10 else f"{x:.2f}"


def log(msg: str) -> None:
    """Progress lines go to stderr so stdout holds only the results."""
    print(f"[bench] {msg}", file=sys.stderr, flush=True)


def child_env() -> dict[str, str]:
    """Environment for subprocesses: headless Qt, logs and settings kept inside bench/out."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    home = OUT / "home"
    for var, sub in (
        ("XDG_DATA_HOME", "data"),
        ("XDG_STATE_HOME", "state"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_CACHE_HOME", "cache"),
    ):
        (home / sub).mkdir(parents=True, exist_ok=True)
        env[var] = str(home / sub)
    env.pop("SWDESK_DB", None)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return env


def swdesk_cli(*args: str) -> None:
    """Run the real command line (same code path as a user) and fail loudly if it fails."""
    cmd = [PYTHON, "-m", "swdesk", *args]
    done = subprocess.run(cmd, env=child_env(), capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} → {done.returncode}\n{done.stdout}\n{done.stderr}")


def _data_key() -> str:
    h = hashlib.sha256()
    for rel in _DATA_SOURCES:
        p = ROOT / rel
        for f in sorted(p.glob("*.py")) if p.is_dir() else [p]:  # a folder: its modules
            h.update(str(f.relative_to(ROOT)).encode())
            h.update(f.read_bytes() if f.exists() else b"-")
    return h.hexdigest()[:12]


def demo_file(workers: int, seed: int = 1) -> Path:
    """A township data file with ``workers`` demo workers, built once by the CLI and cached.

    ``swdesk init`` + ``swdesk demo --workers N`` — exactly what a user would run. The name
    carries a hash of the sources that shape the file, so stale files are never reused.
    """
    OUT.mkdir(parents=True, exist_ok=True)
    key = _data_key()
    path = OUT / f"demo-{workers}-s{seed}-{key}.db"
    if path.exists():
        return path
    for old in OUT.glob(f"demo-{workers}-s{seed}-*.db*"):
        old.unlink()
    tmp = OUT / f"building-{workers}-s{seed}.db"
    for p in OUT.glob(tmp.name + "*"):
        p.unlink()
    log(f"building a data file with {workers} demo workers (once; cached in {OUT.name}/)…")
    t0 = time.perf_counter()
    swdesk_cli(
        "--db",
        str(tmp),
        "init",
        "--role",
        "township",
        "--unit-code",
        TOWNSHIP_CODE,
        "--unit-name",
        TOWNSHIP_NAME,
    )
    swdesk_cli("--db", str(tmp), "demo", "--workers", str(workers), "--seed", str(seed))
    checkpoint(tmp)
    tmp.replace(path)
    for p in OUT.glob(tmp.name + "*"):  # lock file left next to the build name
        p.unlink()
    shutil.rmtree(OUT / "backups", ignore_errors=True)  # daily backups taken while building
    log(f"  built in {time.perf_counter() - t0:.1f} s")
    return path


def compile_bytecode() -> None:
    """Write swdesk's ``.pyc`` files, as installing it does (pip compiles on install, the
    bundle ships bytecode) and as a user's first start does.

    Without this, a machine with ``PYTHONDONTWRITEBYTECODE`` set (CI images, this sandbox)
    would compile every swdesk module from source on every timed start — ~60 ms no user ever
    waits for — while the floor's PySide6 modules load from the bytecode pip wrote.
    """
    import compileall

    if not compileall.compile_dir(str(ROOT / "swdesk"), quiet=1):
        raise RuntimeError("compileall failed on swdesk/")


def checkpoint(path: Path) -> None:
    """Fold the WAL into the main file so the file can be copied or renamed on its own."""
    import sqlite3

    conn = sqlite3.connect(str(path))
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode = DELETE")
    finally:
        conn.close()


def working_copy(src: Path, name: str) -> Path:
    """A private copy of a cached file, so a run that writes (settings, backups) never changes
    the cache and every repetition starts from the same bytes."""
    work = OUT / "work"
    work.mkdir(parents=True, exist_ok=True)
    dest = work / name
    for p in work.glob(name + "*"):
        p.unlink()
    shutil.copyfile(src, dest)
    return dest


def print_table(results: list[Result]) -> None:
    headers = ("benchmark", "swdesk", "floor", "ratio", "goal", "result")
    rows = []
    for r in results:
        rows.append(
            (
                r.name,
                f"{_num(r.value)} {r.unit}",
                f"{_num(r.floor)} {r.unit}" + (f" ({r.floor_label})" if r.floor_label else ""),
                f"{r.ratio:.2f}×",
                r.goal_text(),
                r.verdict(),
            )
        )
    table(headers, rows)
    for r in results:
        for n in r.notes:
            print(f"  {r.name}: {n}")


def missed(results: Sequence[Result]) -> list[str]:
    """Names of the lines whose goal was missed (lines without a goal are never missed)."""
    return [r.name for r in results if r.has_goal and not r.passed]


def summary_exit(results: Sequence[Result], strict: bool) -> int:
    """Log which goals were missed and give run.sh's exit status: 1 under ``--strict`` when
    any goal was missed, else 0."""
    names = missed(results)
    ungoaled = sum(not r.has_goal for r in results)
    log(
        ("all goals met" if not names else f"missed: {', '.join(names)}")
        + (f" ({ungoaled} line(s) with no goal)" if ungoaled else "")
    )
    return 1 if (strict and names) else 0


def table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    """Print an aligned plain-text table (CJK-aware widths)."""
    widths = [max(_width(h), *(_width(row[i]) for row in rows)) for i, h in enumerate(headers)]
    line = "  ".join("-" * w for w in widths)
    print(line)
    print("  ".join(_pad(h, w) for h, w in zip(headers, widths, strict=True)).rstrip())
    print(line)
    for row in rows:
        print("  ".join(_pad(c, w) for c, w in zip(row, widths, strict=True)).rstrip())
    print(line, flush=True)


def _width(s: str) -> int:
    """Display width: CJK characters take two columns in a terminal."""
    return sum(2 if ord(c) > 0x2E7F else 1 for c in s)


def _pad(s: str, w: int) -> str:
    return s + " " * (w - _width(s))


def best_of(fn: Callable[[], object], repeat: int = 3) -> float:
    """Fastest of ``repeat`` timed calls: the least disturbed by other work on a shared machine."""
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)
