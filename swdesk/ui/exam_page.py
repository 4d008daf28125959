"""The 考试报名 page: one exam year at a time, with its counts and five lists.

Tabs: sign-up list (state, admission ticket and site edited in place), results grid (type a
score, Enter moves down), fees and reimbursement with totals, eligible workers not yet
registered (register with one click), and certificates proposed by passes (the clerk accepts
each: swdesk never writes a certificate on its own). Every write goes through
``swdesk.store.exams``; a refused edit shows its reason (in the interface language) under the
tabs and keeps the old value.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import (
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from swdesk.core import exam
from swdesk.core.errors import RuleError
from swdesk.store import Store, exams, villages
from swdesk.ui.enum_labels import label, labels
from swdesk.ui.exam_history import outcome_text
from swdesk.ui.exam_models import (
    FAIL_COLOR,
    PASS_COLOR,
    ChoiceDelegate,
    Column,
    GridDelegate,
    ResultsGrid,
    RowsModel,
)
from swdesk.ui.file_dirs import start_dir
from swdesk.ui.rule_text import shown
from swdesk.ui.tasks import Progress, TaskFailed, run_with_progress, show_failure
from swdesk.ui.widgets import error_label

T = TypeVar("T")
ERROR_STYLE = "color: #b00020;"
ModelIndex = QModelIndex | QPersistentModelIndex


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


def _color(passed: bool | None) -> QColor | None:
    return {True: PASS_COLOR, False: FAIL_COLOR, None: None}[passed]


def _table(model: RowsModel, view: QTableView | None = None) -> QTableView:
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


class ExamPage(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.rules = exams.rules(store)
        self.views: list[exams.RegistrationView] = []
        self._cert_numbers: dict[str, str] = {}
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
        self.tabs = QTabWidget()
        self._build_registrations_tab()
        self._build_results_tab()
        self._build_fees_tab()
        self._build_candidates_tab()
        self._build_proposals_tab()

        top = QHBoxLayout()
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

    # -- tabs ------------------------------------------------------------------------------
    def _edit(
        self, fn: Callable[[exams.RegistrationView, str], object]
    ) -> Callable[[Any, str], Any]:
        """An edit that writes through ``fn`` and returns the registration as stored now."""

        def apply(v: exams.RegistrationView, text: str) -> exams.RegistrationView:
            fn(v, text)
            return exams.registration(self.store, v.id)

        return apply

    def _build_registrations_tab(self) -> None:
        s = self.store
        columns = [
            Column(self.tr("姓名"), lambda v: v.name),
            Column(self.tr("身份证号"), lambda v: v.id_number),
            Column(
                self.tr("村（社区）"), lambda v: self._village_names.get(v.village_code or "", "")
            ),
            Column(self.tr("级别"), lambda v: label(v.level)),
            Column(self.tr("报考科目"), lambda v: labels(x.name for x in v.subjects), width=260),
            Column(
                self.tr("状态"),
                lambda v: label(v.state),
                self._edit(lambda v, t: exams.update_registration(s, v.id, {"state": t})),
                choices=exam.STATES,
                edit_text=lambda v: v.state,
            ),
            Column(
                self.tr("准考证号"),
                lambda v: v.ticket_no or "",
                self._edit(lambda v, t: exams.update_registration(s, v.id, {"ticket_no": t})),
            ),
            Column(
                self.tr("考点"),
                lambda v: v.site or "",
                self._edit(lambda v, t: exams.update_registration(s, v.id, {"site": t})),
            ),
            Column(
                self.tr("评审"),
                lambda v: label(v.review_result) if v.level == exam.EXAM_SENIOR else "",
                self._edit(lambda v, t: exams.update_registration(s, v.id, {"review_result": t})),
                choices=("", *exam.REVIEW_RESULTS),
                edit_text=lambda v: v.review_result or "",
            ),
            Column(
                self.tr("评审日期"),
                lambda v: v.review_date or "",
                self._edit(lambda v, t: exams.update_registration(s, v.id, {"review_date": t})),
            ),
            Column(self.tr("结果"), self._outcome_text, color=lambda v: _color(v.outcome.passed)),
            Column(self.tr("证书"), lambda v: label(v.proposal)),
        ]
        self.reg_model = RowsModel(columns, self)
        self.reg_view = _table(self.reg_model)
        self.reg_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.register_button = QPushButton(self.tr("报名…"))
        self.withdraw_button = QPushButton(self.tr("删除报名"))
        self.register_button.clicked.connect(lambda: self.open_register())
        self.withdraw_button.clicked.connect(self.withdraw)
        self._wire(self.reg_model)
        self._add_tab(
            self.tr("报名名单"),
            self.reg_view,
            [self.register_button, self.withdraw_button],
            self.tr("双击“状态”“准考证号”“考点”可以直接修改。"),
        )

    def _outcome_text(self, v: exams.RegistrationView) -> str:
        """The outcome in the interface language (worded as in the worker file)."""
        return outcome_text(v)

    def _build_results_tab(self) -> None:
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
                color=lambda r: _color(r.result.passed),
                align_right=True,
            ),
            Column(
                self.tr("本科目"),
                lambda r: {True: self.tr("合格"), False: self.tr("不合格"), None: ""}[
                    r.result.passed
                ],
                color=lambda r: _color(r.result.passed),
            ),
            Column(
                self.tr("本次考试"),
                lambda r: self._outcome_text(r.view),
                color=lambda r: _color(r.view.outcome.passed),
            ),
        ]
        self.grid_model = RowsModel(columns, self)
        self.grid = ResultsGrid()
        self.grid.setModel(self.grid_model)
        self.grid.setAlternatingRowColors(True)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.grid.horizontalHeader().setStretchLastSection(True)
        self.grid.setItemDelegateForColumn(5, GridDelegate(self._check_score, self.grid))
        self._wire(self.grid_model)
        self._add_tab(
            self.tr("成绩录入"),
            self.grid,
            [],
            self.tr(
                "在“成绩”列直接输入分数，按回车保存并跳到下一行；缺考输入 q 或“缺考”；按 Delete 键清除成绩。"
            ),
        )

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
        return "score", exam.check_score(t, self.rules, r.subject)

    def _check_score(self, index: ModelIndex, text: str) -> str | None:
        r = self.grid_model.rows[index.row()]
        try:
            self._parse(r, text)
        except RuleError as e:
            self._show_message(e.message)
            return shown(e.message)
        return None

    def _set_score(self, r: ResultLine, text: str) -> ResultLine:
        kind, value = self._parse(r, text)
        if kind == "clear":
            exams.clear_score(self.store, r.view.id, r.subject)
        else:
            exams.set_score(self.store, r.view.id, r.subject, value, absent=kind == "absent")
        return ResultLine(exams.registration(self.store, r.view.id), r.subject)

    def _build_fees_tab(self) -> None:
        columns = [
            Column(self.tr("姓名"), lambda v: v.name),
            Column(self.tr("身份证号"), lambda v: v.id_number),
            Column(self.tr("级别"), lambda v: label(v.level)),
        ]
        columns += [self._fee_column(item) for item in self.rules.fee_items]
        columns += [
            Column(
                self.tr("合计"), lambda v: f"{exams.fee_totals([v]).total:.2f}", align_right=True
            ),
            Column(self.tr("报销"), self._reimbursed_text),
        ]
        self.fee_model = RowsModel(columns, self)
        self.fee_view = _table(self.fee_model)
        self.fee_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.reimburse_date = QDateEdit(QDate.currentDate())
        self.reimburse_date.setCalendarPopup(True)
        self.reimburse_date.setDisplayFormat("yyyy-MM-dd")
        self.reimburse_button = QPushButton(self.tr("标记所选为已报销"))
        self.unreimburse_button = QPushButton(self.tr("取消报销"))
        self.reimburse_button.clicked.connect(lambda: self.mark_reimbursed(True))
        self.unreimburse_button.clicked.connect(lambda: self.mark_reimbursed(False))
        self.fee_totals_label = QLabel()
        self._wire(self.fee_model)
        self._add_tab(
            self.tr("费用报销"),
            self.fee_view,
            [
                QLabel(self.tr("报销日期：")),
                self.reimburse_date,
                self.reimburse_button,
                self.unreimburse_button,
            ],
            self.tr(
                "双击报名费、书本费、差旅费可以填写或修改金额；选中多行后点“标记所选为已报销”。"
            ),
            self.fee_totals_label,
        )

    def _fee_column(self, item: str) -> Column:
        def text(v: exams.RegistrationView) -> str:
            fee = v.fee(item)
            return f"{fee.amount:.2f}" if fee else ""

        def write(v: exams.RegistrationView, t: str) -> None:
            exams.set_fee(self.store, v.id, item, t or 0)

        return Column(label(item), text, self._edit(write), align_right=True)

    def _reimbursed_text(self, v: exams.RegistrationView) -> str:
        done = [f for f in v.fees if f.reimbursed]
        if not v.fees:
            return ""
        if len(done) == len(v.fees):
            dates = sorted({f.reimbursed_date or "" for f in done})
            return self.tr("已报销（{dates}）").format(dates="、".join(dates))
        return self.tr("未报销") if not done else self.tr("部分报销")

    def _build_candidates_tab(self) -> None:
        columns = [
            Column(self.tr("姓名"), lambda c: c.name),
            Column(self.tr("身份证号"), lambda c: c.id_number),
            Column(
                self.tr("村（社区）"), lambda c: self._village_names.get(c.village_code or "", "")
            ),
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
        self.cand_model = RowsModel(columns, self)
        self.cand_view = _table(self.cand_model)
        self.cand_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.cand_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.cand_register_button = QPushButton(self.tr("给所选的人报名"))
        self.cand_register_button.clicked.connect(self.register_candidates)
        self.cand_only_eligible = QCheckBox(self.tr("只显示确定符合的"))
        self.cand_only_eligible.toggled.connect(lambda _on: self.load_candidates())
        self._wire(self.cand_model)
        self._add_tab(
            self.tr("符合条件未报名"),
            self.cand_view,
            [self.cand_only_eligible, self.cand_register_button],
            self.tr(
                "在岗、按报考条件看起来符合、但本年度还没有报名的社工。工作年限计算到考试当年12月31日；"
                "“待核实”的人请补填学历或从事社会工作起始时间（双击修改）。"
            ),
        )

    def _set_work_start(self, c: exams.Candidate, text: str) -> None:
        """Saved now; the list is rebuilt after the editor has closed (the person may become
        eligible, or drop out of the list)."""
        exams.set_work_start(self.store, c.worker_id, text or None)
        QTimer.singleShot(0, self.load_candidates)

    def _build_proposals_tab(self) -> None:
        columns = [
            Column(self.tr("姓名"), lambda v: v.name),
            Column(self.tr("身份证号"), lambda v: v.id_number),
            Column(self.tr("级别"), lambda v: label(v.level)),
            Column(self.tr("新证书"), lambda v: label(self.rules.level(v.level).certificate)),
            Column(self.tr("取得日期"), lambda v: exams.proposed_date(self.store, v)),
            Column(
                self.tr("证书编号"),
                lambda v: self._cert_numbers.get(v.id, ""),
                self._set_cert_number,
            ),
        ]
        self.prop_model = RowsModel(columns, self)
        self.prop_view = _table(self.prop_model)
        self.prop_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.accept_button = QPushButton(self.tr("确认，写入档案"))
        self.decline_button = QPushButton(self.tr("不建证"))
        self.accept_button.clicked.connect(self.accept_proposals)
        self.decline_button.clicked.connect(self.decline_proposals)
        self._wire(self.prop_model)
        self._add_tab(
            self.tr("待确认证书"),
            self.prop_view,
            [self.accept_button, self.decline_button],
            self.tr(
                "考试合格后生成的新证书，确认后才写入档案。证书登记日期请在登记后到档案里补填，"
                "继续教育登记期从登记日期开始计算。"
            ),
        )

    def _set_cert_number(self, v: exams.RegistrationView, text: str) -> exams.RegistrationView:
        self._cert_numbers[v.id] = text.strip()
        return v

    def _add_tab(
        self,
        title: str,
        table: QWidget,
        buttons: list[QWidget],
        hint: str | None,
        footer: QWidget | None = None,
    ) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        if hint:
            text = QLabel(hint)
            text.setWordWrap(True)
            layout.addWidget(text)
        layout.addWidget(table, 1)
        row = QHBoxLayout()
        if footer is not None:
            row.addWidget(footer)
        row.addStretch(1)
        for b in buttons:
            row.addWidget(b)
        layout.addLayout(row)
        self.tabs.addTab(page, title)

    def _wire(self, model: RowsModel) -> None:
        model.rejected.connect(self._show_message)
        model.edited.connect(lambda row: self._after_edit(self._reg_ids(model.rows[row])))

    # -- data ------------------------------------------------------------------------------
    def current_year(self) -> int | None:
        data = self.year_combo.currentData()
        return int(data) if data is not None else None

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
        for w in (
            self.year_settings_button,
            self.import_button,
            self.export_button,
            self.export_fees_button,
            self.register_button,
            self.withdraw_button,
            self.cand_register_button,
        ):
            w.setEnabled(has_year)
        self.message.setVisible(False)
        if year is None:
            self.views = []
            for m in (
                self.reg_model,
                self.grid_model,
                self.fee_model,
                self.cand_model,
                self.prop_model,
            ):
                m.set_rows([])
            self.counts.setText(self.tr("还没有考试年度。请先点“新建年度…”。"))
            self.fee_totals_label.setText("")
            return
        self.views = exams.registrations(self.store, year)
        self.reg_model.set_rows(self.views)
        self.grid_model.set_rows([ResultLine(v, s.name) for v in self.views for s in v.subjects])
        self.fee_model.set_rows(self.views)
        self.prop_model.set_rows([v for v in self.views if v.proposal == exam.PROPOSAL_PENDING])
        self.load_candidates()
        self._update_counts()

    def load_candidates(self) -> None:
        year = self.current_year()
        self.cand_model.set_rows(
            exams.candidates(
                self.store, year, include_unknown=not self.cand_only_eligible.isChecked()
            )
            if year is not None
            else []
        )

    def _after_edit(self, reg_ids: list[str] | None = None) -> None:
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
        for model in (self.reg_model, self.fee_model):
            for i, v in enumerate(model.rows):
                if v.id in fresh and fresh[v.id] is not v:
                    model.replace_row(i, fresh[v.id])
        for i, line in enumerate(self.grid_model.rows):
            if line.view.id in fresh and fresh[line.view.id] is not line.view:
                self.grid_model.replace_row(i, ResultLine(fresh[line.view.id], line.subject))
        pending = [v for v in self.views if v.proposal == exam.PROPOSAL_PENDING]
        if [v.id for v in pending] != [v.id for v in self.prop_model.rows]:
            self.prop_model.set_rows(pending)
        self._update_counts()

    @staticmethod
    def _reg_ids(row: object) -> list[str]:
        if isinstance(row, exams.RegistrationView):
            return [row.id]
        if isinstance(row, ResultLine):
            return [row.view.id]
        return []

    def _update_counts(self) -> None:
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
                candidates=self.cand_model.rowCount(),
            )
        )
        t = c.fees
        items = "　".join(f"{label(k)} {v:.2f}" for k, v in t.by_item.items())
        self.fee_totals_label.setText(
            self.tr(
                "合计 {total:.2f} 元（{items}）　已报销 {done:.2f} 元　未报销 {todo:.2f} 元"
            ).format(total=t.total, items=items, done=t.reimbursed, todo=t.outstanding)
        )

    def _show_message(self, text: str) -> None:
        """``text`` under the tabs; a rule's message in the interface language."""
        self.message.setText(shown(text))
        self.message.setVisible(True)

    def select_year(self, year: int) -> None:
        self.reload()
        i = self.year_combo.findData(year)
        if i >= 0:
            self.year_combo.setCurrentIndex(i)

    def _selected(self, view: QTableView, model: RowsModel) -> list[Any]:
        rows = sorted({i.row() for i in view.selectionModel().selectedRows()})
        return [model.rows[r] for r in rows]

    # -- actions ---------------------------------------------------------------------------
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

    def open_register(self, preselect: list[str] | None = None) -> None:
        from swdesk.ui.exam_dialogs import RegisterDialog

        year = self.current_year()
        if year is None:
            return
        dialog = RegisterDialog(self.store, year, preselect, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.registered.connect(lambda _ids: self.load_year())
        dialog.open()
        self.register_dialog = dialog

    def withdraw(self) -> None:
        chosen = self._selected(self.reg_view, self.reg_model)
        if not chosen:
            return
        answer = QMessageBox.question(
            self,
            self.tr("删除报名"),
            self.tr("确定删除 {names} 的报名吗？成绩和费用记录一并删除。").format(
                names="、".join(v.name for v in chosen)
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            with self.store.atomic():
                for v in chosen:
                    exams.withdraw(self.store, v.id)
        except RuleError as e:
            self._show_message(e.message)
            return
        self.load_year()

    def register_candidates(self) -> None:
        """One click: each selected worker at the level shown for them."""
        year = self.current_year()
        chosen = self._selected(self.cand_view, self.cand_model)
        if year is None or not chosen:
            self._show_message(self.tr("请先在列表里选择要报名的人。"))
            return
        by_level: dict[str, list[str]] = {}
        for c in chosen:
            by_level.setdefault(c.level, []).append(c.worker_id)
        try:
            with self.store.atomic():
                for level, ids in by_level.items():
                    exams.register_many(self.store, year, ids, level)
        except exams.RegistrationRejected as e:
            self._show_message("\n".join(shown(p) for p in e.problems))
            return
        except RuleError as e:
            self._show_message(e.message)
            return
        self.load_year()
        from swdesk.ui.exam_dialogs import window_warning

        late = window_warning(self.store, year)
        if late:
            self._show_message(late)

    def mark_reimbursed(self, done: bool) -> None:
        chosen = self._selected(self.fee_view, self.fee_model)
        if not chosen:
            self._show_message(self.tr("请先在列表里选择要报销的人。"))
            return
        on = self.reimburse_date.date().toString("yyyy-MM-dd") if done else None
        try:
            exams.set_reimbursed(self.store, [f.id for v in chosen for f in v.fees], on)
        except RuleError as e:
            self._show_message(e.message)
            return
        self._after_edit([v.id for v in chosen])

    def accept_proposals(self) -> None:
        chosen = self._selected(self.prop_view, self.prop_model)
        if not chosen:
            self._show_message(self.tr("请先选择要确认的证书。"))
            return
        try:
            with self.store.atomic():
                for v in chosen:
                    exams.accept_proposal(
                        self.store, v.id, cert_number=self._cert_numbers.get(v.id) or None
                    )
        except RuleError as e:
            self._show_message(e.message)
            return
        self._after_edit([v.id for v in chosen])
        self.load_candidates()

    def decline_proposals(self) -> None:
        chosen = self._selected(self.prop_view, self.prop_model)
        if not chosen:
            return
        with self.store.atomic():
            for v in chosen:
                exams.decline_proposal(self.store, v.id)
        self._after_edit([v.id for v in chosen])

    # -- files -----------------------------------------------------------------------------
    def _start_dir(self) -> str:
        return start_dir()

    def _run(self, title: str, job: Callable[[Store, Progress], T]) -> tuple[bool, T | None]:
        try:
            return True, run_with_progress(self, title, self.store, job)
        except TaskFailed as failed:
            show_failure(self, title, failed.error)
            return False, None

    def _ask_save(self, title: str, name: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(
            self, title, str(Path(self._start_dir()) / name), self.tr("Excel 工作簿 (*.xlsx)")
        )
        if not path:
            return None
        out = Path(path)
        return out if out.suffix.lower() == ".xlsx" else out.with_name(out.name + ".xlsx")

    def _export(self, title: str, name: str, fn: Callable[[Store, int, Path], int]) -> None:
        year = self.current_year()
        if year is None:
            return
        out = self._ask_save(title, name.format(year=year))
        if out is None:
            return
        ok, n = self._run(title, lambda store, _p: fn(store, year, out))
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
        from PySide6.QtWidgets import QFileDialog

        from swdesk.services import exam_import

        year = self.current_year()
        if year is None:
            return
        title = self.tr("导入成绩")
        path, _ = QFileDialog.getOpenFileName(
            self, title, self._start_dir(), self.tr("Excel 工作簿 (*.xlsx *.xlsm)")
        )
        if not path:
            return
        ok, n = self._run(
            title, lambda store, _p: exam_import.import_results(store, year, Path(path))
        )
        if ok:
            self.load_year()
            QMessageBox.information(self, title, self.tr("已导入 {n} 条成绩。").format(n=n))
