"""Roster export and the import template: text ID numbers, frozen header, fitted widths,
dropdowns for every enumeration, and an export that re-imports as all-unchanged."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.utils import range_boundaries
from roster_corpus import old_15, valid_id

from swdesk.core import enums, registration, workforce
from swdesk.core.errors import RuleError
from swdesk.core.idnumber import make_id_number
from swdesk.formats import roster_write
from swdesk.formats.roster_write import display_width
from swdesk.services import demo, roster
from swdesk.store import Store, workers


def headers(ws: Any) -> dict[str, int]:
    return {c.value: c.column for c in ws[1] if c.value}


@pytest.fixture
def filled(store: Store) -> Store:
    demo.fill(store, 60, seed=7)
    old, _ = old_15(77)
    workers.create(
        store,
        {
            "name": "欧阳娜娜",
            "id_number": old,
            "village_code": "510104001201",
            "notes": "备注，有逗号",
        },
        [
            {"level": "助理社会工作师", "cert_number": "0012", "obtained_date": "2015-06-01"},
            {
                "level": "社会工作师",
                "cert_number": "0034",
                "obtained_date": "2019-06-01",
                "registration_date": "2019-09-01",
            },
        ],
    )
    return store


def test_export_writes_ids_as_text_with_frozen_header(filled: Store, tmp_path: Path) -> None:
    out = tmp_path / "花名册.xlsx"
    n = roster.export_roster(filled, out)
    assert n == workers.count(filled) == 61
    ws = load_workbook(out)["花名册"]
    cols = headers(ws)
    assert ws.freeze_panes == "A2"
    assert list(cols)[:4] == ["序号", "姓名", "身份证号", "性别"]
    assert ws.max_row == n + 1
    id_col = cols["身份证号"]
    for row in range(2, ws.max_row + 1):
        cell = ws.cell(row, id_col)
        assert cell.data_type == "s" and isinstance(cell.value, str) and len(cell.value) == 18
        assert cell.number_format == "@"
    for name in ("手机号码", "证书编号", "村（社区）代码"):
        assert ws.cell(2, cols[name]).number_format == "@"
    birth = ws.cell(2, cols["出生日期"])
    assert isinstance(birth.value, datetime) and birth.number_format == "yyyy-mm-dd"


def test_export_widths_fit_the_content(filled: Store, tmp_path: Path) -> None:
    out = tmp_path / "r.xlsx"
    roster.export_roster(filled, out)
    ws = load_workbook(out).active
    cols = headers(ws)
    for title, column in cols.items():
        letter = ws.cell(1, column).column_letter
        width = ws.column_dimensions[letter].width
        longest = max(display_width(ws.cell(r, column).value) for r in range(1, ws.max_row + 1))
        assert width >= min(longest, roster_write.MAX_WIDTH - 2), title
        assert width <= max(longest, 4) + 2, title
    # CJK counts double: the 18-character ID column is narrower than a post type name.
    id_width = ws.column_dimensions[ws.cell(1, cols["身份证号"]).column_letter].width
    post_width = ws.column_dimensions[ws.cell(1, cols["岗位类型"]).column_letter].width
    assert id_width == 20
    assert post_width >= display_width("村（社区）“两委”成员")


def test_export_carries_the_highest_certificate(filled: Store, tmp_path: Path) -> None:
    out = tmp_path / "r.xlsx"
    roster.export_roster(filled, out)
    ws = load_workbook(out).active
    cols = headers(ws)
    row = next(
        r for r in ws.iter_rows(min_row=2, values_only=True) if r[cols["姓名"] - 1] == "欧阳娜娜"
    )
    assert row[cols["证书等级"] - 1] == "社会工作师"
    assert row[cols["证书编号"] - 1] == "0034"
    assert row[cols["村（社区）"] - 1] == "红星村"


def test_export_then_import_is_all_unchanged(filled: Store, tmp_path: Path) -> None:
    out = tmp_path / "r.xlsx"
    n = roster.export_roster(filled, out)
    before = filled.scalar("SELECT count(*) FROM audit_log")
    plan = roster.plan_import(filled, out)
    assert plan.errors == []
    assert plan.summary() == f"共 {n} 行：新增 0，更新 0，无变化 {n}，错误 0"
    roster.apply_import(filled, plan)
    assert filled.scalar("SELECT count(*) FROM audit_log") == before


def test_export_imports_into_an_empty_file_identically(filled: Store, tmp_path: Path) -> None:
    """Export from one station, import into another with the same villages."""
    from swdesk.store import open_store, villages
    from swdesk.store.unit import initialize

    out = tmp_path / "r.xlsx"
    roster.export_roster(filled, out)
    with open_store(tmp_path / "other.db") as other:
        initialize(other, "township", "510104001", "另一个")
        for v in villages.list_all(filled):
            villages.add(other, v["code"], v["name"], v["kind"])
        result = roster.apply_import(other, roster.plan_import(other, out))
        assert result.added == 61
        keys = (
            "name",
            "id_number",
            "gender",
            "birth_date",
            "phone",
            "village_code",
            "post_type",
            "education",
            "political_status",
            "ethnicity",
            "status",
            "status_date",
            "domains",
            "professional_post",
            "sw_major",
            "level",
            "major",
        )
        mine = {w["id_number"]: w for w in workers.list_public(filled)}
        for w in workers.list_public(other):
            a = workers.find_by_id_number(other, w["id_number"])
            b = workers.find_by_id_number(filled, w["id_number"])
            assert a and b
            assert {k: a[k] for k in keys} == {k: b[k] for k in keys}
        assert set(mine) == {w["id_number"] for w in workers.list_public(other)}


def test_export_of_an_empty_file_has_the_header(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "r.xlsx"
    assert roster.export_roster(store, out) == 0
    ws = load_workbook(out).active
    assert ws.max_row == 1 and "身份证号" in headers(ws)
    assert roster.plan_import(store, out).total == 0


def test_export_to_an_unwritable_place_says_why(store: Store, tmp_path: Path) -> None:
    target = tmp_path / "dir.xlsx"
    target.mkdir()
    with pytest.raises(RuleError) as exc:
        roster.export_roster(store, target)
    assert "无法写入" in exc.value.message and "文件夹" in exc.value.message


# -- template ---------------------------------------------------------------------------------
def _list_values(wb: Any, formula: str) -> list[str]:
    sheet, ref = formula.rsplit("!", 1)
    ws = wb[sheet.strip("'")]
    min_col, min_row, _, max_row = range_boundaries(ref.replace("$", ""))
    return [ws.cell(r, min_col).value for r in range(min_row, max_row + 1)]


ENUM_COLUMNS = {
    "性别": enums.GENDERS,
    "民族": enums.ETHNICITIES,
    "政治面貌": enums.POLITICAL_STATUSES,
    "学历": enums.EDUCATIONS,
    "社工专业": ("是", "否"),
    "岗位类型": enums.POST_TYPES,
    "专业岗位": ("是", "否"),
    "服务领域": enums.DOMAINS,
    "职务": workforce.ROLES,
    "状态": enums.STATUSES,
    "证书等级": enums.LEVELS,
    "登记类型": registration.KINDS,
    "登记状态": registration.STATES,
}


def test_template_has_a_dropdown_for_every_enumeration(store: Store, tmp_path: Path) -> None:
    out = roster.write_template(tmp_path / "模板.xlsx", store)
    wb = load_workbook(out)
    ws = wb["花名册"]
    cols = headers(ws)
    dvs = {}
    for dv in ws.data_validations.dataValidation:
        assert dv.type == "list"
        (rng,) = dv.sqref.ranges
        assert rng.min_row == 2 and rng.max_row == 1048576 and rng.min_col == rng.max_col
        dvs[rng.min_col] = dv
    expected = {**ENUM_COLUMNS, "村（社区）": ("和平社区", "新民社区", "红星村")}
    assert {ws.cell(1, c).value for c in dvs} == set(expected)
    for title, values in expected.items():
        dv = dvs[cols[title]]
        assert _list_values(wb, dv.formula1) == list(values), title
        # Several domains are typed "老年、家庭" (roles likewise); every other list refuses
        # other values.
        assert dv.showErrorMessage == (title not in ("服务领域", "职务"))
    assert wb["选项"].sheet_state == "hidden"
    assert wb.active.title == "花名册"


def test_template_id_column_is_text_and_header_is_recognised(store: Store, tmp_path: Path) -> None:
    out = roster.write_template(tmp_path / "模板.xlsx", store)
    wb = load_workbook(out)
    ws = wb["花名册"]
    cols = headers(ws)
    id_col = cols["*身份证号"]
    letter = ws.cell(1, id_col).column_letter
    assert ws.column_dimensions[letter].number_format == "@"
    assert all(ws.cell(r, id_col).number_format == "@" for r in range(2, 1002))
    assert ws.cell(2, cols["手机号码"]).number_format == "@"
    assert ws.freeze_panes == "A2"
    guide = wb["填写说明"]
    text = "\n".join(str(c.value) for row in guide.iter_rows() for c in row if c.value)
    assert "身份证号" in text and "文本格式" in text and "下拉列表" in text
    plan = roster.plan_import(store, out)
    assert plan.total == 0 and plan.sheet == "花名册"
    assert "name" in plan.columns and "level" in plan.columns


def test_filled_template_imports(store: Store, tmp_path: Path) -> None:
    out = roster.write_template(tmp_path / "模板.xlsx", store)
    wb = load_workbook(out)
    ws = wb["花名册"]
    cols = headers(ws)
    values = {
        "*姓名": "张三",
        "*身份证号": valid_id(11, date(1988, 8, 8)),
        "民族": "汉族",
        "村（社区）": "新民社区",
        "岗位类型": "社工站驻站社工",
        "服务领域": "老年、家庭",
        "证书等级": "社会工作师",
        "取得日期": datetime(2020, 11, 1),
    }
    for title, value in values.items():
        ws.cell(2, cols[title], value)
    wb.save(out)
    result = roster.apply_import(store, roster.plan_import(store, out))
    assert result.added == 1
    w = workers.find_by_id_number(store, values["*身份证号"])
    assert w and w["domains"] == ["老年", "家庭"] and w["level"] == "社会工作师"
    assert w["village_code"] == "510104001002"


def test_template_without_a_store_has_no_village_list(tmp_path: Path) -> None:
    wb = load_workbook(roster.write_template(tmp_path / "t.xlsx"))
    ws = wb["花名册"]
    village_col = headers(ws)["村（社区）"]
    cols = {next(iter(dv.sqref.ranges)).min_col for dv in ws.data_validations.dataValidation}
    assert village_col not in cols
    assert len(cols) == len(ENUM_COLUMNS)


@pytest.mark.parametrize(
    ("value", "width"),
    [("abc", 3), ("张三", 4), ("村（社区）", 10), ("A张", 3), (None, 0), (date(2020, 1, 1), 10)],
)
def test_display_width_counts_cjk_double(value: object, width: int) -> None:
    assert display_width(value) == width


def test_roster_columns_are_named_as_in_the_worker_editor() -> None:
    """A cadre sees the same column name in the roster as the label in the editor."""
    import re
    import xml.etree.ElementTree as ET

    from swdesk.formats.roster_read import CANONICAL_HEADERS
    from swdesk.paths import forms_dir

    root = ET.parse(forms_dir() / "worker_editor.ui").getroot()
    labels = {
        w.get("name"): re.sub(r"\(&.\)$", "", w.findtext("property/string") or "")
        for w in root.iter("widget")
        if w.get("class") == "QLabel"
    }
    editor = {
        "name": "nameLabel",
        "id_number": "idNumberLabel",
        "gender": "genderLabel",
        "birth_date": "birthLabel",
        "ethnicity": "ethnicityLabel",
        "phone": "phoneLabel",
        "political_status": "politicalLabel",
        "education": "educationLabel",
        "major": "majorLabel",
        "sw_major": "swMajorLabel",
        "village": "villageLabel",
        "post_type": "postTypeLabel",
        "professional_post": "professionalPostLabel",
        "domains": "domainsLabel",
        "status": "statusLabel",
        "status_date": "statusDateLabel",
        "notes": "notesLabel",
    }
    for field, widget in editor.items():
        assert CANONICAL_HEADERS[field] == labels[widget], field


def test_old_column_names_still_import(store: Store, tmp_path: Path) -> None:
    """Rosters saved by earlier exports (联系电话, 所学专业, 是否社工专业, 所在村（社区）,
    是否专业岗位) import exactly like ones with today's names."""
    from swdesk.formats.roster_read import field_for_header

    old = {
        "联系电话": "phone",
        "所学专业": "major",
        "是否社工专业": "sw_major",
        "所在村（社区）": "village",
        "是否专业岗位": "professional_post",
    }
    for header, field in old.items():
        assert field_for_header(header) == field, header
    values = ["张三", make_id_number("510104", date(1985, 3, 15), 11), "13800138000", "社会工作"]
    values += ["是", "红星村", "是"]
    workbooks = {}
    for tag, headers in (
        ("old", ["姓名", "身份证号", *old]),
        ("new", ["姓名", "身份证号", "手机号码", "专业", "社工专业", "村（社区）", "专业岗位"]),
    ):
        wb = Workbook()
        ws = wb.active
        assert ws is not None
        ws.append(headers)
        ws.append(values)
        workbooks[tag] = tmp_path / f"{tag}.xlsx"
        wb.save(workbooks[tag])
    plan = roster.plan_import(store, workbooks["old"])
    assert not plan.errors and set(plan.columns) == {"name", "id_number", *old.values()}
    roster.apply_import(store, plan)
    saved = workers.find_by_id_number(store, values[1])
    assert saved is not None
    assert (saved["phone"], saved["major"], saved["sw_major"]) == ("13800138000", "社会工作", 1)
    assert (saved["village_code"], saved["professional_post"]) == ("510104001201", 1)
    again = roster.plan_import(store, workbooks["new"])
    assert again.summary() == "共 1 行：新增 0，更新 0，无变化 1，错误 0"


def test_export_columns_are_the_workers_and_certificates_fields_in_order() -> None:
    """The export's columns, derived from the worker's and certificate's fields, stay in the
    order people know from earlier exports."""
    assert roster_write.EXPORT_FIELDS == (
        "name",
        "id_number",
        "gender",
        "birth_date",
        "ethnicity",
        "phone",
        "political_status",
        "education",
        "major",
        "sw_major",
        "village",
        "village_code",
        "post_type",
        "professional_post",
        "domains",
        "roles",
        "status",
        "status_date",
        "level",
        "cert_number",
        "obtained_date",
        "reg_kind",
        "registration_date",
        "reg_valid_until",
        "reg_state",
        "management_number",
        "notes",
    )
