"""数据同步: the township exports packages and reads receipts; the county imports packages
(with a preview first), watches each township's sequence and checksums, and settles conflicts.

The merged workers of all townships are shown by the ordinary 社工档案 page of the county's
file (same list and search); this page says how complete that picture is.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings, Qt, Signal
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from swdesk.core.errors import RuleError
from swdesk.store import Store
from swdesk.sync import county, enroll, envelope, keys, merge, package, receipt
from swdesk.ui.file_dirs import start_dir
from swdesk.ui.rule_text import shown
from swdesk.ui.styles import ERROR, ERROR_STYLE, NOTICE_BACKGROUND, WARNING, result_style
from swdesk.ui.tasks import Progress, TaskFailed, run_with_progress, show_failure
from swdesk.ui.widgets import pick_one_row, rule_warning

SUFFIX_FILTER = "*.swsync"


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
    }
    return labels.get(name, name)


def _table(headers: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels(headers)
    pick_one_row(t)
    t.verticalHeader().setVisible(False)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    t.horizontalHeader().setStretchLastSection(True)
    return t


def _fill(t: QTableWidget, rows: Sequence[Sequence[Any]]) -> None:
    t.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            t.setItem(r, c, QTableWidgetItem("" if value is None else str(value)))


def _start_dir() -> str:
    return start_dir("sync/last_dir")


def _remember(path: Path) -> None:
    QSettings().setValue("sync/last_dir", str(path if path.is_dir() else path.parent))


class PreviewDialog(QDialog):
    """What importing the chosen packages would do, per file and table; 导入 commits."""

    def __init__(self, results: list[merge.ImportResult], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("导入预览"))
        ok = sum(r.accepted for r in results)
        head = QLabel(
            self.tr("共 {n} 个文件：可以导入 {ok} 个，拒收 {bad} 个。确认后才会写入。").format(
                n=len(results), ok=ok, bad=len(results) - ok
            )
        )
        self.table = _table(
            [
                self.tr("文件"),
                self.tr("乡镇（街道）"),
                self.tr("序号"),
                self.tr("数据"),
                self.tr("新增"),
                self.tr("更新"),
                self.tr("删除"),
                self.tr("未变"),
                self.tr("冲突"),
                self.tr("说明"),
            ]
        )
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
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok_button.setText(self.tr("导入"))
        ok_button.setEnabled(ok > 0)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(head)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.buttons)
        self.resize(900, 420)


class EnrollDialog(QDialog):
    """County: code and name of the township to enroll."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("为乡镇生成登记文件"))
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("9位乡镇（街道）代码"))
        self.name = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("乡镇（街道）代码："), self.code)
        form.addRow(self.tr("名称："), self.name)
        note = QLabel(self.tr("登记文件请当面或用U盘交给乡镇，不要用电子邮件发送。"))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(note)
        lay.addWidget(buttons)


