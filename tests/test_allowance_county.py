"""The county's summary of its townships' allowance payrolls, from packages they sent.

Rule: 助理 200 (250 from 2026-03), 社会工作师 300 a month from the month after the
certificate, registration required, a reward of 500 when 助理 is first obtained. Three
townships:

====  ============================================================  ======  =====  =====
town  run                                                           Jan     Feb    Mar
====  ============================================================  ======  =====  =====
甲镇  first quarter (3 months), approved: 甲一 助理, 甲二 社会工作师,    1 000   700    800
      甲三 助理 obtained 2026-01-15 (reward 500 in Jan, 200 Feb, 250 Mar)
乙镇  January, a draft: 乙一 助理                                       200     —      —
丙镇  February, published: 丙一 社会工作师                              —       300    —
====  ============================================================  ======  =====  =====

甲镇's quarter pays its full-month lines a rate to each month; the reward counts in January,
the month it was obtained.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from cli_helpers import run
from external_tools import need
from sync_fixtures import COUNTY, World, add_worker, township_store
from test_allowance_runs import ASSISTANT, POST, RULES, SOCIAL_WORKER
from test_payroll_files import libreoffice_csv

from swdesk.core import allowance as al
from swdesk.core.errors import RuleError
from swdesk.services.allowance_statement import statement_of
from swdesk.store import Store, county_payrolls, workers
from swdesk.store import allowance_rewards as rewards
from swdesk.store import allowances as store_al
from swdesk.store import registrations as store_reg
from swdesk.store.allowance_history import worker_lines
from swdesk.sync import merge

C_CODE = f"{COUNTY}102"


def _rules() -> dict[str, object]:
    raw = json.loads(json.dumps(RULES))
    for v in raw["versions"]:
        v["rewards"] = {ASSISTANT: 500}
    return raw


def _paid(t: Store, k: int, name: str, level: str, obtained: str, registered: str) -> None:
    wid = add_worker(t, k, name, post_type=POST)
    workers.add_certificate(t, wid, {"level": level, "obtained_date": obtained})
    store_reg.add(t, wid, {"level": level, "valid_from": registered})


@pytest.fixture
def county(world: World) -> Iterator[tuple[World, Store]]:
    """The county after importing 甲镇, 乙镇 and 丙镇's packages (see the table above)."""
    c = township_store(world.root / "c3.db", world.county, C_CODE, "丙镇")
    a, b = world.a, world.b
    for t in (a, b, c):
        store_al.set_rules(t, _rules())
    _paid(a, 1, "甲一", ASSISTANT, "2019-01-01", "2024-01-01")
    _paid(a, 2, "甲二", SOCIAL_WORKER, "2019-01-01", "2024-01-01")
    _paid(a, 3, "甲三", ASSISTANT, "2026-01-15", "2026-01-20")
    _paid(b, 4, "乙一", ASSISTANT, "2019-01-01", "2024-01-01")
    _paid(c, 5, "丙一", SOCIAL_WORKER, "2019-01-01", "2024-01-01")
    jan, feb = date(2026, 1, 1), date(2026, 2, 1)
    store_al.compute_run(a, jan, 3)
    store_al.publish(a, jan)
    store_al.approve(a, jan)
    store_al.compute_run(b, jan)
    store_al.compute_run(c, feb)
    store_al.publish(c, feb)
    res = merge.import_files(world.county, [world.export(t) for t in (a, b, c)])
    assert all(r.accepted for r in res), [r.reason for r in res]
    yield world, c
    c.close()


def _own_totals(*towns: Store) -> dict[str, int]:
    return {t.unit_code: sum(int(r["total_fen"]) for r in store_al.list_runs(t)) for t in towns}


def test_the_county_sums_what_each_township_paid(county: tuple[World, Store]) -> None:
    world, c = county
    rows = county_payrolls.payroll_months(world.county, [f"2026-{m:02d}" for m in range(1, 13)])
    got = {(r.township_name, r.month): (r.people, r.amount, r.state) for r in rows}
    assert got == {
        ("甲镇", "2026-01"): (3, 100000, al.RUN_APPROVED),
        ("甲镇", "2026-02"): (3, 70000, al.RUN_APPROVED),
        ("甲镇", "2026-03"): (3, 80000, al.RUN_APPROVED),
        ("乙镇", "2026-01"): (1, 20000, al.RUN_DRAFT),
        ("乙镇", "2026-02"): (0, 0, None),
        ("乙镇", "2026-03"): (0, 0, None),
        ("丙镇", "2026-01"): (0, 0, None),
        ("丙镇", "2026-02"): (1, 30000, al.RUN_PUBLISHED),
        ("丙镇", "2026-03"): (0, 0, None),
    }
    # Each township's months add up to the totals of its own runs.
    by_town: dict[str, int] = {}
    for r in rows:
        by_town[r.township] = by_town.get(r.township, 0) + r.amount
    assert by_town == _own_totals(world.a, world.b, c)
    assert [r.approved for r in rows if r.state] == [True, False, True, False, True]
    assert county_payrolls.payroll_totals(rows) == [
        ("2026-01", 4, 120000, 2, 1),
        ("2026-02", 4, 100000, 2, 1),
        ("2026-03", 3, 80000, 1, 1),
    ]
    # One month: every township, sent or not; a month nobody sent shows them all unsent.
    assert [
        (r.township_name, r.state)
        for r in county_payrolls.payroll_months(world.county, ["2026-03"])
    ] == [("甲镇", al.RUN_APPROVED), ("乙镇", None), ("丙镇", None)]
    assert {r.state for r in county_payrolls.payroll_months(world.county, ["2026-07"])} == {None}


