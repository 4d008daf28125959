"""培训费用: one training's attendees with the cost of each attendance, who pays it back and
whether it was reimbursed (``store.training_costs``), edited one person at a time.

Opened from the training page for the selected event. A dialog of its own, narrow, rather than
more columns in the sign-in dialog: costs are usually typed after the training, from receipts.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QWidget

from swdesk.core import divisions
from swdesk.core import training_cost as tc
from swdesk.core.errors import RuleError
from swdesk.core.i18n import QT_TRANSLATE_NOOP
from swdesk.core.money import yuan
from swdesk.store import Store
from swdesk.store import training_costs as costs
from swdesk.ui.designer import set_up
from swdesk.ui.enum_labels import code_label, select_data
from swdesk.ui.forms.training_costs_dialog import Ui_TrainingCostsDialog
from swdesk.ui.rule_text import shown
from swdesk.ui.stable_errors import hold_error
from swdesk.ui.styles import ERROR_STYLE
from swdesk.ui.table_model import TableModel
from swdesk.ui.widgets import pick_one_row

COLUMNS = (
    ("name", QT_TRANSLATE_NOOP("CostModel", "姓名")),
    ("id_number", QT_TRANSLATE_NOOP("CostModel", "身份证号")),
    ("amount", QT_TRANSLATE_NOOP("CostModel", "费用（元）")),
    ("payer", QT_TRANSLATE_NOOP("CostModel", "由谁报销")),
    ("state", QT_TRANSLATE_NOOP("CostModel", "报销状态")),
    ("reimbursed_on", QT_TRANSLATE_NOOP("CostModel", "报销日期")),
)


class CostModel(TableModel[dict[str, Any], str]):
    """An event's attendees (``costs.event_costs``): a blank cost where none is recorded."""

    right_aligned = frozenset({"amount"})
    tooltip_columns = frozenset({"payer"})

    def __init__(self, parent: Any = None) -> None:
        super().__init__([c[0] for c in COLUMNS], parent)

    def header(self, column: str) -> str:
        return QCoreApplication.translate("CostModel", dict(COLUMNS)[column])

    def text(self, row: dict[str, Any], column: str) -> str:
        if column == "amount":
            return yuan(int(row["amount_fen"])) if row["amount_fen"] is not None else ""
        if column == "state":
            return code_label(tc.COST_STATE_LABELS, row["state"])
        return str(row[column] or "")

    def row_id(self, row: dict[str, Any]) -> Any:
        return row["record_id"]


class TrainingCostsDialog(QDialog):
    """``changed`` follows every cost saved or deleted."""

    changed = Signal()

    def __init__(
        self,
        store: Store,
        event: dict[str, Any],
        parent: QWidget | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.training = event
        self.today = today or date.today()
        form = set_up(self, Ui_TrainingCostsDialog())
        self.form = form
        form.eventLabel.setText(
            self.tr(
                "《{title}》 {date}：每人这次培训的费用、由谁报销（不填为所在单位）和报销状态。"
            ).format(title=event["title"], date=event["start_date"] or "")
        )
        self.model = CostModel(self)
        self.view = form.costsView
        self.view.setModel(self.model)
        pick_one_row(self.view)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.amount, self.payer, self.note = form.amountEdit, form.payerEdit, form.noteEdit
        self.payer.setPlaceholderText(tc.PAYER_UNIT)
        self.state = form.stateCombo
        for code in tc.COST_STATES:
            self.state.addItem(code_label(tc.COST_STATE_LABELS, code), code)
        self.reimbursed = form.reimbursedEdit
        self.reimbursed.setMaximumDate(QDate(self.today.year, self.today.month, self.today.day))
        self.totals = form.totalsLabel
        self.error = hold_error(form.errorLabel, ERROR_STYLE)  # showing it moves nothing
        self.save_button, self.delete_button = form.saveButton, form.deleteButton
        close = form.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("关闭"))
        form.buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)
        self.state.currentIndexChanged.connect(self._state_changed)
        self.view.selectionModel().selectionChanged.connect(self._picked)
        # A county reads the townships' costs: they are recorded where the training was held.
        self.county = store.role == divisions.ROLE_COUNTY
        for w in (form.editGroup, self.save_button, self.delete_button):
            w.setVisible(not self.county)
        self.reload()

    # -- rows -----------------------------------------------------------------------------
    def reload(self, keep: str | None = None) -> None:
        rows = costs.event_costs(self.store, self.training["id"])
        self.model.set_rows(rows)
        sums = costs.totals([r for r in rows if r["amount_fen"] is not None])
        self.totals.setText(
            self.tr("{n} 人参加，{m} 人已记费用；").format(
                n=len(rows), m=sum(1 for r in rows if r["amount_fen"] is not None)
            )
            + "，".join(
                self.tr("{state} {amount} 元").format(
                    state=code_label(tc.COST_STATE_LABELS, s), amount=yuan(v)
                )
                for s, v in sums.items()
            )
        )
        at = next((i for i, r in enumerate(rows) if r["record_id"] == keep), 0 if rows else -1)
        if at >= 0:
            self.view.selectRow(at)
        self._picked()

    def selected(self) -> dict[str, Any] | None:
        picked = self.view.selectionModel().selectedRows()
        return self.model.row_at(picked[0].row()) if picked else None

    def _picked(self, *_args: Any) -> None:
        row = self.selected()
        self.form.editGroup.setEnabled(row is not None)
        self.error.setVisible(False)
        if row is None:
            return
        has = row["amount_fen"] is not None
        self.amount.setText(yuan(int(row["amount_fen"])) if has else "")
        self.payer.setText(row["payer"] or "")
        select_data(self.state, row["state"] or tc.COST_UNPAID)
        on = date.fromisoformat(row["reimbursed_on"]) if row["reimbursed_on"] else self.today
        self.reimbursed.setDate(QDate(on.year, on.month, on.day))
        self.note.setText(row["note"] or "")
        self.delete_button.setEnabled(has)
        self._state_changed()

    def _state_changed(self, *_args: Any) -> None:
        self.reimbursed.setEnabled(self.state.currentData() == tc.COST_REIMBURSED)

    # -- writes ---------------------------------------------------------------------------
    def save(self) -> bool:
        """Save the picked person's cost; a refusal shows its reason and saves nothing."""
        row = self.selected()
        if row is None or self.county:
            return False
        self.error.setVisible(False)
        state = self.state.currentData()
        on = None
        if state == tc.COST_REIMBURSED:
            d = self.reimbursed.date()
            on = date(d.year(), d.month(), d.day())
        try:
            costs.set_cost(
                self.store,
                self.training["id"],
                row["worker_id"],
                self.amount.text(),
                state,
                self.payer.text(),
                on,
                self.note.text(),
                today=self.today,
            )
        except RuleError as e:
            self.error.setText(shown(e.message))
            self.error.setVisible(True)
            return False
        self.reload(row["record_id"])
        self.changed.emit()
        return True

    def delete(self) -> bool:
        row = self.selected()
        if row is None or row["id"] is None or self.county:
            return False
        costs.delete_cost(self.store, row["id"], self.tr("删除培训费用"))
        self.reload(row["record_id"])
        self.changed.emit()
        return True
