"""Roles in the roster (职务: several in one cell, like 服务领域) and in the worker list's filter."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from swdesk.core import workforce as wf
from swdesk.core.idnumber import make_id_number
from swdesk.services import roster
from swdesk.store import Store, worker_roles, workers
from swdesk.store.workers import WorkerFilter

ID = make_id_number("510104", date(1985, 3, 15), 11)
OTHER = make_id_number("510104", date(1986, 4, 16), 12)


def _sheet(path: Path, rows: list[tuple[str, str, str]]) -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["姓名", "身份证号", "职务"])
    for row in rows:
        ws.append(list(row))
    wb.save(path)
    return path


def test_roles_import_update_and_export(store: Store, tmp_path: Path) -> None:
    first = _sheet(tmp_path / "a.xlsx", [("张三", ID, "儿童主任、定员干部"), ("李四", OTHER, "")])
    result = roster.apply_import(store, roster.plan_import(store, first))
    assert result.added == 2
    zs = workers.find_by_id_number(store, ID)
    assert zs is not None
    assert worker_roles.current(store, zs["id"]) == [
        wf.ROLE_STAFFED_CADRE,
        wf.ROLE_CHILDREN_DIRECTOR,
    ]
    # the same roles in another order change nothing
    again = _sheet(tmp_path / "b.xlsx", [("张三", ID, "定员干部，儿童主任"), ("李四", OTHER, "")])
    assert roster.plan_import(store, again).summary() == "共 2 行：新增 0，更新 0，无变化 2，错误 0"
    # one role dropped, one added: an update that ends one and begins the other
    changed = _sheet(tmp_path / "c.xlsx", [("张三", ID, "定员干部、儿童督导员")])
    plan = roster.plan_import(store, changed)
    assert [r.changes for r in plan.rows] == [
        {
            "roles": (
                [wf.ROLE_STAFFED_CADRE, wf.ROLE_CHILDREN_DIRECTOR],
                [wf.ROLE_STAFFED_CADRE, wf.ROLE_CHILDREN_SUPERVISOR],
            )
        }
    ]
    roster.apply_import(store, plan)
    assert worker_roles.current(store, zs["id"]) == [
        wf.ROLE_STAFFED_CADRE,
        wf.ROLE_CHILDREN_SUPERVISOR,
    ]
    ended = [r for r in worker_roles.of_worker(store, zs["id"]) if r["until"]]
    assert [r["role"] for r in ended] == [wf.ROLE_CHILDREN_DIRECTOR]
    out = tmp_path / "export.xlsx"
    roster.export_roster(store, out)
    ws = load_workbook(out)["花名册"]
    cols = {c.value: c.column for c in ws[1]}
    shown = {ws.cell(r, cols["身份证号"]).value: ws.cell(r, cols["职务"]).value for r in (2, 3)}
    assert shown == {ID: "定员干部、儿童督导员", OTHER: None}
    # the export reads back unchanged
    assert roster.plan_import(store, out).summary() == "共 2 行：新增 0，更新 0，无变化 2，错误 0"


def test_an_unknown_role_is_a_row_error_and_nothing_is_imported(
    store: Store, tmp_path: Path
) -> None:
    bad = _sheet(tmp_path / "bad.xlsx", [("张三", ID, "村长")])
    plan = roster.plan_import(store, bad)
    assert [(e.column, e.value) for e in plan.errors] == [("职务", "村长")]
    assert "不在可选范围内" in plan.errors[0].reason
    with pytest.raises(Exception, match="整份都没有导入"):
        roster.apply_import(store, plan)
    assert workers.count(store) == 0
    assert store.scalar("SELECT count(*) FROM worker_roles") == 0


def test_the_worker_list_filters_by_a_role_held_now(store: Store) -> None:
    a = workers.create(
        store, {"name": "张三", "id_number": ID, "roles": [wf.ROLE_CHILDREN_DIRECTOR]}
    )
    b = workers.create(store, {"name": "李四", "id_number": OTHER})
    rowid = {workers.rowid_of(store, w): w for w in (a, b)}

    def found(role: str) -> set[str]:
        return {rowid[r] for r in workers.search_rowids(store, WorkerFilter(role=role))}

    assert found(wf.ROLE_CHILDREN_DIRECTOR) == {a}
    assert found(wf.ROLE_PARTY_SECRETARY) == set()
    raw = {"name": "张三", "id_number": ID, "roles": []}
    workers.update(store, a, raw)
    assert found(wf.ROLE_CHILDREN_DIRECTOR) == set()
    assert len(workers.search_rowids(store, WorkerFilter())) == 2
