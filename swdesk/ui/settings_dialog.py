"""Settings kept in the data file: who is operating (goes into the audit log), how many daily,
weekly and monthly backups to keep and when to remind of a copy on a USB stick, and the
interface language (also remembered per user, applied on next start).
"""

from __future__ import annotations

import getpass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QSpinBox, QWidget

from swdesk.core import divisions
from swdesk.services import removable_copy
from swdesk.store import Store, retention
from swdesk.ui import i18n
from swdesk.ui.accounts_tab import AccountsTab
from swdesk.ui.designer import set_up
from swdesk.ui.enum_labels import select_data
from swdesk.ui.forms.settings_dialog import Ui_SettingsDialog
from swdesk.ui.widgets import wire_buttons

if TYPE_CHECKING:
    from swdesk.ui.indicator_settings_tab import IndicatorSettingsTab
    from swdesk.ui.xlsx_limits_tab import XlsxLimitsTab


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
        form = set_up(self, Ui_SettingsDialog())
        self.operator = form.operatorEdit
        self.operator.setText(store.setting("operator") or "")
        self.operator.setPlaceholderText(
            self.tr("如：张三（不填则用电脑登录名 {user}）").format(user=_os_user())
        )
        # Each backup or reminder setting with its spin box; the stores' readers hold the
        # defaults and the least values (store/retention.py, services/removable_copy.py).
        self.numbers: dict[str, QSpinBox] = {
            "backup_keep": form.backupKeepSpin,
            "backup_keep_weekly": form.backupWeeklySpin,
            "backup_keep_monthly": form.backupMonthlySpin,
            "removable_remind_days": form.removableRemindSpin,
        }
        policy = retention.Policy.of(store)
        form.backupKeepSpin.setValue(policy.daily)
        form.backupWeeklySpin.setValue(policy.weekly)
        form.backupMonthlySpin.setValue(policy.monthly)
        form.removableRemindSpin.setValue(removable_copy.remind_days(store))
        self.backup_keep = form.backupKeepSpin
        self._numbers_before = {k: w.value() for k, w in self.numbers.items()}
        self.language = form.languageCombo
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        select_data(
            self.language, i18n.saved_language() or store.setting("language") or i18n.DEFAULT
        )
        self.note = form.note
        wire_buttons(form.buttons, self.tr("保存"), self.accept, self.tr("取消"), self.reject)
        self.tabs = form.tabs
        self._add_ce_tab()
        self._add_allowance_tab()
        self.accounts_tab = self._add_accounts_tab()
        self.xlsx_tab = self._add_xlsx_tab()
        self.indicator_tab = self._add_indicator_tab()

    def _add_xlsx_tab(self) -> XlsxLimitsTab:
        from swdesk.ui.xlsx_limits_tab import XlsxLimitsTab

        tab = XlsxLimitsTab(self.store)
        self.tabs.addTab(tab, self.tr("电子表格"))
        return tab

    def _add_indicator_tab(self) -> IndicatorSettingsTab | None:
        """Only on a county file: only a county sees its townships' figures go stale."""
        if self.store.role != divisions.ROLE_COUNTY:
            return None
        from swdesk.ui.indicator_settings_tab import IndicatorSettingsTab

        tab = IndicatorSettingsTab(self.store)
        self.tabs.addTab(tab, self.tr("指标"))
        return tab

    def _add_ce_tab(self) -> None:
        from swdesk.ui.ce_settings_tab import CESettingsTab

        self.ce_tab = CESettingsTab(self.store)
        self.tabs.addTab(self.ce_tab, self.tr("继续教育"))

    def _add_allowance_tab(self) -> None:
        from swdesk.ui.allowance_rules_tab import AllowanceRulesTab

        self.allowance_tab = AllowanceRulesTab(self.store)
        self.tabs.addTab(self.allowance_tab, self.tr("津贴规则"))
        self.finished.connect(self.allowance_tab.shutdown)

    def _add_accounts_tab(self) -> AccountsTab | None:
        """Only for a 管理 account, or anyone while the file has no account yet."""
        from swdesk.store.accounts import any_account

        if any_account(self.store) and not (self.store.account and self.store.account.may_manage):
            return None
        tab = AccountsTab(self.store)
        self.tabs.addTab(tab, self.tr("账户与隐私"))
        return tab

    def accept(self) -> None:
        if self.accounts_tab is not None:
            self.accounts_tab.save()
        if not self.ce_tab.save():
            self.tabs.setCurrentWidget(self.ce_tab)
            return
        if not self.allowance_tab.save():
            self.tabs.setCurrentWidget(self.allowance_tab)
            return
        operator = self.operator.text().strip()
        if operator != (self.store.setting("operator") or ""):
            self.store.set_setting("operator", operator)
        self.store.operator = operator or _os_user()
        for key, spin in self.numbers.items():
            if spin.value() != self._numbers_before[key]:
                self.store.set_setting(key, spin.value())
        lang = self.language.currentData()
        if lang != self.store.setting("language"):
            self.store.set_setting("language", lang)
        i18n.save_language(lang)
        self.xlsx_tab.save()
        if self.indicator_tab is not None:
            self.indicator_tab.save()
        super().accept()
