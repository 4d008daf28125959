"""The one date box: a day typed the way people write it is the day they meant.

Qt's ``QDateEdit`` edits a date section by section. A clerk who clicks into the box and types
``2025-05-05`` gets whatever the sections make of it (the year section keeps the year it had, the
separators jump between sections), so a training could be saved in the wrong year and its hours
counted in the wrong period. ``DateInput`` keeps everything ``QDateEdit`` offers (arrow keys,
calendar, the ``date()``/``setDate()`` interface Designer forms and callers use) but reads a
typed date as a whole: ``2025-05-05``, ``2025/5/5``, ``2025.5.5``, ``2025年5月5日`` and
``20250505`` all mean 5 May 2025. It shows the weekday beside the date, and can say before a save
that a date lies outside the year or period the record belongs to.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QSignalBlocker, QTime
from PySide6.QtGui import QFocusEvent, QKeyEvent, QValidator
from PySide6.QtWidgets import QDateEdit, QWidget

from swdesk.core.dates import parse_typed_day

DAY_FORMAT = "yyyy-MM-dd"
# The weekday after the date: "2025-05-05 周一" is read at a glance ("the training was on a
# Saturday?"), and a wrong year shows as a wrong weekday.
SHOWN_FORMAT = DAY_FORMAT + " ddd"
_TYPED_CHARS = frozenset("0123456789-./年月日 ")
_WEEKDAY_TAIL = re.compile(r"\s+[^\d\s]+$")
# What may still become a whole day while it is being typed.
_PARTIAL = re.compile(r"^\d{0,4}(?:[-./年]\d{0,2}(?:[-./月]\d{0,2}日?)?)?$|^\d{0,8}$")


def to_qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def to_date(d: QDate) -> date:
    return date(d.year(), d.month(), d.day())


class DateInput(QDateEdit):
    """A ``QDateEdit`` that reads typed dates whole, shows the weekday and knows its period."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._typing = False
        self._before = QDate()  # the date when typing began: back to it if nothing day-like
        self._expected: tuple[date, date] | None = None
        self.setCalendarPopup(True)
        self.setDisplayFormat(DAY_FORMAT)

    # -- display -----------------------------------------------------------------------------

    def setDisplayFormat(self, format: str) -> None:
        """Forms ask for ``yyyy-MM-dd``; the weekday is added here so every form shows it."""
        super().setDisplayFormat(SHOWN_FORMAT if format == DAY_FORMAT else format)

    def _whole_days(self) -> bool:
        return self.displayFormat() == SHOWN_FORMAT

    # -- typing ------------------------------------------------------------------------------

    def _typed(self, text: str) -> date | None:
        return parse_typed_day(_WEEKDAY_TAIL.sub("", text.strip()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        Qt = QtCore.Qt  # at call time: a page with a date paints before Qt's enums are built
        text = event.text()
        plain = not (
            event.modifiers()
            & ~(Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier)
        )
        typed_char = plain and bool(text) and all(c in _TYPED_CHARS for c in text)
        if self._typing:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab,
                               Qt.Key.Key_Backtab, Qt.Key.Key_Escape):  # fmt: skip
                self._finish_typing(keep=event.key() != Qt.Key.Key_Escape)
                if event.key() != Qt.Key.Key_Escape:
                    super().keyPressEvent(event)
                return
            # The text is the clerk's until they finish: Qt's section logic must not reinterpret
            # it on every key (it would snap the cursor and the value back to the sections).
            edit = self.lineEdit()
            with QSignalBlocker(edit):
                if typed_char:
                    edit.insert(text)
                elif event.key() == Qt.Key.Key_Backspace:
                    edit.backspace()
                elif event.key() == Qt.Key.Key_Delete:
                    edit.del_()
                elif event.key() == Qt.Key.Key_Left:
                    edit.cursorBackward(False)
                elif event.key() == Qt.Key.Key_Right:
                    edit.cursorForward(False)
            self._follow_typing()
            return
        if self._whole_days() and typed_char and text.isdigit() and not self.isReadOnly():
            # The first digit starts a whole date (a separator first still moves between
            # the sections, as in any QDateEdit).
            self._typing = True
            self._before = self.date()
            edit = self.lineEdit()
            with QSignalBlocker(edit):
                edit.setText(text)
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        if self._typing:
            self._finish_typing(keep=True)
        super().focusOutEvent(event)

    def typing(self) -> bool:
        """True while a date is being typed and not yet read (Enter, Tab or leaving reads it)."""
        return self._typing

    def drop_typing(self) -> None:
        """Forget a date being typed (the date shown goes back to the value)."""
        if self._typing:
            self._finish_typing(keep=False)

    def _follow_typing(self) -> None:
        """Once the typed text names a whole day the value is that day (as a ``QDateEdit``'s
        value follows its sections), while the text stays as typed for the next key."""
        edit = self.lineEdit()
        d = self._typed(edit.text())
        if d is None or not self.minimumDate() <= to_qdate(d) <= self.maximumDate():
            return
        typed, cursor = edit.text(), edit.cursorPosition()
        with QSignalBlocker(edit):
            self.setDate(to_qdate(d))
            edit.setText(typed)
            edit.setCursorPosition(cursor)

    def _finish_typing(self, keep: bool) -> None:
        """Read what was typed; text that names no day in range leaves the date as it was."""
        self._typing = False
        d = self._typed(self.lineEdit().text()) if keep else None
        if d is not None and self.minimumDate() <= to_qdate(d) <= self.maximumDate():
            self.setDate(to_qdate(d))
        else:  # the value may have followed a day on the way ("2025-02-3" of "2025-02-30")
            self.setDate(self._before)
        shown = self.textFromDateTime(self.dateTime())
        if self.lineEdit().text() != shown:
            self.lineEdit().setText(shown)

    def validate(self, input: str, pos: int) -> tuple[QValidator.State, str, int]:
        if self._whole_days():
            d = self._typed(input)
            if d is not None:
                q = to_qdate(d)
                if self.minimumDate() <= q <= self.maximumDate():
                    return QValidator.State.Acceptable, input, pos
                return QValidator.State.Intermediate, input, pos
            if self._typing and _PARTIAL.match(input.strip()):
                return QValidator.State.Intermediate, input, pos
        return super().validate(input, pos)

    def dateTimeFromText(self, text: str) -> QDateTime:
        d = self._typed(text) if self._whole_days() else None
        if d is not None:
            return QDateTime(to_qdate(d), QTime(0, 0))
        return super().dateTimeFromText(text)

    # -- the period a date belongs to -------------------------------------------------------

    def set_expected(self, first: date | None, last: date | None = None) -> None:
        """The days this field's date should lie in (an exam year, a training's hours period);
        None for no expectation. A date outside is not refused, only questioned before saving."""
        self._expected = (first, last or first) if first is not None else None

    def set_expected_year(self, year: int) -> None:
        self.set_expected(date(year, 1, 1), date(year, 12, 31))

    def outside_expected(self) -> bool:
        if self._expected is None:
            return False
        first, last = self._expected
        return not first <= to_date(self.date()) <= last

    def warning(self, field: str) -> str | None:
        """What to ask before saving a date outside its period, naming the field."""
        if not self.outside_expected() or self._expected is None:
            return None
        first, last = self._expected
        if first.year == last.year and (first.month, first.day, last.month, last.day) == (
            1,
            1,
            12,
            31,
        ):
            return QCoreApplication.translate(
                "DateInput", "{field} {day} 不在 {year} 年内，请核对年份。"
            ).format(field=field, day=to_date(self.date()).isoformat(), year=first.year)
        return QCoreApplication.translate(
            "DateInput", "{field} {day} 不在 {first} 至 {last} 之内，请核对年份。"
        ).format(
            field=field,
            day=to_date(self.date()).isoformat(),
            first=first.isoformat(),
            last=last.isoformat(),
        )
