"""The 考试报名 page: one exam year at a time, with its counts and five tabs.

Tabs, each its own class owning its list and actions: sign-up list (state, admission ticket and
site edited in place; ``exam_registrations``), results grid (type a score, Enter moves down;
``exam_results``), fees and reimbursement with totals (``exam_fees``), eligible workers not yet
registered (register with one click; ``exam_candidates``), and certificates proposed by passes
(the clerk accepts each: swdesk never writes a certificate on its own; ``exam_proposals``).
Every write goes through ``swdesk.store.exams``; a refused edit shows its reason (in the
interface language) under the tabs and keeps the old value.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from swdesk.core import exam
from swdesk.core.errors import RuleError
from swdesk.store import Store, exams, villages
from swdesk.ui.changes import EXAMS, VILLAGES, WORKERS
from swdesk.ui.exam_candidates import CandidatesTab
from swdesk.ui.exam_fees import FeesTab
from swdesk.ui.exam_proposals import ProposalsTab
from swdesk.ui.exam_registrations import RegistrationsTab
from swdesk.ui.exam_results import ResultsTab
from swdesk.ui.exam_tab import ExamTab
from swdesk.ui.file_dirs import ask_open, ask_save_xlsx
from swdesk.ui.flow_layout import FlowLayout
from swdesk.ui.rule_text import shown
from swdesk.ui.styles import ERROR_STYLE
from swdesk.ui.tasks import run_job
from swdesk.ui.widgets import error_label


class ExamPage(QWidget):
    """The year, its counts, the message line and the tabs; file import and export."""

    CARES_ABOUT = frozenset({EXAMS, WORKERS, VILLAGES})

    countsChanged = Signal()  # the year's registrations were counted (see ``ui.page_chrome``)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.rules = exams.rules(store)
        self.views: list[exams.RegistrationView] = []
        self._village_names: dict[str, str] = {}

        self.year_combo = QComboBox()
        self.year_combo.setMinimumWidth(110)
        self.new_year_button = QPushButton(self.tr("新建年度…"))
        self.year_settings_button = QPushButton(self.tr("年度设置…"))
        self.rules_button = QPushButton(self.tr("考试规则…"))
        self.import_button = QPushButton(self.tr("导入成绩…"))
        self.export_button = QPushButton(self.tr("导出报名名单…"))
        self.export_fees_button = QPushButton(self.tr("导出报销表…"))
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.message = error_label(ERROR_STYLE)
        self.registrations = RegistrationsTab(self)
        self.results = ResultsTab(self)
        self.fees = FeesTab(self)
        self.candidates = CandidatesTab(self)
        self.proposals = ProposalsTab(self)
        self.tabs = QTabWidget()
        for tab in self.all_tabs():
            self.tabs.addTab(tab, tab.title)

        top = FlowLayout()  # wraps on a narrow screen
        top.addWidget(QLabel(self.tr("考试年度：")))
        top.addWidget(self.year_combo)
        top.addWidget(self.new_year_button)
        top.addWidget(self.year_settings_button)
        top.addWidget(self.rules_button)
        top.addStretch(1)
        for b in (self.import_button, self.export_button, self.export_fees_button):
            top.addWidget(b)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.counts)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)

        self.year_combo.currentIndexChanged.connect(lambda _i: self.load_year())
        self.new_year_button.clicked.connect(self.new_year)
        self.year_settings_button.clicked.connect(self.edit_year)
        self.rules_button.clicked.connect(self.edit_rules)
        self.import_button.clicked.connect(self.import_results)
        self.export_button.clicked.connect(self.export_registrations)
        self.export_fees_button.clicked.connect(self.export_reimbursement)
        self.reload()

    def all_tabs(self) -> tuple[ExamTab, ...]:
        return (self.registrations, self.results, self.fees, self.candidates, self.proposals)

    # -- data ------------------------------------------------------------------------------
    def current_year(self) -> int | None:
        data = self.year_combo.currentData()
        return int(data) if data is not None else None

    def village_name(self, code: str | None) -> str:
        return self._village_names.get(code or "", "")

    def reload(self) -> None:
        """Fresh years and lists (called on every visit of the page)."""
        self.rules = exams.rules(self.store)
        self._village_names = villages.names_by_code(self.store)
        keep = self.current_year()
        years = [int(y["year"]) for y in exams.list_years(self.store)]
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for y in years:
            self.year_combo.addItem(self.tr("{year} 年").format(year=y), y)
        if keep in years:
            self.year_combo.setCurrentIndex(years.index(keep))
        self.year_combo.blockSignals(False)
        self.load_year()

    def load_year(self) -> None:
        year = self.current_year()
        has_year = year is not None
        buttons: list[QWidget] = [self.year_settings_button, self.import_button]
        buttons += [self.export_button, self.export_fees_button]
        for tab in self.all_tabs():
            buttons.extend(tab.year_buttons())
        for w in buttons:
            w.setEnabled(has_year)
        self.message.setVisible(False)
        self.views = exams.registrations(self.store, year) if year is not None else []
        for tab in self.all_tabs():
            tab.load(year, self.views)
        if year is None:
            self.counts.setText(self.tr("还没有考试年度。请先点“新建年度…”。"))
            return
        self._update_counts()

    def after_edit(self, reg_ids: list[str] | None = None) -> None:
        """Refresh what an edit may have changed. Only the registrations named are read again
        (a county year holds thousands: re-reading all of them on every Enter of the results
        grid would lag); None re-reads the year."""
        self.message.setVisible(False)
        year = self.current_year()
        if year is None:
            return
        if reg_ids is not None and not reg_ids:
            self._update_counts()
            return
        fresh = {v.id: v for v in exams.registrations(self.store, year, ids=reg_ids)}
        self.views = [fresh.get(v.id, v) for v in self.views]
        for tab in self.all_tabs():
            tab.refresh(fresh)
        self._update_counts()

    def status_count(self) -> str:
        """The status bar's count while this page is on screen: the year's registrations."""
        year = self.current_year()
        if year is None:
            return ""
        return self.tr("{year} 年报名 {n} 人").format(year=year, n=len(self.views))

    def _update_counts(self) -> None:
        self.countsChanged.emit()
        year = self.current_year()
        if year is None:
            return
        c = exams.counts(self.store, year, self.views)
        y = exams.get_year(self.store, year)
        dates = "、".join(y["exam_dates"]) or self.tr("未定")
        if y["reg_start"] or y["reg_end"]:
            where = exams.window_position(self.store, year)
            state = {
                exam.WINDOW_BEFORE: self.tr("，未开始"),
                exam.WINDOW_AFTER: self.tr("，已截止"),
            }.get(where or "", "")
            dates += self.tr("（报名 {start} 至 {end}{state}）").format(
                start=y["reg_start"] or "…", end=y["reg_end"] or "…", state=state
            )
        self.counts.setText(
            self.tr(
                "考试日期：{dates}　报名 {registered} 人　已缴费 {paid}　参考 {sat}　缺考 {absent}　"
                "合格 {passed}　不合格 {failed}　待定 {pending}　待确认证书 {proposals}　"
                "符合条件未报名 {candidates}"
            ).format(
                dates=dates,
                registered=c.registered,
                paid=c.paid,
                sat=c.sat,
                absent=c.absent,
                passed=c.passed,
                failed=c.failed,
                pending=c.pending,
                proposals=c.proposals,
                candidates=self.candidates.model.rowCount(),
            )
        )
        self.fees.show_totals(c.fees)

    def show_message(self, text: str) -> None:
        """``text`` under the tabs; a rule's message in the interface language."""
        self.message.setText(shown(text))
        self.message.setVisible(True)

    def try_edit(self, action: Callable[[], object]) -> bool:
        """Run a store action of a tab; a refusal shows under the tabs (nothing was saved)."""
        try:
            action()
        except RuleError as e:
            self.show_message(e.message)
            return False
        return True

    def select_year(self, year: int) -> None:
        self.reload()
        i = self.year_combo.findData(year)
        if i >= 0:
            self.year_combo.setCurrentIndex(i)

    # -- year actions ----------------------------------------------------------------------
    def new_year(self) -> None:
        from swdesk.ui.exam_dialogs import YearDialog

        dialog = YearDialog(self.store, None, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self.select_year)
        dialog.open()

    def edit_year(self) -> None:
        from swdesk.ui.exam_dialogs import YearDialog

        year = self.current_year()
        if year is None:
            return
        dialog = YearDialog(self.store, year, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self.select_year)
        dialog.open()

    def edit_rules(self) -> None:
        from swdesk.ui.exam_dialogs import RulesDialog

        dialog = RulesDialog(self.store, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self.reload)
        dialog.open()
        self.rules_dialog = dialog

    # -- files -----------------------------------------------------------------------------
    def _export(self, title: str, name: str, fn: Callable[[Store, int, Path], int]) -> None:
        year = self.current_year()
        if year is None:
            return
        out = ask_save_xlsx(self, title, name.format(year=year))
        if out is None:
            return
        ok, n = run_job(self, title, self.store, lambda store, _p: fn(store, year, out))
        if ok:
            QMessageBox.information(
                self, title, self.tr("已导出 {n} 人到：\n{path}").format(n=n, path=out)
            )

    def export_registrations(self) -> None:
        from swdesk.formats import exam_excel

        self._export(
            self.tr("导出报名名单"),
            self.tr("{year}年考试报名名单.xlsx"),
            exam_excel.export_registrations,
        )

    def export_reimbursement(self) -> None:
        from swdesk.formats import exam_excel

        self._export(
            self.tr("导出报销表"),
            self.tr("{year}年考试费用报销表.xlsx"),
            exam_excel.export_reimbursement,
        )

    def import_results(self) -> None:

        from swdesk.services import exam_import

        year = self.current_year()
        if year is None:
            return
        title = self.tr("导入成绩")
        path = ask_open(self, title, self.tr("Excel 工作簿 (*.xlsx *.xlsm)"))
        if path is None:
            return
        ok, n = run_job(
            self,
            title,
            self.store,
            lambda store, _p: exam_import.import_results(store, year, Path(path)),
        )
        if ok:
            self.load_year()
            QMessageBox.information(self, title, self.tr("已导入 {n} 条成绩。").format(n=n))
