"""Who is at the keyboard: the login asked at start and when the idle lock re-asks.

Accepted once ``store.accounts.login`` took the name and password: the store (and every
clone a background task makes) then runs as that account, and the audit log names it. A wrong
password leaves the dialog open with the reason and an empty password field.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from swdesk.core.errors import RuleError
from swdesk.store import Store
from swdesk.store import accounts as store_accounts
from swdesk.ui.designer import set_up
from swdesk.ui.forms.login_dialog import Ui_LoginDialog
from swdesk.ui.rule_text import shown
from swdesk.ui.styles import ERROR_STYLE
from swdesk.ui.widgets import wire_buttons


class LoginDialog(QDialog):
    """Log in to ``store``; with ``locked`` it says the window was locked and names who was in."""

    def __init__(self, store: Store, locked: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        form = set_up(self, Ui_LoginDialog())
        self.name = form.nameEdit
        self.password = form.passwordEdit
        self.error = form.error
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setVisible(False)
        if locked:
            form.intro.setText(
                self.tr("长时间没有操作，swdesk 已锁定。请重新输入密码（也可换一个账户登录）。")
            )
        if store.account is not None:
            self.name.setText(store.account.name)
            self.password.setFocus()
        wire_buttons(form.buttons, self.tr("登录"), self.accept, self.tr("退出"), self.reject)

    def accept(self) -> None:
        try:
            store_accounts.login(self.store, self.name.text(), self.password.text())
        except RuleError as e:
            self.error.setText(shown(e.message))
            self.error.setVisible(True)
            self.password.clear()
            self.password.setFocus()
            return
        super().accept()
