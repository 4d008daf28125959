"""The roster carries each certificate's latest registration: 登记类型, 登记日期, 有效期至,
登记状态, 证书管理号 — exported, imported, checked cell by cell, and an export re-imports as
no change."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest
from cli_helpers import run
from openpyxl import Workbook, load_workbook

from swdesk.core.errors import RuleError
from swdesk.core.idnumber import make_id_number
from swdesk.services import roster
from swdesk.store import Store, open_store, workers
from swdesk.store import registrations as store_reg
from swdesk.store.unit import initialize

A2 = "助理社会工作师"
HEADER = ["姓名", "身份证号", "证书等级", "取得日期", "登记类型", "登记日期", "有效期至",
          "登记状态", "证书管理号"]  # fmt: skip


def idn(n: int) -> str:
    return make_id_number("510104", date(1980, 1, n), n)


def person(store: Store, n: int, registered: str | None = "2021-03-01") -> str:
    return workers.create(
        store,
        {"name": f"登记{n}", "id_number": idn(n)},
        [{"level": A2, "obtained_date": "2020-12-01", "registration_date": registered}],
    )


def sheet(path: Path, *rows: list[object]) -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(HEADER)
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def state(store: Store) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    regs = store.conn.execute(
        "SELECT id, version, deleted, kind, valid_from, valid_until, state, management_number "
        "FROM registrations ORDER BY id"
    ).fetchall()
    certs = store.conn.execute(
        "SELECT id, version, registration_date FROM certificates ORDER BY id"
    ).fetchall()
    return regs, certs


def test_an_export_reimports_as_no_change(store: Store, tmp_path: Path) -> None:
    person(store, 1)
    renewed = person(store, 2)
    store_reg.add(
        store,
        renewed,
        {"level": A2, "kind": "再登记", "valid_from": "2024-03-01", "state": "终审通过",
         "management_number": "0012024"},
    )  # fmt: skip
    pending = person(store, 3)
    [first] = store_reg.for_worker(store, pending)
    store_reg.update(store, first["id"], {"state": "待审核", "valid_until": "2023-12-31"})
    person(store, 4, registered=None)
    out = tmp_path / "花名册.xlsx"
    assert roster.export_roster(store, out) == 4
    ws = load_workbook(out).active
    assert ws is not None
    head = [c.value for c in ws[1]]
    rows = {r[head.index("姓名")]: r for r in ws.iter_rows(min_row=2, values_only=True)}
    cols = [head.index(h) for h in ("登记类型", "登记日期", "有效期至", "登记状态", "证书管理号")]
    assert [rows["登记2"][i] for i in cols] == [
        "再登记", datetime(2024, 3, 1), datetime(2027, 2, 28), "终审通过", "0012024",
    ]  # fmt: skip
    assert [rows["登记3"][i] for i in cols] == [
        "首次登记", datetime(2021, 3, 1), datetime(2023, 12, 31), "待审核", None,
    ]  # fmt: skip
    assert [rows["登记4"][i] for i in cols] == [None] * 5
    before = state(store)
    plan = roster.plan_import(store, out)
    assert plan.summary() == "共 4 行：新增 0，更新 0，无变化 4，错误 0"
    roster.apply_import(store, plan)
    assert state(store) == before


def test_import_makes_and_updates_registrations(store: Store, tmp_path: Path) -> None:
    wid = person(store, 1)
    path = sheet(
        tmp_path / "r.xlsx",
        ["登记1", idn(1), A2, "2020-12-01", "再登记", "2024-03-01", None, "待审核", "0099"],
        ["登记5", idn(5), A2, "2020-12-01", "首次登记", "2021-05-01", "2024-04-30", "已出证",
         "0005"],
    )  # fmt: skip
    plan = roster.plan_import(store, path)
    assert plan.summary() == "共 2 行：新增 1，更新 1，无变化 0，错误 0"
    assert plan.rows[0].changes["reg_state"] == (None, "待审核")
    roster.apply_import(store, plan)
    renewal = store_reg.for_worker(store, wid)[-1]
    assert (renewal["kind"], renewal["valid_from"], renewal["valid_until"], renewal["state"]) == (
        "再登记", "2024-03-01", "2027-02-28", "待审核",
    )  # fmt: skip
    assert workers.certificates(store, wid)[0]["registration_date"] == "2021-03-01"
    new = workers.find_by_id_number(store, idn(5))
    assert new is not None and new["certificates"][0]["registration_date"] == "2021-05-01"
    [first] = store_reg.for_worker(store, new["id"])
    assert (first["valid_until"], first["state"], first["management_number"]) == (
        "2024-04-30", "已出证", "0005",
    )  # fmt: skip
    # the system moved the 再登记 on: the next roster says so, and only that changes
    path2 = sheet(
        tmp_path / "r2.xlsx",
        ["登记1", idn(1), A2, "2020-12-01", "再登记", "2024-03-01", None, "已出证", "0099"],
    )
    plan2 = roster.plan_import(store, path2)
    assert plan2.rows[0].changes == {"reg_state": ("待审核", "已出证")}
    roster.apply_import(store, plan2)
    regs = store_reg.for_worker(store, wid)
    assert [(r["kind"], r["state"]) for r in regs] == [("首次登记", "已出证"), ("再登记", "已出证")]


@pytest.mark.parametrize(
    ("row", "column", "reason"),
    [
        (["再登记", "2024-03-01", None, "已审核", None], "登记状态", "登记状态“已审核”不认识"),
        (
            ["再登记", "2024-03-01", "2024-01-01", None, None],
            "有效期至",
            "登记有效期止 2024-01-01 早于有效期起 2024-03-01",
        ),
        (["再次登记", "2024-03-01", None, None, None], "登记类型", "登记类别“再次登记”不认识"),
        (["再登记", None, None, "已出证", None], "登记日期", "请同时填写登记日期"),
        (["再登记", "2024-13-01", None, None, None], "登记日期", "日期“2024-13-01”不存在"),
    ],
)
def test_bad_registration_cells_are_named_and_nothing_is_written(
    store: Store, tmp_path: Path, row: list[object], column: str, reason: str
) -> None:
    person(store, 1)
    before = state(store)
    path = sheet(tmp_path / "bad.xlsx", ["登记1", idn(1), A2, "2020-12-01", *row])
    plan = roster.plan_import(store, path)
    [err] = plan.errors
    assert (err.column, err.row) == (column, 2) and reason in err.reason, err
    with pytest.raises(RuleError, match="整份都没有导入"):
        roster.apply_import(store, plan)
    assert state(store) == before


def test_the_cli_refuses_a_bad_registration_with_exit_3(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_store(db_path) as s:
        initialize(s, "township", "510104001", "测试街道")
    path = sheet(
        tmp_path / "bad.xlsx",
        ["登记9", idn(9), A2, "2020-12-01", "首次登记", "2021-03-01", "2020-03-01", None, None],
    )
    code, out, err = run(capsys, db_path, "workers", "import", str(path))
    assert code == 3
    assert "登记有效期止 2020-03-01 早于有效期起 2021-03-01" in out + err
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("SELECT count(*) FROM registrations").fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM workers").fetchone() == (0,)
    finally:
        conn.close()
