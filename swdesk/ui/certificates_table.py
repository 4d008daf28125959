"""The certificate history of one worker, edited in a table of real widgets.

Why cell widgets rather than delegates: a person holds at most a handful of certificates, and a
combo box / line edit / date edit that is always there is what a cadre expects (one click, Tab
moves on), where delegate editors need a double click first. The table, its buttons and the
"current level" label come from the editor's ``.ui`` file; this module fills and reads them.

Also here: ``OptionalDate``, which lets a ``QDateEdit`` hold "no date" (a certificate's
registration date or a status date is often unknown).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QWidget,
)

from swdesk.core import enums
from swdesk.core.worker import current_level
from swdesk.ui.date_input import DateInput
from swdesk.ui.enum_labels import fill_combo, label, select_data
from swdesk.ui.header_titles import elide_titles
from swdesk.ui.rule_text import shown
from swdesk.ui.stable_errors import hold_error
from swdesk.ui.styles import ERROR_STYLE, INVALID_FIELD_STYLE

EMPTY_DATE = QDate(1900, 1, 1)
LAST_DATE = QDate(2100, 12, 31)

# Table columns, in the order of the ``.ui`` file's header.
COL_LEVEL, COL_NUMBER, COL_OBTAINED, COL_REGISTERED = range(4)
FIELD_COLUMNS = {
    "level": COL_LEVEL,
    "cert_number": COL_NUMBER,
    "obtained_date": COL_OBTAINED,
    "registration_date": COL_REGISTERED,
}

DATE_SEPARATORS = frozenset("-./ 年月日")


class OptionalDate(QObject):
    """A ``QDateEdit`` that can be empty: the minimum date stands for "未填".

    Delete clears it; typing a digit into an empty one starts from today (year selected);
    the calendar of an empty one opens on the current month rather than January 1900; dates
    can be typed the way people write them (2021-06-20, 2021.6.20, 20210620), and Tab moves
    to the next field rather than to the next part of the date.
    """

    changed = Signal()

    def __init__(self, edit: QDateEdit) -> None:
        super().__init__(edit)
        self.edit = edit
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setDateRange(EMPTY_DATE, LAST_DATE)
        edit.setSpecialValueText(QCoreApplication.translate("CertificatesEditor", "未填"))
        edit.setDate(EMPTY_DATE)
        edit.setToolTip(
            (edit.toolTip() + "\n" if edit.toolTip() else "")
            + QCoreApplication.translate("CertificatesEditor", "按 Delete 键清空日期")
        )
        edit.installEventFilter(self)
        edit.calendarWidget().installEventFilter(self)
        edit.dateChanged.connect(self.changed)
        self._section_before_digit: QDateTimeEdit.Section | None = None

    def is_empty(self) -> bool:
        return self.edit.date() <= EMPTY_DATE

    def value(self) -> str | None:
        """ISO date, or None when empty."""
        if self.is_empty():
            return None
        return str(self.edit.date().toString("yyyy-MM-dd"))

    def set_value(self, iso: str | None) -> None:
        if not iso:
            self.edit.setDate(EMPTY_DATE)
            return
        d = QDate.fromString(iso[:10], "yyyy-MM-dd")
        self.edit.setDate(d if d.isValid() else EMPTY_DATE)

    def set_today(self) -> None:
        self.edit.setDate(QDate.currentDate())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            return self._key(event)
        if event.type() == QEvent.Type.Show and self.is_empty():
            calendar = self.edit.calendarWidget()
            if watched is calendar:
                today = QDate.currentDate()
                calendar.setCurrentPage(today.year(), today.month())
        return False

    def _move_focus(self, forward: bool) -> None:
        """Give the focus to the next (previous) widget in the window's Tab order."""
        widget: QWidget = self.edit
        for _ in range(10_000):
            step = widget.nextInFocusChain() if forward else widget.previousInFocusChain()
            if step is None or step is self.edit:
                return
            widget = step
            if (
                not self.edit.isAncestorOf(widget)
                and widget.focusProxy() is None
                and widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value
                and widget.isVisible()
                and widget.isEnabled()
            ):
                reason = (
                    Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
                )
                widget.setFocus(reason)
                return

    def _key(self, event: QKeyEvent) -> bool:
        """True when the key is handled here (and must not reach the date edit)."""
        if (
            isinstance(self.edit, DateInput)
            and self.edit.typing()
            and event.key()
            not in (
                Qt.Key.Key_Tab,
                Qt.Key.Key_Backtab,
                Qt.Key.Key_Delete,
            )
        ):
            return False  # a whole date being typed: the date input reads it
        if event.key() == Qt.Key.Key_Delete:
            if isinstance(self.edit, DateInput):
                self.edit.drop_typing()
            self.edit.setDate(EMPTY_DATE)
            return True
        if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and not (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            # Tab leaves the field: Qt would step through year, month and day first (and
            # never leaves an empty one); the separators do that stepping here.
            backwards = event.key() == Qt.Key.Key_Backtab or bool(
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            )
            self._move_focus(not backwards)
            return True
        text = event.text()
        if text and text in DATE_SEPARATORS:
            # Qt already moves on once a section is full ("2021" → month); a separator typed
            # right after that must not skip the month too. Otherwise it moves on by itself,
            # whatever separator was typed (2021.6.1, 2021/6/1, 2021-6-1).
            advanced = self._section_before_digit is not None and (
                self.edit.currentSection() != self._section_before_digit
            )
            self._section_before_digit = None
            index = self.edit.currentSectionIndex()
            if not advanced and index + 1 < self.edit.sectionCount():
                self.edit.setCurrentSectionIndex(index + 1)
                self.edit.setSelectedSection(self.edit.currentSection())
            return True
        if text.isdigit():
            if self.is_empty():
                self.set_today()
                self.edit.setSelectedSection(QDateTimeEdit.Section.YearSection)
            self._section_before_digit = self.edit.currentSection()
        else:
            self._section_before_digit = None
        return False


@dataclass
class CertRow:
    """The widgets of one table row; ``cert_id`` is None for a certificate not yet saved."""

    cert_id: str | None
    level: QComboBox
    number: QLineEdit
    obtained: OptionalDate
    registered: OptionalDate

    def widgets(self) -> list[QWidget]:
        return [self.level, self.number, self.obtained.edit, self.registered.edit]

    def raw(self) -> dict[str, Any]:
        return {
            "level": self.level.currentData(),
            "cert_number": self.number.text().strip() or None,
            "obtained_date": self.obtained.value(),
            "registration_date": self.registered.value(),
        }

    def widget_for(self, field: str) -> QWidget:
        return self.widgets()[FIELD_COLUMNS.get(field, COL_LEVEL)]


class CertificatesEditor(QObject):
    """Fills and reads the certificate table; keeps the current-level label in step."""

    changed = Signal()
    rows_changed = Signal()  # rows added or removed: the dialog re-chains its Tab order

    def __init__(
        self,
        table: QTableWidget,
        add_button: QPushButton,
        remove_button: QPushButton,
        level_label: QLabel,
        error_label: QLabel,
    ) -> None:
        super().__init__(table)
        self.table = table
        self.add_button = add_button
        self.remove_button = remove_button
        self.level_label = level_label
        # the rows' reasons in red, their line kept so showing them moves nothing
        self.error_label = hold_error(error_label, ERROR_STYLE)
        self._rows: list[CertRow] = []
        header = table.horizontalHeader()
        header.setSectionResizeMode(COL_LEVEL, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_NUMBER, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_OBTAINED, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_REGISTERED, QHeaderView.ResizeMode.Interactive)
        elide_titles(table)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        add_button.clicked.connect(self._add_clicked)
        remove_button.clicked.connect(self.remove_current)
        self.changed.connect(self._refresh_level)
        self._refresh_level()
        self._fit_columns()

    # -- rows ------------------------------------------------------------------------------
    def load(self, certificates: list[dict[str, Any]]) -> None:
        """Show a worker's certificates (as ``workers.certificates`` returns them)."""
        self.table.setRowCount(0)
        self._rows.clear()
        for cert in certificates:
            self._append(cert, cert.get("id"))
        self.clear_errors()
        self._after_rows_changed()

    def _add_clicked(self) -> None:
        row = self.add_row()
        row.level.setFocus(Qt.FocusReason.OtherFocusReason)

    def add_row(self, values: dict[str, Any] | None = None) -> CertRow:
        """A new, unsaved certificate; the level defaults to the one above the highest held."""
        if values is None:
            held = enums.level_rank(self.current_level())
            default = enums.LEVELS[min(max(held, 1), len(enums.LEVELS) - 1)]
            values = {"level": default}
        row = self._append(values, None)
        self._after_rows_changed()
        return row

    def _append(self, values: dict[str, Any], cert_id: str | None) -> CertRow:
        index = self.table.rowCount()
        self.table.insertRow(index)
        level = QComboBox()
        fill_combo(level, enums.LEVELS)
        if not select_data(level, values.get("level")) and values.get("level"):
            level.addItem(str(values["level"]), values["level"])
            level.setCurrentIndex(level.count() - 1)
        number = QLineEdit()
        number.setMaxLength(40)
        number.setPlaceholderText(QCoreApplication.translate("CertificatesEditor", "证书上的编号"))
        number.setText(str(values.get("cert_number") or ""))
        obtained = OptionalDate(DateInput())
        obtained.set_value(values.get("obtained_date"))
        registered = OptionalDate(DateInput())
        registered.set_value(values.get("registration_date"))
        row = CertRow(cert_id, level, number, obtained, registered)
        for col, widget in enumerate(row.widgets()):
            widget.setObjectName(f"cert_{col}")
            self.table.setCellWidget(index, col, widget)
            widget.installEventFilter(self)
        level.currentIndexChanged.connect(self.changed)
        number.textChanged.connect(self.changed)
        obtained.changed.connect(self.changed)
        registered.changed.connect(self.changed)
        self._rows.append(row)
        return row

    def remove_current(self) -> None:
        index = self.table.currentRow()
        if not 0 <= index < len(self._rows):
            return
        self.table.removeRow(index)
        del self._rows[index]
        if self._rows:
            self.table.selectRow(min(index, len(self._rows) - 1))
        self.clear_errors()
        self._after_rows_changed()

    def _after_rows_changed(self) -> None:
        self.remove_button.setEnabled(bool(self._rows) and self.table.currentRow() >= 0)
        self.rows_changed.emit()
        self.changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The view itself makes the focused cell's row current (and selected); calling
        # selectRow() here would move the focus back to the row's first cell.
        if event.type() == QEvent.Type.FocusIn:
            self.remove_button.setEnabled(True)
        return False

    # -- reading ---------------------------------------------------------------------------
    def rows(self) -> list[CertRow]:
        return list(self._rows)

    def values(self) -> list[tuple[str | None, dict[str, Any]]]:
        """(certificate id or None, raw values) per row, top to bottom."""
        return [(row.cert_id, row.raw()) for row in self._rows]

    def current_level(self) -> str | None:
        return current_level([row.raw() for row in self._rows])

    def focus_chain(self) -> list[QWidget]:
        return [w for row in self._rows for w in row.widgets()]

    # -- feedback --------------------------------------------------------------------------
    def _refresh_level(self) -> None:
        level = self.current_level()
        self.level_label.setText(
            QCoreApplication.translate("CertificatesEditor", "当前等级：%1").replace(
                "%1", label(level)
            )
            if level
            else QCoreApplication.translate("CertificatesEditor", "当前等级：无证书")
        )

    def show_errors(self, errors: dict[int, dict[str, str]]) -> QWidget | None:
        """Mark bad cells (row index → field → reason); return the first widget to focus."""
        self.clear_errors()
        lines: list[str] = []
        first: QWidget | None = None
        for index in sorted(errors):
            row = self._rows[index]
            for field, reason in errors[index].items():
                message = shown(reason)
                widget = row.widget_for(field)
                widget.setStyleSheet(INVALID_FIELD_STYLE)
                widget.setToolTip(message)
                lines.append(
                    QCoreApplication.translate("CertificatesEditor", "第 %1 行：").replace(
                        "%1", str(index + 1)
                    )
                    + message
                )
                if first is None:
                    first = widget
        self.error_label.setText("\n".join(lines))
        self.error_label.setVisible(bool(lines))
        parent = self.error_label.parentWidget()
        if parent is not None:
            parent.updateGeometry()  # a wrapped message: let the dialog re-measure
        return first

    def clear_errors(self) -> None:
        for row in self._rows:
            for widget in row.widgets():
                widget.setStyleSheet("")
        self.error_label.clear()
        self.error_label.setVisible(False)

    def _fit_columns(self) -> None:
        probe = QComboBox()
        fill_combo(probe, enums.LEVELS)
        date_probe = DateInput()
        date_probe.setCalendarPopup(True)
        date_probe.setDisplayFormat("yyyy-MM-dd")
        self.table.setColumnWidth(COL_LEVEL, probe.sizeHint().width() + 8)
        width = date_probe.sizeHint().width() + 16
        self.table.setColumnWidth(COL_OBTAINED, width)
        self.table.setColumnWidth(COL_REGISTERED, width)
        self.table.verticalHeader().setDefaultSectionSize(
            max(probe.sizeHint().height(), date_probe.sizeHint().height()) + 4
        )
        probe.deleteLater()
        date_probe.deleteLater()
