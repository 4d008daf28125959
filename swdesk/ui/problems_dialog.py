"""A list of per-row problems (a rejected sign-in sheet), readable and copyable.

A message box would cut a list of forty problems off the screen; a clerk correcting a paper
sheet wants all of them, one per line, in order, and may want to paste them into a message.
The problems are the core's sentences, shown (and copied) in the interface language.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QWidget

from swdesk.ui.designer import set_up
from swdesk.ui.forms.problems_dialog import Ui_ProblemsDialog
from swdesk.ui.rule_text import shown


class ProblemsDialog(QDialog):
    def __init__(
        self, title: str, intro: str, problems: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        form = set_up(self, Ui_ProblemsDialog())
        self.setWindowTitle(title)
        self.problems = [shown(p) for p in problems]
        self.intro = form.intro
        self.intro.setText(intro)
        self.list = form.list
        self.list.addItems(self.problems)
        buttons = form.buttons
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        self.copy_button = QPushButton(self.tr("复制全部"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText("\n".join(self.problems))


def show_problems(parent: QWidget, title: str, intro: str, problems: list[str]) -> ProblemsDialog:
    """Open (not exec) the list; the caller may keep the returned dialog (tests read it)."""
    dialog = ProblemsDialog(title, intro, problems, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.open()
    return dialog
