"""继续教育学时: one worker's ledger — the period, a progress bar toward the requirement, every
record (this period and earlier ones), single records without an event, proofs, transcript.

The standing shown is ``training.standing_of`` at today, the same rules as the compliance
list and the PDF, so the bar, the list and the printed proof never disagree.
"""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QInputDialog,
    QMessageBox,
    QTableWidgetItem,
    QWidget,
)

from swdesk import atomic
from swdesk.core import ce, divisions
from swdesk.core.errors import RuleError
from swdesk.store import Store, training, villages, workers
from swdesk.ui.ce_labels import (
    hours_text,
    progress_style,
    status_label,
    status_style,
    unit_label,
)
from swdesk.ui.certificates_table import OptionalDate
from swdesk.ui.designer import set_up
from swdesk.ui.enum_labels import fill_combo, label, select_data
from swdesk.ui.file_dirs import ask_open, ask_save
from swdesk.ui.forms.ledger_dialog import Ui_LedgerDialog
from swdesk.ui.forms.record_editor import Ui_RecordEditor
from swdesk.ui.pdf_preview_save import SavingPdfPreview, open_preview, print_file
from swdesk.ui.rule_text import shown
from swdesk.ui.styles import ERROR_STYLE
from swdesk.ui.tasks import Progress, TaskFailed, run_with_progress, show_failure
from swdesk.ui.widgets import confirmed, pick_one_row, rule_warning, wire_buttons

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1


def _tr(text: str) -> str:
    return QCoreApplication.translate("LedgerDialog", text)


def save_transcripts(
    parent: QWidget, store: Store, worker_ids: Sequence[str], name: str, at: date
) -> Path | None:
    """Ask where, write the 继续教育学时证明 PDF in a background task, open it. None if not."""
    title = QCoreApplication.translate("LedgerDialog", "导出学时证明")
    out = ask_save(
        parent, title, name, QCoreApplication.translate("LedgerDialog", "PDF 文件 (*.pdf)"), ".pdf"
    )
    if out is None:
        return None
    written = _write_transcripts(parent, store, worker_ids, out, at, title)
    if written is not None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(written)))
    return written


def print_transcripts(
    parent: QWidget, store: Store, worker_ids: Sequence[str], name: str, at: date
) -> SavingPdfPreview | None:
    """Write the 继续教育学时证明 to the print folder in a background task and show its pages in
    the print preview, where the clerk prints them or saves them as ``name``. None if not."""
    title = QCoreApplication.translate("LedgerDialog", "打印学时证明")
    out = _write_transcripts(
        parent, store, worker_ids, print_file(f"transcripts_{len(worker_ids)}.pdf"), at, title
    )
    if out is None:
        return None
    return open_preview(parent, out, Path(name).stem, name)


def _write_transcripts(
    parent: QWidget, store: Store, worker_ids: Sequence[str], out: Path, at: date, title: str
) -> Path | None:
    ids = list(worker_ids)

    def job(own: Store, progress: Progress) -> Path:
        from swdesk.formats.transcript import write_transcripts

        return write_transcripts(own, ids, out, at)

    try:
        return run_with_progress(
            parent, QCoreApplication.translate("LedgerDialog", "正在生成学时证明……"), store, job
        )
    except TaskFailed as failed:
        show_failure(parent, title, failed.error)
        return None


def _read_proof(parent: QWidget) -> tuple[str, bytes] | None:
    path = ask_open(
        parent,
        QCoreApplication.translate("LedgerDialog", "选择证明文件"),
        QCoreApplication.translate(
            "LedgerDialog", "图片或 PDF (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.pdf);;所有文件 (*)"
        ),
    )
    if path is None:
        return None
    try:
        return path.name, path.read_bytes()
    except OSError as e:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("LedgerDialog", "证明文件"),
            QCoreApplication.translate("LedgerDialog", "无法读取 {path}：{error}").format(
                path=path, error=shown(atomic.read_reason(e))
            ),
        )
        return None


