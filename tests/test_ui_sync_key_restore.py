"""数据同步 page, county: restoring the county's keys from a passphrase-protected backup."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sync_fixtures import COUNTY, add_worker, county_store, township_store

from swdesk.store import Store
from swdesk.sync import keys, merge, package
from swdesk.ui.sync_county import CountySyncPage

PASS = "县局钥匙2025备份"


class Dialogs:
    """Stand-ins for the file dialog, the passphrase prompt and the confirmation."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
        self.passphrase: str | None = PASS
        self.answer = QMessageBox.StandardButton.Yes
        self.questions: list[str] = []
        self.warnings: list[str] = []
        monkeypatch.setattr(
            QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), ""))
        )
        monkeypatch.setattr(
            QInputDialog,
            "getText",
            staticmethod(lambda *a, **k: (self.passphrase or "", self.passphrase is not None)),
        )

        def question(_p: Any, _t: str, text: str, *a: Any, **k: Any) -> Any:
            self.questions.append(text)
            return self.answer

        def warning(_p: Any, _t: str, text: str, *a: Any, **k: Any) -> Any:
            self.warnings.append(text)
            return QMessageBox.StandardButton.Ok

        monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
        monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))


def _keys(s: Store) -> tuple[Any, Any]:
    return keys.own(s, keys.ENC), keys.own(s, keys.SIGN)


@pytest.fixture
def setup(tmp_path: Path) -> Any:
    old = county_store(tmp_path / "old.db")
    town = township_store(tmp_path / "t.db", old, f"{COUNTY}100", "甲镇")
    backup = tmp_path / "县级密钥备份.json"
    backup.write_bytes(keys.backup_bytes(old, PASS))
    add_worker(town, 1, "李四")
    pkg = package.export(town, tmp_path / "p1.swsync").path
    # The county's computer is replaced: a new county file, with new keys of its own.
    new = county_store(tmp_path / "new.db")
    yield old, town, new, backup, pkg
    for s in (old, town, new):
        s.close()


def _click(qtbot: QtBot, page: CountySyncPage) -> None:
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)


def test_wrong_passphrase_and_no_change_nothing(
    qtbot: QtBot, setup: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    old, _town, new, backup, _pkg = setup
    page = CountySyncPage(new)
    qtbot.addWidget(page)
    before = _keys(new)
    d = Dialogs(monkeypatch, backup)
    d.passphrase = "不是这个口令啊啊"
    _click(qtbot, page)
    assert d.warnings and "口令不对" in d.warnings[0] and "口令不对" in page.message.text()
    assert _keys(new) == before and not d.questions
    d.passphrase = None  # cancelled at the prompt
    _click(qtbot, page)
    assert _keys(new) == before and not d.questions
    d.passphrase = PASS
    d.answer = QMessageBox.StandardButton.No
    _click(qtbot, page)
    assert len(d.questions) == 1 and "重新登记" in d.questions[0]  # it holds other keys now
    assert _keys(new) == before and "没有恢复" in page.message.text()
    assert _keys(old) != before


def test_restore_replaces_the_keys_and_packages_import_again(
    qtbot: QtBot, setup: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    old, _town, new, backup, pkg = setup
    from swdesk.sync.envelope import read_file
    from swdesk.sync.package import open_package

    def refusal() -> str:
        try:
            open_package(new, read_file(pkg))
        except merge.Rejected as e:
            return e.code
        return ""

    assert refusal() == "wrong_key"  # sealed to the county's real key, which this file lacks
    page = CountySyncPage(new)
    qtbot.addWidget(page)
    d = Dialogs(monkeypatch, backup)
    _click(qtbot, page)
    assert len(d.questions) == 1 and "某县" in d.questions[0]
    assert _keys(new) == _keys(old)
    assert "已从备份恢复" in page.message.text()
    assert new.scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'restore'") == 1
    # Packages sealed to the county's real key are readable again (this bare test file has no
    # townships enrolled, so the next check is the sender's enrollment).
    assert refusal() == "unknown_township"
    # Restoring the same backup again: nothing to do, nothing asked.
    _click(qtbot, page)
    assert len(d.questions) == 1 and "相同" in page.message.text()


def test_not_this_countys_backup(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = county_store(tmp_path / "other.db", code="510412", name="别县")
    backup = tmp_path / "b.json"
    backup.write_bytes(keys.backup_bytes(other, PASS))
    mine = county_store(tmp_path / "mine.db")
    page = CountySyncPage(mine)
    qtbot.addWidget(page)
    before = _keys(mine)
    d = Dialogs(monkeypatch, backup)
    _click(qtbot, page)
    assert "别县" in d.warnings[0] and _keys(mine) == before
    other.close()
    mine.close()
