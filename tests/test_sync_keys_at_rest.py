"""The county's private keys at rest: encrypted under a passphrase asked once per start, set
when they are made, old clear keys encrypted on the first start after the upgrade, never in a
backup in the clear; ``sync key-restore`` needs ``--replace`` to replace different keys."""

from __future__ import annotations

import getpass
import sys
from pathlib import Path

import pytest
from cli_helpers import run
from pytestqt.qtbot import QtBot
from sync_fixtures import COUNTY, county_store

from swdesk.core.errors import RuleError
from swdesk.store import Store, open_store
from swdesk.store.backup import backup_store
from swdesk.sync import keys
from swdesk.ui.key_passphrase import KeyPassphraseDialog, needs_passphrase

GOOD = "县里的密钥口令2026"


def privates(store: Store) -> list[bytes]:
    pairs = [keys.own(store, k) for k in (keys.ENC, keys.SIGN)]
    return [p.private for p in pairs if p is not None]


def on_disk(path: Path) -> bytes:
    """Every byte of a data file as it lies on disk, with its write-ahead log."""
    wal = path.with_name(path.name + "-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def test_keys_made_with_a_passphrase_are_kept_encrypted(tmp_path: Path) -> None:
    s = open_store(tmp_path / "c.db", daily_backup=False)
    from swdesk.store.unit import initialize

    initialize(s, "county", COUNTY, "某县")
    keys.create_county_keys(s, GOOD)
    assert keys.key_state(s) == keys.UNLOCKED  # made here: open for this run
    raw = privates(s)
    assert len(raw) == 2 and all(len(r) == 32 for r in raw)
    stored = [bytes(r[0]) for r in s.conn.execute("SELECT private FROM sync_keys")]
    assert all(st.startswith(keys.SEALED_MAGIC) and r not in st for st in stored for r in raw)
    bak = backup_store(s, "test", tmp_path / "copy.db")
    s.close()
    for blob in (on_disk(tmp_path / "c.db"), bak.read_bytes()):
        assert not any(r in blob for r in raw)
    # The next start: closed until the passphrase is given.
    s = open_store(tmp_path / "c.db", daily_backup=False)
    try:
        assert keys.key_state(s) == keys.LOCKED and needs_passphrase(s)
        with pytest.raises(keys.KeysLocked, match="还没有输入密钥口令"):
            keys.own(s, keys.ENC)
        assert keys.backed_up(s) is False  # status still works without the passphrase
        with pytest.raises(RuleError, match="密钥口令不对"):
            keys.unlock(s, "不对的口令123456")
        assert keys.key_state(s) == keys.LOCKED
        keys.unlock(s, GOOD)
        assert keys.key_state(s) == keys.UNLOCKED and privates(s) == raw
    finally:
        s.close()


def test_clear_keys_from_before_are_encrypted_and_leave_no_clear_copy(tmp_path: Path) -> None:
    s = county_store(tmp_path / "c.db")  # keys made the old way: in the clear
    raw = privates(s)
    assert keys.key_state(s) == keys.RAW and needs_passphrase(s)
    before = backup_store(s, "test", tmp_path / "before.db")
    assert all(r in before.read_bytes() for r in raw)  # what the old versions left in backups
    with pytest.raises(RuleError, match="口令太短"):
        keys.protect(s, "1234567")
    assert keys.key_state(s) == keys.RAW
    keys.protect(s, "12345678")  # 8 characters: the shortest allowed
    assert keys.key_state(s) == keys.UNLOCKED and privates(s) == raw
    after = backup_store(s, "test", tmp_path / "after.db")
    s.close()
    for blob in (on_disk(tmp_path / "c.db"), after.read_bytes()):
        assert not any(r in blob for r in raw)
    s = open_store(tmp_path / "c.db", daily_backup=False)
    try:
        keys.unlock(s, "12345678")
        assert privates(s) == raw
    finally:
        s.close()


def test_restore_keeps_the_keys_under_the_backups_passphrase(tmp_path: Path) -> None:
    a = county_store(tmp_path / "a.db")
    keys.protect(a, GOOD)
    data = keys.backup_bytes(a, "备份口令12345678")
    raw = privates(a)
    a.close()
    b = county_store(tmp_path / "b.db")
    keys.restore_backup(b, data, "备份口令12345678")
    assert keys.key_state(b) == keys.UNLOCKED and privates(b) == raw
    b.close()
    b = open_store(tmp_path / "b.db", daily_backup=False)
    try:
        with pytest.raises(RuleError, match="密钥口令不对"):
            keys.unlock(b, GOOD)
        keys.unlock(b, "备份口令12345678")
        assert privates(b) == raw
        assert not any(r in on_disk(tmp_path / "b.db") for r in raw)
    finally:
        b.close()


# -- command line ---------------------------------------------------------------------------
def init_county(capsys: pytest.CaptureFixture[str], db: Path) -> tuple[int, str, str]:
    return run(capsys, db, "init", "--role", "county", "--unit-code", COUNTY, "--unit-name", "某县")


def enroll(capsys: pytest.CaptureFixture[str], db: Path, out: Path) -> tuple[int, str, str]:
    return run(
        capsys,
        db,
        "sync",
        "enroll",
        "--township",
        f"{COUNTY}100",
        "--name",
        "甲镇",
        "--out",
        str(out),
    )


def test_cli_asks_the_passphrase_and_refuses_a_wrong_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "c.db"
    monkeypatch.delenv(keys.PASSPHRASE_ENV, raising=False)
    code, _, err = init_county(capsys, db)  # no terminal, no variable: nothing is set up
    assert code == 3 and keys.PASSPHRASE_ENV in err
    monkeypatch.setenv(keys.PASSPHRASE_ENV, "short")
    code, _, err = init_county(capsys, db)
    assert code == 3 and "口令太短" in err
    with open_store(db, daily_backup=False) as s:
        assert not s.is_initialized
    monkeypatch.setenv(keys.PASSPHRASE_ENV, GOOD)
    code, out, _ = init_county(capsys, db)
    assert code == 0 and "用口令加密保存" in out
    monkeypatch.setenv(keys.PASSPHRASE_ENV, "不对的口令123456")
    code, _, err = enroll(capsys, db, tmp_path / "e.swsync")
    assert code == 3 and "密钥口令不对" in err and not (tmp_path / "e.swsync").exists()
    code, out, _ = run(capsys, db, "sync", "status")  # needs no private key
    assert code == 0 and "密钥还没有备份" in out
    monkeypatch.setenv(keys.PASSPHRASE_ENV, GOOD)
    assert enroll(capsys, db, tmp_path / "e.swsync")[0] == 0


def test_cli_at_a_terminal_asks_again_after_a_wrong_passphrase(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "c.db"
    monkeypatch.setenv(keys.PASSPHRASE_ENV, GOOD)
    init_county(capsys, db)
    monkeypatch.delenv(keys.PASSPHRASE_ENV)
    typed = iter(["不对的口令123456", GOOD])
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": next(typed))
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    code, _, err = enroll(capsys, db, tmp_path / "e.swsync")
    assert code == 0 and "密钥口令不对" in err
    typed = iter(["错1号口令xxxx", "错2号口令xxxx", "错3号口令xxxx"])
    code, _, err = enroll(capsys, db, tmp_path / "e2.swsync")
    assert code == 3 and err.count("密钥口令不对") == 3


def test_cli_encrypts_clear_keys_on_first_use_after_the_upgrade(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "c.db"
    county_store(db).close()  # an older version's county file
    monkeypatch.setenv(keys.PASSPHRASE_ENV, GOOD)
    code, out, err = enroll(capsys, db, tmp_path / "e.swsync")
    assert code == 0 and "还没有加密保存" in err and "已用口令加密保存" in out
    with open_store(db, daily_backup=False) as s:
        assert keys.key_state(s) == keys.LOCKED


def test_cli_key_restore_needs_replace_for_other_keys(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(keys.PASSPHRASE_ENV, GOOD)
    old, new = tmp_path / "old.db", tmp_path / "new.db"
    init_county(capsys, old)
    assert run(capsys, old, "sync", "key-backup", "--out", str(tmp_path / "k.json"))[0] == 0
    init_county(capsys, new)  # the same county set up again: other keys
    with open_store(new, daily_backup=False) as s:
        keys.unlock(s, GOOD)
        mine = privates(s)
    code, _, err = run(capsys, new, "sync", "key-restore", str(tmp_path / "k.json"))
    assert code == 3 and "--replace" in err and "没有做任何改动" in err
    with open_store(new, daily_backup=False) as s:
        keys.unlock(s, GOOD)
        assert privates(s) == mine
    code, out, _ = run(capsys, new, "sync", "key-restore", str(tmp_path / "k.json"), "--replace")
    assert code == 0 and "已从备份恢复" in out
    code, out, _ = run(capsys, new, "sync", "key-restore", str(tmp_path / "k.json"))
    assert code == 0 and "不需要恢复" in out
    with open_store(old, daily_backup=False) as a, open_store(new, daily_backup=False) as b:
        keys.unlock(a, GOOD)
        keys.unlock(b, GOOD)
        assert privates(a) == privates(b) != mine


# -- the dialog at start ----------------------------------------------------------------------
def test_dialog_unlocks_after_a_wrong_try(qtbot: QtBot, tmp_path: Path) -> None:
    s = county_store(tmp_path / "c.db")
    keys.protect(s, "right-passphrase")
    s.close()
    s = open_store(tmp_path / "c.db", daily_backup=False)
    try:
        dlg = KeyPassphraseDialog(s)
        qtbot.addWidget(dlg)
        dlg.show()
        assert not dlg.confirm.isVisible()
        qtbot.keyClicks(dlg.passphrase, "wrong-passphrase")
        dlg.accept()
        assert dlg.isVisible() and "密钥口令不对" in dlg.error.text()
        assert keys.key_state(s) == keys.LOCKED
        dlg.passphrase.clear()
        qtbot.keyClicks(dlg.passphrase, "right-passphrase")
        with qtbot.waitSignal(dlg.accepted):
            dlg.accept()
        assert keys.key_state(s) == keys.UNLOCKED
    finally:
        s.close()


def test_dialog_sets_the_first_passphrase(qtbot: QtBot, tmp_path: Path) -> None:
    s = county_store(tmp_path / "c.db")
    try:
        dlg = KeyPassphraseDialog(s)
        qtbot.addWidget(dlg)
        dlg.show()
        assert dlg.confirm.isVisible() and dlg.windowTitle() == "设置县级密钥口令"
        qtbot.keyClicks(dlg.passphrase, "short")
        qtbot.keyClicks(dlg.confirm, "short")
        dlg.accept()
        assert "口令太短" in dlg.error.text() and keys.key_state(s) == keys.RAW
        for edit, text in ((dlg.passphrase, "long-enough-1"), (dlg.confirm, "long-enough-2")):
            edit.clear()
            qtbot.keyClicks(edit, text)
        dlg.accept()
        assert "不一致" in dlg.error.text() and keys.key_state(s) == keys.RAW
        dlg.confirm.clear()
        qtbot.keyClicks(dlg.confirm, "long-enough-1")
        with qtbot.waitSignal(dlg.accepted):
            dlg.accept()
        assert keys.key_state(s) == keys.UNLOCKED
    finally:
        s.close()


def test_the_program_asks_once_at_start_on_a_county_file(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import argparse
    import threading

    from PySide6.QtWidgets import QApplication

    from swdesk import app
    from swdesk.ui.main_window import MainWindow

    db = tmp_path / "c.db"
    s = county_store(db)
    keys.protect(s, GOOD)
    s.close()
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # crash.install replaces them
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    asked: list[str] = []

    def typed(dialog: KeyPassphraseDialog) -> int:
        asked.append(dialog.intro.text())
        dialog.passphrase.setText(GOOD)
        dialog.accept()
        return int(dialog.result())

    seen: list[str] = []

    def window_up(_app: QApplication) -> int:
        win = next(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, MainWindow) and w.isVisible() and w.store.path == db
        )
        seen.append(keys.key_state(win.store))
        win.close()
        return 0

    monkeypatch.setattr(KeyPassphraseDialog, "exec", typed)
    monkeypatch.setattr(QApplication, "exec", window_up)
    args = argparse.Namespace(db=str(tmp_path / "c.db"), lang=None, self_test=False)
    assert app.run(args) == 0
    assert len(asked) == 1 and "请输入密钥口令" in asked[0]
    assert seen == [keys.UNLOCKED]
