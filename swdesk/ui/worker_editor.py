"""The worker file editor (人才档案): a dialog drawn in Designer (``forms/worker_editor.ui``).

How it behaves, and why:

* Fields are checked as the user types, by the same rules the roster import and the CLI use
  (``core.worker.validate_worker``), so a message in the form is the message in an error report.
  A field shows its reason only once the user has left it (or pressed Save), so typing an ID
  number does not flash "wrong length" at every digit.
* Save runs the full check; every bad field gets its reason beside it, the first one gets the
  focus, and nothing is written. The worker and every certificate change go in one transaction.
* Enter saves (Save is the default button); in 备注 Enter is a new line and Ctrl+Enter saves.
  Esc, Cancel and the window's close button ask before throwing edits away.
* A second record for the same ID number is refused by the store; the dialog then offers the
  existing record. If the user accepts, the dialog switches to editing that record (restoring
  it first if it had been deleted) and emits ``switched(id)``; after a restore it also emits
  ``saved(id)`` because the record changed. The caller needs nothing else.
"""

from __future__ import annotations

from typing import Any, ClassVar, TypeVar

from PySide6.QtCore import QCoreApplication, QDate, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QWidget,
)

from swdesk.core import enums
from swdesk.core.errors import FieldErrors, RuleError
from swdesk.core.idnumber import note_text, parse_id_number
from swdesk.core.worker import WORKER_FIELDS, validate_certificate, validate_worker
from swdesk.store import exams, villages, worker_roles, workers
from swdesk.store.db import Store
from swdesk.store.departures import Released
from swdesk.store.errors import DuplicateWorker
from swdesk.ui import allowance_history
from swdesk.ui.certificates_table import CertificatesEditor, OptionalDate
from swdesk.ui.designer import set_up
from swdesk.ui.domain_picker import DomainPicker, RolePicker
from swdesk.ui.enum_labels import fill_combo, label, select_data
from swdesk.ui.forms.worker_editor import Ui_WorkerEditor
from swdesk.ui.reward_notice import announce, owed_levels
from swdesk.ui.rule_text import shown
from swdesk.ui.screen_fit import scroll_body
from swdesk.ui.stable_errors import fit_text, keep_place, keeps_place
from swdesk.ui.styles import ERROR_STYLE, MUTED_STYLE, SUCCESS_STYLE

W = TypeVar("W", bound=QObject)

FORM_FILE = "worker_editor.ui"


def _relayout(label: QWidget) -> None:
    """Make the window re-measure after a wrapped message changed its text.

    A form layout does not pass a word-wrapped label's new height up to the dialog's layout by
    itself, and a three-line reason would be drawn in the space of one.
    """
    parent = label.parentWidget()
    if parent is not None:
        parent.updateGeometry()


