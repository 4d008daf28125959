"""Who is at the keyboard: the login asked at start and when the idle lock re-asks.

Accepted once ``store.accounts.login`` took the name and password: the store (and every
clone a background task makes) then runs as that account, and the audit log names it. A wrong
password leaves the dialog open with the reason and an empty password field.
"""

from __future__ import annotations

from collections.abc import Callable

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
    """Log in to ``store``; with ``locked`` it says the window was locked and names who was in.

    With ``check`` instead of a store it asks for an account that ``check`` accepts (a restore
    before any data file is open asks for a 管理 account of the file being replaced)."""

    def __init__(
        self,
        store: Store | None,
        locked: bool = False,
        parent: QWidget | None = None,
        check: Callable[[str, str], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.check = check
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
        if check is not None:
            form.intro.setText(self.tr("恢复备份会替换整个数据文件：请用“管理”角色的账户登录。"))
        if store is not None and store.account is not None:
            self.name.setText(store.account.name)
            self.password.setFocus()
        quit_text = self.tr("取消") if check is not None else self.tr("退出")
        wire_buttons(form.buttons, self.tr("登录"), self.accept, quit_text, self.reject)

    def accept(self) -> None:
        try:
            if self.check is not None:
                self.check(self.name.text(), self.password.text())
            else:
                assert self.store is not None
                store_accounts.login(self.store, self.name.text(), self.password.text())
        except RuleError as e:
            self.error.setText(shown(e.message))
            self.error.setVisible(True)
            self.password.clear()
            self.password.setFocus()
            return
        super().accept()
