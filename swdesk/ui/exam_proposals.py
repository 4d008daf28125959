"""待确认证书 tab: certificates proposed by passes, written to the file only when accepted.

swdesk never writes a certificate on its own: the clerk types the certificate number (kept
here until accepted) and confirms, or declines the proposal.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QAbstractItemView, QPushButton

from swdesk.core import exam
from swdesk.store import exams
from swdesk.ui.enum_labels import label
from swdesk.ui.exam_models import Column, RowsModel
from swdesk.ui.exam_tab import ExamTab, rows_table

if TYPE_CHECKING:
    from swdesk.ui.exam_page import ExamPage


class ProposalsTab(ExamTab):
    """The year's pending proposals."""

    def __init__(self, page: ExamPage) -> None:
        super().__init__(page)
        self._cert_numbers: dict[str, str] = {}
        columns = [
            Column(self.tr("姓名"), lambda v: v.name),
            Column(self.tr("身份证号"), lambda v: v.id_number),
            Column(self.tr("级别"), lambda v: label(v.level)),
            Column(self.tr("新证书"), lambda v: label(self.page.rules.level(v.level).certificate)),
            Column(self.tr("取得日期"), lambda v: exams.proposed_date(self.store, v)),
            Column(
                self.tr("证书编号"),
                lambda v: self._cert_numbers.get(v.id, ""),
                self._set_cert_number,
            ),
        ]
        self.model = RowsModel(columns, self)
        self.view = rows_table(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.accept_button = QPushButton(self.tr("确认，写入档案"))
        self.decline_button = QPushButton(self.tr("不建证"))
        self.accept_button.clicked.connect(self.accept_proposals)
        self.decline_button.clicked.connect(self.decline_proposals)
        self.wire(self.model)
        self.lay_out(
            self.view,
            [self.accept_button, self.decline_button],
            self.tr(
                "考试合格后生成的新证书，确认后才写入档案。证书登记日期请在登记后到档案里补填，"
                "继续教育登记期从登记日期开始计算。"
            ),
        )

    @property
    def title(self) -> str:
        return self.tr("待确认证书")

    def load(self, year: int | None, views: list[exams.RegistrationView]) -> None:
        self.model.set_rows(self._pending(views))

    def refresh(self, fresh: dict[str, exams.RegistrationView]) -> None:
        pending = self._pending(self.page.views)
        if [v.id for v in pending] != [v.id for v in self.model.rows]:
            self.model.set_rows(pending)

    @staticmethod
    def _pending(views: list[exams.RegistrationView]) -> list[exams.RegistrationView]:
        return [v for v in views if v.proposal == exam.PROPOSAL_PENDING]

    def _set_cert_number(self, v: exams.RegistrationView, text: str) -> exams.RegistrationView:
        self._cert_numbers[v.id] = text.strip()
        return v

    def accept_proposals(self) -> None:
        chosen = self.selected(self.view, self.model)
        if not chosen:
            self.page.show_message(self.tr("请先选择要确认的证书。"))
            return

        def accept_all() -> None:
            with self.store.atomic():
                for v in chosen:
                    exams.accept_proposal(
                        self.store, v.id, cert_number=self._cert_numbers.get(v.id) or None
                    )

        if not self.page.try_edit(accept_all):
            return
        self.page.after_edit([v.id for v in chosen])
        self.page.candidates.load_candidates()

    def decline_proposals(self) -> None:
        chosen = self.selected(self.view, self.model)
        if not chosen:
            return
        with self.store.atomic():
            for v in chosen:
                exams.decline_proposal(self.store, v.id)
        self.page.after_edit([v.id for v in chosen])
