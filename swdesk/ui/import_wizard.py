"""Import a roster (花名册) in three steps: choose a file, look at the preview, import.

Why a preview: a roster from a village is rarely clean. Before anything is written the cadre
sees which header row and columns were recognised, what each row would do (新增 / 更新 /
无变化 / 错误, with the fields that change) and every error with its row, column, value and
reason — and can save those errors as an xlsx to send back to whoever filled the roster.
By default a roster with errors is not imported at all (the same all-or-nothing rule as
``swdesk workers import``); ticking “只导入正确的行” imports the good rows only.

Reading and checking the file, and writing the import, run off the GUI thread through
``run_with_progress`` (each job gets its own Store connection). The plan made in the reading
thread is plain data the GUI thread can show; the import writes from a private copy of it,
because ``apply_import`` re-checks the rows and updates them while the preview is on screen.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QFont
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QMessageBox,
    QWidget,
)

from swdesk.core.errors import RuleError
from swdesk.services import roster
from swdesk.services.roster import ImportPlan, ImportResult, PlannedRow, RowError
from swdesk.store import Store, villages
from swdesk.ui.designer import set_up
from swdesk.ui.file_dirs import (
    ask_save_xlsx,
    dialog_options,
    remember_dir,
    start_dir,
    with_all_files,
)
from swdesk.ui.forms.import_wizard import Ui_ImportWizard
from swdesk.ui.history_dialog import FIELD_LABELS as HISTORY_FIELDS
from swdesk.ui.history_dialog import ValueFormatter, field_label
from swdesk.ui.rule_text import shown
from swdesk.ui.styles import ERROR, INFO, MUTED, SUCCESS
from swdesk.ui.table_model import (
    ALIGN_LEFT,
    ALIGN_RIGHT,
    ALIGN_TOP,
    FONT_ROLE,
    FOREGROUND_ROLE,
    USER_ROLE,
    TableModel,
)
from swdesk.ui.tasks import Progress, TaskFailed, run_with_progress, show_failure

ModelIndex = QModelIndex | QPersistentModelIndex

PAGE_START, PAGE_PREVIEW, PAGE_DONE = range(3)

# One colour per action, used in the table and in the summary line.
ACTION_COLORS: dict[str, str] = {
    roster.NEW: SUCCESS,
    roster.UPDATE: INFO,
    roster.UNCHANGED: MUTED,
    roster.ERROR: ERROR,
}
ACTION_ORDER = (roster.NEW, roster.UPDATE, roster.UNCHANGED, roster.ERROR)
ACTION_ROLE = USER_ROLE + 3  # the action of a row, for filtering
WRAP_ROWS = 300  # tables up to this size get rows as tall as their wrapped text


def _column_label(field: str) -> str:
    """What a recognised column means, in the interface language."""
    if field == "village":  # a name, where village_code is the code: both mean 村（社区）
        return field_label("village_code")
    if field in HISTORY_FIELDS:
        return field_label(field)
    return roster.FIELD_LABELS.get(field, field)


def action_label(action: str) -> str:
    labels = {
        roster.NEW: QCoreApplication.translate("ImportWizard", "新增"),
        roster.UPDATE: QCoreApplication.translate("ImportWizard", "更新"),
        roster.UNCHANGED: QCoreApplication.translate("ImportWizard", "无变化"),
        roster.ERROR: QCoreApplication.translate("ImportWizard", "错误"),
    }
    return labels.get(action, action)


class _Cancelled(RuleError):
    """The user pressed 取消 in the progress dialog.

    A RuleError so the task runner passes it back quietly instead of logging a traceback;
    raised inside ``apply_import``'s transaction it rolls the whole import back.
    """


def _progress_callback(progress: Progress) -> roster.Progress:
    def report(done: int, total: int) -> None:
        if progress.cancelled:
            raise _Cancelled(QCoreApplication.translate("ImportWizard", "已取消。"))
        progress.update(done, total)

    return report


# -- table models -----------------------------------------------------------------------------
class RowsModel(TableModel[PlannedRow, int]):
    """Every data row of the roster and what importing it would do (lazy: 10k rows are fine)."""

    COL_ROW, COL_ACTION, COL_NAME, COL_ID, COL_DETAIL = range(5)
    right_aligned = frozenset({COL_ROW})

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(range(5), parent)
        self._details: dict[int, str] = {}  # by line number, worked out when first shown
        self._format = ValueFormatter({})
        self._bold = QFont()
        self._bold.setBold(True)

    def set_plan(self, plan: ImportPlan | None, village_names: dict[str, str]) -> None:
        self._details = {}
        self._format = ValueFormatter(village_names)
        self.set_rows(plan.rows if plan is not None else [])

    def detail(self, r: PlannedRow) -> str:
        """Updates: "字段：旧 → 新" per changed field; errors: "列：原因" per problem (the column
        as the file names it, the reason in the interface language)."""
        if r.action == roster.ERROR:
            return self.tr("；").join(
                self.tr("{column}：{reason}").format(
                    column=e.column, reason=roster.problem_text(e.column, shown(e.reason))
                )
                for e in r.errors
            )
        if r.action == roster.UPDATE:
            return self.tr("；").join(
                self.tr("{field}：{old} → {new}").format(
                    field=field_label(f), old=self._format(f, old), new=self._format(f, new)
                )
                for f, (old, new) in r.changes.items()
            )
        if r.action == roster.NEW and r.cert_action == roster.NEW and r.certificate:
            return self.tr("新建档案，含证书：{level}").format(
                level=self._format("level", r.certificate.get("level"))
            )
        if r.action == roster.NEW:
            return self.tr("新建档案")
        return ""

    def header(self, column: int) -> str:
        titles = (
            self.tr("行号"),
            self.tr("结果"),
            self.tr("姓名"),
            self.tr("身份证号"),
            self.tr("变化或错误"),
        )
        return titles[column]

    def text(self, r: PlannedRow, column: int) -> Any:
        if column == self.COL_ROW:
            return r.row
        if column == self.COL_ACTION:
            return action_label(r.action)
        if column == self.COL_NAME:
            return "" if r.name is None else str(r.name)
        if column == self.COL_ID:
            if r.id_number:
                return r.id_number
            # A wrong number is still what the user looks for: show the cell as written.
            return next((e.value for e in r.errors if e.field == "id_number"), "")
        text = self._details.get(r.row)
        if text is None:
            text = self._details[r.row] = self.detail(r)
        return text

    def tooltip(self, r: PlannedRow, column: int) -> str | None:
        return None if column == self.COL_ROW else self.text(r, column)

    def role_data(self, r: PlannedRow, column: int, role: int) -> Any:
        if role == ACTION_ROLE:
            return r.action
        if role == FOREGROUND_ROLE and column == self.COL_ACTION:
            return QColor(ACTION_COLORS[r.action])
        if role == FOREGROUND_ROLE and r.action == roster.UNCHANGED:
            return QColor(ACTION_COLORS[roster.UNCHANGED])
        if role == FONT_ROLE and column == self.COL_ACTION:
            return self._bold
        return None


class ActionFilter(QSortFilterProxyModel):
    """Shows the rows of one action (or all); sorts the row number as a number."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.action: str | None = None

    def set_action(self, action: str | None) -> None:
        self.beginFilterChange()
        self.action = action
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        if self.action is None:
            return True
        model = self.sourceModel()
        return bool(model.index(source_row, 0, source_parent).data(ACTION_ROLE) == self.action)


