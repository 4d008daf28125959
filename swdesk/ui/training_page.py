"""继续教育 page: training events with their sign-in sheets, and the 学时达标 list.

Tab one lists the events (newest first) with who attended the selected one; from here a clerk
records a paper sign-in sheet (``AttendanceDialog``), imports one from Excel for a picked event
or one typed in the import dialog (``SheetImportDialog``: all or nothing, the new event
included, problems listed per row), edits or deletes an event. Tab two is the compliance list of every
worker (``ComplianceView``), recomputed in the background only when something changed.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from swdesk.core import ce
from swdesk.core.i18n import QT_TRANSLATE_NOOP
from swdesk.store import Store, county_views, training, villages
from swdesk.ui.ce_labels import hours_text, unit_label
from swdesk.ui.changes import TRAINING, VILLAGES, WORKERS
from swdesk.ui.compliance_view import ComplianceView, standings_job
from swdesk.ui.empty_guide import EmptyGuide
from swdesk.ui.enum_labels import label
from swdesk.ui.file_dirs import ask_save_xlsx
from swdesk.ui.ledger_dialog import print_transcripts
from swdesk.ui.pdf_preview_save import SavingPdfPreview
from swdesk.ui.table_model import TableModel
from swdesk.ui.tasks import Progress, run_job
from swdesk.ui.widgets import button, button_row, confirmed, fit_columns, long_list, pick_one_row

ModelIndex = QModelIndex | QPersistentModelIndex

EVENT_COLUMNS = (
    ("dates", QT_TRANSLATE_NOOP("EventModel", "日期")),
    ("title", QT_TRANSLATE_NOOP("EventModel", "培训名称")),
    ("mode", QT_TRANSLATE_NOOP("EventModel", "形式")),
    ("hours", QT_TRANSLATE_NOOP("EventModel", "学时")),
    ("organizer", QT_TRANSLATE_NOOP("EventModel", "主办单位")),
    ("attendees", QT_TRANSLATE_NOOP("EventModel", "签到人数")),
)
EVENT_KEYS = tuple(c[0] for c in EVENT_COLUMNS)
# A county's events come from many townships: which one recorded each (last, so the other
# columns keep their places).
TOWNSHIP_EVENT_COLUMN = ("township", QT_TRANSLATE_NOOP("EventModel", "乡镇（街道）"))


def _tr(text: str) -> str:
    return QCoreApplication.translate("EventModel", text)


class EventModel(TableModel[dict[str, Any], str]):
    """The events of ``training.list_events`` in ``year`` (None: all) matching ``search``.

    A county has thousands of events, filtered in SQL by the store, not here."""

    right_aligned = frozenset({"hours", "attendees"})
    tooltip_columns = frozenset({"title", "organizer"})

    def __init__(self, store: Store, parent: Any = None) -> None:
        self.county = county_views.is_county(store)
        self.keys = (*EVENT_KEYS, TOWNSHIP_EVENT_COLUMN[0]) if self.county else EVENT_KEYS
        super().__init__(self.keys, parent)
        self.store = store
        self.year: int | None = None
        self.search = ""
        self.township: str | None = None  # a county's filter: one township's events
        self.township_names: dict[str, str] = {}
        self.reload()

    def reload(self) -> None:
        rows = training.list_events(self.store, self.year, self.search)
        if self.county:
            self.township_names = county_views.township_names(self.store)
            if self.township:
                rows = [r for r in rows if r["origin"] == self.township]
        self.set_rows(rows)

    def filtered(self) -> bool:
        return self.year is not None or bool(self.search.strip()) or bool(self.township)

    def header(self, column: str) -> str:
        return _tr(dict((*EVENT_COLUMNS, TOWNSHIP_EVENT_COLUMN))[column])

    def text(self, row: dict[str, Any], key: str) -> str:
        if key == "dates":
            if row["end_date"] != row["start_date"]:
                return QCoreApplication.translate("EventModel", "{start} 至 {end}").format(
                    start=row["start_date"], end=row["end_date"]
                )
            return str(row["start_date"])
        if key == "mode":
            return label(row["mode"])
        if key == "hours":
            return hours_text(row["hours"])
        if key == "attendees":
            return str(row["attendees"])
        if key == "township":
            return self.township_names.get(row["origin"], row["origin"] or "")
        return str(row[key] or "")

    def row_of(self, event_id: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r["id"] == event_id), -1)


class TrainingPage(QWidget):
    """Emits ``changed`` when records changed (other views of standing may be stale)."""

    CARES_ABOUT = frozenset({TRAINING, WORKERS, VILLAGES})

    changed = Signal()
    countsChanged = Signal()  # the events were re-read (see ``ui.page_chrome``)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.dialog: QWidget | None = None  # the last dialog opened (tests drive it)
        self.preview_dialog: SavingPdfPreview | None = None  # the last print preview
        self._computed_for: tuple[Any, ...] | None = None

        # -- events tab -------------------------------------------------------------------
        self.model = EventModel(store, self)
        self.model.modelReset.connect(self.countsChanged)
        self.view = QTableView()
        self.view.setModel(self.model)
        long_list(self.view)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        dates = QCoreApplication.translate("EventModel", "{start} 至 {end}").format(
            start="2025-10-10", end="2025-10-12"
        )
        samples = {
            "dates": [dates],
            "mode": [label(m) for m in ce.MODES],
            "hours": ["1000.5"],
            "organizer": ["某某市社会工作者协会"],
            "attendees": ["10000"],
            "township": ["某某镇某某镇"],
        }
        fit_columns(self.view, self.model.keys, samples)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

        self.new_button = QPushButton(self.tr("新建培训…"))
        self.edit_button = QPushButton(self.tr("编辑…"))
        self.delete_button = QPushButton(self.tr("删除…"))
        self.attend_button = QPushButton(self.tr("记录签到…"))
        self.attend_button.setToolTip(
            self.tr("逐个输入或扫描身份证号，或按姓名多选，整份名单一起保存")
        )
        self.import_button = QPushButton(self.tr("导入签到表…"))
        self.import_button.setToolTip(
            self.tr(
                "从 Excel 签到表（身份证号、姓名、学时）导入签到：记到选中的培训，"
                "或在导入时填写新培训的信息"
            )
        )
        buttons = button_row(
            self.new_button,
            self.edit_button,
            self.delete_button,
            self.attend_button,
            self.import_button,
        )
        self.year_combo = QComboBox()
        self.year_combo.setToolTip(self.tr("只看这一年开始的培训"))
        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(
            self.tr("搜索培训名称、主办单位、地点（可用拼音首字母）")
        )
        self.count_label = QLabel()
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("年度：")))
        filters.addWidget(self.year_combo)
        filters.addWidget(self.search_edit, 1)
        self.town_combo = QComboBox()  # a county's: which township's events
        self.town_combo.setToolTip(self.tr("按乡镇（街道）筛选"))
        if self.model.county:
            filters.insertWidget(2, self.town_combo)
            self._fill_townships()
        else:
            self.town_combo.setVisible(False)
        filters.addWidget(self.count_label)
        # no events: what to do first, with the button that does it (see ``ui.empty_guide``)
        self.first_event_button = button(self.tr("新建培训…"), self.new_event)
        self.show_all_button = button(self.tr("显示全部培训"), self._show_all)
        self.empty_guide = EmptyGuide(
            "", self.first_event_button, self.show_all_button, name="training_empty"
        )
        self.empty = self.empty_guide.hint

        self.attendees = QTableWidget(0, 4)
        self.attendees.setHorizontalHeaderLabels(
            [self.tr("姓名"), self.tr("身份证号"), self.tr("村（社区）"), self.tr("学时")]
        )
        pick_one_row(self.attendees)
        self.attendees.verticalHeader().setVisible(False)
        self.attendees.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        ah = self.attendees.horizontalHeader()
        ah.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        ah.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.remove_attendee_button = QPushButton(self.tr("删除这条签到…"))
        self.ledger_button = QPushButton(self.tr("学时记录…"))
        self.costs_button = QPushButton(self.tr("培训费用…"))
        self.costs_button.setToolTip(self.tr("这次培训每人的费用、由谁报销和报销状态"))
        self.attendees_box = QGroupBox(self.tr("签到名单"))
        box = QVBoxLayout(self.attendees_box)
        box.addWidget(self.attendees, 1)
        arow = QHBoxLayout()
        arow.addStretch(1)
        arow.addWidget(self.costs_button)
        arow.addWidget(self.ledger_button)
        arow.addWidget(self.remove_attendee_button)
        box.addLayout(arow)

        split = QSplitter(Qt.Orientation.Vertical)
        top = QWidget()
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addLayout(buttons)
        tl.addLayout(filters)
        tl.addWidget(self.empty_guide, 1)
        tl.addWidget(self.view, 1)
        split.addWidget(top)
        split.addWidget(self.attendees_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        events_tab = QWidget()
        el = QVBoxLayout(events_tab)
        el.addWidget(split)

        # -- compliance tab ---------------------------------------------------------------
        self.compliance = ComplianceView(store)
        compliance_tab = QWidget()
        cl = QVBoxLayout(compliance_tab)
        cl.addWidget(self.compliance)

        self.tabs = QTabWidget()
        self.tabs.addTab(events_tab, self.tr("培训与签到"))
        self.tabs.addTab(compliance_tab, self.tr("学时达标"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

        self.new_button.clicked.connect(self.new_event)
        self.edit_button.clicked.connect(self.edit_event)
        self.delete_button.clicked.connect(self.delete_event)
        self.attend_button.clicked.connect(self.record_attendance)
        self.import_button.clicked.connect(self.import_sheet)
        self.view.doubleClicked.connect(lambda _i: self.record_attendance())
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)
        self.attendees.itemSelectionChanged.connect(self._update_buttons)
        self.attendees.doubleClicked.connect(lambda _i: self.open_attendee_ledger())
        self.remove_attendee_button.clicked.connect(self.remove_attendee)
        self.ledger_button.clicked.connect(self.open_attendee_ledger)
        self.costs_button.clicked.connect(self.open_costs)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.compliance.recomputeRequested.connect(self.refresh_compliance)
        self.compliance.openLedger.connect(self.open_ledger)
        self.compliance.exportRequested.connect(self.export_compliance)
        self.compliance.transcriptsRequested.connect(self.village_transcripts)
        self.changed.connect(self._data_changed)
        if self.model.county:
            for b in self.township_entry_buttons():
                b.setVisible(False)
        self._fill_years(default=True)
        self.model.reload()
        self.year_combo.currentIndexChanged.connect(self._filters_changed)
        self.search_edit.textChanged.connect(self._filters_changed)
        self.town_combo.currentIndexChanged.connect(self._filters_changed)
        self._selection_changed()

    # -- state ----------------------------------------------------------------------------
    def reload(self) -> None:
        """Fresh events (each visit); the compliance list only if something changed."""
        selected = self.selected_event()
        self._reload_events()
        if selected:
            self.select_event(selected["id"])
        self.compliance.set_villages(county_views.village_rows(self.store))
        if self.tabs.currentIndex() == 1:
            self.refresh_compliance()

    def status_count(self) -> str:
        """The status bar's count while this page is on screen: the events listed."""
        return self.tr("列出 {n} 次培训").format(n=len(self.model.rows))

    def selected_event(self) -> dict[str, Any] | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.model.rows):
            return None
        return self.model.rows[rows[0].row()]

    # -- year and search filters ------------------------------------------------------------
    def _fill_years(self, default: bool = False) -> None:
        """The years that have events, newest first, after 全部年度.

        ``default``: this year if it has events, else 全部年度; otherwise the year shown stays
        chosen while it still has events."""
        current = date.today().year if default else self.model.year
        years = training.event_years(self.store)
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        self.year_combo.addItem(self.tr("全部年度"), None)
        for y in years:
            self.year_combo.addItem(str(y), y)
        self.year_combo.setCurrentIndex(max(0, self.year_combo.findData(current)))
        self.year_combo.blockSignals(False)
        self.model.year = self.year_combo.currentData()

    def _fill_townships(self) -> None:
        """A county's township filter: every township it knows, the choice kept."""
        current = self.town_combo.currentData()
        self.town_combo.blockSignals(True)
        self.town_combo.clear()
        self.town_combo.addItem(self.tr("全部乡镇（街道）"), None)
        for code, name in county_views.township_names(self.store).items():
            self.town_combo.addItem(name, code)
        self.town_combo.setCurrentIndex(max(0, self.town_combo.findData(current)))
        self.town_combo.blockSignals(False)
        self.model.township = self.town_combo.currentData()

    def _reload_events(self) -> None:
        if self.model.county:
            self._fill_townships()
        self._fill_years()
        self.model.search = self.search_edit.text()
        self.model.reload()

    def _filters_changed(self, *_args: Any) -> None:
        """Filter again, keeping the selected event selected while it is still listed."""
        selected = self.selected_event()
        self.model.year = self.year_combo.currentData()
        self.model.search = self.search_edit.text()
        self.model.township = self.town_combo.currentData()
        self.model.reload()
        if selected:
            self.select_event(selected["id"])

    def show_event(self, event_id: str) -> bool:
        """Select ``event_id``, switching to its year and dropping a search that hides it
        (a new event typed in for 2025 while 2026 is shown must not seem to vanish)."""
        self._reload_events()
        if self.select_event(event_id):
            return True
        year = int(str(training.get_event(self.store, event_id)["start_date"])[:4])
        if self.model.year not in (None, year):
            self.year_combo.setCurrentIndex(max(0, self.year_combo.findData(year)))
            if self.select_event(event_id):
                return True
        self.search_edit.clear()  # filters again through textChanged
        return self.select_event(event_id)

    def select_event(self, event_id: str) -> bool:
        row = self.model.row_of(event_id)
        if row < 0:
            return False
        self.view.selectRow(row)
        self.view.scrollTo(self.model.index(row, 0))
        return True

    def _selection_changed(self, *_args: Any) -> None:
        event = self.selected_event()
        if self.model.filtered():
            self.empty_guide.say(
                self.tr("没有符合条件的培训。请换一个年度，或改一改搜索的字。"),
                self.show_all_button,
            )
        elif self.model.county:
            self.empty_guide.say(
                self.tr("还没有培训记录。培训和签到由各乡镇（街道）登记，随数据包报到县里。")
            )
        else:
            self.empty_guide.say(
                self.tr("还没有培训记录。点“新建培训…”登记一次培训，再记录签到。"),
                self.first_event_button,
            )
        self.empty_guide.setVisible(not self.model.rows)
        self.view.setVisible(bool(self.model.rows))
        self.count_label.setText(self.tr("共 {n} 次培训").format(n=len(self.model.rows)))
        self.attendees.setRowCount(0)
        self._attendee_rows: list[dict[str, Any]] = []
        if event is None:
            self.attendees_box.setTitle(self.tr("签到名单（先在上面选中一次培训）"))
        else:
            names = county_views.village_names(self.store)
            self._attendee_rows = training.attendees(self.store, event["id"])
            self.attendees.setRowCount(len(self._attendee_rows))
            for i, r in enumerate(self._attendee_rows):
                cells = (
                    r["name"],
                    r["id_number"],
                    names.get(r["village_code"] or "", ""),
                    hours_text(r["hours_credited"]),
                )
                for c, text in enumerate(cells):
                    self.attendees.setItem(i, c, QTableWidgetItem(text))
            self.attendees_box.setTitle(
                self.tr("《{title}》签到名单：{n} 人").format(
                    title=event["title"], n=len(self._attendee_rows)
                )
            )
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.selected_event() is not None
        for b in (self.edit_button, self.delete_button, self.attend_button, self.costs_button):
            b.setEnabled(has)
        picked = bool(self.attendees.selectionModel().selectedRows())
        self.remove_attendee_button.setEnabled(picked)
        self.ledger_button.setEnabled(picked)

    def _data_changed(self) -> None:
        self.reload()

    def _tab_changed(self, index: int) -> None:
        if index == 1:
            self.refresh_compliance()

    # -- compliance -----------------------------------------------------------------------
    def _fingerprint(self) -> tuple[Any, ...]:
        """Changes whenever anything was written (every write is audited) or the date moved."""
        return (
            self.store.last_audit_seq(),
            self.store.meta("rev"),
            self.compliance.at_date(),
        )

    def refresh_compliance(self, force: bool = False) -> bool:
        """Recompute the list in the background if anything changed since the last time."""
        stamp = self._fingerprint()
        if not force and stamp == self._computed_for:
            return False
        ok, computed = run_job(
            self,
            self.tr("正在计算学时达标情况……"),
            self.store,
            standings_job(self.compliance.at_date()),
            failure_title=self.tr("学时达标"),
        )
        if not ok or computed is None:
            return False
        items, settings = computed
        self.compliance.set_items(items, unit_label(settings))
        self._computed_for = stamp
        return True

    def show_compliance(self, worker_ids: list[str] | None = None, text: str = "") -> None:
        """Switch to the compliance tab, optionally showing only ``worker_ids``."""
        self.compliance.at.setDate(QDate.currentDate())
        self.tabs.setCurrentIndex(1)
        self.refresh_compliance()
        if worker_ids is not None:
            self.compliance.show_only(worker_ids, text)

    def export_compliance(self) -> Path | None:
        """Export exactly what the list shows: its date, filters, search and order."""
        self.refresh_compliance()  # nothing to do unless something changed since
        at = self.compliance.at_date()
        items = self.compliance.shown_standings()
        filters = self.compliance.filter_text()
        if not items:
            QMessageBox.information(
                self,
                self.tr("导出学时达标名单"),
                self.tr("列表里现在没有人，没有可导出的内容。请放宽筛选条件后再导出。"),
            )
            return None
        name = self.tr("继续教育学时达标情况_{date}.xlsx").format(date=at.strftime("%Y%m%d"))
        out = ask_save_xlsx(self, self.tr("导出学时达标名单"), name)
        if out is None:
            return None

        def job(own: Store, progress: Progress) -> int:
            from swdesk.formats.training_excel import export_compliance

            return export_compliance(own, out, at, items=items, filters=filters)

        ok, n = run_job(
            self, self.tr("正在导出……"), self.store, job, failure_title=self.tr("导出学时达标名单")
        )
        if not ok:
            return None
        QMessageBox.information(
            self,
            self.tr("导出学时达标名单"),
            self.tr("已导出 {n} 人到：\n{path}").format(n=n, path=out),
        )
        return out

    def village_transcripts(self, code: str) -> SavingPdfPreview | None:
        """The village's transcripts in the print preview (print, or save from there)."""
        from swdesk.formats.transcript import village_worker_ids

        name = villages.names_by_code(self.store).get(code, code)
        ids = village_worker_ids(self.store, code)
        if not ids:
            QMessageBox.information(
                self,
                self.tr("打印学时证明"),
                self.tr("{village}没有持证的在岗社工，不用出具学时证明。").format(village=name),
            )
            return None
        stamp = datetime.now().strftime("%Y%m%d")
        self.preview_dialog = print_transcripts(
            self,
            self.store,
            ids,
            self.tr("继续教育学时证明_{village}_{date}.pdf").format(village=name, date=stamp),
            self.compliance.at_date(),
        )
        return self.preview_dialog

    # -- events ---------------------------------------------------------------------------
    def _open(self, dialog: Any) -> Any:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _show_all(self) -> None:
        """Every year, no search: what an empty filtered list offers."""
        self.search_edit.clear()
        self.year_combo.setCurrentIndex(0)

    def township_entry_buttons(self) -> tuple[QPushButton, ...]:
        """Buttons that enter or change a township's trainings and attendance: a county file
        holds what the townships sent, so it offers none of them (nor their double-click)."""
        return (
            self.new_button,
            self.edit_button,
            self.delete_button,
            self.attend_button,
            self.import_button,
            self.remove_attendee_button,
        )

    def new_event(self) -> Any:
        from swdesk.ui.event_editor import EventEditor

        if self.model.county:
            return None
        editor = EventEditor(self.store, None, self)
        editor.saved.connect(self._event_saved)
        return self._open(editor)

    def edit_event(self) -> Any:
        from swdesk.ui.event_editor import EventEditor

        event = self.selected_event()
        if event is None or self.model.county:
            return None
        editor = EventEditor(self.store, event["id"], self)
        editor.saved.connect(self._event_saved)
        return self._open(editor)

    def _event_saved(self, event_id: str) -> None:
        self.show_event(event_id)
        self.changed.emit()

    def delete_event(self) -> bool:
        event = self.selected_event()
        if event is None or self.model.county:
            return False
        n = event["attendees"]
        text = self.tr("确定删除培训《{title}》吗？").format(title=event["title"])
        if n:
            text += self.tr("\n它的 {n} 条签到记录会一起删除，这些人的学时会相应减少。").format(n=n)
        if not confirmed(self, self.tr("删除培训"), text):
            return False
        training.delete_event(self.store, event["id"])
        self._reload_events()
        self.changed.emit()
        return True

    def record_attendance(self) -> Any:
        from swdesk.ui.attendance_dialog import AttendanceDialog

        event = self.selected_event()
        if event is None or self.model.county:
            return None
        dialog = AttendanceDialog(self.store, event["id"], self)
        dialog.saved.connect(lambda _n, eid=event["id"]: self._event_saved(eid))
        return self._open(dialog)

    def import_sheet(self) -> Any:
        """Choose an Excel sign-in sheet, then the event: the selected one, another, or new.

        Returns the import dialog (None when no file was chosen); the import itself saves
        every row and the new event together, or nothing.
        """
        from swdesk.ui.sheet_import_dialog import SheetImportDialog, ask_sheet

        event = self.selected_event()
        if self.model.county:
            return None
        path = ask_sheet(self, self.tr("选择要导入的签到表"))
        if path is None:
            return None
        dialog = SheetImportDialog(self.store, path, event["id"] if event else None, self)
        dialog.imported.connect(self._sheet_imported)
        return self._open(dialog)

    def _sheet_imported(self, event_id: str, n: int, created: bool) -> None:
        self._event_saved(event_id)
        event = training.get_event(self.store, event_id)
        text = (
            self.tr("已新建培训《{title}》，并导入 {n} 人的签到。")
            if created
            else self.tr("已为《{title}》导入 {n} 人的签到。")
        )
        QMessageBox.information(self, self.tr("导入签到表"), text.format(title=event["title"], n=n))

    # -- attendees ------------------------------------------------------------------------
    def _selected_attendee(self) -> dict[str, Any] | None:
        rows = self.attendees.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self._attendee_rows):
            return None
        return self._attendee_rows[rows[0].row()]

    def remove_attendee(self) -> bool:
        a, event = self._selected_attendee(), self.selected_event()
        if a is None or event is None or self.model.county:
            return False
        if not confirmed(
            self,
            self.tr("删除签到"),
            self.tr("确定删除 {name} 在《{title}》的签到（{hours} 学时）吗？").format(
                name=a["name"], title=event["title"], hours=hours_text(a["hours_credited"])
            ),
        ):
            return False
        training.delete_record(self.store, a["id"])
        self._event_saved(event["id"])
        return True

    def open_attendee_ledger(self) -> Any:
        a = self._selected_attendee()
        return self.open_ledger(a["worker_id"]) if a else None

    def open_costs(self) -> Any:
        """The selected event's 培训费用 dialog."""
        from swdesk.ui.training_costs_dialog import TrainingCostsDialog

        event = self.selected_event()
        if event is None:
            return None
        dialog = TrainingCostsDialog(self.store, event, self)
        dialog.changed.connect(self.changed)
        return self._open(dialog)

    def open_ledger(self, worker_id: str) -> Any:
        from swdesk.ui.ledger_dialog import LedgerDialog

        dialog = LedgerDialog(self.store, worker_id, self)
        dialog.changed.connect(self.changed)
        return self._open(dialog)
