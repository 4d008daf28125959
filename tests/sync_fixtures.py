"""A county with enrolled townships, for the sync tests."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from swdesk.core.idnumber import make_id_number
from swdesk.store import Store, open_store, training, villages, workers
from swdesk.store.unit import initialize
from swdesk.sync import enroll, keys, package

COUNTY = "510411"


def county_store(path: Path, code: str = COUNTY, name: str = "某县") -> Store:
    s = open_store(path, daily_backup=False)
    initialize(s, "county", code, name)
    keys.create_county_keys(s)
    return s


def township_store(path: Path, county: Store, code: str, name: str) -> Store:
    t = open_store(path, daily_backup=False)
    initialize(t, "township", code, name)
    enroll.join(t, enroll.enroll(county, code, name))
    villages.add(t, f"{code}001", f"{name}一社区", "urban")
    return t


def idn(k: int) -> str:
    from datetime import date, timedelta

    return make_id_number("510104", date(1980, 1, 1) + timedelta(days=k), k % 997)


def add_worker(t: Store, k: int, name: str = "张三", **extra: Any) -> str:
    raw = {
        "name": name,
        "id_number": idn(k),
        "phone": "13912345678",
        "village_code": f"{t.unit_code}001",
        **extra,
    }
    return workers.create(t, raw)


@dataclass
class World:
    root: Path
    county: Store
    a: Store
    b: Store
    n: int = 0

    def export(self, t: Store, full: bool = False) -> Path:
        self.n += 1
        return package.export(t, self.root / f"pkg{self.n}.swsync", full=full).path

    def close(self) -> None:
        for s in (self.county, self.a, self.b):
            s.close()


@contextmanager
def two_townships(root: Path) -> Iterator[World]:
    """A county (c.db) with townships 甲镇 (a.db) and 乙镇 (b.db) enrolled; closed after."""
    c = county_store(root / "c.db")
    a = township_store(root / "a.db", c, f"{COUNTY}100", "甲镇")
    b = township_store(root / "b.db", c, f"{COUNTY}101", "乙镇")
    w = World(root, c, a, b)
    yield w
    w.close()


def set_phone(store: Store, worker_id: str, phone: str) -> None:
    """Edit one worker's phone the way the 社工档案 page does (the same store functions)."""
    raw = workers.get(store, worker_id)
    raw.pop("certificates"), raw.pop("moves")
    workers.update(store, worker_id, {**raw, "phone": phone})


# The columns of a ``villages`` table as a package carries them (sync columns first).
VILLAGE_COLUMNS = [
    "id",
    "created_at",
    "updated_at",
    "origin",
    "version",
    "deleted",
    "code",
    "name",
    "kind",
]


def attend(t: Store, wid: str, title: str) -> None:
    """One day's 6-hour training that ``wid`` attended: a change that sends the person again."""
    ev = training.add_event(
        t,
        {
            "title": title,
            "start_date": "2024-03-01",
            "end_date": "2024-03-01",
            "hours": 6,
            "mode": "面授",
        },
    )
    training.attend(t, ev, [wid])
