"""Training costs per attendance: recorded, changed, listed with totals, refused with a reason
(exit 3, nothing written), and carried to the county."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from cli_helpers import run, township_file

from swdesk.core import training_cost as tc
from swdesk.core.errors import RuleError
from swdesk.core.idnumber import make_id_number
from swdesk.store import open_store, training, villages, workers
from swdesk.store import training_costs as costs

VILLAGE = "510104001001"
WANG = make_id_number("510104", date(1985, 3, 3), 12)
LI = make_id_number("510104", date(1990, 1, 1), 34)  # has a file, did not attend


@pytest.fixture
def db(tmp_path: Path) -> tuple[Path, str]:
    """A township file where 王五 attended 《个案工作实务》 (2026-03-02); the event's id."""
    path = tmp_path / "t.db"
    with township_file(path) as s:
        villages.add(s, VILLAGE, "玉林社区", "urban")
        wang = workers.create(s, {"name": "王五", "id_number": WANG, "village_code": VILLAGE})
        workers.create(s, {"name": "李四", "id_number": LI, "village_code": VILLAGE})
        ev = training.add_event(
            s,
            {"title": "个案工作实务", "start_date": "2026-03-02", "hours": 6, "mode": "面授"},
        )
        training.attend(s, ev, [training.Attendee(wang, None)])
    return path, ev


def _listed(capsys: pytest.CaptureFixture[str], path: Path) -> list[dict[str, object]]:
    code, out, _ = run(capsys, path, "training", "costs", "--json")
    assert code == 0
    return list(json.loads(out))


def test_a_cost_is_recorded_changed_and_listed(
    capsys: pytest.CaptureFixture[str], db: tuple[Path, str]
) -> None:
    path, ev = db
    code, out, _ = run(
        capsys, path, "training", "cost", "--event", ev, "--id-number", WANG, "--amount", "380.5"
    )
    assert code == 0 and "380.50 元" in out and "所在单位" in out
    (row,) = _listed(capsys, path)
    assert row == {
        "event": ev,
        "title": "个案工作实务",
        "id_number": WANG,
        "name": "王五",
        "amount": "380.50",
        "payer": tc.PAYER_UNIT,
        "state": tc.COST_UNPAID,
        "state_label": "未报销",
        "reimbursed_on": None,
        "note": None,
    }
    # The same attendance again: the one cost changes, it is not recorded twice.
    argv = ("--event", ev, "--id-number", WANG, "--amount", "380.5", "--state", "已报销")
    code, _, _ = run(capsys, path, "training", "cost", *argv, "--date", "2026-03-20")
    assert code == 0
    (row,) = _listed(capsys, path)
    assert (row["state"], row["reimbursed_on"]) == (tc.COST_REIMBURSED, "2026-03-20")
    code, out, _ = run(capsys, path, "training", "costs", "--event", ev)
    assert (
        code == 0
        and "王五" in out
        and "合计：未报销 0.00 元，已报销 380.50 元，不予报销 0.00 元" in out
    )
    with open_store(path, daily_backup=False) as s:
        assert s.scalar("SELECT COUNT(*) FROM training_costs") == 1
        assert s.scalar("SELECT version FROM training_costs") == 2


