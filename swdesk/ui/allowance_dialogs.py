"""The 津贴发放 page's dialogs: a 补发 / 扣回 on a draft run, the day a run was paid, and a
person's payee account.

Each dialog writes through the same store functions as the command line (``allowance adjust``,
``allowance paid``, ``allowance account set|remove``), so a refusal is the same sentence: it is
shown in the dialog, which stays open with what was typed, and nothing was written.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from swdesk.core import allowance as al
from swdesk.core import allowance_steps as steps
from swdesk.core.errors import RuleError
from swdesk.core.money import yuan
from swdesk.core.payee import mask_account
from swdesk.store import Store, payee_accounts, workers
from swdesk.store import allowances as store_al
from swdesk.store.workers import WorkerFilter
from swdesk.ui.designer import set_up
from swdesk.ui.enum_labels import label
from swdesk.ui.rule_text import shown
from swdesk.ui.stable_errors import hold_error
from swdesk.ui.styles import ERROR_STYLE, NEUTRAL_STYLE
from swdesk.ui.widgets import wire_buttons

# How many people the search list shows: enough to pick from, few enough to read.
SEARCH_LIMIT = 50
_NAME_ROLE = Qt.ItemDataRole.UserRole + 1


class _Refusable:
    """For a dialog whose save may be refused by a rule: the reason in red, the dialog kept
    open with what was typed (mixed into each dialog, which has its own form)."""

    error: Any
    accept: Any

    def refuse(self, e: RuleError) -> None:
        self.error.setText(shown(e.message))
        self.error.setVisible(True)

    def attempt_save(self, action: Any) -> bool:
        try:
            action()
        except RuleError as e:
            self.refuse(e)
            return False
        self.error.setVisible(False)
        self.accept()
        return True


class AdjustDialog(QDialog, _Refusable):
    """A 补发 (positive) or 扣回 (negative) for a month already approved, paid in ``run``."""

    def __init__(self, store: Store, run: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from swdesk.ui.forms.allowance_adjust_dialog import Ui_AdjustDialog

        form = set_up(self, Ui_AdjustDialog())
        self.store, self.run = store, run
        self.setWindowTitle(
            self.tr("补发或扣回（记入 {month} 的发放表）").format(month=run["first_month"])
        )
        self.search = form.searchEdit
        self.people = form.peopleList
        self.for_month = form.forMonthEdit
        first = al.parse_month(run["first_month"])
        before = (
            date(first.year - 1, 12, 1)
            if first.month == 1
            else first.replace(month=first.month - 1)
        )
        self.for_month.setMaximumDate(QDate(before.year, before.month, 1))
        self.for_month.setDate(QDate(before.year, before.month, 1))
        self.amount = form.amountSpin
        self.reason = form.reasonEdit
        self.what = form.what
        self.what.setStyleSheet(NEUTRAL_STYLE)
        self.error = hold_error(form.error, ERROR_STYLE)  # showing it moves nothing
        self.save_button = wire_buttons(
            form.buttons, self.tr("记入发放表"), self.save, self.tr("取消"), self.reject
        )
        # Search as the user types, once typing pauses (a county-size file has 100 000 people).
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.find_people)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        for signal in (
            self.people.currentRowChanged,
            self.for_month.dateChanged,
            self.amount.valueChanged,
        ):
            signal.connect(lambda *_a: self._explain())
        self.find_people()

    def find_people(self) -> None:
        """The people matching the search (everyone's first ``SEARCH_LIMIT`` when empty)."""
        self._timer.stop()
        rowids = workers.search_rowids(
            self.store, WorkerFilter(text=self.search.text()), limit=SEARCH_LIMIT
        )
        rows = workers.fetch_rows(self.store, rowids)
        self.people.clear()
        for rowid in rowids:
            r = rows[rowid]
            item = QListWidgetItem(f"{r['name']}  {al.mask_id_number(r['id_number'])}")
            item.setData(Qt.ItemDataRole.UserRole, r["id"])
            item.setData(_NAME_ROLE, r["name"])
            self.people.addItem(item)
        if self.people.count() == 1:
            self.people.setCurrentRow(0)
        self._explain()

    def worker_id(self) -> str | None:
        item = self.people.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def person_name(self) -> str:
        item = self.people.currentItem()
        return "" if item is None else str(item.data(_NAME_ROLE))

    def month(self) -> date:
        d: date = self.for_month.date().toPython()  # type: ignore[assignment]
        return d.replace(day=1)

    def amount_fen(self) -> int:
        return round(self.amount.value() * 100)

    def _explain(self) -> None:
        """What was paid to the chosen person for the chosen month, so the 扣回's limit shows."""
        wid = self.worker_id()
        if wid is None:
            self.what.setText(self.tr("先在上面的名单里选中一个人。"))
            return
        paid, adjusted = store_al.paid_for(self.store, wid, self.month())
        text = self.tr("{month} 已审核发放 {paid} 元").format(
            month=al.month_label(self.month()), paid=yuan(paid)
        )
        if adjusted:
            text += self.tr("，此前已补发或扣回 {adjusted} 元").format(adjusted=yuan(adjusted))
        self.what.setText(text + self.tr("。"))

    def save(self) -> None:
        wid = self.worker_id()
        if wid is None:
            self.refuse(RuleError(self.tr("请先在名单里选中要补发或扣回的人。")))
            return
        first = al.parse_month(self.run["first_month"])
        month, amount, reason = self.month(), self.amount_fen(), self.reason.text()
        self.attempt_save(lambda: store_al.adjust(self.store, first, month, wid, amount, reason))


class PaidDialog(QDialog, _Refusable):
    """The day the run's money went out: a calendar, today by default; not before the
    approval day, not after today (``core.allowance_steps.check_paid_date``)."""

    def __init__(self, store: Store, run: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from swdesk.ui.forms.allowance_paid_dialog import Ui_PaidDialog

        form = set_up(self, Ui_PaidDialog())
        self.store, self.run = store, run
        self.setWindowTitle(self.tr("登记已发放"))
        today = date.today()
        approved = steps.approval_day(run["approved_at"])
        self.date = form.dateEdit
        self.date.setMaximumDate(QDate(today.year, today.month, today.day))
        if approved is not None:
            self.date.setMinimumDate(QDate(approved.year, approved.month, approved.day))
        self.date.setDate(QDate(today.year, today.month, today.day))
        hint = self.tr("{month} 的发放表实际发放（打卡或代发到账）的日期。").format(
            month=run["first_month"]
        )
        if approved is not None:
            hint += self.tr("可选 {approved}（审核日）到今天。").format(
                approved=approved.isoformat()
            )
        form.hint.setText(hint)
        self.error = hold_error(form.error, ERROR_STYLE)  # showing it moves nothing
        wire_buttons(form.buttons, self.tr("登记"), self.save, self.tr("取消"), self.reject)

    def chosen(self) -> date:
        d: date = self.date.date().toPython()  # type: ignore[assignment]
        return d

    def save(self) -> None:
        month, on = al.parse_month(self.run["first_month"]), self.chosen()
        self.attempt_save(lambda: store_al.mark_paid(self.store, month, on))


class PayeeAccountDialog(QDialog, _Refusable):
    """One person's payee account: set (or replace) it, or remove it."""

    def __init__(
        self, store: Store, worker_id: str, name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        from swdesk.ui.forms.payee_account_dialog import Ui_PayeeAccountDialog

        form = set_up(self, Ui_PayeeAccountDialog())
        self.store, self.worker_id, self.name = store, worker_id, name
        self.setWindowTitle(self.tr("收款账号：{name}").format(name=name))
        self.kind = form.kindCombo
        for kind in al.ACCOUNT_KINDS:
            self.kind.addItem(label(kind), kind)
        self.number = form.numberEdit
        self.bank = form.bankEdit
        self.skip_check = form.skipCheck
        self.kind.currentIndexChanged.connect(lambda _i: self._check_applies())
        self.error = hold_error(form.error, ERROR_STYLE)  # showing it moves nothing
        self.remove_button = form.removeButton
        self.remove_button.setText(self.tr("删除账号"))
        self.remove_button.clicked.connect(self.remove)
        self.who = form.who
        found = payee_accounts.account_of(store, worker_id)
        if found is None:
            form.who.setText(self.tr("{name} 还没有登记收款账号。").format(name=name))
        else:
            form.who.setText(
                self.tr("{name} 现在的收款账号：{kind} {account}").format(
                    name=name, kind=label(found["kind"]), account=mask_account(found["account"])
                )
            )
            self.kind.setCurrentIndex(max(self.kind.findData(found["kind"]), 0))
            self.bank.setText(found["bank"] or "")
        self.remove_button.setEnabled(found is not None)
        self._check_applies()
        self.save_button = wire_buttons(
            form.buttons, self.tr("保存"), self.save, self.tr("取消"), self.reject
        )
        form.buttons.button(QDialogButtonBox.StandardButton.Save).setDefault(True)

    def _check_applies(self) -> None:
        """Only a bank card number has a check digit to skip."""
        bank_card = self.kind.currentData() == al.ACCOUNT_BANK_CARD
        self.skip_check.setEnabled(bank_card)
        if not bank_card:
            self.skip_check.setChecked(False)

    def save(self) -> None:
        kind = str(self.kind.currentData())
        number, bank = self.number.text(), self.bank.text()
        check = not self.skip_check.isChecked()
        self.attempt_save(
            lambda: store_al.set_account(self.store, self.worker_id, kind, number, bank, check)
        )

    def remove(self) -> None:
        self.attempt_save(
            lambda: payee_accounts.remove_account(self.store, self.worker_id, self.name)
        )
