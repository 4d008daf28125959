"""A county's indicators from three townships' packages: per township the same figures each
township computes on its own file, and the county's counts the sums of the townships'."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from cli_helpers import run
from sync_fixtures import COUNTY, World, add_worker, township_store

from swdesk.core.indicators import engine
from swdesk.services.indicators import build_report
from swdesk.store import Store, open_store, records, villages, workers
from swdesk.sync import merge

AT = date.today()
C_CODE = f"{COUNTY}102"
ASSISTANT = {"level": "助理社会工作师", "obtained_date": "2020-01-01"}


def _fill(t: Store, first: int, certified: int, uncertified: int, population: int) -> None:
    """``certified`` and ``uncertified`` 社区专职工作者 at the township's community, a village
    with no one, and the registered population of both."""
    villages.add(t, f"{t.unit_code}201", f"{t.unit_name}一村", "rural")
    t.conn.execute("UPDATE villages SET registered_population = ?", (population,))
    for k in range(certified):
        wid = add_worker(t, first + k, f"持证{k}", post_type="社区专职工作者", domains=["老年"])
        workers.add_certificate(t, wid, ASSISTANT)
    for k in range(uncertified):
        add_worker(t, first + 50 + k, f"未持证{k}", post_type="社区专职工作者")


def _station(t: Store, staff_id: str) -> None:
    """A station meeting all of 六有 with one certified full-time worker."""
    sid = records.insert(
        t, "stations", {"township_code": t.unit_code, "name": f"{t.unit_name}社工站"}
    )
    for item in engine.SIX_HAVE:
        records.insert(
            t, "station_items", {"station_id": sid, "item": item, "done_on": "2024-01-01"}
        )
    pid = records.insert(
        t,
        "posts",
        {
            "unit_kind": "station",
            "unit_code": t.unit_code,
            "kind": "专职",
            "opened_on": "2024-01-01",
        },
    )
    records.insert(
        t, "post_fills", {"post_id": pid, "worker_id": staff_id, "from_date": "2024-01-01"}
    )


@pytest.fixture
def county(world: World) -> Iterator[tuple[Store, tuple[Store, Store, Store]]]:
    c = township_store(world.root / "c3.db", world.county, C_CODE, "丙镇")
    a, b = world.a, world.b
    _fill(a, 1, certified=3, uncertified=1, population=2000)
    _fill(b, 100, certified=1, uncertified=3, population=1500)
    _fill(c, 200, certified=0, uncertified=2, population=500)
    staff = add_worker(a, 300, "驻站", post_type="社工站驻站社工")
    workers.add_certificate(a, staff, ASSISTANT)
    _station(a, staff)
    res = merge.import_files(world.county, [world.export(t) for t in (a, b, c)])
    assert all(r.accepted for r in res), [r.reason for r in res]
    yield world.county, (a, b, c)
    c.close()


def test_county_figures_are_the_sums_of_the_townships(
    county: tuple[Store, tuple[Store, Store, Store]],
) -> None:
    cty, towns = county
    report = build_report(cty, AT)
    own = {r.key: r for r in report.results if r.township is None}
    per_town = {(r.township, r.key): r for r in report.results if r.township}
    assert {t for t, _ in per_town} == {t.unit_code for t in towns}
    for t in towns:
        # Each township's row on the county is what the township computes on its own file.
        for r in build_report(t, AT).results:
            mine = per_town[(t.unit_code, r.key)]
            assert (mine.numerator, mine.denominator, mine.value) == (
                r.numerator,
                r.denominator,
                r.value,
            ), (t.unit_code, r.key)
    for key, r in own.items():
        if r.numerator is None:
            continue
        rows = [per_town[(t.unit_code, key)] for t in towns]
        assert r.numerator == sum(x.numerator or 0 for x in rows), key
        if r.denominator is not None:
            assert r.denominator == sum(x.denominator or 0 for x in rows), key
    # By construction: 3 + 1 + 0 certified community workers and the station's worker.
    assert own["total"].numerator == 5
    assert (
        own["community_workers_certified"].numerator,
        own["community_workers_certified"].denominator,
    ) == (4, 10)
    assert (own["per_population"].numerator, own["per_population"].denominator) == (5, 8000)
    assert (own["township_coverage"].numerator, own["township_coverage"].denominator) == (1, 3)
    assert own["elderly"].numerator == 4
    assert own["urban_average"].denominator == 3 and own["rural_average"].denominator == 3


def test_county_gaps_name_the_township(
    county: tuple[Store, tuple[Store, Store, Store]],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    cty, (a, b, c) = county
    gaps = {(g.township, g.code, g.key): g.short for g in build_report(cty, AT).gaps}
    for t in (a, b, c):
        own = {(t.unit_code, g.code, g.key): g.short for g in build_report(t, AT).gaps}
        assert own == {k: v for k, v in gaps.items() if k[0] == t.unit_code}
    assert gaps[(b.unit_code, f"{b.unit_code}001", "community_certified_each")] == 1
    assert gaps[(c.unit_code, f"{c.unit_code}001", "community_certified_each")] == 2
    assert (a.unit_code, f"{a.unit_code}001", "community_certified_each") not in gaps
    path = Path(cty.path)
    cty.close()
    code, out, err = run(capsys, path, "indicators", "gaps", "--json")
    assert code == 0, err
    rows = json.loads(out)
    assert all(r["township"] for r in rows)
    assert {
        (r["township"], r["code"], r["short"])
        for r in rows
        if r["key"] == "community_certified_each"
    } == {
        (b.unit_code, f"{b.unit_code}001", 1),
        (c.unit_code, f"{c.unit_code}001", 2),
    }


def test_an_enrolled_township_keeps_the_countys_rules(
    world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    from swdesk.store import indicator_rules

    path = Path(world.a.path)
    world.a.close()
    code, _, err = run(capsys, path, "indicators", "rules", "--preset", "jilin")
    assert code == 3 and "指标规则由县里制定" in err, err
    with open_store(path) as a:
        assert a.setting(indicator_rules.KEY) is None
    county_path = Path(world.county.path)
    world.county.close()
    code, _, err = run(capsys, county_path, "indicators", "rules", "--preset", "jilin")
    assert code == 0, err
