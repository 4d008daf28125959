"""After the window has painted: is the data file whole, is today's backup taken, is there a
second copy on a USB stick? And at open: a file too damaged to open offers its newest good
backup.

Why here and in the background: ``quick_check`` reads the whole file (0.1–0.4 s on a county's
file) and the day's backup copies it; neither may keep the window from showing. A damaged file
puts the window in the read-only mode of ``store.integrity``: a red bar says so and offers the
newest good backup and the roster export (what is still readable).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import shiboken6
from PySide6 import QtWidgets
from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from swdesk.core.errors import RuleError
from swdesk.removable import mounted_drives
from swdesk.services import removable_copy
from swdesk.store import Store, backup, integrity
from swdesk.ui.message_bar import ERROR, close_button
from swdesk.ui.rule_text import shown
from swdesk.ui.styles import DAMAGED_BAR_STYLE, HEALTH_NOTICE_STYLE
from swdesk.ui.tasks import BackgroundTask, Progress

log = logging.getLogger("swdesk.ui.file_health")


@dataclass
class Health:
    damage: str | None = None
    newest_good: Path | None = None
    backup: Path | None = None
    drives: list[Path] = field(default_factory=list)
    reminder: str | None = None


def check_job(own: Store, _progress: Progress) -> Health:
    """The quick check, then (once a day) the full check and the day's backup, then the drives."""
    health = Health(damage=integrity.check_store(own))  # ``own``: this thread's connection
    if health.damage is None:
        health.backup = backup.daily_backup(own)  # None when taken already, or damaged
        health.damage = own.damage
    if health.damage is not None:
        health.newest_good = integrity.newest_good(own.path)
        return health
    health.drives = mounted_drives()
    if not health.drives:
        health.reminder = removable_copy.reminder(own)
    return health


class HealthBar(QFrame):
    """One line about the data file with its buttons; ``chosen`` says which was pressed."""

    chosen = Signal(str)

    def __init__(self, text: str, buttons: list[tuple[str, str]], *, damaged: bool) -> None:
        super().__init__()
        self.setObjectName("healthBar")
        self.setStyleSheet(DAMAGED_BAR_STYLE if damaged else HEALTH_NOTICE_STYLE)
        self.text = QLabel(text)
        self.text.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 3, 4, 3)
        layout.addWidget(self.text, 1)
        self.buttons: dict[str, QPushButton] = {}
        for key, label in buttons:
            button = QPushButton(label)
            button.clicked.connect(lambda _=False, k=key: self.chosen.emit(k))
            layout.addWidget(button)
            self.buttons[key] = button
        if not damaged:  # the damaged mode stays in sight until the file is restored
            close = close_button(self.tr("关闭提示"))
            close.clicked.connect(lambda: self.chosen.emit("close"))
            layout.addWidget(close)


def show_damaged(window: Any, store: Store, health: Health) -> HealthBar:
    """Switch ``store`` to read-only and show the red bar with restore and export."""
    assert health.damage is not None
    store.damage = health.damage
    integrity.refuse_writes(store, integrity.damaged_refusal(store.path, health.newest_good))
    buttons = [("export", QCoreApplication.translate("file_health", "导出社工名册"))]
    if health.newest_good is not None:
        buttons.insert(
            0, ("restore", QCoreApplication.translate("file_health", "从最新的完好备份恢复"))
        )
    bar = HealthBar(shown(store.refusal or ""), buttons, damaged=True)
    holder = window.add_bar(bar, "healthBarHolder")

    def chosen(key: str) -> None:
        if key == "export":
            window.export_roster()
        elif (
            key == "restore"
            and health.newest_good is not None
            and window.restore_from(health.newest_good)
        ):
            holder.deleteLater()

    bar.chosen.connect(chosen)
    window.health_bar = bar
    return bar


