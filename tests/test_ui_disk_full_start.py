"""The window opens on a full disk, to look only: a red bar says why, every page shows, every
save is answered with the disk-full sentence, the file is not touched.

Simulated as tests/test_disk_full.py does it (the free space SQLite would see, and the WAL
index that cannot be sized); ``bench/diskfull.py`` starts the real window on a full tmpfs.
"""

from __future__ import annotations

import argparse
import errno
import hashlib
import os
import shutil
import sqlite3
import sys
from collections import namedtuple
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from cli_helpers import township_file
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_helpers import Boxes, run_app_cleanly

from swdesk import app
from swdesk.services import demo
from swdesk.store import backup, disk_full, lock, open_store, opening, villages, workers
from swdesk.store import errors as store_errors
from swdesk.store.integrity import WritesRefused
from swdesk.store.restore import restore_store
from swdesk.ui import file_health
from swdesk.ui.main_window import MainWindow

Usage = namedtuple("Usage", "total used free")
PEOPLE = 12


@pytest.fixture(autouse=True)
def _restore_global_state(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    yield from run_app_cleanly(monkeypatch)


@pytest.fixture
def township(db_path: Path) -> Path:
    with township_file(db_path) as store:
        villages.add(store, "510104001001", "和平社区", "urban")
        demo.fill(store, PEOPLE, seed=3)
    return db_path


def _free(monkeypatch: pytest.MonkeyPatch, free: int) -> None:
    monkeypatch.setattr(shutil, "disk_usage", lambda _p: Usage(10**9, 10**9 - free, free))


def _no_room_for_the_wal_index(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """A full disk as SQLite meets it: a normal connection cannot size its -shm file; one that
    keeps the index in memory (exclusive) opens. Returns how each connection was asked for."""
    real = opening.connect
    asked: list[bool] = []

    def connect(path: Path, *, exclusive: bool = False) -> Any:
        asked.append(exclusive)
        if not exclusive:
            raise store_errors.DataFileFault("SQLITE_IOERR_SHMSIZE")
        return real(path, exclusive=True)

    monkeypatch.setattr(opening, "connect", connect)
    monkeypatch.setattr(disk_full, "connect", connect)
    return asked


def _files(path: Path) -> dict[str, str]:
    """The data file and its companions, by content: nothing may change on a full disk."""
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(path.parent.glob(path.name + "*"))
        if p.is_file() and not p.name.endswith(".lock")
    }


def _window() -> MainWindow:
    (window,) = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, MainWindow) and shiboken6.isValid(w) and w.isVisible()
    ]
    return window


def _args(db: Path) -> argparse.Namespace:
    return argparse.Namespace(db=str(db), lang=None, self_test=False, command=None)


