"""The 指标 page: the workforce indicators as of a date, with charts and the people behind them.

The figures come from ``services.indicator_dashboard`` (the same report the CLI and the
statistics report print), read off the GUI thread: the page paints at once with its controls
and a "正在计算" line, and fills in when the report arrives. Each row says its status in words
(达标, 未达目标, 估算, 未设目标, 无数据) beside a coloured swatch, so nothing rests on colour alone.

On a county file the rows carry their township: a 乡镇 filter narrows the table and the charts
to one township (全县 shows the county's own rows), and a township that has not sent a package
for the configured number of days is flagged, its figures stale.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QModelIndex, QTimer, Signal
from PySide6.QtGui import QColor, QPaintEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from swdesk.core.indicators.results import IndicatorResult, Status, UnitCount
from swdesk.formats.indicator_tables import gap, level_names
from swdesk.store import Store
from swdesk.ui import indicator_labels, styles
from swdesk.ui.changes import SETTINGS, SYNC, VILLAGES, WORKERS
from swdesk.ui.date_input import DateInput
from swdesk.ui.enum_labels import label
from swdesk.ui.rule_text import shown
from swdesk.ui.table_model import TableModel

if TYPE_CHECKING:  # the drill-down dialog is loaded on first use: first paint stays fast
    from swdesk.ui.indicator_people import IndicatorPeopleDialog, Person
    from swdesk.ui.tasks import BackgroundTask, Progress

DECORATION_ROLE = 1  # Qt.ItemDataRole.DecorationRole: the traffic light's swatch
ALL = ""  # the township filter's 全县 entry

# Dashboard is imported lazily (it pulls the engine and the stores in): first paint stays fast.


def light(result: IndicatorResult) -> str:
    """The traffic light's colour (``ui.styles``) for a row."""
    if result.status == Status.ESTIMATED:
        return styles.LIGHT_ESTIMATED
    if result.status in (Status.NO_TARGET, Status.NO_DATA) or result.met is None:
        return styles.LIGHT_NONE
    return styles.LIGHT_MET if result.met else styles.LIGHT_MISSED


class IndicatorModel(TableModel[IndicatorResult, str]):
    right_aligned = frozenset({"target", "value", "gap"})
    tooltip_columns = frozenset({"name"})

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(["name", "kind", "target", "value", "gap", "status"], parent)
        self.township_names: dict[str, str] = {}
        self.stale: frozenset[str] = frozenset()

    def set_county(self, county: bool) -> None:
        columns = (["township"] if county else []) + [
            "name",
            "kind",
            "target",
            "value",
            "gap",
            "status",
        ]
        if columns != self.columns:
            self.beginResetModel()
            self.columns = columns
            self.endResetModel()

    def header_model(self) -> QStandardItemModel:
        """The column titles as an item model, for the view's horizontal header."""
        headers = QStandardItemModel(0, len(self.columns), self)
        for i, column in enumerate(self.columns):
            headers.setHorizontalHeaderItem(i, QStandardItem(self.header(column)))
        return headers

    def header(self, column: str) -> str:
        return {
            "township": self.tr("乡镇"),
            "name": self.tr("指标"),
            "kind": self.tr("类别"),
            "target": self.tr("目标"),
            "value": self.tr("当前值"),
            "gap": self.tr("差距"),
            "status": self.tr("状态"),
        }[column]

    def status_words(self, r: IndicatorResult) -> str:
        verdict = {True: self.tr("达标"), False: self.tr("未达目标"), None: ""}[r.met]
        if r.status == Status.ESTIMATED:
            return (
                self.tr("{verdict}（估算）").format(verdict=verdict) if verdict else self.tr("估算")
            )
        if r.status == Status.NO_TARGET:
            return self.tr("未设目标")
        if r.status == Status.NO_DATA:
            return self.tr("无数据")
        return verdict or "—"

    def text(self, row: IndicatorResult, column: str) -> str:
        if column == "township":
            if row.township is None:
                return self.tr("全县")
            name = self.township_names.get(row.township, row.township)
            return (
                self.tr("{name}（数据过期）").format(name=name)
                if row.township in self.stale
                else name
            )
        if column == "name":
            return indicator_labels.name(row.name)
        if column == "kind":
            return label(row.kind)
        if column == "target":
            return indicator_labels.figure(row.target, row.unit)
        if column == "value":
            return indicator_labels.figure(row.value, row.unit)
        if column == "gap":
            g = gap(row)
            return indicator_labels.figure(g, row.unit) if g is not None else "—"
        return self.status_words(row)

    def tooltip(self, row: IndicatorResult, column: str) -> str | None:
        if column == "name":
            return self.tr("{name}\n依据：{source}").format(
                name=indicator_labels.name(row.name), source=row.source
            )
        if column == "value" and row.numerator is not None:
            if row.denominator is not None:
                return self.tr("{n} / {d}").format(n=row.numerator, d=row.denominator)
            return str(row.numerator)
        if column == "township" and row.township in self.stale:
            return self.tr("该乡镇超过规定天数未同步，数字可能已过时。")
        return None

    def role_data(self, row: IndicatorResult, column: str, role: int) -> Any:
        if role == DECORATION_ROLE and column == "status":
            return QColor(light(row))
        if role == 9 and column == "township" and row.township in self.stale:  # foreground
            return QColor(styles.WARNING)
        return None

    def row_id(self, row: IndicatorResult) -> str:
        return f"{row.township or ''}/{row.key}"