class RecordEditor(QDialog):
    """A record without an event: an online course, or a conversion (degree, paper)."""

    saved = Signal(str)

    def __init__(self, store: Store, worker_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.worker_id = worker_id
        self.settings = training.ce_settings(store)
        self.proof: tuple[str, bytes] | None = None
        form = set_up(self, Ui_RecordEditor())
        self.activity = form.activityCombo
        self.activity.addItem(self.tr("培训（按实际学时）"), ce.TRAINING)
        for c in self.settings.conversions:
            self.activity.addItem(
                self.tr("{label}（折算 {hours} 学时）").format(
                    label=c.label, hours=hours_text(c.hours)
                ),
                c.activity,
            )
        self.title = form.titleEdit
        self.mode = form.modeCombo
        fill_combo(self.mode, ce.MODES)
        select_data(self.mode, ce.MODE_ONLINE)
        self.start_date = form.startDateEdit
        self.start = OptionalDate(self.start_date)
        self.end_date = form.endDateEdit
        self.end_date.setDate(QDate.currentDate())
        # Hours count in the period their end date falls in: a date outside the worker's current
        # period (often a year typed wrong) is questioned before saving.
        period = training.standing_of(store, worker_id, date.today(), self.settings).period
        if period is not None:
            self.end_date.set_expected(period.start, period.end)
        self._date_confirmed = False
        self.end_date.dateChanged.connect(self._end_date_changed)
        self.hours = form.hoursSpin
        self.hours.setRange(0, ce.MAX_HOURS)
        self.note = form.noteEdit
        self.proof_label = form.proofLabel
        self.proof_button = form.proofButton
        self.error = form.error
        self.error.setStyleSheet(ERROR_STYLE)
        wire_buttons(form.buttons, self.tr("保存"), self.save, self.tr("取消"), self.reject)
        self.activity.currentIndexChanged.connect(self._activity_changed)
        self.proof_button.clicked.connect(self._choose_proof)

    def _activity_changed(self) -> None:
        conv = self.settings.conversion(self.activity.currentData())
        self.hours.setEnabled(conv is None)
        if conv is not None:
            self.hours.setValue(conv.hours)
            if not self.title.text().strip():
                self.title.setPlaceholderText(conv.label)
            if conv.activity == ce.ACTIVITY_DEGREE:
                select_data(self.mode, ce.MODE_DEGREE)

    def _choose_proof(self) -> None:
        got = _read_proof(self)
        if got is not None:
            self.proof = got
            self.proof_label.setText(got[0])

    def raw(self) -> dict[str, Any]:
        return {
            "activity": self.activity.currentData(),
            "title": self.title.text(),
            "mode": self.mode.currentData(),
            "start_date": self.start.value(),
            "end_date": self.end_date.date().toString("yyyy-MM-dd"),
            "hours": self.hours.value() if self.hours.value() > 0 else None,
            "note": self.note.text(),
        }

    def _end_date_changed(self) -> None:
        self._date_confirmed = False

    def save(self) -> bool:
        warning = self.end_date.warning(self.tr("结束日期"))
        if warning and not self._date_confirmed:
            self._date_confirmed = True
            self.error.setText(
                warning + "\n" + self.tr("学时会计入别的登记期。如果确实如此，再点一次“保存”。")
            )
            self.error.setVisible(True)
            return False
        try:
            rid = training.add_record(self.store, self.worker_id, self.raw(), self.proof)
        except RuleError as e:
            self.error.setText(shown(e.message))
            self.error.setVisible(True)
            return False
        self.saved.emit(rid)
        self.accept()
        return True


class LedgerDialog(QDialog):
    """Emits ``changed`` after any record was added, edited or deleted."""

    changed = Signal()

    def __init__(self, store: Store, worker_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.worker_id = worker_id
        self.at = date.today()
        self.records: list[dict[str, Any]] = []
        self.standing: ce.Standing | None = None
        self.worker = workers.get(store, worker_id)
        form = set_up(self, Ui_LedgerDialog())
        self.setWindowTitle(self.tr("继续教育学时：{name}").format(name=self.worker["name"]))
        self.who = form.who
        font = self.who.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.who.setFont(font)
        self.period = form.period
        self.progress = form.progress
        self.progress.setMinimumHeight(self.fontMetrics().height() + 12)
        self.state = form.state
        self.explain = form.explain
        self.only_current = form.onlyCurrentCheck
        self.table = form.table
        pick_one_row(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.add_button = form.addButton
        self.hours_button = form.hoursButton
        self.delete_button = form.deleteButton
        self.attach_button = form.attachButton
        self.open_proof_button = form.openProofButton
        self.transcript_button = form.transcriptButton
        self.print_transcript_button = form.printTranscriptButton
        self.preview_dialog: SavingPdfPreview | None = None
        self.close_button = form.closeButton
        # A county reads the townships' records: they are entered where the person is.
        self.county = store.role == divisions.ROLE_COUNTY
        for b in (self.add_button, self.hours_button, self.delete_button, self.attach_button):
            b.setVisible(not self.county)

        self.only_current.toggled.connect(self._fill_table)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _i: self.edit_hours())
        self.add_button.clicked.connect(self.add_record)
        self.hours_button.clicked.connect(self.edit_hours)
        self.delete_button.clicked.connect(self.delete_record)
        self.attach_button.clicked.connect(self.attach_proof)
        self.open_proof_button.clicked.connect(self.open_proof)
        self.transcript_button.clicked.connect(self.export_transcript)
        self.print_transcript_button.clicked.connect(self.print_transcript)
        self.close_button.clicked.connect(self.accept)
        self.reload()

    # -- data -----------------------------------------------------------------------------
    def reload(self) -> None:
        settings = training.ce_settings(self.store)
        self.settings = settings
        st = training.standing_of(self.store, self.worker_id, self.at, settings)
        self.standing = st
        regs = training.worker_registrations(self.store, self.worker_id)
        self.records = training.worker_records(self.store, self.worker_id)
        for r in self.records:
            cur, _ = ce.periods_around(
                regs, date.fromisoformat(r["end_date"]), settings.period_years
            )
            r["period"] = cur
        village = villages.names_by_code(self.store).get(self.worker["village_code"] or "", "")
        self.who.setText(
            self.tr("{name}　{id_number}　{village}　{level}").format(
                name=self.worker["name"],
                id_number=self.worker["id_number"],
                village=village,
                level=label(st.level or self.worker["level"], self.tr("无证书")),
            )
        )
        unit = unit_label(settings)
        if st.period is None:
            self.period.setText(self.tr("未登记：没有已登记的证书，暂无登记期，不要求学时。"))
        else:
            self.period.setText(
                self.tr(
                    "本登记期：{start} 至 {end}，还剩 {days} 天。要求 {required} {unit}。"
                ).format(
                    start=st.period.start.isoformat(),
                    end=st.period.end.isoformat(),
                    days=st.days_left,
                    required=hours_text(st.required) if st.required else self.tr("无"),
                    unit=unit,
                )
            )
        self._show_progress(st, unit)
        self._fill_table()

    def _show_progress(self, st: ce.Standing, unit: str) -> None:
        self.state.setText(status_label(st))
        self.state.setStyleSheet(status_style(st.status) + " border-radius: 3px; padding: 2px 8px;")
        required = st.required
        if required > 0:
            self.progress.setRange(0, round(required * 10))
            self.progress.setValue(round(min(st.earned, required) * 10))
            percent = min(100, int(st.earned / required * 100))
            self.progress.setFormat(
                self.tr("已获得 {earned} / 要求 {required} {unit}（{percent}%）").format(
                    earned=hours_text(st.earned),
                    required=hours_text(required),
                    unit=unit,
                    percent=percent,
                )
            )
        else:
            self.progress.setRange(0, 1)
            self.progress.setValue(0)
            self.progress.setFormat(
                self.tr("已获得 {earned} {unit}，无学时要求").format(
                    earned=hours_text(st.earned), unit=unit
                )
            )
        self.progress.setStyleSheet(progress_style(st.status))
        if st.status == ce.STATUS_OK:
            text = self.tr("本登记期的学时已达到要求。")
        elif st.status == ce.STATUS_NOT_REQUIRED:
            text = ""
        else:
            text = self.tr("还差 {missing} {unit}。").format(
                missing=hours_text(st.missing), unit=unit
            )
            reason = ""
            if st.status == ce.STATUS_OVERDUE and st.previous is not None:
                reason = self.tr("上一登记期（至 {end}）还差 {n} {unit}，未达标。").format(
                    end=st.previous.end.isoformat(), n=hours_text(st.previous_missing), unit=unit
                )
            elif st.window_open:
                reason = self.tr("已进入再登记期，请尽快补足学时。")
            elif st.status == ce.STATUS_AT_RISK:
                reason = self.tr("按目前的进度，登记期结束前学时不够。")
            if reason:
                text = self.tr("{first}{second}").format(first=text, second=reason)
        self.explain.setText(text)
        self.explain.setVisible(bool(text))

    def _in_current(self, r: dict[str, Any]) -> bool:
        st = self.standing
        return (
            st is not None
            and st.period is not None
            and st.period.contains(date.fromisoformat(r["end_date"]))
        )

    def shown_records(self) -> list[dict[str, Any]]:
        rows = sorted(self.records, key=lambda r: r["end_date"], reverse=True)
        if self.only_current.isChecked():
            rows = [r for r in rows if self._in_current(r)]
        return rows

    def _fill_table(self) -> None:
        selected = self.selected_record()
        rows = self.shown_records()
        self.table.setRowCount(len(rows))
        grey = self.palette().color(
            self.palette().ColorGroup.Disabled, self.palette().ColorRole.Text
        )
        for i, r in enumerate(rows):
            period = r["period"]
            period_text = (
                self.tr("{start} 至 {end}").format(
                    start=period.start.isoformat(), end=period.end.isoformat()
                )
                if period is not None
                else self.tr("登记前")
            )
            if self._in_current(r):
                period_text = self.tr("本期（{period}）").format(period=period_text)
            hours = hours_text(r["hours_credited"])
            if r["activity"] != ce.TRAINING:
                hours = self.tr("{hours}（折算）").format(hours=hours)
            cells = (
                r["end_date"],
                r["title"] or "",
                label(r["mode"]),
                r["organizer"] or (self.tr("（单独记录）") if not r["event_id"] else ""),
                hours,
                period_text,
                r["proof_name"] or "",
            )
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(RECORD_ROLE, r["id"])
                if c == 4:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if not self._in_current(r):
                    item.setForeground(grey)
                self.table.setItem(i, c, item)
        if selected:
            self.select_record(selected["id"])
        self._update_buttons()

    def selected_record(self) -> dict[str, Any] | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        rid = item.data(RECORD_ROLE) if item is not None else None
        return next((r for r in self.records if r["id"] == rid), None)

    def select_record(self, record_id: str) -> bool:
        for i in range(self.table.rowCount()):
            item = self.table.item(i, 0)
            if item is not None and item.data(RECORD_ROLE) == record_id:
                self.table.selectRow(i)
                return True
        return False

    def _update_buttons(self) -> None:
        r = self.selected_record()
        self.hours_button.setEnabled(r is not None and r["activity"] == ce.TRAINING)
        self.delete_button.setEnabled(r is not None)
        self.attach_button.setEnabled(r is not None)
        self.open_proof_button.setEnabled(r is not None and bool(r["proof_name"]))

    def _changed(self) -> None:
        self.reload()
        self.changed.emit()

    # -- actions --------------------------------------------------------------------------
    def add_record(self) -> RecordEditor | None:
        if self.county:
            return None
        editor = RecordEditor(self.store, self.worker_id, self)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.saved.connect(self._record_added)
        editor.open()
        self.record_editor = editor
        return editor

    def _record_added(self, record_id: str) -> None:
        self._changed()
        self.select_record(record_id)

    def edit_hours(self) -> bool:
        r = self.selected_record()
        if r is None or self.county:
            return False
        if r["activity"] != ce.TRAINING:
            QMessageBox.information(
                self, self.tr("修改学时"), self.tr("折算项目的学时是固定的，不能修改。")
            )
            return False
        hours, ok = QInputDialog.getDouble(
            self,
            self.tr("修改学时"),
            self.tr("《{title}》实际获得的学时：").format(title=r["title"]),
            float(r["hours_credited"]),
            0.5,
            ce.MAX_HOURS,
            1,
        )
        if not ok:
            return False
        try:
            training.set_record_hours(self.store, r["id"], hours)
        except RuleError as e:
            rule_warning(self, self.tr("修改学时"), e)
            return False
        self._changed()
        return True

    def delete_record(self) -> bool:
        r = self.selected_record()
        if r is None or self.county:
            return False
        if not confirmed(
            self,
            self.tr("删除记录"),
            self.tr("确定删除《{title}》（{hours} 学时）这条记录吗？").format(
                title=r["title"], hours=hours_text(r["hours_credited"])
            ),
        ):
            return False
        training.delete_record(self.store, r["id"])
        self._changed()
        return True

    def attach_proof(self) -> bool:
        r = self.selected_record()
        if r is None or self.county:
            return False
        got = _read_proof(self)
        if got is None:
            return False
        try:
            training.set_proof(self.store, r["id"], *got)
        except RuleError as e:
            rule_warning(self, self.tr("证明文件"), e)
            return False
        self._changed()
        return True

    def open_proof(self) -> Path | None:
        """Write the kept scan to a temporary file and open it with the system viewer."""
        r = self.selected_record()
        if r is None:
            return None
        found = training.proof(self.store, r["id"])
        if found is None:
            return None
        name, data = found
        folder = Path(tempfile.mkdtemp(prefix="swdesk-proof-"))
        path = folder / Path(name).name
        atomic.write_atomic(path, data)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        return path

    def _transcript_name(self) -> str:
        return self.tr("继续教育学时证明_{name}.pdf").format(name=self.worker["name"])

    def export_transcript(self) -> Path | None:
        return save_transcripts(
            self, self.store, [self.worker_id], self._transcript_name(), self.at
        )

    def print_transcript(self) -> SavingPdfPreview | None:
        """The transcript's pages in the print preview (print, or save from there)."""
        self.preview_dialog = print_transcripts(
            self, self.store, [self.worker_id], self._transcript_name(), self.at
        )
        return self.preview_dialog
