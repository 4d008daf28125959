"""The 考试报名 and 绩效考评 pages of a county file: every township's rows, read-only.

A county does not sign people up or appraise them: the townships do, and sync brings their
rows. So in county mode these pages show what arrived, township by township (a filter picks
one), with no buttons that create years or rounds for the county itself or change a
township's record (a county-side change would only come back as a sync conflict). Reading is
done by ``swdesk.store.county_views``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from swdesk.core import appraisal as ap
from swdesk.core import exam
from swdesk.store import Store, county_views, exams, villages
from swdesk.ui.changes import APPRAISALS, EXAMS, SYNC, VILLAGES
from swdesk.ui.enum_labels import code_label, label
from swdesk.ui.exam_models import FAIL_COLOR, PASS_COLOR, Column, RowsModel

ALL = ""


class _CountyRecordsPage(QWidget):
    """Year and township filters over a read-only table; subclasses say what rows are."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.names: dict[str, str] = {}
        self.year_combo = QComboBox()
        self.year_combo.setMinimumWidth(110)
        self.town_combo = QComboBox()
        self.town_combo.setMinimumWidth(180)
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.note = QLabel(
            QCoreApplication.translate(
                "CountyRecordsPage",
                "县里查看各乡镇报来的数据（只读）。需要更正时，请乡镇修改后重新导出数据包。",
            )
        )
        self.note.setWordWrap(True)
        self.model = RowsModel(self.columns(), self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

        top = QHBoxLayout()
        top.addWidget(QLabel(QCoreApplication.translate("CountyRecordsPage", "年度：")))
        top.addWidget(self.year_combo)
        top.addWidget(QLabel(QCoreApplication.translate("CountyRecordsPage", "乡镇（街道）：")))
        top.addWidget(self.town_combo)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addWidget(self.counts)
        layout.addWidget(self.body(), 1)
        self.year_combo.currentIndexChanged.connect(lambda _i: self.load())
        self.town_combo.currentIndexChanged.connect(lambda _i: self.load())
        self.reload()

    # -- for subclasses ----------------------------------------------------------------------
    def columns(self) -> list[Column]:
        raise NotImplementedError

    def years(self) -> list[int]:
        raise NotImplementedError

    def rows(self, year: int, township: str | None) -> list[Any]:
        raise NotImplementedError

    def count_text(self, rows: list[Any]) -> str:
        raise NotImplementedError

    def body(self) -> QWidget:
        return self.table

    # -- filters -----------------------------------------------------------------------------
    def township_of(self, code: str) -> str:
        return self.names.get(code, code)

    def current_year(self) -> int | None:
        data = self.year_combo.currentData()
        return int(data) if data is not None else None

    def current_township(self) -> str | None:
        return self.town_combo.currentData() or None

    def reload(self) -> None:
        """Refill the filters (new packages may have brought years and townships), keep the
        choice where it still exists, and reload the table."""
        self.names = county_views.township_names(self.store)
        year, town = self.current_year(), self.current_township()
        for combo in (self.year_combo, self.town_combo):
            combo.blockSignals(True)
            combo.clear()
        for y in self.years():
            self.year_combo.addItem(
                QCoreApplication.translate("CountyRecordsPage", "{year} 年").format(year=y), y
            )
        self.town_combo.addItem(QCoreApplication.translate("CountyRecordsPage", "全部乡镇"), ALL)
        for code, name in self.names.items():
            self.town_combo.addItem(f"{name}（{code}）", code)
        if year is not None and self.year_combo.findData(year) >= 0:
            self.year_combo.setCurrentIndex(self.year_combo.findData(year))
        if town and self.town_combo.findData(town) >= 0:
            self.town_combo.setCurrentIndex(self.town_combo.findData(town))
        for combo in (self.year_combo, self.town_combo):
            combo.blockSignals(False)
        self.load()

    def load(self) -> None:
        year = self.current_year()
        rows = [] if year is None else self.rows(year, self.current_township())
        self.model.set_rows(rows)
        if year is None:
            self.counts.setText(
                QCoreApplication.translate(
                    "CountyRecordsPage",
                    "还没有收到任何乡镇的数据。乡镇导出数据包、在“数据同步”页导入后会显示在这里。",
                )
            )
        else:
            self.counts.setText(self.count_text(rows))


class CountyExamPage(_CountyRecordsPage):
    """Every township's exam registrations of a year, with scores, result and fees."""

    CARES_ABOUT = frozenset({EXAMS, SYNC, VILLAGES})

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        self.village_names = villages.names_by_code(store)
        super().__init__(store, parent)

    def columns(self) -> list[Column]:
        def scores(v: exams.RegistrationView) -> str:
            return "  ".join(
                f"{s.name}："
                + (
                    label(exam.STATE_ABSENT)
                    if s.absent
                    else ("—" if s.score is None else f"{s.score:g}")
                )
                for s in v.subjects
            )

        def outcome(v: exams.RegistrationView) -> str:
            return {
                True: QCoreApplication.translate("CountyRecordsPage", "合格"),
                False: QCoreApplication.translate("CountyRecordsPage", "不合格"),
                None: QCoreApplication.translate("CountyRecordsPage", "待定"),
            }[v.outcome.passed]

        def fees(v: exams.RegistrationView) -> str:
            total = sum(f.amount for f in v.fees)
            paid = sum(f.amount for f in v.fees if f.reimbursed)
            return QCoreApplication.translate(
                "CountyRecordsPage", "{total:g} 元（已报销 {paid:g}）"
            ).format(total=total, paid=paid)

        def color(v: exams.RegistrationView) -> Any:
            return {True: PASS_COLOR, False: FAIL_COLOR, None: None}[v.outcome.passed]

        return [
            Column(
                QCoreApplication.translate("CountyRecordsPage", "乡镇（街道）"),
                lambda v: self.township_of(v.origin),
            ),
            Column(QCoreApplication.translate("CountyRecordsPage", "姓名"), lambda v: v.name),
            Column(
                QCoreApplication.translate("CountyRecordsPage", "身份证号"), lambda v: v.id_number
            ),
            Column(
                QCoreApplication.translate("CountyRecordsPage", "村（社区）"),
                lambda v: self.village_names.get(v.village_code or "", ""),
            ),
            Column(
                QCoreApplication.translate("CountyRecordsPage", "级别"), lambda v: label(v.level)
            ),
            Column(
                QCoreApplication.translate("CountyRecordsPage", "状态"), lambda v: label(v.state)
            ),
            Column(QCoreApplication.translate("CountyRecordsPage", "成绩"), scores),
            Column(QCoreApplication.translate("CountyRecordsPage", "结果"), outcome, color=color),
            Column(QCoreApplication.translate("CountyRecordsPage", "费用"), fees, align_right=True),
        ]

    def years(self) -> list[int]:
        return county_views.exam_years(self.store)

    def rows(self, year: int, township: str | None) -> list[Any]:
        self.village_names = villages.names_by_code(self.store)
        return county_views.exam_registrations(self.store, year, township)

    def count_text(self, rows: list[Any]) -> str:
        towns = len({v.origin for v in rows})
        passed = sum(1 for v in rows if v.outcome.passed is True)
        failed = sum(1 for v in rows if v.outcome.passed is False)
        total = sum(f.amount for v in rows for f in v.fees)
        return QCoreApplication.translate(
            "CountyRecordsPage",
            "{towns} 个乡镇，报名 {n} 人：合格 {passed}，不合格 {failed}，待定 {open}；"
            "费用合计 {total:g} 元",
        ).format(
            towns=towns,
            n=len(rows),
            passed=passed,
            failed=failed,
            open=len(rows) - passed - failed,
            total=total,
        )


class CountyAppraisalPage(_CountyRecordsPage):
    """Every township's appraisals of a year; the selected one's scores and comments below."""

    CARES_ABOUT = frozenset({APPRAISALS, SYNC, VILLAGES})

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        self.detail = QPlainTextEdit()
        self.detail.setReadOnly(True)
        super().__init__(store, parent)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _p: self.show_detail())

    def body(self) -> QWidget:
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        return split

    def state_text(self, state: str) -> str:
        return code_label(ap.STATE_LABELS, state)

    def columns(self) -> list[Column]:
        def total(r: tuple[dict[str, Any], ap.Sheet]) -> str:
            return "" if r[1].total is None else f"{r[1].total:g}"

        return [
            Column(
                QCoreApplication.translate("CountyRecordsPage", "乡镇（街道）"),
                lambda r: r[0]["township_name"],
            ),
            Column(
                QCoreApplication.translate("CountyRecordsPage", "姓名"),
                lambda r: r[1].person.get("name", ""),
            ),
            Column(
                QCoreApplication.translate("CountyRecordsPage", "身份证号"),
                lambda r: r[0]["id_number"],
            ),
            Column(
                QCoreApplication.translate("CountyRecordsPage", "考评表"),
                lambda r: r[1].template.name,
            ),
            Column(
                QCoreApplication.translate("CountyRecordsPage", "总分"), total, align_right=True
            ),
            Column(
                QCoreApplication.translate("CountyRecordsPage", "等次"), lambda r: r[1].grade or ""
            ),
            Column(
                QCoreApplication.translate("CountyRecordsPage", "状态"),
                lambda r: self.state_text(r[0]["state"]),
            ),
            Column(
                QCoreApplication.translate("CountyRecordsPage", "签字扫描件"),
                lambda r: r[0]["scan_name"] or "",
            ),
        ]

    def years(self) -> list[int]:
        return county_views.appraisal_years(self.store)

    def rows(self, year: int, township: str | None) -> list[Any]:
        return county_views.appraisal_sheets(self.store, year, township)

    def load(self) -> None:
        super().load()
        self.show_detail()

    def count_text(self, rows: list[Any]) -> str:
        states = [r[0]["state"] for r in rows]
        return QCoreApplication.translate(
            "CountyRecordsPage",
            "{towns} 个乡镇，考评 {n} 人：草稿 {draft}，已定稿 {final}，已签字 {signed}",
        ).format(
            towns=len({r[0]["township"] for r in rows}),
            n=len(rows),
            draft=states.count(ap.STATE_DRAFT),
            final=states.count(ap.STATE_FINALIZED),
            signed=states.count(ap.STATE_SIGNED),
        )

    def show_detail(self) -> None:
        i = self.table.currentIndex()
        if not i.isValid() or i.row() >= len(self.model.rows):
            self.detail.setPlainText(
                QCoreApplication.translate("CountyRecordsPage", "选中一行查看各项得分和评语。")
            )
            return
        row, sh = self.model.rows[i.row()]
        lines = [
            f"{sh.person.get('name', '')}  {row['township_name']}  {sh.template.name}",
        ]
        for item in sh.template.items:
            score = sh.scores.get(item.name)
            shown = "—" if score is None else f"{score:g}"
            comment = sh.item_comments.get(item.name)
            lines.append(
                f"{item.group} · {item.name}：{shown} / {item.max:g}"
                + (f"  {comment}" if comment else "")
            )
        if sh.overall_comment:
            lines.append(
                QCoreApplication.translate("CountyRecordsPage", "总体评语：{text}").format(
                    text=sh.overall_comment
                )
            )
        if sh.discipline:
            lines.append(
                QCoreApplication.translate("CountyRecordsPage", "当年处分：{text}").format(
                    text=sh.discipline
                )
            )
        self.detail.setPlainText("\n".join(lines))
