"""The allowance benchmark's bare 签领表 floor draws what the real sheet draws (a smoke run on a
few lines, untimed): it reaches into the PDF module's cell function, so a change there must not
leave the benchmark broken until someone runs all of bench/run.sh."""

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
    for name in ("common", "bench_allowance"):  # bench's flat module names stay local
        sys.modules.pop(name, None)


def test_signing_sheet_benchmark_measures_both_sides(bench_path: Path) -> None:
    import bench_allowance

    result = bench_allowance.measure_pdf(12, repeat=1)
    assert result["ours_bytes"] > 0 and result["bare_bytes"] > 0
    assert result["ours"] > 0 and result["bare"] > 0