# -- message boxes (instances, so the buttons carry our own Chinese words) --------------------
def ask(
    parent: QWidget,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    accept_text: str,
    reject_text: str,
    safe_default: bool = False,
) -> bool:
    """A two-button question; True when the first (accepting) button was clicked.
    ``safe_default`` makes the rejecting button the one Enter presses (losing work must be a
    deliberate click, never a reflex)."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    yes = box.addButton(accept_text, QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(reject_text, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no if safe_default else yes)
    box.setEscapeButton(no)
    box.exec()
    return box.clickedButton() is yes


class WorkerEditor(QDialog):
    """Create (``worker_id=None``) or edit one worker file; ``saved(id)`` after each save."""

    saved = Signal(str)
    switched = Signal(str)  # the dialog now edits another record (the duplicate's owner)

    # Where each field's reason is shown and which widget gets the focus for it.
    _FIELD_WIDGETS: ClassVar[dict[str, tuple[str, str]]] = {
        "name": ("nameError", "nameEdit"),
        "id_number": ("idNumberHint", "idNumberEdit"),
        "gender": ("idNumberHint", "idNumberEdit"),
        "birth_date": ("idNumberHint", "idNumberEdit"),
        "ethnicity": ("ethnicityError", "ethnicityCombo"),
        "phone": ("phoneError", "phoneEdit"),
        "political_status": ("formError", "politicalCombo"),
        "education": ("formError", "educationCombo"),
        "major": ("formError", "majorEdit"),
        "village_code": ("villageError", "villageCombo"),
        "post_type": ("formError", "postTypeCombo"),
        "domains": ("domainsError", "domainPicker"),
        "roles": ("rolesError", "rolePicker"),
        "status": ("statusDateError", "statusCombo"),
        "status_date": ("statusDateError", "statusDateEdit"),
        "notes": ("formError", "notesEdit"),
        "work_start": ("formError", "workStartEdit"),
    }
    _ERROR_LABELS = (
        "nameError",
        "ethnicityError",
        "phoneError",
        "villageError",
        "domainsError",
        "rolesError",
        "statusDateError",
    )

    def __init__(
        self, store: Store, worker_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.worker_id: str | None = None
        self._loaded: dict[str, Any] | None = None
        self._touched: set[str] = set()
        self._upgraded: tuple[str, str] | None = None  # (18-digit number, note) of an upgrade
        self._original_status = enums.STATUS_ON_DUTY
        self._original_status_date: str | None = None
        self._initial: Any = None
        self.released_note = ""  # posts vacated and roles ended by the last save
        self.form = set_up(self, Ui_WorkerEditor(), follow_language=True)
        self._find_widgets()
        self._setup_widgets()
        self._add_registrations()
        scroll_body(self, keep=2)  # the form scrolls on a small screen; 保存/取消 stay in view
        self._connect()
        if worker_id is None:
            self._load_new()
        else:
            self.load_worker(worker_id)

    # -- setup -----------------------------------------------------------------------------
    def _child(self, cls: type[W], name: str) -> W:
        widget = self.findChild(cls, name)
        if widget is None:
            raise RuntimeError(f"{FORM_FILE} has no {cls.__name__} named {name}")
        return widget

    def _find_widgets(self) -> None:
        c = self._child
        self.name_edit = c(QLineEdit, "nameEdit")
        self.id_edit = c(QLineEdit, "idNumberEdit")
        self.id_hint = c(QLabel, "idNumberHint")
        self.gender_value = c(QLabel, "genderValue")
        # as wide as the widest gender in the language shown, so 出生日期 stays put as it
        # changes and "Female" is never cut
        widths = [self.gender_value.minimumWidth()]
        for g in enums.GENDERS:
            self.gender_value.setText(label(g))
            widths.append(self.gender_value.sizeHint().width())
        self.gender_value.setText("—")
        self.gender_value.setMinimumWidth(max(widths))
        self.birth_value = c(QLabel, "birthValue")
        self.ethnicity_combo = c(QComboBox, "ethnicityCombo")
        self.phone_edit = c(QLineEdit, "phoneEdit")
        self.political_combo = c(QComboBox, "politicalCombo")
        self.education_combo = c(QComboBox, "educationCombo")
        self.major_edit = c(QLineEdit, "majorEdit")
        self.sw_major_check = c(QCheckBox, "swMajorCheck")
        self.village_combo = c(QComboBox, "villageCombo")
        self.move_date_edit = c(QDateEdit, "moveDateEdit")
        self.post_type_combo = c(QComboBox, "postTypeCombo")
        self.professional_check = c(QCheckBox, "professionalPostCheck")
        self.domain_picker = c(DomainPicker, "domainPicker")
        self.role_picker = c(RolePicker, "rolePicker")
        self.status_combo = c(QComboBox, "statusCombo")
        self.status_date_label = c(QLabel, "statusDateLabel")
        self.status_date_edit = c(QDateEdit, "statusDateEdit")
        self.notes_edit = c(QPlainTextEdit, "notesEdit")
        self.moves_list = c(QListWidget, "movesList")
        self.cert_table = c(QTableWidget, "certTable")
        self.add_cert_button = c(QPushButton, "addCertButton")
        self.remove_cert_button = c(QPushButton, "removeCertButton")
        self.history_button = c(QPushButton, "historyButton")
        self.button_box = c(QDialogButtonBox, "buttonBox")
        self.form_error = c(QLabel, "formError")
        self.work_start_edit = c(QDateEdit, "workStartEdit")
        self.work_start_hint = c(QLabel, "workStartHint")
        self.exams_list = c(QListWidget, "examsList")
        self.basic_form = c(QFormLayout, "basicForm")
        self.work_form = c(QFormLayout, "workForm")

    def _setup_widgets(self) -> None:
        none = (QCoreApplication.translate("WorkerEditor", "（未填）"), None)
        # Shown in the interface language, stored in Chinese (item data); see _ethnicity().
        fill_combo(self.ethnicity_combo, enums.ETHNICITIES)
        self.ethnicity_combo.setCurrentIndex(-1)
        edit = self.ethnicity_combo.lineEdit()
        assert edit is not None, "民族 must be an editable combo in the form"
        self.ethnicity_edit: QLineEdit = edit
        self.ethnicity_edit.setPlaceholderText(
            QCoreApplication.translate("WorkerEditor", "如：汉族（可输入查找）")
        )
        completer = QCompleter([label(v) for v in enums.ETHNICITIES], self.ethnicity_combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.ethnicity_combo.setCompleter(completer)
        fill_combo(self.political_combo, enums.POLITICAL_STATUSES, none)
        fill_combo(self.education_combo, enums.EDUCATIONS, none)
        fill_combo(self.post_type_combo, enums.POST_TYPES, none)
        fill_combo(self.status_combo, enums.STATUSES)
        self._fill_villages(None)
        self.status_date = OptionalDate(self.status_date_edit)
        self.move_date = OptionalDate(self.move_date_edit)
        self.work_start = OptionalDate(self.work_start_edit)
        self._loaded_work_start: str | None = None
        self.certs = CertificatesEditor(
            self.cert_table,
            self.add_cert_button,
            self.remove_cert_button,
            self._child(QLabel, "currentLevelLabel"),
            self._child(QLabel, "certError"),
        )
        save = self.button_box.button(QDialogButtonBox.StandardButton.Save)
        save.setText(QCoreApplication.translate("WorkerEditor", "保存"))
        save.setDefault(True)
        save.setAutoDefault(True)
        self.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(
            QCoreApplication.translate("WorkerEditor", "取消")
        )
        self.form_error.setStyleSheet(ERROR_STYLE)
        for name in self._ERROR_LABELS:
            self._child(QLabel, name).setStyleSheet(ERROR_STYLE)
            keep_place(self._child(QLabel, name)).clear()
            self._set_row_visible(self._child(QLabel, name), False)
        keep_place(self.id_hint).clear()
        self._set_row_visible(self.id_hint, False)
        self.form_error.setVisible(False)
        self.allowance_history = allowance_history.attach(
            self.store, self.form.mainLayout, self.form.certGroup
        )
        # Ctrl+Enter saves from anywhere, including 备注 where Enter makes a new line.
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(self.save)

    def _add_registrations(self) -> None:
        """登记记录 beside the certificates (``registrations_section``)."""
        from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QVBoxLayout

        from swdesk.ui.registrations_section import RegistrationsSection

        # Beside the certificates rather than below them: the dialog keeps its height and
        # fits a 1366×768 screen.
        self.registrations = RegistrationsSection(self.store, self)
        main = self._child(QVBoxLayout, "mainLayout")
        # The certificates, or what holds them there (the tabs with the allowance history).
        holder: QWidget | None = self._child(QGroupBox, "certGroup")
        while holder is not None and main.indexOf(holder) < 0:
            holder = holder.parentWidget()
        assert holder is not None, "the certificates must be in the dialog's main layout"
        at = main.indexOf(holder)
        main.removeWidget(holder)
        row = QHBoxLayout()
        row.addWidget(holder, 4)
        row.addWidget(self.registrations, 5)
        main.insertLayout(at, row)
        self.registrations.guard = self._registrations_guard
        self.registrations.changed.connect(self._registrations_changed)

    def _registrations_guard(self) -> str | None:
        if self.worker_id is None:
            return QCoreApplication.translate("WorkerEditor", "请先保存档案，再记录登记。")
        if self._initial is not None and self.certs.values() != self._initial[1]:
            return QCoreApplication.translate(
                "WorkerEditor", "证书有未保存的修改，请先保存档案，再修改登记。"
            )
        return None

    def _registrations_changed(self) -> None:
        """A 首次登记 carries its certificate's 登记日期: show the certificates as stored now.
        The registration is saved already, so the file's list hears of it at once."""
        assert self.worker_id is not None
        self.certs.load(workers.certificates(self.store, self.worker_id))
        self._initial = (self._initial[0], self.certs.values(), *self._initial[2:])
        self.saved.emit(self.worker_id)

    def _fill_villages(self, keep_code: str | None) -> None:
        rows = villages.list_all(self.store)
        fill_combo(
            self.village_combo, [], (QCoreApplication.translate("WorkerEditor", "（未填）"), None)
        )
        for row in rows:
            kind = label(enums.VILLAGE_KIND_LABELS.get(row["kind"]))
            self.village_combo.addItem(row["name"], row["code"])
            self.village_combo.setItemData(
                self.village_combo.count() - 1,
                f"{row['code']} · {kind}",
                Qt.ItemDataRole.ToolTipRole,
            )
        if keep_code and not select_data(self.village_combo, keep_code):
            name = villages.names_by_code(self.store).get(keep_code, keep_code)
            self.village_combo.addItem(
                QCoreApplication.translate("WorkerEditor", "%1（已删除）").replace("%1", name),
                keep_code,
            )

    def _connect(self) -> None:
        self.name_edit.textChanged.connect(self._name_edited)
        self.name_edit.editingFinished.connect(self._name_left)
        self.id_edit.textChanged.connect(self._refresh_id)
        self.id_edit.editingFinished.connect(self._id_finished)
        self.phone_edit.textChanged.connect(self._phone_edited)
        self.phone_edit.editingFinished.connect(self._phone_left)
        self.ethnicity_edit.editingFinished.connect(self._ethnicity_left)
        self.ethnicity_combo.currentTextChanged.connect(self._ethnicity_edited)
        self.village_combo.currentIndexChanged.connect(self._village_changed)
        self.status_combo.currentIndexChanged.connect(self._status_changed)
        self.status_date.changed.connect(self._status_date_edited)
        self.domain_picker.changed.connect(self._domains_edited)
        self.role_picker.changed.connect(lambda: self._live("roles"))
        self.certs.rows_changed.connect(self._chain_tab_order)
        self.certs.changed.connect(self.certs.clear_errors)
        self.button_box.accepted.connect(self.save)
        self.button_box.rejected.connect(self.reject)
        self.history_button.clicked.connect(self._show_history)
        self.work_start.changed.connect(self._work_start_changed)

    def _set_row_visible(self, widget: QWidget, visible: bool) -> None:
        if keeps_place(widget):
            # An error label's row stays, only its text comes and goes (a form layout gives a
            # hidden widget's row no space even when asked to keep it).
            widget.setVisible(True)
            return
        for form in (self.basic_form, self.work_form):
            if form.indexOf(widget) >= 0:
                form.setRowVisible(widget, visible)
                return
        widget.setVisible(visible)

    def _chain_tab_order(self) -> None:
        """Certificate cells sit between 备注 and 添加证书 in the Tab order."""
        previous: QWidget = self.notes_edit
        for widget in self.certs.focus_chain():
            QWidget.setTabOrder(previous, widget)
            previous = widget
        QWidget.setTabOrder(previous, self.add_cert_button)

    # -- loading ---------------------------------------------------------------------------
    def _load_new(self) -> None:
        self.worker_id = None
        self._loaded = None
        self.setWindowTitle(QCoreApplication.translate("WorkerEditor", "新建社工档案"))
        self.history_button.setVisible(False)
        self._set_row_visible(self.moves_list, False)
        self._set_row_visible(self.exams_list, False)
        self._loaded_work_start = None
        self.work_start.set_value(None)
        self._fill_form({"status": enums.STATUS_ON_DUTY})
        self.certs.load([])
        self.allowance_history.load(None)
        self.registrations.load(None)
        self._after_load()

    def load_worker(self, worker_id: str) -> None:
        """Show the stored file of ``worker_id`` (used at open and after a duplicate switch)."""
        record = workers.get(self.store, worker_id)
        record["roles"] = worker_roles.current(self.store, worker_id)
        self.worker_id = worker_id
        self._loaded = record
        self.setWindowTitle(
            QCoreApplication.translate("WorkerEditor", "社工档案 — %1").replace(
                "%1", record["name"]
            )
        )
        self.history_button.setVisible(True)
        self._fill_form(record)
        self.certs.load(record["certificates"])
        self.registrations.load(worker_id)
        self._show_moves(record["moves"])
        self._loaded_work_start = exams.work_start(self.store, worker_id)
        self.work_start.set_value(self._loaded_work_start)
        self._show_exams(worker_id)
        self.allowance_history.load(worker_id)
        self._after_load()

    def _fill_form(self, record: dict[str, Any]) -> None:
        self._upgraded = None
        self.name_edit.setText(record.get("name") or "")
        self.id_edit.setText(record.get("id_number") or "")
        self.ethnicity_combo.setEditText(label(record.get("ethnicity")))
        self.phone_edit.setText(record.get("phone") or "")
        select_data(self.political_combo, record.get("political_status"))
        select_data(self.education_combo, record.get("education"))
        self.major_edit.setText(record.get("major") or "")
        self.sw_major_check.setChecked(bool(record.get("sw_major")))
        self._fill_villages(record.get("village_code"))
        select_data(self.village_combo, record.get("village_code"))
        select_data(self.post_type_combo, record.get("post_type"))
        self.professional_check.setChecked(bool(record.get("professional_post")))
        self.domain_picker.set_values(record.get("domains") or [])
        self.role_picker.set_values(record.get("roles") or [])
        self._original_status = record.get("status") or enums.STATUS_ON_DUTY
        self._original_status_date = record.get("status_date")
        select_data(self.status_combo, self._original_status)
        self.status_date.set_value(self._original_status_date)
        self.notes_edit.setPlainText(record.get("notes") or "")

    def _after_load(self) -> None:
        self._touched.clear()
        self._clear_errors()
        self._refresh_id()
        self._village_changed()
        self._status_changed()
        self._work_start_changed()
        self._initial = self._snapshot()
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_moves(self, moves: list[dict[str, Any]]) -> None:
        self.moves_list.clear()
        names = villages.names_by_code(self.store)
        for move in moves:
            when = move.get("on_date") or str(move.get("created_at") or "")[:10]
            old, new = move.get("old_value"), move.get("new_value")
            if move.get("kind") == "village":
                text = QCoreApplication.translate("WorkerEditor", "%1  %2 → %3")
                parts = (
                    when,
                    names.get(
                        old or "", old or QCoreApplication.translate("WorkerEditor", "（未填）")
                    ),
                    names.get(
                        new or "", new or QCoreApplication.translate("WorkerEditor", "（未填）")
                    ),
                )
            else:
                text = QCoreApplication.translate("WorkerEditor", "%1  状态：%2 → %3")
                parts = (
                    when,
                    label(old, QCoreApplication.translate("WorkerEditor", "（未填）")),
                    label(new, QCoreApplication.translate("WorkerEditor", "（未填）")),
                )
            for i, part in enumerate(parts, start=1):
                text = text.replace(f"%{i}", part)
            self.moves_list.addItem(text)
        if not moves:
            self.moves_list.addItem(QCoreApplication.translate("WorkerEditor", "没有调动"))
        self._set_row_visible(self.moves_list, True)

    def _show_exams(self, worker_id: str) -> None:
        """考试记录: read-only, one line per year (registrations are edited on the exam page)."""
        from swdesk.ui.exam_history import history_lines

        self.exams_list.clear()
        for text, tip in history_lines(self.store, worker_id):
            self.exams_list.addItem(text)
            item = self.exams_list.item(self.exams_list.count() - 1)
            item.setToolTip(f"{text}\n{tip}")
        if self.exams_list.count() == 0:
            self.exams_list.addItem(QCoreApplication.translate("WorkerEditor", "没有考试报名"))
        self._set_row_visible(self.exams_list, True)

    def _work_start_changed(self) -> None:
        """Say how many full years count for this year's exam (to 31 December)."""
        from datetime import date

        from swdesk.core.exam import full_years

        value = self.work_start.value()
        if value is None:
            self._show_label(self.work_start_hint, None, SUCCESS_STYLE)
            return
        start = date.fromisoformat(value)
        today = date.today()
        if start > today:
            text = QCoreApplication.translate("WorkerEditor", "起始日期不能晚于今天。")
            self._show_label(self.work_start_hint, text, ERROR_STYLE)
            return
        text = QCoreApplication.translate(
            "WorkerEditor", "截至 %1 年 12 月 31 日从事社会工作满 %2 年"
        )
        text = text.replace("%1", str(today.year)).replace("%2", str(full_years(start, today.year)))
        self._show_label(self.work_start_hint, text, MUTED_STYLE)

    # -- reading the form ------------------------------------------------------------------
    def raw(self) -> dict[str, Any]:
        """The form as the raw dict ``validate_worker`` takes."""
        id_text = self.id_edit.text().strip()
        return {
            "name": self.name_edit.text(),
            "id_number": id_text,
            "id_note": self._id_note(id_text),
            "ethnicity": self._ethnicity(),
            "phone": self.phone_edit.text(),
            "political_status": self.political_combo.currentData(),
            "education": self.education_combo.currentData(),
            "major": self.major_edit.text(),
            "sw_major": self.sw_major_check.isChecked(),
            "village_code": self.village_combo.currentData(),
            "post_type": self.post_type_combo.currentData(),
            "professional_post": self.professional_check.isChecked(),
            "domains": self.domain_picker.values(),
            "roles": self.role_picker.values(),
            "status": self.status_combo.currentData(),
            "status_date": self.status_date.value(),
            "notes": self.notes_edit.toPlainText(),
        }

    def _ethnicity(self) -> str:
        """The stored (Chinese) value of what the combo shows: "Hui" in English is 回族.

        Text matching no item goes to the validator as typed, which knows short forms (汉)."""
        text = self.ethnicity_combo.currentText().strip()
        i = self.ethnicity_combo.findText(text, Qt.MatchFlag.MatchFixedString)
        return str(self.ethnicity_combo.itemData(i)) if i >= 0 and text else text

    def _id_note(self, id_text: str) -> str | None:
        if self._upgraded and id_text.upper() == self._upgraded[0]:
            return self._upgraded[1]
        if self._loaded and id_text.upper() == self._loaded["id_number"]:
            return self._loaded.get("id_note")
        return None

    def _snapshot(self) -> Any:
        return (self.raw(), self.certs.values(), self.move_date.value(), self.work_start.value())

    def is_dirty(self) -> bool:
        return bool(self._snapshot() != self._initial)

    # -- live feedback ---------------------------------------------------------------------
    # Bound methods rather than lambdas: Qt drops a connection to a method of a destroyed
    # dialog, while a lambda would still run while the dialog's children are torn down.
    def _name_edited(self) -> None:
        self._live("name")

    def _name_left(self) -> None:
        self._leave("name")

    def _phone_edited(self) -> None:
        self._live("phone")

    def _phone_left(self) -> None:
        self._leave("phone")

    def _ethnicity_edited(self) -> None:
        self._live("ethnicity")

    def _ethnicity_left(self) -> None:
        self._leave("ethnicity")

    def _status_date_edited(self) -> None:
        self._leave("status_date")

    def _domains_edited(self) -> None:
        self._live("domains")

    def _live(self, field: str) -> None:
        if field in self._touched:
            self._check_field(field)

    def _leave(self, field: str) -> None:
        if not self.isVisible():
            return  # focus left because the dialog closed
        self._touched.add(field)
        self._check_field(field)

    def _check_field(self, field: str) -> None:
        """Show or clear the reason for one field, by the full rule set."""
        try:
            validate_worker(self.raw())
        except FieldErrors as e:
            reason = e.errors.get(field)
            message = shown(reason) if reason else None
        else:
            message = None
        if field == "phone" and message and self.phone_edit.hasFocus():
            digits = self.phone_edit.text().strip()
            if digits.isdigit() and len(digits) < 11:
                message = None  # still typing
        name = self._FIELD_WIDGETS.get(field, ("formError", ""))[0]
        if name in self._ERROR_LABELS:
            self._show_label(self._child(QLabel, name), message, ERROR_STYLE)

    def _show_label(self, widget: QLabel, text: str | None, style: str) -> None:
        if widget.text() == (text or "") and widget.styleSheet() == style:
            return
        widget.setText(text or "")
        widget.setStyleSheet(style)
        self._set_row_visible(widget, bool(text))
        if keeps_place(widget):
            fit_text(widget)
        _relayout(widget)

    def _id_finished(self) -> None:
        """Leaving the ID field: an old 15-digit number is replaced by its 18-digit form."""
        if not self.isVisible():
            return  # focus left because the dialog closed: nothing to tell anyone
        self._touched.add("id_number")
        text = self.id_edit.text().strip()
        try:
            parsed = parse_id_number(text)
        except RuleError:
            parsed = None
        if parsed is not None and parsed.upgraded_from and parsed.note:
            self._upgraded = (parsed.value, parsed.note)
            self.id_edit.setText(parsed.value)
        self._refresh_id()

    def _refresh_id(self) -> None:
        """Gender and birth date from the number, or why the number is wrong."""
        text = self.id_edit.text().strip()
        self.gender_value.setText("—")
        self.birth_value.setText("—")
        if not text:
            message = (
                QCoreApplication.translate("WorkerEditor", "身份证号不能为空。")
                if "id_number" in self._touched
                else None
            )
            self._show_label(self.id_hint, message, ERROR_STYLE)
            return
        try:
            parsed = parse_id_number(text)
        except RuleError as e:
            compact = text.upper()
            typing = (
                self.id_edit.hasFocus()
                and "id_number" not in self._touched
                and len(compact) < 18
                and compact.rstrip("X").isdigit()
            )
            if typing:
                hint = QCoreApplication.translate("WorkerEditor", "已输入 %1 位，共 18 位").replace(
                    "%1", str(len(compact))
                )
                self._show_label(self.id_hint, hint, MUTED_STYLE)
            else:
                self._show_label(self.id_hint, shown(e.message), ERROR_STYLE)
            return
        self.gender_value.setText(label(parsed.gender))
        self.birth_value.setText(parsed.birth_date.isoformat())
        owner = self._other_owner(parsed.value)
        if owner is not None:
            self._show_label(self.id_hint, owner, ERROR_STYLE)
        elif parsed.upgraded_from:
            hint = QCoreApplication.translate(
                "WorkerEditor", "15位旧号码，保存时升位为18位：%1"
            ).replace("%1", parsed.value)
            self._show_label(self.id_hint, hint, SUCCESS_STYLE)
        elif note := self._id_note(text):
            self._show_label(self.id_hint, shown(note_text(note)), SUCCESS_STYLE)
        else:
            self._show_label(self.id_hint, None, SUCCESS_STYLE)

    def _other_owner(self, id_number: str) -> str | None:
        """Say so at once when another file already holds this number."""
        for row in workers.holders_of_id_number(self.store, id_number):
            if row["id"] == self.worker_id:
                continue
            if row["deleted"]:
                return QCoreApplication.translate(
                    "WorkerEditor", "已经有这个身份证号的档案（%1，已删除），保存时可以恢复它。"
                ).replace("%1", row["name"])
            return QCoreApplication.translate(
                "WorkerEditor", "已经有这个身份证号的档案（%1），保存时可以打开它。"
            ).replace("%1", row["name"])
        return None

    def _village_changed(self) -> None:
        moved = self._loaded is not None and (
            self.village_combo.currentData() != self._loaded.get("village_code")
        )
        if moved and self.move_date.is_empty():
            self.move_date.set_today()
        if not moved:
            self.move_date.set_value(None)
        self._set_row_visible(self.move_date_edit, moved)
        self._live("village_code")

    def _status_changed(self) -> None:
        """The status date matters when someone is not 在岗 or when the status changes."""
        status = self.status_combo.currentData()
        changed = status != self._original_status
        enabled = status != enums.STATUS_ON_DUTY or changed
        self.status_date_edit.setEnabled(enabled)
        self.status_date_label.setEnabled(enabled)
        if changed and self.status_date.value() == self._original_status_date:
            self.status_date.set_today()
        if not changed:
            self.status_date.set_value(self._original_status_date)

    # -- errors ----------------------------------------------------------------------------
    def _clear_errors(self) -> None:
        for name in self._ERROR_LABELS:
            self._show_label(self._child(QLabel, name), None, ERROR_STYLE)
        self.form_error.clear()
        self.form_error.setVisible(False)
        self.certs.clear_errors()

    def show_errors(self, errors: dict[str, str]) -> QWidget | None:
        """Put each reason beside its field; return the first bad field's widget."""
        self._clear_errors()
        general: list[str] = []
        first: QWidget | None = None
        order = [f for f in WORKER_FIELDS if f in errors] + [
            f for f in errors if f not in WORKER_FIELDS
        ]
        for field in order:
            message = shown(errors[field])
            label_name, widget_name = self._FIELD_WIDGETS.get(field, ("formError", "nameEdit"))
            if label_name == "idNumberHint":
                self._show_label(self.id_hint, message, ERROR_STYLE)
            elif label_name == "formError":
                general.append(message)
            else:
                self._show_label(self._child(QLabel, label_name), message, ERROR_STYLE)
            if first is None:
                first = self._focus_target(widget_name)
        if general:
            self.form_error.setText("\n".join(general))
            self.form_error.setVisible(True)
            _relayout(self.form_error)
        return first

    def _focus_target(self, name: str) -> QWidget:
        if name == "domainPicker":
            return self.domain_picker.boxes()[0]
        if name == "rolePicker":
            return self.role_picker.boxes()[0]
        return self._child(QWidget, name)

    def _validate(self) -> tuple[dict[str, str], dict[int, dict[str, str]]]:
        worker_errors: dict[str, str] = {}
        cert_errors: dict[int, dict[str, str]] = {}
        try:
            validate_worker(self.raw())
        except FieldErrors as e:
            worker_errors = dict(e.errors)
        village = self.village_combo.currentData()
        if village and not villages.exists(self.store, village):
            worker_errors["village_code"] = QCoreApplication.translate(
                "WorkerEditor", "这个村（社区）已经删除，请选择现有的村（社区）。"
            )
        start = self.work_start.value()
        if start and start > QDate.currentDate().toString("yyyy-MM-dd"):
            worker_errors["work_start"] = QCoreApplication.translate(
                "WorkerEditor", "从事社会工作起始时间不能晚于今天。"
            )
        for index, (_, values) in enumerate(self.certs.values()):
            try:
                validate_certificate(values)
            except FieldErrors as e:
                cert_errors[index] = dict(e.errors)
        return worker_errors, cert_errors

    # -- saving ----------------------------------------------------------------------------
    def save(self) -> bool:
        """Check everything; write the worker and certificate changes in one transaction."""
        self._touched.update(WORKER_FIELDS)
        worker_errors, cert_errors = self._validate()
        if worker_errors or cert_errors:
            first = self.show_errors(worker_errors)
            first_cert = self.certs.show_errors(cert_errors)
            target = first or first_cert
            if target is not None:
                target.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        self._clear_errors()
        owed_before = owed_levels(self.store, self.worker_id)
        try:
            saved_id = self._write()
        except DuplicateWorker as e:
            self.show_errors({"id_number": e.message})
            self.id_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            self._offer_existing(e)
            return False
        except FieldErrors as e:
            target = self.show_errors(dict(e.errors))
            if target is not None:
                target.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        except RuleError as e:
            self.form_error.setText(shown(e.message))
            self.form_error.setVisible(True)
            return False
        self._loaded_work_start = self.work_start.value()
        self._initial = self._snapshot()
        announce(self, self.store, saved_id, owed_before)
        self.saved.emit(saved_id)
        self.accept()
        return True

    def _write(self) -> str:
        raw = self.raw()
        certs = self.certs.values()
        # What leaving or moving gave up (posts vacated, roles ended), for the save message.
        released = Released()
        self.released_note = ""
        with self.store.atomic():
            if self.worker_id is None:
                new_id = workers.create(self.store, raw, [values for _, values in certs])
                self._write_work_start(new_id)
                return new_id
            worker_id = self.worker_id
            assert self._loaded is not None
            moved = raw["village_code"] != self._loaded.get("village_code")
            status_changed = raw["status"] != self._loaded.get("status")
            if moved and status_changed:
                # Two history rows with their own dates: the move, then the status change.
                first_step = {
                    **raw,
                    "status": self._loaded.get("status"),
                    "status_date": self._loaded.get("status_date"),
                }
                workers.update(self.store, worker_id, first_step, self.move_date.value(), released)
                workers.update(self.store, worker_id, raw, released=released)
            elif moved:
                workers.update(self.store, worker_id, raw, self.move_date.value(), released)
            else:
                workers.update(self.store, worker_id, raw, released=released)
            kept = {cert_id for cert_id, _ in certs if cert_id}
            for old in workers.certificates(self.store, worker_id):
                if old["id"] not in kept:
                    workers.delete_certificate(self.store, old["id"])
            for cert_id, values in certs:
                if cert_id:
                    workers.update_certificate(self.store, cert_id, values)
                else:
                    workers.add_certificate(self.store, worker_id, values)
            self._write_work_start(worker_id)
        self.released_note = shown(released.text())
        return worker_id

    def _write_work_start(self, worker_id: str) -> None:
        """Only a changed start is written (kept in exam_work_starts, synced like the file)."""
        value = self.work_start.value()
        if value != self._loaded_work_start:
            exams.set_work_start(self.store, worker_id, value)

    def _offer_existing(self, error: DuplicateWorker) -> None:
        """Offer the record that already holds the number; switch to it if accepted."""
        if error.deleted:
            question = QCoreApplication.translate(
                "WorkerEditor", "要恢复这份档案并打开它吗？本窗口里填写的内容不会保存。"
            )
            accept_text = QCoreApplication.translate("WorkerEditor", "恢复并打开")
        else:
            question = QCoreApplication.translate(
                "WorkerEditor", "要打开已有档案吗？本窗口里填写的内容不会保存。"
            )
            accept_text = QCoreApplication.translate("WorkerEditor", "打开已有档案")
        if not ask(
            self,
            QMessageBox.Icon.Question,
            QCoreApplication.translate("WorkerEditor", "身份证号重复"),
            f"{shown(error.message)}\n\n{question}",
            accept_text,
            QCoreApplication.translate("WorkerEditor", "取消"),
        ):
            return
        if error.deleted:
            workers.restore(self.store, error.existing_id)
            self.saved.emit(error.existing_id)
        self.load_worker(error.existing_id)
        self.switched.emit(error.existing_id)

    # -- closing ---------------------------------------------------------------------------
    def reject(self) -> None:
        """Esc, Cancel and the close button: ask before losing edits."""
        if self.is_dirty() and not ask(
            self,
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("WorkerEditor", "放弃修改"),
            QCoreApplication.translate("WorkerEditor", "档案有未保存的修改，要放弃这些修改吗？"),
            QCoreApplication.translate("WorkerEditor", "放弃修改"),
            QCoreApplication.translate("WorkerEditor", "继续编辑"),
            safe_default=True,
        ):
            return
        super().reject()

    def _show_history(self) -> None:
        if self.worker_id is None:
            return
        from swdesk.ui.history_dialog import HistoryDialog

        dialog = HistoryDialog(self.store, self.worker_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
