"""津贴记录 in the worker file: every payroll line of the person, a year's total, the statement.

The clerk is asked "how much did I get, since when, and why not in March?" with the person's
file open; this section answers from the runs themselves (``store.allowance_history``): each
line with its months, what it is (津贴, 奖励, 补发, 扣回), level, rate, amount, the run's state,
and the reason when nothing was paid. The year's total counts approved and paid runs only, as
the printed statement does (``core.allowance_history``); a reward owed and on no run yet is
said too. 打印津贴明细 writes the one-page 年度津贴明细 (``services.allowance_statement``).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from swdesk.core import allowance as al
from swdesk.core import allowance_history as ah
from swdesk.core.money import yuan
from swdesk.store import Store, workers
from swdesk.store import allowance_rewards as rewards
from swdesk.store import allowances as store_al
from swdesk.store.allowance_history import worker_lines
from swdesk.ui import counts
from swdesk.ui.enum_labels import code_label, label
from swdesk.ui.file_dirs import ask_save
from swdesk.ui.table_model import TableModel
from swdesk.ui.tasks import show_failure
from swdesk.ui.widgets import attempt, button, long_list

COLUMNS = ("months", "kind", "level", "rate", "amount", "state", "reason")


def kind_word(line: ah.HistoryLine) -> str:
    """津贴, 奖励, 补发 or 扣回."""
    if line.kind == al.KIND_REWARD:
        return QCoreApplication.translate("AllowanceHistory", "奖励")
    if line.kind == al.KIND_ADJUSTMENT:
        return (
            QCoreApplication.translate("AllowanceHistory", "补发")
            if line.amount >= 0
            else QCoreApplication.translate("AllowanceHistory", "扣回")
        )
    return QCoreApplication.translate("AllowanceHistory", "津贴")


class AllowanceHistoryModel(TableModel[ah.HistoryLine, str]):
    """``rows``: the person's lines (``store.allowance_history.worker_lines``), newest first."""

    right_aligned = frozenset({"rate", "amount"})
    tooltip_columns = frozenset({"reason"})

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(COLUMNS, parent)

    def header(self, column: str) -> str:
        return {
            "months": QCoreApplication.translate("AllowanceHistory", "月份"),
            "kind": QCoreApplication.translate("AllowanceHistory", "类别"),
            "level": QCoreApplication.translate("AllowanceHistory", "等级"),
            "rate": QCoreApplication.translate("AllowanceHistory", "标准（元/月）"),
            "amount": QCoreApplication.translate("AllowanceHistory", "金额（元）"),
            "state": QCoreApplication.translate("AllowanceHistory", "发放表状态"),
            "reason": QCoreApplication.translate("AllowanceHistory", "说明（未发的原因）"),
        }[column]

    def row_id(self, row: ah.HistoryLine) -> str:
        return al.month_label(row.run_first)

    def text(self, row: ah.HistoryLine, column: str) -> str:
        if column == "months":
            if row.kind == al.KIND_ADJUSTMENT and row.for_month is not None:
                return al.month_label(row.for_month)
            first, last = al.month_label(row.first_month), al.month_label(row.last_month)
            months = (
                first
                if first == last
                else QCoreApplication.translate("AllowanceHistory", "{first} 至 {last}").format(
                    first=first, last=last
                )
            )
            if row.days is not None:
                months += QCoreApplication.translate("AllowanceHistory", "（{days}）").format(
                    days=counts.days(row.days)
                )
            return months
        if column == "kind":
            return kind_word(row)
        if column == "level":
            return label(row.level) if row.level else ""
        if column == "rate":
            return yuan(row.rate) if row.kind == al.KIND_ALLOWANCE and row.level else ""
        if column == "amount":
            return yuan(row.amount)
        if column == "state":
            return code_label(al.RUN_STATE_LABELS, row.state)
        # Written when the run was computed, in the language of the sheets.
        if row.kind == al.KIND_ALLOWANCE:
            return row.reason or row.note or ""
        return row.note or ""

    def tooltip(self, row: ah.HistoryLine, column: str) -> str | None:
        run = QCoreApplication.translate("AllowanceHistory", "发放表：{month}").format(
            month=al.month_label(row.run_first)
        )
        text = self.text(row, column) if column in self.tooltip_columns else ""
        return f"{text}\n{run}" if text else run


