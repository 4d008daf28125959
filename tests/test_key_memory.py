"""The county key passphrase kept in the account's protected storage (off by default).

The logic runs everywhere with a stand-in for Windows' DPAPI (``FakeDpapi``); the real DPAPI
call (``swdesk.protected_storage.WindowsDpapi``) could only be written, not run, here: the
last test at least type-checks it for Windows.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot
from sync_fixtures import county_store
from ui_helpers import run_app_cleanly, shown

from swdesk import app, protected_storage
from swdesk.protected_storage import ProtectedStorageError
from swdesk.store import Store, open_store
from swdesk.sync import keys
from swdesk.ui import key_memory
from swdesk.ui.key_memory import KeyMemory
from swdesk.ui.key_passphrase import KeyPassphraseDialog, unlock_remembered
from swdesk.ui.main_window import MainWindow
from swdesk.ui.sync_county import CountySyncPage

GOOD = "县里的密钥口令2026"
ROOT = Path(__file__).resolve().parent.parent


class FakeDpapi:
    """Stands in for DPAPI: a blob only the same ``account`` reads back, its bytes unlike the
    secret's; ``refuse`` makes the storage fail as the system would."""

    def __init__(self, account: str = "clerk", refuse: bool = False) -> None:
        self.account = account.encode()
        self.refuse = refuse

    def protect(self, data: bytes) -> bytes:
        if self.refuse:
            raise ProtectedStorageError("DPAPI error 5")
        return b"fake:" + self.account + b":" + bytes(b ^ 0x5A for b in data)

    def unprotect(self, blob: bytes) -> bytes:
        head = b"fake:" + self.account + b":"
        if self.refuse or not blob.startswith(head):
            raise ProtectedStorageError("DPAPI error 13: not this account's")
        return bytes(b ^ 0x5A for b in blob[len(head) :])


