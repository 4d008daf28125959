"""数据同步: what the township and the county pages share (``SyncPage``), and the sync dialogs.

The township exports packages and reads receipts (``swdesk.ui.sync_township``); the county
imports packages (with a preview first), watches each township's sequence and checksums, and
settles conflicts (``swdesk.ui.sync_county``). The main window picks the page by the unit's role.

The merged workers of all townships are shown by the ordinary 社工档案 page of the county's
file (same list and search); the county page says how complete that picture is.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from swdesk.store import Store
from swdesk.sync import envelope, keys, merge
from swdesk.ui.changes import EVERYTHING
from swdesk.ui.code_fields import digits_only
from swdesk.ui.designer import set_up
from swdesk.ui.file_dirs import ask_open, remember_dir, start_dir
from swdesk.ui.forms.sync_enroll_dialog import Ui_EnrollDialog
from swdesk.ui.forms.sync_preview_dialog import Ui_PreviewDialog
from swdesk.ui.rule_text import shown
from swdesk.ui.styles import ERROR, WARNING, result_style
from swdesk.ui.tasks import Progress, run_job
from swdesk.ui.widgets import attempt, pick_one_row, wire_buttons

T = TypeVar("T")
SUFFIX_FILTER = "*.swsync"
SYNC_DIR = "sync/last_dir"  # packages travel on a USB stick: their own remembered folder


def table_label(name: str) -> str:
    labels = {
        "villages": QCoreApplication.translate("SyncTables", "村（社区）"),
        "workers": QCoreApplication.translate("SyncTables", "社工档案"),
        "certificates": QCoreApplication.translate("SyncTables", "证书"),
        "worker_history": QCoreApplication.translate("SyncTables", "调动与状态记录"),
        "training_events": QCoreApplication.translate("SyncTables", "培训"),
        "training_records": QCoreApplication.translate("SyncTables", "学时记录"),
        "exam_years": QCoreApplication.translate("SyncTables", "考试年度设置"),
        "exam_registrations": QCoreApplication.translate("SyncTables", "考试报名"),
        "exam_results": QCoreApplication.translate("SyncTables", "考试成绩"),
        "exam_fees": QCoreApplication.translate("SyncTables", "考试费用"),
        "exam_work_starts": QCoreApplication.translate("SyncTables", "从事社会工作起始时间"),
        "appraisal_templates": QCoreApplication.translate("SyncTables", "考评表模板"),
        "appraisal_rounds": QCoreApplication.translate("SyncTables", "年度考评"),
        "appraisals": QCoreApplication.translate("SyncTables", "考评表"),
        "registrations": QCoreApplication.translate("SyncTables", "证书登记"),
        "allowance_runs": QCoreApplication.translate("SyncTables", "津贴发放表"),
        "allowance_lines": QCoreApplication.translate("SyncTables", "津贴发放明细"),
        "payee_accounts": QCoreApplication.translate("SyncTables", "津贴收款账户"),
        "training_costs": QCoreApplication.translate("SyncTables", "培训费用"),
        "worker_roles": QCoreApplication.translate("SyncTables", "人员职务"),
        "posts": QCoreApplication.translate("SyncTables", "专业岗位"),
        "post_fills": QCoreApplication.translate("SyncTables", "岗位任职"),
        "stations": QCoreApplication.translate("SyncTables", "社工站"),
        "station_items": QCoreApplication.translate("SyncTables", "社工站“六有”"),
    }
    return labels.get(name, name)


def _table(headers: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels(headers)
    _fit_columns(t)
    return t


def _fit_columns(t: QTableWidget) -> None:
    """One row picked at a time, columns as wide as their contents, the last one the rest."""
    pick_one_row(t)
    t.verticalHeader().setVisible(False)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    t.horizontalHeader().setStretchLastSection(True)


def _fill(t: QTableWidget, rows: Sequence[Sequence[Any]]) -> None:
    t.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            t.setItem(r, c, QTableWidgetItem("" if value is None else str(value)))


def _start_dir() -> str:
    return start_dir(SYNC_DIR)


def _remember(path: Path) -> None:
    remember_dir(path, SYNC_DIR)


class PreviewDialog(QDialog):
    """What importing the chosen packages would do, per file and table; 导入 commits."""

    def __init__(self, results: list[merge.ImportResult], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = set_up(self, Ui_PreviewDialog())
        ok = sum(r.accepted for r in results)
        form.head.setText(
            self.tr("共 {n} 个文件：可以导入 {ok} 个，拒收 {bad} 个。确认后才会写入。").format(
                n=len(results), ok=ok, bad=len(results) - ok
            )
        )
        self.table = form.table
        _fit_columns(self.table)
        rows: list[list[Any]] = []
        colors: list[QColor | None] = []
        for r in results:
            name = Path(r.file).name
            if not r.accepted:
                rows.append(
                    [
                        name,
                        r.township,
                        r.sequence,
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        self.tr("拒收：{reason}").format(reason=shown(r.reason or "")),
                    ]
                )
                colors.append(QColor(ERROR))
                continue
            note = self.tr("已导入过，不会有改动") if r.duplicate else ""
            if r.missing:
                note = "；".join(
                    [note] * bool(note)
                    + [self.tr("缺少第 {n} 号数据包").format(n=s) for s in r.missing]
                )
            for t, c in r.tables.items():
                rows.append(
                    [
                        name,
                        r.township_name,
                        r.sequence,
                        table_label(t),
                        c["new"],
                        c["updated"],
                        c["deleted"],
                        c["unchanged"],
                        c["conflicts"],
                        note,
                    ]
                )
                colors.append(QColor(WARNING) if c["conflicts"] else None)
        _fill(self.table, rows)
        for i, color in enumerate(colors):
            if color is not None:
                for col in range(self.table.columnCount()):
                    item = self.table.item(i, col)
                    if item is not None:
                        item.setForeground(color)
        self.buttons = form.buttons
        ok_button = wire_buttons(
            self.buttons, self.tr("导入"), self.accept, self.tr("取消"), self.reject
        )
        ok_button.setEnabled(ok > 0)


class EnrollDialog(QDialog):
    """County: code and name of the township to enroll."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = set_up(self, Ui_EnrollDialog())
        self.code = form.codeEdit
        digits_only(self.code)
        self.name = form.nameEdit
        form.buttons.accepted.connect(self.accept)
        form.buttons.rejected.connect(self.reject)


