"""Demo data: realistic, valid by the same rules as real input, and reproducible from a seed."""

from __future__ import annotations

import itertools
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import pytest

from swdesk.core import enums
from swdesk.core.errors import RuleError
from swdesk.core.idnumber import parse_id_number
from swdesk.core.worker import WORKER_FIELDS, validate_certificate, validate_worker
from swdesk.services import demo
from swdesk.store import Store, open_store, villages, workers
from swdesk.store.unit import initialize

TODAY = date(2024, 6, 1)


def township(path: Path) -> Store:
    store = open_store(path)
    initialize(store, "township", "510104001", "测试街道")
    return store


def snapshot(store: Store) -> list[tuple[object, ...]]:
    return store.conn.execute(
        "SELECT name, id_number, phone, village_code, level, status, domains FROM workers ORDER BY id_number"
    ).fetchall()


def test_fill_adds_villages_and_workers(blank_store: Store) -> None:
    initialize(blank_store, "township", "510104001", "测试街道")
    assert demo.fill(blank_store, 120, seed=5, today=TODAY) == 120
    assert workers.count(blank_store) == 120
    vs = villages.list_all(blank_store)
    assert len(vs) == 12
    kinds = Counter(v["kind"] for v in vs)
    assert kinds["urban"] >= 1 and kinds["rural"] >= 1
    for v in vs:
        assert v["code"].startswith("510104001") and len(v["code"]) == 12
        assert v["name"].endswith("社区" if v["kind"] == "urban" else "村")


def test_every_demo_worker_passes_the_real_rules(blank_store: Store) -> None:
    initialize(blank_store, "township", "510104001", "测试街道")
    demo.fill(blank_store, 150, seed=11, today=TODAY)
    codes = {v["code"] for v in villages.list_all(blank_store)}
    levels = Counter()
    for wid in [r["id"] for r in blank_store.query("SELECT id FROM workers")]:
        w = workers.get(blank_store, wid)
        idn = parse_id_number(w["id_number"], TODAY)
        assert (w["gender"], w["birth_date"]) == (idn.gender, idn.birth_date.isoformat())
        assert 18 <= (TODAY - idn.birth_date).days // 365 <= 65
        assert len(w["name"]) in (2, 3)
        assert w["village_code"] in codes
        assert w["status"] in enums.STATUSES
        assert w["post_type"] in enums.POST_TYPES
        assert set(w["domains"]) <= set(enums.DOMAINS) and w["domains"]
        # the record round-trips through validation unchanged
        again = validate_worker(
            {k: w[k] for k in WORKER_FIELDS if k != "id_note"},
            TODAY,
        )
        assert again["id_number"] == w["id_number"] and again["phone"] == w["phone"]
        if w["status"] != "在岗":
            assert w["status_date"] and w["status_date"] <= TODAY.isoformat()
        held = [c["level"] for c in w["certificates"]]
        assert w["level"] == enums.highest_level(held)
        for c in w["certificates"]:
            clean = validate_certificate(c)
            assert int(clean["obtained_date"][:4]) - idn.birth_date.year >= 20  # an adult's exam
            assert clean["obtained_date"] <= TODAY.isoformat()
            if clean["registration_date"]:
                assert clean["obtained_date"] <= clean["registration_date"] <= TODAY.isoformat()
        levels[w["level"]] += 1
    assert levels[None] > 0 and len(levels) >= 4  # a realistic mix, many without a certificate


def test_same_seed_same_data(tmp_path: Path) -> None:
    a, b, c = (township(tmp_path / f"{n}.db") for n in "abc")
    try:
        demo.fill(a, 60, seed=42, today=TODAY)
        demo.fill(b, 60, seed=42, today=TODAY)
        demo.fill(c, 60, seed=43, today=TODAY)
        assert snapshot(a) == snapshot(b)
        assert [v["name"] for v in villages.list_all(a)] == [
            v["name"] for v in villages.list_all(b)
        ]
        assert snapshot(a) != snapshot(c)
    finally:
        for s in (a, b, c):
            s.close()


def test_fill_twice_adds_more_without_duplicates(store: Store) -> None:
    demo.fill(store, 40, seed=1, today=TODAY)
    demo.fill(store, 40, seed=1, today=TODAY)  # the same seed again: every number is taken
    assert workers.count(store) == 80
    assert store.scalar("SELECT count(DISTINCT id_number) FROM workers") == 80


def test_existing_villages_are_used(store: Store) -> None:
    demo.fill(store, 30, seed=2, today=TODAY)
    assert len(villages.list_all(store)) == 3  # the fixture's three, none invented
    used = {r["village_code"] for r in store.query("SELECT village_code FROM workers")}
    assert used <= {v["code"] for v in villages.list_all(store)}


def test_search_finds_demo_workers_by_pinyin(store: Store) -> None:
    demo.fill(store, 50, seed=9, today=TODAY)
    from swdesk.core.names import pinyin_keys

    row = store.query("SELECT name, id_number FROM workers ORDER BY id_number LIMIT 1")[0]
    initials, full = pinyin_keys(row["name"])
    for text in (initials, full, row["name"], row["id_number"][-6:]):
        assert row["name"] in [r["name"] for r in workers.list_public(store, text)], text