def test_the_cli_summary_and_its_refusal_on_a_township_file(
    capsys: pytest.CaptureFixture[str], county: tuple[World, Store]
) -> None:
    world, _ = county
    code, out, err = run(
        capsys, world.root / "c.db", "allowance", "county", "--year", "2026", "--json"
    )
    assert code == 0, err
    data = json.loads(out)
    assert [(m["month"], m["people"], m["amount"]) for m in data] == [
        ("2026-01", 4, 1200.0),
        ("2026-02", 4, 1000.0),
        ("2026-03", 3, 800.0),
    ]
    jan = {t["township_name"]: t for t in data[0]["townships"]}
    assert jan["乙镇"]["state"] == al.RUN_DRAFT and jan["乙镇"]["is_approved"] is False
    assert jan["甲镇"]["is_approved"] is True and jan["甲镇"]["run_months"] == 3
    assert jan["丙镇"]["state"] is None
    code, out, _ = run(capsys, world.root / "c.db", "allowance", "county", "--month", "2026-01")
    assert code == 0
    assert "乙镇\t草稿\t1 人\t200.00 元" in out
    assert "全县合计\t2 个乡镇报送，1 个已审核\t4 人\t1200.00 元" in out
    code, _, err = run(
        capsys, world.root / "c.db", "allowance", "county", "--out", str(world.root / "x.pdf")
    )
    assert code == 3 and ".xlsx" in err and not (world.root / "x.pdf").exists()
    before = (world.root / "a.db").read_bytes()
    code, out, err = run(capsys, world.root / "a.db", "allowance", "county")
    assert code == 3 and out == ""
    assert "只能在县里的数据文件上运行" in err
    assert (world.root / "a.db").read_bytes() == before


def test_libreoffice_recalculates_the_county_sheet(
    capsys: pytest.CaptureFixture[str], county: tuple[World, Store], tmp_path: Path
) -> None:
    soffice = need("soffice")
    world, c = county
    src = tmp_path / "县级汇总.xlsx"
    code, _, err = run(capsys, world.root / "c.db", "allowance", "county", "--out", str(src))
    assert code == 0, err
    (rows,) = libreoffice_csv(soffice, src, tmp_path).values()
    body = [r for r in rows[3:] if r and r[0].startswith("2026-") and len(r) > 6 and r[6]]
    assert len(body) == 9  # 3 townships × 3 months, one row each
    assert not any(c.isdigit() and len(c) == 18 for r in rows for c in r)  # no ID numbers
    start = next(i for i, r in enumerate(rows) if r[0] == "全县每月合计") + 2
    totals = {r[0]: r[1:5] for r in rows[start:] if r[0].startswith("2026-")}

    def money(s: str) -> float:
        return float(s.replace(",", ""))

    assert {m: (int(t[0]), int(t[1]), int(t[2]), money(t[3])) for m, t in totals.items()} == {
        "2026-01": (2, 1, 4, 1200.0),
        "2026-02": (2, 1, 4, 1000.0),
        "2026-03": (1, 1, 3, 800.0),
    }
    grand = next(r for r in rows[start:] if r[0] == "合计")
    assert money(grand[4]) == sum(_own_totals(world.a, world.b, c).values()) / 100 == 3000.0
    assert "未报送" in {r[4] for r in body}


def test_a_county_file_shows_what_the_township_paid(county: tuple[World, Store]) -> None:
    """甲三 of ``test_allowance_county`` (助理 obtained 2026-01-15): 甲镇's approved quarter
    pays February 200, March 250 and the reward of 500; the county sees the same history."""
    world, _ = county
    c = world.county
    wid = str(c.scalar("SELECT id FROM workers WHERE name = ?", ("甲三",)))
    got = [(x.kind, x.first_month.month, x.amount, x.state) for x in worker_lines(c, wid)]
    assert got == [
        ("allowance", 2, 20000, "approved"),
        ("allowance", 3, 25000, "approved"),
        ("reward", 1, 50000, "approved"),
    ]
    s = statement_of(c, wid, 2026)
    assert (s.total, s.pending) == (95000, 0)
    assert [m.amount for m in s.months[:4]] == [0, 20000, 25000, 0]
    assert s.months[3].note == "尚无该月发放表"
    with pytest.raises(RuleError, match="2027 年还没有任何发放表"):
        statement_of(c, wid, 2027)
    # The county pays nobody: with a reward owed in a township (甲一's 社会工作师 below), the
    # county's file proposes none.
    store_al.set_rules(c, _rules())
    assert rewards.pending(world.a) == []
    a1 = str(world.a.scalar("SELECT id FROM workers WHERE name = ?", ("甲一",)))
    raw = _rules()
    raw["versions"][-1]["rewards"] = {SOCIAL_WORKER: 800}  # type: ignore[index]
    store_al.set_rules(world.a, raw)
    workers.add_certificate(world.a, a1, {"level": SOCIAL_WORKER, "obtained_date": "2026-03-05"})
    assert [o.name for o in rewards.pending(world.a)] == ["甲一"]
    store_al.set_rules(c, raw)
    merge.import_files(c, [world.export(world.a)])
    assert rewards.pending(c) == []
