"""Roster import: messy real-world sheets, every kind of bad row named with its reason,
all-or-nothing by default, only good rows on request, and re-imports that change nothing."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from roster_corpus import (
    STANDARD_HEADER,
    V_HEPING,
    V_HONGXING,
    V_XINMIN,
    messy_roster,
    old_15,
    simple_roster,
    standard_rows,
    trailing_zeros,
    valid_id,
)
from xlsx_helpers import edit_part

from swdesk.core.errors import RuleError
from swdesk.formats import roster_read
from swdesk.services import roster
from swdesk.store import Store, workers


def snapshot(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Everything an import that must change nothing has to leave as it was."""
    out = {}
    for table in (
        "workers",
        "certificates",
        "worker_history",
        "audit_log",
        "worker_search",
        "meta",
    ):
        out[table] = sorted(store.conn.execute(f"SELECT * FROM {table}").fetchall(), key=repr)
    return out


def audit_count(store: Store) -> int:
    return int(store.scalar("SELECT count(*) FROM audit_log"))


def by_id(store: Store, id_number: str) -> dict[str, Any]:
    found = workers.find_by_id_number(store, id_number)
    assert found is not None, id_number
    return found


# -- the bad-roster corpus --------------------------------------------------------------------
def test_messy_roster_names_every_bad_row_with_column_and_reason(
    store: Store, tmp_path: Path
) -> None:
    corpus = messy_roster(tmp_path / "花名册.xlsx")
    plan = roster.plan_import(store, corpus.path)

    assert plan.header_row == 4
    assert plan.columns["id_number"] == "公民身份号码"
    assert plan.columns["birth_date"] == "出生年月"
    assert "序号" in plan.ignored_columns
    # Title rows, the note under the table and the numbered empty rows are not data.
    assert plan.total == corpus.data_rows
    assert {e.row for e in plan.errors} == set(corpus.bad)
    for row, expected in corpus.bad.items():
        found = [e for e in plan.errors if e.row == row]
        assert len(found) == 1, (row, found)
        err = found[0]
        assert err.column == expected.column, (row, err)
        assert expected.reason in err.reason, (row, err)
        assert err.reason.endswith("。"), err.reason  # a sentence, in Chinese
    assert plan.count(roster.NEW) == len(corpus.good)
    assert plan.summary() == (
        f"共 {corpus.data_rows} 行：新增 {len(corpus.good)}，更新 0，无变化 0，"
        f"错误 {len(corpus.bad)}"
    )


def test_float_mangled_ids_show_the_value_excel_shows(store: Store, tmp_path: Path) -> None:
    corpus = messy_roster(tmp_path / "r.xlsx")
    plan = roster.plan_import(store, corpus.path)
    values = {e.value for e in plan.errors if e.field == "id_number"}
    assert "4.10105199001011E+17" in values
    assert any(v.endswith("E+17") and v.startswith("5.1010419910") for v in values)
    assert trailing_zeros() in values


def test_errors_change_nothing_by_default(store: Store, tmp_path: Path) -> None:
    corpus = messy_roster(tmp_path / "r.xlsx")
    plan = roster.plan_import(store, corpus.path)
    before = snapshot(store)
    with pytest.raises(RuleError) as exc:
        roster.apply_import(store, plan)
    assert "整份都没有导入" in exc.value.message
    assert snapshot(store) == before


def test_accept_valid_imports_only_the_good_rows(store: Store, tmp_path: Path) -> None:
    corpus = messy_roster(tmp_path / "r.xlsx")
    plan = roster.plan_import(store, corpus.path)
    result = roster.apply_import(store, plan, accept_valid=True)

    assert result.added == len(corpus.good)
    assert result.skipped == len(corpus.bad)
    assert "跳过有错误的" in result.summary()
    stored = {r["id_number"] for r in store.query("SELECT id_number FROM workers")}
    assert stored == corpus.good_ids
    for expect in corpus.good.values():
        w = by_id(store, expect["id_number"])
        for key, value in expect.items():
            if key == "id_note_has":
                assert value in (w["id_note"] or "")
            elif key in ("obtained_date", "registration_date", "cert_number"):
                (cert,) = w["certificates"]
                assert cert[key] == value
            else:
                assert w[key] == value, (key, w[key], value)


