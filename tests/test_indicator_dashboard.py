"""What the 指标 page reads beyond the engine's figures: year-end counts per level, domains,
who the ids are, and which townships are stale — on a township known by construction."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from conftest import VILLAGES
from indicator_town import END_2024, build_town
from sync_fixtures import two_townships

from swdesk.services.indicator_dashboard import (
    STALE_DAYS_SETTING,
    dashboard,
    stale_days,
    stale_townships,
)
from swdesk.store import Store

ASSISTANT, SOCIAL = "助理社会工作师", "社会工作师"


@pytest.fixture
def town(store: Store) -> dict[str, str]:
    return build_town(store)


def test_levels_over_time_are_year_end_counts_of_certified_people_in_post(
    store: Store, town: dict[str, str]
) -> None:
    board = dashboard(store, END_2024)
    # D certified 2020-09, C 2021-03, A 2022-05; C leaves 2024-03, B certified 2024-06.
    assert board.report.levels_by_year == {
        2019: {},
        2020: {ASSISTANT: 1},
        2021: {ASSISTANT: 2},
        2022: {ASSISTANT: 3},
        2023: {ASSISTANT: 3},
        2024: {ASSISTANT: 2, SOCIAL: 1},
    }
    assert board.report.domains == {"老年": 1}  # only 甲一 (in post) names a domain
    assert board.report.stale_townships == ()  # a township file has none


def test_people_are_named_with_their_village_and_level_as_of_the_date(
    store: Store, town: dict[str, str]
) -> None:
    names = {code: name for code, name, _ in VILLAGES}
    board = dashboard(store, date(2024, 1, 31))
    d = board.people[town["D"]]
    assert (d.name, d.village, d.level) == ("丁四", names[VILLAGES[1][0]], ASSISTANT)
    later = dashboard(store, END_2024).people[town["D"]]
    assert later.village == names[VILLAGES[2][0]]  # moved to 红星村 in July 2024
    assert len(later.id_number) == 18
    assert board.people[town["B"]].level == ""  # no certificate yet in January 2024


def test_a_township_is_stale_after_the_set_number_of_days(tmp_path: Path) -> None:
    with two_townships(tmp_path) as w:
        a, b = w.a.unit_code, w.b.unit_code
        synced = datetime(2026, 3, 1, 9, 30).isoformat()
        w.county.conn.execute(
            "UPDATE sync_townships SET last_import_at = ? WHERE code = ?", (synced, a)
        )
        day = date(2026, 3, 1)
        assert stale_days(w.county) == 30
        # 乙镇 never sent a package: stale whatever the day.
        assert stale_townships(w.county, day + timedelta(days=30), 30) == (b,)
        assert stale_townships(w.county, day + timedelta(days=31), 30) == (a, b)
        w.county.set_setting(STALE_DAYS_SETTING, 7)
        assert stale_days(w.county) == 7
        assert dashboard(w.county, day, day + timedelta(days=8)).report.stale_townships == (a, b)
        assert dashboard(w.county, day, day + timedelta(days=7)).report.stale_townships == (b,)


def test_a_nonsense_stale_setting_falls_back_to_30_days(store: Store) -> None:
    store.set_setting(STALE_DAYS_SETTING, "soon")
    assert stale_days(store) == 30
    store.set_setting(STALE_DAYS_SETTING, 0)
    assert stale_days(store) == 30
