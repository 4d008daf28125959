"""The paper's edges of a 花名册: signature and total lines under the table are skipped with a
note; the same words between data rows are a row to correct. And one style for report lines."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from roster_corpus import STANDARD_HEADER, simple_roster, standard_rows, valid_id
from ui_helpers import open_wizard

from swdesk.formats import roster_read
from swdesk.services import roster
from swdesk.services.roster import RowError
from swdesk.store import Store

WIDTH = len(STANDARD_HEADER)


def line(*cells: Any) -> list[Any]:
    """A sheet row as wide as the header, the given cells from column A on."""
    return [*cells, *[None] * (WIDTH - len(cells))]


# A footer as cadres sign it: spread over several cells, with names, a date and a total.
FOOTER = [
    line(None),
    line("合计：3 人"),
    line("制表人：周某某", None, "审核：吴某某", None, "负责人："),
    line("填表日期：2026年5月6日"),
    line(None, "（单位盖章）"),
]


def test_footer_after_the_last_data_row_is_skipped_with_a_note(
    store: Store, tmp_path: Path
) -> None:
    path = simple_roster(tmp_path / "r.xlsx", STANDARD_HEADER, [*standard_rows(3), *FOOTER])
    sheet = roster_read.read_roster(path)
    assert [r.row for r in sheet.rows] == [2, 3, 4]
    assert sheet.footer_rows == [6, 7, 8, 9]  # the blank row 5 is no row at all
    plan = roster.plan_import(store, path)
    assert plan.errors == [] and plan.total == 3
    assert plan.footer_note() == "第 6–9 行是表格下方的签字、合计等表尾，已跳过。"
    assert roster.apply_import(store, plan).added == 3


def test_a_one_line_footer_is_named_by_its_row(store: Store, tmp_path: Path) -> None:
    path = simple_roster(
        tmp_path / "r.xlsx", STANDARD_HEADER, [*standard_rows(2), line("制表人：", "审核人：")]
    )
    plan = roster.plan_import(store, path)
    assert plan.errors == [] and plan.footer_rows == [4]
    assert plan.footer_note() == "第 4 行是表格下方的签字、合计等表尾，已跳过。"


def test_a_file_without_footer_has_no_note(store: Store, tmp_path: Path) -> None:
    path = simple_roster(tmp_path / "r.xlsx", STANDARD_HEADER, standard_rows(2))
    plan = roster.plan_import(store, path)
    assert plan.footer_rows == [] and plan.footer_note() == ""


def test_footer_words_between_data_rows_stay_an_error(store: Store, tmp_path: Path) -> None:
    rows = standard_rows(3)
    path = simple_roster(
        tmp_path / "r.xlsx",
        STANDARD_HEADER,
        [rows[0], line("制表人：周某某", "审核：吴某某"), *rows[1:]],
    )
    plan = roster.plan_import(store, path)
    assert plan.footer_rows == []
    assert {e.row for e in plan.errors} == {3}
    assert plan.error_rows == 1 and plan.total == 4


def test_a_data_row_without_id_before_the_footer_is_still_an_error(
    store: Store, tmp_path: Path
) -> None:
    rows = [*standard_rows(2), line("张三", None, "13900000000"), *FOOTER]
    plan = roster.plan_import(store, simple_roster(tmp_path / "r.xlsx", STANDARD_HEADER, rows))
    assert plan.footer_rows == [6, 7, 8, 9]
    assert [(e.row, e.field) for e in plan.errors] == [(4, "id_number")]


def test_a_name_that_is_not_a_footer_word_is_kept(store: Store, tmp_path: Path) -> None:
    # 明日 holds 日 but does not start with 日期: only a line *starting* with a footer word is one.
    rows = [*standard_rows(1), line("明日", valid_id(901))]
    plan = roster.plan_import(store, simple_roster(tmp_path / "r.xlsx", STANDARD_HEADER, rows))
    assert plan.footer_rows == [] and plan.total == 2 and plan.errors == []


@pytest.mark.parametrize(
    ("row", "footer"),
    [
        (("制表人：周某某",), True),
        (("  填 表 日 期：2026-05-06",), True),
        ((None, "审核："), True),
        (("合计", 3), True),
        (("负责人",), True),
        ((None, "（单位盖章）"), True),
        ((1, "制表人："), False),  # a numbered row: the first cell is not text
        (("张三", "510104199001011234"), False),
        ((None, None), False),
    ],
)
def test_is_footer_line(row: tuple[Any, ...], footer: bool) -> None:
    assert roster_read.is_footer_line(row) is footer


@pytest.mark.parametrize(
    ("column", "reason", "text"),
    [
        ("姓名", "姓名不能为空。", "不能为空"),
        ("身份证号", "身份证号校验位不对（最后一位应为 2）。", "校验位不对（最后一位应为 2）"),
        ("公民身份号码", "身份证号不能为空。", "身份证号不能为空"),  # another name: kept whole
        ("手机号码", "手机号码：应为 11 位数字；", "应为 11 位数字"),
        ("姓名", "姓名", "姓名"),  # nothing but the name: kept
    ],
)
def test_problem_text_drops_the_repeated_column_and_the_final_stop(
    column: str, reason: str, text: str
) -> None:
    assert roster.problem_text(column, reason) == text


def test_error_line_has_one_style() -> None:
    e = RowError(10, "身份证号", "123", "身份证号应为 18 位。", "id_number")
    assert roster.error_line(e) == "第 10 行 身份证号：应为 18 位"


def test_wizard_notes_the_footer_and_lists_reasons_once(
    qtbot: QtBot, store: Store, tmp_path: Path
) -> None:
    rows = [*standard_rows(2), line(None, valid_id(7)), *FOOTER]
    wizard = open_wizard(qtbot, store)
    assert wizard.load(simple_roster(tmp_path / "r.xlsx", STANDARD_HEADER, rows))
    assert "第 6–9 行是表格下方的签字、合计等表尾，已跳过。" in wizard.file_label.text()
    assert wizard.plan is not None and wizard.plan.total == 3
    (bad,) = [r for r in wizard.plan.rows if r.action == roster.ERROR]
    assert wizard.rows_model.detail(bad) == "姓名：不能为空"
