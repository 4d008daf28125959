"""The 津贴发放 page's earlier runs, 补发/扣回, the paid-date calendar, payee accounts, opening a
saved PDF and the English reasons, driven through the widgets on the six people of
``test_allowance_runs`` (the first quarter of 2026: 2 550 yuan to 4 people; 常规 is paid 300 a
month)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt, QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot
from test_allowance_runs import PEOPLE, dump, make_file
from ui_helpers import Boxes, shown, type_chinese

from swdesk.core import allowance as al
from swdesk.core import allowance_steps as steps
from swdesk.store import Store, open_store, payee_accounts, workers
from swdesk.store import allowances as store_al
from swdesk.ui.allowance_dialogs import AdjustDialog, PaidDialog, PayeeAccountDialog
from swdesk.ui.allowance_page import AllowancePage

JAN, APR = date(2026, 1, 1), date(2026, 4, 1)


@pytest.fixture
def file(tmp_path: Path) -> Iterator[Store]:
    """The six people's file, open; ``file.path`` for comparing its contents (``dump``)."""
    with open_store(make_file(tmp_path / "swdesk.db"), daily_backup=False) as s:
        yield s


def paid_quarter_and_april_draft(s: Store) -> None:
    """Q1 approved and paid today, April a draft: the state a 补发 is made in."""
    store_al.compute_run(s, JAN, 3)
    store_al.publish(s, JAN)
    store_al.approve(s, JAN)
    store_al.mark_paid(s, JAN, date.today())
    store_al.compute_run(s, APR, 1)


def page_at(
    qtbot: QtBot, file: Store, month: date, size: tuple[int, int] = (1200, 700)
) -> AllowancePage:
    p = shown(qtbot, AllowancePage(file), size)
    p.month.setDate(QDate(month.year, month.month, 1))
    return p


def drive(
    monkeypatch: pytest.MonkeyPatch, cls: type[QDialog], steps_: Callable[[Any], None]
) -> list[Any]:
    """Replace ``cls.exec`` by ``steps_`` on the real dialog (it clicks its buttons); the opened
    dialogs are returned for looking at afterwards."""
    opened: list[Any] = []

    def run(dialog: Any) -> int:
        opened.append(dialog)
        dialog.show()
        steps_(dialog)
        return int(dialog.result())

    monkeypatch.setattr(cls, "exec", run)
    return opened


def click(qtbot: QtBot, dialog: Any, which: QDialogButtonBox.StandardButton) -> None:
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(which), Qt.MouseButton.LeftButton)


def column(page: AllowancePage, key: str) -> list[str]:
    c = page.model.columns.index(key)
    return [page.model.index(r, c).data() for r in range(page.model.rowCount())]


def select_line(page: AllowancePage, name: str) -> None:
    row = column(page, "name").index(name)
    page.view.setCurrentIndex(page.model.index(row, 1))


# -- earlier runs ---------------------------------------------------------------------------------
def test_every_run_is_listed_and_a_locked_one_shows_read_only(
    qtbot: QtBot, file: Store, boxes: Boxes, qtmodeltester: Any
) -> None:
    paid_quarter_and_april_draft(file)
    page = page_at(qtbot, file, APR)
    qtmodeltester.check(page.runs)
    cells = [
        [page.runs.index(r, c).data() for c in range(page.runs.columnCount())]
        for r in range(page.runs.rowCount())
    ]
    april = store_al.find_run(file, APR)
    assert april is not None
    assert cells == [
        ["2026-04", "1", "草稿", str(april["people"]), f"{april['total_fen'] / 100:.2f}", ""],
        ["2026-01", "3", "已发放", "4", "2550.00", date.today().isoformat()],
    ]
    assert page.runs_view.currentIndex().row() == 0 and page.adjust_button.isEnabled()

    # Picking the paid quarter shows its lines; every step that would change it is disabled
    # and its tooltip says why.
    page.runs_view.setCurrentIndex(page.runs.index(1, 0))
    assert page.first_month() == JAN and "已发放" in page.state.text()
    assert sum(float(a) for a in column(page, "amount")) == 2550
    for b in (page.compute_button, page.publish_button, page.approve_button, page.paid_button,
              page.adjust_button):  # fmt: skip
        assert not b.isEnabled(), b.text()
    assert (
        "已锁定" in page.compute_button.toolTip() and "补发或扣回" in page.compute_button.toolTip()
    )
    assert "已登记发放" in page.paid_button.toolTip()
    assert date.today().isoformat() in page.paid_button.toolTip()
    assert "草稿" in page.adjust_button.toolTip()
    assert page.excel_button.isEnabled()  # a locked run is still exported
    assert "公式" in page.excel_button.toolTip()
    assert not page.model.flags(page.model.index(0, 1)) & Qt.ItemFlag.ItemIsEditable
    assert "锁定" in page.runs.index(1, 2).data(Qt.ItemDataRole.ToolTipRole)

    # …and back to the draft.
    page.runs_view.setCurrentIndex(page.runs.index(0, 0))
    assert page.first_month() == APR and page.compute_button.isEnabled()
    assert page.compute_button.toolTip() and "已锁定" not in page.compute_button.toolTip()


