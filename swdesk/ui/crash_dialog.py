"""The dialog that shows an unexpected error: what happened, where the log is, the traceback.

Kept apart from ``swdesk.ui.crash`` (the hooks, installed at every start) so its widgets load
only when an error is shown.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QStyle, QWidget

from swdesk.ui.designer import set_up
from swdesk.ui.forms.crash_dialog import Ui_CrashDialog

QUIT = 2  # dialog result: the user chose to close swdesk


class CrashDialog(QDialog):
    """What went wrong, where the log is, and the traceback to copy."""

    def __init__(self, details: str, log_path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = set_up(self, Ui_CrashDialog())
        form.icon.setPixmap(
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
        self.message = form.message
        self.message.setText(text + "\n\n" + where)
        self.details = form.details
        self.details.setPlainText(details)
        self.toggle_button = form.toggleButton
        self.toggle_button.clicked.connect(self._toggle)
        form.copyButton.clicked.connect(self._copy)
        form.quitButton.clicked.connect(lambda: self.done(QUIT))
        self.continue_button = form.continueButton
        self.continue_button.clicked.connect(self.accept)

    def _toggle(self) -> None:
        show = not self.details.isVisible()
        self.details.setVisible(show)
        self.toggle_button.setText(self.tr("隐藏详情") if show else self.tr("显示详情"))
        self.adjustSize()

    def _copy(self) -> None:
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(self.details.toPlainText())