def test_fill_needs_an_initialised_file(blank_store: Store) -> None:
    with pytest.raises(RuleError):
        demo.fill(blank_store, 5)
    assert workers.count(blank_store) == 0
    assert villages.list_all(blank_store) == []


def test_the_demo_has_renewed_lapsed_and_pending_registrations(blank_store: Store) -> None:
    """Some first registrations ran out and were renewed (再登记, 已出证, from the day after the
    last ended, up to today), some lapsed, and someone in the window has applied (待审核)."""
    from swdesk.core.ce import Period
    from swdesk.store import registrations, training

    initialize(blank_store, "township", "510104001", "测试街道")
    demo.fill(blank_store, 200, seed=5, today=TODAY)
    renewed = lapsed = pending = 0
    for wid, rows in registrations.all_live(blank_store).items():
        by_level: dict[str, list[tuple[str, str, str, str]]] = {}
        for row in rows:
            by_level.setdefault(row[0], []).append(row)
        for mine in by_level.values():
            mine.sort(key=lambda r: r[1])
            for before, after in itertools.pairwise(mine):
                assert date.fromisoformat(after[1]) == date.fromisoformat(before[2]) + timedelta(1)
            last = mine[-1]
            if last[3] == "待审核":
                pending += 1
                assert last[1] > TODAY.isoformat()
            elif len(mine) > 1:
                renewed += 1
                assert last[1] <= TODAY.isoformat() <= last[2]
            elif last[2] < TODAY.isoformat():
                lapsed += 1
                if len(by_level) == 1:  # no higher level's period in the way
                    st = training.standing_of(blank_store, wid, TODAY)
                    assert isinstance(st.period, Period) and not st.period.registered
    assert renewed >= 3 and lapsed >= 1 and pending >= 1, (renewed, lapsed, pending)


def test_a_fresh_demo_has_figures_a_station_short_of_the_standard_and_a_station_post(
    blank_store: Store,
) -> None:
    from swdesk.core import workforce as wf
    from swdesk.store import posts, stations

    initialize(blank_store, "township", "510104001", "测试街道")
    demo.fill(blank_store, 120, seed=5, today=TODAY)
    for v in villages.list_all(blank_store):
        assert v["registered_population"] >= 1500
        assert v["elderly_population"] < v["registered_population"]
    (station,) = stations.list_stations(blank_store, TODAY)
    done = stations.items(blank_store, station["id"])
    assert [i for i in wf.STATION_ITEMS if done.get(i, {}).get("done_on")] == list(
        wf.STATION_ITEMS[:-1]
    )
    station_posts = [p for p in posts.list_posts(blank_store) if p["unit_kind"] == "station"]
    assert len(station_posts) == 1


def test_existing_villages_get_no_invented_figures(store: Store) -> None:
    from swdesk.store import stations

    demo.fill(store, 30, seed=2, today=TODAY)
    assert all(v["registered_population"] is None for v in villages.list_all(store))
    assert stations.list_stations(store, TODAY) == []


def test_filling_again_renews_no_registration_twice(tmp_path: Path) -> None:
    """A second fill of the same file renews only registrations not renewed yet: before, each
    fill renewed every run-out first registration again, so a file filled 50 times (the sync
    benchmark's township) held hundreds of thousands of registrations for a thousand people."""
    today = date(2026, 6, 30)
    store = township(tmp_path / "t.db")
    demo.fill(store, 150, seed=4, today=today)
    first = store.scalar("SELECT count(*) FROM registrations")
    for seed in (5, 6, 7):
        demo.fill(store, 5, seed=seed, today=today)
    twice = store.conn.execute(
        "SELECT worker_id, level, valid_from, count(*) FROM registrations WHERE deleted = 0 "
        "GROUP BY worker_id, level, valid_from HAVING count(*) > 1"
    ).fetchall()
    assert twice == []
    assert store.scalar("SELECT count(*) FROM registrations") < first * 1.5
    store.close()


def _post_dates(store: Store) -> list[tuple[object, ...]]:
    return store.conn.execute(
        "SELECT w.id_number, p.unit_code, p.kind, p.opened_on, f.from_date, f.to_date "
        "FROM post_fills f JOIN posts p ON p.id = f.post_id JOIN workers w ON w.id = f.worker_id "
        "ORDER BY w.id_number"
    ).fetchall()


def test_two_demos_for_the_same_day_have_the_same_posts_dated_by_that_day(
    tmp_path: Path,
) -> None:
    """Flagged people's posts are dated by the demo's own day, not the day it is run."""
    a, b = (township(tmp_path / f"{n}.db") for n in "ab")
    try:
        demo.fill(a, 120, seed=5, today=TODAY)
        demo.fill(b, 120, seed=5, today=TODAY)
        dates = _post_dates(a)
        assert len(dates) > 10 and dates == _post_dates(b)
        days = {d for row in dates for d in row[3:5]}
        assert max(days) <= TODAY.isoformat()  # nothing after the demo's day
        assert TODAY.isoformat() in days  # the on-duty flagged people's posts begin on it
        assert date.today().isoformat() not in days
    finally:
        for s in (a, b):
            s.close()
