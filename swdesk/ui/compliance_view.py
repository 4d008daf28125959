"""学时达标: every active certified worker's continuing-education standing, most urgent first.

The list comes from ``training.standings`` (the same rules as the CLI's ``training status``
and the Excel export), computed in a background task because a county file holds 100 000
people. Filtering by state, village, a search (name, pinyin, ID number) or a named list (the
people the opening notice speaks of) happens on the computed list, so it is instant.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from swdesk.core import ce, enums
from swdesk.core.i18n import QT_TRANSLATE_NOOP
from swdesk.store import Store, county_views, training, workers
from swdesk.store.training import WorkerStanding
from swdesk.store.workers import WorkerFilter
from swdesk.ui.ce_labels import (
    hours_text,
    period_status_label,
    status_background,
    status_foreground,
    status_key_label,
)
from swdesk.ui.date_input import DateInput
from swdesk.ui.enum_labels import label
from swdesk.ui.styles import WARNING_STYLE
from swdesk.ui.table_model import (
    BACKGROUND_ROLE,
    FOREGROUND_ROLE,
    ID_ROLE,
    USER_ROLE,
    TableModel,
)
from swdesk.ui.widgets import fit_columns, long_list

ModelIndex = QModelIndex | QPersistentModelIndex
WORKER_ROLE = ID_ROLE
STATUS_ROLE = USER_ROLE + 3

COLUMNS = (
    ("name", QT_TRANSLATE_NOOP("ComplianceModel", "姓名")),
    ("id_number", QT_TRANSLATE_NOOP("ComplianceModel", "身份证号")),
    ("village", QT_TRANSLATE_NOOP("ComplianceModel", "村（社区）")),
    ("level", QT_TRANSLATE_NOOP("ComplianceModel", "证书等级")),
    ("period", QT_TRANSLATE_NOOP("ComplianceModel", "登记期")),
    ("required", QT_TRANSLATE_NOOP("ComplianceModel", "要求")),
    ("earned", QT_TRANSLATE_NOOP("ComplianceModel", "已获得")),
    ("missing", QT_TRANSLATE_NOOP("ComplianceModel", "还差")),
    ("current", QT_TRANSLATE_NOOP("ComplianceModel", "本期进度")),
    ("previous", QT_TRANSLATE_NOOP("ComplianceModel", "上期欠缺")),
    ("days_left", QT_TRANSLATE_NOOP("ComplianceModel", "剩余天数")),
    ("status", QT_TRANSLATE_NOOP("ComplianceModel", "状态")),
    ("note", QT_TRANSLATE_NOOP("ComplianceModel", "说明")),
)
COLUMN_KEYS = tuple(c[0] for c in COLUMNS)
# A county's list holds many townships' people (and villages of one name in two of them): it
# shows which township each person is in, before the village, and filters by it.
TOWNSHIP_COLUMN = ("township", QT_TRANSLATE_NOOP("ComplianceModel", "乡镇（街道）"))
COUNTY_COLUMN_KEYS = (
    *COLUMN_KEYS[: COLUMN_KEYS.index("village")],
    TOWNSHIP_COLUMN[0],
    *COLUMN_KEYS[COLUMN_KEYS.index("village") :],
)
HEADERS = dict((*COLUMNS, TOWNSHIP_COLUMN))
NUMERIC = {"required", "earned", "missing", "days_left"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ComplianceModel", text)


def note_text(s: ce.Standing, unit: str) -> str:
    """The 说明 column: why a state is what it is, in one short phrase."""
    if s.status == ce.STATUS_OVERDUE and s.previous is not None:
        return QCoreApplication.translate("ComplianceModel", "上一登记期还差 {n} {unit}").format(
            n=hours_text(s.previous_missing), unit=unit
        )
    if s.status == ce.STATUS_NOT_REQUIRED:
        return (
            QCoreApplication.translate("ComplianceModel", "没有已登记的证书")
            if s.period is None
            else QCoreApplication.translate("ComplianceModel", "该等级无学时要求")
        )
    if s.window_open and s.status != ce.STATUS_OK:
        return QCoreApplication.translate("ComplianceModel", "已进入再登记期")
    if s.period is not None and s.period.cut:
        return QCoreApplication.translate("ComplianceModel", "已登记更高等级证书")
    return ""


class ComplianceModel(TableModel[WorkerStanding, str]):
    """A list of ``WorkerStanding`` (already in urgency order) shown through the filters."""

    right_aligned = frozenset(NUMERIC)
    tooltip_columns = frozenset(COLUMN_KEYS)

    def __init__(self, parent: Any = None, county: bool = False) -> None:
        super().__init__(COUNTY_COLUMN_KEYS if county else COLUMN_KEYS, parent)
        self.items: list[WorkerStanding] = []
        self.village_names: dict[str, str] = {}
        self.townships: dict[str, str] = {}  # a county's: worker id → township code
        self.township_names: dict[str, str] = {}
        self.unit = ""

    @property
    def shown(self) -> list[WorkerStanding]:
        """The rows that pass the filters, in urgency order."""
        return self.rows

    def set_items(
        self,
        items: list[WorkerStanding],
        village_names: dict[str, str],
        unit: str,
        townships: dict[str, str] | None = None,
        township_names: dict[str, str] | None = None,
    ) -> None:
        self.items = items
        self.village_names = village_names
        self.townships = townships or {}
        self.township_names = township_names or {}
        self.unit = unit
        self.apply(lambda _w: True)

    def apply(self, keep: Callable[[WorkerStanding], bool]) -> None:
        self.set_rows([w for w in self.items if keep(w)])

    def header(self, column: str) -> str:
        text = HEADERS[column]
        if column in ("required", "earned", "missing", "current", "previous") and self.unit:
            return QCoreApplication.translate("ComplianceModel", "{column}（{unit}）").format(
                column=_tr(text), unit=self.unit
            )
        return _tr(text)

    def header_tooltip(self, column: str) -> str:
        return self.header(column)

    def text(self, w: WorkerStanding, key: str) -> str:
        s = w.standing
        if key == "name":
            return w.name
        if key == "id_number":
            return w.id_number
        if key == "township":
            town = self.townships.get(w.worker_id, "")
            return self.township_names.get(town, town)
        if key == "village":
            code = w.village_code or ""
            return self.village_names.get(code, code)
        if key == "level":
            return label(w.level, QCoreApplication.translate("ComplianceModel", "无"))
        if key == "period":
            if s.period is None:
                return ""
            return QCoreApplication.translate("ComplianceModel", "{start} 至 {end}").format(
                start=s.period.start.isoformat(), end=s.period.end.isoformat()
            )
        if key in ("required", "earned", "missing"):
            if s.status == ce.STATUS_NOT_REQUIRED and key != "earned":
                return ""
            return hours_text(getattr(s, key))
        if key == "current":
            if s.status == ce.STATUS_NOT_REQUIRED:
                return ""
            return f"{hours_text(s.earned)}/{hours_text(s.required)}"
        if key == "previous":
            if s.previous_missing <= 0:
                return ""
            return QCoreApplication.translate("ComplianceModel", "差 {n}").format(
                n=hours_text(s.previous_missing)
            )
        if key == "days_left":
            return "" if s.days_left is None else str(s.days_left)
        if key == "status":
            return period_status_label(s)
        return note_text(s, self.unit)

    def row_id(self, w: WorkerStanding) -> str:
        return w.worker_id

    def role_data(self, w: WorkerStanding, key: str, role: int) -> Any:
        if role == STATUS_ROLE:
            return w.standing.status
        # Each column in the colour of what it is about: 本期进度 in this period's own state,
        # 上期欠缺 in 未达标's, the status in the overall state.
        status = self._column_status(w.standing, key)
        if status is None:
            return None
        if role == BACKGROUND_ROLE:
            return status_background(status)
        if role == FOREGROUND_ROLE:
            return status_foreground(status)
        return None

    @staticmethod
    def _column_status(s: ce.Standing, key: str) -> str | None:
        if key == "status":
            return s.status
        if key == "current" and s.status != ce.STATUS_NOT_REQUIRED and s.current_status:
            return s.current_status
        if key == "previous" and s.previous_missing > 0:
            return ce.STATUS_OVERDUE
        return None


class ComplianceView(QWidget):
    """Signals: ``openLedger(worker_id)`` (double-click), ``exportRequested``,
    ``transcriptsRequested(village_code)``, ``recomputeRequested`` (the date changed)."""

    openLedger = Signal(str)
    exportRequested = Signal()
    transcriptsRequested = Signal(str)
    recomputeRequested = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.county = county_views.is_county(store)
        self.model = ComplianceModel(self, self.county)
        self.only: set[str] | None = None  # a named list (the notice's people)
        self._matching: set[str] | None = None  # worker ids matching the search text

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("搜索：姓名、拼音、身份证号"))
        self.search.setClearButtonEnabled(True)
        self.state = QComboBox()
        self.state.addItem(self.tr("全部状态"), None)
        for status in ce.STATUSES:
            self.state.addItem(status_key_label(status), status)
        self.state.addItem(self.tr("需要关注（未达标、有风险）"), "attention")
        self.village = QComboBox()
        self.township = QComboBox()  # a county's: which township's people
        self.township.setToolTip(self.tr("按乡镇（街道）筛选"))
        self.township.addItem(self.tr("全部乡镇（街道）"), None)
        if self.county:
            self._fill_townships(county_views.township_names(store))
        self.at = DateInput()
        self.at.setCalendarPopup(True)
        self.at.setDisplayFormat("yyyy-MM-dd")
        self.at.setDate(QDate.currentDate())
        self.at.setToolTip(self.tr("按这一天计算每人的登记期和学时"))
        self.list_label = QLabel()
        self.list_label.setStyleSheet(WARNING_STYLE)
        self.clear_list_button = QPushButton(self.tr("显示全部人员"))
        self.clear_list_button.setVisible(False)
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.export_button = QPushButton(self.tr("导出 Excel…"))
        self.transcripts_button = QPushButton(self.tr("打印本村学时证明…"))
        self.transcripts_button.setToolTip(self.tr("先在上面选一个村（社区）"))

        self.view = QTableView()
        self.view.setModel(self.model)
        long_list(self.view)
        self.view.horizontalHeader().setStretchLastSection(True)
        self._fit_columns()
        # The status beside the person it is about: on a 1024 px screen the list scrolls
        # sideways from the village on, and the status would be the first thing lost.
        header = self.view.horizontalHeader()
        header.moveSection(
            header.visualIndex(COLUMN_KEYS.index("status")),
            header.visualIndex(COLUMN_KEYS.index("id_number")) + 1,
        )

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.state)
        top.addWidget(self.township)
        self.township.setVisible(self.county)
        top.addWidget(self.village)
        top.addWidget(QLabel(self.tr("统计日期：")))
        top.addWidget(self.at)
        list_row = QHBoxLayout()
        list_row.addWidget(self.list_label, 1)
        list_row.addWidget(self.clear_list_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.counts, 1)
        bottom.addWidget(self.transcripts_button)
        bottom.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(list_row)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        self.set_villages(county_views.village_rows(store))

        self.search.textChanged.connect(self._search_changed)
        self.state.currentIndexChanged.connect(self.refilter)
        self.village.currentIndexChanged.connect(self.refilter)
        self.township.currentIndexChanged.connect(self.refilter)
        self.at.dateChanged.connect(lambda _d: self.recomputeRequested.emit())
        self.clear_list_button.clicked.connect(self.clear_list)
        self.view.doubleClicked.connect(self._double_clicked)
        self.export_button.clicked.connect(self.exportRequested)
        self.transcripts_button.clicked.connect(self._transcripts)
        self._update_list_label()

    def _fit_columns(self) -> None:
        """Widths from the font, the translated headers and the widest labels (not the rows)."""
        period = QCoreApplication.translate("ComplianceModel", "{start} 至 {end}").format(
            start="2024-03-01", end="2027-02-28"
        )
        samples = {
            "name": ["欧阳晓东东"],
            "id_number": ["11010519491231002X"],
            "township": ["某某镇某某镇"],
            "village": ["新民社区社区"],
            "level": [label(v) for v in enums.LEVELS],
            "period": [period],
            "required": ["1000"],
            "earned": ["1000.5"],
            "missing": ["1000.5"],
            "current": ["1000.5/1000"],
            "previous": [
                QCoreApplication.translate("ComplianceModel", "差 {n}").format(n="1000.5")
            ],
            "days_left": ["1095"],
            "status": [
                QCoreApplication.translate("CEStatus", "上期{status}").format(
                    status=status_key_label(s)
                )
                for s in ce.STATUSES
            ],
        }
        fit_columns(
            self.view, self.model.columns, samples
        )  # the note (no samples) takes what is left

    # -- data -----------------------------------------------------------------------------
    def at_date(self) -> date:
        d = self.at.date()
        return date(d.year(), d.month(), d.day())

    def set_villages(self, rows: Iterable[dict[str, Any]]) -> None:
        current = self.village.currentData()
        self.village.blockSignals(True)
        self.village.clear()
        self.village.addItem(self.tr("全部村（社区）"), None)
        for r in rows:
            self.village.addItem(r.get("label") or r["name"], r["code"])
        index = self.village.findData(current)
        self.village.setCurrentIndex(max(index, 0))
        self.village.blockSignals(False)

    def set_items(self, items: list[WorkerStanding], unit: str) -> None:
        if self.county:
            names = county_views.township_names(self.store)
            self._fill_townships(names)
            self.model.set_items(
                items,
                county_views.village_names(self.store),
                unit,
                county_views.worker_townships(self.store),
                names,
            )
        else:
            self.model.set_items(items, county_views.village_names(self.store), unit)
        self._fit_columns()
        self.refilter()

    def _fill_townships(self, names: dict[str, str]) -> None:
        """A county's township filter: every township it knows, the choice kept."""
        current = self.township.currentData()
        self.township.blockSignals(True)
        while self.township.count() > 1:
            self.township.removeItem(1)
        for code, name in names.items():
            self.township.addItem(name, code)
        self.township.setCurrentIndex(max(self.township.findData(current), 0))
        self.township.blockSignals(False)

    # -- filters --------------------------------------------------------------------------
    def show_only(self, worker_ids: Iterable[str], text: str) -> None:
        """Show a named list of people (e.g. those entering re-registration this month)."""
        self.only = set(worker_ids)
        self.list_label.setText(text)
        for w in (self.search, self.state, self.village, self.township):
            w.blockSignals(True)
        self.search.clear()
        self._matching = None
        self.state.setCurrentIndex(0)
        self.village.setCurrentIndex(0)
        self.township.setCurrentIndex(0)
        for w in (self.search, self.state, self.village, self.township):
            w.blockSignals(False)
        self._update_list_label()
        self.refilter()

    def clear_list(self) -> None:
        self.only = None
        self._update_list_label()
        self.refilter()

    def _update_list_label(self) -> None:
        self.list_label.setVisible(self.only is not None)
        self.clear_list_button.setVisible(self.only is not None)

    def _search_changed(self, text: str) -> None:
        text = text.strip()
        if not text:
            self._matching = None
        else:
            rowids = workers.search_rowids(self.store, WorkerFilter(text=text))
            self._matching = workers.ids_of_rowids(self.store, rowids)
        self.refilter()

    def refilter(self) -> None:
        state = self.state.currentData()
        code = self.village.currentData()
        town = self.township.currentData()
        towns = self.model.townships
        only, matching = self.only, self._matching

        def base(w: WorkerStanding) -> bool:
            return (
                (only is None or w.worker_id in only)
                and (matching is None or w.worker_id in matching)
                and (code is None or w.village_code == code)
                and (town is None or towns.get(w.worker_id) == town)
            )

        def keep(w: WorkerStanding) -> bool:
            if not base(w):
                return False
            status = w.standing.status
            if state == "attention":
                return status in (ce.STATUS_OVERDUE, ce.STATUS_AT_RISK)
            return state is None or status == state

        self.model.apply(keep)
        counts = Counter(w.standing.status for w in self.model.items if base(w))
        parts = [
            self.tr("{state} {n} 人").format(state=status_key_label(s), n=counts.get(s, 0))
            for s in ce.STATUSES
        ]
        self.counts.setText(
            self.tr("显示 {shown} 人（共 {total} 人）：{parts}").format(
                shown=self.model.rowCount(),
                total=sum(counts.values()),
                parts=self.tr("，").join(parts),
            )
        )
        self.transcripts_button.setEnabled(code is not None)

    # -- actions --------------------------------------------------------------------------
    def selected_worker(self) -> str | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        return str(self.model.data(rows[0], WORKER_ROLE))

    def _double_clicked(self, index: QModelIndex) -> None:
        wid = self.model.data(index, WORKER_ROLE)
        if wid:
            self.openLedger.emit(wid)

    def _transcripts(self) -> None:
        code = self.village.currentData()
        if code:
            self.transcriptsRequested.emit(code)

    def filter_text(self) -> str:
        """The filters in force, in words (empty when every worker is shown)."""
        parts = []
        if self.only is not None:
            parts.append(self.list_label.text())
        if self.state.currentData() is not None:
            parts.append(self.state.currentText())
        if self.township.currentData() is not None:
            parts.append(self.township.currentText())
        if self.village.currentData() is not None:
            parts.append(self.village.currentText())
        if self.search.text().strip():
            parts.append(self.tr("搜索“{text}”").format(text=self.search.text().strip()))
        return self.tr("，").join(parts)

    def shown_standings(self) -> list[WorkerStanding]:
        """Exactly the rows the view shows, in its order (for the Excel export)."""
        return list(self.model.shown)

    def shown_statuses(self) -> list[str]:
        return [w.standing.status for w in self.model.shown]

    def shown_ids(self) -> list[str]:
        return [w.worker_id for w in self.model.shown]


def standings_job(at: date) -> Callable[[Store, Any], tuple[list[WorkerStanding], ce.CESettings]]:
    """The background job computing the list (for ``run_with_progress``)."""

    def job(store: Store, progress: Any) -> tuple[list[WorkerStanding], ce.CESettings]:
        settings = training.ce_settings(store)

        def report(done: int, total: int) -> None:
            progress.update(done, total)

        return training.standings(store, at, settings, progress=report), settings

    return job
