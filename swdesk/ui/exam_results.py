"""成绩录入 tab: the results grid, one row per registration and subject, typed from the keyboard.

Type a score, press Enter: it is saved and the editor opens one row down; a value out of range
is refused on the spot (the editor stays open, the reason shows under the tabs); q or 缺考
marks the candidate absent, Delete clears the score.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import QHeaderView

from swdesk.core import exam
from swdesk.core.errors import RuleError
from swdesk.store import exams
from swdesk.ui.enum_labels import label
from swdesk.ui.exam_history import outcome_text
from swdesk.ui.exam_models import Column, GridDelegate, ResultsGrid, RowsModel
from swdesk.ui.exam_tab import ExamTab, ResultLine, pass_color
from swdesk.ui.rule_text import shown

if TYPE_CHECKING:
    from swdesk.ui.exam_page import ExamPage

ModelIndex = QModelIndex | QPersistentModelIndex
SCORE_COLUMN = 5


class ResultsTab(ExamTab):
    """Scores are written as they are typed (``exams.set_score`` judges them)."""

    def __init__(self, page: ExamPage) -> None:
        super().__init__(page)
        columns = [
            Column(self.tr("姓名"), lambda r: r.view.name),
            Column(self.tr("身份证号"), lambda r: r.view.id_number),
            Column(self.tr("准考证号"), lambda r: r.view.ticket_no or ""),
            Column(self.tr("科目"), lambda r: label(r.subject)),
            Column(self.tr("合格线"), lambda r: f"{r.result.line:g}", align_right=True),
            Column(
                self.tr("成绩"),
                self._score_text,
                self._set_score,
                color=lambda r: pass_color(r.result.passed),
                align_right=True,
            ),
            Column(
                self.tr("本科目"),
                lambda r: {True: self.tr("合格"), False: self.tr("不合格"), None: ""}[
                    r.result.passed
                ],
                color=lambda r: pass_color(r.result.passed),
            ),
            Column(
                self.tr("本次考试"),
                lambda r: outcome_text(r.view),
                color=lambda r: pass_color(r.view.outcome.passed),
            ),
        ]
        self.model = RowsModel(columns, self)
        self.grid = ResultsGrid()
        self.grid.setModel(self.model)
        self.grid.setAlternatingRowColors(True)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.grid.horizontalHeader().setStretchLastSection(True)
        self.grid.setItemDelegateForColumn(SCORE_COLUMN, GridDelegate(self._check_score, self.grid))
        self.wire(self.model)
        self.lay_out(
            self.grid,
            [],
            self.tr(
                "在“成绩”列直接输入分数，按回车保存并跳到下一行；缺考输入 q 或“缺考”；按 Delete 键清除成绩。"
            ),
        )

    @property
    def title(self) -> str:
        return self.tr("成绩录入")

    def load(self, year: int | None, views: list[exams.RegistrationView]) -> None:
        self.model.set_rows([ResultLine(v, s.name) for v in views for s in v.subjects])

    def refresh(self, fresh: dict[str, exams.RegistrationView]) -> None:
        for i, line in enumerate(self.model.rows):
            if line.view.id in fresh and fresh[line.view.id] is not line.view:
                self.model.replace_row(i, ResultLine(fresh[line.view.id], line.subject))

    def _score_text(self, r: ResultLine) -> str:
        res = r.result
        if res.absent:
            return label(exam.STATE_ABSENT)
        return "" if res.score is None else f"{res.score:g}"

    def _parse(self, r: ResultLine, text: str) -> tuple[str, float | None]:
        """("clear" | "absent" | "score", value) or RuleError."""
        t = text.strip()
        if not t:
            return "clear", None
        if t.lower() == "q" or t in exam.ABSENT_WORDS or t == label(exam.STATE_ABSENT):
            return "absent", None
        return "score", exam.check_score(t, self.page.rules, r.subject)

    def _check_score(self, index: ModelIndex, text: str) -> str | None:
        r = self.model.rows[index.row()]
        try:
            self._parse(r, text)
        except RuleError as e:
            self.page.show_message(e.message)
            return shown(e.message)
        return None

    def _set_score(self, r: ResultLine, text: str) -> ResultLine:
        kind, value = self._parse(r, text)
        if kind == "clear":
            exams.clear_score(self.store, r.view.id, r.subject)
        else:
            exams.set_score(self.store, r.view.id, r.subject, value, absent=kind == "absent")
        return ResultLine(exams.registration(self.store, r.view.id), r.subject)
