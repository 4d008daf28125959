"""数据同步 page, county: the keys can be opened on the page when the passphrase dialog at start
was cancelled (or their first passphrase set when they are still kept in the clear)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from sync_fixtures import county_store
from ui_helpers import shown

from swdesk.store import Store, open_store
from swdesk.sync import keys
from swdesk.ui.key_passphrase import KeyPassphraseDialog
from swdesk.ui.sync_county import CountySyncPage

GOOD = "县里的密钥口令2026"


@pytest.fixture
def locked(tmp_path: Path) -> Store:
    """A county file reopened after its keys were kept under a passphrase: closed."""
    s = county_store(tmp_path / "c.db")
    keys.protect(s, GOOD)
    s.close()
    s = open_store(tmp_path / "c.db", daily_backup=False)
    yield s
    s.close()


class Typing:
    """Stands in for the dialog's modal loop: types each passphrase in turn into the real
    dialog and presses OK, or cancels when the list runs out."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, *typed: str) -> None:
        self.typed = list(typed)
        self.errors: list[str] = []
        monkeypatch.setattr(KeyPassphraseDialog, "exec", lambda dialog: self.exec(dialog))

    def exec(self, dialog: KeyPassphraseDialog) -> int:
        while self.typed:
            dialog.passphrase.setText(self.typed.pop(0))
            if dialog.setting:
                dialog.confirm.setText(dialog.passphrase.text())
            dialog.accept()
            if dialog.result() == QDialog.DialogCode.Accepted:
                return int(dialog.result())
            self.errors.append(dialog.error.text())
        dialog.reject()
        return int(QDialog.DialogCode.Rejected)


def test_closed_keys_are_opened_from_the_page_after_a_wrong_try(
    qtbot: QtBot, locked: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = shown(qtbot, CountySyncPage(locked))
    assert page.unlock_button.isVisible() and page.unlock_button.text() == "解锁县级密钥…"
    assert "还没有解锁" in page.key_warning.text()
    typing = Typing(monkeypatch, "不对的口令123456", GOOD)
    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    assert len(typing.errors) == 1 and "密钥口令不对" in typing.errors[0]
    assert keys.key_state(locked) == keys.UNLOCKED
    assert keys.own(locked, keys.ENC) is not None  # sync can use them now
    assert not page.unlock_button.isVisible()
    assert "还没有解锁" not in page.key_warning.text()
    assert "已打开" in page.message.text()


def test_cancelling_on_the_page_leaves_the_keys_closed_and_the_action_there(
    qtbot: QtBot, locked: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = shown(qtbot, CountySyncPage(locked))
    Typing(monkeypatch)
    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    assert keys.key_state(locked) == keys.LOCKED
    assert page.unlock_button.isVisible() and "还没有解锁" in page.key_warning.text()
    assert page.message.text() == ""


def test_clear_keys_get_their_first_passphrase_from_the_page(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    s = county_store(tmp_path / "raw.db")  # keys made without a passphrase: kept in the clear
    try:
        page = shown(qtbot, CountySyncPage(s))
        assert keys.key_state(s) == keys.RAW
        assert page.unlock_button.isVisible() and page.unlock_button.text() == "设置县级密钥口令…"
        Typing(monkeypatch, "long-enough-1")
        qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
        assert keys.key_state(s) == keys.UNLOCKED and not page.unlock_button.isVisible()
    finally:
        s.close()


def test_open_keys_need_no_action(qtbot: QtBot, locked: Store) -> None:
    keys.unlock(locked, GOOD)
    page = shown(qtbot, CountySyncPage(locked))
    assert not page.unlock_button.isVisible()
    assert "解锁" not in page.key_warning.text()
