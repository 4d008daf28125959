"""报名名单 tab: the year's sign-up list; state, admission ticket and site edited in place."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QPushButton, QWidget

from swdesk.core import exam
from swdesk.store import exams
from swdesk.ui.enum_labels import label, labels
from swdesk.ui.exam_history import outcome_text
from swdesk.ui.exam_models import Column, RowsModel
from swdesk.ui.exam_tab import ExamTab, pass_color, rows_table
from swdesk.ui.widgets import confirmed

if TYPE_CHECKING:
    from swdesk.ui.exam_page import ExamPage


class RegistrationsTab(ExamTab):
    """Registers (through ``RegisterDialog``) and withdraws registrations."""

    def __init__(self, page: ExamPage) -> None:
        super().__init__(page)
        s = self.store
        columns = [
            Column(self.tr("姓名"), lambda v: v.name),
            Column(self.tr("身份证号"), lambda v: v.id_number),
            Column(self.tr("村（社区）"), lambda v: self.page.village_name(v.village_code)),
            Column(self.tr("级别"), lambda v: label(v.level)),
            Column(self.tr("报考科目"), lambda v: labels(x.name for x in v.subjects), width=260),
            Column(
                self.tr("状态"),
                lambda v: label(v.state),
                self.edit(lambda v, t: exams.update_registration(s, v.id, {"state": t})),
                choices=exam.STATES,
                edit_text=lambda v: v.state,
            ),
            Column(
                self.tr("准考证号"),
                lambda v: v.ticket_no or "",
                self.edit(lambda v, t: exams.update_registration(s, v.id, {"ticket_no": t})),
            ),
            Column(
                self.tr("考点"),
                lambda v: v.site or "",
                self.edit(lambda v, t: exams.update_registration(s, v.id, {"site": t})),
            ),
            Column(
                self.tr("评审"),
                lambda v: label(v.review_result) if v.level == exam.EXAM_SENIOR else "",
                self.edit(lambda v, t: exams.update_registration(s, v.id, {"review_result": t})),
                choices=("", *exam.REVIEW_RESULTS),
                edit_text=lambda v: v.review_result or "",
            ),
            Column(
                self.tr("评审日期"),
                lambda v: v.review_date or "",
                self.edit(lambda v, t: exams.update_registration(s, v.id, {"review_date": t})),
            ),
            Column(self.tr("结果"), outcome_text, color=lambda v: pass_color(v.outcome.passed)),
            Column(self.tr("证书"), lambda v: label(v.proposal)),
        ]
        self.model = RowsModel(columns, self)
        self.view = rows_table(self.model)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.register_button = QPushButton(self.tr("报名…"))
        self.withdraw_button = QPushButton(self.tr("删除报名"))
        self.register_button.clicked.connect(lambda: self.open_register())
        self.withdraw_button.clicked.connect(self.withdraw)
        self.wire(self.model)
        self.lay_out(
            self.view,
            [self.register_button, self.withdraw_button],
            self.tr("双击“状态”“准考证号”“考点”可以直接修改。"),
        )

    @property
    def title(self) -> str:
        return self.tr("报名名单")

    def year_buttons(self) -> Sequence[QWidget]:
        return (self.register_button, self.withdraw_button)

    def load(self, year: int | None, views: list[exams.RegistrationView]) -> None:
        self.model.set_rows(views)

    def refresh(self, fresh: dict[str, exams.RegistrationView]) -> None:
        self.replace_views(self.model, fresh)

    def open_register(self, preselect: list[str] | None = None) -> None:
        from swdesk.ui.exam_dialogs import RegisterDialog

        year = self.page.current_year()
        if year is None:
            return
        dialog = RegisterDialog(self.store, year, preselect, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.registered.connect(lambda _ids: self.page.load_year())
        dialog.open()
        self.register_dialog = dialog

    def withdraw(self) -> None:
        chosen = self.selected(self.view, self.model)
        if not chosen:
            return
        if not confirmed(
            self,
            self.tr("删除报名"),
            self.tr("确定删除 {names} 的报名吗？成绩和费用记录一并删除。").format(
                names="、".join(v.name for v in chosen)
            ),
        ):
            return

        def withdraw_all() -> None:
            with self.store.atomic():
                for v in chosen:
                    exams.withdraw(self.store, v.id)

        if self.page.try_edit(withdraw_all):
            self.page.load_year()
