"""Dialogs of the exam page: an exam year's settings, and registering many workers at once."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QListWidgetItem,
    QSpinBox,
    QTableWidgetItem,
    QWidget,
)

from swdesk.core import enums, exam
from swdesk.core.errors import RuleError
from swdesk.core.i18n import QT_TRANSLATE_NOOP
from swdesk.store import Store, exams, villages
from swdesk.ui.date_input import DateInput
from swdesk.ui.designer import set_up
from swdesk.ui.eliding_combo import ElidingCombo
from swdesk.ui.enum_labels import label
from swdesk.ui.forms.exam_register_dialog import Ui_RegisterDialog
from swdesk.ui.forms.exam_rules_dialog import Ui_RulesDialog
from swdesk.ui.header_titles import elide_titles
from swdesk.ui.rule_text import shown
from swdesk.ui.styles import ERROR_STYLE, MUTED, NEUTRAL_STYLE, NOTICE_STYLE


def default_exam_year(today: date) -> int:
    """The year a new exam year is most likely for: this year, but next year in December
    (the exam is held in June; by December this year's is long over)."""
    return today.year + 1 if today.month == 12 else today.year


def _qdate(text: str | None) -> QDate:
    return QDate.fromString(text, "yyyy-MM-dd") if text else QDate()


class OptionalDate(QWidget):
    """A date that may be left empty (a check box in front of a date edit).

    Placed in Designer forms as a promoted widget; ``set_default`` is where its calendar opens.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox()
        self.edit = DateInput()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setEnabled(False)
        self.check.toggled.connect(self.edit.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)

    def set_default(self, default: QDate) -> None:
        self.edit.setDate(default)

    def set_value(self, text: str | None) -> None:
        self.check.setChecked(bool(text))
        if text:
            self.edit.setDate(_qdate(text))

    def value(self) -> str | None:
        return self.edit.date().toString("yyyy-MM-dd") if self.check.isChecked() else None


class YearDialog(QDialog):
    """Create or edit an exam year: dates, registration window, fee, pass lines."""

    saved = Signal(int)

    def __init__(self, store: Store, year: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.rules = exams.rules(store)
        # Imported here: the compiled form imports OptionalDate from this module.
        from swdesk.ui.forms.exam_year_dialog import Ui_YearDialog

        form = set_up(self, Ui_YearDialog())
        self.setWindowTitle(self.tr("考试年度设置") if year else self.tr("新建考试年度"))
        row: dict[str, Any] | None = None
        if year is not None:
            row = exams.get_year(store, year)
        this_year = year or default_exam_year(date.today())
        self.year = form.yearSpin
        self.year.setValue(this_year)
        self.year.setEnabled(year is None)
        self.day1 = form.day1Date
        self.day2 = form.day2Date
        self.reg_start = form.regStartDate
        self.reg_end = form.regEndDate
        self.results = form.resultsDate
        self._dates = {
            self.day1: form.day1Label,
            self.day2: form.day2Label,
            self.reg_start: form.regStartLabel,
            self.reg_end: form.regEndLabel,
            self.results: form.resultsLabel,
        }
        self._shown_year = this_year
        self._set_defaults(this_year)
        self._dates_confirmed = False
        for optional in self._dates:
            optional.edit.dateChanged.connect(self._dates_changed)
            optional.check.toggled.connect(self._dates_changed)
        self.year.valueChanged.connect(self._year_changed)
        # No national fee: 0 reads "not set" (the form's special text) so nobody mistakes it
        # for a real figure.
        self.fee = form.feeSpin
        self.fee.setValue(self.rules.fee_per_subject)
        self.fee_hint = form.feeHint
        self.fee_hint.setStyleSheet(NEUTRAL_STYLE)
        self._fee_confirmed = False
        self.special = form.specialCheck
        subjects = self.rules.all_subjects()
        self.lines = form.linesTable
        self.lines.setRowCount(len(subjects))
        self.lines.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        elide_titles(self.lines)
        for i, s in enumerate(subjects):
            name = QTableWidgetItem(label(s))
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            name.setData(Qt.ItemDataRole.UserRole, s)
            self.lines.setItem(i, 0, name)
            self.lines.setItem(i, 1, QTableWidgetItem(f"{self.rules.pass_line:g}"))
            self.lines.setItem(i, 2, QTableWidgetItem(""))
        if row is not None:
            dates = row["exam_dates"]
            self.day1.set_value(dates[0] if dates else None)
            self.day2.set_value(dates[1] if len(dates) > 1 else None)
            self.reg_start.set_value(row["reg_start"])
            self.reg_end.set_value(row["reg_end"])
            self.results.set_value(row["results_date"])
            self.fee.setValue(float(row["fee_per_subject"]))
            self.special.setChecked(bool(row["special_area"]))
            for i, s in enumerate(subjects):
                if s in row["pass_lines"]:
                    self._cell(i, 1).setText(f"{row['pass_lines'][s]:g}")
                if s in row["special_lines"]:
                    self._cell(i, 2).setText(f"{row['special_lines'][s]:g}")
        self.error = form.error
        self.error.setStyleSheet(ERROR_STYLE)
        self.fee.valueChanged.connect(self._fee_changed)  # after loading: edits by the user only
        self.buttons = form.buttons
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def _set_defaults(self, year: int) -> None:
        """Where the calendars open (dates stay empty until ticked): since 2024 the exam is
        held in mid-June with registration in April (2024: 4-2 to 4-16, exam 6-15/16)."""
        mid_june = QDate(year, 6, 15)
        self.day1.set_default(mid_june)
        self.day2.set_default(mid_june.addDays(1))
        self.reg_start.set_default(QDate(year, 4, 1))
        self.reg_end.set_default(QDate(year, 4, 16))
        self.results.set_default(QDate(year, 8, 20))
        for optional in self._dates:
            optional.edit.set_expected_year(year)

    def _year_changed(self, year: int) -> None:
        """The dates follow the year chosen: empty ones open on the new year's usual days, and
        ticked ones still in the year shown before move to the same day of the new year."""
        before = self._shown_year
        self._shown_year = year
        ticked = {o: o.edit.date() for o in self._dates if o.check.isChecked()}
        self._set_defaults(year)
        for optional, day in ticked.items():
            # A date set apart from the year on purpose stays (and is questioned on saving).
            optional.edit.setDate(day.addYears(year - before) if day.year() == before else day)

    def _dates_changed(self) -> None:
        self._dates_confirmed = False

    def _date_warnings(self) -> list[str]:
        """Ticked dates outside the exam year, each named by its field."""
        warnings = []
        for optional, name in self._dates.items():
            if optional.check.isChecked():
                text = optional.edit.warning(name.text().rstrip("：:"))
                if text:
                    warnings.append(text)
        return warnings

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        item = self.lines.item(row, column)
        if item is None:  # a cell cleared by the user: keep one to read and write
            item = QTableWidgetItem("")
            self.lines.setItem(row, column, item)
        return item

    def values(self) -> dict[str, Any]:
        pass_lines: dict[str, str] = {}
        special: dict[str, str] = {}
        for i in range(self.lines.rowCount()):
            s = self._cell(i, 0).data(Qt.ItemDataRole.UserRole)
            normal = self._cell(i, 1).text().strip()
            low = self._cell(i, 2).text().strip()
            if normal:
                pass_lines[s] = normal
            if low:
                special[s] = low
        return {
            "exam_dates": [d for d in (self.day1.value(), self.day2.value()) if d],
            "reg_start": self.reg_start.value(),
            "reg_end": self.reg_end.value(),
            "results_date": self.results.value(),
            "fee_per_subject": self.fee.value(),
            "special_area": self.special.isChecked(),
            "pass_lines": pass_lines,
            "special_lines": special,
        }

    def _fee_changed(self) -> None:
        self._fee_confirmed = False
        if self.fee.value() > 0:
            self.error.setVisible(False)

    def save(self) -> None:
        if self.fee.value() == 0 and not self._fee_confirmed:
            # A missing fee would silently make every registration's 报名费 0: ask once.
            self._fee_confirmed = True
            self.error.setText(
                self.tr(
                    "每科报名费还没有填写，报名时报名费会记为 0 元。请按本省考务通知填写；"
                    "如果本地确实不收报名费，再点一次“保存”。"
                )
            )
            self.error.setVisible(True)
            self.fee.setFocus()
            return
        warnings = self._date_warnings()
        if warnings and not self._dates_confirmed:
            # A date typed in the wrong year is the commonest slip: ask once before saving.
            self._dates_confirmed = True
            self.error.setText(
                "\n".join(warnings) + "\n" + self.tr("如果确实如此，再点一次“保存”。")
            )
            self.error.setVisible(True)
            return
        try:
            exams.save_year(self.store, self.year.value(), self.values())
        except RuleError as e:
            self.error.setText(shown(e.message))
            self.error.setVisible(True)
            return
        self.saved.emit(self.year.value())
        self.accept()


def window_warning(store: Store, year: int, on: date | None = None) -> str | None:
    """What to tell a clerk entering a registration outside the year's registration window.

    Late or early entries are kept (sign-ups made elsewhere are recorded afterwards); this is
    only the warning, the same one the CLI prints on stderr.
    """
    where = exams.window_position(store, year, on)
    if where is None:
        return None
    y = exams.get_year(store, year)
    today = (on or date.today()).isoformat()
    if where == exam.WINDOW_BEFORE:
        return QCoreApplication.translate(
            "RegisterDialog",
            "今天（{today}）还没到 {year} 年度的报名时间（{start} 起）。"
            "报名会记下，请在报名开始后到全国报名系统报名。",
        ).format(today=today, year=year, start=y["reg_start"])
    return QCoreApplication.translate(
        "RegisterDialog",
        "今天（{today}）已过 {year} 年度的报名截止日期（{end}）。报名会作为补记保存，"
        "请确认本人在报名时间内已在全国报名系统报过名。",
    ).format(today=today, year=year, end=y["reg_end"])


class RegisterDialog(QDialog):
    """Pick many workers (search by name, pinyin or ID number) and register them at one level."""

    registered = Signal(list)

    def __init__(
        self,
        store: Store,
        year: int,
        preselect: list[str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.year = year
        form = set_up(self, Ui_RegisterDialog())
        self.setWindowTitle(self.tr("{year} 年度考试报名").format(year=year))
        self.search = form.searchEdit
        self.list = form.list
        self.level = form.levelCombo
        for lv in exams.rules(store).levels:
            self.level.addItem(label(lv), lv)
        self.state = form.stateCombo
        for s in exam.STATES[:3]:
            self.state.addItem(label(s), s)
        self.picked = form.picked
        self.error = form.error
        self.error.setStyleSheet(ERROR_STYLE)
        # Outside the registration window, or no fee set: said before anyone clicks 报名.
        notes = [n for n in (window_warning(store, year), self._fee_note()) if n]
        self.window_note = form.windowNote
        self.window_note.setText("\n".join(notes))
        self.window_note.setStyleSheet(NOTICE_STYLE)
        self.window_note.setVisible(bool(notes))
        self.check_all = form.checkAllButton
        self.check_all.clicked.connect(self._check_shown)
        self.register_button = form.registerButton
        self.register_button.clicked.connect(self.register)
        form.cancelButton.clicked.connect(self.reject)
        self._load(set(preselect or []))
        self.search.textChanged.connect(self._filter)
        self.level.currentIndexChanged.connect(lambda _i: self._mark())
        self._mark()
        self.list.itemChanged.connect(lambda _item: self._count())
        self._count()

    def _fee_note(self) -> str | None:
        if exams.get_year(self.store, self.year)["fee_per_subject"]:
            return None
        return self.tr(
            "本年度还没有设置每科报名费，报名费会记为 0 元（可在“年度设置”里按本省标准填写）。"
        )

    def _load(self, preselect: set[str]) -> None:
        taken = exams.registered_worker_ids(self.store, self.year)
        names = villages.names_by_code(self.store)
        from swdesk.store import workers

        self._terms: dict[str, str] = {}
        for w in workers.list_public(self.store):
            if w["id"] in taken or w["status"] != enums.STATUS_ON_DUTY:
                continue
            text = self.tr("{name}　{id_number}　{village}　{level}").format(
                name=w["name"],
                id_number=w["id_number"],
                village=names.get(w["village_code"] or "", ""),
                level=label(w["level"], self.tr("无证书")),
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, w["id"])
            item.setData(Qt.ItemDataRole.UserRole + 1, text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if w["id"] in preselect else Qt.CheckState.Unchecked
            )
            self.list.addItem(item)

    def _mark(self) -> None:
        """Show each person's standing against the eligibility table for the chosen level: a
        hint (the national system decides), so nobody is hidden or refused here."""
        level = self.level.currentData()
        if level is None:
            return
        judged = exams.eligibility_map(self.store, self.year, level)
        marks = {True: self.tr("符合"), False: self.tr("不符合"), None: self.tr("待核实")}
        for i in range(self.list.count()):
            item = self.list.item(i)
            e = judged.get(item.data(Qt.ItemDataRole.UserRole))
            if e is None:
                continue
            item.setText(
                self.tr("{person}　【{mark}】").format(
                    person=item.data(Qt.ItemDataRole.UserRole + 1), mark=marks[e.eligible]
                )
            )
            item.setToolTip(shown(e.reason))
            item.setData(
                Qt.ItemDataRole.ForegroundRole,
                QColor(MUTED) if e.eligible is False else None,
            )

    def _filter(self, text: str) -> None:
        """Same search as the worker list (name, pinyin initials, ID number)."""
        from swdesk.store import workers

        found: set[str] | None = None
        if text.strip():
            found = {w["id"] for w in workers.list_public(self.store, text)}
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(found is not None and item.data(Qt.ItemDataRole.UserRole) not in found)

    def _check_shown(self) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            if not item.isHidden():
                item.setCheckState(Qt.CheckState.Checked)

    def checked_ids(self) -> list[str]:
        return [
            self.list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _count(self) -> None:
        n = len(self.checked_ids())
        self.picked.setText(self.tr("已选 {n} 人").format(n=n))
        self.register_button.setEnabled(n > 0)

    def register(self) -> None:
        ids = self.checked_ids()
        try:
            exams.register_many(
                self.store, self.year, ids, self.level.currentData(), state=self.state.currentData()
            )
        except exams.RegistrationRejected as e:
            self.error.setText(
                self.tr("没有报名，请先处理以下问题（或取消勾选这些人）：\n{problems}").format(
                    problems="\n".join(shown(p) for p in e.problems)
                )
            )
            self.error.setVisible(True)
            return
        except RuleError as e:
            self.error.setText(shown(e.message))
            self.error.setVisible(True)
            return
        self.registered.emit(ids)
        self.accept()


class RulesDialog(QDialog):
    """Edit the province's exam rules: pass windows per level and the eligibility table.

    Starts from the data file's rules (the national preset until changed); "恢复全国规定"
    puts the shipped preset back into the form. Saved through ``exams.set_rules`` (audited).
    """

    saved = Signal()
    MAJORS: tuple[tuple[str, bool | None], ...] = (
        (QT_TRANSLATE_NOOP("RulesDialog", "不限专业"), None),
        (QT_TRANSLATE_NOOP("RulesDialog", "社会工作专业"), True),
        (QT_TRANSLATE_NOOP("RulesDialog", "其他专业"), False),
    )

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        form = set_up(self, Ui_RulesDialog())
        self.levels = form.levelsTable
        self.levels.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table = form.table
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        elide_titles(self.levels)
        elide_titles(self.table)
        self.add_button = form.addButton
        self.remove_button = form.removeButton
        self.preset_button = form.presetButton
        self.add_button.clicked.connect(lambda: self._add_row(None))
        self.remove_button.clicked.connect(self._remove_rows)
        self.preset_button.clicked.connect(
            lambda: self._fill(exams.presets()[exams.DEFAULT_PRESET])
        )
        self.error = form.error
        self.error.setStyleSheet(ERROR_STYLE)
        self.buttons = form.buttons
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._fill(exams.rules(store))

    def _fill(self, rules: exam.ExamRules) -> None:
        self.rules = rules
        self.levels.setRowCount(0)
        for rule in rules.levels.values():
            i = self.levels.rowCount()
            self.levels.insertRow(i)
            name = QTableWidgetItem(label(rule.level))
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.levels.setItem(i, 0, name)
            for col, value in ((1, rule.window_years), (2, rule.results_valid_years)):
                spin = QSpinBox()
                spin.setRange(0 if col == 2 else 1, 10)
                spin.setValue(value)
                self.levels.setCellWidget(i, col, spin)
        self.levels.setFixedHeight(
            self.levels.horizontalHeader().height()
            + sum(self.levels.rowHeight(i) for i in range(self.levels.rowCount()))
            + 4
        )
        self.table.setRowCount(0)
        for r in rules.eligibility:
            self._add_row(r)

    def _combo(self, items: list[tuple[str, object]], current: object) -> QComboBox:
        combo = ElidingCombo()  # narrow columns (English at 1024 px): "Junior College Dip…"
        for text, data in items:
            combo.addItem(text, data)
        for i in range(combo.count()):
            if combo.itemData(i) == current:
                combo.setCurrentIndex(i)
        return combo

    def _add_row(self, r: exam.EligibilityRow | None) -> None:
        i = self.table.rowCount()
        self.table.insertRow(i)
        self.table.setCellWidget(
            i, 0, self._combo([(label(lv), lv) for lv in self.rules.levels], r.level if r else None)
        )
        self.table.setCellWidget(
            i,
            1,
            self._combo(
                [(label(e), e) for e in enums.EDUCATIONS],
                r.education if r else enums.EDUCATION_COLLEGE,
            ),
        )
        self.table.setCellWidget(
            i,
            2,
            self._combo(
                [(self.tr(text), data) for text, data in self.MAJORS], r.sw_major if r else None
            ),
        )
        years = QSpinBox()
        years.setRange(0, 50)
        years.setValue(r.years if r else 0)
        self.table.setCellWidget(i, 3, years)
        certs: list[tuple[str, object]] = [(self.tr("不需要"), None)]
        certs += [(label(lv), lv) for lv in enums.LEVELS]
        self.table.setCellWidget(i, 4, self._combo(certs, r.certificate if r else None))
        cert_years = QSpinBox()
        cert_years.setRange(0, 50)
        cert_years.setValue(r.certificate_years if r else 0)
        self.table.setCellWidget(i, 5, cert_years)

    def _remove_rows(self) -> None:
        for i in sorted({ix.row() for ix in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(i)

    def values(self) -> dict[str, Any]:
        raw = self.rules.to_dict()
        for i, level in enumerate(raw["levels"]):
            window = self.levels.cellWidget(i, 1)
            valid = self.levels.cellWidget(i, 2)
            assert isinstance(window, QSpinBox) and isinstance(valid, QSpinBox)
            level["window_years"] = window.value()
            level["results_valid_years"] = valid.value()
        rows = []
        for i in range(self.table.rowCount()):
            w = [self.table.cellWidget(i, c) for c in range(6)]
            assert isinstance(w[0], QComboBox) and isinstance(w[1], QComboBox)
            assert isinstance(w[2], QComboBox) and isinstance(w[3], QSpinBox)
            assert isinstance(w[4], QComboBox) and isinstance(w[5], QSpinBox)
            rows.append(
                {
                    "level": w[0].currentData(),
                    "education": w[1].currentData(),
                    "sw_major": w[2].currentData(),
                    "years": w[3].value(),
                    "certificate": w[4].currentData(),
                    "certificate_years": w[5].value(),
                }
            )
        raw["eligibility"] = rows
        return raw

    def save(self) -> None:
        try:
            exams.set_rules(self.store, self.values())
        except RuleError as e:
            self.error.setText(shown(e.message))
            self.error.setVisible(True)
            return
        self.saved.emit()
        self.accept()