class SyncPage(QWidget):
    """A status line under the page's own widgets, and the way its actions report.

    Emits ``dataChanged(kinds)`` after an import changed the county's (or township's) data,
    with the kinds of records it may have touched (``swdesk.ui.changes``). A role's page builds
    its widgets in ``build`` and refreshes them in ``reload``."""

    CARES_ABOUT = EVERYTHING  # any edit is a change waiting for the next package
    dataChanged = Signal(object)
    countsChanged = Signal()  # ``reload`` re-read the status (see ``ui.page_chrome``)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay = QVBoxLayout(self)
        self.build(lay)
        lay.addWidget(self.message)
        self.reload()

    def build(self, lay: QVBoxLayout) -> None:
        raise NotImplementedError

    def reload(self) -> None:
        raise NotImplementedError

    def _ask_open(self, title: str) -> Path | None:
        """A sync file chosen in the folder sync files were last read or written."""
        return ask_open(
            self, title, self.tr("同步文件 ({pattern})").format(pattern=SUFFIX_FILTER), SYNC_DIR
        )

    def _say(self, text: str, ok: bool) -> None:
        """``text`` under the buttons; a rule's message in the interface language."""
        self.message.setStyleSheet(result_style(ok))
        self.message.setText(shown(text))

    def _write(self, path: Path, data: bytes, done: str) -> None:
        envelope.write_atomic(path, data)
        self._say(done, True)
        self.reload()

    def _guard(self, title: str, action: Callable[[], object]) -> None:
        """Run a store action; a refusal goes to the status line and a warning box."""
        locked = self._keys_locked_text()

        def guarded() -> object:
            with _unlock_here(locked):
                return action()

        attempt(self, title, guarded, refused=lambda e: self._say(e.message, False))
        self.reload()

    def _run(self, title: str, job: Callable[[Store, Progress], T]) -> T | None:
        """A background job; a refusal goes to the status line and a warning box."""
        locked = self._keys_locked_text()

        def guarded(store: Store, progress: Progress) -> T:
            with _unlock_here(locked):
                return job(store, progress)

        _ok, result = run_job(
            self, title, self.store, guarded, refused=lambda e: self._say(e.message, False)
        )
        return result

    def _keys_locked_text(self) -> str:
        """What the window says when the county's keys are still closed: the way to open them
        is on this page, no restart needed (``keys.KeysLocked`` says the command line's)."""
        return self.tr(
            "县级密钥已用口令加密保存，还没有输入密钥口令。"
            "请在“数据同步”页点击“解锁县级密钥…”输入密钥口令，不用重新启动程序。"
        )


@contextmanager
def _unlock_here(text: str) -> Iterator[None]:
    """``keys.KeysLocked`` told the window's way (``text``) instead of the command line's."""
    try:
        yield
    except keys.KeysLocked as e:
        raise keys.KeysLocked(text) from e
