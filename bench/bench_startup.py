"""Start to first painted main window with 10k workers vs a bare PySide6 window.

Both sides run in fresh processes (``gui_child.py``), alternately, several times; the median
counts. The clock starts in this process just before the child is spawned and stops when the
child's window has painted: interpreter start, imports, opening the data file, building the
window and painting it are all inside, exactly as for a user starting the program.

Subject: ``swdesk --db FILE`` through ``swdesk.entry.main`` until the worker table of the main
window has painted its first rows. Floor: QApplication + QMainWindow, shown, first paint.

The first open of a day also takes the daily backup of the data file (in the background,
once the window has painted); that run is reported on its own line and left out of the median
(a warm-up run each side). swdesk's bytecode is
compiled first (``common.compile_bytecode``), as it is in any installed copy.
"""

from __future__ import annotations

import json
import resource
import shutil
import statistics
import subprocess
import time
from typing import Any

from common import (
    BENCH,
    PYTHON,
    Result,
    child_env,
    compile_bytecode,
    demo_file,
    log,
    table,
    working_copy,
)

WORKERS = 10_000
# 15, not fewer: on the 2-core test VMs the bare window alone varies 105-160 ms between runs a
# minute apart, and with 9 pairs the reported ratio moved by ±0.08 from one run to the next.
REPEAT = 15
CHILD = BENCH / "gui_child.py"


def spawn(*args: str, timeout: float = 120) -> dict[str, Any]:
    """Run one gui_child and return its JSON report (with the parent-side wall time)."""
    env = child_env()
    env["BENCH_TIMEOUT"] = str(timeout)
    t0 = time.monotonic()
    env["BENCH_T0"] = repr(t0)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run(
        [PYTHON, str(CHILD), *args], env=env, capture_output=True, text=True, timeout=timeout + 30
    )
    wall = time.monotonic() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    lines = [ln for ln in done.stdout.splitlines() if ln.startswith("{")]
    if not lines:
        raise RuntimeError(
            f"gui_child {' '.join(args)} gave no report (exit {done.returncode}):\n"
            f"{done.stdout}\n{done.stderr[-3000:]}"
        )
    report: dict[str, Any] = json.loads(lines[-1])
    if "error" in report:
        raise RuntimeError(f"gui_child {' '.join(args)}: {report['error']}\n{done.stderr[-3000:]}")
    report["wall"] = wall
    # The child's own CPU time (user + system), up to its exit just after it reported: on a
    # busy machine the wall clock also counts the time other processes held the CPUs.
    report["cpu"] = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return report


def cpu_note(app_cpu: float, bare_cpu: float) -> str:
    """The medians of each side's CPU time (the process from its start to its exit just after
    the first paint): a note beside the wall-clock result, never judged."""
    return (
        f"CPU time (no goal): {app_cpu * 1000:.0f} ms against {bare_cpu * 1000:.0f} ms "
        f"= {app_cpu / bare_cpu:.2f}×"
    )


def run() -> tuple[Result, dict[str, float]]:
    """Returns the result and the bare window's peak RSS (the memory benchmark's floor)."""
    compile_bytecode()
    db = working_copy(demo_file(WORKERS), "startup-10k.db")
    shutil.rmtree(db.parent / "backups", ignore_errors=True)
    log(f"startup: {WORKERS} workers, {REPEAT} fresh processes each side (+1 warm-up)")
    first_open = spawn("app", str(db))  # first open of the day: takes the daily backup
    spawn("bare")
    bare_t, app_t, bare_rss, app_rss, bare_cpu, app_cpu = [], [], [], [], [], []
    for _ in range(REPEAT):
        b = spawn("bare")
        a = spawn("app", str(db))
        bare_t.append(b["t"])
        app_t.append(a["t"])
        bare_cpu.append(b["cpu"])
        app_cpu.append(a["cpu"])
        bare_rss.append(b["rss_mb"])
        app_rss.append(a["rss_mb"])
    bare_med = statistics.median(bare_t) * 1000
    app_med = statistics.median(app_t) * 1000
    print(f"\n== start → first painted window (ms, {REPEAT} fresh processes each) ==")
    table(
        ("side", "median", "min", "max", "peak RSS MB"),
        [
            (
                "bare PySide6 QMainWindow",
                f"{bare_med:.0f}",
                f"{min(bare_t) * 1000:.0f}",
                f"{max(bare_t) * 1000:.0f}",
                f"{statistics.median(bare_rss):.0f}",
            ),
            (
                f"swdesk, {WORKERS} workers",
                f"{app_med:.0f}",
                f"{min(app_t) * 1000:.0f}",
                f"{max(app_t) * 1000:.0f}",
                f"{statistics.median(app_rss):.0f}",
            ),
            (
                "swdesk, first open of the day",
                f"{first_open['t'] * 1000:.0f}",
                "",
                "",
                f"{first_open['rss_mb']:.0f}",
            ),
        ],
    )
    result = Result(
        name=f"start → painted window, {WORKERS // 1000}k workers",
        value=app_med,
        floor=bare_med,
        unit="ms",
        goal_ratio=1.5,
        floor_label="bare PySide6 window",
        notes=[
            f"first open of the day (its backup starts after the first paint; not in the median): "
            f"{first_open['t'] * 1000:.0f} ms",
            cpu_note(statistics.median(app_cpu), statistics.median(bare_cpu)),
        ],
    )
    return result, {"bare_rss_mb": statistics.median(bare_rss)}


if __name__ == "__main__":
    from common import print_table

    print_table([run()[0]])
