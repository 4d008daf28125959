"""A results sheet imported through ``exam_results_batch`` leaves the data file as
``exams.enter_results`` (the per-score path ``set_score`` shares) leaves it: the same scores,
states, proposals and versions, later years judged again — and one audit entry that lists it."""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from swdesk.core.idnumber import make_id_number
from swdesk.services import exam_import
from swdesk.store import Store, exams, workers

C1, P1 = "社会工作综合能力（初级）", "社会工作实务（初级）"
C2, P2, L2 = "社会工作综合能力（中级）", "社会工作实务（中级）", "社会工作法规与政策"


class _Undo(Exception):
    pass


def _person(store: Store, n: int) -> str:
    return workers.create(
        store,
        {
            "name": f"考生{n}",
            "id_number": make_id_number("510104", date(1980, 1, 1 + n % 28), n),
            "village_code": "510104001001",
        },
        [{"level": "助理社会工作师", "obtained_date": "2018-12-01"}] if n < 8 else [],
    )


def _id_number(store: Store, worker_id: str) -> str:
    return str(store.scalar("SELECT id_number FROM workers WHERE id = ?", (worker_id,)))


def _state(store: Store) -> dict[str, Any]:
    """What an import may change, keyed so both paths compare (new rows get new ids)."""
    results = {
        (r["registration_id"], r["subject"]): (r["score"], r["absent"], r["version"], r["deleted"])
        for r in store.query("SELECT * FROM exam_results")
    }
    regs = {
        r["id"]: (r["state"], r["proposal"], r["version"])
        for r in store.query("SELECT * FROM exam_registrations")
    }
    outcomes = {
        y: {
            v.id: ([(s.name, s.score, s.absent, s.line) for s in v.subjects], v.outcome)
            for v in exams.registrations(store, y)
        }
        for y in (2023, 2024, 2025)
    }
    return {"results": results, "registrations": regs, "outcomes": outcomes}


def _scenario(store: Store) -> tuple[list[tuple[str, str, str, object]], dict[str, str]]:
    """Registrations with earlier results, results already entered, an accepted and a pending
    proposal, a 2025 sitting the 2024 scores complete; the sheet's rows (ID number, name,
    subject, score) and the registrations by name."""
    for y in (2023, 2024, 2025):
        exams.save_year(store, y)
    p = {n: _person(store, n) for n in range(1, 10)}
    regs: dict[str, str] = {}
    # 1: passed 综合 in 2023, sits 实务 and 法规 in 2024.
    r23 = exams.register(store, 2023, p[1], "中级")
    exams.enter_results(store, 2023, [(r23, C2, 70), (r23, P2, 50), (r23, L2, 40)])
    regs["one"] = exams.register(store, 2024, p[1], "中级")
    # 2: a score already there, corrected by the sheet; another already there, unchanged.
    regs["two"] = exams.register(store, 2024, p[2], "中级")
    exams.set_score(store, regs["two"], C2, 75)
    exams.set_score(store, regs["two"], P2, 80)
    # 3: sits 2024 and 2025; 2025 has 综合 only so far — the 2024 sheet completes the window.
    regs["three"] = exams.register(store, 2024, p[3], "中级")
    regs["three25"] = exams.register(store, 2025, p[3], "中级")
    exams.enter_results(store, 2025, [(regs["three25"], C2, 70), (regs["three25"], P2, 50)])
    exams.set_score(store, regs["three25"], L2, 50)
    # 4: passed 初级 (pending proposal); the sheet corrects a score below the line.
    regs["four"] = exams.register(store, 2024, p[8], "初级")
    exams.enter_results(store, 2024, [(regs["four"], C1, 60), (regs["four"], P1, 60)])
    # 5: passed and the certificate accepted: a corrected score leaves the proposal alone.
    regs["five"] = exams.register(store, 2024, p[9], "初级")
    exams.enter_results(store, 2024, [(regs["five"], C1, 70), (regs["five"], P1, 70)])
    exams.accept_proposal(store, regs["five"])
    # 6: marked 缺考 before any score; the sheet brings one.
    regs["six"] = exams.register(store, 2024, p[4], "中级", state="已缴费")
    exams.update_registration(store, regs["six"], {"state": "缺考"})
    # 7: 缺考 written in the sheet.
    regs["seven"] = exams.register(store, 2024, p[5], "中级")
    # 10: registered for 2024 before the 2023 results came: sits all three again, and the
    # same 2024 scores as 3 pass with 2023's 综合.
    r23b = exams.register(store, 2023, p[7], "中级")
    regs["ten"] = exams.register(store, 2024, p[7], "中级")
    exams.enter_results(store, 2023, [(r23b, C2, 70)])
    # 8: registered, not on the sheet.
    regs["eight"] = exams.register(store, 2024, p[6], "中级")
    idn = {k: _id_number(store, exams.registration(store, v).worker_id) for k, v in regs.items()}
    rows: list[tuple[str, str, str, object]] = [
        (idn["one"], "考生1", P2, 61),
        (idn["one"], "", L2, "60"),
        (idn["two"], "考生2", C2, 59.5),
        (idn["two"], "考生2", P2, 80),
        (idn["two"], "考生2", L2, 90),
        (idn["three"], "考生3", C2, 40),
        (idn["three"], "考生3", P2, 65),
        (idn["three"], "考生3", L2, 66),
        (idn["ten"], "考生7", C2, 40),
        (idn["ten"], "考生7", P2, 65),
        (idn["ten"], "考生7", L2, 66),
        (idn["four"], "考生8", P1, 59),
        (idn["five"], "考生9", C1, 30),
        (idn["six"], "考生4", C2, 70),
        (idn["seven"], "考生5", C2, "缺考"),
        (idn["seven"], "考生5", P2, 100),
        (idn["seven"], "考生5", L2, 0),
    ]
    return rows, regs


