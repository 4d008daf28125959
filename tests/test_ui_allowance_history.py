"""津贴记录 in the worker file and the rewards the clerk is told about, through the widgets, on
``test_allowance_statement``'s file (the first quarter of 2026 approved, April a draft with a
补发 of 50 for 新证's February)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QTabWidget
from pytestqt.qtbot import QtBot
from test_allowance_runs import PEOPLE, RULES
from test_allowance_statement import make_history
from test_payroll_files import pdf_text
from test_ui_editor import open_editor
from ui_helpers import Boxes, shown

from swdesk.core import enums
from swdesk.core.allowance_history import HistoryLine
from swdesk.store import Store, open_store, workers
from swdesk.store import allowances as store_al
from swdesk.store.allowance_history import worker_lines
from swdesk.ui.allowance_history import AllowanceHistoryModel
from swdesk.ui.allowance_page import AllowancePage


@pytest.fixture
def file(tmp_path: Path) -> Iterator[Store]:
    with open_store(make_history(tmp_path / "swdesk.db"), daily_backup=False) as s:
        yield s


def _id(store: Store, name: str) -> str:
    row = workers.find_by_id_number(store, PEOPLE[name])
    assert row is not None
    return str(row["id"])


def cells(model: AllowanceHistoryModel) -> list[list[str]]:
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_the_file_lists_every_line_with_the_year_total(
    qtbot: QtBot, file: Store, boxes: Boxes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = open_editor(qtbot, file, _id(file, "新证"))
    tabs = editor.findChild(QTabWidget, "certTabs")
    assert tabs is not None
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["证书", "津贴记录(&J)（4）"]
    qtbot.keyClick(editor, Qt.Key.Key_J, Qt.KeyboardModifier.AltModifier)  # the tab's mnemonic
    assert tabs.currentIndex() == 1
    section = editor.allowance_history
    assert section.isVisible() and section.view.isVisible() and not section.empty.isVisible()
    assert cells(section.model) == [
        ["2026-04", "津贴", "助理社会工作师", "250.00", "250.00", "草稿", ""],
        ["2026-02", "补发", "", "", "50.00", "草稿", "二月少算"],
        [
            "2026-02",
            "津贴",
            "助理社会工作师",
            "200.00",
            "200.00",
            "已审核",
            "2026-01：证书 2026-01-15 取得，2026-02 起发放。",
        ],
        ["2026-03", "津贴", "助理社会工作师", "250.00", "250.00", "已审核", ""],
    ]
    assert section.total.text() == "2026 年合计 450.00 元（已审核、已发放）；另有未审核 300.00 元"
    assert not section.owed.isVisible()

    out = tmp_path / "新证.pdf"
    monkeypatch.setattr("swdesk.ui.allowance_history.ask_save", lambda *_a: out)
    assert section.statement_button.isEnabled()
    with qtbot.waitSignal(section.statement_written, timeout=5000):
        qtbot.mouseClick(section.statement_button, Qt.MouseButton.LeftButton)
    assert str(out) in boxes.texts("information")[-1]
    text, pages = pdf_text(tmp_path, out.read_bytes(), "shown.pdf")
    assert pages == 1 and "2026年合计：450.00元（大写：肆佰伍拾元整）" in text


def test_someone_on_no_run_and_a_new_file_say_so(qtbot: QtBot, file: Store, boxes: Boxes) -> None:
    editor = open_editor(qtbot, file, _id(file, "不合格"))
    section = editor.allowance_history
    # 不合格 is on the quarter's run and April's with nothing paid and the reason.
    assert [row[1:] for row in cells(section.model)] == [
        ["津贴", "", "", "0.00", "草稿", "2025 年度考评不合格。"],
        ["津贴", "", "", "0.00", "已审核", "2025 年度考评不合格。"],
    ]
    assert [row[0] for row in cells(section.model)] == ["2026-04", "2026-01 至 2026-03"]
    assert section.total.text().startswith("2026 年合计 0.00 元")
    new = open_editor(qtbot, file, None)
    assert new.allowance_history.model.rowCount() == 0
    assert "保存档案后" in new.allowance_history.empty.text()
    assert not new.allowance_history.statement_button.isEnabled()


def test_a_year_with_no_run_refuses_the_statement_and_writes_nothing(
    qtbot: QtBot, file: Store, boxes: Boxes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = open_editor(qtbot, file, _id(file, "常规"))
    section = editor.allowance_history
    section.year.addItem("2025 年", 2025)
    section.year.setCurrentIndex(section.year.count() - 1)
    out = tmp_path / "2025.pdf"
    monkeypatch.setattr("swdesk.ui.allowance_history.ask_save", lambda *_a: out)
    qtbot.mouseClick(section.statement_button, Qt.MouseButton.LeftButton)
    assert "2025 年还没有任何发放表" in boxes.texts("warning")[-1]
    assert not out.exists()


def _reward_social_worker(store: Store) -> None:
    """A reward of 1 000 for 社会工作师 from the version of 2026-03 on: 升级's (2026-01-20)
    and 常规's (2020) certificates were obtained before it and earn none."""
    raw = json.loads(json.dumps(RULES))
    raw["versions"][-1]["rewards"] = {enums.LEVEL_SOCIAL_WORKER: 1000}
    assert raw["versions"][-1]["valid_from"] == "2026-03"
    store_al.set_rules(store, raw)


