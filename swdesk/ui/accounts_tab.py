"""The 账户与隐私 tab of the settings dialog, for 管理 accounts (and for anyone in a file that
has none yet, to create its first 管理 account): the accounts, the idle lock, which documents
print whole ID numbers, and the export log.

Every change goes through ``store.accounts`` (the same rules and refusals as the CLI) or
``Store.set_setting`` (audited); the last enabled 管理 account cannot be disabled or demoted.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QCheckBox, QDialog, QInputDialog, QWidget

from swdesk.core import accounts as ac
from swdesk.core import documents
from swdesk.core.errors import RuleError
from swdesk.store import Store
from swdesk.store import accounts as store_accounts
from swdesk.ui import idle_lock
from swdesk.ui.designer import set_up
from swdesk.ui.enum_labels import code_label, select_data
from swdesk.ui.forms.account_dialog import Ui_AccountDialog
from swdesk.ui.forms.accounts_tab import Ui_AccountsTab
from swdesk.ui.rule_text import shown
from swdesk.ui.styles import ERROR_STYLE
from swdesk.ui.table_model import RIGHT, TableModel
from swdesk.ui.widgets import attempt, long_list, pick_one_row, wire_buttons


class AccountsModel(TableModel[dict[str, Any], str]):
    """One row per account: name, role, whether it may log in."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(("name", "role", "state"), parent)

    def header(self, column: str) -> str:
        return {
            "name": self.tr("账户名"),
            "role": self.tr("角色"),
            "state": self.tr("状态"),
        }[column]

    def text(self, row: dict[str, Any], column: str) -> str:
        if column == "name":
            return str(row["name"])
        if column == "role":
            return code_label(ac.ROLE_LABELS, row["role"])
        return self.tr("已停用") if row["disabled"] else self.tr("可用")

    def row_id(self, row: dict[str, Any]) -> Any:
        return row["name"]


class ExportLogModel(TableModel[dict[str, Any], str]):
    """One row per exported file, newest first."""

    right_aligned = frozenset({"rows"})
    tooltip_columns = frozenset({"file"})

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(("at", "account", "kind", "rows", "ids", "file"), parent)

    def header(self, column: str) -> str:
        return {
            "at": self.tr("时间（UTC）"),
            "account": self.tr("账户"),
            "kind": self.tr("文件"),
            "rows": self.tr("行数"),
            "ids": self.tr("身份证号"),
            "file": self.tr("保存位置"),
        }[column]

    def text(self, row: dict[str, Any], column: str) -> str:
        if column == "at":
            return str(row["at"])[:19].replace("T", " ")
        if column == "account":
            return str(row["account"])
        if column == "kind":
            return code_label(documents.DOCUMENT_LABELS, row["kind"])
        if column == "rows":
            return str(row["rows"])
        if column == "ids":
            return self.tr("完整") if row["full_ids"] else self.tr("隐去中间位")
        return str(row["file"])

    def alignment(self, row: dict[str, Any], column: str) -> int | None:
        return RIGHT if column == "rows" else None

    def row_id(self, row: dict[str, Any]) -> Any:
        return row["at"]


