"""What the five tabs of the 考试报名 page share: their layout, and how an edit reports.

Each tab (``exam_registrations``, ``exam_results``, ``exam_fees``, ``exam_candidates``,
``exam_proposals``) owns its list, its buttons and their actions; the page (``exam_page``)
owns the year, the counts and the message line, and hands every tab the year's registrations.
An edit in any list re-reads only the registrations it touched and lets every tab refresh its
rows of them (``refresh``), so typing a pile of scores never re-reads the year.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from swdesk.store import exams
from swdesk.ui.exam_models import FAIL_COLOR, PASS_COLOR, ChoiceDelegate, RowsModel
from swdesk.ui.flow_layout import FlowLayout

if TYPE_CHECKING:
    from swdesk.ui.exam_page import ExamPage


@dataclass
class ResultLine:
    """One row of the results grid: a registration and one of its subjects."""

    view: exams.RegistrationView
    subject: str

    @property
    def result(self) -> exams.SubjectView:
        found = self.view.subject(self.subject)
        assert found is not None
        return found


def pass_color(passed: bool | None) -> QColor | None:
    return {True: PASS_COLOR, False: FAIL_COLOR, None: None}[passed]


def rows_table(model: RowsModel, view: QTableView | None = None) -> QTableView:
    table = view or QTableView()
    table.setModel(model)
    table.setAlternatingRowColors(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.setItemDelegate(ChoiceDelegate(table))
    for i, col in enumerate(model.columns):
        if col.width is not None:
            table.horizontalHeader().setSectionResizeMode(i, QHeaderView.ResizeMode.Interactive)
            table.setColumnWidth(i, col.width)
    return table


def reg_ids(row: object) -> list[str]:
    """The registrations a row of any tab shows."""
    if isinstance(row, exams.RegistrationView):
        return [row.id]
    if isinstance(row, ResultLine):
        return [row.view.id]
    return []


class ExamTab(QWidget):
    """One tab: a hint, its list, a row of its buttons (and a footer) under it."""

    def __init__(self, page: ExamPage) -> None:
        super().__init__()
        self.page = page
        self.store = page.store

    @property
    def title(self) -> str:
        raise NotImplementedError

    def year_buttons(self) -> Sequence[QWidget]:
        """The buttons that need an exam year (disabled while there is none)."""
        return ()

    def load(self, year: int | None, views: list[exams.RegistrationView]) -> None:
        """Show ``views``, the year's registrations (empty without a year)."""
        raise NotImplementedError

    def refresh(self, fresh: dict[str, exams.RegistrationView]) -> None:
        """Rows showing the registrations in ``fresh`` (re-read after an edit) show them anew."""

    def lay_out(
        self,
        table: QWidget,
        buttons: Sequence[QWidget],
        hint: str | None,
        footer: QWidget | None = None,
    ) -> None:
        layout = QVBoxLayout(self)
        if hint:
            text = QLabel(hint)
            text.setWordWrap(True)
            layout.addWidget(text)
        layout.addWidget(table, 1)
        row = FlowLayout()  # wraps on a narrow screen
        if footer is not None:
            row.addWidget(footer)
        row.addStretch(1)
        for b in buttons:
            row.addWidget(b)
        layout.addLayout(row)

    def wire(self, model: RowsModel) -> None:
        """A refused edit says why under the tabs; a saved one refreshes what it touched."""
        model.rejected.connect(self.page.show_message)
        model.edited.connect(lambda row: self.page.after_edit(reg_ids(model.rows[row])))

    def edit(
        self, fn: Callable[[exams.RegistrationView, str], object]
    ) -> Callable[[Any, str], Any]:
        """An edit that writes through ``fn`` and returns the registration as stored now."""

        def apply(v: exams.RegistrationView, text: str) -> exams.RegistrationView:
            fn(v, text)
            return exams.registration(self.store, v.id)

        return apply

    @staticmethod
    def selected(view: QTableView, model: RowsModel) -> list[Any]:
        rows = sorted({i.row() for i in view.selectionModel().selectedRows()})
        return [model.rows[r] for r in rows]

    @staticmethod
    def replace_views(model: RowsModel, fresh: dict[str, exams.RegistrationView]) -> None:
        for i, v in enumerate(model.rows):
            if v.id in fresh and fresh[v.id] is not v:
                model.replace_row(i, fresh[v.id])
