"""费用报销 tab: each registration's fees, typed in place, marked reimbursed, with totals."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QAbstractItemView, QLabel, QPushButton

from swdesk.core import exam
from swdesk.store import exams
from swdesk.ui.date_input import DateInput
from swdesk.ui.enum_labels import label
from swdesk.ui.exam_models import Column, RowsModel
from swdesk.ui.exam_tab import ExamTab, rows_table

if TYPE_CHECKING:
    from swdesk.ui.exam_page import ExamPage


class FeesTab(ExamTab):
    """One column per fee item of the rules; the totals line under the list."""

    def __init__(self, page: ExamPage) -> None:
        super().__init__(page)
        columns = [
            Column(self.tr("姓名"), lambda v: v.name),
            Column(self.tr("身份证号"), lambda v: v.id_number),
            Column(self.tr("级别"), lambda v: label(v.level)),
        ]
        columns += [self._fee_column(item) for item in page.rules.fee_items]
        columns += [
            Column(
                self.tr("合计"), lambda v: f"{exams.fee_totals([v]).total:.2f}", align_right=True
            ),
            Column(self.tr("报销"), self._reimbursed_text),
        ]
        self.model = RowsModel(columns, self)
        self.view = rows_table(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.reimburse_date = DateInput()
        self.reimburse_date.setDate(QDate.currentDate())
        self.reimburse_date.setCalendarPopup(True)
        self.reimburse_date.setDisplayFormat("yyyy-MM-dd")
        self.reimburse_button = QPushButton(self.tr("标记所选为已报销"))
        self.unreimburse_button = QPushButton(self.tr("取消报销"))
        rule = page.rules.reimbursement
        self.reimburse_button.setToolTip(
            self.tr("报销规则：{who}；报销单位：{payer}（在“考试规则”里设置）").format(
                who=label(exam.REIMBURSE_WHO_LABELS[rule.who]),
                payer=rule.payer or self.tr("未设置"),
            )
        )
        self.reimburse_button.clicked.connect(lambda: self.mark_reimbursed(True))
        self.unreimburse_button.clicked.connect(lambda: self.mark_reimbursed(False))
        self.totals_label = QLabel()
        self.wire(self.model)
        self.lay_out(
            self.view,
            [
                QLabel(self.tr("报销日期：")),
                self.reimburse_date,
                self.reimburse_button,
                self.unreimburse_button,
            ],
            self.tr(
                "双击报名费、书本费、差旅费可以填写或修改金额；选中多行后点“标记所选为已报销”。"
            ),
            self.totals_label,
        )

    @property
    def title(self) -> str:
        return self.tr("费用报销")

    def load(self, year: int | None, views: list[exams.RegistrationView]) -> None:
        self.model.set_rows(views)
        if year is None:
            self.totals_label.setText("")

    def refresh(self, fresh: dict[str, exams.RegistrationView]) -> None:
        self.replace_views(self.model, fresh)

    def show_totals(self, t: exam.FeeTotals) -> None:
        items = "　".join(f"{label(k)} {v:.2f}" for k, v in t.by_item.items())
        self.totals_label.setText(
            self.tr(
                "合计 {total:.2f} 元（{items}）　已报销 {done:.2f} 元　未报销 {todo:.2f} 元"
            ).format(total=t.total, items=items, done=t.reimbursed, todo=t.outstanding)
        )

    def _fee_column(self, item: str) -> Column:
        def text(v: exams.RegistrationView) -> str:
            fee = v.fee(item)
            return f"{fee.amount:.2f}" if fee else ""

        def write(v: exams.RegistrationView, t: str) -> None:
            exams.set_fee(self.store, v.id, item, t or 0)

        return Column(label(item), text, self.edit(write), align_right=True)

    def _reimbursed_text(self, v: exams.RegistrationView) -> str:
        done = [f for f in v.fees if f.reimbursed]
        if not v.fees:
            return ""
        if len(done) == len(v.fees):
            dates = sorted({f.reimbursed_date or "" for f in done})
            return self.tr("已报销（{dates}）").format(dates="、".join(dates))
        return self.tr("未报销") if not done else self.tr("部分报销")

    def mark_reimbursed(self, done: bool) -> None:
        chosen = self.selected(self.view, self.model)
        if not chosen:
            self.page.show_message(self.tr("请先在列表里选择要报销的人。"))
            return
        on = self.reimburse_date.date().toString("yyyy-MM-dd") if done else None
        ids = [f.id for v in chosen for f in v.fees]
        if self.page.try_edit(lambda: exams.set_reimbursed(self.store, ids, on)):
            self.page.after_edit([v.id for v in chosen])
