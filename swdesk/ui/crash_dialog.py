"""The dialog that shows an unexpected error: what happened, where the log is, the traceback.

Kept apart from ``swdesk.ui.crash`` (the hooks, installed at every start) so its widgets load
only when an error is shown.
"""

from __future__ import annotations

from pathlib import Path

from PySide6 import QtCore
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

QUIT = 2  # dialog result: the user chose to close swdesk


class CrashDialog(QDialog):
    """What went wrong, where the log is, and the traceback to copy."""

    def __init__(self, details: str, log_path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("swdesk 出错了"))
        self.setMinimumWidth(560)
        icon = QLabel()
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
        self.message.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
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
