"""Settings kept in the data file: who is operating (goes into the audit log), how many daily
backups to keep, and the interface language (also remembered per user, applied on next start).
"""

from __future__ import annotations

import getpass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from swdesk.store import Store
from swdesk.ui import i18n
from swdesk.ui.enum_labels import select_data


def _os_user() -> str:
    """What the store records as operator when no name is set (the computer login)."""
    try:
        return getpass.getuser()
    except Exception:
        return "unknown"


class SettingsDialog(QDialog):
    """Writes only what changed, each change through ``Store.set_setting`` (audited)."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("设置"))
        self.setMinimumWidth(440)

        self.operator = QLineEdit(store.setting("operator") or "")
        self.operator.setPlaceholderText(
            self.tr("如：张三（不填则用电脑登录名 {user}）").format(user=_os_user())
        )
        self.operator.setMaxLength(30)
        self.backup_keep = QSpinBox()
        self.backup_keep.setRange(1, 365)
        self.backup_keep.setSuffix(self.tr(" 份"))
        self.backup_keep.setValue(int(store.setting("backup_keep") or 14))
        self.language = QComboBox()
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        select_data(
            self.language, i18n.saved_language() or store.setting("language") or i18n.DEFAULT
        )
        self.note = QLabel(self.tr("操作员姓名会记入修改历史。界面语言在重新打开 swdesk 后生效。"))
        self.note.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("操作员姓名："), self.operator)
        form.addRow(self.tr("每日自动备份保留："), self.backup_keep)
        form.addRow(self.tr("界面语言："), self.language)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("保存"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        general = QWidget()
        general_layout = QVBoxLayout(general)
        general_layout.addLayout(form)
        general_layout.addWidget(self.note)
        general_layout.addStretch(1)
        self.tabs = QTabWidget()
        self.tabs.addTab(general, self.tr("常规"))
        self._add_ce_tab()
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)

    def _add_ce_tab(self) -> None:
        from swdesk.ui.ce_settings_tab import CESettingsTab

        self.ce_tab = CESettingsTab(self.store)
        self.tabs.addTab(self.ce_tab, self.tr("继续教育"))

    def accept(self) -> None:
        if not self.ce_tab.save():
            self.tabs.setCurrentWidget(self.ce_tab)
            return
        operator = self.operator.text().strip()
        if operator != (self.store.setting("operator") or ""):
            self.store.set_setting("operator", operator)
        self.store.operator = operator or _os_user()
        keep = self.backup_keep.value()
        if keep != int(self.store.setting("backup_keep") or 14):
            self.store.set_setting("backup_keep", keep)
        lang = self.language.currentData()
        if lang != self.store.setting("language"):
            self.store.set_setting("language", lang)
        i18n.save_language(lang)
        super().accept()
