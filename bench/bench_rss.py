"""Peak memory (RSS) of the GUI with 100k workers; goal ≤ 300 MB.

One fresh process (``gui_child.py app-rss``) starts swdesk on a 100k-worker file the way a
user does, waits for the worker table to paint, scrolls the list to the end and back stopping
on every page of the lazy model (the view paints — and the model fetches — each page once each
way), searches for "张", clears the search and reports the highest resident set the process ever
had (``VmHWM``: what ``ru_maxrss`` means, without the benchmark process's own peak that Linux
carries into a child across ``execve``). The time of each scroll stop is reported too: it is
what a user feels while dragging the scroll bar.

The floor is the peak RSS of the bare PySide6 window from the startup benchmark (or measured
here when that one is not run): what any Qt program costs before holding any data.
"""

from __future__ import annotations

import shutil
import statistics

from bench_startup import spawn
from common import Result, compile_bytecode, demo_file, log, table, working_copy

WORKERS = 100_000
GOAL_MB = 300.0


def run(bare_rss_mb: float | None = None) -> Result:
    compile_bytecode()
    db = working_copy(demo_file(WORKERS), "rss-100k.db")
    shutil.rmtree(db.parent / "backups", ignore_errors=True)
    log(f"memory: swdesk on {WORKERS} workers, scroll to the end and back, search")
    # First open of the day takes the daily backup (a 300 MB copy): do it before measuring,
    # so the measured run is an ordinary start.
    spawn("app", str(db), timeout=300)
    report = spawn("app-rss", str(db), timeout=300)
    if bare_rss_mb is None:
        bare_rss_mb = statistics.median(spawn("bare")["rss_mb"] for _ in range(3))
    print(f"\n== peak RSS with {WORKERS} workers ==")
    table(
        ("what", "value"),
        [
            ("bare PySide6 window, peak RSS", f"{bare_rss_mb:.0f} MB"),
            ("swdesk, peak RSS", f"{report['rss_mb']:.0f} MB"),
            ("rows in the list", str(report["rows"])),
            ("pages fetched while scrolling", str(report["pages_fetched"])),
            (
                "scroll stops (scrollTo + repaint)",
                f"{report['scroll_stops']}, median {report['scroll_stop_median_s'] * 1000:.1f} ms, "
                f"max {report['scroll_stop_max_s'] * 1000:.0f} ms",
            ),
            ("rows held in memory at the end", str(report["cached_rows"])),
            (
                "search '张' (reload + repaint)",
                f"{report['search_s'] * 1000:.0f} ms, {report['search_rows']} rows",
            ),
            ("start → painted (with the scroll hooks)", f"{report['t'] * 1000:.0f} ms"),
            ("peak RSS after each step", ", ".join(report["steps"])),
            ("big libraries loaded", ", ".join(report["heavy_modules"]) or "none"),
        ],
    )
    for p in db.parent.glob(db.name + "*"):
        p.unlink()
    shutil.rmtree(db.parent / "backups", ignore_errors=True)
    return Result(
        name=f"peak RSS of the GUI, {WORKERS // 1000}k workers",
        value=report["rss_mb"],
        floor=bare_rss_mb,
        unit="MB",
        abs_goal=GOAL_MB,
        floor_label="bare PySide6 window",
        notes=[f"{report['rss_mb'] / GOAL_MB:.2f}× of the {GOAL_MB:g} MB goal"],
    )


if __name__ == "__main__":
    from common import print_table

    print_table([run()])
