"""A small township whose every indicator is known by construction (shared by the indicator
tests of the engine's report and of the CLI).

和平社区 and 新民社区 (urban) and 红星村 (rural), 1,000 registered residents each. Between the
end of 2023 and the end of 2024: B obtains a 社会工作师 certificate (2024-06-01), C leaves
(离岗 2024-03-01), D moves from 新民社区 to 红星村 (2024-07-01). E holds only 社工员.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from conftest import VILLAGES
from roster_corpus import valid_id

from swdesk.store import Store, workers

HEPING, XINMIN, HONGXING = (v[0] for v in VILLAGES)
END_2023, END_2024 = date(2023, 12, 31), date(2024, 12, 31)


def _worker(
    store: Store,
    seq: int,
    name: str,
    village: str,
    post_type: str,
    certs: list[dict[str, Any]],
    **extra: Any,
) -> str:
    raw = {
        "name": name,
        "id_number": valid_id(seq),
        "village_code": village,
        "post_type": post_type,
        "status": "在岗",
        **extra,
    }
    return workers.create(store, raw, certs)


def build_town(store: Store) -> dict[str, str]:
    for code, _, _ in VILLAGES:
        store.conn.execute(
            "UPDATE villages SET registered_population = 1000 WHERE code = ?", (code,)
        )
    ids = {
        "A": _worker(
            store,
            1,
            "甲一",
            HEPING,
            "社区专职工作者",
            [{"level": "助理社会工作师", "obtained_date": "2022-05-01"}],
            domains=["老年"],
        ),
        "B": _worker(
            store, 2, "乙二", HEPING, "社区专职工作者", [], education="大学本科", sw_major=True
        ),
        "C": _worker(
            store,
            3,
            "丙三",
            XINMIN,
            "社区专职工作者",
            [{"level": "助理社会工作师", "obtained_date": "2021-03-01"}],
        ),
        "D": _worker(
            store,
            4,
            "丁四",
            XINMIN,
            "其他",
            [{"level": "助理社会工作师", "obtained_date": "2020-09-01"}],
        ),
        "E": _worker(
            store,
            5,
            "戊五",
            HONGXING,
            "社区专职工作者",
            [{"level": "社工员", "obtained_date": "2019-09-01"}],
        ),
    }
    workers.add_certificate(store, ids["B"], {"level": "社会工作师", "obtained_date": "2024-06-01"})
    c = workers.get(store, ids["C"])
    workers.update(store, ids["C"], {**c, "status": "离岗"}, on_date="2024-03-01")
    d = workers.get(store, ids["D"])
    workers.update(store, ids["D"], {**d, "village_code": HONGXING}, on_date="2024-07-01")
    # The files and the history of post type and domains go back before both dates.
    store.conn.execute("UPDATE workers SET created_at = '2019-01-01T00:00:00.000Z'")
    store.conn.execute("UPDATE meta SET value = '2019-01-01' WHERE key = 'history_from'")
    return ids
