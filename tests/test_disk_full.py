"""A full disk is told as a full disk, and does not stop commands that only read.

Simulated (``ENOSPC`` raised where the disk would raise it, the free space SQLite would see),
so it runs anywhere; ``bench/diskfull.py`` repeats it on a real full tmpfs, and the last test
here does too where the machine allows a mount (root)."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import subprocess
import sys
from collections import namedtuple
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from cli_helpers import run, township_file
from external_tools import need

from swdesk.store import backup, opening, villages
from swdesk.store import errors as store_errors
from swdesk.store.errors import damaged, sqlite_fault

Usage = namedtuple("Usage", "total used free")
SHMSIZE = sqlite3.SQLITE_IOERR | (19 << 8)  # SQLITE_IOERR_SHMSIZE: the WAL index cannot grow


@pytest.fixture
def township(db_path: Path) -> Path:
    with township_file(db_path) as store:
        villages.add(store, "510104001001", "和平社区", "urban")
    for old in backup.list_backups(db_path):
        old.unlink()  # the day's backup is due on the next open
    return db_path


def _free(monkeypatch: pytest.MonkeyPatch, free: int) -> None:
    monkeypatch.setattr(shutil, "disk_usage", lambda _p: Usage(10**9, 10**9 - free, free))


def _error(code: int) -> sqlite3.Error:
    error = sqlite3.OperationalError("disk I/O error")
    error.sqlite_errorcode = code  # type: ignore[attr-defined]
    return error


def _no_space(*_args: Any, **_kwargs: Any) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


# -- the daily backup is no blocker -------------------------------------------------------------
def test_a_read_command_works_when_the_daily_backup_finds_the_disk_full(
    township: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(backup.os, "replace", _no_space)  # the copy is made, renaming it fails
    code, out, err = run(capsys, township, "villages", "list")
    assert code == 0 and "和平社区" in out
    assert err.startswith("提示：今天的自动备份没有做") and "磁盘已满" in err
    assert "No space" not in err and "Traceback" not in err
    assert backup.list_backups(township) == []
    assert not [p for p in (township.parent / "backups").iterdir() if p.name.endswith(".part")]


def test_on_a_normal_day_the_backup_is_made_without_a_word(
    township: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, township, "villages", "list")
    assert code == 0 and err == ""
    assert len(backup.list_backups(township, backup.DAILY_TAG)) == 1


def test_a_bug_in_the_daily_backup_is_not_swallowed(
    township: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: Any) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr(backup, "daily_backup", broken)
    with pytest.raises(RuntimeError):
        opening.open_store(township, warn=print)


# -- SQLite's disguises of a full disk ----------------------------------------------------------
def test_an_io_error_on_a_full_disk_is_a_full_disk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _free(monkeypatch, 0)
    for code in (SHMSIZE, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
        fault = sqlite_fault(_error(code), tmp_path / "d.db")
        assert fault is not None and "磁盘已满" in fault.message, code
        assert "恢复" not in fault.message and "I/O" not in fault.message


def test_an_io_error_with_room_on_the_disk_is_still_an_io_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _free(monkeypatch, store_errors.FULL_BELOW)  # exactly the threshold: not full
    fault = sqlite_fault(_error(SHMSIZE), tmp_path / "d.db")
    assert fault is not None and "磁盘读写出错" in fault.message
    fault = sqlite_fault(_error(sqlite3.SQLITE_CORRUPT), tmp_path / "d.db")
    assert fault is not None and "请从备份恢复" in fault.message


def test_a_healthy_file_on_a_full_disk_is_never_called_damaged(
    township: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def cannot_size_the_wal_index(_path: Path) -> Any:
        raise sqlite3.DatabaseError("disk I/O error")

    monkeypatch.setattr(opening, "connect", cannot_size_the_wal_index)
    _free(monkeypatch, 4096)
    code, _, err = run(capsys, township, "villages", "list")
    assert code == 3 and "磁盘已满" in err and "损坏" not in err and "恢复" not in err
    monkeypatch.undo()
    assert "请从备份恢复" in damaged(township).message  # with room on the disk: damaged it is


def test_the_command_line_reads_a_file_whose_wal_index_cannot_be_made(
    township: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    real = opening.connect
    made: list[bool] = []

    def no_room_for_the_shm_file(path: Path, *, exclusive: bool = False) -> Any:
        made.append(exclusive)
        if not exclusive:
            raise store_errors.DataFileFault("SQLITE_IOERR_SHMSIZE")
        return real(path, exclusive=True)

    monkeypatch.setattr(opening, "connect", no_room_for_the_shm_file)
    monkeypatch.setattr(backup.os, "replace", _no_space)
    _free(monkeypatch, 0)
    code, out, err = run(capsys, township, "villages", "list")
    assert code == 0 and "和平社区" in out and made == [False, True]
    assert "今天的自动备份没有做" in err


def test_the_window_never_opens_the_file_alone(
    township: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_room_for_the_shm_file(path: Path, *, exclusive: bool = False) -> Any:
        raise store_errors.DataFileFault("SQLITE_IOERR_SHMSIZE")

    monkeypatch.setattr(opening, "connect", no_room_for_the_shm_file)
    _free(monkeypatch, 0)
    # The window's background tasks open second connections, which an exclusive lock would
    # shut out: it is told the disk is full instead.
    with pytest.raises(store_errors.DataFileFault):
        opening.open_store(township, daily_backup=False)


def test_with_room_on_the_disk_a_failure_is_not_retried(
    township: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[bool] = []

    def failing(path: Path, *, exclusive: bool = False) -> Any:
        calls.append(exclusive)
        raise store_errors.DataFileFault("SQLITE_IOERR")

    monkeypatch.setattr(opening, "connect", failing)
    with pytest.raises(store_errors.DataFileFault):
        opening.open_store(township, alone=True)
    assert calls == [False]


def test_a_connection_whose_pragmas_fail_is_closed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from swdesk.store import db
    from swdesk.store.connection import Connection

    closed: list[bool] = []
    real_close = Connection.close

    def close(self: Connection) -> None:
        closed.append(True)
        real_close(self)

    def fail(self: Connection, sql: str, parameters: Any = ()) -> Any:
        raise store_errors.DataFileFault("SQLITE_IOERR_SHMSIZE")

    monkeypatch.setattr(Connection, "close", close)
    monkeypatch.setattr(Connection, "execute", fail)
    with pytest.raises(store_errors.DataFileFault):
        db.connect(tmp_path / "d.db")
    assert closed == [True]  # else its lock shuts out the next connection


def test_free_space_is_asked_of_the_nearest_folder_that_exists(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[Path] = []

    def usage(p: Path) -> Usage:
        asked.append(Path(p))
        return Usage(1, 1, 0)

    monkeypatch.setattr(shutil, "disk_usage", usage)
    assert store_errors.disk_is_full(tmp_path / "gone" / "deeper" / "d.db")
    assert asked == [tmp_path]


# -- the real thing, where the machine allows a mount -------------------------------------------
@pytest.fixture
def full_tmpfs(tmp_path: Path) -> Iterator[Path]:
    where = tmp_path / "mnt"
    where.mkdir()
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("a tmpfs mount needs root; the simulated tests above cover the same paths")
    done = subprocess.run(
        [need("mount"), "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(where)], capture_output=True
    )
    if done.returncode != 0:
        pytest.skip("this machine allows no tmpfs mount")
    try:
        yield where
    finally:
        subprocess.run([need("umount"), str(where)], check=False)


def test_on_a_real_full_disk(full_tmpfs: Path) -> None:
    db = full_tmpfs / "swdesk.db"
    with township_file(db) as store:
        villages.add(store, "510104001001", "和平社区", "urban")
    for old in backup.list_backups(db):
        old.unlink()
    with open(full_tmpfs / "filler", "wb") as f:  # leave less room than the data file needs
        while shutil.disk_usage(full_tmpfs).free > 100 * 1024:
            f.write(b"\0" * 16384)
            f.flush()

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "swdesk", "--db", str(db), *args],
            capture_output=True,
            text=True,
            timeout=120,
        )

    listed = cli("villages", "list")
    assert listed.returncode == 0 and "和平社区" in listed.stdout
    assert "今天的自动备份没有做" in listed.stderr and "磁盘已满" in listed.stderr
    with open(full_tmpfs / "filler", "ab", buffering=0) as f, pytest.raises(OSError):
        while True:
            f.write(b"\0" * 4096)
    assert shutil.disk_usage(full_tmpfs).free == 0
    listed = cli("villages", "list")  # no byte free: the WAL index is kept in memory
    assert listed.returncode == 0 and "和平社区" in listed.stdout, listed.stderr
    refused = cli(
        "villages", "add", "--code", "510104001002", "--name", "新民社区", "--kind", "urban"
    )
    assert refused.returncode == 3 and "磁盘已满" in refused.stderr, refused.stderr
    assert "Traceback" not in refused.stderr and "损坏" not in refused.stderr
    (full_tmpfs / "filler").unlink()
    listed = cli("villages", "list")
    assert listed.returncode == 0 and "新民社区" not in listed.stdout


# -- reading: the system's English never reaches the user ---------------------------------------
@pytest.mark.parametrize(
    ("code", "says"),
    [
        (errno.EACCES, "没有读取权限"),
        (errno.EIO, "U盘可能已拔出"),
        (errno.ENODEV, "U盘已拔出"),
        (errno.EBUSY, "其他程序占用"),
        (errno.ELOOP, "系统错误 40"),
    ],
)
def test_a_sync_file_that_cannot_be_read_says_why_in_chinese(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, says: str
) -> None:
    from swdesk.sync.envelope import Rejected, read_file

    path = tmp_path / "t.swsync"
    path.write_bytes(b"x")

    def fail(_self: Path) -> bytes:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(Path, "read_bytes", fail)
    with pytest.raises(Rejected) as exc:
        read_file(path)
    text = str(exc.value)
    assert says in text and os.strerror(code) not in text


def test_a_rules_file_that_cannot_be_read_says_why_in_chinese(
    township: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    rules = township.parent / "rules.json"
    rules.write_text("{}", encoding="utf-8")

    def denied(_self: Path, **_kw: Any) -> str:
        raise OSError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(Path, "read_text", denied)
    code, _, err = run(capsys, township, "allowance", "rules", "--load", str(rules))
    assert code == 3 and "没有读取权限" in err and "Permission" not in err


def test_with_a_good_backup_at_hand_a_full_disk_is_still_a_full_disk(
    township: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    run(capsys, township, "villages", "list")  # a good daily backup now exists

    def cannot_size_the_wal_index(_path: Path) -> Any:
        raise sqlite3.DatabaseError("disk I/O error")

    monkeypatch.setattr(opening, "connect", cannot_size_the_wal_index)
    code, _, err = run(capsys, township, "villages", "list")
    assert code == 3 and "请从最新的完好备份恢复" in err  # with room on the disk: damaged
    _free(monkeypatch, 4096)
    code, _, err = run(capsys, township, "villages", "list")
    assert code == 3 and "磁盘已满" in err and "恢复" not in err