def _sheet(path: Path, rows: list[tuple[str, str, str, object]]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(["身份证号", "姓名", "科目", "成绩"])
    for r in rows:
        ws.append(list(r))
    wb.save(path)
    return path


def test_sheet_import_leaves_what_enter_results_leaves(store: Store, tmp_path: Path) -> None:
    rows, regs = _scenario(store)
    sheet = _sheet(tmp_path / "results.xlsx", rows)
    before = int(store.scalar("SELECT max(seq) FROM audit_log"))
    with pytest.raises(_Undo), store.atomic():
        assert exam_import.import_results(store, 2024, sheet) == len(rows)
        imported = _state(store)
        entries = store.query("SELECT * FROM audit_log WHERE seq > ?", (before,))
        raise _Undo
    by_idn = {
        _id_number(store, exams.registration(store, rid).worker_id): rid
        for k, rid in regs.items()
        if k != "three25"
    }
    absent = ("缺考",)
    items = [
        (by_idn[i], s, None if v in absent else float(v))  # type: ignore[arg-type]
        for i, _, s, v in rows
    ]
    exams.enter_results(store, 2024, items)
    assert imported == _state(store)
    after = imported["registrations"]
    # The effects the scenario is there for, so that both paths cannot be wrong alike.
    assert after[regs["three25"]][1] == "待确认"  # the 2024 passes complete 2025's window
    assert after[regs["ten"]][1] == "待确认" and after[regs["three"]][1] is None
    assert after[regs["four"]][1] is None  # corrected below the line: proposal withdrawn
    assert after[regs["five"]][1] == "已建证"
    assert after[regs["one"]][:2] == ("已参考", "待确认")
    assert after[regs["six"]][0] == "已参考"
    assert after[regs["eight"]][0] != "已参考"
    result_versions = imported["results"]
    assert result_versions[(regs["two"], P2)][2] == 1  # the same score again: not written
    assert result_versions[(regs["two"], C2)][:3] == (59.5, 0, 2)
    assert result_versions[(regs["seven"], C2)][:2] == (None, 1)
    # One audit entry for the sheet, listing every row written with old and new values.
    assert [(e["table_name"], e["row_id"], e["action"]) for e in entries] == [
        ("exam_results", "2024", "import")
    ]
    old, new = json.loads(entries[0]["old"]), json.loads(entries[0]["new"])
    written = {row[0]: row for row in new["exam_results"]["rows"]}
    assert len(written) == len(rows) - 1  # one score was already what the sheet says
    corrected = {(regs["two"], C2): 75.0, (regs["four"], P1): 60.0, (regs["five"], C1): 70.0}
    ids = {
        store.scalar(
            "SELECT id FROM exam_results WHERE registration_id = ? AND subject = ?", key
        ): score
        for key, score in corrected.items()
    }
    assert sorted(map(tuple, old["exam_results"]["rows"])) == sorted(
        (i, v, 0, 1) for i, v in ids.items()
    )
    changed_regs = {row[0]: row for row in new["exam_registrations"]["rows"]}
    assert changed_regs[regs["three25"]][2] == "待确认"
    assert changed_regs[regs["four"]][1:3] == ["已参考", None]
    assert {r[0] for r in old["exam_registrations"]["rows"]} == set(changed_regs)


def test_rejected_sheet_writes_nothing(store: Store, tmp_path: Path) -> None:
    rows, _ = _scenario(store)
    bad = [*rows, (rows[0][0], "考生1", P2, 101)]
    sheet = _sheet(tmp_path / "bad.xlsx", bad)
    before = _state(store), store.scalar("SELECT max(seq) FROM audit_log")
    with pytest.raises(exam_import.ResultsRejected, match=r"第19行.*0 到 100"):
        exam_import.import_results(store, 2024, sheet)
    assert (_state(store), store.scalar("SELECT max(seq) FROM audit_log")) == before


def test_a_pass_counts_as_far_back_as_the_widest_window_reaches(
    store: Store, tmp_path: Path
) -> None:
    """The import reads earlier years' scores only as far back as a level's window reaches:
    with 中级's window widened to three years a 2022 pass still completes a 2024 sitting, as
    the per-score path judges it; a 2021 pass does not."""
    r = exams.rules(store)
    levels = dict(r.levels)
    levels["中级"] = dataclasses.replace(levels["中级"], window_years=3)
    exams.set_rules(store, dataclasses.replace(r, levels=levels))
    for y in (2021, 2022, 2024):
        exams.save_year(store, y)
    near, far = _person(store, 1), _person(store, 2)
    r22 = exams.register(store, 2022, near, "中级")
    exams.enter_results(store, 2022, [(r22, C2, 70), (r22, P2, 70), (r22, L2, None)])
    r21 = exams.register(store, 2021, far, "中级")
    exams.enter_results(store, 2021, [(r21, C2, 70), (r21, P2, 70), (r21, L2, 40)])
    regs = {w: exams.register(store, 2024, w, "中级") for w in (near, far)}
    rows: list[tuple[str, str, str, object]] = [
        (_id_number(store, w), "", L2, 65) for w in (near, far)
    ]
    with pytest.raises(_Undo), store.atomic():
        exam_import.import_results(store, 2024, _sheet(tmp_path / "r.xlsx", rows))
        imported = _state(store)
        raise _Undo
    exams.enter_results(store, 2024, [(regs[w], L2, 65.0) for w in (near, far)])
    assert imported == _state(store)
    assert imported["registrations"][regs[near]][1] == "待确认"
    assert imported["registrations"][regs[far]][1] is None


def test_a_shared_value_written_into_the_statement_reads_back_as_itself(store: Store) -> None:
    """Values every row of a batch shares go into the statement as literals: a quote in
    one is doubled, a number stays a number, and a NUL (which would cut the text) is refused."""
    from swdesk.store.sql_in import sql_literal as _literal

    for value in ("2026-01-01T00:00:00.000000Z", "510104", "O'Brien''s", "", 0, 42):
        assert store.scalar(f"SELECT {_literal(value)}") == value
    with pytest.raises(ValueError):
        _literal("a\0b")
