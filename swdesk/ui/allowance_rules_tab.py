"""The 津贴规则 tab of the settings dialog: the allowance rule edited as a new version, with a
live preview of what the change does to a month before anything is saved.

A preset fills the fields; the amounts per level, who qualifies, from when, part months, the
funding channel and the one-off rewards can then be changed, and saving adds a version from the
chosen month (``store.allowance_rules.save_version``): earlier months keep what they were owed.
Exam-fee reimbursement (who may be reimbursed, who pays) is the exam rules' setting and is saved
with them. While anything changes, the month is computed again in the background (debounced)
under the saved rule and the edited one, and the tab says how many people and how much change.

On an enrolled township the county sets the rule (it arrives with each receipt), so the tab only
shows it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QListWidgetItem,
    QTableWidgetItem,
    QWidget,
)

from swdesk.core import allowance as al
from swdesk.core import enums, exam
from swdesk.core.allowance_edit import (
    PART_MONTH_LABELS,
    START_LABELS,
    Preview,
    draft_version,
    first_free_month,
    with_new_version,
)
from swdesk.core.errors import RuleError
from swdesk.core.money import yuan
from swdesk.store import Store, exams
from swdesk.store import allowance_rules as rules_store
from swdesk.store import allowances as store_al
from swdesk.ui.designer import set_up
from swdesk.ui.enum_labels import label, select_data
from swdesk.ui.forms.allowance_rules_tab import Ui_AllowanceRulesTab
from swdesk.ui.rule_text import shown
from swdesk.ui.stable_errors import hold_error
from swdesk.ui.styles import ERROR_STYLE, NEUTRAL_STYLE, NOTICE_STYLE
from swdesk.ui.tasks import BackgroundTask, Progress, in_background

# How long the fields must stay still before the preview is computed again (ms).
DEBOUNCE_MS = 400
_AMOUNT, _REWARD = 1, 2


def _yuan_text(fen: int | None) -> str:
    return "" if fen is None else yuan(fen)


class AllowanceRulesTab(QWidget):
    """``previewed`` follows each preview shown (or refused draft); ``saved`` each save."""

    previewed = Signal()
    saved = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None, today: date | None = None):
        super().__init__(parent)
        self.store = store
        self.today = today or date.today()
        self.presets = store_al.presets()
        form = set_up(self, Ui_AllowanceRulesTab())
        self.form = form
        self.read_only = rules_store.rules_from_county(store)
        self.preset = form.presetCombo
        for key, p in self.presets.items():
            self.preset.addItem(p.name, key)
        self.name, self.channel, self.funder = form.nameEdit, form.channelEdit, form.funderEdit
        self.valid_from = form.validFromEdit
        self.start, self.part_month = form.startCombo, form.partMonthCombo
        for key, text in START_LABELS.items():
            self.start.addItem(label(text), key)
        for key, text in PART_MONTH_LABELS.items():
            self.part_month.addItem(label(text), key)
        self.amounts = form.amountsTable
        self.amounts.verticalHeader().setVisible(False)
        self.amounts.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.amounts.horizontalHeader().setStretchLastSection(True)
        for row, level in enumerate(enums.LEVELS):
            item = QTableWidgetItem(label(level))
            item.setData(Qt.ItemDataRole.UserRole, level)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.amounts.setItem(row, 0, item)
            for col in (_AMOUNT, _REWARD):
                cell = QTableWidgetItem("")
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.amounts.setItem(row, col, cell)
        height = self.amounts.horizontalHeader().sizeHint().height() + 2 * self.amounts.frameWidth()
        for row in range(self.amounts.rowCount()):
            height += self.amounts.rowHeight(row)
        self.amounts.setFixedHeight(height)
        self.post_types = form.postTypesList
        for post in enums.POST_TYPES:
            post_item = QListWidgetItem(label(post))
            post_item.setData(Qt.ItemDataRole.UserRole, post)
            post_item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            post_item.setCheckState(Qt.CheckState.Unchecked)
            self.post_types.addItem(post_item)
        rows = self.post_types.sizeHintForRow(0) * (len(enums.POST_TYPES) + 1)
        self.post_types.setMaximumHeight(max(rows, self.fontMetrics().height() * 4))
        self.need_registration = form.needRegistrationCheck
        self.exclude_failed = form.excludeFailedCheck
        self.need_ce = form.needCeCheck
        self.reimburse_who, self.reimburse_payer = form.reimburseWhoCombo, form.reimbursePayerEdit
        for key, text in exam.REIMBURSE_WHO_LABELS.items():
            self.reimburse_who.addItem(label(text), key)
        self.versions = form.versionsTable
        self.versions.verticalHeader().setVisible(False)
        self.versions.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.versions.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.versions.horizontalHeader().setStretchLastSection(True)
        self.preview_label = form.previewLabel
        self.preview_label.setStyleSheet(NEUTRAL_STYLE)
        self.error = hold_error(form.errorLabel, ERROR_STYLE)  # showing it moves nothing
        self.county_note = form.countyNote
        self.county_note.setStyleSheet(NOTICE_STYLE)
        self.county_note.setVisible(self.read_only)
        self.save_button = form.saveButton
        self.apply_button = form.applyPresetButton

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh_preview)
        self._task: BackgroundTask | None = None
        self._again = False
        self._closed = False
        self._stale = True  # the preview does not show the fields yet
        self.preview: Preview | None = None

        self.apply_button.clicked.connect(self.apply_preset)
        self.save_button.clicked.connect(self.save)
        self._reload()
        for signal in (
            self.name.textChanged,
            self.channel.textChanged,
            self.funder.textChanged,
            self.valid_from.dateChanged,
            self.start.currentIndexChanged,
            self.part_month.currentIndexChanged,
            self.amounts.itemChanged,
            self.post_types.itemChanged,
            self.need_registration.toggled,
            self.exclude_failed.toggled,
            self.need_ce.toggled,
        ):
            signal.connect(self.draft_changed)
        if self.read_only:
            self._freeze()

    # -- fields ---------------------------------------------------------------------------
    def _reload(self) -> None:
        """The saved rule in the fields, its versions listed, the default new month set."""
        self.rules = store_al.rules(self.store)
        self.exam_rules = exams.rules(self.store)
        if not select_data(self.preset, self.rules.preset):
            select_data(self.preset, store_al.DEFAULT_PRESET)
        self._fill(self.rules, self.rules.versions[-1])
        start = (
            first_free_month(self.rules, self.today)
            if store_al.rules_saved(self.store)
            else self.rules.versions[-1].valid_from
        )
        self.valid_from.setDate(QDate(start.year, start.month, 1))
        select_data(self.reimburse_who, self.exam_rules.reimbursement.who)
        self.reimburse_payer.setText(self.exam_rules.reimbursement.payer)
        self._list_versions()

    def _fill(self, rules: al.AllowanceRules, v: al.RuleVersion) -> None:
        self.note = rules.note
        self.name.setText(rules.name)
        self.channel.setText(rules.channel)
        self.funder.setText(rules.funder)
        select_data(self.start, v.start)
        select_data(self.part_month, v.part_month)
        for row, level in enumerate(enums.LEVELS):
            self._cell(row, _AMOUNT).setText(_yuan_text(v.amounts.get(level)))
            self._cell(row, _REWARD).setText(_yuan_text(v.rewards.get(level)))
        for i in range(self.post_types.count()):
            item = self.post_types.item(i)
            on = item.data(Qt.ItemDataRole.UserRole) in v.post_types
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.need_registration.setChecked(v.need_registration)
        self.exclude_failed.setChecked(v.exclude_failed_appraisal)
        self.need_ce.setChecked(v.need_ce_met)

    def _cell(self, row: int, col: int) -> QTableWidgetItem:
        item = self.amounts.item(row, col)
        assert item is not None
        return item

    def _list_versions(self) -> None:
        saved = store_al.rules_saved(self.store)
        self.versions.setRowCount(0)
        for v in reversed(self.rules.versions):  # newest first
            row = self.versions.rowCount()
            self.versions.insertRow(row)
            amounts = "、".join(f"{label(lv)} {yuan(a)}" for lv, a in v.amounts.items())
            rewards = "、".join(f"{label(lv)} {yuan(a)}" for lv, a in v.rewards.items())
            texts = [al.month_label(v.valid_from), amounts, rewards, self._conditions(v)]
            for col, text in enumerate(texts):
                self.versions.setItem(row, col, QTableWidgetItem(text))
        if not saved:
            self.form.versionsLabel.setText(
                self.tr(
                    "尚未选定本地规则，暂按默认预设“{name}”计算；保存后以填写的内容为第一个版本。"
                ).format(name=self.rules.name)
            )

    def _conditions(self, v: al.RuleVersion) -> str:
        parts = ["、".join(label(p) for p in v.post_types) or self.tr("不限岗位")]
        if v.need_registration:
            parts.append(self.tr("登记有效"))
        if v.exclude_failed_appraisal:
            parts.append(self.tr("上年考评不合格不发"))
        if v.need_ce_met:
            parts.append(self.tr("继续教育达标"))
        parts.append(label(START_LABELS[v.start]))
        parts.append(label(PART_MONTH_LABELS[v.part_month]))
        return "；".join(parts)

    def apply_preset(self) -> None:
        """The chosen preset's latest version in the fields (nothing saved yet)."""
        p = self.presets.get(self.preset.currentData())
        if p is not None:
            self._fill(p, p.versions[-1])

    def _freeze(self) -> None:
        for w in (
            self.preset,
            self.apply_button,
            self.name,
            self.channel,
            self.funder,
            self.valid_from,
            self.start,
            self.part_month,
            self.amounts,
            self.post_types,
            self.need_registration,
            self.exclude_failed,
            self.need_ce,
            self.reimburse_who,
            self.reimburse_payer,
            self.save_button,
        ):
            w.setEnabled(False)
        self.preview_label.setVisible(False)

    # -- the draft ------------------------------------------------------------------------
    def version_raw(self) -> dict[str, Any]:
        """The version the fields describe, as ``core.allowance`` reads it (amounts in yuan)."""

        def column(col: int) -> dict[str, str]:
            return {
                lv: text
                for row, lv in enumerate(enums.LEVELS)
                if (text := self._cell(row, col).text().strip())
            }

        d = self.valid_from.date()
        return {
            "valid_from": f"{d.year()}-{d.month():02d}",
            "amounts": column(_AMOUNT),
            "rewards": column(_REWARD),
            "post_types": [
                self.post_types.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.post_types.count())
                if self.post_types.item(i).checkState() == Qt.CheckState.Checked
            ],
            "need_registration": self.need_registration.isChecked(),
            "exclude_failed_appraisal": self.exclude_failed.isChecked(),
            "need_ce_met": self.need_ce.isChecked(),
            "start": self.start.currentData(),
            "part_month": self.part_month.currentData(),
        }

    def edited(self) -> al.AllowanceRules:
        """The saved rule with the fields as its new version (refused drafts raise RuleError)."""
        return with_new_version(
            self.rules,
            draft_version(self.version_raw()),
            name=self.name.text(),
            channel=self.channel.text(),
            funder=self.funder.text(),
            note=self.note,
            preset=self._preset_key(),
            keep_earlier=store_al.rules_saved(self.store),
        )

    def _preset_key(self) -> str:
        """The preset's key while the fields say what it says, else the rule's own key."""
        p = self.presets.get(self.preset.currentData())
        if p is None:
            return self.rules.preset
        mine = replace(draft_version(self.version_raw()), valid_from=p.versions[-1].valid_from)
        return p.preset if mine == p.versions[-1] else "custom"

    def changed(self) -> bool:
        """Whether the fields differ from the saved rule's latest version (its month aside)."""
        latest = self.rules.versions[-1]
        try:  # a refused draft is a change the user means to make (and is refused on saving)
            mine = replace(draft_version(self.version_raw()), valid_from=latest.valid_from)
            if not store_al.rules_saved(self.store):  # the stand-in preset: its month counts
                mine = draft_version(self.version_raw())
        except RuleError:
            return True
        labels = (self.name.text().strip(), self.channel.text().strip(), self.funder.text().strip())
        return (
            mine != latest
            or labels != (self.rules.name, self.rules.channel, self.rules.funder)
            or self.note != self.rules.note
        )

    def _exam_reimbursement(self) -> exam.Reimbursement:
        return replace(
            self.exam_rules.reimbursement,
            who=self.reimburse_who.currentData(),
            payer=self.reimburse_payer.text().strip(),
        )

    def preview_month(self) -> date:
        """The current month, or the new version's first month when that is later."""
        d = self.valid_from.date()
        return max(self.today.replace(day=1), date(d.year(), d.month(), 1))

    # -- preview --------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        """The preview is worked out while the tab is shown (not for a dialog opened on
        another tab)."""
        super().showEvent(event)
        if self._stale:
            self._timer.start()

    def draft_changed(self) -> None:
        self._stale = True
        if self.isVisible():
            self._timer.start()

    def refresh_preview(self) -> None:
        """Compute the month under both rules in the background; a change while it runs
        computes again once it is done (the last draft is the one shown)."""
        if self.read_only or self._closed:
            return
        if self._task is not None and not self._task.done:
            self._again = True
            return
        self._stale = False
        self.error.setVisible(False)
        try:
            edited = self.edited()
        except RuleError as e:
            self._show_error(shown(e.message))
            self.preview_label.setText(self.tr("填写有误，暂不能预览。"))
            self.previewed.emit()
            return
        month = self.preview_month()
        self.preview_label.setText(
            self.tr("正在计算 {month} 的变化……").format(month=al.month_label(month))
        )

        def job(store: Store, _p: Progress) -> Preview:
            return rules_store.preview(store, month, edited)

        self._task = in_background(self.store, job, self._previewed, self._preview_failed)

    def _finished(self) -> bool:
        """True when this result is not shown: the tab is closed, or a newer draft waits (its
        preview starts instead)."""
        if self._closed:
            return True
        if self._again:
            self._again = False
            self.refresh_preview()
            return True
        return False

    def _previewed(self, p: Preview) -> None:
        if self._finished():
            return
        self.preview = p
        self.preview_label.setText(
            self.tr(
                "{month}：按已保存的规则 {people0} 人、{amount0} 元；按修改后的规则 "
                "{people1} 人、{amount1} 元；变化 {dp:+d} 人、{da} 元。"
            ).format(
                month=al.month_label(p.month),
                people0=p.saved.people,
                amount0=yuan(p.saved.amount),
                people1=p.edited.people,
                amount1=yuan(p.edited.amount),
                dp=p.people_change,
                da=("+" if p.amount_change >= 0 else "-") + yuan(abs(p.amount_change)),
            )
        )
        self.previewed.emit()

    def _preview_failed(self, error: BaseException) -> None:
        if self._finished():
            return
        self.preview = None
        text = shown(error.message) if isinstance(error, RuleError) else str(error)
        self.preview_label.setText(self.tr("预览没有算出来：{reason}").format(reason=text))
        self.previewed.emit()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)

    # -- saving ---------------------------------------------------------------------------
    def save(self) -> bool:
        """Save what changed: a new allowance version, the exam reimbursement setting.

        On a refused draft the reason shows in the tab and nothing is saved."""
        self.error.setVisible(False)
        if self.read_only:
            return True
        try:
            new = self.edited() if self.changed() else None
            reimbursement = self._exam_reimbursement()
            exam_new = (
                replace(self.exam_rules, reimbursement=reimbursement)
                if reimbursement != self.exam_rules.reimbursement
                else None
            )
            if exam_new is not None:  # checked before anything is written
                exam.rules_from_dict(exam_new.to_dict())
            with self.store.atomic():
                if new is not None:
                    rules_store.save_version(
                        self.store,
                        new.versions[-1],
                        name=new.name,
                        channel=new.channel,
                        funder=new.funder,
                        note=new.note,
                        preset=new.preset,
                    )
                if exam_new is not None:
                    exams.set_rules(self.store, exam_new)
        except RuleError as e:
            self._show_error(shown(e.message))
            return False
        self._reload()
        self.saved.emit()
        self.draft_changed()
        return True

    def shutdown(self) -> None:
        """No more previews; wait for a running one (the dialog is closing)."""
        self._closed = True
        self._timer.stop()
        if self._task is not None and not self._task.done:
            self._task.wait()
