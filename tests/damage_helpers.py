"""Shared by the integrity tests: a township file of a given size, and the three kinds of
damage met in the field."""

from __future__ import annotations

import hashlib
import random
import sqlite3
from datetime import date
from pathlib import Path

from swdesk.core.idnumber import make_id_number
from swdesk.store import open_store, villages, workers
from swdesk.store.unit import initialize

KINDS = ("middle", "page", "header")
# Seeded: each run damages the same bytes in the same way (a failure can be replayed).
_RANDOM = random.Random(14)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def names_in(path: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return sorted(r[0] for r in conn.execute("SELECT name FROM workers WHERE deleted = 0"))
    finally:
        conn.close()


def full_check(path: Path) -> str:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    except sqlite3.DatabaseError as e:  # too damaged for the check to run
        return str(e)
    finally:
        conn.close()


def make_file(path: Path, count: int) -> None:
    """A township file with ``count`` workers, checkpointed (its pages all in the main file)."""
    with open_store(path, daily_backup=False) as store:
        initialize(store, "township", "510104001", "测试街道")
        villages.add(store, "510104001001", "和平社区", "urban")
        for i in range(count):
            workers.create(
                store,
                {
                    "name": f"张{i:03d}",
                    "id_number": make_id_number("510104", date(1980, 1, 1), 100 + i),
                    "village_code": "510104001001",
                },
            )
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def damage(path: Path, kind: str) -> None:
    """The three kinds of damage met in the field: 64 KB of random bytes in the middle, one
    b-tree page (the workers table's root) overwritten, the first 100 bytes destroyed."""
    size = path.stat().st_size
    with open(path, "r+b") as f:
        if kind == "middle":
            assert size > 3 * 65536
            f.seek(size // 2 - 32768)
            f.write(_RANDOM.randbytes(65536))
        elif kind == "page":
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            root, page_size = conn.execute(
                "SELECT rootpage, (SELECT page_size FROM pragma_page_size) "
                "FROM sqlite_master WHERE name = 'workers'"
            ).fetchone()
            conn.close()
            f.seek((root - 1) * page_size)
            f.write(_RANDOM.randbytes(page_size))
        else:
            f.seek(0)
            f.write(_RANDOM.randbytes(100))
