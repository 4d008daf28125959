"""The 绩效考评 page: pick a year's round, score it in a grid, finalize, sign, reopen, print.

Top: the round (year) and the template shown (a round uses one per kind), the actions.
Middle: the scoring grid (``AppraisalGridModel``), filled from the keyboard alone.
Bottom: comments for the selected person — the current column's item and overall — the year's
disciplinary record, and the live total and grade.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from swdesk import atomic
from swdesk.core import appraisal as ap
from swdesk.core.errors import RuleError
from swdesk.store import Store, appraisals
from swdesk.ui import counts
from swdesk.ui.appraisal_model import AppraisalGridModel, ScoreDelegate, state_label
from swdesk.ui.changes import APPRAISALS, VILLAGES, WORKERS
from swdesk.ui.empty_guide import EmptyGuide
from swdesk.ui.enum_labels import label
from swdesk.ui.file_dirs import ask_open, ask_save
from swdesk.ui.flow_layout import FlowLayout
from swdesk.ui.rule_text import shown
from swdesk.ui.styles import ERROR_STYLE, result_style
from swdesk.ui.tasks import Progress, run_job, show_failure
from swdesk.ui.widgets import attempt, button, button_row, confirmed


class AppraisalPage(QWidget):
    CARES_ABOUT = frozenset({APPRAISALS, WORKERS, VILLAGES})
    countsChanged = Signal()  # the sheets shown were re-read (see ``ui.page_chrome``)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.round: dict[str, Any] | None = None
        self._comment_item: str | None = None

        self.year = QComboBox()
        self.year.currentIndexChanged.connect(self._round_changed)
        self.which = QComboBox()
        self.which.currentIndexChanged.connect(self._template_changed)
        self.new_button = button(self.tr("新建考评(&N)…"), self.new_round)
        self.add_button = button(
            self.tr("加入新人员(&J)…"),
            self.add_people,
            self.tr("把建立考评后入职或新符合条件的人员加入本年度考评，已有的考评表不会改动"),
        )
        self.delete_round_button = button(
            self.tr("删除本年度考评…"),
            self.delete_round,
            self.tr("建错了年度或考评表时删除整个年度的考评（只在全部还是草稿时）"),
        )
        self.check_button = button(
            self.tr("查对校验码…"),
            self.check_paper,
            self.tr(
                "输入打印件页脚的记录校验码（或用扫码枪扫二维码），找到对应记录并核对是否改动过"
            ),
        )
        self.templates_button = button(self.tr("考评表模板…"), self.edit_templates)
        self.rules_button = button(self.tr("等次规则…"), self.edit_rules)
        self.summary = QLabel()
        top = FlowLayout()  # wraps on a narrow screen
        top.addWidget(QLabel(self.tr("年度：")))
        top.addWidget(self.year)
        top.addWidget(QLabel(self.tr("考评表：")))
        top.addWidget(self.which, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.add_button)
        top.addWidget(self.delete_round_button)
        top.addWidget(self.check_button)
        top.addWidget(self.templates_button)
        top.addWidget(self.rules_button)

        self.finalize_button = button(self.tr("定稿(&F)"), self.finalize_current)
        self.finalize_all_button = button(self.tr("全部定稿"), self.finalize_all)
        self.sign_button = button(self.tr("登记签字(&S)…"), self.sign_current)
        self.scan_button = button(self.tr("附扫描件…"), self.attach_scan)
        self.view_scan_button = button(self.tr("查看扫描件"), self.view_scan)
        self.reopen_button = button(self.tr("退回(&R)…"), self.reopen_current)
        self.print_button = button(
            self.tr("打印本人(&P)…"), self.print_current, self.tr("预览并打印选中的人的考评表")
        )
        self.print_all_button = button(
            self.tr("打印全部…"), self.print_all, self.tr("预览并打印上方所选考评表的全部人员")
        )
        self.save_pdf_button = QPushButton(self.tr("保存 PDF…"))
        pdf_menu = QMenu(self.save_pdf_button)
        self.save_pdf_current_action = pdf_menu.addAction(
            self.tr("本人的考评表…"), self.save_pdf_current
        )
        self.save_pdf_all_action = pdf_menu.addAction(
            self.tr("所选考评表的全部人员…"), self.save_pdf_all
        )
        self.save_pdf_button.setMenu(pdf_menu)
        self.export_button = button(self.tr("导出 Excel…"), self.export_excel)
        actions = button_row(
            self.finalize_button,
            self.finalize_all_button,
            self.sign_button,
            self.scan_button,
            self.view_scan_button,
            self.reopen_button,
            self.print_button,
            self.print_all_button,
            self.save_pdf_button,
            self.export_button,
        )
        actions.addWidget(self.summary)

        self.model = AppraisalGridModel(store, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.delegate = ScoreDelegate(self.model, self.view)
        self.view.setItemDelegate(self.delegate)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setMinimumSectionSize(56)
        self.delegate.advance.connect(self._advance)
        self.delegate.rejected.connect(self._show_rejected)
        self.model.rejected.connect(self._show_rejected)
        self.model.rowChangedTotals.connect(self._row_changed)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.message = QLabel()
        self.message.setObjectName("appraisal_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)

        self.item_label = QLabel(self.tr("本项评语："))
        self.item_comment = QPlainTextEdit()
        self.item_comment.setTabChangesFocus(True)
        self.overall = QPlainTextEdit()
        self.overall.setTabChangesFocus(True)
        self.discipline = QComboBox()
        self.discipline.addItem(self.tr("无"), "")
        for d in ap.DISCIPLINES:
            self.discipline.addItem(label(d), d)
        self.appraiser = QLineEdit()
        self.save_comments_button = button(self.tr("保存评语(&C)"), self.save_comments)
        self.live_total = QLabel()
        self.live_total.setObjectName("appraisal_total")
        box = QGroupBox(self.tr("评语"))
        grid = QGridLayout(box)
        grid.addWidget(self.item_label, 0, 0)
        grid.addWidget(self.item_comment, 1, 0, 3, 1)
        grid.addWidget(QLabel(self.tr("总体评语：")), 0, 1)
        grid.addWidget(self.overall, 1, 1, 3, 1)
        grid.addWidget(QLabel(self.tr("当年处分：")), 0, 2)
        grid.addWidget(self.discipline, 1, 2)
        grid.addWidget(QLabel(self.tr("考评人：")), 2, 2)
        grid.addWidget(self.appraiser, 3, 2)
        grid.addWidget(self.live_total, 4, 0, 1, 2)
        grid.addWidget(self.save_comments_button, 4, 2)
        box.setMaximumHeight(190)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save_comments)

        # with no round yet, the page says what to do first and offers the button to do it
        self.empty_button = button(self.tr("新建考评…"), self.new_round)
        self.empty_box = EmptyGuide(
            self.tr(
                "还没有考评。请先点“新建考评…”，选年度，按人员类别建立考评表；"
                "然后在表格里逐人打分，定稿后打印签字。"
            ),
            self.empty_button,
            name="appraisal_empty",
        )
        self.empty_hint = self.empty_box.hint
        self.action_bar = QWidget()
        self.action_bar.setLayout(actions)
        actions.setContentsMargins(0, 0, 0, 0)
        self.comments_box = box

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.empty_box, 1)
        layout.addWidget(self.action_bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        layout.addWidget(box)
        self.reload()

    # -- loading -----------------------------------------------------------------------------
    def reload(self) -> None:
        """Rounds of this file, newest first; keeps the year shown if it still exists."""
        keep = self.year.currentData()
        self.year.blockSignals(True)
        self.year.clear()
        for r in appraisals.list_rounds(self.store):
            self.year.addItem(self.tr("{year} 年度").format(year=r["year"]), r["id"])
        found = self.year.findData(keep)
        self.year.setCurrentIndex(found if found >= 0 else 0)
        self.year.blockSignals(False)
        self._round_changed()

    def _round_changed(self) -> None:
        rid = self.year.currentData()
        self.round = appraisals.records.get(self.store, "appraisal_rounds", rid) if rid else None
        keep = self.which.currentData()
        self.which.blockSignals(True)
        self.which.clear()
        if self.round is not None:
            for u in appraisals.template_counts(self.store, rid):
                t = appraisals.template(self.store, u["template_id"])
                self.which.addItem(
                    self.tr("{name}（{n} 人）").format(name=t.name, n=u["n"]), u["template_id"]
                )
        found = self.which.findData(keep)
        self.which.setCurrentIndex(found if found >= 0 else 0)
        self.which.blockSignals(False)
        self._template_changed()

    def _template_changed(self) -> None:
        rid = self.round["id"] if self.round else None
        self.model.load(rid, self.which.currentData())
        self.view.resizeColumnsToContents()
        self.message.clear()
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, 1))
        self._update_summary()
        self._current_changed()

    def _update_summary(self) -> None:
        states = [r["state"] for r, _ in self.model.rows]
        self.summary.setText(
            self.tr("共 {n} 人：草稿 {d}，已定稿 {f}，已签字 {s}").format(
                n=len(states),
                d=states.count(ap.STATE_DRAFT),
                f=states.count(ap.STATE_FINALIZED),
                s=states.count(ap.STATE_SIGNED),
            )
        )
        has_round = self.round is not None
        for b in (self.finalize_all_button, self.print_all_button, self.export_button):
            b.setEnabled(has_round and bool(states))
        self.add_button.setEnabled(has_round)
        self.delete_round_button.setEnabled(has_round)
        self.empty_box.setVisible(not has_round)
        for w in (self.action_bar, self.view, self.comments_box):
            w.setVisible(has_round)
        self.countsChanged.emit()

    def status_count(self) -> str:
        """The status bar's count while this page is on screen: who is still to be appraised
        in the template shown (a draft is a sheet not yet finalized)."""
        if self.round is None:
            return self.tr("还没有考评")
        states = [r["state"] for r, _ in self.model.rows]
        return self.tr("{year} 年度：{todo}待考评，共 {n} 人").format(
            year=self.round["year"],
            todo=counts.people(states.count(ap.STATE_DRAFT)),
            n=len(states),
        )

    # -- current person ----------------------------------------------------------------------
    def current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def _current_changed(self, *_args: Any) -> None:
        row = self.current_row()
        valid = 0 <= row < self.model.rowCount()
        state = self.model.state(row) if valid else ""
        self.finalize_button.setEnabled(state == ap.STATE_DRAFT)
        self.sign_button.setEnabled(state == ap.STATE_FINALIZED)
        self.scan_button.setEnabled(state == ap.STATE_SIGNED)
        self.view_scan_button.setEnabled(valid and bool(self.model.rows[row][0].get("scan_sha256")))
        self.reopen_button.setEnabled(state in (ap.STATE_FINALIZED, ap.STATE_SIGNED))
        self.print_button.setEnabled(valid)
        editable = state == ap.STATE_DRAFT
        for w in (self.item_comment, self.overall, self.discipline, self.appraiser):
            w.setEnabled(editable)
        self.save_comments_button.setEnabled(editable)
        if not valid:
            self.item_comment.clear()
            self.overall.clear()
            self.live_total.clear()
            return
        _r, sh = self.model.rows[row]
        item = self.model.item_at(self.view.currentIndex().column())
        self._comment_item = item.name if item else None
        self.item_label.setText(
            self.tr("“{item}”评语：").format(item=item.name) if item else self.tr("本项评语：")
        )
        self.item_comment.setPlainText(sh.item_comments.get(item.name, "") if item else "")
        self.item_comment.setEnabled(editable and item is not None)
        self.overall.setPlainText(sh.overall_comment or "")
        self.discipline.setCurrentIndex(max(0, self.discipline.findData(sh.discipline or "")))
        self.appraiser.setText(_r.get("appraiser") or "")
        self._show_total(row)

    def _show_total(self, row: int) -> None:
        _r, sh = self.model.rows[row]
        if sh.total is None:
            missing = len(ap.missing_items(sh.template, sh.scores))
            text = self.tr("{name}：已得 {partial} 分，还有 {n} 项未打分").format(
                name=sh.person.get("name", ""),
                partial=f"{ap.partial_total(sh.template, sh.scores):g}",
                n=missing,
            )
        else:
            text = self.tr("{name}：总分 {total}，等次 {grade}（{state}）").format(
                name=sh.person.get("name", ""),
                total=f"{sh.total:g}",
                grade=sh.grade,
                state=state_label(sh.state),
            )
        self.live_total.setText(text)

    def _row_changed(self, row: int) -> None:
        self.message.clear()
        if row == self.current_row():
            self._show_total(row)
        self._update_summary()

    def _show_rejected(self, reason: str) -> None:
        self._say(reason, ok=False)

    def _say(self, text: str, ok: bool = True) -> None:
        """The line under the grid: green when an action went through, red when refused."""
        self.message.setStyleSheet(result_style(ok))
        self.message.setText(text)

    def _advance(self, index: QModelIndex) -> None:
        """After Enter: the next item of the same person, then the next person's first item."""
        row, col = index.row(), index.column() + 1
        while row < self.model.rowCount():
            while col <= self.model.n_items:
                nxt = self.model.index(row, col)
                if self.model.flags(nxt) & Qt.ItemFlag.ItemIsEditable:
                    self.view.setCurrentIndex(nxt)
                    self.view.scrollTo(nxt)
                    return
                col += 1
            row, col = row + 1, 1
        self.view.setCurrentIndex(index)  # the last cell: stay

    def save_comments(self) -> None:
        row = self.current_row()
        if row < 0 or self.model.state(row) != ap.STATE_DRAFT:
            return
        item_comments: dict[str, str | None] | None = (
            {self._comment_item: self.item_comment.toPlainText()} if self._comment_item else None
        )
        ok, _ = attempt(
            self,
            self.tr("保存评语"),
            lambda: appraisals.set_comments(
                self.store,
                self.model.appraisal_id(row),
                item_comments,
                overall=self.overall.toPlainText(),
                discipline=str(self.discipline.currentData() or ""),
                appraiser=self.appraiser.text(),
            ),
        )
        if not ok:
            return
        self.model.refresh_row(row)
        self._say(self.tr("评语已保存。"))

    # -- state changes -----------------------------------------------------------------------
    def _selected_id(self) -> str | None:
        row = self.current_row()
        return self.model.appraisal_id(row) if row >= 0 else None

    def new_round(self) -> None:
        from swdesk.ui.appraisal_dialogs import NewRoundDialog

        latest = appraisals.list_rounds(self.store)
        year = int(latest[0]["year"]) + 1 if latest else date.today().year
        dialog = NewRoundDialog(self.store, year, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.created.connect(self._round_created)
        dialog.open()
        self.new_round_dialog = dialog

    def add_people(self) -> None:
        """People hired or newly eligible after the round was made (existing sheets untouched)."""
        from swdesk.ui.appraisal_dialogs import NewRoundDialog

        if self.round is None:
            return
        dialog = NewRoundDialog(self.store, int(self.round["year"]), self, self.round["id"])
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.created.connect(self._people_added)
        dialog.open()
        self.new_round_dialog = dialog

    def _people_added(self, round_id: str, year: int) -> None:
        added = getattr(self.sender(), "added", 0)
        self._round_created(round_id, year)
        self.message.setText(
            self.tr("已加入 {n} 人。").format(n=added)
            if added
            else self.tr("没有需要加入的人员，已有考评表未改动。")
        )

    def delete_round(self) -> None:
        """Delete a round made by mistake; the store refuses once any sheet is past 草稿."""
        if self.round is None:
            return
        title = self.tr("删除本年度考评")
        year = int(self.round["year"])
        reason, ok = QInputDialog.getText(
            self,
            title,
            self.tr("删除 {year} 年度的全部考评（已打的分和评语一并删除）。请写明理由：").format(
                year=year
            ),
        )
        if not ok:
            return
        round_id = self.round["id"]
        ok, n = attempt(self, title, lambda: appraisals.delete_round(self.store, round_id, reason))
        if not ok:
            return
        self.reload()
        self.message.setText(
            self.tr("已删除 {year} 年度考评（{n} 份草稿），理由已记入修改记录。").format(
                year=year, n=n
            )
        )

    def check_paper(self) -> None:
        """Match a printed sheet to its record: the footer's code, or a QR scanner's text."""
        title = self.tr("查对校验码")
        text, ok = QInputDialog.getText(
            self,
            title,
            self.tr("打印件页脚的记录校验码（如 FB97-97B7-B016），或扫描二维码："),
        )
        if not ok or not text.strip():
            return
        ok, checked = attempt(self, title, lambda: appraisals.check_paper(self.store, text))
        if not ok or checked is None:
            return
        found, matches, message = checked
        if found is not None:
            self.show_appraisal(found)
        if matches:
            QMessageBox.information(self, title, shown(message))
        else:
            QMessageBox.warning(self, title, shown(message))

    def show_appraisal(self, appraisal_id: str) -> None:
        """Select the round, template and row of an appraisal."""
        found = appraisals.placement(self.store, appraisal_id)
        if found is None:
            return
        round_id, template_id = found
        self.year.setCurrentIndex(max(0, self.year.findData(round_id)))
        self.which.setCurrentIndex(max(0, self.which.findData(template_id)))
        for i in range(self.model.rowCount()):
            if self.model.appraisal_id(i) == appraisal_id:
                self.view.setCurrentIndex(self.model.index(i, 1))
                self.view.scrollTo(self.model.index(i, 1))
                break

    def _round_created(self, round_id: str, year: int) -> None:
        self.reload()
        self.year.setCurrentIndex(max(0, self.year.findData(round_id)))
        self.view.setFocus()

    def edit_templates(self) -> None:
        from swdesk.ui.appraisal_dialogs import TemplateEditor

        dialog = TemplateEditor(self.store, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.template_dialog = dialog

    def edit_rules(self) -> None:
        from swdesk.ui.appraisal_dialogs import RulesEditor

        dialog = RulesEditor(self.store, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.rules_dialog = dialog

    def _after_change(self, row: int, message: str) -> None:
        self.model.refresh_row(row)
        self._update_summary()
        self._current_changed()
        self._say(message)

    def finalize_current(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        if not confirmed(
            self,
            self.tr("定稿"),
            self.tr(
                "定稿后 {name} 的考评表不能再改分数和评语，只能打印签字或退回。要定稿吗？"
            ).format(name=self.model.rows[row][1].person.get("name", "")),
        ):
            return
        ok, _ = attempt(
            self,
            self.tr("定稿"),
            lambda: appraisals.finalize(self.store, self.model.appraisal_id(row)),
        )
        if not ok:
            return
        self._after_change(row, self.tr("已定稿，可以打印签字。"))

    def finalize_all(self) -> None:
        if self.round is None:
            return
        round_id = self.round["id"]
        if not confirmed(
            self,
            self.tr("全部定稿"),
            self.tr(
                "{year} 年度所有打完分的草稿都将定稿（所有考评表，不只是上方所选的），"
                "定稿后不能再改分数和评语。要全部定稿吗？"
            ).format(year=self.round["year"]),
        ):
            return
        ok, counts = attempt(
            self, self.tr("全部定稿"), lambda: appraisals.finalize_round(self.store, round_id)
        )
        if not ok or counts is None:
            return
        done, incomplete = counts
        self._template_changed()
        text = self.tr("已定稿 {n} 份。").format(n=done)
        if incomplete:
            text += self.tr("还有 {n} 人没有打完分：{names}").format(
                n=len(incomplete), names="、".join(incomplete[:10])
            )
        QMessageBox.information(self, self.tr("全部定稿"), text)

    def _ask_scan(self, title: str, caption: str) -> tuple[str, bytes] | bool | None:
        """(name, bytes) of the chosen scan; None if none was chosen; False if unreadable."""
        path = ask_open(
            self, caption, self.tr("扫描件或照片 (*.pdf *.jpg *.jpeg *.png);;所有文件 (*)")
        )
        if path is None:
            return None
        try:
            return path.name, path.read_bytes()
        except OSError as e:
            show_failure(self, title, e)
            return False

    def attach_scan(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        title = self.tr("附扫描件")
        scan = self._ask_scan(title, self.tr("选择签字后考评表的扫描件或照片"))
        if not isinstance(scan, tuple):
            return
        ok, _ = attempt(
            self,
            title,
            lambda: appraisals.attach_scan(self.store, self.model.appraisal_id(row), *scan),
        )
        if not ok:
            return
        self._after_change(row, self.tr("扫描件已附上。"))

    def view_scan(self) -> None:
        """Open the attached scan of the signed paper in the system's viewer (a copy in the
        temporary folder: the data file keeps the original)."""
        row = self.current_row()
        if row < 0:
            return
        title = self.tr("查看扫描件")
        found = appraisals.scan(self.store, self.model.appraisal_id(row))
        if found is None:
            QMessageBox.information(self, title, self.tr("这份考评表没有附扫描件。"))
            return
        name, data = found
        folder = (
            Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.TempLocation))
            / "swdesk-scans"
        )
        sh = self.model.rows[row][1]
        out = folder / f"{sh.year}_{sh.person.get('name', '')}_{Path(name).name}"
        try:
            atomic.make_folder(folder)
            atomic.write_atomic(out, data)
        except (RuleError, OSError) as e:
            show_failure(self, title, e)
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(out)))

    def sign_current(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        title = self.tr("登记签字")
        chosen = self._ask_scan(title, self.tr("选择签字后考评表的扫描件或照片（可不选）"))
        if chosen is False:
            return
        scan = chosen if isinstance(chosen, tuple) else None
        if scan is None and not confirmed(
            self, title, self.tr("不附扫描件，直接登记为已签字吗？以后仍可补上扫描件。")
        ):
            return
        ok, _ = attempt(
            self, title, lambda: appraisals.sign(self.store, self.model.appraisal_id(row), scan)
        )
        if not ok:
            return
        self._after_change(row, self.tr("已登记签字，考评表已锁定。"))

    def reopen_current(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        title = self.tr("退回考评表")
        reason, ok = QInputDialog.getText(
            self,
            title,
            self.tr("退回 {name} 的考评表（{state}）的理由：").format(
                name=self.model.rows[row][1].person.get("name", ""),
                state=state_label(self.model.state(row)),
            ),
        )
        if not ok:
            return
        ok, _ = attempt(
            self, title, lambda: appraisals.reopen(self.store, self.model.appraisal_id(row), reason)
        )
        if not ok:
            return
        self._after_change(
            row, self.tr("已退回草稿，理由已记入修改记录。修改后需重新定稿、打印、签字。")
        )

    # -- files -------------------------------------------------------------------------------
    def shown_worker_ids(self) -> list[str]:
        """The people of the template the selector shows, in the grid's order."""
        return [r["worker_id"] for r, _ in self.model.rows]

    def _current_person(self) -> tuple[list[str], str] | None:
        row = self.current_row()
        if row < 0 or self.round is None:
            return None
        return [self.model.rows[row][0]["worker_id"]], self.model.rows[row][1].person.get(
            "name", ""
        )

    def print_current(self) -> None:
        who = self._current_person()
        if who is not None:
            self._print(*who)

    def print_all(self) -> None:
        if self.round is not None and self.model.rows:
            self._print(self.shown_worker_ids(), self.which.currentText())

    def save_pdf_current(self) -> None:
        who = self._current_person()
        if who is not None:
            self._save_pdf(*who)

    def save_pdf_all(self) -> None:
        if self.round is not None and self.model.rows:
            self._save_pdf(self.shown_worker_ids(), self.tr("全部"))

    def _print(self, worker_ids: list[str], who: str) -> None:
        """Write the sheets to the temporary folder and open the print preview on them."""
        from swdesk.ui.print_preview import PdfPrintPreview, print_folder

        assert self.round is not None
        title = self.tr("打印考评表")
        out = print_folder() / f"appraisal_{self.round['year']}_{len(worker_ids)}.pdf"
        if not self._write_pdf(worker_ids, out, title):
            return
        dialog = PdfPrintPreview(
            out,
            self.tr("{year}年度绩效考评表 — {who}").format(year=self.round["year"], who=who),
            self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.preview_dialog = dialog

    def _save_pdf(self, worker_ids: list[str], who: str) -> None:
        from swdesk.ui.print_preview import show_saved

        assert self.round is not None
        title = self.tr("保存考评表 PDF")
        out = ask_save(
            self,
            title,
            self.tr("{year}年度绩效考评表_{who}.pdf").format(year=self.round["year"], who=who),
            self.tr("PDF 文件 (*.pdf)"),
            ".pdf",
        )
        if out is None or not self._write_pdf(worker_ids, out, title):
            return
        self.saved_box = show_saved(self, title, out)

    def _write_pdf(self, worker_ids: list[str], out: Path, title: str) -> bool:
        """The sheets of ``worker_ids`` in ``out``; says how many are still drafts."""
        assert self.round is not None
        round_id = self.round["id"]
        template_id = self.which.currentData()

        def job(store: Store, progress: Progress) -> int:
            from swdesk.formats.appraisal_pdf import print_sheets

            atomic.make_folder(out.parent)
            sheets = [
                sh
                for r, sh in appraisals.round_sheets(store, round_id, worker_ids)
                if r["template_id"] == template_id  # a person in two kinds: the shown one
            ]
            print_sheets(store, sheets, out)
            return sum(1 for sh in sheets if sh.state == ap.STATE_DRAFT)

        ok, drafts = run_job(
            self, self.tr("正在生成考评表……"), self.store, job, failure_title=title
        )
        if not ok:
            return False
        if drafts:
            self._say(
                self.tr(
                    "有 {n} 份还是草稿，每页都印有“草稿 — 不能签字”，请定稿后再打印签字。"
                ).format(n=drafts),
                ok=False,
            )
        return True

    def export_excel(self) -> None:
        if self.round is None:
            return
        title = self.tr("导出考评结果")
        year = int(self.round["year"])
        out = ask_save(
            self,
            title,
            self.tr("{year}年度绩效考评结果.xlsx").format(year=year),
            self.tr("Excel 工作簿 (*.xlsx)"),
            ".xlsx",
        )
        if out is None:
            return

        def job(store: Store, progress: Progress) -> int:
            from swdesk.formats.appraisal_excel import export_round

            return export_round(store, year, out)

        ok, n = run_job(self, self.tr("正在导出……"), self.store, job, failure_title=title)
        if not ok:
            return
        QMessageBox.information(
            self, title, self.tr("已导出 {n} 份考评结果到：\n{path}").format(n=n, path=out)
        )