class IndicatorsPage(QWidget):
    """``loaded`` after a report is shown; ``workerRequested(id)`` opens a worker's file."""

    CARES_ABOUT = frozenset({WORKERS, VILLAGES, SYNC, SETTINGS})
    loaded = Signal()
    failed = Signal(str)
    countsChanged = Signal()  # the status bar's line (``ui.page_chrome``)
    workerRequested = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.county = store.role == "county"
        self.dashboard: Any = None  # services.indicator_dashboard.Dashboard once loaded
        self._task: BackgroundTask | None = None
        self._again = False
        self._pending = False  # a report is about to start
        self._painted = False  # the page has painted once
        self._start_at: date | None = None  # the first report, waiting for that paint
        self._closed = False
        self.dialog: IndicatorPeopleDialog | None = None

        self.at = DateInput()
        self.at.setDate(QDate.currentDate())
        self.today_button = QPushButton(self.tr("今天"))
        self.year_end_button = QPushButton(self.tr("去年年底"))
        self.township = QComboBox()
        self.township.addItem(self.tr("全县"), ALL)
        self.township.setVisible(self.county)
        self.export_button = QPushButton(self.tr("导出统计表…"))
        self.status = QLabel(self.tr("正在计算……"))
        self.status.setStyleSheet(styles.NEUTRAL_STYLE)
        self.status.setWordWrap(True)
        self.stale_note = QLabel()
        self.stale_note.setStyleSheet(styles.NOTICE_STYLE)
        self.stale_note.setWordWrap(True)
        self.stale_note.hide()

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("统计截至")))
        top.addWidget(self.at)
        top.addWidget(self.today_button)
        top.addWidget(self.year_end_button)
        if self.county:
            top.addWidget(QLabel(self.tr("乡镇")))
            top.addWidget(self.township)
        top.addStretch(1)
        top.addWidget(self.export_button)

        self.model = IndicatorModel(self)
        self.model.set_county(self.county)
        self.table = QTableView()
        # Until the page has painted, the table shows the column titles from an item model of
        # their own, and the row header goes before any model comes: a header asking the
        # Python model would hand it a ``Qt.Orientation``, building Qt's whole namespace of
        # enums (tens of ms) before the first paint. The model comes right after it, with no
        # rows to show yet (``_attach_model``).
        self.table.verticalHeader().hide()
        self.headers = self.model.header_model()
        self.table.setModel(self.headers)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self._size_columns()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setWordWrap(False)
        self.table.activated.connect(self.show_row_people)
        self.table.doubleClicked.connect(self.show_row_people)

        self.charts = QTabWidget()
        self.units_chart: Any = None  # built with the first report: QtCharts loads then
        self.levels_chart: Any = None
        self.domains_chart: Any = None

        splitter = QSplitter()
        # By name: ``Qt.Orientation`` would build Qt's whole namespace of enums (tens of ms)
        # before the page's first paint; nothing else on the page needs it by then.
        splitter.setProperty("orientation", "Vertical")
        splitter.addWidget(self.table)
        splitter.addWidget(self.charts)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([40, 60])  # scaled to the page's height when first shown
        self.splitter = splitter

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.stale_note)
        layout.addWidget(splitter, 1)

        self.today_button.clicked.connect(lambda: self.at.setDate(QDate.currentDate()))
        self.year_end_button.clicked.connect(
            lambda: self.at.setDate(QDate(date.today().year - 1, 12, 31))
        )
        self.at.dateChanged.connect(lambda _d: self.reload())
        self.township.currentIndexChanged.connect(lambda _i: self.show_report())
        self.export_button.clicked.connect(self.export)
        self.destroyed.connect(self._mark_closed)

    def _mark_closed(self) -> None:
        self._closed = True

    # -- loading -----------------------------------------------------------------------------
    def as_of(self) -> date:
        d = self.at.date()
        return date(d.year(), d.month(), d.day())

    def reload(self) -> None:
        """Compute the report as of the date shown, off the GUI thread (one at a time: a date
        changed meanwhile starts again when the running one returns)."""
        if self._pending or (self._task is not None and not self._task.done):
            self._again = True
            return
        at = self.as_of()
        self.status.setText(self.tr("正在计算 {at} 的指标……").format(at=at.isoformat()))
        self.status.setStyleSheet(styles.NEUTRAL_STYLE)
        self.status.show()

        self._pending = True
        if not self._painted:
            # The first report waits for the page's first paint: a report running meanwhile
            # holds the interpreter, and the page would take a second to show its controls.
            self._start_at = at
            self.update()
            return
        # Started after this event: the page paints with its controls first.
        QTimer.singleShot(0, lambda: self._start(at))

    def _size_columns(self) -> None:
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(
            self.model.columns.index("name"), QHeaderView.ResizeMode.Stretch
        )

    def _attach_model(self) -> None:
        """The table's own model, once the page has painted; the titles stay in ``headers``."""
        if self._closed or self.table.model() is self.model:
            return
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setModel(self.headers)
        self._size_columns()
        # The header's own model never changes, so the header would not measure the columns
        # again when the figures arrive: it is told to whenever the table's model is reset.
        self.model.modelReset.connect(header.resizeSections)
        self.model.layoutChanged.connect(header.resizeSections)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            QTimer.singleShot(0, self._attach_model)
        self._painted = True
        if self._start_at is not None:
            at, self._start_at = self._start_at, None
            QTimer.singleShot(0, lambda: self._start(at))

    def _start(self, at: date) -> None:
        if self._closed:
            return
        from swdesk.ui.tasks import in_background  # after the first paint (it reads Qt's enums)

        def job(store: Store, _p: Progress) -> Any:
            from swdesk.services.indicator_dashboard import dashboard

            return dashboard(store, at)

        self._task = in_background(self.store, job, self._loaded, self._failed)
        self._pending = False

    def _superseded(self) -> bool:
        if self._closed:
            return True
        if self._again:
            self._again = False
            self._task = None
            self.reload()
            return True
        return False

    def _loaded(self, result: Any) -> None:
        if self._superseded():
            return
        self.dashboard = result
        self.status.hide()
        townships = result.townships
        self.model.township_names = dict(townships)
        self.model.stale = frozenset(result.report.stale_townships)
        if self.county:
            chosen = self.township.currentData()
            self.township.blockSignals(True)
            self.township.clear()
            self.township.addItem(self.tr("全县"), ALL)
            for code, name in townships.items():
                self.township.addItem(name, code)
            index = self.township.findData(chosen)
            self.township.setCurrentIndex(max(index, 0))
            self.township.blockSignals(False)
        stale = [townships.get(c, c) for c in result.report.stale_townships]
        self.stale_note.setVisible(bool(stale))
        if stale:
            self.stale_note.setText(
                self.tr("以下乡镇超过 {days} 天未同步，其数字可能已过时：{names}").format(
                    days=self._stale_days(), names="、".join(stale)
                )
            )
        self.show_report()
        self.countsChanged.emit()
        self.loaded.emit()

    def _stale_days(self) -> int:
        from swdesk.services.indicator_dashboard import stale_days

        return stale_days(self.store)

    def _failed(self, error: BaseException) -> None:
        if self._superseded():
            return
        text = self.tr("指标计算失败：{error}").format(error=shown(str(error)))
        self.status.setText(text)
        self.status.setStyleSheet(styles.ERROR_STYLE)
        self.status.show()
        self.failed.emit(text)

    # -- showing -----------------------------------------------------------------------------
    def chosen_township(self) -> str | None:
        """The township the filter narrows to (None: the whole county or a township file)."""
        code = self.township.currentData() if self.county else ALL
        return code or None

    def results(self) -> list[IndicatorResult]:
        if self.dashboard is None:
            return []
        rows = self.dashboard.report.results
        if not self.county:
            return list(rows)
        code = self.chosen_township()
        if code is None:  # 全县: the county's own rows, then each township's
            return sorted(rows, key=lambda r: (r.township is not None, r.township or ""))
        return [r for r in rows if r.township == code]

    def units(self) -> list[UnitCount]:
        if self.dashboard is None:
            return []
        code = self.chosen_township()
        return [u for u in self.dashboard.report.units if code is None or u.township == code]

    def show_report(self) -> None:
        self.model.set_rows(self.results())
        self.countsChanged.emit()
        self._ensure_charts()
        report = self.dashboard.report if self.dashboard is not None else None
        units = self.units()
        names = self.model.township_names
        labels = [
            f"{names.get(u.township, u.township)}·{u.name}" if u.township else u.name for u in units
        ]
        self.units_chart.show_units(units, labels if self.chosen_township() is None else ())
        if report is not None:
            levels = level_names(report)
            self.levels_chart.show_levels(
                report.levels_by_year, levels, [label(lv) for lv in levels]
            )
            self.domains_chart.show_domains(
                [(label(k), v) for k, v in report.domains.items()], list(report.domains)
            )

    def _ensure_charts(self) -> None:
        if self.units_chart is not None:
            return
        from swdesk.ui.indicator_charts import DomainsChart, LevelsChart, UnitsChart

        self.units_chart = UnitsChart()
        self.levels_chart = LevelsChart()
        self.domains_chart = DomainsChart()
        self.units_chart.unitClicked.connect(self.show_unit_people)
        self.domains_chart.domainClicked.connect(self.show_domain_people)
        self.charts.addTab(self.units_chart, self.tr("各村（社区）持证社工"))
        self.charts.addTab(self.levels_chart, self.tr("各等级人数（年末）"))
        self.charts.addTab(self.domains_chart, self.tr("服务领域"))

    def status_count(self) -> str:
        rows = self.results()
        missed = sum(1 for r in rows if r.met is False)
        return self.tr("{n} 项指标，{missed} 项未达标").format(n=len(rows), missed=missed)

    # -- drill-down --------------------------------------------------------------------------
    def _people(self, ids: tuple[str, ...]) -> list[Person]:
        d = self.dashboard
        found = [(i, d.people[i]) for i in ids if i in d.people]
        return sorted(found, key=lambda p: (p[1].township, p[1].village, p[1].name))

    def _open_people(self, title: str, ids: tuple[str, ...]) -> IndicatorPeopleDialog:
        from swdesk.ui.indicator_people import show_people

        self.dialog = show_people(self, title, self._people(ids))
        self.dialog.workerRequested.connect(self.workerRequested)
        return self.dialog

    def show_row_people(self, index: QModelIndex) -> IndicatorPeopleDialog | None:
        row = self.model.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        return self._open_people(indicator_labels.name(row.name), row.people)

    def show_unit_people(self, i: int) -> IndicatorPeopleDialog | None:
        units = self.units_chart.units if self.units_chart is not None else []
        if not 0 <= i < len(units):
            return None
        unit = units[i]
        title = self.tr("{name} 的持证社工").format(name=unit.name)
        return self._open_people(title, unit.people)

    def show_domain_people(self, domain: str) -> IndicatorPeopleDialog | None:
        """The certified workers in post serving ``domain`` (a slice of the pie)."""
        if self.dashboard is None:
            return None
        ids = self.dashboard.report.domain_people.get(domain, ())
        title = self.tr("服务{domain}领域的持证社工").format(domain=label(domain))
        return self._open_people(title, ids)

    # -- the statistics report ---------------------------------------------------------------
    def export(self) -> None:
        if self.dashboard is None:
            return
        at = self.as_of()
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("导出统计表"),
            f"社会工作专业人才统计表_{at.isoformat()}.xlsx",
            self.tr("Excel 工作簿 (*.xlsx);;PDF 文件 (*.pdf)"),
        )
        if path:
            self.write_report(Path(path))

    def write_report(self, path: Path) -> bool:
        from swdesk.services.indicator_report import write_report

        try:
            write_report(self.dashboard, path)
        except Exception as e:  # a disk fault or a font missing: said, nothing written
            self.status.setText(self.tr("导出失败：{error}").format(error=shown(str(e))))
            self.status.setStyleSheet(styles.ERROR_STYLE)
            self.status.show()
            return False
        self.status.setText(self.tr("已导出：{path}").format(path=str(path)))
        self.status.setStyleSheet(styles.SUCCESS_STYLE)
        self.status.show()
        return True