def test_the_window_opens_on_a_full_disk_to_look_only(
    qapp: QApplication,
    qtbot: QtBot,
    township: Path,
    boxes: Boxes,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for old in backup.list_backups(township):
        old.unlink()  # the day's backup would be due
    before = _files(township)
    asked = _no_room_for_the_wal_index(monkeypatch)
    _free(monkeypatch, 0)
    seen: dict[str, Any] = {}

    def look_around() -> int:
        window = _window()
        qtbot.waitSignal(window.firstPainted, timeout=5000).wait()
        bar = window.disk_full_bar
        seen["bar"] = bar.isVisible(), bar.text.text()
        seen["rows"] = window.workers_page.model.rowCount()
        for index in range(window.nav.count()):  # every page builds and shows
            window.nav.setCurrentRow(index)
            qtbot.waitUntil(lambda i=index: window.stack.currentIndex() == i, timeout=5000)
        window.nav.setCurrentRow(0)
        window.workers_page.view.selectRow(0)
        window.delete_worker()  # asked, "yes": answered with the disk-full sentence
        seen["after delete"] = window.workers_page.model.rowCount()
        window.close()
        return 0

    monkeypatch.setattr(qapp, "exec", look_around)
    assert app.run(_args(township)) == 0
    visible, text = seen["bar"]
    assert visible and "磁盘已满" in text and "只能查看" in text and "清理磁盘空间" in text
    assert seen["rows"] == PEOPLE and seen["after delete"] == PEOPLE
    assert [kind for kind, *_ in boxes.calls] == ["question", "warning"]  # the refused delete
    (_, title, said) = boxes.calls[1]
    assert title == "删除档案" and "磁盘已满" in said and "损坏" not in said
    assert asked[:2] == [False, True]  # tried as usual first, then the copy in memory
    assert _files(township) == before  # not a byte written, no backup taken
    assert backup.list_backups(township) == []
    monkeypatch.undo()
    with open_store(township) as store:  # room again: the delete never happened
        assert workers.count(store) == PEOPLE


def test_a_damaged_looking_file_on_a_full_disk_is_not_offered_a_restore(
    qapp: QApplication,
    township: Path,
    boxes: Boxes,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """When even the copy cannot be read, the full disk is named, and no restore is offered:
    it would throw away the work since the backup."""
    with open_store(township) as store:
        backup.backup_file(store.conn, township, tag="manual", checked=True)

    def never(path: Path, *, exclusive: bool = False) -> Any:
        raise store_errors.DataFileFault("SQLITE_IOERR_SHMSIZE")

    monkeypatch.setattr(opening, "connect", never)
    monkeypatch.setattr(disk_full, "connect", never)
    offered: list[Path] = []
    monkeypatch.setattr(
        file_health, "offer_restore_at_open", lambda path, *_a: offered.append(path) or True
    )
    _free(monkeypatch, 0)
    assert app.run(_args(township)) == 3
    assert offered == []
    assert [kind for kind, *_ in boxes.calls] == ["critical"]


def test_with_room_on_the_disk_a_failure_to_open_is_not_hidden_behind_a_copy(
    township: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = _no_room_for_the_wal_index(monkeypatch)
    _free(monkeypatch, store_errors.FULL_BELOW)  # exactly the threshold: not full
    with pytest.raises(store_errors.DataFileFault):
        app._open(township)
    assert asked == [False]


# -- the copy in memory -------------------------------------------------------------------------
def test_the_copy_holds_what_is_only_in_the_write_ahead_log(tmp_path: Path) -> None:
    """A file left with committed pages in its -wal (a crash, a disk that filled mid-session)
    is shown with them."""
    live = tmp_path / "live" / "swdesk.db"
    with township_file(live):
        pass
    writer = sqlite3.connect(live, isolation_level=None)  # each statement committed
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute("INSERT INTO meta (key, value) VALUES ('left_in_wal', 'yes')")
    left = tmp_path / "left"
    left.mkdir()
    for name in ("swdesk.db", "swdesk.db-wal"):
        shutil.copy(live.with_name(name), left / name)
    writer.close()
    assert (left / "swdesk.db-wal").stat().st_size > 0
    store = disk_full.open_snapshot(left / "swdesk.db")
    try:
        assert store.meta("left_in_wal") == "yes"
    finally:
        store.close()


def test_every_write_to_the_copy_is_refused_and_its_clones_share_it(township: Path) -> None:
    store = disk_full.open_snapshot(township)
    try:
        assert disk_full.refuse_if_full(store)
        for write in (
            lambda s: villages.add(s, "510104001002", "新民社区", "urban"),
            lambda s: s.set_setting("operator", "张三"),
            lambda s: workers.delete(s, workers.roster_rows(s)[0]["id"]),
        ):
            for who in (store, clone := store.clone()):
                with pytest.raises(WritesRefused) as refused:
                    write(who)
                assert refused.value.message == disk_full.full_refusal(township)
            clone.close()
        clone = store.clone()
        assert workers.count(clone) == PEOPLE and clone.opener is store.opener
        clone.close()
    finally:
        store.close()


def test_the_copy_holds_the_lock_of_the_file(township: Path) -> None:
    store = disk_full.open_snapshot(township)
    try:
        assert str(township.resolve()) in lock._held
    finally:
        store.close()
    assert str(township.resolve()) not in lock._held


def test_a_restore_is_refused_in_the_copy_which_goes_on_working(township: Path) -> None:
    with open_store(township) as store:
        made = backup.backup_file(store.conn, township, tag="manual", checked=True)
    store = disk_full.open_snapshot(township)
    try:
        with pytest.raises(WritesRefused) as refused:
            restore_store(store, made)
        assert "磁盘已满" in refused.value.message
        assert workers.count(store) == PEOPLE
    finally:
        store.close()


# -- a file opened as usual on a nearly full disk ---------------------------------------------------
def test_a_nearly_full_disk_refuses_writes_of_a_file_that_opened(
    township: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with open_store(township, daily_backup=False) as store:
        _free(monkeypatch, store_errors.FULL_BELOW - 1)
        assert disk_full.refuse_if_full(store)
        with pytest.raises(WritesRefused) as refused:
            villages.add(store, "510104001002", "新民社区", "urban")
        assert refused.value.message == disk_full.full_refusal(township)


def test_with_room_on_the_disk_nothing_is_refused(
    township: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with open_store(township, daily_backup=False) as store:
        _free(monkeypatch, store_errors.FULL_BELOW)
        assert not disk_full.refuse_if_full(store)
        villages.add(store, "510104001002", "新民社区", "urban")
        assert store.refusal is None


def test_a_damaged_file_keeps_its_own_refusal_on_a_full_disk(
    township: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from swdesk.store import integrity

    with open_store(township, daily_backup=False) as store:
        integrity.mark_damaged(store, "page 3: btree")
        damaged = store.refusal
        _free(monkeypatch, 0)
        assert not disk_full.refuse_if_full(store)
        assert store.refusal == damaged


# -- the lock file ------------------------------------------------------------------------------
def test_no_room_for_the_process_id_still_takes_the_lock(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(_fd: int, _data: bytes) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    db = tmp_path / "swdesk.db"
    monkeypatch.setattr(lock.os, "write", full)
    try:
        lock.acquire(db)
    finally:
        monkeypatch.undo()
    try:
        assert str(db.resolve()) in lock._held
        assert (tmp_path / "swdesk.db.lock").read_bytes() == b""
        with pytest.raises(store_errors.FileInUse):  # another process is shut out
            _other_process_takes(db)
    finally:
        lock.release(db)  # closing the handle has nothing left to write: no error
    assert str(db.resolve()) not in lock._held
    lock.acquire(db)  # taken again, with room: the process id is written
    lock.release(db)
    assert (tmp_path / "swdesk.db.lock").read_bytes() == str(os.getpid()).encode()


def _other_process_takes(db: Path) -> None:
    import subprocess

    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from pathlib import Path; from swdesk.store import lock; "
            "lock.acquire(Path(sys.argv[1]))",
            str(db),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    if "FileInUse" in done.stderr:
        raise store_errors.FileInUse("taken")
    assert done.returncode == 0, done.stderr


# -- exporting what is readable ---------------------------------------------------------------
def test_the_roster_can_be_exported_from_the_copy(
    township: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Onto another drive, say: the file is written and the count said, not a refusal claiming
    nothing happened; the export log, which the file cannot take, goes to the program's log."""
    from swdesk.services import roster
    from swdesk.store import accounts

    out = tmp_path / "stick" / "roster.xlsx"
    out.parent.mkdir()
    store = disk_full.open_snapshot(township)
    try:
        assert roster.export_roster(store, out) == PEOPLE
        assert accounts.export_log(store) == []
    finally:
        store.close()
    assert out.stat().st_size > 0
    assert any("export not recorded" in r.message and str(out) in r.message for r in caplog.records)
    with open_store(township, daily_backup=False) as store:  # with room it is recorded
        roster.export_roster(store, out)
        assert [r["file"] for r in accounts.export_log(store)] == [str(out)]


# -- start-up steps that would write ------------------------------------------------------------
def _county(path: Path, passphrase: str | None) -> None:
    from swdesk.store.unit import initialize
    from swdesk.sync import keys

    with open_store(path) as store:
        initialize(store, "county", "510411", "某县")
        keys.create_county_keys(store)  # kept in the clear, as a file from before
        if passphrase is not None:
            keys.protect(store, passphrase)


@pytest.mark.parametrize(("passphrase", "asked"), [(None, []), ("县里的密钥口令2026", [False])])
def test_a_county_on_a_full_disk_is_only_asked_to_unlock_its_keys(
    qapp: QApplication,
    qtbot: QtBot,
    db_path: Path,
    boxes: Boxes,
    monkeypatch: pytest.MonkeyPatch,
    passphrase: str | None,
    asked: list[bool],
) -> None:
    """Keys kept in the clear would be encrypted at start (a write: no room), so that is left
    for a start with room; keys kept encrypted are opened (a read) as on any start."""
    from swdesk.sync import keys
    from swdesk.ui.key_passphrase import KeyPassphraseDialog

    _county(db_path, passphrase)
    _no_room_for_the_wal_index(monkeypatch)
    _free(monkeypatch, 0)
    dialogs: list[bool] = []
    states: list[str] = []

    def type_it(dialog: KeyPassphraseDialog) -> int:
        dialogs.append(dialog.setting)
        dialog.passphrase.setText(passphrase or "")
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(KeyPassphraseDialog, "exec", type_it)

    def look() -> int:
        window = _window()
        qtbot.waitSignal(window.firstPainted, timeout=5000).wait()
        states.append(keys.key_state(window.store))
        states.append("bar" if window.disk_full_bar.isVisible() else "no bar")
        window.close()
        return 0

    monkeypatch.setattr(qapp, "exec", look)
    assert app.run(_args(db_path)) == 0
    assert dialogs == asked and boxes.calls == []
    assert states == [keys.RAW if passphrase is None else keys.UNLOCKED, "bar"]


def test_a_file_never_set_up_on_a_full_disk_says_so_and_exits_3(
    qapp: QApplication,
    db_path: Path,
    boxes: Boxes,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from swdesk.ui import first_run

    with open_store(db_path):
        pass  # made, never set up
    _no_room_for_the_wal_index(monkeypatch)
    _free(monkeypatch, 0)
    monkeypatch.setattr(
        first_run.FirstRunDialog, "exec", lambda _d: pytest.fail("set-up asked on a full disk")
    )
    assert app.run(_args(db_path)) == 3
    ((kind, _title, text),) = boxes.calls
    assert kind == "critical" and "磁盘已满" in text and "清理磁盘空间" in text
