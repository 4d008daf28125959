"""Dialogs of the appraisal page: a new round (who gets which) and the template editor."""

from __future__ import annotations

import contextlib
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from swdesk.core import appraisal as ap
from swdesk.core.errors import RuleError
from swdesk.store import Store, appraisals, records, villages
from swdesk.ui.enum_labels import label
from swdesk.ui.rule_text import shown
from swdesk.ui.widgets import rule_warning, save_cancel


class NewRoundDialog(QDialog):
    """Year, template per kind, and every active worker with the appraisal the rule gives them.

    A change in the 考评 column (another kind, or 不参加) needs a reason in the next column.
    """

    created = Signal(str, int)  # round id, year

    def __init__(
        self,
        store: Store,
        year: int,
        parent: QWidget | None = None,
        round_id: str | None = None,
    ) -> None:
        """``round_id``: add the people not yet in that round (hired or newly eligible since)."""
        super().__init__(parent)
        self.store = store
        self.round_id = round_id
        self.setWindowTitle(self._title())
        self.resize(820, 560)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(year)
        self.templates: dict[str, QComboBox] = {}
        form = QFormLayout()
        form.addRow(self.tr("考评年度(&Y)："), self.year)
        current = appraisals.current_templates(store)
        for kind, caption in (
            (ap.KIND_COMMUNITY, self.tr("社区社会工作者考评表(&C)：")),
            (ap.KIND_POST, self.tr("专业岗位考评表(&P)：")),
        ):
            combo = QComboBox()
            for tid, t in current:
                if t.kind == kind:
                    combo.addItem(
                        self.tr("{name}（第 {version} 版）").format(name=t.name, version=t.version),
                        tid,
                    )
            self.templates[kind] = combo
            form.addRow(caption, combo)
        if round_id is not None:
            self._fix_to_round(round_id)
        plan = (
            appraisals.missing_plan(store, round_id) if round_id else appraisals.plan_round(store)
        )
        # the people the rule appraises first (the ones to check), then everyone else
        self.plan = [p for p in plan if p.kind] + [p for p in plan if not p.kind]
        villages_by_code = villages.names_by_code(store)
        self.table = QTableWidget(len(self.plan), 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("姓名"), self.tr("依据"), self.tr("考评"), self.tr("调整理由")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.choices: list[tuple[str | None, str]] = [
            (ap.KIND_COMMUNITY, self.tr("社区社会工作者")),
            (ap.KIND_POST, self.tr("专业岗位")),
            (None, self.tr("不参加")),
        ]
        for i, p in enumerate(self.plan):
            name = QTableWidgetItem(p.worker["name"])
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            # two people may share a name: the id number and village tell them apart
            name.setToolTip(
                " ".join(
                    x
                    for x in (
                        p.worker["id_number"],
                        villages_by_code.get(p.worker.get("village_code") or "", ""),
                        p.worker.get("post_type") or "",
                    )
                    if x
                )
            )
            why = QTableWidgetItem(shown(p.reason))
            why.setFlags(why.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(i, 0, name)
            self.table.setItem(i, 1, why)
            combo = QComboBox()
            for choice, text in self.choices:
                combo.addItem(text, choice)
            combo.setCurrentIndex(next(n for n, (k, _) in enumerate(self.choices) if k == p.kind))
            combo.currentIndexChanged.connect(self._update_counts)
            self.table.setCellWidget(i, 2, combo)
            self.table.setItem(i, 3, QTableWidgetItem(""))
        self.table.setColumnWidth(0, 90)
        self.table.setColumnWidth(2, 170)
        self.counts = QLabel()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("加入考评") if round_id else self.tr("建立考评")
        )
        buttons.accepted.connect(self.create_round)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(
            QLabel(
                self.tr(
                    "持证社区专职工作者参加社区社会工作者考评；专业岗位人员参加岗位考评，"
                    "在专业岗位上的持证社区专职工作者仅参加岗位考评。改变某人的考评需写明理由。"
                )
                + (
                    self.tr(
                        "这里只列出还不在本年度考评中的在岗人员（后来入职或新符合条件的）；"
                        "已有的考评表不会改动。"
                    )
                    if round_id
                    else ""
                )
            )
        )
        layout.itemAt(layout.count() - 1).widget().setWordWrap(True)  # type: ignore[union-attr]
        layout.addWidget(self.table, 1)
        layout.addWidget(self.counts)
        layout.addWidget(buttons)
        self._update_counts()

    def _title(self) -> str:
        return self.tr("加入新符合条件的人员") if self.round_id else self.tr("新建年度考评")

    def _fix_to_round(self, round_id: str) -> None:
        """The round's year and template versions, shown but not changeable."""
        rnd = records.get(self.store, appraisals.ROUNDS, round_id)
        self.year.setValue(int(rnd["year"]))
        self.year.setEnabled(False)
        for kind, combo in self.templates.items():
            tid = rnd[f"{kind}_template_id"]
            combo.clear()
            if tid:
                t = appraisals.template(self.store, tid)
                combo.addItem(
                    self.tr("{name}（第 {version} 版）").format(name=t.name, version=t.version),
                    tid,
                )
            combo.setEnabled(False)

    def chosen_kind(self, row: int) -> str | None:
        combo = self.table.cellWidget(row, 2)
        assert isinstance(combo, QComboBox)
        value = combo.currentData()
        return value if isinstance(value, str) else None

    def _update_counts(self) -> None:
        counts: dict[str | None, int] = {ap.KIND_COMMUNITY: 0, ap.KIND_POST: 0, None: 0}
        for i in range(len(self.plan)):
            counts[self.chosen_kind(i)] += 1
        self.counts.setText(
            self.tr("社区社会工作者 {c} 人，专业岗位 {p} 人，不参加 {n} 人。").format(
                c=counts[ap.KIND_COMMUNITY], p=counts[ap.KIND_POST], n=counts[None]
            )
        )

    def overrides(self) -> dict[str, tuple[str | None, str]]:
        out: dict[str, tuple[str | None, str]] = {}
        for i, p in enumerate(self.plan):
            kind = self.chosen_kind(i)
            if kind != p.kind:
                item = self.table.item(i, 3)
                out[p.worker["id"]] = (kind, item.text() if item else "")
        return out

    def create_round(self) -> None:
        year = self.year.value()
        overrides = self.overrides()
        for i, p in enumerate(self.plan):
            if p.worker["id"] in overrides and not overrides[p.worker["id"]][1].strip():
                self.table.setCurrentCell(i, 3)
                QMessageBox.warning(
                    self,
                    self._title(),
                    self.tr("改变了 {name} 的考评，请在“调整理由”一栏写明理由。").format(
                        name=p.worker["name"]
                    ),
                )
                return
        template_ids = {
            kind: str(combo.currentData())
            for kind, combo in self.templates.items()
            if combo.currentData()
        }
        try:
            if self.round_id:
                rid = self.round_id
                self.added = appraisals.add_eligible(self.store, rid, overrides)
            else:
                rid = appraisals.create_round(self.store, year, template_ids, overrides)
        except RuleError as e:
            rule_warning(self, self._title(), e)
            return
        self.created.emit(rid, year)
        self.accept()


class TemplateEditor(QDialog):
    """Items and maximum scores of a template; saving makes a new version."""

    saved = Signal(str)

    COLUMNS = 4

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("考评表模板"))
        self.resize(860, 560)
        self.which = QComboBox()
        self.current = appraisals.current_templates(store)
        for _tid, t in self.current:
            self.which.addItem(
                self.tr("{name}（第 {version} 版）").format(name=t.name, version=t.version)
            )
        self.which.currentIndexChanged.connect(self._show)
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setHorizontalHeaderLabels(
            [self.tr("类别"), self.tr("考评项目"), self.tr("内容及要求"), self.tr("分值")]
        )
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(self._update_total)
        self.total = QLabel()
        add = QPushButton(self.tr("添加项目(&A)"))
        add.clicked.connect(self.add_row)
        remove = QPushButton(self.tr("删除项目(&D)"))
        remove.clicked.connect(self.remove_row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        which_label = QLabel(self.tr("模板(&T)："))
        which_label.setBuddy(self.which)
        top.addWidget(which_label)
        top.addWidget(self.which, 1)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        row.addWidget(self.total)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        note = QLabel(
            self.tr("保存后成为新版本；已经建立的考评仍使用建立时的版本。各项分值合计应为 100 分。")
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self._show()

    def _show(self) -> None:
        if not self.current:
            return
        _tid, t = self.current[self.which.currentIndex()]
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for it in t.items:
            self._append([it.group, it.name, it.description, f"{it.max:g}"])
        self.table.blockSignals(False)
        self._update_total()

    def _append(self, values: list[str]) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        for c, v in enumerate(values):
            self.table.setItem(r, c, QTableWidgetItem(v))

    def add_row(self) -> None:
        group = ""
        if self.table.rowCount():
            last = self.table.item(self.table.rowCount() - 1, 0)
            group = last.text() if last else ""
        self._append([group, "", "", ""])
        self.table.setCurrentCell(self.table.rowCount() - 1, 1)
        cell = self.table.item(self.table.rowCount() - 1, 1)
        if cell is not None:
            self.table.editItem(cell)

    def remove_row(self) -> None:
        r = self.table.currentRow()
        if r >= 0:
            self.table.removeRow(r)
            self._update_total()

    def items(self) -> list[dict[str, Any]]:
        out = []
        for r in range(self.table.rowCount()):
            cells = [self.table.item(r, c) for c in range(self.COLUMNS)]
            group, name, desc, mx = (c.text().strip() if c else "" for c in cells)
            if not (group or name or desc or mx):
                continue
            out.append({"group": group, "name": name, "description": desc, "max": mx})
        return out

    def _update_total(self) -> None:
        total = 0.0
        for it in self.items():
            with contextlib.suppress(ValueError):
                total += float(it["max"])
        self.total.setText(self.tr("合计 {total} 分").format(total=f"{total:g}"))

    def save(self) -> None:
        if not self.current:
            return
        index = self.which.currentIndex()
        _tid, t = self.current[index]
        raw = {"key": t.key, "kind": t.kind, "name": t.name, "items": self.items()}
        try:
            new_id = appraisals.save_template(self.store, raw)
        except RuleError as e:
            rule_warning(self, self.tr("考评表模板"), e)
            return
        saved = appraisals.template(self.store, new_id)
        self.current = appraisals.current_templates(self.store)
        self.which.setItemText(
            index,
            self.tr("{name}（第 {version} 版）").format(name=saved.name, version=saved.version),
        )
        self.saved.emit(new_id)
        QMessageBox.information(
            self,
            self.tr("考评表模板"),
            self.tr("已保存为第 {version} 版。新建的考评将使用这一版。").format(
                version=saved.version
            ),
        )


class RulesEditor(QDialog):
    """Grade lines and disciplinary caps: per-locality settings (the shipped preset:
    优秀 ≥ 90, 合格 ≥ 70, 基本合格 ≥ 60; 警告 caps at 合格, 记过 at 基本合格).

    A round keeps the rules it was created with; new rounds use what is saved here.
    """

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("等次与处分规则"))
        rules = appraisals.rules(store)
        self.grades = QTableWidget(0, 2)
        self.grades.setHorizontalHeaderLabels([self.tr("等次"), self.tr("最低分（含）")])
        self.grades.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for name, minimum in rules.grades:
            self._add(name, f"{minimum:g}")
        self.fail = QLineEdit(rules.fail_grade)
        self.caps: dict[str, QComboBox] = {}
        form = QFormLayout()
        form.addRow(self.tr("低于最低分数线的等次(&F)："), self.fail)
        for disc in ap.DISCIPLINES:
            combo = QComboBox()
            combo.setEditable(True)
            combo.addItem(self.tr("不封顶"), "")
            for name in rules.order:
                combo.addItem(name, name)
            cap = rules.caps.get(disc, "")
            combo.setCurrentIndex(max(0, combo.findData(cap)))
            self.caps[disc] = combo
            form.addRow(self.tr("当年受{d}处分，等次最高为：").format(d=label(disc)), combo)
        add = QPushButton(self.tr("添加等次(&A)"))
        add.clicked.connect(lambda: self._add("", ""))
        remove = QPushButton(self.tr("删除等次(&D)"))
        remove.clicked.connect(lambda: self.grades.removeRow(self.grades.currentRow()))
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        buttons = save_cancel(self, self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.grades)
        layout.addLayout(row)
        layout.addLayout(form)
        note = QLabel(self.tr("已经建立的考评保留建立时的规则；新建的考评使用这里保存的规则。"))
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def _add(self, name: str, minimum: str) -> None:
        r = self.grades.rowCount()
        self.grades.insertRow(r)
        self.grades.setItem(r, 0, QTableWidgetItem(name))
        self.grades.setItem(r, 1, QTableWidgetItem(minimum))

    def raw(self) -> dict[str, Any]:
        grades = []
        for r in range(self.grades.rowCount()):
            cells = [self.grades.item(r, c) for c in range(2)]
            name, minimum = (c.text().strip() if c else "" for c in cells)
            if name or minimum:
                grades.append({"name": name, "min": minimum})
        caps = {}
        for disc, combo in self.caps.items():
            value = combo.currentText().strip()
            if combo.currentIndex() > 0 or (value and value != combo.itemText(0)):
                caps[disc] = value
        return {"grades": grades, "fail_grade": self.fail.text(), "caps": caps}

    def save(self) -> None:
        try:
            appraisals.set_rules(self.store, self.raw())
        except RuleError as e:
            rule_warning(self, self.tr("等次与处分规则"), e)
            return
        self.accept()