def test_saving_a_certificate_that_earns_a_reward_says_so_once(
    qtbot: QtBot, file: Store, boxes: Boxes
) -> None:
    _reward_social_worker(file)
    wid = _id(file, "新证")
    editor = open_editor(qtbot, file, wid)
    qtbot.mouseClick(editor.add_cert_button, Qt.MouseButton.LeftButton)
    row = editor.certs.rows()[-1]
    row.level.setFocus()
    row.level.setCurrentIndex(row.level.findData(enums.LEVEL_SOCIAL_WORKER))
    row.obtained.edit.setFocus()
    qtbot.keyClicks(row.obtained.edit, "2026-05-03")
    with qtbot.waitSignal(editor.saved, timeout=2000):
        assert editor.save()
    assert boxes.texts("information") == [
        "新证 取得社会工作师证书（2026-05-03），按津贴规则可获一次性奖励 1000.00 元，"
        "下一次生成发放表草稿时计入。"
    ]
    # Opened again: the section says it is owed; saving again says nothing more.
    again = open_editor(qtbot, file, wid)
    tabs = again.findChild(QTabWidget, "certTabs")
    assert tabs is not None and tabs.tabText(1) == "津贴记录(&J)（4） · 待发奖励"
    tabs.setCurrentIndex(1)
    assert again.allowance_history.owed.isVisible()
    assert "待发奖励：社会工作师 1000.00 元" in again.allowance_history.owed.text()
    with qtbot.waitSignal(again.saved, timeout=2000):
        assert again.save()
    assert len(boxes.texts("information")) == 1


def test_a_certificate_without_a_reward_amount_says_nothing(
    qtbot: QtBot, file: Store, boxes: Boxes
) -> None:
    editor = open_editor(qtbot, file, _id(file, "新证"))  # the rule sets no rewards
    qtbot.mouseClick(editor.add_cert_button, Qt.MouseButton.LeftButton)
    row = editor.certs.rows()[-1]
    row.level.setCurrentIndex(row.level.findData(enums.LEVEL_SOCIAL_WORKER))
    row.obtained.edit.setFocus()
    qtbot.keyClicks(row.obtained.edit, "2026-05-03")
    with qtbot.waitSignal(editor.saved, timeout=2000):
        assert editor.save()
    assert boxes.texts("information") == []


def test_the_allowance_page_counts_rewards_owed_until_a_draft_pays_them(
    qtbot: QtBot, file: Store, boxes: Boxes
) -> None:
    _reward_social_worker(file)
    workers.add_certificate(
        file, _id(file, "新证"), {"level": enums.LEVEL_SOCIAL_WORKER, "obtained_date": "2026-05-03"}
    )
    page = shown(qtbot, AllowancePage(file), (1200, 700))
    page.month.setDate(QDate(2026, 5, 1))
    page.months.setValue(1)
    label = page.pending_rewards
    assert label.isVisible()
    assert label.text() == "待发奖励：1 人，合计 1000.00 元（下一次生成草稿时计入）"
    assert label.toolTip() == "新证　社会工作师（2026-05-03 取得）　1000.00 元"
    with qtbot.waitSignal(page.computed, timeout=20000):
        qtbot.mouseClick(page.compute_button, Qt.MouseButton.LeftButton)
    assert not label.isVisible()
    kinds = page.model.columns.index("level")
    items = [page.model.index(r, kinds).data() for r in range(page.model.rowCount())]
    assert "奖励：社会工作师" in items


def test_the_history_model(qtmodeltester: Any, file: Store) -> None:
    model = AllowanceHistoryModel()
    lines: list[HistoryLine] = worker_lines(file, _id(file, "新证"))
    model.set_rows(lines)
    qtmodeltester.check(model)
    assert model.rowCount() == 4


def test_the_tab_follows_a_language_change(
    qtbot: QtBot, file: Store, boxes: Boxes, request: pytest.FixtureRequest
) -> None:
    editor = open_editor(qtbot, file, _id(file, "新证"))
    tabs = editor.findChild(QTabWidget, "certTabs")
    assert tabs is not None
    section = editor.allowance_history
    request.getfixturevalue("english")  # installed while the file is open
    qtbot.waitUntil(lambda: tabs.tabText(0) == "Certificates")
    assert editor.form.certGroup.title() == ""  # the title is the tab's, not shown twice
    assert tabs.tabText(1) == "Allowance &Journal (4)"
    assert section.statement_button.text() == "Print Statement…"
    assert section.model.headerData(0, Qt.Orientation.Horizontal) == "Month"
    assert section.model.index(0, 1).data() == "Allowance"
    assert section.total.text() == (
        "2026 total 450.00 yuan (approved and paid runs); 300.00 yuan more not yet approved"
    )