def test_no_run_disables_steps_saying_why(qtbot: QtBot, file: Store, boxes: Boxes) -> None:
    page = page_at(qtbot, file, JAN)
    assert page.runs.rowCount() == 0
    assert not page.approve_button.isEnabled() and "先计算" in page.approve_button.toolTip()
    assert not page.account_button.isEnabled() and "选中" in page.account_button.toolTip()
    for b in (page.excel_button, page.sign_button, page.bank_button):
        assert not b.isEnabled() and "先计算" in b.toolTip()


# -- 补发 / 扣回 ---------------------------------------------------------------------------------
def test_adjust_dialog_refuses_a_deduction_beyond_what_was_paid_then_records_back_pay(
    qtbot: QtBot, file: Store, boxes: Boxes, monkeypatch: pytest.MonkeyPatch
) -> None:
    paid_quarter_and_april_draft(file)
    page = page_at(qtbot, file, APR)
    before = dump(file.path)
    said: list[str] = []

    def too_much(d: AdjustDialog) -> None:
        type_chinese(d.search, "常规", focus=True)
        qtbot.waitUntil(lambda: d.people.count() == 1)
        assert d.worker_id() == workers.find_by_id_number(file, PEOPLE["常规"])["id"]  # type: ignore[index]
        d.for_month.setDate(QDate(2026, 2, 1))
        assert "300.00" in d.what.text()  # what the 扣回 can take back, before saving
        d.amount.setValue(-300.01)
        type_chinese(d.reason, "多发", focus=True)
        click(qtbot, d, QDialogButtonBox.StandardButton.Save)
        said.append(d.error.text())
        assert d.error.isVisible() and d.result() != QDialog.DialogCode.Accepted
        # No reason: refused too.
        d.amount.setValue(-300)
        d.reason.clear()
        click(qtbot, d, QDialogButtonBox.StandardButton.Save)
        said.append(d.error.text())
        d.reject()

    opened = drive(monkeypatch, AdjustDialog, too_much)
    qtbot.mouseClick(page.adjust_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 1
    assert "超过了该月实际发放的 300.00 元" in said[0]
    assert "理由" in said[1]
    assert dump(file.path) == before  # refused: nothing written
    assert not boxes.texts("information")

    def back_pay(d: AdjustDialog) -> None:
        d.search.setText(PEOPLE["常规"])
        d.find_people()
        assert d.people.count() == 1
        d.for_month.setDate(QDate(2026, 2, 1))
        d.amount.setValue(100)
        type_chinese(d.reason, "标准调整补差", focus=True)
        click(qtbot, d, QDialogButtonBox.StandardButton.Save)

    drive(monkeypatch, AdjustDialog, back_pay)
    qtbot.mouseClick(page.adjust_button, Qt.MouseButton.LeftButton)
    lines = [r for r in store_al.run_lines(file, page.run["id"]) if r["kind"] == al.KIND_ADJUSTMENT]  # type: ignore[index]
    assert [(r["name"], r["for_month"], r["amount_fen"], r["note"]) for r in lines] == [
        ("常规", "2026-02", 10000, "标准调整补差")
    ]
    assert "补发 2026-02" in column(page, "level")
    assert "常规" in boxes.texts("information")[-1] and "100.00" in boxes.texts("information")[-1]


def test_adjust_cannot_correct_the_run_month_or_later(
    qtbot: QtBot, file: Store, boxes: Boxes
) -> None:
    paid_quarter_and_april_draft(file)
    dialog = AdjustDialog(file, store_al.find_run(file, APR))  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.for_month.setDate(QDate(2026, 4, 1))
    assert dialog.month() == date(2026, 3, 1)  # the calendar stops at the month before


# -- the paid date ------------------------------------------------------------------------------
def test_paid_dialog_calendar_defaults_to_today_and_refuses_a_day_before_approval(
    qtbot: QtBot, file: Store, boxes: Boxes, monkeypatch: pytest.MonkeyPatch
) -> None:
    store_al.compute_run(file, JAN, 3)
    store_al.publish(file, JAN)
    store_al.approve(file, JAN)
    page = page_at(qtbot, file, JAN)
    approved = steps.approval_day(page.run["approved_at"])  # type: ignore[index]
    assert approved is not None
    before = dump(file.path)
    seen: dict[str, Any] = {}

    def before_approval_then_cancel(d: PaidDialog) -> None:
        seen["default"] = d.chosen()
        seen["popup"] = d.date.calendarPopup()
        seen["range"] = (d.date.minimumDate().toPython(), d.date.maximumDate().toPython())
        d.date.setMinimumDate(QDate(2000, 1, 1))  # as if the calendar allowed it: the rule holds
        early = approved - timedelta(days=1)
        d.date.setDate(QDate(early.year, early.month, early.day))
        click(qtbot, d, QDialogButtonBox.StandardButton.Ok)
        seen["error"] = d.error.text()
        click(qtbot, d, QDialogButtonBox.StandardButton.Cancel)

    drive(monkeypatch, PaidDialog, before_approval_then_cancel)
    qtbot.mouseClick(page.paid_button, Qt.MouseButton.LeftButton)
    assert seen["default"] == date.today() and seen["popup"]
    assert seen["range"] == (approved, date.today())
    assert "早于发放表的审核日期" in seen["error"]
    assert dump(file.path) == before and "已审核" in page.state.text()


# -- opening a saved PDF -------------------------------------------------------------------------
def test_saved_pdf_is_named_and_opens(
    qtbot: QtBot, file: Store, boxes: Boxes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store_al.compute_run(file, JAN, 3)
    page = page_at(qtbot, file, JAN)
    assert not page.open_button.isVisible()
    opened: list[QUrl] = []
    monkeypatch.setattr(
        "swdesk.ui.allowance_page.QDesktopServices.openUrl", lambda url: opened.append(url) or True
    )
    out = tmp_path / "签领表.pdf"
    monkeypatch.setattr("swdesk.ui.allowance_page.ask_save", lambda *_a, **_k: out)
    qtbot.mouseClick(page.sign_button, Qt.MouseButton.LeftButton)
    assert out.read_bytes().startswith(b"%PDF")
    assert str(out) in boxes.texts("information")[-1] and str(out) in page.saved.text()
    assert page.open_button.isVisible() and not opened
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert [u.toLocalFile() for u in opened] == [str(out)]

    # The 公示 list too, and a file gone since is said so, not opened.
    notice = tmp_path / "公示.pdf"
    monkeypatch.setattr("swdesk.ui.allowance_page.ask_save", lambda *_a, **_k: notice)
    qtbot.mouseClick(page.publish_button, Qt.MouseButton.LeftButton)
    assert str(notice) in page.saved.text() and "打开" in boxes.texts("information")[-1]
    notice.unlink()
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 1 and "找不到" in boxes.texts("warning")[-1]


# -- payee accounts -------------------------------------------------------------------------------
def test_account_dialog_for_the_selected_line(
    qtbot: QtBot, file: Store, boxes: Boxes, monkeypatch: pytest.MonkeyPatch
) -> None:
    store_al.compute_run(file, JAN, 3)
    page = page_at(qtbot, file, JAN)
    select_line(page, "常规")
    assert page.account_button.isEnabled()
    wid = workers.find_by_id_number(file, PEOPLE["常规"])["id"]  # type: ignore[index]
    errors: list[str] = []

    def wrong_then_right(d: PayeeAccountDialog) -> None:
        assert "还没有" in d.who.text() and "常规" in d.windowTitle()
        d.kind.setCurrentIndex(d.kind.findData(al.ACCOUNT_BANK_CARD))
        qtbot.keyClicks(d.number, "6222 0200 1234 5678")  # one digit wrong
        click(qtbot, d, QDialogButtonBox.StandardButton.Save)
        errors.append(d.error.text())
        assert payee_accounts.account_of(file, wid) is None  # refused: nothing stored
        d.number.clear()
        qtbot.keyClicks(d.number, "6222 0200 1234 5671")
        type_chinese(d.bank, "农业银行", focus=True)
        click(qtbot, d, QDialogButtonBox.StandardButton.Save)

    drive(monkeypatch, PayeeAccountDialog, wrong_then_right)
    qtbot.mouseClick(page.account_button, Qt.MouseButton.LeftButton)
    assert "校验位不对" in errors[0]
    found = payee_accounts.account_of(file, wid)
    assert found is not None and (found["kind"], found["account"], found["bank"]) == (
        al.ACCOUNT_BANK_CARD,
        "6222020012345671",
        "农业银行",
    )

    # Opened again: the account shows masked; 删除账号 takes it away.
    shown_text: list[str] = []

    def remove(d: PayeeAccountDialog) -> None:
        shown_text.append(d.who.text())
        assert d.number.text() == ""  # the full number is never put back on screen
        qtbot.mouseClick(d.remove_button, Qt.MouseButton.LeftButton)

    select_line(page, "常规")
    drive(monkeypatch, PayeeAccountDialog, remove)
    qtbot.mouseClick(page.account_button, Qt.MouseButton.LeftButton)
    assert "************5671" in shown_text[0] and "6222020012345671" not in shown_text[0]
    assert payee_accounts.account_of(file, wid) is None

    # A card without a check digit: refused until the user says it was checked against the card;
    # the box only applies to bank cards.
    def old_card(d: PayeeAccountDialog) -> None:
        d.kind.setCurrentIndex(d.kind.findData(al.ACCOUNT_SOCIAL_CARD))
        assert not d.skip_check.isEnabled()
        d.kind.setCurrentIndex(d.kind.findData(al.ACCOUNT_BANK_CARD))
        qtbot.keyClicks(d.number, "6222020012345678")
        click(qtbot, d, QDialogButtonBox.StandardButton.Save)
        errors.append(d.error.text())
        assert payee_accounts.account_of(file, wid) is None
        qtbot.mouseClick(d.skip_check, Qt.MouseButton.LeftButton)
        assert d.skip_check.isChecked()
        click(qtbot, d, QDialogButtonBox.StandardButton.Save)

    select_line(page, "常规")
    drive(monkeypatch, PayeeAccountDialog, old_card)
    qtbot.mouseClick(page.account_button, Qt.MouseButton.LeftButton)
    assert "不核对校验位" in errors[-1]
    found = payee_accounts.account_of(file, wid)
    assert found is not None and found["account"] == "6222020012345678"


# -- English ------------------------------------------------------------------------------------
def test_english_reasons_and_month_counts(
    qtbot: QtBot, english: None, file: Store, boxes: Boxes
) -> None:
    store_al.compute_run(file, JAN, 3)
    page = page_at(qtbot, file, JAN)
    names, reasons = column(page, "name"), column(page, "reason")
    assert reasons[names.index("不合格")] == "Appraisal for 2025 failed."
    assert "年度" not in " ".join(reasons) and "证书" not in " ".join(reasons)
    stored = {r["reason"] for r in store_al.run_lines(file, page.run["id"])}  # type: ignore[index]
    assert "2025 年度考评不合格。" in stored  # the stored form is unchanged
    assert page.months.value() == 3 and page.months.text() == "3 months"
    page.months.setValue(1)
    assert page.months.text() == "1 month"
    assert page.runs.headerData(0, Qt.Orientation.Horizontal) == "First month"
    assert page.runs.index(0, 2).data() == "Draft"
