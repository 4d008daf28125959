"""Counting continuing education in days attended (a CE setting: ``day_count``).

《重庆市綦江区民政局关于进一步加强社会工作专业人才队伍建设工作的通知》: "社会工作师3年内接受
社会工作专业培训的时间累计不少于15天" — time in training, in days: a 6-hour training day is one
day, not 0.75. The per-worker path (``standing_of``) and the SQL path (``standings``) agree.
"""

from __future__ import annotations

from datetime import date

import pytest

from swdesk.core import ce
from swdesk.core.errors import RuleError
from swdesk.core.idnumber import make_id_number
from swdesk.store import Store, training, workers

L3 = "社会工作师"
AT = date(2022, 12, 31)


def _settings(day_count: str, per_day: float = 8) -> ce.CESettings:
    raw = {**training.presets()["qijiang"].to_dict(), "day_count": day_count}
    return ce.settings_from_dict({**raw, "hours_per_day": per_day})


def test_qijiang_preset_counts_dates_national_keeps_hours() -> None:
    p = training.presets()
    assert p["qijiang"].day_count == ce.DAY_COUNT_DATES and p["qijiang"].counts_dates
    assert p["national"].day_count == ce.DAY_COUNT_HOURS and not p["national"].counts_dates
    # no key: today's reading (hours ÷ N)
    assert ce.settings_from_dict({"unit": "days"}).day_count == ce.DAY_COUNT_HOURS
    # dates only matter when the unit is days
    hours_unit = ce.settings_from_dict({"unit": "hours", "day_count": "dates"})
    assert not hours_unit.counts_dates
    assert hours_unit.record_hours("training", "2022-05-10", "2022-05-12", 6) == 6


def test_bad_day_count_refused() -> None:
    with pytest.raises(RuleError, match="按天计算的方式“weeks”不对"):
        ce.settings_from_dict({"unit": "days", "day_count": "weeks"})


@pytest.mark.parametrize(
    ("activity", "start", "end", "hours", "days"),
    [
        ("training", "2022-05-10", "2022-05-10", 6, 1),  # one day, whatever its hours
        ("training", "2022-05-10", "2022-05-10", 2, 1),
        ("training", "2022-05-10", "2022-05-10", 12, 1),
        ("training", "2022-05-10", "2022-05-12", 20, 3),  # a 3-day event
        ("training", "2022-02-28", "2022-03-01", 4, 2),  # across a month end
        ("training", None, "2022-05-10", 12, 1.5),  # no start date: hours ÷ 8
        ("degree", "2022-05-10", "2022-05-10", 90, 11.25),  # a conversion keeps its credit
    ],
)
def test_days_of_one_record(
    activity: str, start: str | None, end: str, hours: float, days: float
) -> None:
    s = _settings("dates")
    assert s.record_hours(activity, start, end, hours) * s.to_units(1.0) == days


def test_hours_reading_unchanged() -> None:
    s = _settings("hours")
    assert s.record_hours("training", "2022-05-10", "2022-05-12", 20) * s.to_units(1.0) == 2.5


def _person(store: Store, n: int) -> str:
    idn = make_id_number("510104", date(1980, 1, 1 + n % 28), n)
    certs = [{"level": L3, "obtained_date": "2021-03-01", "registration_date": "2021-03-01"}]
    return workers.create(store, {"name": f"测试{n}", "id_number": idn}, certs)


def _event(store: Store, start: str, end: str, hours: float) -> str:
    return training.add_event(
        store, {"title": f"培训{start}", "start_date": start, "end_date": end, "hours": hours}
    )


def _mixed(store: Store) -> dict[str, str]:
    """Workers with one-day, several-day, undated and converted records, and one before the
    period (not counted)."""
    a, b, c, d = (_person(store, n) for n in (1, 2, 3, 4))
    one_day = _event(store, "2022-05-10", "2022-05-10", 6)
    three_days = _event(store, "2022-06-01", "2022-06-03", 20)
    before = _event(store, "2020-05-01", "2020-05-02", 16)
    training.attend(store, one_day, [a, b])
    training.attend(store, three_days, [a, c])
    training.attend(store, before, [a, d])
    training.attend(store, _event(store, "2022-07-01", "2022-07-02", 10), [training.Attendee(b, 3)])
    training.add_record(store, c, {"title": "网络课程", "end_date": "2022-08-01", "hours": 12})
    training.add_record(
        store,
        d,
        {"title": "外出培训", "start_date": "2022-09-01", "end_date": "2022-09-02", "hours": 5},
    )
    training.add_record(store, d, {"activity": "degree", "end_date": "2022-10-01"})
    return {"a": a, "b": b, "c": c, "d": d}


# hand-computed days in the period from 2021-03-01
BY_DATES = {"a": 1 + 3, "b": 1 + 2, "c": 3 + 1.5, "d": 2 + 11.25}
BY_HOURS = {"a": (6 + 20) / 8, "b": (6 + 3) / 8, "c": (20 + 12) / 8, "d": (5 + 90) / 8}


@pytest.mark.parametrize(("day_count", "expected"), [("dates", BY_DATES), ("hours", BY_HOURS)])
def test_both_paths_agree_on_a_mixed_data_set(
    store: Store, day_count: str, expected: dict[str, float]
) -> None:
    who = _mixed(store)
    settings = _settings(day_count)
    fast = {w.worker_id: w.standing for w in training.standings(store, AT, settings)}
    for key, wid in who.items():
        slow = training.standing_of(store, wid, AT, settings)
        assert slow.earned == fast[wid].earned == round(expected[key], 2), key
        assert (slow.status, slow.missing) == (fast[wid].status, fast[wid].missing)


def test_saved_qijiang_preset_counts_a_short_day_as_a_day(store: Store) -> None:
    training.set_ce_settings(store, training.presets()["qijiang"])
    a = _person(store, 1)
    training.attend(store, _event(store, "2022-05-10", "2022-05-10", 6), [a])
    assert training.standing_of(store, a, AT).earned == 1
    ((w),) = training.standings(store, AT)
    assert (w.standing.required, w.standing.earned, w.standing.missing) == (15, 1, 14)


def test_odd_hours_per_day_still_agree(store: Store) -> None:
    who = _mixed(store)
    settings = _settings("dates", per_day=7)
    fast = {w.worker_id: w.standing for w in training.standings(store, AT, settings)}
    for wid in who.values():
        assert training.standing_of(store, wid, AT, settings).earned == fast[wid].earned
    assert fast[who["c"]].earned == round(3 + 12 / 7, 2)
