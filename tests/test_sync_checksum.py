"""The manifest's per-table checksum is the fold of the row hashes the county compares with."""

from __future__ import annotations

from pathlib import Path

import pytest
from sync_fixtures import add_worker, two_townships

from swdesk.sync.tables import checksum, fold, live_checksums, ordered_tables, row_hasher

ROWS = [
    ("a", 1, None, "张三", 1.5, 0),
    ("b", 2, "x", "李\u200b四", -3.25, 0),
    ("c", 3, "", 'O\'Brien "Jr"', 0.0, 1),
]
COLS = ("id", "version", "note", "name", "hours", "deleted")


@pytest.mark.parametrize("n", [0, 1, 2, 3])
def test_checksum_is_the_fold_of_the_row_hashes(n: int) -> None:
    rows = ROWS[:n]
    assert checksum("t", COLS, rows) == fold(map(row_hasher("t", COLS), rows))


def test_one_changed_value_changes_the_checksum() -> None:
    changed = [ROWS[0], ("b", 2, "x", "李\u200b四", -3.5, 0), ROWS[2]]
    assert checksum("t", COLS, changed)[1] != checksum("t", COLS, ROWS)[1]
    assert checksum("t", COLS, ROWS)[1] != checksum("u", COLS, ROWS)[1]


def test_live_checksums_of_a_township_match_the_row_hashes(tmp_path: Path) -> None:
    with two_townships(tmp_path) as w:
        for k in range(4):
            add_worker(w.a, k, f"人{k}")
        got = live_checksums(w.a)
        for info in ordered_tables(w.a):
            rows = w.a.conn.execute(
                f"SELECT {', '.join(info.columns)} FROM {info.name} WHERE deleted = 0"
            ).fetchall()
            live, digest = fold(map(row_hasher(info.name, info.columns), rows))
            assert got[info.name] == {"live": live, "checksum": digest}
        assert got["workers"]["live"] == 4