class ErrorsModel(TableModel[RowError, int]):
    """The errors of the roster: 行号, 列, 值, 原因 (the same as the error report xlsx, which keeps
    the reasons in Chinese; here they are in the interface language)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(range(4), parent)

    def set_errors(self, errors: list[RowError]) -> None:
        self.set_rows(errors)

    def header(self, column: int) -> str:
        return (self.tr("行号"), self.tr("列"), self.tr("值"), self.tr("原因"))[column]

    def text(self, e: RowError, column: int) -> Any:
        return (e.row, e.column, e.value, shown(e.reason))[column]

    def tooltip(self, e: RowError, column: int) -> Any:
        return None if column == 0 else self.text(e, column)

    def alignment(self, e: RowError, column: int) -> int:
        return (ALIGN_RIGHT if column == 0 else ALIGN_LEFT) | ALIGN_TOP


# -- the wizard -------------------------------------------------------------------------------
class ImportWizard(QDialog):
    """Choose a roster, preview it, import it. ``imported`` is emitted after a real import."""

    imported = Signal()

    def __init__(
        self, store: Store, parent: QWidget | None = None, path: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.plan: ImportPlan | None = None
        self.path: Path | None = None
        self.import_result: ImportResult | None = None
        form = set_up(self, Ui_ImportWizard())
        self.pages = form.pages
        self.import_button = form.import_button
        self.import_button.clicked.connect(self.run_import)
        self.close_button = form.close_button
        self.close_button.clicked.connect(self.reject)
        self._start_page(form)
        self._preview_page(form)
        self._done_page(form)
        self._show_page(PAGE_START)
        if path is not None:
            # Loading shows a progress dialog: do it once the wizard is on screen.
            QTimer.singleShot(0, self, lambda: self.load(Path(path)))

    # -- pages ---------------------------------------------------------------------------
    def _start_page(self, form: Ui_ImportWizard) -> None:
        font = form.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        form.title.setFont(font)
        self.choose_button = form.choose_button
        self.choose_button.clicked.connect(self.choose_file)

    def _preview_page(self, form: Ui_ImportWizard) -> None:
        self.file_label = form.file_label
        self.reload_button = form.reload_button
        self.reload_button.clicked.connect(self.reload)
        self.other_button = form.other_button
        self.other_button.clicked.connect(self.choose_file)
        self.summary_label = form.summary_label
        self.columns_label = form.columns_label
        self.ignored_label = form.ignored_label

        self.rows_model = RowsModel(self)
        self.rows_proxy = ActionFilter(self)
        self.rows_proxy.setSourceModel(self.rows_model)
        self.rows_view = form.rows_view
        self.rows_view.setModel(self.rows_proxy)
        self.rows_view.setSortingEnabled(True)
        self.rows_view.sortByColumn(RowsModel.COL_ROW, Qt.SortOrder.AscendingOrder)
        self.show_filter = form.show_filter
        self.show_filter.addItem(self.tr("全部"), None)
        for action in ACTION_ORDER:
            self.show_filter.addItem(action_label(action), action)
        self.show_filter.currentIndexChanged.connect(
            lambda _i: self.rows_proxy.set_action(self.show_filter.currentData())
        )

        self.errors_model = ErrorsModel(self)
        self.errors_view = form.errors_view
        self.errors_view.setModel(self.errors_model)
        self.errors_view.setWordWrap(True)
        self.save_report_button = form.save_report_button
        self.save_report_button.clicked.connect(self.save_error_report)

        # Column widths change when the dialog is resized: fit the row heights again, once.
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(0)
        self._refit.timeout.connect(self._fit_rows)
        for view in (self.rows_view, self.errors_view):
            view.horizontalHeader().sectionResized.connect(lambda *_: self._refit.start())

        self.tabs = form.tabs  # tab titles carry counts: set when a file is read
        self.explain_label = form.explain_label
        self.accept_valid_check = form.accept_valid_check
        self.accept_valid_check.toggled.connect(lambda _on: self._update_import_state())

    def _done_page(self, form: Ui_ImportWizard) -> None:
        self.done_label = form.done_label
        font = self.done_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.done_label.setFont(font)
        self.done_report_button = form.done_report_button
        self.done_report_button.clicked.connect(self.save_error_report)
        self.another_button = form.another_button
        self.another_button.clicked.connect(self.choose_file)

    def _show_page(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        self.import_button.setVisible(page == PAGE_PREVIEW)
        self.close_button.setText(self.tr("完成") if page == PAGE_DONE else self.tr("关闭"))
        self._update_import_state()

    # -- choosing and reading ------------------------------------------------------------
    def _start_dir(self) -> str:
        if self.path is not None and self.path.parent.is_dir():
            return str(self.path.parent)
        return start_dir()

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("选择花名册"),
            self._start_dir(),
            with_all_files(self.tr("Excel 工作簿 (*.xlsx)")),
            options=dialog_options(),
        )
        if name:
            path = Path(name)
            remember_dir(path)
            self.load(path)

    def reload(self) -> None:
        if self.path is not None:
            self.load(self.path)

    def load(self, path: Path) -> bool:
        """Read and check ``path`` in a background thread, then show the preview.

        A file that cannot be used (not an xlsx, no header row, locked) is explained in a
        message box and the wizard stays where it was. Returns whether a preview is shown.
        """
        path = Path(path)

        def job(store: Store, progress: Progress) -> ImportPlan:
            return roster.plan_import(store, path, _progress_callback(progress))

        try:
            plan = run_with_progress(self, self.tr("正在读取和检查花名册……"), self.store, job)
        except TaskFailed as failed:
            self._failure(self.tr("读取花名册"), failed.error)
            return False
        self.path = path
        self.set_plan(plan)
        return True

    def set_plan(self, plan: ImportPlan) -> None:
        """Show a plan on the preview page."""
        self.plan = plan
        self.import_result = None
        names = villages.names_by_code(self.store)
        where = self.tr("文件：{file}    工作表“{sheet}”，表头在第 {row} 行").format(
            file=str(plan.source), sheet=plan.sheet, row=plan.header_row
        )
        if plan.footer_rows:
            where += "\n" + shown(plan.footer_note())
        self.file_label.setText(where)
        self.summary_label.setText(self._summary_html(plan))
        sep = self.tr("、")
        recognised = []
        for f, header in plan.columns.items():
            known = _column_label(f)
            recognised.append(header if header == known else f"{header}（{known}）")
        self.columns_label.setText(
            self.tr("识别出 {n} 列：{columns}").format(
                n=len(recognised), columns=sep.join(recognised)
            )
        )
        self.ignored_label.setText(
            self.tr("未识别、不会导入的列：{columns}").format(
                columns=sep.join(plan.ignored_columns)
            )
        )
        self.ignored_label.setVisible(bool(plan.ignored_columns))
        self.rows_model.set_plan(plan, names)
        self.errors_model.set_errors(plan.errors)
        self.show_filter.setCurrentIndex(0)
        self.tabs.setTabText(0, self.tr("全部行（{n}）").format(n=plan.total))
        self.tabs.setTabText(1, self.tr("错误（{n}）").format(n=len(plan.errors)))
        self.tabs.tabBar().setTabTextColor(
            1, QColor(ACTION_COLORS[roster.ERROR]) if plan.errors else self.palette().text().color()
        )
        self.tabs.setTabEnabled(1, bool(plan.errors))
        self.tabs.setCurrentIndex(1 if plan.errors else 0)
        self.save_report_button.setEnabled(bool(plan.errors))
        self._fit_columns()
        self.accept_valid_check.blockSignals(True)
        self.accept_valid_check.setChecked(False)
        self.accept_valid_check.blockSignals(False)
        self.accept_valid_check.setVisible(bool(plan.errors))
        self._show_page(PAGE_PREVIEW)

    def _summary_html(self, plan: ImportPlan) -> str:
        parts = []
        for action in ACTION_ORDER:
            n = plan.count(action)
            text = html.escape(f"{action_label(action)} {n}")
            if n:
                text = f'<span style="color:{ACTION_COLORS[action]}"><b>{text}</b></span>'
            parts.append(text)
        return html.escape(self.tr("共 {n} 行：").format(n=plan.total)) + html.escape(
            self.tr("，")
        ).join(parts)

    def _fit_columns(self) -> None:
        """Size the short columns to their content (a sample: the roster can be long)."""
        metrics = self.rows_view.fontMetrics()
        pad = 24
        header = self.rows_view.horizontalHeader()
        widest_id = metrics.horizontalAdvance("000000000000000000") + pad
        names = [str(r.name or "") for r in (self.plan.rows[:500] if self.plan else [])]
        widest_name = max([metrics.horizontalAdvance(n) for n in names] + [0]) + pad

        def title(col: int) -> int:  # the header text, its sort arrow and some air
            text = str(self.rows_model.headerData(col, Qt.Orientation.Horizontal))
            return metrics.horizontalAdvance(text) + pad * 2

        row_width = max(title(RowsModel.COL_ROW), metrics.horizontalAdvance("00000") + pad)
        widths = {
            RowsModel.COL_ROW: row_width,
            RowsModel.COL_ACTION: max(
                [metrics.horizontalAdvance(action_label(a)) + pad for a in ACTION_ORDER]
                + [title(RowsModel.COL_ACTION)]
            ),
            RowsModel.COL_NAME: min(max(widest_name, title(RowsModel.COL_NAME)), 200),
            RowsModel.COL_ID: max(widest_id, title(RowsModel.COL_ID)),
        }
        for col, width in widths.items():
            header.resizeSection(col, width)
        eheader = self.errors_view.horizontalHeader()
        errors = self.plan.errors[:500] if self.plan else []
        col_width = max([metrics.horizontalAdvance(e.column) for e in errors] + [0]) + pad
        val_width = max([metrics.horizontalAdvance(e.value) for e in errors] + [0]) + pad
        eheader.resizeSection(0, row_width)
        eheader.resizeSection(1, min(max(col_width, 80), 180))
        eheader.resizeSection(2, min(max(val_width, 100), 220))
        self.rows_view.setWordWrap(self.rows_model.rowCount() <= WRAP_ROWS)
        self._fit_rows()

    def _fit_rows(self) -> None:
        """Grow rows so long reasons and change lists wrap instead of being cut off.

        Only for tables of a few hundred rows: measuring every row of a 10k-row roster would
        make the preview slow, and there the tooltip shows the full text.
        """
        for view, model in (
            (self.rows_view, self.rows_model),
            (self.errors_view, self.errors_model),
        ):
            if model.rowCount() <= WRAP_ROWS:
                view.resizeRowsToContents()

    # -- import --------------------------------------------------------------------------
    def _counts(self) -> tuple[int, int, int, int]:
        plan = self.plan
        if plan is None:
            return 0, 0, 0, 0
        return (
            plan.count(roster.NEW),
            plan.count(roster.UPDATE),
            plan.count(roster.UNCHANGED),
            plan.error_rows,
        )

    def _update_import_state(self) -> None:
        """Enable 导入 only when it would write something allowed, and say why not."""
        if not hasattr(self, "explain_label"):
            return
        plan = self.plan
        if plan is None or self.pages.currentIndex() != PAGE_PREVIEW:
            self.import_button.setEnabled(False)
            return
        new, upd, same, bad = self._counts()
        accept = self.accept_valid_check.isChecked()
        error_style = f"color: {ACTION_COLORS[roster.ERROR]}"
        style = ""
        if plan.total == 0:
            text, ok = self.tr("这份花名册在表头下面没有数据行，没有可以导入的内容。"), False
        elif bad and bad == plan.total:
            text, ok = (
                self.tr("所有 {n} 行都有错误，没有可以导入的行：请改正后重新选择文件。").format(
                    n=bad
                ),
                False,
            )
            style = error_style
        elif bad and not accept:
            text, ok = (
                self.tr(
                    "有 {n} 行错误，整份不能导入：请改正后重新选择文件，或勾选“只导入正确的行”。"
                ).format(n=bad),
                False,
            )
            style = error_style
        elif new + upd == 0:
            text = (
                self.tr("除了有错误的 {n} 行，其余各行与现有档案一致，没有需要导入的内容。").format(
                    n=bad
                )
                if bad
                else self.tr("花名册与现有档案一致，没有需要导入的内容。")
            )
            ok = False
        elif bad:
            text, ok = (
                self.tr(
                    "将跳过有错误的 {bad} 行，只导入正确的行：新增 {new} 人，更新 {upd} 人。"
                ).format(bad=bad, new=new, upd=upd),
                True,
            )
        else:
            text, ok = (
                self.tr("将新增 {new} 人，更新 {upd} 人；无变化的 {same} 行不会改动。").format(
                    new=new, upd=upd, same=same
                ),
                True,
            )
        self.explain_label.setText(text)
        self.explain_label.setStyleSheet(style)
        self.accept_valid_check.setEnabled(bool(bad) and bad < plan.total)
        self.import_button.setEnabled(ok)

    def run_import(self) -> bool:
        """Write the previewed plan (in a background thread); True when it was imported."""
        plan = self.plan
        if plan is None or not self.import_button.isEnabled():
            return False
        accept = self.accept_valid_check.isChecked()

        def job(store: Store, progress: Progress) -> ImportResult:
            # apply_import leaves the plan as it is: the preview on screen stays unchanged.
            return roster.apply_import(store, plan, accept, _progress_callback(progress))

        try:
            result = run_with_progress(self, self.tr("正在导入花名册……"), self.store, job)
        except TaskFailed as failed:
            self._failure(self.tr("导入花名册"), failed.error)
            return False
        self.import_result = result
        self.done_label.setText(self._result_text(result))
        self.done_report_button.setVisible(bool(result.skipped))
        self._show_page(PAGE_DONE)
        self.imported.emit()
        return True

    def _result_text(self, result: ImportResult) -> str:
        text = self.tr("导入完成：新增 {added} 人，更新 {updated} 人，无变化 {same} 人。").format(
            added=result.added, updated=result.updated, same=result.unchanged
        )
        if result.certificates_added or result.certificates_updated:
            text += self.tr("证书：新增 {a} 条，更新 {u} 条。").format(
                a=result.certificates_added, u=result.certificates_updated
            )
        if result.released:
            text += shown(result.released.text())
        if result.skipped:
            text += "\n" + self.tr(
                "有错误的 {n} 行没有导入：可以保存错误报告，改正后再导入同一份文件"
                "（已导入的行不会重复）。"
            ).format(n=result.skipped)
        return text

    # -- error report --------------------------------------------------------------------
    def save_error_report(self) -> Path | None:
        plan = self.plan
        if plan is None or not plan.errors:
            return None
        suggested = self.tr("{stem}_错误报告.xlsx").format(stem=plan.source.stem)
        out = ask_save_xlsx(self, self.tr("保存错误报告"), suggested)
        if out is None:
            return None
        if out.resolve() == plan.source.resolve():
            QMessageBox.warning(
                self,
                self.tr("保存错误报告"),
                self.tr("不能用错误报告覆盖花名册本身，请换一个文件名。"),
            )
            return None
        try:
            roster.write_error_report(plan, out)
        except (RuleError, OSError) as e:
            self._failure(self.tr("保存错误报告"), e)
            return None
        QMessageBox.information(
            self, self.tr("保存错误报告"), self.tr("错误报告已保存到：\n{path}").format(path=out)
        )
        return out

    # -- failures and drops --------------------------------------------------------------
    def _failure(self, title: str, error: BaseException) -> None:
        """User-facing problems become a message box; anything else goes to the crash handler."""
        if isinstance(error, _Cancelled):
            return
        show_failure(self, title, error)

    @staticmethod
    def _dropped_file(event: QDragEnterEvent | QDropEvent) -> Path | None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if len(urls) != 1 or not urls[0].isLocalFile():
            return None
        path = Path(urls[0].toLocalFile())
        return path if path.suffix.lower() in (".xlsx", ".xls") else None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_file(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_file(event)
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        # Reading opens a progress dialog: not from inside the drop handler.
        QTimer.singleShot(0, self, lambda: self.load(path))
