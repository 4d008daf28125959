"""The training event editor (培训): title, organizer, dates, mode, hours, place, note.

The fields live in ``EventForm``, shared by the editor and the sign-in sheet import (where a
clerk may type the event's details instead of picking one), and are checked by
``core.ce.validate_event``, the rule the CLI and the Excel import use, so the sentence beside
a field is the one a clerk would read anywhere else. Editing an event whose attendance is
recorded goes through ``training.update_event``, which moves the records' dates with it and
refuses hours below what someone was already credited.

A date that looks wrong for the people recorded (``ce.event_date_warnings``: in the future,
before someone's certificate, outside someone's current period) is said under the fields as
the dates change; the event still saves.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from swdesk.core import ce
from swdesk.core.errors import RuleError
from swdesk.store import Store, training
from swdesk.ui.date_input import to_date
from swdesk.ui.designer import set_up
from swdesk.ui.enum_labels import fill_combo, select_data
from swdesk.ui.forms.event_form import Ui_EventForm
from swdesk.ui.rule_text import shown
from swdesk.ui.styles import ERROR_STYLE, NEUTRAL_STYLE, WARNING_STYLE
from swdesk.ui.widgets import wire_buttons


class EventForm(QWidget):
    """An event's fields with an error line under each; ``check()`` applies the core rule."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = set_up(self, Ui_EventForm())
        self.title = form.titleEdit
        self.organizer = form.organizerEdit
        self.start_date = form.startDateEdit
        self.end_date = form.endDateEdit
        for edit in (self.start_date, self.end_date):
            edit.setDate(QDate.currentDate())
        self.mode = form.modeCombo
        fill_combo(self.mode, ce.MODES)
        self.hours = form.hoursSpin
        self.hours.setRange(0, ce.MAX_HOURS)
        self.hours.setValue(0)
        self.place = form.placeEdit
        self.note = form.noteEdit
        self.note.setFixedHeight(self.fontMetrics().height() * 4)
        self.widgets: dict[str, QWidget] = {
            "title": self.title,
            "organizer": self.organizer,
            "start_date": self.start_date,
            "end_date": self.end_date,
            "mode": self.mode,
            "hours": self.hours,
            "place": self.place,
            "note": self.note,
        }
        self.errors: dict[str, QLabel] = {
            "title": form.titleError,
            "organizer": form.organizerError,
            "start_date": form.startDateError,
            "end_date": form.endDateError,
            "mode": form.modeError,
            "hours": form.hoursError,
            "place": form.placeError,
            "note": form.noteError,
        }
        for error in self.errors.values():
            error.setStyleSheet(ERROR_STYLE)

        self._last_start = self.start_date.date()
        self.start_date.dateChanged.connect(self._start_moved)
        for line in (self.title, self.organizer, self.place):
            line.textEdited.connect(self.clear_errors)
        self.hours.valueChanged.connect(self.clear_errors)

    def load(self, row: dict[str, Any]) -> None:
        self.title.setText(row["title"])
        self.organizer.setText(row["organizer"] or "")
        self.start_date.setDate(QDate.fromString(row["start_date"], "yyyy-MM-dd"))
        self.end_date.setDate(QDate.fromString(row["end_date"], "yyyy-MM-dd"))
        select_data(self.mode, row["mode"])
        self.hours.setValue(float(row["hours"]))
        self.place.setText(row["place"] or "")
        self.note.setPlainText(row["note"] or "")

    def _start_moved(self, new: QDate) -> None:
        """A one-day training stays one day: the end follows the start unless set apart."""
        if self.end_date.date() == self._last_start or self.end_date.date() < new:
            self.end_date.setDate(new)
        self._last_start = new

    def raw(self) -> dict[str, Any]:
        return {
            "title": self.title.text(),
            "organizer": self.organizer.text(),
            "start_date": self.start_date.date().toString("yyyy-MM-dd"),
            "end_date": self.end_date.date().toString("yyyy-MM-dd"),
            "mode": self.mode.currentData(),
            "hours": self.hours.value() if self.hours.value() > 0 else None,
            "place": self.place.text(),
            "note": self.note.toPlainText(),
        }

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear()
            label.setVisible(False)

    def show_error(self, field: str | None, message: str) -> None:
        """A rule's ``message`` beside its field, in the interface language."""
        key = field if field in self.errors else "title"
        self.errors[key].setText(shown(message))
        self.errors[key].setVisible(True)
        self.widgets[key].setFocus(Qt.FocusReason.OtherFocusReason)

    def check(self) -> dict[str, Any] | None:
        """The raw fields if the core rule accepts them; else the reason shows beside its field."""
        self.clear_errors()
        raw = self.raw()
        try:
            ce.validate_event(raw)
        except RuleError as e:
            self.show_error(e.field, e.message)
            return None
        return raw


class EventEditor(QDialog):
    """New event (``event_id`` None) or edit one. Emits ``saved(event_id)``."""

    saved = Signal(str)

    def __init__(self, store: Store, event_id: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.event_id = event_id
        # Imported here: the compiled form imports EventForm from this module.
        from swdesk.ui.forms.event_editor import Ui_EventEditor

        ui = set_up(self, Ui_EventEditor())
        self.setWindowTitle(self.tr("编辑培训") if event_id else self.tr("新建培训"))
        self.form = ui.eventForm
        f = self.form
        # The fields by name, as before the form was shared (tests and callers use them).
        self.title, self.organizer, self.place, self.note = f.title, f.organizer, f.place, f.note
        self.start_date, self.end_date, self.mode, self.hours = (
            f.start_date, f.end_date, f.mode, f.hours,
        )  # fmt: skip
        self.errors = f.errors
        self.hint = ui.hint
        self.hint.setStyleSheet(NEUTRAL_STYLE)
        self.date_warning = ui.dateWarning
        self.date_warning.setStyleSheet(WARNING_STYLE)

        self.save_button = wire_buttons(
            ui.buttons, self.tr("保存"), self.save, self.tr("取消"), self.reject
        )
        self.today = date.today()
        self.attendees: list[ce.Attendee] = []
        if event_id:
            self.form.load(training.get_event(store, event_id))
            self.attendees = training.event_attendees_for_dates(store, event_id, self.today)
        for edit in (self.start_date, self.end_date):
            edit.dateChanged.connect(self.check_dates)
        self.check_dates()

    def check_dates(self) -> None:
        """Say (not refuse) what looks wrong about the end date, where the hours count."""
        warnings = ce.event_date_warnings(to_date(self.end_date.date()), self.today, self.attendees)
        self.date_warning.setText("\n".join(shown(w) for w in warnings))
        self.date_warning.setVisible(bool(warnings))

    def save(self) -> bool:
        """Check and write; on a rule error the reason shows beside its field, nothing saved."""
        raw = self.form.check()
        if raw is None:
            return False
        try:
            if self.event_id:
                training.update_event(self.store, self.event_id, raw)
                event_id = self.event_id
            else:
                event_id = training.add_event(self.store, raw)
        except RuleError as e:
            self.form.show_error(e.field, e.message)
            return False
        self.event_id = event_id
        self.saved.emit(event_id)
        self.accept()
        return True