class SyncPage(QWidget):
    """Emits ``dataChanged`` after an import changed the county's (or township's) data."""

    dataChanged = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.preview: PreviewDialog | None = None
        self.last_results: list[merge.ImportResult] = []
        self._conflicts: list[dict[str, Any]] = []
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay = QVBoxLayout(self)
        if store.role == "county":
            self._build_county(lay)
            self.setAcceptDrops(True)
        else:
            self._build_township(lay)
        lay.addWidget(self.message)
        self.reload()

    # -- township ----------------------------------------------------------------------------
    def _build_township(self, lay: QVBoxLayout) -> None:
        self.join_button = QPushButton(self.tr("加入县里的同步（登记文件）…"))
        self.join_button.clicked.connect(self.choose_enrollment)
        self.county_label = QLabel()
        self.export_button = QPushButton(self.tr("导出数据包到U盘或文件夹…"))
        self.export_button.clicked.connect(self.choose_export)
        self.full_box = QCheckBox(self.tr("完整导出（县里数据出错时用）"))
        self.receipt_button = QPushButton(self.tr("导入县里的回执…"))
        self.receipt_button.clicked.connect(self.choose_receipt)
        row = QHBoxLayout()
        for w in (self.export_button, self.full_box, self.receipt_button, self.join_button):
            row.addWidget(w)
        row.addStretch(1)
        self.last_export = QLabel()
        self.last_receipt = QLabel()
        self.warning = QLabel()
        self.warning.setStyleSheet(ERROR_STYLE)
        self.warning.setWordWrap(True)
        self.compare = _table([self.tr("数据"), self.tr("本站有"), self.tr("县里有（据最近回执）")])
        lay.addWidget(self.county_label)
        lay.addLayout(row)
        lay.addWidget(self.last_export)
        lay.addWidget(self.last_receipt)
        lay.addWidget(self.warning)
        lay.addWidget(self.compare, 1)

    def _reload_township(self) -> None:
        st = receipt.township_status(self.store)
        c = st["county"]
        self.join_button.setVisible(c is None)
        self.export_button.setEnabled(c is not None)
        self.receipt_button.setEnabled(c is not None)
        self.county_label.setText(
            self.tr("上报单位：{name}（{code}）").format(name=c["name"], code=c["code"])
            if c
            else self.tr("还没有加入县里的数据同步：请用县里发的登记文件加入。")
        )
        last = st["last_export"]
        self.last_export.setText(
            self.tr("最近导出：第 {seq} 号，{at}，{file}；之后又有 {n} 条改动待导出。").format(
                seq=last["sequence"],
                at=last["created_at"][:16].replace("T", " "),
                file=last["file_name"],
                n=st["pending_changes"],
            )
            if last
            else self.tr("还没有导出过数据包；待导出的改动 {n} 条。").format(
                n=st["pending_changes"]
            )
        )
        rec = st["last_receipt"]
        self.last_receipt.setText(
            self.tr("最近回执：{at}，县里已收到 {n} 个数据包。").format(
                at=rec["received_at"][:16].replace("T", " "), n=len(rec["held"])
            )
            if rec
            else self.tr("还没有收到县里的回执。")
        )
        missing = st["county_missing"]
        self.warning.setText(
            self.tr("县里还没有收到第 {seqs} 号数据包。下次导出会自动把这些改动一并带上。").format(
                seqs="、".join(map(str, missing))
            )
            if missing
            else ""
        )
        _fill(
            self.compare,
            [
                [
                    table_label(t),
                    v["township_live"],
                    "—" if v["county_live"] is None else v["county_live"],
                ]
                for t, v in st["tables"].items()
            ],
        )

    def choose_enrollment(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("选择县里发的登记文件"),
            _start_dir(),
            self.tr("同步文件 ({pattern})").format(pattern=SUFFIX_FILTER),
        )
        if path:
            self._guard(self.tr("加入同步"), lambda: self._join(Path(path)))

    def _join(self, path: Path) -> None:
        info = enroll.join(self.store, envelope.read_file(path))
        self._say(self.tr("已加入 {name} 的数据同步。").format(name=info["county_name"]), True)

    def choose_export(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("选择U盘或文件夹"), _start_dir())
        if folder:
            self.export_to(Path(folder))

    def export_to(self, folder: Path) -> package.ExportResult | None:
        _remember(folder)
        full = self.full_box.isChecked()
        result = self._run(
            self.tr("正在导出数据包"), lambda s, p: package.export(s, folder, full=full)
        )
        if result is not None:
            self._say(
                self.tr(
                    "已导出第 {seq} 号数据包（{rows} 条记录，{kb} KB），已读回校验无误：\n{path}"
                ).format(
                    seq=result.sequence,
                    rows=result.rows,
                    kb=max(1, result.size // 1024),
                    path=result.path,
                ),
                True,
            )
        self.reload()
        return result

    def choose_receipt(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("选择县里的回执"),
            _start_dir(),
            self.tr("同步文件 ({pattern})").format(pattern=SUFFIX_FILTER),
        )
        if path:
            self.import_receipt(Path(path))

    def import_receipt(self, path: Path) -> None:
        def job() -> None:
            res = receipt.load(self.store, envelope.read_file(path))
            self._say(
                self.tr(
                    "已导入回执：县里已收到 {n} 个数据包，更新设置 {s} 项，新增村（社区）{v} 个。"
                ).format(n=len(res.held), s=len(res.settings_changed), v=len(res.villages_added)),
                True,
            )
            self.dataChanged.emit()

        self._guard(self.tr("导入回执"), job)

    # -- county ------------------------------------------------------------------------------
    def _build_county(self, lay: QVBoxLayout) -> None:
        self.key_warning = QLabel()
        self.key_warning.setStyleSheet(ERROR_STYLE)
        self.key_warning.setWordWrap(True)
        self.import_button = QPushButton(self.tr("导入数据包…"))
        self.import_button.clicked.connect(self.choose_packages)
        self.enroll_button = QPushButton(self.tr("为乡镇生成登记文件…"))
        self.enroll_button.clicked.connect(self.enroll_township)
        self.receipt_button = QPushButton(self.tr("给选中的乡镇生成回执…"))
        self.receipt_button.clicked.connect(self.write_receipt)
        self.backup_button = QPushButton(self.tr("备份县级密钥…"))
        self.backup_button.clicked.connect(self.backup_keys)
        self.restore_button = QPushButton(self.tr("从备份恢复县级密钥…"))
        self.restore_button.clicked.connect(self.choose_key_backup)
        row = QHBoxLayout()
        for w in (
            self.import_button,
            self.enroll_button,
            self.receipt_button,
            self.backup_button,
            self.restore_button,
        ):
            row.addWidget(w)
        row.addStretch(1)
        hint = QLabel(
            self.tr("也可以把数据包文件直接拖到这里。合并后的社工名单在“社工档案”里查看和搜索。")
        )
        hint.setWordWrap(True)
        self.towns = _table(
            [
                self.tr("代码"),
                self.tr("乡镇（街道）"),
                self.tr("最近序号"),
                self.tr("缺少"),
                self.tr("最近导入"),
                self.tr("核对"),
                self.tr("待处理冲突"),
            ]
        )
        conflicts_box = QGroupBox(self.tr("冲突（县里和乡镇都改过的记录）"))
        self.conflicts = _table(
            [self.tr("数据"), self.tr("记录"), self.tr("乡镇（街道）"), self.tr("数据包")]
        )
        self.conflicts.itemSelectionChanged.connect(self._show_conflict)
        self.compare = _table([self.tr("栏目"), self.tr("县里现在的"), self.tr("乡镇送来的")])
        self.keep_county = QPushButton(self.tr("保留县里的"))
        self.keep_township = QPushButton(self.tr("采用乡镇的"))
        self.keep_county.clicked.connect(lambda: self.resolve("county"))
        self.keep_township.clicked.connect(lambda: self.resolve("township"))
        split = QSplitter()
        split.addWidget(self.conflicts)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.compare, 1)
        br = QHBoxLayout()
        br.addWidget(self.keep_county)
        br.addWidget(self.keep_township)
        br.addStretch(1)
        rl.addLayout(br)
        split.addWidget(right)
        cl = QVBoxLayout(conflicts_box)
        cl.addWidget(split)
        lay.addWidget(self.key_warning)
        lay.addLayout(row)
        lay.addWidget(hint)
        lay.addWidget(self.towns, 1)
        lay.addWidget(conflicts_box, 1)

    def _reload_county(self) -> None:
        st = county.status(self.store)
        self.key_warning.setText(
            ""
            if st["keys_backed_up"]
            else self.tr(
                "县级密钥还没有备份：电脑损坏或重装后将无法解开乡镇的数据包。请点“备份县级密钥…”。"
            )
        )
        match = {True: self.tr("一致"), False: self.tr("不一致"), None: "—"}
        _fill(
            self.towns,
            [
                [
                    t["code"],
                    t["name"],
                    t["last_sequence"] or "—",
                    "、".join(map(str, t["missing_sequences"])) or self.tr("无"),
                    (t["last_import_at"] or "—")[:16].replace("T", " "),
                    match[t["checksum_match"]],
                    t["open_conflicts"],
                ]
                for t in st["townships"]
            ],
        )
        for r, t in enumerate(st["townships"]):
            if t["missing_sequences"] or t["checksum_match"] is False:
                for c in (3, 5):
                    item = self.towns.item(r, c)
                    if item is not None:
                        item.setForeground(QColor(ERROR))
        self._conflicts = county.open_conflicts(self.store)
        _fill(
            self.conflicts,
            [
                [
                    table_label(c["tbl"]),
                    self._describe(c),
                    c["township_name"] or c["township"],
                    self.tr("第 {n} 号").format(n=c["sequence"]),
                ]
                for c in self._conflicts
            ],
        )
        self._show_conflict()

    @staticmethod
    def _describe(c: dict[str, Any]) -> str:
        row = c["county"] or c["incoming"]
        for keys_ in (("name", "id_number"), ("title",), ("name", "code")):
            if all(k in row for k in keys_):
                return " ".join(str(row[k]) for k in keys_)
        return str(c["row_id"])

    def current_conflict(self) -> dict[str, Any] | None:
        rows = self.conflicts.selectionModel().selectedRows()
        return self._conflicts[rows[0].row()] if rows else None

    def _show_conflict(self) -> None:
        c = self.current_conflict()
        self.keep_county.setEnabled(c is not None)
        self.keep_township.setEnabled(c is not None)
        if c is None:
            _fill(self.compare, [])
            return
        skip = {"id", "rev", "version", "created_at", "updated_at", "origin", "name_pinyin"}
        cols = [k for k in c["incoming"] if k not in skip]
        _fill(self.compare, [[k, c["county"].get(k), c["incoming"].get(k)] for k in cols])
        for r, k in enumerate(cols):
            if c["county"].get(k) != c["incoming"].get(k):
                for col in range(3):
                    item = self.compare.item(r, col)
                    if item is not None:
                        item.setBackground(QColor(NOTICE_BACKGROUND))

    def resolve(self, keep: str) -> None:
        c = self.current_conflict()
        if c is None:
            return

        def action() -> None:
            county.resolve(self.store, c["seq"], keep)
            self._say(self.tr("冲突已处理。"), True)
            self.dataChanged.emit()

        self._guard(self.tr("处理冲突"), action)

    def choose_packages(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("选择乡镇的数据包（可多选）"),
            _start_dir(),
            self.tr("同步文件 ({pattern})").format(pattern=SUFFIX_FILTER),
        )
        if paths:
            self.import_files([Path(p) for p in paths])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_files(paths)

    def import_files(self, paths: list[Path]) -> None:
        """Preview first (nothing written); the preview's 导入 button commits."""
        _remember(paths[0])

        def job(s: Store, p: Progress) -> list[merge.ImportResult]:
            return merge.import_files(s, paths, dry_run=True, progress=p.update)

        results = self._run(self.tr("正在检查数据包"), job)
        if results is None:
            return
        self.preview = PreviewDialog(results, self)
        self.preview.accepted.connect(lambda: self._commit(paths))
        self.preview.open()

    def _commit(self, paths: list[Path]) -> None:
        def job(s: Store, p: Progress) -> list[merge.ImportResult]:
            return merge.import_files(s, paths, progress=p.update)

        results = self._run(self.tr("正在导入数据包"), job)
        if results is None:
            return
        self.last_results = results
        ok = [r for r in results if r.accepted]
        text = "\n".join(shown(r.summary()) for r in results)
        self._say(
            self.tr("导入完成：{ok} 个接收，{bad} 个拒收。").format(
                ok=len(ok), bad=len(results) - len(ok)
            )
            + "\n"
            + text,
            len(ok) == len(results),
        )
        self.reload()
        self.dataChanged.emit()

    def enroll_township(self) -> None:
        dialog = EnrollDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        code, name = dialog.code.text().strip(), dialog.name.text().strip()
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("保存登记文件"),
            str(Path(_start_dir()) / f"登记_{code}.swsync"),
            self.tr("同步文件 ({pattern})").format(pattern=SUFFIX_FILTER),
        )
        if path:
            self._guard(
                self.tr("生成登记文件"),
                lambda: self._write(
                    Path(path),
                    enroll.enroll(self.store, code, name),
                    self.tr("已生成 {name} 的登记文件：{path}").format(name=name, path=path),
                ),
            )

    def write_receipt(self) -> None:
        rows = self.towns.selectionModel().selectedRows()
        if not rows:
            self._say(self.tr("请先在表中选中一个乡镇（街道）。"), False)
            return
        item = self.towns.item(rows[0].row(), 0)
        code = item.text() if item is not None else ""
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("保存回执"),
            str(Path(_start_dir()) / f"回执_{code}.swsync"),
            self.tr("同步文件 ({pattern})").format(pattern=SUFFIX_FILTER),
        )
        if path:
            self.write_receipt_to(code, Path(path))

    def write_receipt_to(self, code: str, path: Path) -> None:
        self._guard(
            self.tr("生成回执"),
            lambda: self._write(
                path,
                receipt.make(self.store, code),
                self.tr("已生成回执：{path}").format(path=path),
            ),
        )

    def backup_keys(self) -> None:
        first, ok = QInputDialog.getText(
            self,
            self.tr("备份县级密钥"),
            self.tr("设置备份口令（至少8个字符，请另行妥善保管）："),
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return
        again, ok = QInputDialog.getText(
            self, self.tr("备份县级密钥"), self.tr("再输一次口令："), QLineEdit.EchoMode.Password
        )
        if not ok:
            return
        if first != again:
            self._say(self.tr("两次输入的口令不一致，没有备份。"), False)
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("保存密钥备份"),
            str(Path(_start_dir()) / "县级密钥备份.json"),
            self.tr("密钥备份 (*.json)"),
        )
        if path:

            def job() -> None:
                envelope.write_atomic(Path(path), keys.backup_bytes(self.store, first))
                keys.mark_backed_up(self.store)
                self._say(
                    self.tr("县级密钥已备份到 {path}。备份和口令请分开保管。").format(path=path),
                    True,
                )

            self._guard(self.tr("备份县级密钥"), job)
        self.reload()

    def choose_key_backup(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("选择县级密钥备份"),
            _start_dir(),
            self.tr("密钥备份 (*.json)"),
        )
        if path:
            self.restore_keys_from(Path(path))

    def restore_keys_from(self, path: Path) -> bool:
        """Passphrase, then what the restore will do, then the restore: a new computer or a
        rebuilt county file gets the county's keys back, so townships need not enroll again."""
        title = self.tr("从备份恢复县级密钥")
        try:
            data = path.read_bytes()
        except OSError as e:
            self._say(self.tr("读不了文件 {path}：{error}").format(path=path, error=e), False)
            return False
        passphrase, ok = QInputDialog.getText(
            self, title, self.tr("备份口令："), QLineEdit.EchoMode.Password
        )
        if not ok:
            return False
        try:
            opened = keys.open_backup(self.store, data, passphrase)
        except RuleError as e:
            self._say(e.message, False)
            rule_warning(self, title, e)
            return False
        if opened.same_as(self.store):
            self._say(self.tr("备份里的密钥与本机现在的相同，不需要恢复。"), True)
            return False
        text = self.tr("用 {name}（{code}）{at} 备份的县级密钥替换本机的密钥？").format(
            name=opened.unit_name,
            code=opened.unit_code,
            at=opened.created_at[:16].replace("T", " "),
        )
        if opened.replaces_other_keys(self.store):
            text += "\n\n" + self.tr(
                "注意：本机现在的县级密钥与备份不同。恢复后，用现在的密钥登记的乡镇发来的数据包"
                "将无法导入，这些乡镇需要重新登记。"
            )
        answer = QMessageBox.question(
            self,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            self._say(self.tr("没有恢复密钥。"), False)
            return False
        keys.install_backup(self.store, opened)
        self._say(self.tr("县级密钥已从备份恢复。"), True)
        self.reload()
        return True

    # -- shared ------------------------------------------------------------------------------
    def reload(self) -> None:
        if self.store.role == "county":
            self._reload_county()
        else:
            self._reload_township()

    def _say(self, text: str, ok: bool) -> None:
        """``text`` under the buttons; a rule's message in the interface language."""
        self.message.setStyleSheet(result_style(ok))
        self.message.setText(shown(text))

    def _write(self, path: Path, data: bytes, done: str) -> None:
        envelope.write_atomic(path, data)
        self._say(done, True)
        self.reload()

    def _guard(self, title: str, action: Any) -> None:
        try:
            action()
        except RuleError as e:
            self._say(e.message, False)
            rule_warning(self, title, e)
        self.reload()

    def _run(self, title: str, job: Any) -> Any:
        try:
            return run_with_progress(self, title, self.store, job)
        except TaskFailed as failed:
            if isinstance(failed.error, RuleError):
                self._say(failed.error.message, False)
            show_failure(self, title, failed.error)
            return None
