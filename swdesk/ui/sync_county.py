"""数据同步 for the county: import townships' packages, enroll townships, settle conflicts.

Each township's sequence and checksum are watched (a missing package or a mismatch shows in
red); a conflict (a record changed both here and in the township) is settled row by row with
the two versions side by side. The county's keys can be backed up and restored with a
passphrase, so a new computer needs no re-enrollment of the townships.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from swdesk.atomic import read_reason
from swdesk.core import conflicts
from swdesk.core.errors import RuleError
from swdesk.store import Store
from swdesk.sync import county, enroll, envelope, keys, merge, receipt
from swdesk.ui.changes import EVERYTHING
from swdesk.ui.empty_guide import EmptyGuide
from swdesk.ui.file_dirs import ask_open, ask_open_many, ask_save
from swdesk.ui.key_memory import key_memory
from swdesk.ui.key_passphrase import KeyPassphraseDialog, needs_passphrase
from swdesk.ui.rule_text import shown
from swdesk.ui.styles import ERROR, ERROR_STYLE, NOTICE_BACKGROUND
from swdesk.ui.sync_page import (
    SUFFIX_FILTER,
    SYNC_DIR,
    EnrollDialog,
    PreviewDialog,
    SyncPage,
    _fill,
    _remember,
    _table,
    table_label,
)
from swdesk.ui.tasks import Progress
from swdesk.ui.widgets import button, button_row, rule_warning


class CountySyncPage(SyncPage):
    """The county's side of the sync; package files may be dropped on it."""

    _counts = (0, 0, 0)  # townships, packages missing, open conflicts (set by ``reload``)

    def build(self, lay: QVBoxLayout) -> None:
        self.preview: PreviewDialog | None = None
        self.last_results: list[merge.ImportResult] = []
        self._conflicts: list[dict[str, Any]] = []
        self.setAcceptDrops(True)
        self.key_warning = QLabel()
        self.key_warning.setStyleSheet(ERROR_STYLE)
        self.key_warning.setWordWrap(True)
        self.import_button = button(self.tr("导入数据包…"), self.choose_packages)
        self.enroll_button = button(self.tr("为乡镇生成登记文件…"), self.enroll_township)
        self.receipt_button = button(self.tr("给选中的乡镇生成回执…"), self.write_receipt)
        self.backup_button = button(self.tr("备份县级密钥…"), self.backup_keys)
        self.restore_button = button(self.tr("从备份恢复县级密钥…"), self.choose_key_backup)
        self.unlock_button = button(self.tr("解锁县级密钥…"), self.unlock_keys)
        self.key_memory = key_memory()
        self.forget_button = button(self.tr("忘记已保存的口令"), self.forget_passphrase)
        row = button_row(
            self.unlock_button,
            self.forget_button,
            self.import_button,
            self.enroll_button,
            self.receipt_button,
            self.backup_button,
            self.restore_button,
        )
        hint = QLabel(
            self.tr("也可以把数据包文件直接拖到这里。合并后的社工名单在“社工档案”里查看和搜索。")
        )
        hint.setWordWrap(True)
        self.empty_guide = EmptyGuide(
            self.tr(
                "还没有乡镇的数据。第一步：点“为乡镇生成登记文件…”，把登记文件交给乡镇；"
                "乡镇加入后导出数据包，再点“导入数据包…”把它导入。"
            ),
            button(self.tr("为乡镇生成登记文件…"), self.enroll_township),
            button(self.tr("导入数据包…"), self.choose_packages),
            name="sync_empty",
        )
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
        conflicts_box = QGroupBox(
            self.tr("冲突（县里和乡镇都改过的记录，或两个乡镇都报了同一个人）")
        )
        self.conflicts = _table(
            [self.tr("数据"), self.tr("记录"), self.tr("乡镇（街道）"), self.tr("数据包")]
        )
        self.conflicts.itemSelectionChanged.connect(self._show_conflict)
        self.compare = _table([self.tr("栏目"), self.tr("县里现在的"), self.tr("乡镇送来的")])
        self.keep_county = QPushButton(self.tr("保留县里的"))
        self.keep_township = QPushButton(self.tr("采用乡镇的"))
        self.keep_county.clicked.connect(lambda: self.resolve(conflicts.KEEP_COUNTY))
        self.keep_township.clicked.connect(lambda: self.resolve(conflicts.KEEP_TOWNSHIP))
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
        lay.addWidget(self.empty_guide)
        lay.addWidget(self.towns, 1)
        lay.addWidget(conflicts_box, 1)

    def reload(self) -> None:
        st = county.status(self.store)
        state = keys.key_state(self.store)
        self.unlock_button.setVisible(needs_passphrase(self.store))
        self.forget_button.setVisible(self.key_memory.has(self.store))
        self.unlock_button.setText(
            self.tr("设置县级密钥口令…") if state == keys.RAW else self.tr("解锁县级密钥…")
        )
        warnings = []
        if state == keys.LOCKED:
            warnings.append(
                self.tr(
                    "县级密钥还没有解锁：导入数据包、生成回执和备份密钥都要用它。"
                    "请点“解锁县级密钥…”并输入密钥口令。"
                )
            )
        elif state == keys.RAW:
            warnings.append(
                self.tr("县级密钥还没有用口令加密保存。请点“设置县级密钥口令…”设一个口令。")
            )
        if not st["keys_backed_up"]:
            warnings.append(
                self.tr(
                    "县级密钥还没有备份：电脑损坏或重装后将无法解开乡镇的数据包。请点“备份县级密钥…”。"
                )
            )
        self.key_warning.setText("\n".join(warnings))
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
        self.empty_guide.setVisible(not st["townships"])
        self._counts = (
            len(st["townships"]),
            sum(len(t["missing_sequences"]) for t in st["townships"]),
            int(st["open_conflicts"]),
        )
        self.countsChanged.emit()
        self._conflicts = county.open_conflicts(self.store)
        _fill(
            self.conflicts,
            [
                [
                    self.tr("两个乡镇都报了此人")
                    if c["kind"] == conflicts.KIND_CLAIM
                    else table_label(c["tbl"]),
                    self._describe(c),
                    c["township_name"] or c["township"],
                    self.tr("第 {n} 号").format(n=c["sequence"]),
                ]
                for c in self._conflicts
            ],
        )
        self._show_conflict()

    def status_count(self) -> str:
        """The status bar's count while this page is on screen: the townships, the packages
        the county knows it is missing, and the conflicts waiting for a decision."""
        towns, missing, open_ = self._counts
        return self.tr("{towns} 个乡镇，{missing} 个数据包待导入，{open} 条冲突待处理").format(
            towns=towns, missing=missing, open=open_
        )

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
        # A double claim is settled by saying where the person works now.
        claim = c is not None and c["kind"] == conflicts.KIND_CLAIM
        self.keep_county.setText(self.tr("此人仍归原乡镇") if claim else self.tr("保留县里的"))
        self.keep_township.setText(
            self.tr("确认此人已调到该乡镇") if claim else self.tr("采用乡镇的")
        )
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
            self.dataChanged.emit(EVERYTHING)

        self._guard(self.tr("处理冲突"), action)

    def forget_passphrase(self) -> None:
        """Drop the passphrase this Windows account kept (``ui.key_memory``); the keys stay
        open for this run, and the next start asks again."""
        self.key_memory.forget(self.store)
        self.key_memory.wanted = False
        self._say(self.tr("已忘记保存在本机的县级密钥口令。下次启动时会再询问口令。"), True)
        self.reload()

    def unlock_keys(self) -> None:
        """Ask the key passphrase (or set the first one) here, when the dialog at start was
        cancelled: the keys stay closed until then and nothing of sync can run."""
        dialog = KeyPassphraseDialog(self.store, self, memory=self.key_memory)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self._say(self.tr("县级密钥已打开，可以导入数据包和生成回执了。"), True)
        self.reload()

    def choose_packages(self) -> None:
        paths = ask_open_many(
            self,
            self.tr("选择乡镇的数据包（可多选）"),
            self.tr("同步文件 ({pattern})").format(pattern=SUFFIX_FILTER),
            SYNC_DIR,
        )
        if paths:
            self.import_files(paths)

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
        self.dataChanged.emit(EVERYTHING)

    def enroll_township(self) -> None:
        dialog = EnrollDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        code, name = dialog.code.text().strip(), dialog.name.text().strip()
        path = self._ask_save(self.tr("保存登记文件"), f"登记_{code}.swsync")
        if path:
            self._guard(
                self.tr("生成登记文件"),
                lambda: self._write(
                    path,
                    enroll.enroll(self.store, code, name),
                    self.tr("已生成 {name} 的登记文件：{path}").format(name=name, path=path),
                ),
            )

    def _ask_save(self, title: str, name: str) -> Path | None:
        """A sync file's save dialog, in the folder sync files were last read or written."""
        pattern = self.tr("同步文件 ({pattern})").format(pattern=SUFFIX_FILTER)
        return ask_save(self, title, name, pattern, ".swsync", SYNC_DIR)

    def write_receipt(self) -> None:
        rows = self.towns.selectionModel().selectedRows()
        if not rows:
            self._say(self.tr("请先在表中选中一个乡镇（街道）。"), False)
            return
        item = self.towns.item(rows[0].row(), 0)
        code = item.text() if item is not None else ""
        path = self._ask_save(self.tr("保存回执"), f"回执_{code}.swsync")
        if path:
            self.write_receipt_to(code, path)

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
        path = ask_save(
            self,
            self.tr("保存密钥备份"),
            "县级密钥备份.json",
            self.tr("密钥备份 (*.json)"),
            ".json",
            SYNC_DIR,
        )
        if path:

            def job() -> None:
                envelope.write_atomic(path, keys.backup_bytes(self.store, first))
                keys.mark_backed_up(self.store)
                self._say(
                    self.tr("县级密钥已备份到 {path}。备份和口令请分开保管。").format(path=path),
                    True,
                )

            self._guard(self.tr("备份县级密钥"), job)
        self.reload()

    def choose_key_backup(self) -> None:
        path = ask_open(self, self.tr("选择县级密钥备份"), self.tr("密钥备份 (*.json)"), SYNC_DIR)
        if path:
            self.restore_keys_from(path)

    def restore_keys_from(self, path: Path) -> bool:
        """Passphrase, then what the restore will do, then the restore: a new computer or a
        rebuilt county file gets the county's keys back, so townships need not enroll again."""
        title = self.tr("从备份恢复县级密钥")
        try:
            data = path.read_bytes()
        except OSError as e:
            why = shown(read_reason(e))
            self._say(self.tr("读不了文件 {path}：{error}").format(path=path, error=why), False)
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
        keys.install_backup(self.store, opened, passphrase)
        self._say(
            self.tr("县级密钥已从备份恢复，并用备份的口令加密保存：以后启动时输入这个口令。"), True
        )
        self.reload()
        return True
