"""Accounts in the GUI, driven through the widgets: the login dialog (right and wrong), the idle
lock (a short interval, waited on by its signal), the 账户与隐私 settings tab, and the 津贴发放
page's 审核 refused for a 录入 account with the store's sentence."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QMessageBox
from pytestqt.qtbot import QtBot
from test_allowance_runs import dump, make_file
from ui_helpers import Boxes, shown, type_chinese

from swdesk.app import log_in
from swdesk.core import accounts as ac
from swdesk.core import documents
from swdesk.store import Store, open_store
from swdesk.store import accounts as store_accounts
from swdesk.store import allowances as store_al
from swdesk.ui import idle_lock
from swdesk.ui.accounts_tab import AccountDialog, AccountsTab
from swdesk.ui.login_dialog import LoginDialog
from swdesk.ui.settings_dialog import SettingsDialog

ADMIN_PW, CLERK_PW = "Zq81-admin-pw", "Kx27-clerk-pw"


def _accounts(store: Store) -> None:
    store_accounts.add(store, "站长", ac.ROLE_ADMIN, ADMIN_PW)
    store_accounts.login(store, "站长", ADMIN_PW)
    store_accounts.add(store, "小李", ac.ROLE_CLERK, CLERK_PW)
    store.account = None


def test_login_wrong_then_right(qtbot: QtBot, store: Store) -> None:
    _accounts(store)
    d = shown(qtbot, LoginDialog(store))
    type_chinese(d.name, "小李", focus=True)
    qtbot.keyClicks(d.password, "wrong-pw")
    qtbot.keyClick(d.password, Qt.Key.Key_Return)
    assert d.isVisible() and d.result() != QDialog.DialogCode.Accepted
    assert d.error.isVisible() and d.error.text() == "账户名或密码不对。"
    assert d.password.text() == "" and store.account is None
    with qtbot.waitSignal(d.accepted, timeout=5000):
        qtbot.keyClicks(d.password, CLERK_PW)
        qtbot.keyClick(d.password, Qt.Key.Key_Return)
    assert store.account == ac.Account("小李", ac.ROLE_CLERK)


def test_a_file_without_accounts_asks_nothing(store: Store) -> None:
    assert log_in(store) is True and store.account is None  # no dialog was shown (exec blocks)


def _answer_next_dialog(action: Callable[[LoginDialog], None]) -> None:
    """Run ``action`` on the login dialog as soon as it is shown modally."""

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, LoginDialog):
            action(dialog)
        else:
            QTimer.singleShot(10, act)

    QTimer.singleShot(0, act)


def _key() -> QKeyEvent:
    return QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier)


def test_the_start_asks_for_an_account_once_the_file_has_one(qtbot: QtBot, store: Store) -> None:
    _accounts(store)

    def log_in_as_clerk(d: LoginDialog) -> None:
        type_chinese(d.name, "小李", focus=True)
        d.password.setText(CLERK_PW)
        d.accept()

    _answer_next_dialog(lambda d: d.reject())
    assert log_in(store) is False and store.account is None
    _answer_next_dialog(log_in_as_clerk)
    assert log_in(store) is True and store.account == ac.Account("小李", ac.ROLE_CLERK)


@pytest.fixture
def window(qtbot: QtBot) -> QMainWindow:
    return shown(qtbot, QMainWindow(), (400, 300))


def test_idle_lock_fires_after_the_interval_and_input_restarts_it(
    qtbot: QtBot, window: QMainWindow
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    lock = idle_lock.IdleLock(app, 60, window)
    with qtbot.waitSignal(lock.locked, timeout=2000):
        pass
    # Input restarts the count; other events (a repaint, a window activation) do not.
    lock.timer.stop()
    QApplication.sendEvent(window, QEvent(QEvent.Type.WindowActivate))
    assert not lock.timer.isActive()
    QApplication.sendEvent(window, _key())
    assert lock.timer.isActive() and lock.timer.interval() == 60
    with qtbot.waitSignal(lock.locked, timeout=2000):
        pass
    # Paused (while the lock is shown) it never fires.
    lock.timer.setInterval(30)
    lock.pause()
    with qtbot.assertNotEmitted(lock.locked, wait=200):
        QApplication.sendEvent(window, _key())
    assert not lock.timer.isActive()
    lock.stop()


def test_the_lock_hides_the_window_and_asks_the_password_again(
    qtbot: QtBot, window: QMainWindow, store: Store
) -> None:
    _accounts(store)
    store_accounts.login(store, "小李", CLERK_PW)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    store.set_setting(idle_lock.SETTING, 1)
    lock = idle_lock.install(app, window, store)
    assert lock is not None and lock.timer.interval() == 60_000
    other = shown(qtbot, QMainWindow())  # a second window (a dialog left open) hides too
    seen: list[tuple[bool, str, str]] = []

    def wrong_then_right(d: LoginDialog) -> None:
        seen.append((window.isVisible() or other.isVisible(), d.name.text(), d.windowTitle()))
        d.password.setText("wrong-pw")
        d.accept()
        seen.append((d.isVisible(), d.error.text(), ""))
        d.password.setText(CLERK_PW)
        d.accept()

    _answer_next_dialog(wrong_then_right)
    with qtbot.waitSignal(lock.locked, timeout=2000):
        lock.timer.setInterval(30)
        lock.timer.start()
    assert seen[0][:2] == (False, "小李")  # hidden while locked, the name filled in
    assert seen[1][:2] == (True, "账户名或密码不对。")
    assert window.isVisible() and other.isVisible()
    assert lock.timer.isActive() and not lock.paused
    assert store.account == ac.Account("小李", ac.ROLE_CLERK)

    _answer_next_dialog(lambda d: d.reject())
    with qtbot.waitSignal(lock.locked, timeout=2000):
        lock.timer.start()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=2000)
    lock.stop()


def test_no_idle_lock_without_accounts_or_when_set_to_zero(
    window: QMainWindow, store: Store
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert idle_lock.idle_minutes(store) == idle_lock.DEFAULT_MINUTES
    assert idle_lock.install(app, window, store) is None  # no accounts: single-user
    _accounts(store)
    store.set_setting(idle_lock.SETTING, 0)
    assert idle_lock.install(app, window, store) is None


def test_the_settings_tab_is_for_managers_only(qtbot: QtBot, store: Store) -> None:
    assert shown(qtbot, SettingsDialog(store)).accounts_tab is not None  # no accounts yet
    _accounts(store)
    store_accounts.login(store, "小李", CLERK_PW)
    assert shown(qtbot, SettingsDialog(store)).accounts_tab is None
    store_accounts.login(store, "站长", ADMIN_PW)
    assert shown(qtbot, SettingsDialog(store)).accounts_tab is not None


def _fill(d: AccountDialog, name: str, password: str, again: str) -> None:
    if name:
        type_chinese(d.name, name, focus=True)
    d.password.setText(password)
    d.again.setText(again)


def test_the_first_manager_is_made_in_the_tab(qtbot: QtBot, store: Store, boxes: Boxes) -> None:
    tab = shown(qtbot, AccountsTab(store))
    assert tab.accounts.rowCount() == 0
    d = shown(qtbot, AccountDialog(store, parent=tab))
    assert d.role.currentData() == ac.ROLE_ADMIN  # the first account must be one
    _fill(d, "站长", ADMIN_PW, "typo-pw")
    d.accept()
    assert d.error.text() == "两次输入的密码不一样。" and not store_accounts.any_account(store)
    d.again.setText(ADMIN_PW)
    with qtbot.waitSignal(d.accepted, timeout=5000):
        d.accept()
    tab.reload()
    assert [tab.accounts.index(0, c).data() for c in range(3)] == ["站长", "管理", "可用"]
    # The last manager cannot be disabled: the store's sentence in a warning, nothing changed.
    store_accounts.login(store, "站长", ADMIN_PW)
    tab.accounts_view.selectRow(0)
    tab.toggle_disabled()
    assert "最后一个可用的管理账户" in boxes.texts("warning")[-1]
    assert store_accounts.list_all(store)[0]["disabled"] is False


def test_the_tab_saves_the_idle_minutes_and_the_documents_choice(
    qtbot: QtBot, store: Store, qtmodeltester: object
) -> None:
    store.set_setting("backup_keep", 3)  # anything, so the log below has company
    store_accounts.log_export(store, documents.DOC_BANK, "/x/bank.xlsx", 12, True)
    tab = shown(qtbot, AccountsTab(store))
    qtmodeltester.check(tab.accounts)  # type: ignore[attr-defined]
    qtmodeltester.check(tab.export_log)  # type: ignore[attr-defined]
    assert [tab.export_log.index(0, c).data() for c in range(1, 6)] == [
        store.operator,
        "银行代发表",
        "12",
        "完整",
        "/x/bank.xlsx",
    ]
    assert tab.full_ids[documents.DOC_BANK].isChecked()
    assert not tab.full_ids[documents.DOC_SIGNING].isChecked()
    tab.full_ids[documents.DOC_BANK].setChecked(False)
    tab.full_ids[documents.DOC_SIGNING].setChecked(True)
    tab.idle.setValue(3)
    assert tab.save()
    assert sorted(store.setting(documents.SETTING_FULL)) == [
        "appraisals",
        "payroll",
        "roster",
        "signing",
        "transcript",  # whole by default (core/documents.py)
    ]
    assert idle_lock.idle_minutes(store) == 3


@pytest.fixture
def payroll_file(tmp_path: Path) -> Iterator[tuple[Store, Path]]:
    db = make_file(tmp_path / "swdesk.db")
    with open_store(db, daily_backup=False) as s:
        yield s, db


def test_the_allowance_page_refuses_approval_to_a_clerk(
    qtbot: QtBot, payroll_file: tuple[Store, Path], boxes: Boxes
) -> None:
    from swdesk.core import allowance as al
    from swdesk.ui.allowance_page import AllowancePage

    store, db = payroll_file
    _accounts(store)
    store_accounts.login(store, "小李", CLERK_PW)
    month = al.parse_month("2026-01")
    store_al.compute_run(store, month, 3)
    store_al.publish(store, month)
    page = shown(qtbot, AllowancePage(store), (1200, 700))
    page.month.setDate(QDate(2026, 1, 1))
    qtbot.waitUntil(lambda: page.approve_button.isEnabled(), timeout=5000)
    before = dump(db)
    boxes.answer = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)
    assert "审核通过津贴发放表需要“审核”或“管理”角色的账户" in boxes.texts("warning")[-1]
    assert dump(db) == before
    store_accounts.login(store, "站长", ADMIN_PW)
    qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)
    assert store_al.require_run(store, month)["state"] == al.RUN_APPROVED