class AllowanceHistorySection(QWidget):
    """The worker file's 津贴记录: ``load(worker_id)`` after the file is read (None: new)."""

    statement_written = Signal(Path)
    loaded = Signal(int, bool)  # the number of lines shown, whether a reward is owed
    language_changed = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("allowanceHistory")
        self.store = store
        self.worker_id: str | None = None
        self.lines: list[ah.HistoryLine] = []
        self.years: set[int] = set()
        self.owed_rewards: list[rewards.Owed] = []
        self.model = AllowanceHistoryModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        long_list(self.view)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setMaximumHeight(150)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.year = QComboBox()
        self.year.currentIndexChanged.connect(lambda _i: self._show_total())
        self.total = QLabel()
        self.total.setObjectName("allowanceYearTotal")
        self.owed = QLabel()
        self.owed.setObjectName("allowanceOwedReward")
        self.owed.setWordWrap(True)
        self.statement_button = button("", self.print_statement)
        self.year_label = QLabel()
        bottom = QHBoxLayout()
        bottom.addWidget(self.year_label)
        bottom.addWidget(self.year)
        bottom.addWidget(self.total, 1)
        bottom.addWidget(self.statement_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(self.empty)
        layout.addWidget(self.owed)
        layout.addLayout(bottom)
        self._set_texts()

    def _set_texts(self) -> None:
        """The fixed texts, in the interface language (again after a language change)."""
        self.year.setToolTip(QCoreApplication.translate("AllowanceHistory", "合计和打印的年份"))
        self.statement_button.setText(
            QCoreApplication.translate("AllowanceHistory", "打印津贴明细…")
        )
        self.statement_button.setToolTip(
            QCoreApplication.translate(
                "AllowanceHistory",
                "这一年每月的金额或未发原因、奖励和更正、合计（含大写）的 PDF，身份证号隐去中间位",
            )
        )
        self.year_label.setText(QCoreApplication.translate("AllowanceHistory", "年份："))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._set_texts()
            self.model.headerDataChanged.emit(
                Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1
            )
            self._render()
            self.language_changed.emit()
        super().changeEvent(event)

    def load(self, worker_id: str | None) -> None:
        """Read the person's lines, the years of the file's runs and the rewards owed."""
        self.worker_id = worker_id
        self.lines = [] if worker_id is None else worker_lines(self.store, worker_id)
        self.years = set(ah.line_years(self.lines))
        if worker_id is not None:
            for run in store_al.list_runs(self.store):
                self.years.update(m.year for m in store_al.run_months(run))
        self.owed_rewards = [] if worker_id is None else rewards.pending(self.store, worker_id)
        self._render()

    def _render(self) -> None:
        """Show what ``load`` read (again after a language change, without reading)."""
        # Newest run first; in a run, allowances, then rewards, then corrections.
        self.model.set_rows(sorted(self.lines, key=lambda x: x.run_first, reverse=True))
        self.view.resizeColumnsToContents()
        self.view.setVisible(bool(self.lines))
        if self.worker_id is None:
            self.empty.setText(
                QCoreApplication.translate(
                    "AllowanceHistory", "保存档案后，这里列出此人每次发放表里的津贴、奖励和更正。"
                )
            )
        else:
            self.empty.setText(
                QCoreApplication.translate("AllowanceHistory", "此人还没有进入任何发放表。")
            )
        self.empty.setVisible(not self.lines)
        keep = self.year.currentData()
        self.year.blockSignals(True)
        self.year.clear()
        for y in sorted(self.years or {date.today().year}, reverse=True):
            self.year.addItem(
                QCoreApplication.translate("AllowanceHistory", "{year} 年").format(year=y), y
            )
        self.year.setCurrentIndex(max(self.year.findData(keep), 0))
        self.year.blockSignals(False)
        self.statement_button.setEnabled(self.worker_id is not None and bool(self.years))
        self.owed.setText(
            "；".join(
                QCoreApplication.translate(
                    "AllowanceHistory",
                    "待发奖励：{level} {amount} 元（下一次生成发放表草稿时计入）",
                ).format(level=label(o.reward.level), amount=yuan(o.reward.amount))
                for o in self.owed_rewards
            )
        )
        self.owed.setVisible(bool(self.owed_rewards))
        self._show_total()
        self.loaded.emit(len(self.lines), bool(self.owed_rewards))

    def selected_year(self) -> int | None:
        y = self.year.currentData()
        return int(y) if y is not None else None

    def _show_total(self) -> None:
        y = self.selected_year()
        if y is None or self.worker_id is None:
            self.total.clear()
            return
        one_offs = ah.year_one_offs(self.lines, y)
        totals = ah.year_totals(ah.year_months(self.lines, y), one_offs)
        text = QCoreApplication.translate(
            "AllowanceHistory", "{year} 年合计 {amount} 元（已审核、已发放）"
        ).format(year=y, amount=yuan(totals.counted))
        if totals.pending:
            text += QCoreApplication.translate(
                "AllowanceHistory", "；另有未审核 {amount} 元"
            ).format(amount=yuan(totals.pending))
        self.total.setText(text)

    def print_statement(self) -> None:
        from swdesk.services.allowance_statement import write_statement

        y = self.selected_year()
        if self.worker_id is None or y is None:
            return
        worker_id = self.worker_id
        name = workers.get(self.store, worker_id)["name"]
        title = QCoreApplication.translate("AllowanceHistory", "打印津贴明细")
        out = ask_save(
            self,
            title,
            QCoreApplication.translate("AllowanceHistory", "{name} {year} 年津贴明细.pdf").format(
                name=name, year=y
            ),
            QCoreApplication.translate("AllowanceHistory", "PDF 文件 (*.pdf)"),
            ".pdf",
        )
        if out is None:
            return
        try:  # a refusal is shown by ``attempt``; nothing was written
            ok, _ = attempt(self, title, lambda: write_statement(self.store, worker_id, y, out))
        except OSError as e:
            show_failure(self, title, e)
            return
        if ok:
            QMessageBox.information(
                self,
                title,
                QCoreApplication.translate(
                    "AllowanceHistory", "已保存 {name} 的 {year} 年津贴明细：\n{path}"
                ).format(name=name, year=y, path=out),
            )
            self.statement_written.emit(out)


def attach(store: Store, layout: QVBoxLayout, beside: QGroupBox) -> AllowanceHistorySection:
    """Put the section in a tab beside ``beside`` (the certificates), where ``beside`` was in
    the dialog's ``layout``: the file stays as tall as it was on a 768-pixel screen."""
    tabs = QTabWidget()
    tabs.setObjectName("certTabs")
    # Out of the Tab chain (the form's order runs 备注 → certificates → 保存); the tab is
    # reached with its mnemonic, or Ctrl+Tab from inside the certificates.
    tabs.tabBar().setFocusPolicy(Qt.FocusPolicy.NoFocus)
    layout.replaceWidget(beside, tabs)
    tabs.addTab(beside, "")
    section = AllowanceHistorySection(store, tabs)
    tabs.addTab(section, "")

    def certificates_title() -> None:
        """The group's title becomes the tab's (the form sets it again on a language change)."""
        if beside.title():
            tabs.setTabText(tabs.indexOf(beside), beside.title())
            beside.setTitle("")

    def title(count: int, owed: bool) -> None:
        text = QCoreApplication.translate("AllowanceHistory", "津贴记录(&J)")
        if count:
            text += QCoreApplication.translate("AllowanceHistory", "（{n}）").format(n=count)
        if owed:
            text += QCoreApplication.translate("AllowanceHistory", " · 待发奖励")
        tabs.setTabText(tabs.indexOf(section), text)

    certificates_title()
    title(0, False)
    section.loaded.connect(title)
    # After every widget has had the language change, the form's retranslation included; with
    # ``tabs`` as the context, a file closed in between drops the call.
    section.language_changed.connect(lambda: QTimer.singleShot(0, tabs, certificates_title))
    return section
