"""Attendance for one training (签到): a whole paper sign-in sheet entered at once.

Built for speed with a sheet of thirty names in hand: the ID number box keeps the focus, and
each Enter (a typed number, or a scanner that ends with Enter) adds the person and clears the
box, with a one-line answer in green or red (unknown, already recorded, already in the list,
file deleted). People without their ID number on the sheet are found by name or pinyin
(``workers.search_rowids``) and added several at a time. Hours default to the event's and can
be lowered for partial attendance. One Save calls ``training.attend``: the whole list is saved
or, if anything is wrong, nothing is and every problem is listed by row.

The training's end date is checked against the people on the list as in the event editor
(``ce.event_date_warnings``: a training not yet over, an end before someone's certificate,
outside someone's current period), said above the Save button as the list changes; a
warning, never a refusal.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDoubleSpinBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from swdesk.core import ce
from swdesk.core.errors import RuleError
from swdesk.core.idnumber import parse_id_number
from swdesk.store import Store, training, villages, workers
from swdesk.store.workers import WorkerFilter
from swdesk.ui.ce_labels import hours_text
from swdesk.ui.designer import set_up
from swdesk.ui.forms.attendance_dialog import Ui_AttendanceDialog
from swdesk.ui.problems_dialog import ProblemsDialog, show_problems
from swdesk.ui.rule_text import shown
from swdesk.ui.styles import NEUTRAL_STYLE, WARNING_STYLE, result_style
from swdesk.ui.widgets import confirmed, rule_warning

SEARCH_LIMIT = 200
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class AttendanceDialog(QDialog):
    """Emits ``saved(n)`` with the number of people recorded."""

    saved = Signal(int)

    def __init__(self, store: Store, event_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.event_id = event_id
        self.training = training.get_event(store, event_id)
        self.village_names = villages.names_by_code(store)
        self.recorded = training.recorded_worker_ids(store, event_id)
        self.pending: list[dict[str, Any]] = []  # id, name, id_number, village_code
        self.problems_dialog: ProblemsDialog | None = None
        form = set_up(self, Ui_AttendanceDialog())
        self.setWindowTitle(self.tr("记录签到：{title}").format(title=self.training["title"]))

        dates = self.training["start_date"]
        if self.training["end_date"] != self.training["start_date"]:
            dates = self.tr("{start} 至 {end}").format(
                start=self.training["start_date"], end=self.training["end_date"]
            )
        self.header = form.header
        self.header.setText(
            self.tr("《{title}》 {dates}，{hours} 学时。已记录 {n} 人。").format(
                title=self.training["title"],
                dates=dates,
                hours=hours_text(self.training["hours"]),
                n=len(self.recorded),
            )
        )
        font = self.header.font()
        font.setBold(True)
        self.header.setFont(font)

        # -- by ID number ---------------------------------------------------------------------
        self.id_edit = form.idEdit
        self.add_id_button = form.addIdButton
        self.message = form.message

        # -- by name --------------------------------------------------------------------------
        self.search = form.searchEdit
        self.village = form.villageCombo
        self.village.addItem(self.tr("全部村（社区）"), None)
        for r in villages.list_all(store):
            self.village.addItem(r["name"], r["code"])
        self.results = form.resultsTable
        self._table_setup(self.results)
        self.results_note = form.resultsNote
        self.results_note.setStyleSheet(NEUTRAL_STYLE)
        self.add_selected_button = form.addSelectedButton

        # -- the list being entered -----------------------------------------------------------
        self.table = form.listTable
        self._table_setup(self.table)
        self.table.verticalHeader().setVisible(True)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Fixed)
        self.table.setColumnWidth(3, self.fontMetrics().horizontalAdvance("0000.0 学时") + 48)
        self.count = form.count
        self.remove_button = form.removeButton

        self.save_button = form.saveButton
        self.cancel_button = form.cancelButton
        form.hint.setStyleSheet(NEUTRAL_STYLE)
        self.date_warning = form.dateWarning
        self.date_warning.setStyleSheet(WARNING_STYLE)
        self.today = date.today()
        self.end_date = date.fromisoformat(self.training["end_date"])
        self._for_dates: dict[str, ce.Attendee] = {}

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(self.run_search)
        self.id_edit.returnPressed.connect(self.add_typed)
        self.add_id_button.clicked.connect(self.add_typed)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self.run_search)
        self.village.currentIndexChanged.connect(self.run_search)
        self.results.itemSelectionChanged.connect(
            lambda: self.add_selected_button.setEnabled(bool(self._selected_result_ids()))
        )
        self.results.doubleClicked.connect(lambda _i: self.add_selected())
        self.add_selected_button.clicked.connect(self.add_selected)
        self.table.itemSelectionChanged.connect(
            lambda: self.remove_button.setEnabled(bool(self.table.selectionModel().selectedRows()))
        )
        self.remove_button.clicked.connect(self.remove_selected)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        self.table.installEventFilter(self)
        self._update_count()
        self.id_edit.setFocus()

    @staticmethod
    def _table_setup(table: QTableWidget) -> None:
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 12)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

    # -- messages -------------------------------------------------------------------------
    def say(self, text: str, ok: bool) -> None:
        self.message.setStyleSheet(result_style(ok))
        self.message.setText(text)

    def _who(self, w: dict[str, Any]) -> str:
        return self.tr("{name}（{id_number}）").format(name=w["name"], id_number=w["id_number"])

    # -- adding ---------------------------------------------------------------------------
    def _refusal(self, w: dict[str, Any]) -> str | None:
        """Why this person cannot be added, or None."""
        if w["deleted"]:
            return self.tr(
                "{who} 的档案已删除，不能记学时。如需记录，请先在社工档案中恢复。"
            ).format(who=self._who(w))
        if w["id"] in self.recorded:
            return self.tr("{who} 已经记过这次培训，不用重复记。").format(who=self._who(w))
        for i, p in enumerate(self.pending, 1):
            if p["id"] == w["id"]:
                return self.tr("{who} 已在名单第 {row} 行。").format(who=self._who(w), row=i)
        return None

    def add_typed(self) -> bool:
        """Add the person whose ID number is in the box (Enter); say why not otherwise."""
        text = self.id_edit.text().strip()
        if not text:
            return False
        try:
            idn = parse_id_number(text).value
        except RuleError as e:
            self.say(
                self.tr("身份证号“{text}”不对：{reason}").format(
                    text=text, reason=shown(e.message)
                ),
                False,
            )
            self.id_edit.selectAll()
            return False
        person = workers.find_by_id_number(self.store, idn)
        if person is None:
            self.say(
                self.tr("身份证号 {id_number} 没有档案。请核对号码，或先在社工档案中建档。").format(
                    id_number=idn
                ),
                False,
            )
            self.id_edit.selectAll()
            return False
        refusal = self._refusal(person)
        if refusal:
            self.say(refusal, False)
            self.id_edit.selectAll()
            return False
        self._append(person)
        self.say(
            self.tr("已加入：{who}。名单共 {n} 人。").format(
                who=self._who(person), n=len(self.pending)
            ),
            True,
        )
        self.id_edit.clear()
        return True

    def run_search(self) -> None:
        self._search_timer.stop()
        text = self.search.text().strip()
        code = self.village.currentData()
        self.results.setRowCount(0)
        if not text and not code:
            self.results_note.setText(self.tr("输入姓名或拼音查找，或选一个村（社区）列出其社工。"))
            return
        ids = workers.search_rowids(self.store, WorkerFilter(text=text, village_code=code))
        rows = workers.fetch_rows(self.store, ids[:SEARCH_LIMIT])
        found = [rows[i] for i in ids[:SEARCH_LIMIT] if i in rows]
        self.results.setRowCount(len(found))
        for r, w in enumerate(found):
            cells = (
                w["name"],
                w["id_number"],
                self.village_names.get(w["village_code"] or "", ""),
            )
            taken = w["id"] in self.recorded
            for c, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setData(ID_ROLE, w["id"])
                if taken:
                    item.setForeground(Qt.GlobalColor.gray)
                    item.setToolTip(self.tr("已经记过这次培训"))
                self.results.setItem(r, c, item)
        if len(ids) > SEARCH_LIMIT:
            self.results_note.setText(
                self.tr("找到 {n} 人，只列出前 {limit} 人。请多输入几个字。").format(
                    n=len(ids), limit=SEARCH_LIMIT
                )
            )
        elif not ids:
            self.results_note.setText(self.tr("没有找到。可以换个写法，或用身份证号加入。"))
        else:
            self.results_note.setText(
                self.tr("找到 {n} 人。可按住 Ctrl 或 Shift 多选，再点“加入所选”。").format(
                    n=len(ids)
                )
            )

    def _selected_result_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.results.selectionModel().selectedRows()})
        out = []
        for r in rows:
            item = self.results.item(r, 0)
            if item is not None:
                out.append(str(item.data(ID_ROLE)))
        return out

    def add_selected(self) -> int:
        """Add the selected search results; those who cannot be added are named."""
        added = 0
        refused: list[str] = []
        for wid in self._selected_result_ids():
            person = workers.get(self.store, wid)
            refusal = self._refusal(person)
            if refusal:
                refused.append(refusal)
                continue
            self._append(person)
            added += 1
        if refused:
            self.say(
                self.tr("加入 {n} 人。未加入：{why}").format(n=added, why=" ".join(refused)), False
            )
        else:
            self.say(
                self.tr("已加入 {n} 人。名单共 {total} 人。").format(
                    n=added, total=len(self.pending)
                ),
                True,
            )
        self.results.clearSelection()
        self.id_edit.setFocus()
        return added

    def _append(self, w: dict[str, Any]) -> None:
        self.pending.append(
            {
                "id": w["id"],
                "name": w["name"],
                "id_number": w["id_number"],
                "village_code": w["village_code"],
            }
        )
        row = self.table.rowCount()
        self.table.insertRow(row)
        cells = (w["name"], w["id_number"], self.village_names.get(w["village_code"] or "", ""))
        for c, value in enumerate(cells):
            self.table.setItem(row, c, QTableWidgetItem(value))
        spin = QDoubleSpinBox()
        spin.setRange(0.5, float(self.training["hours"]))
        spin.setDecimals(1)
        spin.setSingleStep(0.5)
        spin.setValue(float(self.training["hours"]))
        spin.setSuffix(self.tr(" 学时"))
        spin.setFrame(False)
        self.table.setCellWidget(row, 3, spin)
        self.table.scrollToBottom()
        self._update_count()

    def hours_widget(self, row: int) -> QDoubleSpinBox:
        widget = self.table.cellWidget(row, 3)
        assert isinstance(widget, QDoubleSpinBox)
        return widget

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()}, reverse=True)
        for r in rows:
            self.table.removeRow(r)
            del self.pending[r]
        self._update_count()

    def _update_count(self) -> None:
        self.count.setText(self.tr("名单共 {n} 人").format(n=len(self.pending)))
        self.save_button.setEnabled(bool(self.pending))
        self.check_dates()

    def check_dates(self) -> None:
        """Say (not refuse) what looks wrong about the training's end date for the list."""
        new = [p["id"] for p in self.pending if p["id"] not in self._for_dates]
        for wid, person in zip(
            new, training.workers_for_dates(self.store, new, self.today), strict=True
        ):
            self._for_dates[wid] = person
        people = [self._for_dates[p["id"]] for p in self.pending]
        warnings = ce.event_date_warnings(self.end_date, self.today, people)
        self.date_warning.setText("\n".join(shown(w) for w in warnings))
        self.date_warning.setVisible(bool(warnings))

    # -- saving ---------------------------------------------------------------------------
    def attendees(self) -> list[training.Attendee]:
        full = float(self.training["hours"])
        out = []
        for i, p in enumerate(self.pending):
            hours = round(self.hours_widget(i).value(), 2)
            out.append(training.Attendee(p["id"], None if hours == full else hours, i + 1))
        return out

    def save(self) -> bool:
        """Save the whole list at once; on any problem nothing is saved and all are listed."""
        if not self.pending:
            return False
        try:
            ids = training.attend(self.store, self.event_id, self.attendees())
        except training.AttendanceRejected as e:
            self.problems_dialog = show_problems(
                self,
                self.tr("签到没有保存"),
                self.tr("名单里有以下问题，整份名单都没有保存。改正后再点“保存签到”。"),
                e.problems,
            )
            return False
        except RuleError as e:
            rule_warning(self, self.tr("签到没有保存"), e)
            return False
        self.saved.emit(len(ids))
        self.pending.clear()
        self.accept()
        return True

    def reject(self) -> None:
        if self.pending and not confirmed(
            self,
            self.tr("放弃签到名单"),
            self.tr("名单里有 {n} 人还没有保存，确定放弃吗？").format(n=len(self.pending)),
        ):
            return
        super().reject()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Delete:
                self.remove_selected()
                return True
        return super().eventFilter(watched, event)
