"""The window and the data file's health: a damaged file found after the first paint puts the
window in a read-only mode with its newest good backup one click away; a file too damaged to
open offers that backup before the window; a USB stick gets a copy offered, and a reminder
comes when none was made for long."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
import shiboken6
from damage_helpers import damage, digest, full_check, make_file, names_in
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from test_ui_app import _restore_global_state  # noqa: F401  (autouse: undo app.run's hooks)
from ui_helpers import Boxes

from swdesk import app
from swdesk.services import removable_copy
from swdesk.store import backup, open_store, villages
from swdesk.store.integrity import WritesRefused
from swdesk.ui import file_health
from swdesk.ui.main_window import MainWindow


def args(db: Path) -> argparse.Namespace:
    return argparse.Namespace(db=str(db), lang=None, self_test=False, command=None)


@pytest.fixture
def good_backup(db_path: Path) -> Path:
    make_file(db_path, 300)
    with open_store(db_path, daily_backup=False) as store:
        made = backup.backup_store(store, "manual")
    return made


def run_window(
    qapp: QApplication,
    qtbot: QtBot,
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    inside: Callable[[MainWindow], None],
) -> int:
    """``app.run`` on ``db_path``; ``inside(window)`` runs once the window has painted."""

    def fake_exec() -> int:
        (window,) = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, MainWindow) and shiboken6.isValid(w) and w.isVisible()
        ]
        qtbot.waitSignal(window.firstPainted, timeout=5000).wait()
        inside(window)
        window.close()
        return 0

    monkeypatch.setattr(qapp, "exec", fake_exec)
    return app.run(args(db_path))


def test_damage_found_after_the_first_paint_gives_read_only_mode_and_restore(
    qapp: QApplication,
    qtbot: QtBot,
    db_path: Path,
    good_backup: Path,
    boxes: Boxes,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    damage(db_path, "page")  # the file opens; the check after the paint finds the damage
    damaged = digest(db_path)
    seen: dict[str, object] = {}

    def inside(window: MainWindow) -> None:
        qtbot.waitUntil(lambda: hasattr(window, "health_bar"), timeout=20000)
        bar = window.health_bar
        seen["text"] = bar.text.text()
        seen["buttons"] = sorted(bar.buttons)
        with pytest.raises(WritesRefused):
            villages.add(window.store, "510104001002", "新村", "urban")
        seen["untouched"] = digest(db_path) == damaged
        assert backup.list_backups(db_path, backup.DAILY_TAG) == []  # no copy of the damage
        bar.buttons["restore"].click()  # answered Yes
        villages.add(window.store, "510104001002", "新村", "urban")  # writable again

    assert run_window(qapp, qtbot, db_path, monkeypatch, inside) == 0
    assert "已损坏" in str(seen["text"]) and str(good_backup) in str(seen["text"])
    assert seen["buttons"] == ["export", "restore"]
    assert seen["untouched"]
    assert full_check(db_path) == "ok"
    assert len(names_in(db_path)) == 300
    (aside,) = backup.list_backups(db_path, "before-restore")
    assert digest(aside) == damaged
    assert boxes.texts("information")[-1].startswith("已从备份恢复")


def test_a_file_too_damaged_to_open_offers_its_newest_good_backup(
    qapp: QApplication,
    qtbot: QtBot,
    db_path: Path,
    good_backup: Path,
    boxes: Boxes,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    damage(db_path, "header")
    damaged = digest(db_path)
    opened: list[int] = []
    code = run_window(
        qapp, qtbot, db_path, monkeypatch, lambda w: opened.append(len(w.store.path.name))
    )
    assert code == 0 and opened  # the window opened on the restored file
    (question,) = boxes.texts("question")
    assert "已损坏" in question and good_backup.name in question
    assert full_check(db_path) == "ok"
    (aside,) = backup.list_backups(db_path, "before-restore")
    assert digest(aside) == damaged


def test_a_file_too_damaged_to_open_is_left_alone_when_the_offer_is_declined(
    qapp: QApplication, db_path: Path, good_backup: Path, boxes: Boxes
) -> None:
    damage(db_path, "header")
    damaged = digest(db_path)
    boxes.answer = boxes.answer.No
    assert app.run(args(db_path)) == 3
    assert digest(db_path) == damaged
    assert "已损坏" in boxes.texts("critical")[0]
    assert backup.list_backups(db_path, "before-restore") == []


def test_a_usb_stick_plugged_in_gets_a_copy_offered(
    qapp: QApplication,
    qtbot: QtBot,
    db_path: Path,
    tmp_path: Path,
    boxes: Boxes,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    make_file(db_path, 5)
    stick = tmp_path / "media" / "USB"
    stick.mkdir(parents=True)
    # Which drives are removable is the system's answer (tests/test_removable.py mounts one).
    monkeypatch.setattr(file_health, "mounted_drives", lambda: [stick])
    seen: dict[str, object] = {}

    def inside(window: MainWindow) -> None:
        qtbot.waitUntil(lambda: hasattr(window, "health_bar"), timeout=20000)
        seen["text"] = window.health_bar.text.text()
        window.health_bar.buttons["copy"].click()
        seen["last"] = removable_copy.days_since_copy(window.store)

    assert run_window(qapp, qtbot, db_path, monkeypatch, inside) == 0
    assert str(stick) in str(seen["text"])
    (made,) = (stick / removable_copy.FOLDER).glob("swdesk-*-removable.db")
    assert names_in(made) == [f"张{i:03d}" for i in range(5)]
    assert seen["last"] == 0
    assert boxes.texts("information")[-1] == f"已备份到U盘：\n{made}"


@pytest.mark.parametrize(("days_ago", "reminded"), [(None, True), (7, True), (6, False)])
def test_the_reminder_when_no_copy_was_made_for_n_days(
    qapp: QApplication,
    qtbot: QtBot,
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    days_ago: int | None,
    reminded: bool,
) -> None:
    make_file(db_path, 1)
    if days_ago is not None:
        with open_store(db_path, daily_backup=False) as store, store.atomic():
            last = date.today() - timedelta(days=days_ago)
            store.set_meta(removable_copy.LAST_COPY, last.isoformat())
    monkeypatch.setattr(file_health, "mounted_drives", lambda: [])
    seen: dict[str, object] = {}

    def inside(window: MainWindow) -> None:
        qtbot.waitUntil(lambda: backup.list_backups(db_path, backup.DAILY_TAG) != [], timeout=20000)
        # the bar, if any, comes in the same callback that ends the check's task
        qtbot.waitUntil(lambda: not file_health.BackgroundTask.running, timeout=20000)
        seen["bar"] = window.health_bar.text.text() if hasattr(window, "health_bar") else None

    assert run_window(qapp, qtbot, db_path, monkeypatch, inside) == 0
    if reminded:
        assert "U盘" in str(seen["bar"])
        if days_ago is not None:
            assert f"{days_ago} 天" in str(seen["bar"])
    else:
        assert seen["bar"] is None


def test_a_file_with_accounts_is_restored_at_open_only_by_a_manager(
    qapp: QApplication,
    qtbot: QtBot,
    db_path: Path,
    boxes: Boxes,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from swdesk.store import accounts as store_accounts
    from swdesk.ui.login_dialog import LoginDialog

    make_file(db_path, 300)
    with open_store(db_path, daily_backup=False) as store:
        store_accounts.add(store, "站长", "管理", "Zq81-admin-pw")
        store_accounts.login(store, "站长", "Zq81-admin-pw")
        store_accounts.add(store, "小李", "录入", "Kx27-clerk-pw")
        backup.backup_store(store, "manual")
    damage(db_path, "header")  # the file's own accounts can no longer be read
    damaged = digest(db_path)
    typed = [("小李", "Kx27-clerk-pw")]
    errors: list[str] = []

    def fake_exec(dialog: LoginDialog) -> int:
        """Types the next account; a refusal shown in the dialog is recorded and cancels."""
        name, password = typed.pop(0)
        dialog.name.setText(name)
        dialog.password.setText(password)
        dialog.accept()
        if not dialog.error.isHidden():  # the dialog itself is never shown here
            errors.append(dialog.error.text())
            dialog.reject()
        return dialog.result()

    monkeypatch.setattr(LoginDialog, "exec", fake_exec)
    assert app.run(args(db_path)) == 3  # the clerk may not restore: nothing changed
    assert "管理" in errors[0]
    assert digest(db_path) == damaged
    assert backup.list_backups(db_path, "before-restore") == []

    typed[:] = [("站长", "Zq81-admin-pw"), ("站长", "Zq81-admin-pw")]  # restore, then the login
    opened: list[str] = []
    code = run_window(qapp, qtbot, db_path, monkeypatch, lambda w: opened.append("open"))
    assert code == 0 and opened and typed == []
    assert full_check(db_path) == "ok"
    (aside,) = backup.list_backups(db_path, "before-restore")
    assert digest(aside) == damaged
