"""The 津贴规则 settings tab: a rate edited shows the month's change before saving; saving adds a
version; a refused draft saves nothing; an enrolled township only looks.

The file is ``test_allowance_runs.make_file``'s (its docstring lists the six people). In April
2026 the saved rule (from 2026-03: 助理 250, 社会工作师 300, 2025 不合格 excluded) pays 新证 250,
升级 300 and 常规 300: 3 people, 850 yuan (离岗 left in February, 过期's registration lapsed,
不合格 failed 2025). Raising 助理 to 300 adds 50 yuan (3 people, 900); no longer excluding a
failed appraisal then pays 不合格 300 too: 4 people, 1 200 yuan, +1 person and +350 yuan.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QLineEdit, QTableWidget, QWidget
from pytestqt.qtbot import QtBot
from test_allowance_runs import RULES, make_file
from ui_helpers import shown

from swdesk.core import enums, exam
from swdesk.core.allowance_edit import MonthTotals
from swdesk.store import Store, exams, open_store
from swdesk.store import allowances as store_al
from swdesk.ui.allowance_rules_tab import AllowanceRulesTab
from swdesk.ui.settings_dialog import SettingsDialog

APRIL = date(2026, 4, 10)
ASSISTANT_ROW = enums.LEVELS.index(enums.LEVEL_ASSISTANT)
AMOUNT, REWARD = 1, 2


@pytest.fixture
def file(tmp_path: Path) -> Iterator[Store]:
    with open_store(make_file(tmp_path / "swdesk.db"), daily_backup=False) as s:
        yield s


@pytest.fixture
def tabs() -> Iterator[list[AllowanceRulesTab]]:
    """The tabs a test opens, shut down before its data file closes (requested after it)."""
    made: list[AllowanceRulesTab] = []
    yield made
    for tab in made:
        tab.shutdown()


def _tab(qtbot: QtBot, store: Store, tabs: list[AllowanceRulesTab]) -> AllowanceRulesTab:
    tab = shown(qtbot, AllowanceRulesTab(store, today=APRIL), (900, 800))
    tabs.append(tab)
    if not tab.read_only:
        qtbot.waitUntil(lambda: tab.preview is not None, timeout=20000)
    return tab


def type_cell(qtbot: QtBot, table: QTableWidget, row: int, col: int, text: str) -> None:
    """Open the cell's editor as a double click would, replace its text, press Enter."""
    item = table.item(row, col)
    table.setCurrentItem(item)
    table.editItem(item)
    editor = table.viewport().findChild(QLineEdit)
    assert editor is not None
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def click(qtbot: QtBot, tab: AllowanceRulesTab, widget: QWidget) -> None:
    """Scroll ``widget`` into view in the tab and click it near its left edge (a check box
    is hit on its box and text, not across its whole width)."""
    tab.form.scroll.ensureWidgetVisible(widget)
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(8, widget.height() // 2))


def edit_and_wait(qtbot: QtBot, tab: AllowanceRulesTab, edit: Any) -> None:
    with qtbot.waitSignal(tab.previewed, timeout=20000):
        edit()


def test_a_rate_edited_previews_the_change_and_saving_adds_a_version(
    qtbot: QtBot, file: Store, tabs: list[AllowanceRulesTab]
) -> None:
    tab = _tab(qtbot, file, tabs)
    p = tab.preview
    assert p is not None and p.month == date(2026, 4, 1)
    assert p.saved == p.edited == MonthTotals(3, 85000)
    assert tab.valid_from.date() == QDate(2026, 4, 1)  # the first month no version starts in
    assert tab.amounts.item(ASSISTANT_ROW, AMOUNT).text() == "250.00"
    assert tab.amounts.item(ASSISTANT_ROW, REWARD).text() == ""  # no reward set
    assert [tab.versions.item(r, 0).text() for r in range(tab.versions.rowCount())] == [
        "2026-03",
        "2020-01",
    ]

    edit_and_wait(qtbot, tab, lambda: type_cell(qtbot, tab.amounts, ASSISTANT_ROW, AMOUNT, "300"))
    assert (tab.preview.saved, tab.preview.edited) == (MonthTotals(3, 85000), MonthTotals(3, 90000))
    assert "变化 +0 人、+50.00 元" in tab.preview_label.text()

    edit_and_wait(qtbot, tab, lambda: click(qtbot, tab, tab.exclude_failed))
    assert tab.preview.edited == MonthTotals(4, 120000)
    assert "变化 +1 人、+350.00 元" in tab.preview_label.text()
    assert store_al.rules(file).to_dict()["versions"] == store_al.rules(file).to_dict()["versions"]
    before = store_al.rules(file)
    assert len(before.versions) == 2  # nothing saved by previewing

    with qtbot.waitSignal(tab.saved, timeout=5000):
        qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    after = store_al.rules(file)
    assert after.versions[:2] == before.versions
    new = after.versions[2]
    assert new.valid_from == date(2026, 4, 1)
    assert new.amounts[enums.LEVEL_ASSISTANT] == 30000 and not new.exclude_failed_appraisal
    assert [tab.versions.item(r, 0).text() for r in range(tab.versions.rowCount())] == [
        "2026-04",
        "2026-03",
        "2020-01",
    ]
    assert tab.valid_from.date() == QDate(2026, 5, 1)
    # March's run still pays 助理 250: the new version starts in April.
    assert after.version_for(date(2026, 3, 1)).amounts[enums.LEVEL_ASSISTANT] == 25000  # type: ignore[union-attr]


def test_refused_drafts_say_why_in_chinese_and_save_nothing(
    qtbot: QtBot, file: Store, tabs: list[AllowanceRulesTab]
) -> None:
    tab = _tab(qtbot, file, tabs)
    saved = file.setting(store_al.RULES_KEY)
    n_audit = file.scalar("SELECT COUNT(*) FROM audit_log")

    edit_and_wait(qtbot, tab, lambda: type_cell(qtbot, tab.amounts, ASSISTANT_ROW, AMOUNT, "-5"))
    assert "不能是负数" in tab.error.text() and tab.error.isVisible()
    assert "填写有误" in tab.preview_label.text()
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert "不能是负数" in tab.error.text()

    edit_and_wait(qtbot, tab, lambda: type_cell(qtbot, tab.amounts, ASSISTANT_ROW, AMOUNT, "260"))
    assert not tab.error.isVisible()
    edit_and_wait(qtbot, tab, lambda: tab.valid_from.setDate(QDate(2026, 3, 1)))
    assert "不能早于或等于最近一个版本的 2026-03" in tab.error.text()
    assert not tab.save()

    edit_and_wait(qtbot, tab, lambda: type_cell(qtbot, tab.amounts, ASSISTANT_ROW, REWARD, "abc"))
    assert tab.error.isVisible() and tab.error.text()

    assert file.setting(store_al.RULES_KEY) == saved
    assert file.scalar("SELECT COUNT(*) FROM audit_log") == n_audit


def test_an_enrolled_township_sees_the_countys_rule_read_only(
    qtbot: QtBot, world: Any, tabs: list[AllowanceRulesTab]
) -> None:
    tab = _tab(qtbot, world.a, tabs)
    assert tab.read_only and tab.county_note.isVisible()
    assert "由县里制定" in tab.county_note.text()
    for w in (tab.save_button, tab.amounts, tab.preset, tab.valid_from, tab.reimburse_who):
        assert not w.isEnabled()
    assert tab.save() and not world.a.setting(store_al.RULES_KEY)
    # The county's own file edits its rule.
    county = _tab(qtbot, world.county, tabs)
    assert not county.read_only and county.save_button.isEnabled()
    assert not county.county_note.isVisible()


def test_the_settings_dialog_saves_a_preset_and_the_reimbursement_setting(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from cli_helpers import township_file

    with township_file(tmp_path / "t.db") as s:
        dialog = shown(qtbot, SettingsDialog(s))
        tab = dialog.allowance_tab
        dialog.tabs.setCurrentWidget(tab)  # the preview is worked out while the tab shows
        qtbot.waitUntil(lambda: tab.preview is not None, timeout=20000)
        dialog.accept()  # nothing touched: nothing chosen (closing shuts the tab down)
        assert not dialog.isVisible()
        assert not store_al.rules_saved(s)

        dialog = shown(qtbot, SettingsDialog(s))
        tab = dialog.allowance_tab
        dialog.tabs.setCurrentWidget(tab)  # the preview is worked out while the tab shows
        qtbot.waitUntil(lambda: tab.preview is not None, timeout=20000)
        tab.preset.setCurrentIndex(tab.preset.findData("qijiang"))
        qtbot.mouseClick(tab.apply_button, Qt.MouseButton.LeftButton)
        assert tab.channel.text() == store_al.presets()["qijiang"].channel
        tab.valid_from.setDate(QDate(2020, 1, 1))
        tab.reimburse_who.setCurrentIndex(tab.reimburse_who.findData(exam.REIMBURSE_CERTIFIED))
        tab.reimburse_payer.setText("所在村（社区）")
        dialog.accept()
        assert store_al.rules(s) == store_al.presets()["qijiang"]
        r = exams.rules(s).reimbursement
        assert (r.who, r.payer) == (exam.REIMBURSE_CERTIFIED, "所在村（社区）")


def test_the_tests_rule_is_the_one_the_file_holds(file: Store) -> None:
    """Guards the hand computation above: the file's rule is test_allowance_runs' RULES."""
    assert (
        store_al.rules(file).to_dict()["versions"][1]["valid_from"]
        == RULES["versions"][1]["valid_from"]
    )
