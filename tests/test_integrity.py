"""A damaged data file is noticed, never copied into a backup, put in a read-only mode that
names the newest good backup, and restored without being opened; and the smaller holes of the
data file: leftovers of an interrupted backup, the lock through a symlink, a read-only file, a
mistyped --db, and the file modes of data files and backups."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from cli_helpers import run
from damage_helpers import damage, digest, full_check, make_file, names_in
from external_tools import need

from swdesk.store import integrity, manifest, open_store, villages
from swdesk.store.backup import backup_dir, list_backups, newest_good

REPO = Path(__file__).resolve().parent.parent
KINDS = ("middle", "page", "header")


@pytest.fixture
def good_backup(db_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    make_file(db_path, 700)
    code, _, err = run(capsys, db_path, "backup")
    assert code == 0, err
    (made,) = list_backups(db_path, "manual")
    for daily in list_backups(db_path, "daily"):  # the CLI's day's backup: one good copy only
        daily.unlink()
    return made


ADD_VILLAGE = ("villages", "add", "--code", "510104001002", "--name", "新村", "--kind", "urban")


# -- the three kinds of damage, each ending in a good restore ---------------------------------
@pytest.mark.parametrize("kind", KINDS)
def test_damaged_file_refuses_writes_and_backups_and_is_restored(
    db_path: Path, good_backup: Path, kind: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_store(db_path, daily_backup=False) as store:  # work after the backup
        villages.add(store, "510104001003", "后来村", "urban")
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    damage(db_path, kind)
    assert full_check(db_path) != "ok"
    damaged = digest(db_path)
    before = sorted(backup_dir(db_path).iterdir())

    code, _, err = run(capsys, db_path, *ADD_VILLAGE)
    assert code == 3, err
    assert "已损坏" in err and "意外错误" not in err
    assert f"swdesk restore {good_backup}" in err  # the newest good backup, ready to type
    code, out, err = run(capsys, db_path, "backup")
    assert code == 3 and "已损坏" in err and out == ""
    assert digest(db_path) == damaged  # nothing written
    assert sorted(backup_dir(db_path).iterdir()) == before  # no copy of the damage

    code, out, err = run(capsys, db_path, "restore", str(good_backup))
    assert code == 0, err
    assert "检查完好" in out
    assert full_check(db_path) == "ok"
    assert names_in(db_path) == [f"张{i:03d}" for i in range(700)]
    (aside,) = list_backups(db_path, "before-restore")
    assert str(aside) in out
    assert digest(aside) == damaged  # set aside, never deleted
    code, _, err = run(capsys, db_path, *ADD_VILLAGE)
    assert code == 0, err


@pytest.mark.parametrize("kind", ["middle", "page"])
def test_damaged_file_can_still_be_read(
    db_path: Path, good_backup: Path, kind: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Reads go on with a warning (what is readable can be exported); a read that meets the
    damage is a message, not a crash."""
    damage(db_path, kind)
    code, out, err = run(capsys, db_path, "villages", "list")
    assert code == 0, err
    assert "和平社区" in out
    assert "已损坏" in err
    code, _, err = run(capsys, db_path, "workers", "list")
    assert code in (0, 3)
    assert "意外错误" not in err and "Traceback" not in err


