"""bench/run.sh runs the exam benchmark with the others (a smoke run on a tiny file, untimed)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"


@pytest.fixture
def bench_path(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.syspath_prepend(str(BENCH))
    yield BENCH
    for name in (
        "run",
        "common",
        "bench_exam",
        "storage_floor",
    ):  # bench's flat module names stay local
        sys.modules.pop(name, None)


def test_exam_is_one_of_the_benchmarks_run_sh_runs(bench_path: Path) -> None:
    import run

    assert "exam" in run.ORDER
    with pytest.raises(SystemExit):  # unknown names are refused, exam is not
        run.main(["nonesuch"])


def test_exam_benchmark_gives_its_summary_rows(
    bench_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import bench_exam

    rows = bench_exam.run(n=40)
    out = capsys.readouterr().out
    assert [r.goal_ratio for r in rows] == [4, 3, None]  # the storage floor has no goal
    assert rows[1].floor_label == rows[2].floor_label == "bare calamine read"
    assert "exam_results +" in rows[2].notes[0]  # the results the import wrote, counted
    assert all(r.value > 0 and r.floor > 0 for r in rows)
    assert "registrations with outcomes" in out and "import" in out