@pytest.fixture(autouse=True)
def _fresh_settings(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    app.make_app()  # the organisation and application names QSettings files under
    QSettings().clear()
    yield from run_app_cleanly(monkeypatch)


def _locked(path: Path, passphrase: str = GOOD) -> Store:
    """A county file reopened after its keys were kept under ``passphrase``: closed."""
    s = county_store(path)
    keys.protect(s, passphrase)
    s.close()
    return open_store(path, daily_backup=False)


@pytest.fixture
def locked(tmp_path: Path) -> Iterator[Store]:
    s = _locked(tmp_path / "c.db")
    yield s
    s.close()


def _kept_values() -> list[str]:
    settings = QSettings()
    return [str(settings.value(k)) for k in settings.allKeys()]


def _type(dialog: KeyPassphraseDialog, passphrase: str, remember: bool | None = None) -> None:
    dialog.passphrase.setText(passphrase)
    if remember is not None:
        dialog.remember.setChecked(remember)
    dialog.accept()


# -- off by default, and absent where there is no protected storage ----------------------------
@pytest.mark.skipif(sys.platform == "win32", reason="this is the test of the other systems")
def test_without_protected_storage_nothing_is_offered_or_kept(qtbot: QtBot, locked: Store) -> None:
    assert protected_storage.system_protector() is None
    memory = key_memory.key_memory()
    dialog = KeyPassphraseDialog(locked)
    qtbot.addWidget(dialog)
    assert not memory.available and not dialog.remember.isVisibleTo(dialog)
    _type(dialog, GOOD)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not memory.has(locked) and _kept_values() == []
    assert not memory.remember(locked, GOOD) and memory.recall(locked) is None


def test_the_choice_is_offered_unticked_and_unticked_keeps_nothing(
    qtbot: QtBot, locked: Store
) -> None:
    memory = KeyMemory(FakeDpapi())
    dialog = KeyPassphraseDialog(locked, memory=memory)
    qtbot.addWidget(dialog)
    assert dialog.remember.isVisibleTo(dialog) and not dialog.remember.isChecked()
    _type(dialog, GOOD)
    assert keys.key_state(locked) == keys.UNLOCKED
    assert not memory.has(locked) and not memory.wanted


def test_ticked_the_passphrase_is_kept_protected_and_opens_the_keys_next_time(
    qtbot: QtBot, tmp_path: Path
) -> None:
    memory = KeyMemory(FakeDpapi())
    s = _locked(tmp_path / "c.db")
    dialog = KeyPassphraseDialog(s, memory=memory)
    qtbot.addWidget(dialog)
    _type(dialog, GOOD, remember=True)
    assert memory.has(s) and memory.wanted
    assert not any(GOOD in v for v in _kept_values())  # only the protected blob is kept
    s.close()
    s = open_store(tmp_path / "c.db", daily_backup=False)  # the next start: closed again
    try:
        assert keys.key_state(s) == keys.LOCKED
        assert unlock_remembered(s, memory)
        assert keys.key_state(s) == keys.UNLOCKED and keys.own(s, keys.SIGN) is not None
        again = KeyPassphraseDialog(s, memory=memory)
        qtbot.addWidget(again)
        assert again.remember.isChecked()  # the choice stays as ticked
    finally:
        s.close()


def test_another_account_or_computer_cannot_use_the_kept_blob(
    locked: Store,
) -> None:
    KeyMemory(FakeDpapi("clerk")).remember(locked, GOOD)
    other = KeyMemory(FakeDpapi("someone-else"))
    assert not other.unlock(locked)
    assert keys.key_state(locked) == keys.LOCKED
    assert not other.has(locked)  # unreadable: dropped, the passphrase is asked


def test_a_kept_passphrase_belongs_to_its_own_county_file(tmp_path: Path) -> None:
    memory = KeyMemory(FakeDpapi())
    first, second = _locked(tmp_path / "a.db"), _locked(tmp_path / "b.db", "另一个县的口令99")
    try:
        memory.remember(first, GOOD)
        assert memory.has(first) and not memory.has(second)
        assert not memory.unlock(second) and keys.key_state(second) == keys.LOCKED
        assert memory.unlock(first)
    finally:
        first.close()
        second.close()


def test_a_kept_passphrase_that_no_longer_opens_the_keys_is_forgotten(
    tmp_path: Path,
) -> None:
    memory = KeyMemory(FakeDpapi())
    s = _locked(tmp_path / "c.db")
    memory.remember(s, GOOD)
    keys.unlock(s, GOOD)
    keys.protect(s, "换过的新口令2027")  # changed since it was kept
    s.close()
    s = open_store(tmp_path / "c.db", daily_backup=False)
    try:
        assert not memory.unlock(s)
        assert keys.key_state(s) == keys.LOCKED and not memory.has(s)
    finally:
        s.close()


def test_storage_that_refuses_to_keep_it_still_opens_the_keys(
    qtbot: QtBot, locked: Store, caplog: pytest.LogCaptureFixture
) -> None:
    memory = KeyMemory(FakeDpapi(refuse=True))
    dialog = KeyPassphraseDialog(locked, memory=memory)
    qtbot.addWidget(dialog)
    _type(dialog, GOOD, remember=True)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert keys.key_state(locked) == keys.UNLOCKED and not memory.has(locked)
    assert any("not kept in protected storage" in r.message for r in caplog.records)


def test_a_wrong_passphrase_is_never_kept(qtbot: QtBot, locked: Store) -> None:
    memory = KeyMemory(FakeDpapi())
    dialog = KeyPassphraseDialog(locked, memory=memory)
    qtbot.addWidget(dialog)
    _type(dialog, "不对的口令123456", remember=True)
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.error.isVisibleTo(dialog)
    assert not memory.has(locked) and not memory.wanted


# -- at start, and forgetting it on the 数据同步 page --------------------------------------------
def test_a_start_with_a_kept_passphrase_asks_nothing(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = FakeDpapi()
    monkeypatch.setattr(protected_storage, "system_protector", lambda: fake)
    db = tmp_path / "c.db"
    s = _locked(db)
    KeyMemory(fake).remember(s, GOOD)
    s.close()
    monkeypatch.setattr(
        KeyPassphraseDialog, "exec", lambda _d: pytest.fail("asked for a kept passphrase")
    )
    states: list[str] = []

    def look() -> int:
        (window,) = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, MainWindow) and shiboken6.isValid(w) and w.isVisible()
        ]
        qtbot.waitSignal(window.firstPainted, timeout=5000).wait()
        states.append(keys.key_state(window.store))
        window.close()
        return 0

    monkeypatch.setattr(qapp, "exec", look)
    monkeypatch.setattr(app, "start_daily_backup", lambda *_a: argparse.Namespace(wait=lambda: 0))
    assert app.run(argparse.Namespace(db=str(db), lang=None, self_test=False, command=None)) == 0
    assert states == [keys.UNLOCKED]


def test_forgetting_on_the_page_drops_it_and_keeps_the_keys_open(
    qtbot: QtBot, locked: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = FakeDpapi()
    monkeypatch.setattr(protected_storage, "system_protector", lambda: fake)
    page = shown(qtbot, CountySyncPage(locked))
    assert not page.forget_button.isVisible()  # nothing kept yet

    def tick_and_type(dialog: KeyPassphraseDialog) -> int:
        _type(dialog, GOOD, remember=True)
        return int(dialog.result())

    monkeypatch.setattr(KeyPassphraseDialog, "exec", tick_and_type)
    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    assert page.key_memory.has(locked) and page.forget_button.isVisible()
    qtbot.mouseClick(page.forget_button, Qt.MouseButton.LeftButton)
    assert not page.key_memory.has(locked) and not page.key_memory.wanted
    assert not page.forget_button.isVisible() and "已忘记" in page.message.text()
    assert keys.key_state(locked) == keys.UNLOCKED and _kept_values() == [
        "False"
    ]  # only the choice, now off


# -- the Windows path: written, not run ---------------------------------------------------------
def test_the_windows_path_type_checks_for_windows() -> None:
    api = pytest.importorskip("mypy.api")
    out, err, code = api.run(
        [
            "--platform",
            "win32",
            "--strict",
            "--no-incremental",
            str(ROOT / "swdesk" / "protected_storage.py"),
        ]
    )
    assert code == 0, out + err
