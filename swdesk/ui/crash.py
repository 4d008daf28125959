"""Unexpected errors: written to the log file and shown in a Chinese dialog, never swallowed.

Why: a cadre cannot read a console. Every uncaught exception (in a slot, at start-up) lands in
``sys.excepthook``; we log the traceback and tell the user where the log file is, with the
traceback in a details box to copy into a message to support.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import Qt, QThread
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

log = logging.getLogger("swdesk.crash")

QUIT = 2  # dialog result: the user chose to close swdesk

_state: dict[str, object] = {"log_path": None, "showing": False}


class CrashDialog(QDialog):
    """What went wrong, where the log is, and the traceback to copy."""

    def __init__(self, details: str, log_path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("swdesk 出错了"))
        self.setMinimumWidth(560)
        icon = QLabel()
        from PySide6.QtWidgets import QStyle  # here, not at start-up: its enums cost ~5 ms

        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(48, 48)
        )
        text = self.tr(
            "swdesk 遇到了一个意外错误。已经保存的数据不受影响，"
            "但刚才的操作可能没有完成，请检查一下。"
        )
        where = (
            self.tr("错误详情已写入日志文件：\n{path}\n请把这个文件发给技术支持。").format(
                path=log_path
            )
            if log_path
            else self.tr("错误详情如下，请复制后发给技术支持。")
        )
        self.message = QLabel(text + "\n\n" + where)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setMinimumHeight(180)
        self.details.setVisible(False)

        self.toggle_button = QPushButton(self.tr("显示详情"))
        self.toggle_button.clicked.connect(self._toggle)
        copy_button = QPushButton(self.tr("复制详情"))
        copy_button.clicked.connect(self._copy)
        quit_button = QPushButton(self.tr("退出 swdesk"))
        quit_button.clicked.connect(lambda: self.done(QUIT))
        self.continue_button = QPushButton(self.tr("继续使用"))
        self.continue_button.setDefault(True)
        self.continue_button.clicked.connect(self.accept)

        top = QHBoxLayout()
        top.addWidget(icon, 0)
        top.addWidget(self.message, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.toggle_button)
        buttons.addWidget(copy_button)
        buttons.addStretch(1)
        buttons.addWidget(quit_button)
        buttons.addWidget(self.continue_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details, 1)
        layout.addLayout(buttons)

    def _toggle(self) -> None:
        show = not self.details.isVisible()
        self.details.setVisible(show)
        self.toggle_button.setText(self.tr("隐藏详情") if show else self.tr("显示详情"))
        self.adjustSize()

    def _copy(self) -> None:
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(self.details.toPlainText())


def format_exception(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> str:
    return "".join(traceback.format_exception(exc_type, exc, tb))


def handle_exception(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    """The ``sys.excepthook``: log, then show the dialog if we are on the GUI thread."""
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    log.error("unexpected error", exc_info=(exc_type, exc, tb))
    details = format_exception(exc_type, exc, tb)
    app = QApplication.instance()
    on_gui_thread = app is not None and QThread.currentThread() == app.thread()
    if not on_gui_thread or _state["showing"]:
        sys.stderr.write(details)
        return
    log_path = _state["log_path"]
    _state["showing"] = True
    try:
        dialog = CrashDialog(details, log_path if isinstance(log_path, Path) else None)
        if dialog.exec() == QUIT:
            QApplication.exit(1)
        dialog.deleteLater()
    finally:
        _state["showing"] = False


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    log.error(
        "unexpected error in thread %s",
        args.thread.name if args.thread else "?",
        exc_info=(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback),
    )


def install(log_path: Path | None) -> None:
    """Route every uncaught exception (main thread and other threads) through the log."""
    _state["log_path"] = log_path
    sys.excepthook = handle_exception
    threading.excepthook = _thread_hook