def test_fifteen_digit_number_is_upgraded_with_a_note(store: Store, tmp_path: Path) -> None:
    old, new = old_15(55)
    path = simple_roster(tmp_path / "r.xlsx", ["姓名", "身份证号"], [["老号码", old]])
    roster.apply_import(store, roster.plan_import(store, path))
    w = by_id(store, new)
    assert w["id_note"] and old in w["id_note"] and "15位" in w["id_note"]
    # Importing the same old number again matches the upgraded record: nothing to do.
    again = roster.plan_import(store, path)
    assert again.count(roster.UNCHANGED) == 1


def test_nothing_half_imported_when_a_write_fails(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """New workers are written before updates; a failing update must undo them too."""
    first = standard_rows(3)
    roster.apply_import(
        store, roster.plan_import(store, simple_roster(tmp_path / "a.xlsx", STANDARD_HEADER, first))
    )
    rows = [list(r) for r in first] + standard_rows(5, start=10)
    rows[0][2] = "13900000000"  # an update for an existing worker
    plan = roster.plan_import(store, simple_roster(tmp_path / "b.xlsx", STANDARD_HEADER, rows))
    assert plan.count(roster.NEW) == 5 and plan.count(roster.UPDATE) == 1
    before = snapshot(store)

    def boom(*args: object, **kwargs: object) -> bool:
        raise OSError("disk full")

    monkeypatch.setattr(workers, "update_clean", boom)
    with pytest.raises(OSError):
        roster.apply_import(store, plan)
    assert snapshot(store) == before


# -- idempotence and updates ------------------------------------------------------------------
def test_importing_the_same_file_twice_writes_nothing_the_second_time(
    store: Store, tmp_path: Path
) -> None:
    path = simple_roster(tmp_path / "r.xlsx", STANDARD_HEADER, standard_rows(30))
    first = roster.apply_import(store, roster.plan_import(store, path))
    assert first.added == 30 and first.certificates_added == 15

    before = snapshot(store)
    plan = roster.plan_import(store, path)
    assert plan.summary() == "共 30 行：新增 0，更新 0，无变化 30，错误 0"
    result = roster.apply_import(store, plan)
    assert (result.added, result.updated, result.unchanged) == (0, 0, 30)
    assert snapshot(store) == before  # no version bump, no audit row, no rev


def test_changed_fields_count_as_updates(store: Store, tmp_path: Path) -> None:
    rows = standard_rows(6)
    roster.apply_import(
        store, roster.plan_import(store, simple_roster(tmp_path / "a.xlsx", STANDARD_HEADER, rows))
    )
    changed = [list(r) for r in rows]
    changed[0][2] = "13700000001"  # phone
    changed[1][3] = "和平社区"  # village move (it was 红星村)
    changed[3][6] = "NEW-CERT-NO"  # certificate number of the same level
    changed[2][5:8] = ["社会工作师", "S-1", "2023-06-01"]  # a higher certificate: added
    plan = roster.plan_import(store, simple_roster(tmp_path / "b.xlsx", STANDARD_HEADER, changed))
    assert plan.summary() == "共 6 行：新增 0，更新 4，无变化 2，错误 0"
    upd = {r.row: r for r in plan.rows if r.action == roster.UPDATE}
    assert upd[2].changes == {"phone": ("13900000001", "13700000001")}
    assert upd[3].changes == {"village_code": (V_HONGXING, V_HEPING)}
    assert upd[4].cert_action == roster.NEW and upd[4].changes["level"] == (None, "社会工作师")
    assert upd[5].cert_action == roster.UPDATE
    assert upd[5].changes == {"cert_number": ("Z000004", "NEW-CERT-NO")}

    audit_before = audit_count(store)
    result = roster.apply_import(store, plan)
    assert (result.updated, result.unchanged) == (4, 2)
    assert (result.certificates_added, result.certificates_updated) == (1, 1)
    assert audit_count(store) > audit_before

    w0 = by_id(store, rows[0][1])
    assert w0["phone"] == "13700000001"
    w1 = by_id(store, rows[1][1])
    assert w1["village_code"] == V_HEPING
    assert [m["new_value"] for m in w1["moves"]] == [V_HEPING]  # the move is in the history
    w2 = by_id(store, rows[2][1])
    assert w2["level"] == "社会工作师"  # current level = highest held
    assert [c["level"] for c in w2["certificates"]] == ["社会工作师"]
    w3 = by_id(store, rows[3][1])
    assert [c["cert_number"] for c in w3["certificates"]] == ["NEW-CERT-NO"]
    # And the changed file is now idempotent too.
    again = roster.plan_import(store, tmp_path / "b.xlsx")
    assert again.count(roster.UNCHANGED) == 6


def test_missing_columns_and_empty_cells_never_wipe_data(store: Store, tmp_path: Path) -> None:
    rows = standard_rows(2)
    roster.apply_import(
        store, roster.plan_import(store, simple_roster(tmp_path / "a.xlsx", STANDARD_HEADER, rows))
    )
    before = by_id(store, rows[1][1])
    # Only ID and phone columns, no name column at all; the second row's phone is empty.
    path = simple_roster(
        tmp_path / "b.xlsx",
        ["身份证号", "手机号码"],
        [[rows[0][1], "13600000000"], [rows[1][1], None]],
    )
    plan = roster.plan_import(store, path)
    assert not plan.errors
    assert [r.action for r in plan.rows] == [roster.UPDATE, roster.UNCHANGED]
    roster.apply_import(store, plan)
    w0 = by_id(store, rows[0][1])
    assert w0["phone"] == "13600000000"
    assert w0["name"] == rows[0][0]
    assert w0["village_code"] and w0["post_type"] == "社区专职工作者"
    after = by_id(store, rows[1][1])
    assert after["version"] == before["version"] and after["phone"] == before["phone"]
    assert after["level"] == before["level"] == "助理社会工作师"


def test_a_new_person_still_needs_a_name(store: Store, tmp_path: Path) -> None:
    path = simple_roster(
        tmp_path / "r.xlsx", ["身份证号", "手机号码"], [[valid_id(9), "13600000000"]]
    )
    plan = roster.plan_import(store, path)
    (err,) = plan.errors
    assert (err.row, err.column, err.reason) == (2, "姓名", "姓名不能为空。")


def test_deleted_file_is_an_error_not_a_silent_restore(store: Store, tmp_path: Path) -> None:
    rows = standard_rows(2)
    path = simple_roster(tmp_path / "a.xlsx", STANDARD_HEADER, rows)
    roster.apply_import(store, roster.plan_import(store, path))
    workers.delete(store, by_id(store, rows[0][1])["id"])
    plan = roster.plan_import(store, path)
    (err,) = plan.errors
    assert err.row == 2 and err.column == "身份证号"
    assert "档案已删除，请先恢复" in err.reason
    before = snapshot(store)
    with pytest.raises(RuleError):
        roster.apply_import(store, plan)
    assert snapshot(store) == before


def test_plan_is_rechecked_when_applied(store: Store, tmp_path: Path) -> None:
    rows = standard_rows(2)
    path = simple_roster(tmp_path / "a.xlsx", STANDARD_HEADER, rows)
    roster.apply_import(store, roster.plan_import(store, path))
    changed = [list(r) for r in rows]
    changed[0][2] = "13500000000"
    plan = roster.plan_import(store, simple_roster(tmp_path / "b.xlsx", STANDARD_HEADER, changed))
    workers.delete(store, by_id(store, rows[0][1])["id"])  # deleted while the preview was open
    before = snapshot(store)
    with pytest.raises(RuleError) as exc:
        roster.apply_import(store, plan)
    assert "重新预览" in exc.value.message
    assert snapshot(store) == before


def test_village_removed_after_the_preview(store: Store, tmp_path: Path) -> None:
    from swdesk.store import villages

    path = simple_roster(
        tmp_path / "r.xlsx", ["姓名", "身份证号", "所在村（社区）"], [["甲", valid_id(1), "红星村"]]
    )
    plan = roster.plan_import(store, path)
    assert plan.count(roster.NEW) == 1
    village = next(v for v in villages.list_all(store) if v["code"] == V_HONGXING)
    villages.remove(store, village["id"])
    before = snapshot(store)
    with pytest.raises(RuleError) as exc:
        roster.apply_import(store, plan)
    assert V_HONGXING in exc.value.message and "重新预览" in exc.value.message
    assert snapshot(store) == before


def test_duplicate_in_file_is_an_error_on_the_later_row(store: Store, tmp_path: Path) -> None:
    rows = standard_rows(3)
    rows.append(["另一个名字", rows[1][1], None, "和平社区", None, None, None, None])
    plan = roster.plan_import(store, simple_roster(tmp_path / "r.xlsx", STANDARD_HEADER, rows))
    (err,) = plan.errors
    assert err.row == 5 and "与第 3 行重复" in err.reason
    result = roster.apply_import(store, plan, accept_valid=True)
    assert result.added == 3
    assert by_id(store, rows[1][1])["name"] == rows[1][0]


# -- headers and villages ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("身份证号", "id_number"),
        ("身份证号码", "id_number"),
        ("公民身份号码", "id_number"),
        ("身份证", "id_number"),
        ("*身份证号码（必填）", "id_number"),
        (" 姓 名 ", "name"),
        ("*姓名", "name"),
        ("姓\n名", "name"),
        ("性别", "gender"),
        ("出生日期", "birth_date"),
        ("出生\n年月", "birth_date"),
        ("民族", "ethnicity"),
        ("联系电话", "phone"),
        ("手机号码", "phone"),
        ("手机", "phone"),
        ("电话", "phone"),
        ("政治面貌", "political_status"),
        ("学历", "education"),
        ("文化程度", "education"),
        ("专业", "major"),
        ("所学专业", "major"),
        ("是否社工专业", "sw_major"),
        ("所在村（社区）", "village"),
        ("所在村(社区)", "village"),
        ("村（社区）", "village"),
        ("所属社区", "village"),
        ("村社区代码", "village_code"),
        ("村（社区）代码", "village_code"),
        ("岗位类型", "post_type"),
        ("岗位", "post_type"),
        ("是否专业岗位", "professional_post"),
        ("专业岗位", "professional_post"),
        ("服务领域", "domains"),
        ("状态", "status"),
        ("在岗状态", "status"),
        ("状态日期", "status_date"),
        ("证书等级", "level"),
        ("职业水平", "level"),
        ("职业水平等级", "level"),
        ("证书编号", "cert_number"),
        ("证书号", "cert_number"),
        ("取得时间", "obtained_date"),
        ("取得日期", "obtained_date"),
        ("发证日期", "obtained_date"),
        ("登记日期", "registration_date"),
        ("登记时间", "registration_date"),
        ("备注", "notes"),
        ("备注：", "notes"),
    ],
)
def test_header_variants(text: str, field: str) -> None:
    assert roster_read.field_for_header(text) == field


