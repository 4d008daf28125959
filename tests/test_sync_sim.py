"""Randomized townships → county simulation (a few seeds here; many in bench/bench_sync.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sync_sim import Sim


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_county_equals_union_of_townships(tmp_path: Path, seed: int) -> None:
    sim = Sim(tmp_path, seed)
    try:
        sim.run(rounds=6, steps=40)
        sim.check()
        # Transfers happened, and each moved person is one county row fed by two townships.
        moved = sim.county.query(
            "SELECT key_id, COUNT(DISTINCT origin) AS n FROM sync_mirror WHERE tbl = 'workers' "
            "GROUP BY key_id HAVING n > 1"
        )
        assert moved
        # Exams and appraisals went through their whole life and arrived: signed sheets (the
        # lock let the merge write them), sheets reopened and signed again, scores and fees.
        c = sim.county
        assert c.scalar("SELECT COUNT(*) FROM appraisals WHERE state = 'signed'")
        assert any(
            t.store.scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'reopen'")
            for t in sim.towns
        )
        assert c.scalar("SELECT COUNT(*) FROM sync_mirror WHERE tbl = 'appraisals' AND version > 3")
        for table in ("exam_registrations", "exam_results", "exam_fees", "appraisal_rounds"):
            assert c.scalar(f"SELECT COUNT(*) FROM {table} WHERE deleted = 0"), table
        assert any(r.code == "bad_signature" for r in sim.rejected)
        assert all(r.code == "bad_signature" for r in sim.rejected)
        # Importing everything once more changes nothing.
        before = sim.county.scalar("SELECT COUNT(*) FROM audit_log")
        again = sorted(set(sim.root.glob("p*.swsync")))
        from swdesk.sync import merge

        res = merge.import_files(sim.county, again)
        assert all(r.accepted for r in res)
        assert sum(r.total("new") + r.total("updated") + r.total("deleted") for r in res) == 0
        assert sim.county.scalar("SELECT COUNT(*) FROM audit_log") == before
        sim.check()
    finally:
        sim.close()
