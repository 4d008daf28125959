"""Import an Excel sign-in sheet (身份证号, 姓名, 学时) for an event picked or typed right here.

A paper sign-in sheet usually arrives before anyone has entered its training: the clerk
chooses the file, then either picks an existing event or fills in the event's details in the
same ``EventForm`` the event editor uses (same fields, same rule, same sentences). The event
and all its attendance are saved in one transaction by ``training_import.import_sheet``: a
sheet with any problem leaves neither the event nor a single record, and the dialog stays
open with the details typed so the clerk can correct the sheet and import again.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from swdesk.core.errors import RuleError
from swdesk.store import Store, training
from swdesk.ui.ce_labels import hours_text
from swdesk.ui.designer import set_up
from swdesk.ui.file_dirs import ask_open, ask_save
from swdesk.ui.forms.sheet_import_dialog import Ui_SheetImportDialog
from swdesk.ui.problems_dialog import ProblemsDialog, show_problems
from swdesk.ui.styles import NEUTRAL_STYLE
from swdesk.ui.tasks import Progress, TaskFailed, run_with_progress, show_failure
from swdesk.ui.widgets import rule_warning, wire_buttons


def ask_sheet(parent: QWidget, title: str) -> Path | None:
    """The Excel file to import, from the last folder used (None when cancelled)."""
    return ask_open(
        parent,
        title,
        QCoreApplication.translate(
            "SheetImportDialog", "Excel 工作簿 (*.xlsx *.xlsm);;所有文件 (*)"
        ),
    )


class SheetImportDialog(QDialog):
    """Emits ``imported(event_id, n, created)`` after a clean sheet was saved."""

    imported = Signal(str, int, bool)

    def __init__(
        self,
        store: Store,
        path: Path | None,
        event_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.path = path
        self.problems_dialog: ProblemsDialog | None = None
        form = set_up(self, Ui_SheetImportDialog())
        self.file_label = form.fileLabel
        self.choose_button = form.chooseButton
        self.template_button = form.templateButton
        self.columns_hint = form.columnsHint
        self.columns_hint.setStyleSheet(NEUTRAL_STYLE)
        self.existing_radio = form.existingRadio
        self.events = form.eventsCombo
        for e in training.list_events(store):
            self.events.addItem(
                self.tr("{date} {title}（{hours} 学时，已签到 {n} 人）").format(
                    date=e["start_date"],
                    title=e["title"],
                    hours=hours_text(e["hours"]),
                    n=e["attendees"],
                ),
                e["id"],
            )
        self.new_radio = form.newRadio
        self.group = form.group
        self.form = form.eventForm
        # The event list and the new event's fields sit indented under their radio buttons.
        indent = self.fontMetrics().horizontalAdvance("    ")
        form.eventsRow.setContentsMargins(indent, 0, 0, 0)
        form.formRow.setContentsMargins(indent, 0, 0, 0)

        buttons = form.buttons
        self.template_button.clicked.connect(self.save_template)
        self.import_button = wire_buttons(
            buttons, self.tr("导入"), self.run_import, self.tr("取消"), self.reject
        )

        self.choose_button.clicked.connect(self.choose_file)
        self.existing_radio.toggled.connect(self._mode_changed)
        self.new_radio.toggled.connect(self._mode_changed)

        has_events = self.events.count() > 0
        self.existing_radio.setEnabled(has_events)
        index = self.events.findData(event_id) if event_id else -1
        if index >= 0:
            self.events.setCurrentIndex(index)
            self.existing_radio.setChecked(True)
        else:
            self.new_radio.setChecked(True)
        self._mode_changed()
        self._show_path()

    # -- state ----------------------------------------------------------------------------
    def creating(self) -> bool:
        return self.new_radio.isChecked()

    def _mode_changed(self, *_args: Any) -> None:
        new = self.creating()
        self.form.setEnabled(new)
        self.events.setEnabled(not new)
        if new:
            self.form.title.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.form.clear_errors()

    def _show_path(self) -> None:
        if self.path is None:
            self.file_label.setText(self.tr("（还没有选择）"))
            self.file_label.setToolTip("")
        else:
            self.file_label.setText(self.path.name)
            self.file_label.setToolTip(str(self.path))
        self.import_button.setEnabled(self.path is not None)

    def choose_file(self) -> Path | None:
        path = ask_sheet(self, self.tr("选择签到表"))
        if path is not None:
            self.path = path
            self._show_path()
        return path

    def save_template(self) -> Path | None:
        """Save a blank sign-in sheet titled with the chosen or typed training."""
        from swdesk.formats.training_excel import write_attendance_template

        if self.creating():
            title = self.form.title.text().strip()
        else:
            event_id = self.events.currentData()
            title = training.get_event(self.store, event_id)["title"] if event_id else ""
        name = (
            self.tr("{title}签到表.xlsx").format(title=title)
            if title
            else self.tr("培训签到表.xlsx")
        )
        out = ask_save(
            self, self.tr("保存空白签到表"), name, self.tr("Excel 工作簿 (*.xlsx)"), ".xlsx"
        )
        if out is None:
            return None
        try:
            write_attendance_template(out, title or None)
        except RuleError as e:
            rule_warning(self, self.tr("保存空白签到表"), e)
            return None
        QMessageBox.information(
            self,
            self.tr("保存空白签到表"),
            self.tr("已保存：\n{path}\n填好身份证号（必填）、姓名和学时后，在这里导入。").format(
                path=out
            ),
        )
        return out

    # -- import ---------------------------------------------------------------------------
    def run_import(self) -> bool:
        """Import the sheet for the chosen or typed event; all rows and the event, or nothing."""
        if self.path is None:
            return False
        target: str | dict[str, Any]
        if self.creating():
            raw = self.form.check()
            if raw is None:
                return False
            target = raw
        else:
            target = str(self.events.currentData())
        source = self.path

        def job(own: Store, progress: Progress) -> Any:
            from swdesk.services.training_import import import_sheet

            return import_sheet(own, source, target)

        title = self.tr("导入签到表")
        try:
            done = run_with_progress(self, self.tr("正在导入签到表……"), self.store, job)
        except TaskFailed as failed:
            error = failed.error
            if isinstance(error, training.AttendanceRejected):
                intro = self.tr(
                    "{file} 有以下问题，整份签到表都没有导入（一条也没有保存）。"
                    "请在 Excel 里改正后重新导入。"
                ).format(file=source.name)
                if self.creating():
                    intro += self.tr("新培训也没有建立，填好的培训信息还在。")
                self.problems_dialog = show_problems(
                    self, self.tr("签到表没有导入"), intro, error.problems
                )
            elif self.creating() and getattr(error, "field", None) in self.form.errors:
                self.form.show_error(error.field, error.message)  # type: ignore[attr-defined]
            else:
                show_failure(self, title, error)
            return False
        self.imported.emit(done.event_id, len(done.record_ids), done.event_created)
        self.accept()
        return True
