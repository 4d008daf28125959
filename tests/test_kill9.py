"""A few trials of the kill -9 harness (bench/bench_kill9.py runs 200 and more): a SIGKILL
during a roster import, a training import and a sync export leaves a whole data file, the work
all there or none of it, and a file swdesk opens again."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import bench_kill9

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def test_kill_9_never_damages_the_file_or_leaves_half_an_import() -> None:
    tallies = bench_kill9.run(trials=2, workers=60, seed=7)
    assert set(tallies) == set(bench_kill9.KINDS)
    for kind, t in tallies.items():
        assert t.trials == 2, kind
        assert t.damaged == 0, (kind, t.notes)
        assert t.partial == 0, (kind, t.notes)
        assert t.reopen_failed == 0, (kind, t.notes)
        assert t.sequence_faults == 0, (kind, t.notes)
        assert t.done + t.none == t.trials
    assert sum(t.killed for t in tallies.values()) >= 1  # at least one kill came mid-way
