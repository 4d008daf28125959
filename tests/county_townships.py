"""A county holding two townships whose villages share names, built by the real sync path.

甲镇 (…100) and 乙镇 (…101) each have 前进村 and 桃园村 (and their own 一社区); 甲镇 has three
people, 乙镇 two, each holding a 助理社会工作师 certificate. Each township exports a package and the county imports both.
"""

from __future__ import annotations

from sync_fixtures import COUNTY, World, idn

from swdesk.core import enums
from swdesk.store import villages, workers
from swdesk.sync import merge

A, B = f"{COUNTY}100", f"{COUNTY}101"
SHARED = ("前进村", "桃园村")
PEOPLE = {A: ("张甲一", "张甲二", "张甲三"), B: ("李乙一", "李乙二")}


def village_code(township: str, name: str) -> str:
    return f"{township}{201 + SHARED.index(name)}"


def fill(w: World) -> World:
    """Villages and people in both townships, then both packages imported at the county."""
    k = 0
    for t in (w.a, w.b):
        for name in SHARED:
            villages.add(t, village_code(t.unit_code, name), name, "rural")
        for i, person in enumerate(PEOPLE[t.unit_code]):
            k += 1
            raw = {
                "name": person,
                "id_number": idn(k),
                "village_code": village_code(t.unit_code, SHARED[i % 2]),
            }
            cert = {
                "level": enums.LEVEL_ASSISTANT,
                "obtained_date": "2020-12-01",
                "registration_date": "2021-03-01",
            }
            workers.create(t, raw, [cert])
    res = merge.import_files(w.county, [w.export(w.a), w.export(w.b)])
    assert all(r.accepted for r in res), [r.reason for r in res]
    return w