@pytest.mark.parametrize(
    ("extra", "why"),
    [
        (("--id-number", WANG, "--amount", "-5"), "应大于 0"),
        (("--id-number", WANG, "--amount", "0"), "应大于 0"),
        (("--id-number", WANG, "--amount", "三百"), "培训费用"),
        (("--id-number", WANG, "--amount", "10", "--state", "报了"), "报销状态“报了”不对"),
        (("--id-number", WANG, "--amount", "10", "--date", "2026-03-20"), "只有“已报销”"),
        (
            ("--id-number", WANG, "--amount", "10", "--state", "已报销", "--date", "2099-01-01"),
            "还没到",
        ),
        (("--id-number", WANG, "--amount", "10", "--payer", "单" * 31), "太长"),
        (("--id-number", LI, "--amount", "10"), "没有参加培训“个案工作实务”"),
        (("--id-number", "110101199001011234", "--amount", "10"), ""),
    ],
)
def test_bad_input_is_refused_and_changes_nothing(
    capsys: pytest.CaptureFixture[str], db: tuple[Path, str], extra: tuple[str, ...], why: str
) -> None:
    path, ev = db
    with open_store(path, daily_backup=False) as s:
        n_audit = s.scalar("SELECT COUNT(*) FROM audit_log")
    code, _, err = run(capsys, path, "training", "cost", "--event", ev, *extra)
    assert code == 3 and why in err and err.strip()
    with open_store(path, daily_backup=False) as s:
        assert s.scalar("SELECT COUNT(*) FROM training_costs") == 0
        assert s.scalar("SELECT COUNT(*) FROM audit_log") == n_audit


def test_an_unknown_event_is_refused(
    capsys: pytest.CaptureFixture[str], db: tuple[Path, str]
) -> None:
    path, _ = db
    code, _, err = run(
        capsys, path, "training", "cost", "--event", "nope", "--id-number", WANG, "--amount", "1"
    )
    assert code == 3 and "找不到编号为 nope 的培训" in err


def test_the_rules_of_a_cost() -> None:
    today = date(2026, 4, 1)
    c = tc.check_cost("0.01", None, " ", None, today)
    assert (c.amount, c.payer, c.state, c.reimbursed_on) == (1, tc.PAYER_UNIT, tc.COST_UNPAID, None)
    c = tc.check_cost(200, tc.COST_REIMBURSED, "玉林社区", None, today)
    assert (c.payer, c.reimbursed_on) == ("玉林社区", "2026-04-01")  # today when not given
    assert tc.check_cost(1, tc.COST_REIMBURSED, None, today, today).reimbursed_on == "2026-04-01"
    assert tc.check_cost(1, "不予报销", "单" * 30, None, today).state == tc.COST_REFUSED
    assert tc.check_cost(1, tc.COST_REFUSED, None, None, today).state == tc.COST_REFUSED
    with pytest.raises(RuleError, match="还没到"):
        tc.check_cost(1, tc.COST_REIMBURSED, None, date(2026, 4, 2), today)
    with pytest.raises(RuleError, match="只有“已报销”"):
        tc.check_cost(1, tc.COST_REFUSED, None, today, today)


def test_a_deleted_attendance_hides_its_cost(db: tuple[Path, str]) -> None:
    path, ev = db
    with open_store(path, daily_backup=False) as s:
        wang = workers.find_by_id_number(s, WANG)["id"]  # type: ignore[index]
        costs.set_cost(s, ev, wang, 100)
        (record,) = training.attendees(s, ev)
        training.delete_record(s, record["id"], "记错了")
        assert costs.list_costs(s) == []
        with pytest.raises(RuleError, match="没有参加培训"):
            costs.set_cost(s, ev, wang, 100)


def test_costs_travel_to_the_county(world: object) -> None:
    from sync_fixtures import add_worker

    from swdesk.sync import merge

    t = world.a  # type: ignore[attr-defined]
    wid = add_worker(t, 5, "赵六")
    ev = training.add_event(
        t, {"title": "伦理", "start_date": "2026-01-05", "hours": 3, "mode": "面授"}
    )
    training.attend(t, ev, [training.Attendee(wid, None)])
    costs.set_cost(t, ev, wid, "120", tc.COST_REIMBURSED, on=date(2026, 1, 20))
    res = merge.import_files(world.county, [world.export(t)])  # type: ignore[attr-defined]
    assert all(r.accepted for r in res), [r.reason for r in res]
    county = world.county  # type: ignore[attr-defined]
    (row,) = costs.list_costs(county)
    assert (row["name"], row["amount_fen"], row["state"], row["reimbursed_on"]) == (
        "赵六",
        12000,
        tc.COST_REIMBURSED,
        "2026-01-20",
    )
