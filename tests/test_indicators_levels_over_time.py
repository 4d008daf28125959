"""Levels over time (the year-end counts per certificate level) come from one read of the file
and equal the count made day by day from each day's facts, on a file whose status changes and
certificates fall on both sides of each year end."""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any

from conftest import VILLAGES
from roster_corpus import valid_id

from swdesk.core.indicators import engine
from swdesk.services import indicators
from swdesk.store import Store, indicator_facts, workers

AT = date(2024, 6, 30)
HEPING = VILLAGES[0][0]


def _worker(store: Store, seq: int, certs: list[dict[str, Any]]) -> str:
    raw = {
        "name": f"社工{seq}",
        "id_number": valid_id(seq),
        "village_code": HEPING,
        "post_type": "社区专职工作者",
        "status": "在岗",
    }
    return workers.create(store, raw, certs)


def _status(store: Store, wid: str, status: str, on: str) -> None:
    workers.update(store, wid, {**workers.get(store, wid), "status": status}, on_date=on)


def _file(store: Store) -> None:
    assistant, social = "助理社会工作师", "社会工作师"
    w1 = _worker(store, 1, [{"level": assistant, "obtained_date": "2021-12-31"}])
    workers.add_certificate(store, w1, {"level": social, "obtained_date": "2023-01-01"})
    _status(store, w1, "离岗", "2024-07-01")  # after the as-of date: undone
    w2 = _worker(store, 2, [{"level": assistant, "obtained_date": "2020-06-01"}])
    _status(store, w2, "离岗", "2022-01-01")
    _status(store, w2, "在岗", "2023-12-31")  # back on the year's last day
    w3 = _worker(store, 3, [{"level": social, "obtained_date": "2019-03-01"}])
    _status(store, w3, "调出", "2022-12-31")  # gone on the year's last day
    _worker(store, 4, [{"level": assistant}])  # undated: counted every year
    _worker(store, 5, [{"level": "社工员", "obtained_date": "2019-01-02"}])  # not certified
    w6 = _worker(store, 6, [{"level": assistant, "obtained_date": "2019-01-02"}])
    workers.delete(store, w6)  # a deleted file counts on no day
    w7 = _worker(store, 7, [{"level": assistant, "obtained_date": "2019-01-02"}])
    for cert in workers.certificates(store, w7):
        workers.delete_certificate(store, cert["id"])
    _worker(store, 8, [{"level": assistant, "obtained_date": "2024-01-01"}])
    store.conn.execute("UPDATE workers SET created_at = '2019-01-01T00:00:00.000Z'")


def _day_by_day(store: Store, day: date) -> dict[str, int]:
    """The count from the day's own facts, as each year was counted before."""
    facts = indicator_facts.workers(store, day, candidates=False)
    return engine.by_level(Counter((w.status, w.level) for w in facts))


def test_year_ends_by_hand_and_equal_to_each_days_facts(store: Store) -> None:
    _file(store)
    series = indicators.build_report(store, AT, history_years=6).levels_by_year
    assert series == {
        2019: {"助理社会工作师": 1, "社会工作师": 1},  # 4 (undated), 3
        2020: {"助理社会工作师": 2, "社会工作师": 1},  # + 2
        2021: {"助理社会工作师": 3, "社会工作师": 1},  # + 1 on 31 December
        2022: {"助理社会工作师": 2},  # 2 left on 1 January, 3 on 31 December
        2023: {"助理社会工作师": 2, "社会工作师": 1},  # 1 now 社会工作师, 2 back on 31 December
        2024: {"助理社会工作师": 3, "社会工作师": 1},  # + 8; 1 leaves after the date
    }
    for year, counts in series.items():
        day = AT if year == AT.year else date(year, 12, 31)
        assert counts == _day_by_day(store, day), year


def test_one_read_however_many_years(store: Store) -> None:
    _file(store)
    read: list[str] = []
    store.conn.set_trace_callback(read.append)
    try:
        indicator_facts.status_and_level_on(store, [date(y, 12, 31) for y in range(2015, 2025)])
    finally:
        store.conn.set_trace_callback(None)
    selects = [q for q in read if q.lstrip().upper().startswith("SELECT")]
    assert len(selects) == 3  # workers, their status changes, their certificates


def test_a_day_before_every_file_counts_no_one(store: Store) -> None:
    _file(store)
    on = indicator_facts.status_and_level_on(store, [date(2018, 12, 31)])
    assert engine.by_level(on[date(2018, 12, 31)]) == {"助理社会工作师": 1}  # the undated one
