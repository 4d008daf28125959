"""Dialogs of the appraisal page: a new round (who gets which) and the template editor."""

from __future__ import annotations

import contextlib
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QTableWidgetItem,
    QWidget,
)

from swdesk.core import appraisal as ap
from swdesk.core.errors import RuleError
from swdesk.store import Store, appraisals, records, villages
from swdesk.ui.designer import set_up
from swdesk.ui.enum_labels import label
from swdesk.ui.forms.appraisal_rules_editor import Ui_RulesEditor
from swdesk.ui.forms.new_round_dialog import Ui_NewRoundDialog
from swdesk.ui.forms.template_editor import Ui_TemplateEditor
from swdesk.ui.header_titles import elide_titles
from swdesk.ui.rule_text import shown
from swdesk.ui.widgets import rule_warning


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
        form = set_up(self, Ui_NewRoundDialog())
        self.setWindowTitle(self._title())
        self.year = form.yearSpin
        self.year.setValue(year)
        self.templates: dict[str, QComboBox] = {
            ap.KIND_COMMUNITY: form.communityCombo,
            ap.KIND_POST: form.postCombo,
        }
        current = appraisals.current_templates(store)
        for kind, combo in self.templates.items():
            for tid, t in current:
                if t.kind == kind:
                    combo.addItem(
                        self.tr("{name}（第 {version} 版）").format(name=t.name, version=t.version),
                        tid,
                    )
        if round_id is not None:
            self._fix_to_round(round_id)
        plan = (
            appraisals.missing_plan(store, round_id) if round_id else appraisals.plan_round(store)
        )
        # the people the rule appraises first (the ones to check), then everyone else
        self.plan = [p for p in plan if p.kind] + [p for p in plan if not p.kind]
        villages_by_code = villages.names_by_code(store)
        self.table = form.table
        self.table.setRowCount(len(self.plan))
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
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
        self.counts = form.counts
        buttons = form.buttons
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("加入考评") if round_id else self.tr("建立考评")
        )
        buttons.accepted.connect(self.create_round)
        buttons.rejected.connect(self.reject)
        if round_id:
            form.note.setText(
                form.note.text()
                + self.tr(
                    "这里只列出还不在本年度考评中的在岗人员（后来入职或新符合条件的）；"
                    "已有的考评表不会改动。"
                )
            )
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
        form = set_up(self, Ui_TemplateEditor())
        self.which = form.whichCombo
        self.current = appraisals.current_templates(store)
        for _tid, t in self.current:
            self.which.addItem(
                self.tr("{name}（第 {version} 版）").format(name=t.name, version=t.version)
            )
        self.which.currentIndexChanged.connect(self._show)
        self.table = form.table
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(self._update_total)
        self.total = form.total
        form.addButton.clicked.connect(self.add_row)
        form.removeButton.clicked.connect(self.remove_row)
        form.buttons.accepted.connect(self.save)
        form.buttons.rejected.connect(self.reject)
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
        ui = set_up(self, Ui_RulesEditor())
        rules = appraisals.rules(store)
        # who is out of the township's appraisal is kept as saved (this form edits grades)
        self.not_appraised = list(rules.not_appraised)
        self.grades = ui.grades
        self.grades.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        elide_titles(self.grades)
        for name, minimum in rules.grades:
            self._add(name, f"{minimum:g}")
        self.fail = ui.failEdit
        self.fail.setText(rules.fail_grade)
        # one row per kind of disciplinary sanction, after the fixed row of the form
        self.caps: dict[str, QComboBox] = {}
        for disc in ap.DISCIPLINES:
            combo = QComboBox()
            combo.setEditable(True)
            combo.addItem(self.tr("不封顶"), "")
            for name in rules.order:
                combo.addItem(name, name)
            cap = rules.caps.get(disc, "")
            combo.setCurrentIndex(max(0, combo.findData(cap)))
            self.caps[disc] = combo
            ui.form.addRow(self.tr("当年受{d}处分，等次最高为：").format(d=label(disc)), combo)
        ui.addButton.clicked.connect(lambda: self._add("", ""))
        ui.removeButton.clicked.connect(lambda: self.grades.removeRow(self.grades.currentRow()))
        ui.buttons.accepted.connect(self.save)
        ui.buttons.rejected.connect(self.reject)

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
        return {
            "grades": grades,
            "fail_grade": self.fail.text(),
            "caps": caps,
            "not_appraised_post_types": self.not_appraised,
        }

    def save(self) -> None:
        try:
            appraisals.set_rules(self.store, self.raw())
        except RuleError as e:
            rule_warning(self, self.tr("等次与处分规则"), e)
            return
        self.accept()
