"""Closed county keys: each surface says its own way to open them. The window points to the
数据同步 page's 解锁县级密钥… (no restart); the command line to the variable or the prompt."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sync_fixtures import add_worker, county_store, township_store
from ui_helpers import shown

from swdesk.store import Store, open_store
from swdesk.sync import keys, package
from swdesk.ui.sync_county import CountySyncPage

GOOD = "县里的密钥口令2026"
TOWN = "510411001"


@pytest.fixture
def locked(tmp_path: Path) -> Store:
    """A county file with one enrolled township, reopened after its keys were kept under a
    passphrase: closed."""
    s = county_store(tmp_path / "c.db")
    keys.protect(s, GOOD)
    t = township_store(tmp_path / "t.db", s, TOWN, "甲镇")
    add_worker(t, 1)
    package.export(t, tmp_path / "t.swsync")
    t.close()
    s.close()
    s = open_store(tmp_path / "c.db", daily_backup=False)
    yield s
    s.close()


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []

    def warning(_p: Any, _title: str, text: str, *a: Any, **k: Any) -> Any:
        said.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    return said


def _says_the_window_way(text: str) -> None:
    assert "还没有输入密钥口令" in text
    assert "“数据同步”页" in text and "“解锁县级密钥…”" in text and "不用重新启动" in text
    assert keys.PASSPHRASE_ENV not in text and "重新启动程序并" not in text


def test_the_command_line_is_told_the_variable_or_the_prompt(locked: Store) -> None:
    with pytest.raises(keys.KeysLocked) as refused:
        keys.own(locked, keys.SIGN)
    text = refused.value.message
    assert keys.PASSPHRASE_ENV in text and "按提示输入密钥口令" in text
    assert "重新启动" not in text and "解锁县级密钥" not in text


def test_a_receipt_with_closed_keys_points_to_the_unlock_button(
    qtbot: QtBot, locked: Store, warnings: list[str], tmp_path: Path
) -> None:
    page = shown(qtbot, CountySyncPage(locked))
    out = tmp_path / "receipt.swsync"
    page.write_receipt_to(TOWN, out)  # on the spot (``_guard``)
    assert len(warnings) == 1
    _says_the_window_way(warnings[0])
    _says_the_window_way(page.message.text())
    assert not out.exists() and page.unlock_button.isVisible()


def test_a_package_read_with_closed_keys_points_to_the_unlock_button(
    qtbot: QtBot, locked: Store, warnings: list[str], tmp_path: Path
) -> None:
    page = shown(qtbot, CountySyncPage(locked))
    page.import_files([tmp_path / "t.swsync"])  # in the background (``_run``)
    assert len(warnings) == 1
    _says_the_window_way(warnings[0])
    _says_the_window_way(page.message.text())
    assert getattr(page, "preview", None) is None


def test_once_unlocked_on_the_page_the_same_receipt_is_written(
    qtbot: QtBot, locked: Store, warnings: list[str], tmp_path: Path
) -> None:
    page = shown(qtbot, CountySyncPage(locked))
    keys.unlock(locked, GOOD)  # what 解锁县级密钥… does (tests/test_ui_sync_unlock.py)
    out = tmp_path / "receipt.swsync"
    page.write_receipt_to(TOWN, out)
    assert warnings == [] and out.stat().st_size > 0


def test_other_refusals_pass_unchanged(
    qtbot: QtBot, locked: Store, warnings: list[str], tmp_path: Path
) -> None:
    page = shown(qtbot, CountySyncPage(locked))
    page.write_receipt_to("510411999", tmp_path / "r.swsync")  # not enrolled
    assert len(warnings) == 1 and "没有在本县登记" in warnings[0]
