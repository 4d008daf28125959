"""符合条件未报名 tab: active workers who look eligible but have not registered this year.

Years of work count to 31 December of the exam year; a person marked 待核实 needs the
education or the start of social work filled in (edited here: the list is judged again).
Registering the selected people is one click, each at the level shown for them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QPushButton, QWidget

from swdesk.core.errors import RuleError
from swdesk.store import exams
from swdesk.ui.enum_labels import label
from swdesk.ui.exam_models import PASS_COLOR, Column, RowsModel
from swdesk.ui.exam_tab import ExamTab, rows_table
from swdesk.ui.rule_text import shown

if TYPE_CHECKING:
    from swdesk.ui.exam_page import ExamPage


class CandidatesTab(ExamTab):
    """The candidates of the page's year (re-read on every load: they depend on the year)."""

    def __init__(self, page: ExamPage) -> None:
        super().__init__(page)
        columns = [
            Column(self.tr("姓名"), lambda c: c.name),
            Column(self.tr("身份证号"), lambda c: c.id_number),
            Column(self.tr("村（社区）"), lambda c: self.page.village_name(c.village_code)),
            Column(self.tr("可报级别"), lambda c: label(c.level)),
            Column(
                self.tr("判断"),
                lambda c: self.tr("符合") if c.eligibility.eligible else self.tr("待核实"),
                color=lambda c: PASS_COLOR if c.eligibility.eligible else None,
            ),
            Column(
                self.tr("从事社会工作起始"),
                lambda c: c.work_start or "",
                self._set_work_start,
            ),
            Column(self.tr("说明"), lambda c: shown(c.eligibility.reason)),
        ]
        self.model = RowsModel(columns, self)
        self.view = rows_table(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.register_button = QPushButton(self.tr("给所选的人报名"))
        self.register_button.clicked.connect(self.register_candidates)
        self.only_eligible = QCheckBox(self.tr("只显示确定符合的"))
        self.only_eligible.toggled.connect(lambda _on: self.load_candidates())
        self.wire(self.model)
        self.lay_out(
            self.view,
            [self.only_eligible, self.register_button],
            self.tr(
                "在岗、按报考条件看起来符合、但本年度还没有报名的社工。工作年限计算到考试当年12月31日；"
                "“待核实”的人请补填学历或从事社会工作起始时间（双击修改）。"
            ),
        )

    @property
    def title(self) -> str:
        return self.tr("符合条件未报名")

    def year_buttons(self) -> Sequence[QWidget]:
        return (self.register_button,)

    def load(self, year: int | None, views: list[exams.RegistrationView]) -> None:
        self.load_candidates()

    def load_candidates(self) -> None:
        year = self.page.current_year()
        self.model.set_rows(
            exams.candidates(self.store, year, include_unknown=not self.only_eligible.isChecked())
            if year is not None
            else []
        )

    def _set_work_start(self, c: exams.Candidate, text: str) -> None:
        """Saved now; the list is rebuilt after the editor has closed (the person may become
        eligible, or drop out of the list)."""
        exams.set_work_start(self.store, c.worker_id, text or None)
        QTimer.singleShot(0, self.load_candidates)

    def register_candidates(self) -> None:
        """One click: each selected worker at the level shown for them."""
        year = self.page.current_year()
        chosen = self.selected(self.view, self.model)
        if year is None or not chosen:
            self.page.show_message(self.tr("请先在列表里选择要报名的人。"))
            return
        by_level: dict[str, list[str]] = {}
        for c in chosen:
            by_level.setdefault(c.level, []).append(c.worker_id)
        from swdesk.ui.widgets import confirmed

        levels = "，".join(
            self.tr("{level} {n} 人").format(level=label(lv), n=len(ids))
            for lv, ids in by_level.items()
        )
        if not confirmed(
            self.page,
            self.tr("给所选的人报名"),
            self.tr("给所选的 {n} 人报名 {year} 年考试（{levels}）吗？").format(
                n=len(chosen), year=year, levels=levels
            ),
        ):
            return

        try:
            with self.store.atomic():
                for level, ids in by_level.items():
                    exams.register_many(self.store, year, ids, level)
        except exams.RegistrationRejected as e:  # who cannot register, and why: all of them
            self.page.show_message("\n".join(shown(p) for p in e.problems))
            return
        except RuleError as e:
            self.page.show_message(e.message)
            return
        self.page.load_year()
        from swdesk.ui.exam_dialogs import window_warning

        late = window_warning(self.store, year)
        if late:
            self.page.show_message(late)