def test_damage_found_before_the_first_write_in_the_cli(
    db_path: Path, good_backup: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The day's full check has already run (its backup exists): the quick check before the
    write still catches damage that came later."""
    assert run(capsys, db_path, "villages", "list")[0] == 0  # takes today's backup
    assert list_backups(db_path, "daily")
    damage(db_path, "middle")
    damaged = digest(db_path)
    code, _, err = run(capsys, db_path, *ADD_VILLAGE)
    assert code == 3 and "已损坏" in err and "不能修改" in err
    assert digest(db_path) == damaged


def test_a_damaged_file_is_refused_by_the_store_even_outside_a_transaction(
    db_path: Path, good_backup: Path
) -> None:
    damage(db_path, "middle")
    with open_store(db_path) as store:  # the day's check finds it
        assert store.damage is not None and store.refusal is not None
        with pytest.raises(integrity.WritesRefused) as info:
            villages.add(store, "510104001002", "新村", "urban")
        assert str(good_backup) in info.value.message
        with pytest.raises(integrity.DataFileFault) as fault:
            store.set_meta("x", "y")  # no transaction: SQLite's query_only holds it
        assert "已损坏" in fault.value.message


def test_a_healthy_file_passes_and_writes(db_path: Path, good_backup: Path) -> None:
    with open_store(db_path) as store:
        store.check_before_write = True
        villages.add(store, "510104001002", "新村", "urban")
        assert store.damage is None and store.refusal is None
        assert not store.check_before_write  # checked once


def test_restore_refuses_a_damaged_backup_and_changes_nothing(
    db_path: Path, good_backup: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    damage(good_backup, "page")
    before = digest(db_path)
    code, _, err = run(capsys, db_path, "restore", str(good_backup))
    assert code == 3 and "已损坏" in err and "请换一份备份" in err
    assert digest(db_path) == before
    assert list_backups(db_path, "before-restore") == []


def test_restore_refuses_the_data_file_itself(
    db_path: Path, good_backup: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    link = db_path.parent / "same.db"
    link.symlink_to(db_path)
    code, _, err = run(capsys, db_path, "restore", str(link))
    assert code == 3 and "数据文件自己" in err
    assert full_check(db_path) == "ok"


# -- backups: checked, labelled, private ------------------------------------------------------
def test_backups_are_labelled_good_and_private(db_path: Path, good_backup: Path) -> None:
    assert manifest.is_labelled_good(good_backup)
    assert newest_good(db_path) == good_backup
    assert stat.S_IMODE(good_backup.stat().st_mode) == 0o600
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600
    with open_store(db_path, daily_backup=False):
        assert stat.S_IMODE(Path(str(db_path) + "-wal").stat().st_mode) == 0o600


def test_a_backup_changed_after_its_check_is_not_offered(db_path: Path, good_backup: Path) -> None:
    with open(good_backup, "ab") as f:
        f.write(b"\0" * 4096)  # another size than the label says
    assert not manifest.is_labelled_good(good_backup)
    damage(good_backup, "page")
    assert newest_good(db_path) is None


def test_unlabelled_old_backups_are_checked_when_offered(db_path: Path, good_backup: Path) -> None:
    (backup_dir(db_path) / manifest.NAME).unlink()
    assert newest_good(db_path) == good_backup  # passes the check now
    damage(good_backup, "page")
    assert newest_good(db_path) is None


# -- leftovers, lock, read-only, mistyped --db -----------------------------------------------
def test_leftovers_of_an_interrupted_daily_backup_are_cleaned(db_path: Path) -> None:
    make_file(db_path, 1)
    folder = backup_dir(db_path)
    folder.mkdir()
    left = [
        folder / ".swdesk-20250101-080000-daily.db.4242.part",
        folder / ".swdesk-20250101-080000-daily.db.4242.part-journal",
    ]
    mine = folder / f".swdesk-20250101-080000-daily.db.{os.getpid()}.part"
    other_file = folder / ".other-20250101-080000-daily.db.4242.part"
    for p in (*left, mine, other_file):
        p.write_bytes(b"half")
    with open_store(db_path):
        pass
    assert not any(p.exists() for p in left)
    assert mine.exists()  # a backup of this process, maybe running in another thread
    assert other_file.exists()  # another data file's


def test_the_lock_follows_the_file_through_a_symlink(db_path: Path) -> None:
    make_file(db_path, 1)
    link = db_path.parent / "elsewhere" / "link.db"
    link.parent.mkdir()
    link.symlink_to(db_path)
    with open_store(db_path):
        result = subprocess.run(
            [sys.executable, "-m", "swdesk", "--db", str(link), *ADD_VILLAGE],
            capture_output=True,
            text=True,
            cwd=REPO,
            timeout=60,
        )
    assert result.returncode == 3
    assert "已经在另一个 swdesk 中打开" in result.stderr
    assert names_in(db_path) == ["张000"]


def test_a_read_command_on_a_mistyped_db_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    wrong = tmp_path / "swdesk-typo.db"
    for argv in (("villages", "list"), ("workers", "list"), ADD_VILLAGE):
        code, _, err = run(capsys, wrong, *argv)
        assert code == 3
        assert "找不到数据文件" in err and "swdesk init" in err
    assert list(tmp_path.iterdir()) == []


@pytest.fixture
def read_only_mount(tmp_path: Path) -> Iterator[Path]:
    """A real read-only file system (tmpfs remounted read-only): needs root."""
    mount = tmp_path / "ro"
    mount.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a read-only file system needs root")
    done = subprocess.run([need("mount"), "-t", "tmpfs", "-o", "size=16m", "tmpfs", str(mount)])
    if done.returncode != 0:
        pytest.skip("this machine does not allow mounting a tmpfs")
    try:
        yield mount
    finally:
        subprocess.run([need("umount"), "-l", str(mount)], check=False)


def test_a_read_only_data_file_reads_and_refuses_writes(
    tmp_path: Path, read_only_mount: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "src" / "swdesk.db"
    make_file(source, 3)
    db = read_only_mount / "swdesk.db"
    db.write_bytes(source.read_bytes())
    subprocess.run([need("mount"), "-o", "remount,ro", str(read_only_mount)], check=True)
    before = digest(db)
    code, out, err = run(capsys, db, "workers", "list")
    assert code == 0, err
    assert "张002" in out
    code, out, err = run(capsys, db, *ADD_VILLAGE)
    assert code == 3
    assert "只读" in err and "复制到可以写入的位置" in err and "Traceback" not in err
    assert digest(db) == before
