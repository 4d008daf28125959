"""A file the window cannot read is named with why in the interface language, never with the
system's English text."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sync_fixtures import county_store

from swdesk.ui.sync_county import CountySyncPage


def test_a_key_backup_that_cannot_be_read_says_why(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    county = county_store(tmp_path / "c.db")
    page = CountySyncPage(county)
    qtbot.addWidget(page)
    backup = tmp_path / "县级密钥备份.json"
    backup.write_bytes(b"{}")

    def denied(_self: Path) -> bytes:
        raise OSError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", denied)
    assert page.restore_keys_from(backup) is False
    text = page.message.text()
    assert "读不了文件" in text and "没有读取权限" in text and "Permission" not in text
    county.close()
