"""Run every benchmark and print each result as a ratio to a floor measured in the same run.

    bash bench/run.sh                  all of them (builds and caches demo files on first use)
    bash bench/run.sh search import    only some: search, startup, import, rss, ce, appraisal, exam,
                                       sync, allowance, integrity, indicators, county
    bash bench/run.sh county --small   the county benchmark on a tiny county (to try it)
    bash bench/run.sh --strict         exit 1 when a goal is missed (for CI)

Details of each benchmark go to stdout as it finishes, then one summary table; progress lines
go to stderr.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import sys
import time

from common import OUT, Result, print_table, summary_exit

ORDER = (
    "startup",
    "search",
    "import",
    "rss",
    "ce",
    "appraisal",
    "exam",
    "sync",
    "allowance",
    "integrity",
    "indicators",
    "county",
)


def main(argv: list[str]) -> int:
    p = argparse.ArgumentParser(prog="bench/run.sh", description=__doc__.splitlines()[0])
    p.add_argument("only", nargs="*", help=f"benchmarks to run: {', '.join(ORDER)} (default all)")
    p.add_argument("--strict", action="store_true", help="exit 1 if any goal is missed")
    p.add_argument(
        "--small", action="store_true", help="county: 3 townships × 40 workers, not 30 × 3,000"
    )
    args = p.parse_args(argv)
    unknown = set(args.only) - set(ORDER)
    if unknown:
        p.error(f"unknown benchmark {', '.join(sorted(unknown))}; choose from {', '.join(ORDER)}")
    chosen = [b for b in ORDER if not args.only or b in args.only]
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    import PySide6

    print(
        f"swdesk benchmarks — Python {platform.python_version()}, PySide6 {PySide6.__version__}, "
        f"{os.cpu_count()} CPUs, QT_QPA_PLATFORM={os.environ['QT_QPA_PLATFORM']}"
    )
    started = time.perf_counter()
    results: list[Result] = []
    bare_rss: float | None = None
    try:
        for name in chosen:
            if name == "startup":
                import bench_startup

                result, extra = bench_startup.run()
                bare_rss = extra["bare_rss_mb"]
                results.append(result)
            elif name == "search":
                import bench_search

                results.append(bench_search.run())
            elif name == "import":
                import bench_import

                results.extend(bench_import.run())
            elif name == "rss":
                import bench_rss

                results.append(bench_rss.run(bare_rss))
            elif name == "ce":
                import bench_ce

                results.append(bench_ce.run())
            elif name == "appraisal":
                import bench_appraisal

                results.append(bench_appraisal.run())
            elif name == "exam":
                import bench_exam

                results.extend(bench_exam.run())
            elif name == "sync":
                import bench_sync

                results.extend(bench_sync.run())
            elif name == "allowance":
                import bench_allowance

                results.extend(bench_allowance.run())
            elif name == "integrity":
                import bench_integrity

                results.extend(bench_integrity.run())
            elif name == "indicators":
                import bench_indicators

                results.extend(bench_indicators.run())
            elif name == "county":
                import bench_county

                results.extend(bench_county.run(bench_county.SMALL if args.small else None))
    finally:
        shutil.rmtree(OUT / "work", ignore_errors=True)
    print(f"\n== summary ({time.perf_counter() - started:.0f} s) ==")
    print_table(results)
    return summary_exit(results, args.strict)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
