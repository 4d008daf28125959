"""The 津贴发放 page driven through its widgets, on the six people of ``test_allowance_runs``:
a draft for the first quarter of 2026 (2 550 yuan to 4 people), 公示, 审核 asked once, and a
locked run's 重新计算 refused with the store's message and nothing changed."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot
from test_allowance_runs import dump, make_file
from test_payroll_files import pdf_text
from ui_helpers import Boxes, shown

from swdesk.core import allowance as al
from swdesk.store import Store, open_store
from swdesk.store import allowances as store_al
from swdesk.ui.allowance_dialogs import PaidDialog
from swdesk.ui.allowance_page import AllowancePage
from swdesk.ui.main_window import MainWindow


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return make_file(tmp_path / "swdesk.db")


@pytest.fixture
def file(db: Path) -> Iterator[Store]:
    with open_store(db, daily_backup=False) as s:
        yield s


@pytest.fixture
def page(qtbot: QtBot, file: Store, boxes: Boxes) -> AllowancePage:
    p = shown(qtbot, AllowancePage(file), (1200, 700))
    p.month.setDate(QDate(2026, 1, 1))
    p.months.setValue(3)
    return p


def compute(qtbot: QtBot, page: AllowancePage) -> None:
    with qtbot.waitSignal(page.computed, timeout=20000):
        qtbot.mouseClick(page.compute_button, Qt.MouseButton.LeftButton)


def column(page: AllowancePage, key: str) -> list[str]:
    c = page.model.columns.index(key)
    return [page.model.index(r, c).data() for r in range(page.model.rowCount())]


def test_no_run_yet_says_what_to_do_and_its_button_makes_the_draft(
    qtbot: QtBot, page: AllowancePage, boxes: Boxes
) -> None:
    assert page.middle.currentIndex() == 0 and "2026-01" in page.guidance.text()
    assert page.compute_button.text() == "计算(&C)"
    for b in (page.publish_button, page.approve_button, page.paid_button, page.excel_button):
        assert not b.isEnabled()
    with qtbot.waitSignal(page.computed, timeout=20000):
        qtbot.mouseClick(page.guidance_button, Qt.MouseButton.LeftButton)
    assert page.middle.currentIndex() == 1
    assert page.compute_button.text() == "重新计算(&C)"
    assert "草稿" in page.state.text()
    assert "4 人" in page.totals.text() and "2550.00" in page.totals.text()
    assert "2026-01 至 2026-03" in page.totals.text()
    assert boxes.texts("information") and "2550.00" in boxes.texts("information")[-1]


def test_lines_show_masked_ids_amounts_and_reasons(
    qtbot: QtBot, page: AllowancePage, file: Store, qtmodeltester: Any
) -> None:
    compute(qtbot, page)
    qtmodeltester.check(page.model)
    by_name: dict[str, list[int]] = {}
    for r, name in enumerate(column(page, "name")):
        by_name.setdefault(name, []).append(r)
    amounts = column(page, "amount")
    assert sum(float(a) for a in amounts) == 2550
    ids = column(page, "id_number")
    assert all("*" in x and len(x) == 18 for x in ids)
    reasons = column(page, "reason")
    assert "考评" in reasons[by_name["不合格"][0]] and amounts[by_name["不合格"][0]] == "0.00"
    assert reasons[by_name["过期"][0]] and amounts[by_name["过期"][0]] == "0.00"
    assert column(page, "village")[0] == "玉林社区"
    assert "3" in column(page, "months")[by_name["常规"][0]]
    assert column(page, "rate")[by_name["常规"][0]] == "300.00"


def test_publish_approve_and_a_locked_run_refuses_recompute(
    qtbot: QtBot,
    page: AllowancePage,
    file: Store,
    db: Path,
    boxes: Boxes,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    compute(qtbot, page)
    notice = tmp_path / "公示.pdf"
    monkeypatch.setattr("swdesk.ui.allowance_page.ask_save", lambda *_a, **_k: notice, raising=True)
    qtbot.mouseClick(page.publish_button, Qt.MouseButton.LeftButton)
    assert notice.exists() and "公示" in page.state.text()
    assert str(notice) in boxes.texts("information")[-1]
    text, _ = pdf_text(tmp_path, notice.read_bytes(), "copy.pdf")
    paid = [r for r in store_al.run_lines(file, page.run["id"]) if r["amount_fen"]]
    assert paid and all(al.mask_id_number(r["id_number"]) in text for r in paid)
    assert not any(r["id_number"] in text for r in paid)

    boxes.answer = QMessageBox.StandardButton.Cancel  # the default button
    qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)
    assert "公示" in page.state.text()
    asked = boxes.texts("question")
    assert len(asked) == 1 and "锁定" in asked[0] and "补发或扣回" in asked[0]

    boxes.answer = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)
    assert len(boxes.texts("question")) == 2  # asked once per click
    assert "已审核" in page.state.text()
    assert not page.compute_button.isEnabled() and page.paid_button.isEnabled()

    before = dump(db)
    warnings = len(boxes.texts("warning"))
    page.compute_button.setEnabled(True)  # as if the button were pressed anyway
    compute(qtbot, page)
    refusal = boxes.texts("warning")[warnings:]
    assert len(refusal) == 1 and "已是“已审核”，不能重新计算" in refusal[0]
    assert page.message.text() == refusal[0]
    assert dump(db) == before
    assert not page.compute_button.isEnabled()

    # The paid date is picked in a dialog with a calendar, today by default.
    # A week date, a year 9999 or a day after 2100 cannot be entered: the calendar holds the days
    # from the approval to today, and the store refuses any other (test_allowance_accounts).
    def accept_today(dialog: Any) -> int:
        assert dialog.date.maximumDate() == QDate.currentDate()
        assert dialog.date.minimumDate() <= QDate.currentDate()
        dialog.date.setDate(QDate(9999, 12, 31))
        assert dialog.chosen() == date.today()  # held to the calendar's last day
        qtbot.mouseClick(
            dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
            Qt.MouseButton.LeftButton,
        )
        return int(dialog.result())

    monkeypatch.setattr(PaidDialog, "exec", accept_today)
    qtbot.mouseClick(page.paid_button, Qt.MouseButton.LeftButton)
    assert "已发放" in page.state.text() and not page.paid_button.isEnabled()
    assert store_al.find_run(file, date(2026, 1, 1))["paid_on"] == date.today().isoformat()


def test_exports_write_the_files(
    qtbot: QtBot,
    page: AllowancePage,
    boxes: Boxes,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    compute(qtbot, page)
    out = {".xlsx": tmp_path / "发放表.xlsx", ".pdf": tmp_path / "签领表.pdf"}
    monkeypatch.setattr("swdesk.ui.allowance_page.ask_save_xlsx", lambda *_a: out[".xlsx"])
    monkeypatch.setattr("swdesk.ui.allowance_page.ask_save", lambda *_a: out[".pdf"])
    qtbot.mouseClick(page.excel_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.sign_button, Qt.MouseButton.LeftButton)
    assert out[".xlsx"].stat().st_size > 0 and out[".pdf"].read_bytes().startswith(b"%PDF")
    assert str(out[".pdf"]) in boxes.texts("information")[-1]


def test_page_in_english_shows_english(
    qtbot: QtBot, english: None, file: Store, boxes: Boxes
) -> None:
    page = shown(qtbot, AllowancePage(file), (1200, 700))
    page.month.setDate(QDate(2026, 1, 1))
    page.months.setValue(3)
    assert page.compute_button.text() == "&Compute"
    assert "No payroll" in page.guidance.text()
    compute(qtbot, page)
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(8)]
    assert headers[1] == "Name" and "Amount" in headers[6]
    assert "Draft" in page.state.text() and "4 people" in page.totals.text()
    assert page.publish_button.text().startswith("&Publish")


def test_only_a_township_file_shows_the_page(qtbot: QtBot, file: Store, world: Any) -> None:
    for store, has in ((file, True), (world.county, False)):
        win = MainWindow(store)
        qtbot.addWidget(win)
        names = [win.nav.item(i).text() for i in range(win.nav.count())]
        assert ("津贴发放" in names) is has
        if has:
            win.nav.setCurrentRow(names.index("津贴发放"))
            assert isinstance(win.stack.currentWidget(), AllowancePage)