def show_removable(window: Any, store: Store, health: Health) -> HealthBar | None:
    """Offer a copy onto the drive plugged in, or remind that none was made for long."""
    if health.drives:
        drive = health.drives[0]
        text = QCoreApplication.translate(
            "file_health", "发现U盘 {drive}。要把数据文件另存一份备份到U盘上吗？"
        ).format(drive=drive)
        buttons = [("copy", QCoreApplication.translate("file_health", "备份到U盘"))]
    elif health.reminder is not None:
        text, buttons = shown(health.reminder), []
    else:
        return None
    bar = HealthBar(text, buttons, damaged=False)
    holder = window.add_bar(bar, "healthBarHolder")

    def chosen(key: str) -> None:
        if key == "close":
            holder.hide()
            return
        title = QCoreApplication.translate("file_health", "备份到U盘")
        ok, made = window._run(
            QCoreApplication.translate("file_health", "正在备份到U盘……"),
            lambda own, _p: removable_copy.copy_to(own, drive),
        )
        if ok:
            holder.hide()
            QtWidgets.QMessageBox.information(
                window,
                title,
                QCoreApplication.translate("file_health", "已备份到U盘：\n{path}").format(
                    path=made
                ),
            )

    bar.chosen.connect(chosen)
    window.health_bar = bar
    return bar


def start_checks(window: Any, store: Store) -> BackgroundTask:
    """Run ``check_job`` in a background thread; its findings show as a bar, a failure of the
    day's backup in the status bar (logged, never lost)."""

    def done(health: Health | None, error: BaseException | None) -> None:
        if not shiboken6.isValid(window):
            return
        if error is not None or health is None:
            log.warning("daily check or backup failed: %s", error)
            window.show_message(
                QCoreApplication.translate(
                    "app",
                    "今天的自动备份没有成功：{error}。请检查磁盘空间，或用“备份…”手动备份。",
                ).format(error=shown(error.message) if isinstance(error, RuleError) else error),
                ERROR,
            )
            return
        if health.backup is not None:
            log.info("daily backup: %s", health.backup)
        if health.damage is not None:
            log.error("data file %s is damaged: %s", store.path, health.damage)
            show_damaged(window, store, health)
        else:
            show_removable(window, store, health)

    return BackgroundTask(store, check_job, done)


def _restorer_logged_in(path: Path, backup: Path, parent: QWidget | None) -> bool:
    """Once the file has accounts, a restore needs a 管理 one, as on the command line."""
    from swdesk.store import accounts as store_accounts
    from swdesk.ui.login_dialog import LoginDialog

    rows = store_accounts.restore_accounts(path, backup)
    if not rows:
        return True
    dialog = LoginDialog(
        None,
        parent=parent,
        check=lambda name, password: store_accounts.check_restorer(rows, name, password),
    )
    return dialog.exec() == QtWidgets.QDialog.DialogCode.Accepted


def offer_restore_at_open(path: Path, message: str, parent: QWidget | None = None) -> bool:
    """A file too damaged to open: offer its newest good backup; True once it is restored."""
    newest = integrity.newest_good(path)
    if newest is None:
        return False
    title = QCoreApplication.translate("file_health", "数据文件已损坏")
    answer = QtWidgets.QMessageBox.question(
        parent,
        title,
        QCoreApplication.translate(
            "file_health",
            "{problem}\n\n现在用最新的完好备份“{name}”恢复吗？损坏的文件会改名留在 backups "
            "文件夹中，不会删除。",
        ).format(problem=shown(message), name=newest.name),
    )
    if answer != QtWidgets.QMessageBox.StandardButton.Yes:
        return False
    if not _restorer_logged_in(path, newest, parent):
        return False
    from swdesk.store.restore import restore_file

    try:
        done = restore_file(path, newest)
    except RuleError as e:
        QtWidgets.QMessageBox.critical(parent, title, shown(e.message))
        return False
    log.info("restored %s from %s at open; the damaged file is %s", path, newest, done.aside)
    return True
