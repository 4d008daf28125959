"""A small township whose every indicator is known by construction, at two dates.

和平社区 and 新民社区 (urban) and 红星村 (rural), 1,000 registered residents each. Between the
end of 2023 and the end of 2024: B obtains a 社会工作师 certificate (2024-06-01), C leaves
(离岗 2024-03-01), D moves from 新民社区 to 红星村 (2024-07-01). E holds only 社工员.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from conftest import VILLAGES
from roster_corpus import valid_id

from swdesk.core.indicators.results import Status
from swdesk.services.indicators import build_report
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


@pytest.fixture
def town(store: Store) -> dict[str, str]:
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


def _by_key(store: Store, at: date) -> dict[str, Any]:
    return {r.key: r for r in build_report(store, at).results}


def test_end_of_2023(store: Store, town: dict[str, str]) -> None:
    r = _by_key(store, END_2023)
    # Certified in post: A (和平), C and D (新民); B not yet, E only 社工员.
    assert (r["total"].numerator, r["total"].status) == (3, Status.NO_TARGET)
    assert set(r["total"].people) == {town["A"], town["C"], town["D"]}
    assert (r["per_population"].value, r["per_population"].met) == (1.0, False)
    assert (r["per_population"].numerator, r["per_population"].denominator) == (3, 3000)
    # 社区专职工作者 in post: A, B, C, E; certified: A, C.
    assert (
        r["community_workers_certified"].numerator,
        r["community_workers_certified"].denominator,
    ) == (2, 4)
    assert r["community_workers_certified"].value == 50.0
    assert r["community_workers_certified"].met is True
    assert (r["urban_average"].value, r["urban_average"].met) == (1.5, False)
    assert (r["rural_average"].value, r["rural_average"].met) == (0.0, False)
    assert r["elderly"].numerator == 1 and r["minors"].numerator == 0
    assert r["agency_party_coverage"].status == Status.NO_DATA
    assert r["township_coverage"].value == 0.0
    assert r["passed_exam"].numerator == 3
    assert all(x.status != Status.ESTIMATED for x in r.values())
    report = build_report(store, END_2023)
    gaps = {(g.code, g.key): g for g in report.gaps}
    assert set(gaps) == {(HEPING, "community_certified_each"), (HONGXING, "village_certified_each")}
    heping = gaps[(HEPING, "community_certified_each")]
    assert (heping.required, heping.have, heping.short) == (2, 1, 1)
    assert heping.shortfall() == "还差 1 名持证社工"
    assert heping.candidates == (town["B"],)  # 本科 in social work: may sit the exam this year
    assert gaps[(HONGXING, "village_certified_each")].candidates == ()  # E: no education known
    counts = {u.code: u.certified for u in report.units}
    assert counts == {HEPING: 1, XINMIN: 2, HONGXING: 0}


def test_end_of_2024(store: Store, town: dict[str, str]) -> None:
    r = _by_key(store, END_2024)
    # A and B at 和平, D now at 红星; C left.
    assert set(r["total"].people) == {town["A"], town["B"], town["D"]}
    assert (
        r["community_workers_certified"].numerator,
        r["community_workers_certified"].denominator,
    ) == (2, 3)
    assert r["community_workers_certified"].value == 66.67
    assert (r["urban_average"].value, r["urban_average"].met) == (1.0, False)
    assert (r["rural_average"].value, r["rural_average"].met) == (1.0, True)
    assert (r["community_certified_each"].numerator, r["community_certified_each"].denominator) == (
        1,
        2,
    )
    assert r["village_certified_each"].met is True
    report = build_report(store, END_2024)
    assert [(g.code, g.short) for g in report.gaps] == [(XINMIN, 2)]
    assert {u.code: u.certified for u in report.units} == {HEPING: 2, XINMIN: 0, HONGXING: 1}


def test_before_the_history_began_is_an_estimate(store: Store, town: dict[str, str]) -> None:
    store.conn.execute("UPDATE meta SET value = '2024-01-01' WHERE key = 'history_from'")
    r = _by_key(store, END_2023)
    # Post type and domains are not known for 2023; village, status and certificates are.
    assert r["community_workers_certified"].status == Status.ESTIMATED
    assert r["per_population"].status == Status.COMPUTED
    assert _by_key(store, END_2024)["community_workers_certified"].status == Status.COMPUTED


def test_a_file_made_after_the_date_is_an_estimate(store: Store, town: dict[str, str]) -> None:
    store.conn.execute(
        "UPDATE workers SET created_at = '2024-02-01T00:00:00.000Z' WHERE id = ?", (town["A"],)
    )
    assert _by_key(store, END_2023)["per_population"].status == Status.ESTIMATED
    assert _by_key(store, END_2024)["per_population"].status == Status.COMPUTED