class AccountDialog(QDialog):
    """A new account (name, role, password twice), or a new password for ``name``."""

    def __init__(self, store: Store, name: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.for_name = name
        form = set_up(self, Ui_AccountDialog())
        self.name = form.nameEdit
        self.role = form.roleCombo
        for code in ac.ROLES:
            self.role.addItem(code_label(ac.ROLE_LABELS, code), code)
        self.password = form.passwordEdit
        self.again = form.againEdit
        self.error = form.error
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setVisible(False)
        if name is None:
            self.setWindowTitle(self.tr("新建账户"))
            if not store_accounts.any_account(store):
                select_data(self.role, ac.ROLE_ADMIN)
        else:
            self.setWindowTitle(self.tr("改密码"))
            self.name.setText(name)
            self.name.setReadOnly(True)
            self.role.setVisible(False)
            form.roleLabel.setVisible(False)
        wire_buttons(form.buttons, self.tr("保存"), self.accept, self.tr("取消"), self.reject)

    def _refuse(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)

    def accept(self) -> None:
        if self.password.text() != self.again.text():
            self._refuse(self.tr("两次输入的密码不一样。"))
            return
        try:
            if self.for_name is None:
                store_accounts.add(
                    self.store, self.name.text(), self.role.currentData(), self.password.text()
                )
            else:
                store_accounts.set_password(self.store, self.for_name, self.password.text())
        except RuleError as e:
            self._refuse(shown(e.message))
            return
        super().accept()


class AccountsTab(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        form = set_up(self, Ui_AccountsTab())
        self.accounts = AccountsModel(self)
        self.accounts_view = form.accountsView
        self.accounts_view.setModel(self.accounts)
        pick_one_row(self.accounts_view)
        form.addButton.clicked.connect(self.add_account)
        form.passwordButton.clicked.connect(self.change_password)
        form.roleButton.clicked.connect(self.change_role)
        form.disableButton.clicked.connect(self.toggle_disabled)
        self.idle = form.idleSpin
        self.idle.setValue(idle_lock.idle_minutes(store))
        self.full_ids: dict[str, QCheckBox] = {}
        chosen = store.setting(documents.SETTING_FULL)
        for doc in documents.MASK_CHOICES:
            box = QCheckBox(code_label(documents.DOCUMENT_LABELS, doc))
            box.setChecked(documents.full_numbers(doc, chosen))
            form.fullIdsLayout.addWidget(box)
            self.full_ids[doc] = box
        self.export_log = ExportLogModel(self)
        self.export_view = form.exportLogView
        self.export_view.setModel(self.export_log)
        long_list(self.export_view)
        self.reload()

    def reload(self) -> None:
        self.accounts.set_rows(store_accounts.list_all(self.store))
        self.export_log.set_rows(store_accounts.export_log(self.store))
        # At most 1000 log rows (``export_log``'s limit): measuring them is quick.
        self.accounts_view.resizeColumnsToContents()
        self.export_view.resizeColumnsToContents()

    def selected_name(self) -> str | None:
        rows = self.accounts_view.selectionModel().selectedRows()
        if not rows:
            return None
        row = self.accounts.row_at(rows[0].row())
        return None if row is None else str(row["name"])

    def add_account(self) -> None:
        if AccountDialog(self.store, parent=self).exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def change_password(self) -> None:
        name = self.selected_name()
        if name is not None and AccountDialog(self.store, name, self).exec():
            self.reload()

    def change_role(self) -> None:
        name = self.selected_name()
        if name is None:
            return
        labels = [code_label(ac.ROLE_LABELS, code) for code in ac.ROLES]
        chosen, ok = QInputDialog.getItem(
            self,
            self.tr("改角色"),
            self.tr("{name} 的新角色：").format(name=name),
            labels,
            0,
            False,
        )
        if not ok:
            return
        role = ac.ROLES[labels.index(chosen)]
        if attempt(
            self, self.tr("改角色"), lambda: store_accounts.set_role(self.store, name, role)
        )[0]:
            self.reload()

    def toggle_disabled(self) -> None:
        name = self.selected_name()
        if name is None:
            return
        row = next(r for r in self.accounts.rows if r["name"] == name)
        title = self.tr("启用账户") if row["disabled"] else self.tr("停用账户")
        ok, _ = attempt(
            self,
            title,
            lambda: store_accounts.set_disabled(self.store, name, not row["disabled"]),
        )
        if ok:
            self.reload()

    def save(self) -> bool:
        """Write the idle minutes and the documents' ID-number choice (only what changed)."""
        minutes = self.idle.value()
        if minutes != idle_lock.idle_minutes(self.store):
            self.store.set_setting(idle_lock.SETTING, minutes)
        full = [doc for doc, box in self.full_ids.items() if box.isChecked()]
        stored = self.store.setting(documents.SETTING_FULL)
        if sorted(full) != sorted(stored if isinstance(stored, list) else []):
            self.store.set_setting(documents.SETTING_FULL, full)
        return True
