"""The 津贴发放 page: a month's payroll run from draft to paid, and the files people receive.

Top: the run's first month and how many months it pays (a quarter is 3), and 计算 (重新计算 once a
draft exists). Middle: the run's lines — or, before there is a run, what to do — with the totals
and the state. Bottom: the steps in their order (公示, 审核, 已发放) and the exports.

Every step goes through ``store.allowances``: a refusal (a locked run recomputed, a step out of
order) is the store's own message, and nothing was written. A county file never shows this page:
the townships compute and pay, the county only sees their runs.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from swdesk.core import allowance as al
from swdesk.core.errors import RuleError
from swdesk.core.money import yuan
from swdesk.services.allowance import write_export, write_notice
from swdesk.store import Store
from swdesk.store import allowances as store_al
from swdesk.ui import counts
from swdesk.ui.allowance_dialogs import AdjustDialog, PaidDialog, PayeeAccountDialog
from swdesk.ui.allowance_model import AllowanceLinesModel, AllowanceRunsModel
from swdesk.ui.changes import ALLOWANCES, VILLAGES, WORKERS
from swdesk.ui.enum_labels import code_label
from swdesk.ui.file_dirs import ask_save, ask_save_xlsx
from swdesk.ui.pdf_preview_save import SavingPdfPreview, open_preview, print_file
from swdesk.ui.reward_notice import PendingRewardsLabel
from swdesk.ui.rule_text import shown
from swdesk.ui.styles import ERROR_STYLE
from swdesk.ui.tasks import Progress, run_job, show_failure
from swdesk.ui.widgets import attempt, button, button_row, long_list, pick_one_row


def open_file(path: Path) -> bool:
    """Open a file the page saved in the system's viewer (a PDF reader for the 签领表)."""
    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))


