"""The indicators of a township built by hand (``indicator_town``), at the end of 2023 and 2024."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from indicator_town import END_2023, END_2024, HEPING, HONGXING, XINMIN, build_town

from swdesk.core.indicators.results import Status
from swdesk.services.indicators import build_report
from swdesk.store import Store


@pytest.fixture
def town(store: Store) -> dict[str, str]:
    return build_town(store)


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


def test_station_staff_setting_by_date(store: Store) -> None:
    from swdesk.store.indicator_facts import station_min_staff

    assert station_min_staff(store, END_2024) == 1
    store.set_setting(
        "station_min_staff",
        [{"valid_from": "2019-01-01", "count": 1}, {"valid_from": "2024-06-01", "count": 2}],
    )
    assert station_min_staff(store, END_2023) == 1
    assert station_min_staff(store, END_2024) == 2


def test_levels_over_time_and_domains(store: Store, town: dict[str, str]) -> None:
    report = build_report(store, END_2024, history_years=3)
    assert report.levels_by_year == {
        2022: {"助理社会工作师": 3},  # A, C, D
        2023: {"助理社会工作师": 3},
        2024: {"助理社会工作师": 2, "社会工作师": 1},  # C left; B obtained 社会工作师
    }
    assert report.domains == {"老年": 1}  # A; the same person the elderly indicator counts
    assert build_report(store, END_2024).levels_by_year == {}
