"""First start: whose data file is this (township station or county bureau), optionally with demo data.

The unit code is checked while it is typed, with the same rule the CLI uses
(``core.divisions.check_unit_code``), so the reason appears next to the field and the
"开始使用" button only works once everything is right.
"""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget

from swdesk.core import divisions
from swdesk.core.divisions import check_unit_code
from swdesk.core.errors import RuleError
from swdesk.store import Store
from swdesk.store.unit import initialize
from swdesk.ui.code_fields import digits_only
from swdesk.ui.designer import set_up
from swdesk.ui.forms.first_run import Ui_FirstRunDialog
from swdesk.ui.rule_text import shown
from swdesk.ui.styles import ERROR_STYLE
from swdesk.ui.tasks import Progress, TaskFailed, run_with_progress

log = logging.getLogger("swdesk.ui.first_run")

DEMO_WORKERS = 200


class FirstRunDialog(QDialog):
    """Accepted once the file is initialized (and demo data added if asked)."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        form = set_up(self, Ui_FirstRunDialog())
        form.pathLabel.setText(self.tr("数据文件：{path}").format(path=store.path))
        self.township = form.townshipRadio
        self.county = form.countyRadio
        self.roles = form.roles
        self.code = form.codeEdit
        digits_only(self.code)
        self.code_hint = form.codeHint
        self.code_error = form.codeError
        self.code_error.setStyleSheet(ERROR_STYLE)
        self.name = form.nameEdit
        self.name_error = form.nameError
        self.name_error.setStyleSheet(ERROR_STYLE)
        self.demo = form.demoCheck
        self.demo.setText(self.tr("填入演示数据（{n} 名社工）").format(n=DEMO_WORKERS))

        self.buttons = form.buttons
        self.ok_button = self.buttons.addButton(
            self.tr("开始使用"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(
            self.tr("退出"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        self.code.textChanged.connect(self._validate)
        self.name.textChanged.connect(self._validate)
        self.roles.buttonToggled.connect(lambda *_: self._role_changed())
        self._name_touched = False
        self.name.textEdited.connect(self._touch_name)
        self._role_changed()

    # -- state -----------------------------------------------------------------------------
    def role(self) -> str:
        return divisions.ROLE_COUNTY if self.county.isChecked() else divisions.ROLE_TOWNSHIP

    def _touch_name(self) -> None:
        self._name_touched = True

    def _role_changed(self) -> None:
        township = self.role() == divisions.ROLE_TOWNSHIP
        self.code.setPlaceholderText(
            self.tr("9位数字，如 510104001") if township else self.tr("6位数字，如 510104")
        )
        self.code_hint.setText(
            self.tr("乡镇（街道）代码：县6位 + 乡镇3位。")
            if township
            else self.tr("县（区）代码：6位。")
        )
        self.name.setPlaceholderText(
            self.tr("如：某某街道社工站") if township else self.tr("如：某某区民政局")
        )
        self.demo.setEnabled(township)
        if not township:
            self.demo.setChecked(False)
        self._validate()

    def code_problem(self) -> str | None:
        """Why the code is not acceptable (None if it is; in the interface language); empty input
        is not yet an error."""
        text = self.code.text().strip()
        if not text:
            return None
        try:
            check_unit_code(text, self.role())
        except RuleError as e:
            return shown(e.message)
        return None

    def _validate(self) -> bool:
        problem = self.code_problem()
        self.code_error.setText(problem or "")
        self.code_error.setVisible(bool(problem))
        name_missing = not self.name.text().strip()
        show_name_error = name_missing and self._name_touched
        self.name_error.setText(self.tr("单位名称不能为空。") if show_name_error else "")
        self.name_error.setVisible(show_name_error)
        ok = problem is None and bool(self.code.text().strip()) and not name_missing
        self.ok_button.setEnabled(ok)
        return ok

    # -- accepting -------------------------------------------------------------------------
    def accept(self) -> None:
        if not self._validate():
            return
        try:
            initialize(self.store, self.role(), self.code.text(), self.name.text())
        except RuleError as e:
            target = self.name_error if e.field == "unit_name" else self.code_error
            target.setText(shown(e.message))
            target.setVisible(True)
            return
        if self.role() == divisions.ROLE_COUNTY:
            from swdesk.sync.keys import create_county_keys

            create_county_keys(self.store)  # sync needs them; the 数据同步 page asks for a backup
        if self.demo.isChecked():
            self._fill_demo()
        super().accept()

    def _fill_demo(self) -> None:
        from swdesk.services import demo

        def job(store: Store, progress: Progress) -> int:
            from swdesk.services import training_demo

            n = demo.fill(store, DEMO_WORKERS)
            training_demo.fill(store)  # trainings and sign-in sheets for the 继续教育 page
            return n

        try:
            n = run_with_progress(self, self.tr("正在填入演示数据……"), self.store, job)
        except TaskFailed as e:
            reason = e.error.message if isinstance(e.error, RuleError) else str(e.error)
            log.error("demo data failed: %s", reason)
            QMessageBox.warning(
                self,
                self.tr("演示数据"),
                self.tr("单位已经设置好，但演示数据没有填入：{reason}").format(
                    reason=shown(reason)
                ),
            )
            return
        log.info("first run: %d demo workers added", n)