@pytest.mark.parametrize("text", ["序号", "", None, "工资", "身份", "编号"])
def test_unknown_headers_are_not_guessed(text: object) -> None:
    assert roster_read.field_for_header(text) is None


def test_header_found_under_many_title_rows(store: Store, tmp_path: Path) -> None:
    titles = [f"说明第{i}行" for i in range(9)]
    path = simple_roster(tmp_path / "r.xlsx", STANDARD_HEADER, standard_rows(2), titles)
    plan = roster.plan_import(store, path)
    assert plan.header_row == 10 and plan.count(roster.NEW) == 2
    assert [r.row for r in plan.rows] == [11, 12]


def test_no_header_row_is_refused_with_a_reason(store: Store, tmp_path: Path) -> None:
    path = simple_roster(tmp_path / "r.xlsx", ["甲", "乙"], [["1", "2"]])
    with pytest.raises(RuleError) as exc:
        roster.plan_import(store, path)
    assert "找不到表头" in exc.value.message and "身份证号" in exc.value.message


def test_header_on_a_later_sheet(store: Store, tmp_path: Path) -> None:
    wb = Workbook()
    wb.active.title = "封面"
    wb.active["A1"] = "2024年花名册"
    ws = wb.create_sheet("人员")
    ws.append(STANDARD_HEADER)
    ws.append(standard_rows(1)[0])
    wb.save(tmp_path / "r.xlsx")
    plan = roster.plan_import(store, tmp_path / "r.xlsx")
    assert plan.sheet == "人员" and plan.count(roster.NEW) == 1


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("absent.xlsx", None),
        ("old.xls", b"\xd0\xcf\x11\xe0"),
        ("text.xlsx", "姓名,身份证号\n".encode()),
    ],
)
def test_unreadable_files_are_refused_in_chinese(
    store: Store, tmp_path: Path, name: str, content: bytes | None
) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(RuleError) as exc:
        roster.plan_import(store, path)
    assert any(word in exc.value.message for word in ("找不到文件", ".xls", "不是有效的"))


