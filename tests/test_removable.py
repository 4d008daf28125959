"""Removable drives found where Linux desktops mount them, a checked copy onto one, and the
reminder when none was made for ``removable_remind_days`` days.

What cannot be tested here: the Windows path (drive letters whose GetDriveTypeW answer is
DRIVE_REMOVABLE, through ctypes) and macOS's /Volumes; only the Linux path is exercised, with
a real tmpfs mounted under a temporary /media/USER."""

from __future__ import annotations

import os
import stat
import subprocess
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from cli_helpers import run
from damage_helpers import make_file, names_in
from external_tools import need

from swdesk import removable
from swdesk.services import removable_copy
from swdesk.store import manifest, open_store


@pytest.fixture
def media(tmp_path: Path) -> Iterator[Path]:
    """``media/USER`` with a stick (a real mount) and a plain folder beside it."""
    root = tmp_path / "media" / "clerk"
    stick = root / "KINGSTON"
    stick.mkdir(parents=True)
    (root / "not-mounted").mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a file system needs root")
    if subprocess.run(
        [need("mount"), "-t", "tmpfs", "-o", "size=16m", "tmpfs", str(stick)]
    ).returncode:
        pytest.skip("this machine does not allow mounting a tmpfs")
    try:
        yield root
    finally:
        subprocess.run([need("umount"), "-l", str(stick)], check=False)


def test_only_mounted_folders_count_as_drives(media: Path) -> None:
    assert removable.mounted_drives([media]) == [media / "KINGSTON"]
    assert removable.mounted_drives([media / "nothing-here"]) == []
    assert removable.mounted_drives([media / "not-mounted"]) == []


def test_the_linux_roots_include_both_desktop_conventions() -> None:
    roots = removable.linux_roots()
    assert Path("/media") in roots
    assert any(str(r).startswith("/run/media/") for r in roots)


def test_copy_onto_the_drive_is_checked_labelled_and_remembered(media: Path, db_path: Path) -> None:
    make_file(db_path, 3)
    with open_store(db_path, daily_backup=False) as store:
        assert removable_copy.days_since_copy(store) is None
        made = removable_copy.copy_to_first_drive(store, [media])
        assert removable_copy.days_since_copy(store) == 0
    assert made.parent == media / "KINGSTON" / removable_copy.FOLDER
    assert names_in(made) == ["张000", "张001", "张002"]
    assert manifest.is_labelled_good(made)
    assert stat.S_IMODE(made.stat().st_mode) == 0o600


def test_no_drive_is_refused_with_what_to_do(db_path: Path, tmp_path: Path) -> None:
    make_file(db_path, 1)
    with open_store(db_path, daily_backup=False) as store:
        with pytest.raises(removable_copy.RuleError) as info:
            removable_copy.copy_to_first_drive(store, [tmp_path / "media"])
        assert "没有找到插入的U盘" in info.value.message
        assert removable_copy.days_since_copy(store) is None


@pytest.mark.parametrize(
    ("days_ago", "limit", "reminded"),
    [(None, 7, True), (7, 7, True), (6, 7, False), (3, 3, True), (2, 3, False)],
)
def test_reminder_after_n_days(
    db_path: Path, days_ago: int | None, limit: int, reminded: bool
) -> None:
    today = date(2025, 6, 30)
    with open_store(db_path, daily_backup=False) as store:
        store.set_setting("removable_remind_days", limit)
        if days_ago is not None:
            with store.atomic():
                store.set_meta(
                    removable_copy.LAST_COPY, (today - timedelta(days=days_ago)).isoformat()
                )
        text = removable_copy.reminder(store, today)
    assert (text is not None) == reminded
    if reminded and days_ago is not None:
        assert f"{days_ago} 天" in text


def test_cli_backup_removable(
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    make_file(db_path, 2)
    if removable.mounted_drives():
        pytest.skip("a removable drive is plugged into this machine")
    code, _, err = run(capsys, db_path, "backup")
    assert code == 0 and "还没有把备份另存到U盘过" in err
    code, out, err = run(capsys, db_path, "backup", "--removable")
    assert code == 3 and "没有找到插入的U盘" in err and out == ""
    stick = tmp_path / "stick"
    stick.mkdir()
    monkeypatch.setattr(removable_copy, "mounted_drives", lambda roots=None: [stick])
    code, out, err = run(capsys, db_path, "backup", "--removable")
    assert code == 0, err
    (made,) = (stick / removable_copy.FOLDER).glob("swdesk-*-removable.db")
    assert str(made) in out
    assert "U盘" not in err  # just copied: no reminder
    code, _, err = run(capsys, db_path, "backup")
    assert code == 0 and "U盘" not in err
    code, _, err = run(capsys, db_path, "backup", "--removable", "--out", str(tmp_path))
    assert code == 3 and "只能选一个" in err