class AllowancePage(QWidget):
    CARES_ABOUT = frozenset({ALLOWANCES, WORKERS, VILLAGES})

    changed = Signal()  # a step wrote to the data file
    computed = Signal()  # a draft was computed (or its computing was refused)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.run: dict[str, Any] | None = None

        self.month = QDateEdit(QDate.currentDate())
        self.month.setDisplayFormat("yyyy-MM")
        self.month.setCalendarPopup(True)
        self.month.dateChanged.connect(lambda _d: self.reload())
        self.months = QSpinBox()
        self.months.setRange(1, al.MAX_RUN_MONTHS)
        self.months.valueChanged.connect(self._months_suffix)
        self._months_suffix(self.months.value())
        self.months.setToolTip(self.tr("这次一起发放的月数：按月发放为 1，按季度发放为 3"))
        self.compute_button = button(self.tr("计算(&C)"), self.compute)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("第一个月：")))
        top.addWidget(self.month)
        top.addWidget(QLabel(self.tr("发放月数：")))
        top.addWidget(self.months)
        top.addWidget(self.compute_button)
        top.addStretch(1)

        self.runs = AllowanceRunsModel(self)
        self.runs_view = QTableView()
        self.runs_view.setModel(self.runs)
        pick_one_row(self.runs_view)
        self.runs_view.verticalHeader().hide()
        self.runs_view.setToolTip(self.tr("每一张发放表；选中一张，下面显示它的每一行"))
        self.runs_view.selectionModel().currentRowChanged.connect(
            lambda current, _prev: self._pick_run(current.row())
        )
        self.model = AllowanceLinesModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        long_list(self.view)
        pick_one_row(self.view)
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self._update_buttons())
        self.guidance = QLabel()
        self.guidance.setWordWrap(True)
        self.guidance_button = button(self.tr("生成发放表草稿"), self.compute)
        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        empty_layout.addWidget(self.guidance)
        empty_layout.addWidget(self.guidance_button)
        empty_layout.addStretch(1)
        self.middle = QStackedWidget()
        self.middle.addWidget(empty)
        self.middle.addWidget(self.view)
        self.split = QSplitter(Qt.Orientation.Vertical)
        self.split.addWidget(self.runs_view)
        self.split.addWidget(self.middle)
        self.split.setStretchFactor(1, 1)
        self.split.setSizes([130, 400])

        self.state = QLabel()
        self.state.setObjectName("allowance_state")
        self.totals = QLabel()
        self.totals.setObjectName("allowance_totals")
        self.message = QLabel()
        self.message.setObjectName("allowance_message")
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.saved_path: Path | None = None
        self.saved = QLabel()
        self.saved.setObjectName("allowance_saved")
        self.saved.setWordWrap(True)
        self.saved.setVisible(False)  # until a file was saved: no empty line under the table
        self.open_button = button(self.tr("打开(&O)"), self.open_saved)
        self.open_button.setVisible(False)
        self.adjust_button = button(self.tr("补发/扣回(&J)…"), self.adjust)
        self.account_button = button(self.tr("收款账号(&K)…"), self.edit_account)

        self.publish_button = button(
            self.tr("公示(&P)…"),
            self.publish,
            self.tr("输出公示名单 PDF（身份证号隐去中间位，不含账号），张贴公示"),
        )
        self.approve_button = button(
            self.tr("审核通过(&A)…"),
            self.approve,
            self.tr("公示无异议后审核：发放表从此锁定"),
        )
        self.paid_button = button(self.tr("登记已发放(&D)…"), self.mark_paid)
        self.excel_button = button(self.tr("导出发放表 Excel…"), self.export_excel)
        self.sign_button = button(self.tr("导出签领表 PDF…"), self.export_signing)
        self.print_sign_button = button(self.tr("打印签领表…"), self.print_signing)
        self.preview_dialog: SavingPdfPreview | None = None
        self.bank_button = button(
            self.tr("导出银行代发表…"),
            self.export_bank,
            self.tr("银行或社保卡代发用的 Excel 表，含完整身份证号和账号"),
        )
        steps = button_row(
            self.publish_button,
            self.approve_button,
            self.paid_button,
            self.excel_button,
            self.sign_button,
            self.print_sign_button,
            self.bank_button,
        )
        summary = QHBoxLayout()
        summary.addWidget(self.state)
        summary.addWidget(self.totals, 1)
        self.pending_rewards = PendingRewardsLabel(store)
        summary.addWidget(self.pending_rewards)
        summary.addWidget(self.adjust_button)
        summary.addWidget(self.account_button)
        saved_row = QHBoxLayout()
        saved_row.addWidget(self.saved, 1)
        saved_row.addWidget(self.open_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.split, 1)
        layout.addLayout(summary)
        layout.addWidget(self.message)
        layout.addLayout(saved_row)
        layout.addLayout(steps)
        self.reload()

    # -- reading ----------------------------------------------------------------------------
    def first_month(self) -> date:
        d: date = self.month.date().toPython()  # type: ignore[assignment]
        return d.replace(day=1)

    def label(self) -> str:
        return al.month_label(self.first_month())

    def _months_suffix(self, n: int) -> None:
        """ " 个月" after the count, "month" or "months" in English by the count."""
        self.months.setSuffix(self.tr(" 个月", "suffix of a count of months", n))

    def _runs(self) -> None:
        """Every run of the file, newest first, the one shown selected."""
        rows = sorted(store_al.list_runs(self.store), key=lambda r: r["first_month"], reverse=True)
        self.runs.set_rows(rows)
        self.runs_view.resizeColumnsToContents()
        wanted = self.run["id"] if self.run else None
        model = self.runs_view.selectionModel()
        model.blockSignals(True)
        self.runs_view.clearSelection()
        for i, r in enumerate(rows):
            if r["id"] == wanted:
                self.runs_view.selectRow(i)
        model.blockSignals(False)

    def _pick_run(self, row: int) -> None:
        """Show the run picked in the list (its first month becomes the page's month)."""
        run = self.runs.row_at(row)
        if run is None or (self.run is not None and run["id"] == self.run["id"]):
            return
        first = al.parse_month(run["first_month"])
        self.month.setDate(QDate(first.year, first.month, 1))

    def reload(self) -> None:
        """Show the run named by the chosen month (or what to do when there is none)."""
        self.run = store_al.find_run(self.store, self.first_month())
        self._runs()
        if self.run is None:
            self.model.set_rows([])
            self.guidance.setText(
                self.tr(
                    "还没有 {month} 起的发放表。选好第一个月和发放月数（按季度发放选 3 个月），"
                    "点“生成发放表草稿”：按津贴规则、证书、登记、在岗和考评结果算出每人的金额，"
                    "不发的写明原因。草稿可以反复重新计算，公示、审核后锁定。"
                ).format(month=self.label())
            )
            self.middle.setCurrentIndex(0)
            self.state.setText(self.tr("状态：尚未生成"))
            self.totals.clear()
        else:
            self.months.setValue(int(self.run["months"]))
            self.model.set_rows(store_al.run_lines(self.store, self.run["id"]))
            self.view.resizeColumnsToContents()
            self.middle.setCurrentIndex(1)
            self.state.setText(
                self.tr("状态：{state}").format(
                    state=code_label(al.RUN_STATE_LABELS, self.run["state"])
                )
            )
            self.totals.setText(
                self.tr("{period}：{people}，合计 {amount} 元（{lines}）").format(
                    period=self._period(),
                    people=counts.people(int(self.run["people"])),
                    amount=yuan(int(self.run["total_fen"])),
                    lines=counts.lines(self.model.rowCount()),
                )
            )
        self.pending_rewards.refresh()
        self._update_buttons()

    def _period(self) -> str:
        assert self.run is not None
        months = store_al.run_months(self.run)
        if len(months) == 1:
            return al.month_label(months[0])
        return self.tr("{first} 至 {last}").format(
            first=al.month_label(months[0]), last=al.month_label(months[-1])
        )

    def _update_buttons(self) -> None:
        state = self.run["state"] if self.run else None
        self.compute_button.setText(
            self.tr("重新计算(&C)") if state is not None else self.tr("计算(&C)")
        )
        self.months.setEnabled(state in (None, al.RUN_DRAFT))
        locked = self.tr(
            "这张发放表已{state}，已锁定：不能重新计算或修改。"
            "更正请在以后月份的草稿发放表里补发或扣回。"
        ).format(state=code_label(al.RUN_STATE_LABELS, state))
        no_run = self.tr("还没有这个月起的发放表：先计算生成草稿")
        draft_only = self.tr("只有草稿发放表能记入补发或扣回；请选中或生成以后月份的草稿")
        self._enable(
            self.compute_button,
            state in (None, al.RUN_DRAFT),
            self.tr("按津贴规则计算这张发放表的草稿；草稿可以反复重新计算"),
            locked if state in al.LOCKED_STATES else self.tr("已公示的发放表不再重新计算"),
        )
        self._enable(
            self.publish_button,
            state in (al.RUN_DRAFT, al.RUN_PUBLISHED),
            self.tr("输出公示名单 PDF（身份证号隐去中间位，不含账号），张贴公示"),
            no_run if state is None else self.tr("已审核的发放表不用再公示"),
        )
        self._enable(
            self.approve_button,
            state == al.RUN_PUBLISHED,
            self.tr("公示无异议后审核：发放表从此锁定"),
            no_run
            if state is None
            else self.tr("先公示，公示无异议后才能审核")
            if state == al.RUN_DRAFT
            else self.tr("这张发放表已审核"),
        )
        paid_on = self.run["paid_on"] if self.run else None
        self._enable(
            self.paid_button,
            state == al.RUN_APPROVED,
            self.tr("登记实际发放的日期（不早于审核日，不晚于今天）"),
            no_run
            if state is None
            else self.tr("已登记发放：{day}").format(day=paid_on)
            if state == al.RUN_PAID
            else self.tr("审核通过以后才能登记发放"),
        )
        for b, tip in (
            (self.excel_button, self.tr("发放表 Excel：身份证号为文本，合计为公式，可直接打印")),
            (self.sign_button, self.tr("A4 签领表 PDF：每人一行，留签名栏，合计含大写金额")),
            (self.print_sign_button, self.tr("先看到签领表的每一页，再打印或保存为 PDF")),
            (self.bank_button, self.tr("银行或社保卡代发用的 Excel 表，含完整身份证号和账号")),
        ):
            self._enable(b, state is not None, tip, no_run)
        self._enable(
            self.adjust_button,
            state == al.RUN_DRAFT,
            self.tr("给已审核月份补发（正数）或扣回（负数），记入这张草稿发放表"),
            no_run if state is None else draft_only,
        )
        person = self._current_person()
        self._enable(
            self.account_button,
            person is not None,
            self.tr("登记或更换选中这一行的人的收款账号（社保卡或银行卡）"),
            self.tr("先在发放表里选中一个人"),
        )

    @staticmethod
    def _enable(b: Any, on: bool, tip: str, why_not: str) -> None:
        """Enable ``b`` with what it does as its tooltip, or disable it saying why."""
        b.setEnabled(on)
        b.setToolTip(tip if on else why_not)

    def _current_person(self) -> tuple[str, str] | None:
        if self.middle.currentIndex() != 1:
            return None
        row = self.model.row_at(self.view.currentIndex().row())
        return None if row is None else (str(row["worker_id"]), str(row["name"]))

    # -- steps -------------------------------------------------------------------------------
    def _refused(self, error: RuleError) -> None:
        self.message.setText(shown(error.message))

    def _done(self, text: str) -> None:
        self.message.clear()
        self.reload()
        self.changed.emit()
        QMessageBox.information(self, self.tr("津贴发放"), text)

    def compute(self) -> None:
        """Make (or compute again) the draft, off the GUI thread: a township's run reads every
        worker's certificates, registrations and appraisals."""
        month, count = self.first_month(), self.months.value()

        def job(store: Store, _progress: Progress) -> store_al.Computed:
            return store_al.compute_run(store, month, count)

        title = self.tr("计算发放表")
        ok, done = run_job(self, title, self.store, job, refused=self._refused)
        if ok and done is not None:
            self._done(
                self.tr("{month} 起的发放表草稿：{people}，合计 {amount} 元（{lines}）。").format(
                    month=al.month_label(month),
                    people=counts.people(done.people),
                    amount=yuan(done.total),
                    lines=counts.lines(done.lines),
                )
            )
        else:
            self.reload()
        self.computed.emit()

    def publish(self) -> None:
        title = code_label(al.RUN_STATE_LABELS, al.RUN_PUBLISHED)
        run = self.run
        if run is None:
            return
        out = ask_save(
            self,
            self.tr("保存公示名单"),
            self.tr("{month} 津贴公示名单.pdf").format(month=run["first_month"]),
            self.tr("PDF 文件 (*.pdf)"),
            ".pdf",
        )
        if out is None:
            return
        month = self.first_month()

        def write() -> None:
            if run["state"] != al.RUN_PUBLISHED:  # refused before the file is written
                al.check_run_transition(run["state"], al.RUN_PUBLISHED)
            write_notice(self.store, {**run, "state": al.RUN_PUBLISHED}, out)
            store_al.publish(self.store, month)

        if self._write(title, write):
            self._offer_open(out)
            self._done(
                self.tr(
                    "已公示 {month} 的发放表。公示名单（身份证号隐去中间位）保存在：\n{path}\n\n"
                    "可以点页面下方的“打开”查看并打印。"
                ).format(month=run["first_month"], path=out)
            )

    def approve(self) -> None:
        if self.run is None:
            return
        title = self.tr("审核通过")
        answer = QMessageBox.question(
            self,
            title,
            self.tr(
                "审核通过 {period} 的发放表（{people}，合计 {amount} 元）？\n\n"
                "审核后发放表锁定：不能再重新计算或修改。"
                "以后发现的错误，只能在以后月份的发放表里补发或扣回。"
            ).format(
                period=self._period(),
                people=counts.people(int(self.run["people"])),
                amount=yuan(int(self.run["total_fen"])),
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        month = self.first_month()
        ok, _ = attempt(self, title, lambda: store_al.approve(self.store, month), self._refused)
        if ok:
            self._done(self.tr("已审核：{month} 的发放表已锁定。").format(month=self.label()))

    def paid_dialog(self) -> PaidDialog:
        """The dialog asking the paid date (a method so tests can reach the open dialog)."""
        assert self.run is not None
        return PaidDialog(self.store, self.run, self)

    def mark_paid(self) -> None:
        if self.run is None:
            return
        dialog = self.paid_dialog()
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self._done(
            self.tr("已登记发放：{month}，{day}。").format(
                month=self.label(), day=dialog.chosen().isoformat()
            )
        )

    def adjust_dialog(self) -> AdjustDialog:
        assert self.run is not None
        return AdjustDialog(self.store, self.run, self)

    def adjust(self) -> None:
        if self.run is None:
            return
        dialog = self.adjust_dialog()
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        amount = dialog.amount_fen()
        word = self.tr("补发") if amount > 0 else self.tr("扣回")
        self._done(
            self.tr("已记入 {month} 的发放表：{who}{month_for} {word} {amount} 元。").format(
                month=self.label(),
                who=dialog.person_name(),
                month_for=al.month_label(dialog.month()),
                word=word,
                amount=yuan(abs(amount)),
            )
        )

    def account_dialog(self) -> PayeeAccountDialog | None:
        person = self._current_person()
        if person is None:
            return None
        return PayeeAccountDialog(self.store, person[0], person[1], self)

    def edit_account(self) -> None:
        dialog = self.account_dialog()
        if dialog is None or dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.reload()
        self.changed.emit()

    def _offer_open(self, path: Path) -> None:
        """Say where a file was saved, with 打开 beside it."""
        self.saved_path = path
        self.saved.setText(self.tr("已保存：{path}").format(path=path))
        self.saved.setVisible(True)
        self.open_button.setVisible(True)
        self.open_button.setToolTip(self.tr("用系统的 PDF 阅读器打开：{path}").format(path=path))

    def open_saved(self) -> None:
        if self.saved_path is None:
            return
        if not self.saved_path.exists():
            QMessageBox.warning(
                self,
                self.tr("打开"),
                self.tr("找不到 {path}：文件可能已被移动或删除。").format(path=self.saved_path),
            )
            return
        if not open_file(self.saved_path):
            QMessageBox.warning(
                self,
                self.tr("打开"),
                self.tr("没能打开 {path}：这台电脑可能没有装 PDF 阅读器。文件在这个位置。").format(
                    path=self.saved_path
                ),
            )

    def export_excel(self) -> None:
        self._export(self.tr("发放表"), al.SHEET_PAYROLL, ".xlsx")

    def export_bank(self) -> None:
        self._export(self.tr("银行代发表"), al.SHEET_BANK, ".xlsx")

    def export_signing(self) -> None:
        self._export(self.tr("签领表"), al.SHEET_PAYROLL, ".pdf")

    def print_signing(self) -> None:
        """The 签领表's pages in the print preview: printed from there, or saved as a PDF."""
        run = self.run
        if run is None:
            return
        what = self.tr("签领表")
        title = self.tr("打印{what}").format(what=what)
        try:
            out = print_file(f"signing_{run['first_month']}.pdf")
        except (RuleError, OSError) as e:
            show_failure(self, title, e)
            return
        if self._write(title, lambda: write_export(self.store, run, out, al.SHEET_PAYROLL)):
            name = f"{run['first_month']} {what}.pdf"
            self.preview_dialog = open_preview(self, out, Path(name).stem, name)

    def _export(self, what: str, sheet: str, suffix: str) -> None:
        run = self.run
        if run is None:
            return
        title = self.tr("导出{what}").format(what=what)
        name = f"{run['first_month']} {what}{suffix}"
        out = (
            ask_save_xlsx(self, title, name)
            if suffix == ".xlsx"
            else ask_save(self, title, name, self.tr("PDF 文件 (*.pdf)"), ".pdf")
        )
        if out is None:
            return
        if self._write(title, lambda: write_export(self.store, run, out, sheet)):
            if suffix == ".pdf":
                self._offer_open(out)
            QMessageBox.information(
                self, title, self.tr("已导出{what}：\n{path}").format(what=what, path=out)
            )

    def _write(self, title: str, action: Any) -> bool:
        """Run ``action`` (which writes a file): a refusal or a file error is shown."""
        try:
            ok, _ = attempt(self, title, action, self._refused)
        except OSError as e:
            show_failure(self, title, e)
            return False
        return ok