def test_wrong_dimension_tag_does_not_cut_rows(store: Store, tmp_path: Path) -> None:
    """Some programs write <dimension ref="A1"/>; the reader must not trust it."""
    src = simple_roster(tmp_path / "r.xlsx", STANDARD_HEADER, standard_rows(3))

    def one_cell_dimension(data: bytes) -> bytes:
        text = data.decode()
        start = text.index("<dimension")
        end = text.index("/>", start) + 2
        return (text[:start] + '<dimension ref="A1"/>' + text[end:]).encode()

    out = edit_part(src, tmp_path / "bad_dim.xlsx", one_cell_dimension)
    plan = roster.plan_import(store, out)
    assert plan.count(roster.NEW) == 3


def test_village_by_name_code_and_stem(store: Store, tmp_path: Path) -> None:
    rows = [
        ["甲", valid_id(1), V_XINMIN],
        ["乙", valid_id(2), "红星村"],
        ["丙", valid_id(3), "和平"],
        ["丁", valid_id(4), "和平社区居委会"],
        ["戊", valid_id(5), "510104001999"],
    ]
    path = simple_roster(tmp_path / "r.xlsx", ["姓名", "身份证号", "所在村（社区）"], rows)
    plan = roster.plan_import(store, path)
    (err,) = plan.errors
    assert err.row == 6 and "510104001999" in err.reason and err.column == "所在村（社区）"
    assert [r.clean["village_code"] for r in plan.rows[:4] if r.clean] == [
        V_XINMIN,
        V_HONGXING,
        V_HEPING,
        V_HEPING,
    ]


