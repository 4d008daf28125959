"""bench/run.sh's summary judges each line by its own goal: a line without one says "no goal"
(never PASS), and ``--strict`` exits non-zero when any goal is missed."""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"


@pytest.fixture
def common(monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    monkeypatch.syspath_prepend(str(BENCH))
    import common as mod

    yield mod
    sys.modules.pop("common", None)  # bench's flat module names stay local


def _row(common: object, value: float, **goal: float) -> object:
    return common.Result("x", value, 10.0, "ms", **goal)  # type: ignore[attr-defined]


def test_a_line_without_a_goal_says_so_and_is_never_missed(common: object) -> None:
    r = _row(common, 1000.0)
    assert not r.has_goal  # type: ignore[attr-defined]
    assert r.goal_text() == "no goal"  # type: ignore[attr-defined]
    assert r.verdict() == "no goal"  # type: ignore[attr-defined]
    assert common.missed([r]) == []  # type: ignore[attr-defined]
    assert common.summary_exit([r], strict=True) == 0  # type: ignore[attr-defined]


@pytest.mark.parametrize(("value", "verdict"), [(20.0, "PASS"), (20.01, "MISS")])
def test_a_ratio_goal_passes_up_to_its_edge(common: object, value: float, verdict: str) -> None:
    r = _row(common, value, goal_ratio=2)
    assert r.goal_text() == "≤ 2×"  # type: ignore[attr-defined]
    assert r.verdict() == verdict  # type: ignore[attr-defined]


@pytest.mark.parametrize(("value", "verdict"), [(50.0, "PASS"), (50.5, "MISS")])
def test_an_absolute_goal_passes_up_to_its_edge(common: object, value: float, verdict: str) -> None:
    r = _row(common, value, abs_goal=50)
    assert "≤ 50 ms" in r.goal_text()  # type: ignore[attr-defined]
    assert r.verdict() == verdict  # type: ignore[attr-defined]


def test_strict_exits_non_zero_only_on_a_missed_goal(common: object) -> None:
    met, miss, free = (
        _row(common, 5.0, goal_ratio=1),
        _row(common, 30.0, goal_ratio=2),
        _row(common, 99.0),
    )
    miss.name = "slow"  # type: ignore[attr-defined]
    assert common.missed([met, miss, free]) == ["slow"]  # type: ignore[attr-defined]
    assert common.summary_exit([met, miss, free], strict=True) == 1  # type: ignore[attr-defined]
    assert common.summary_exit([met, miss, free], strict=False) == 0  # type: ignore[attr-defined]
    assert common.summary_exit([met, free], strict=True) == 0  # type: ignore[attr-defined]


def test_the_table_prints_each_lines_goal_and_verdict(
    common: object, capsys: pytest.CaptureFixture[str]
) -> None:
    common.print_table(  # type: ignore[attr-defined]
        [_row(common, 30.0, goal_ratio=2), _row(common, 5.0)]
    )
    lines = [ln for ln in capsys.readouterr().out.splitlines() if ln.startswith("x ")]
    assert len(lines) == 2
    assert "≤ 2×" in lines[0] and lines[0].endswith("MISS")
    assert lines[1].endswith("no goal") and "PASS" not in lines[1]


def test_every_sync_line_states_its_goal() -> None:
    """The export time had no goal and read PASS; each line of the sync benchmark sets one."""
    src = (BENCH / "bench_sync.py").read_text(encoding="utf-8")
    tree = ast.parse(src)
    calls = [
        n
        for n in ast.walk(tree)
        if isinstance(n, ast.Call) and getattr(n.func, "id", "") == "Result"
    ]
    assert calls
    for c in calls:
        assert {k.arg for k in c.keywords} & {"goal_ratio", "abs_goal"}, c.lineno
