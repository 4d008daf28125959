"""Every command that writes a file a person receives, on a disk that fills up while the file is
written: exit 3, the disk-full sentence, no traceback, the old file untouched, no temporary file
left and the data file as it was. (The disk is made to fill at the sync of the written file,
the last step before its rename; ``bench/diskfull.py`` does it on a real full disk.)"""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from cli_helpers import run
from roster_corpus import STANDARD_HEADER, simple_roster
from sync_fixtures import add_worker, county_store, idn, township_store

from swdesk import atomic

OLD = b"the file as it was"


@pytest.fixture
def town(tmp_path: Path) -> Path:
    county = county_store(tmp_path / "c.db")
    t = township_store(tmp_path / "t.db", county, "510411100", "甲镇")
    add_worker(t, 1)
    t.close()
    county.close()
    return tmp_path / "t.db"


def _rows(db: Path) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT id, name, updated_at FROM workers ORDER BY id").fetchall()
    finally:
        conn.close()


def _full(*_args: Any) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


COMMANDS: dict[str, tuple[str, list[str]]] = {
    "workers export": ("名单.xlsx", ["workers", "export", "{out}"]),
    "workers template": ("模板.xlsx", ["workers", "template", "{out}"]),
    "workers import --report": (
        "错误报告.xlsx",
        ["workers", "import", "{roster}", "--dry-run", "--report", "{out}"],
    ),
    "training transcript": (
        "学时证明.pdf",
        ["training", "transcript", "--id-number", idn(1), "--out", "{out}"],
    ),
    "backup --out": ("副本.db", ["backup", "--out", "{out}"]),
    "sync export": ("t.swsync", ["sync", "export", "--out", "{out}"]),
}


@pytest.mark.parametrize("command", list(COMMANDS))
def test_a_full_disk_while_writing_keeps_the_old_file(
    town: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    command: str,
) -> None:
    name, argv = COMMANDS[command]
    folder = tmp_path / "stick"
    folder.mkdir()
    out = folder / name
    out.write_bytes(OLD)
    roster = simple_roster(tmp_path / "r.xlsx", STANDARD_HEADER, [["李四", "123", None]])
    args = [a.format(out=out, roster=roster) for a in argv]
    code, _, _ = run(capsys, town, "villages", "list")  # the day's backup, before the disk fills
    assert code == 0
    before = _rows(town)
    monkeypatch.setattr(atomic.os, "fsync", _full)
    if command == "backup --out":
        monkeypatch.setattr(os, "replace", _full)  # the backup renames its copy into place
    code, _, err = run(capsys, town, *args)
    assert code == 3, err
    assert "磁盘已满" in err and "Traceback" not in err and "No space" not in err
    assert out.read_bytes() == OLD
    assert sorted(p.name for p in folder.iterdir()) == [name]  # no temporary file left
    assert _rows(town) == before


@pytest.mark.parametrize("command", list(COMMANDS))
def test_with_room_on_the_disk_each_command_writes_its_file(
    town: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    name, argv = COMMANDS[command]
    out = tmp_path / name
    roster = simple_roster(tmp_path / "r.xlsx", STANDARD_HEADER, [["李四", "123", None]])
    code, _, err = run(capsys, town, *[a.format(out=out, roster=roster) for a in argv])
    assert code in (0, 3) and "Traceback" not in err  # the dry run's bad row is exit 3
    assert out.stat().st_size > 0