def test_dates_in_every_spelling(store: Store, tmp_path: Path) -> None:
    from datetime import datetime

    spellings = [datetime(2019, 6, 3), "2019.06", "2019-6-1", "2019年6月", 2019.06, "2019/06/01"]
    rows = [[f"人{i}", valid_id(300 + i), "社会工作师", value] for i, value in enumerate(spellings)]
    path = simple_roster(tmp_path / "r.xlsx", ["姓名", "身份证号", "证书等级", "取得时间"], rows)
    plan = roster.plan_import(store, path)
    assert not plan.errors
    got = [r.certificate["obtained_date"] for r in plan.rows if r.certificate]
    assert got == ["2019-06-03"] + ["2019-06-01"] * 5


def test_progress_is_reported_to_the_end(store: Store, tmp_path: Path) -> None:
    path = simple_roster(tmp_path / "r.xlsx", STANDARD_HEADER, standard_rows(1200))
    reading: list[tuple[int, int]] = []
    plan = roster.plan_import(store, path, progress=lambda d, t: reading.append((d, t)))
    assert len(reading) >= 3 and reading[-1] == (1200, 1200)
    assert all(d <= t for d, t in reading)
    writing: list[tuple[int, int]] = []
    roster.apply_import(store, plan, progress=lambda d, t: writing.append((d, t)))
    assert writing[0] == (0, 1200) and writing[-1] == (1200, 1200)
    assert [d for d, _ in writing] == sorted(d for d, _ in writing)


