"""登记记录 in the worker file: each 首次登记 and 再登记 of the person's certificates, with
add, edit and delete.

A section of its own, not rows of the certificate table: a certificate is registered again
every three years, and each registration has its own dates, state and 证书管理号. Each change
is written at once, in its own transaction (as the training ledger does), because a
registration is a fact of the national system, not a draft of the file: the clerk copies what
its screen says. A 首次登记 carries the certificate's 登记日期 (``store.registrations``), so
after a change the file's certificate table is reloaded — and while that table has unsaved
edits the section waits for them to be saved, so the two never disagree.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QGroupBox, QTableWidgetItem, QWidget

from swdesk.core import divisions
from swdesk.core import registration as reg
from swdesk.core.errors import RuleError
from swdesk.store import Store, workers
from swdesk.store import registrations as store_reg
from swdesk.ui.certificates_table import OptionalDate
from swdesk.ui.designer import set_up
from swdesk.ui.enum_labels import fill_combo, label, select_data
from swdesk.ui.forms.registration_dialog import Ui_RegistrationDialog
from swdesk.ui.forms.registrations_section import Ui_RegistrationsSection
from swdesk.ui.rule_text import shown
from swdesk.ui.stable_errors import hold_error, keep_place
from swdesk.ui.styles import ERROR_STYLE, MUTED_STYLE, NEUTRAL_STYLE
from swdesk.ui.widgets import confirmed

COLUMNS = ("level", "kind", "valid_from", "valid_until", "state", "management_number")


class RegistrationDialog(QDialog):
    """Add or change one registration; a refused one says why and stays open."""

    saved = Signal(str)

    def __init__(
        self,
        store: Store,
        worker_id: str,
        row: dict[str, Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.worker_id = worker_id
        self.row = row
        self.form = form = set_up(self, Ui_RegistrationDialog())
        levels = sorted(
            {c["level"] for c in workers.certificates(store, worker_id)},
            key=lambda lv: -len(lv),
        )
        fill_combo(form.levelCombo, levels)
        fill_combo(form.kindCombo, reg.KINDS)
        fill_combo(form.stateCombo, reg.STATES)
        self.valid_from = OptionalDate(form.fromEdit)
        self.valid_until = OptionalDate(form.untilEdit)
        self.applied_on = OptionalDate(form.appliedEdit)
        hold_error(form.errorLabel, ERROR_STYLE)  # showing it moves nothing
        form.hint.setStyleSheet(NEUTRAL_STYLE)
        form.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存"))
        form.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        form.buttonBox.accepted.connect(self.save)
        form.buttonBox.rejected.connect(self.reject)
        if row is None:
            self.setWindowTitle(self.tr("添加登记"))
            has_first = any(
                r["kind"] == reg.KIND_FIRST and r["id"]
                for r in store_reg.for_worker(store, worker_id)
            )
            select_data(form.kindCombo, reg.KIND_RENEWAL if has_first else reg.KIND_FIRST)
            select_data(form.stateCombo, reg.STATE_ISSUED)
            form.fromEdit.setDate(QDate.currentDate())
        else:
            self.setWindowTitle(self.tr("修改登记"))
            select_data(form.levelCombo, row["level"])
            select_data(form.kindCombo, row["kind"])
            select_data(form.stateCombo, row["state"])
            self.valid_from.set_value(row["valid_from"])
            self.valid_until.set_value(row["valid_until"])
            self.applied_on.set_value(row["applied_on"])
            form.numberEdit.setText(row["management_number"] or "")
            form.noteEdit.setText(row["note"] or "")

    def values(self) -> dict[str, Any]:
        f = self.form
        return {
            "level": f.levelCombo.currentData(),
            "kind": f.kindCombo.currentData(),
            "state": f.stateCombo.currentData(),
            "valid_from": self.valid_from.value(),
            "valid_until": self.valid_until.value(),
            "applied_on": self.applied_on.value(),
            "management_number": f.numberEdit.text(),
            "note": f.noteEdit.text(),
        }

    def save(self) -> bool:
        try:
            if self.row is None:
                rid = store_reg.add(self.store, self.worker_id, self.values())
            else:
                rid = self.row["id"]
                store_reg.update(self.store, rid, self.values())
        except RuleError as e:
            self.form.errorLabel.setText(shown(e.message))
            self.form.errorLabel.setVisible(True)
            return False
        self.saved.emit(rid)
        self.accept()
        return True


class RegistrationsSection(QGroupBox):
    """The list with its buttons; ``changed`` after a registration was written.

    ``guard`` says why the list cannot be changed now (unsaved certificate edits, a file not
    saved yet), or None.
    """

    changed = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.worker_id: str | None = None
        self.rows: list[dict[str, Any]] = []
        self.guard: Callable[[], str | None] = lambda: None
        # A county file gathers its townships' registrations from their packages: it shows them
        # and changes none (as ``swdesk registration add`` refuses there).
        self.county = store.role == divisions.ROLE_COUNTY
        self.form = form = set_up(self, Ui_RegistrationsSection(), follow_language=True)
        self.table = form.table
        self.table.horizontalHeader().setStretchLastSection(True)
        form.hint.setStyleSheet(MUTED_STYLE)
        form.hint.setWordWrap(True)
        keep_place(form.hint)  # a refusal shown here moves nothing below it
        form.addButton.clicked.connect(self.add)
        form.editButton.clicked.connect(self.edit)
        form.deleteButton.clicked.connect(self.delete)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _i: self.edit())
        self.dialog: RegistrationDialog | None = None

    def load(self, worker_id: str | None) -> None:
        """Show the person's registrations (hidden for a file not saved yet)."""
        self.worker_id = worker_id
        self.rows = store_reg.for_worker(self.store, worker_id) if worker_id else []
        self.table.setRowCount(len(self.rows))
        for i, row in enumerate(self.rows):
            for j, key in enumerate(COLUMNS):
                value = row[key]
                text = label(value) if key in ("level", "kind", "state") else value or ""
                item = QTableWidgetItem(text)
                if key == "state" and value not in reg.VALID_STATES:
                    item.setToolTip(self.tr("这个状态的登记不计入继续教育登记期和津贴"))
                self.table.setItem(i, j, item)
        self.table.resizeColumnsToContents()
        # A file not saved yet has no certificate to register: the section shows once it is.
        self.setVisible(worker_id is not None)
        if self.county:
            self._hint(self.tr("登记由乡镇（街道）记录，随同步数据包报来。"))
        else:
            self._hint(self.tr("还没有登记记录。") if not self.rows else "")
        self._update_buttons()

    def _hint(self, text: str, style: str = MUTED_STYLE) -> None:
        self.form.hint.setStyleSheet(style)
        self.form.hint.setText(text)
        self.form.hint.setVisible(bool(text))

    def selected(self) -> dict[str, Any] | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        row = self.selected()
        for button in (self.form.addButton, self.form.editButton, self.form.deleteButton):
            button.setVisible(not self.county)
        self.form.addButton.setEnabled(self.worker_id is not None)
        # A registration a certificate's date implies (no record: a county's copy of an older
        # township's file) is changed through the certificate's 登记日期, not here.
        editable = row is not None and row["id"] is not None
        self.form.editButton.setEnabled(editable)
        self.form.deleteButton.setEnabled(editable)

    def _blocked(self) -> bool:
        why = self.guard()
        if why:
            self._hint(why, ERROR_STYLE)
        return bool(why)

    def add(self) -> RegistrationDialog | None:
        return self._open(None)

    def edit(self) -> RegistrationDialog | None:
        row = self.selected()
        if row is None or row["id"] is None:
            return None
        return self._open(row)

    def _open(self, row: dict[str, Any] | None) -> RegistrationDialog | None:
        if self.worker_id is None or self._blocked():
            return None
        self.dialog = RegistrationDialog(self.store, self.worker_id, row, self)
        self.dialog.saved.connect(lambda _rid: self._written())
        self.dialog.open()
        return self.dialog

    def delete(self) -> bool:
        row = self.selected()
        if row is None or row["id"] is None or self._blocked():
            return False
        if not confirmed(
            self,
            self.tr("删除登记"),
            self.tr("确定删除 {start} 起的这条{kind}记录吗？").format(
                start=row["valid_from"], kind=label(row["kind"])
            ),
        ):
            return False
        store_reg.delete(self.store, row["id"])
        self._written()
        return True

    def _written(self) -> None:
        self.load(self.worker_id)
        self.changed.emit()