def test_cancelling_through_progress_rolls_back(store: Store, tmp_path: Path) -> None:
    path = simple_roster(tmp_path / "r.xlsx", STANDARD_HEADER, standard_rows(1200))
    plan = roster.plan_import(store, path)
    before = snapshot(store)

    class Cancelled(Exception):
        pass

    def cancel_midway(done: int, total: int) -> None:
        if done >= 500:
            raise Cancelled

    with pytest.raises(Cancelled):
        roster.apply_import(store, plan, progress=cancel_midway)
    assert snapshot(store) == before


# -- the error report -------------------------------------------------------------------------
def test_error_report_lists_row_column_value_reason(store: Store, tmp_path: Path) -> None:
    corpus = messy_roster(tmp_path / "r.xlsx")
    plan = roster.plan_import(store, corpus.path)
    out = roster.write_error_report(plan, tmp_path / "错误报告.xlsx")
    wb = load_workbook(out)
    ws = wb["错误"]
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0] == ("行号", "列", "值", "原因")
    assert [(r[0], r[1], r[3]) for r in rows[1:]] == [
        (e.row, e.column, e.reason) for e in plan.errors
    ]
    assert ws.freeze_panes == "A2"
    info = dict(wb["概况"].iter_rows(values_only=True))
    assert info["概况"] == plan.summary()


def test_cert_number_that_excel_made_a_float_is_rejected(store: Store, tmp_path: Path) -> None:
    rows = [["甲", valid_id(1), "社会工作师", 2.01951001234567e17]]
    path = simple_roster(tmp_path / "r.xlsx", ["姓名", "身份证号", "证书等级", "证书编号"], rows)
    (err,) = roster.plan_import(store, path).errors
    assert err.column == "证书编号" and "Excel" in err.reason


def test_import_of_one_thousand_rows_uses_batched_queries(store: Store, tmp_path: Path) -> None:
    """Matching must not query once per row: count statements while planning."""
    rows = standard_rows(1000)
    path = simple_roster(tmp_path / "r.xlsx", STANDARD_HEADER, rows)
    roster.apply_import(store, roster.plan_import(store, path))
    statements: list[str] = []
    store.conn.set_trace_callback(statements.append)
    try:
        plan = roster.plan_import(store, path)
    finally:
        store.conn.set_trace_callback(None)
    assert plan.count(roster.UNCHANGED) == 1000
    assert len(statements) < 20, len(statements)


def test_today_is_used_for_birth_dates_in_the_future(store: Store, tmp_path: Path) -> None:
    born = date(2030, 1, 1)
    path = simple_roster(tmp_path / "r.xlsx", ["姓名", "身份证号"], [["未来", valid_id(5, born)]])
    plan = roster.plan_import(store, path, today=date(2024, 1, 1))
    (err,) = plan.errors
    assert "不合理" in err.reason


def test_apply_leaves_the_plan_as_planned(store: Store, tmp_path: Path) -> None:
    """The preview a user looked at must not change under them, and a plan is not spent."""
    import copy

    rows = standard_rows(4)
    roster.apply_import(
        store, roster.plan_import(store, simple_roster(tmp_path / "a.xlsx", STANDARD_HEADER, rows))
    )
    changed = [list(r) for r in rows] + [list(r) for r in standard_rows(6)[4:]]
    changed[0][2] = "13700000001"
    plan = roster.plan_import(store, simple_roster(tmp_path / "b.xlsx", STANDARD_HEADER, changed))
    assert plan.summary() == "共 6 行：新增 2，更新 1，无变化 3，错误 0"
    planned = copy.deepcopy(plan.rows)

    result = roster.apply_import(store, plan)
    assert (result.added, result.updated, result.unchanged) == (2, 1, 3)
    assert plan.rows == planned  # same actions, changes, worker ids (None for new rows)
    assert [r.worker_id for r in plan.rows if r.action == roster.NEW] == [None, None]

    # Applying the same (stale) plan again re-checks against the store: nothing left to do.
    again = roster.apply_import(store, plan)
    assert (again.added, again.updated, again.unchanged) == (0, 0, 6)
    assert plan.rows == planned
