"""数据同步 for a township: join the county's sync, export packages, read receipts.

What the station sent and what the county holds (from the latest receipt) side by side, so a
package the county never got is visible and the next export carries its changes again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QVBoxLayout,
)

from swdesk.sync import enroll, envelope, package, receipt
from swdesk.ui.changes import SETTINGS, SYNC, VILLAGES
from swdesk.ui.empty_guide import EmptyGuide
from swdesk.ui.file_dirs import ask_dir
from swdesk.ui.styles import ERROR_STYLE
from swdesk.ui.sync_page import (
    SYNC_DIR,
    SyncPage,
    _fill,
    _remember,
    _table,
    table_label,
)
from swdesk.ui.widgets import button, button_row


class TownshipSyncPage(SyncPage):
    """The township's side of the sync."""

    _pending: int | None = None  # changes waiting for the next package; None: not joined

    def build(self, lay: QVBoxLayout) -> None:
        self.join_button = button(self.tr("加入县里的同步（登记文件）…"), self.choose_enrollment)
        self.county_label = QLabel()
        self.export_button = button(self.tr("导出数据包到U盘或文件夹…"), self.choose_export)
        self.full_box = QCheckBox(self.tr("完整导出（县里数据出错时用）"))
        self.receipt_button = button(self.tr("导入县里的回执…"), self.choose_receipt)
        row = button_row(self.export_button, self.full_box, self.receipt_button)
        self.empty_guide = EmptyGuide(
            self.tr(
                "还没有加入县里的数据同步。请先向县里要本站的登记文件（.swsync），"
                "点“加入县里的同步（登记文件）…”选中它；之后就可以导出数据包交给县里。"
            ),
            self.join_button,
            name="sync_empty",
        )
        self.last_export = QLabel()
        self.last_receipt = QLabel()
        self.warning = QLabel()
        self.warning.setStyleSheet(ERROR_STYLE)
        self.warning.setWordWrap(True)
        self.compare = _table([self.tr("数据"), self.tr("本站有"), self.tr("县里有（据最近回执）")])
        lay.addWidget(self.empty_guide)
        lay.addWidget(self.county_label)
        lay.addLayout(row)
        lay.addWidget(self.last_export)
        lay.addWidget(self.last_receipt)
        lay.addWidget(self.warning)
        lay.addWidget(self.compare, 1)

    def reload(self) -> None:
        st = receipt.township_status(self.store)
        c = st["county"]
        self.join_button.setVisible(c is None)
        self.empty_guide.setVisible(c is None)
        self.county_label.setVisible(c is not None)
        self._pending = None if c is None else int(st["pending_changes"])
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
        self.countsChanged.emit()

    def status_count(self) -> str:
        """The status bar's count while this page is on screen: the changes the next package
        will carry to the county."""
        if self._pending is None:
            return self.tr("未加入县里的同步")
        return self.tr("{n} 条改动待导出").format(n=self._pending)

    def choose_enrollment(self) -> None:
        path = self._ask_open(self.tr("选择县里发的登记文件"))
        if path:
            self._guard(self.tr("加入同步"), lambda: self._join(path))

    def _join(self, path: Path) -> None:
        info = enroll.join(self.store, envelope.read_file(path))
        self._say(self.tr("已加入 {name} 的数据同步。").format(name=info["county_name"]), True)

    def choose_export(self) -> None:
        folder = ask_dir(self, self.tr("选择U盘或文件夹"), SYNC_DIR)
        if folder:
            self.export_to(folder)

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
        path = self._ask_open(self.tr("选择县里的回执"))
        if path:
            self.import_receipt(path)

    def import_receipt(self, path: Path) -> None:
        def job() -> None:
            res = receipt.load(self.store, envelope.read_file(path))
            self._say(
                self.tr(
                    "已导入回执：县里已收到 {n} 个数据包，更新设置 {s} 项，新增村（社区）{v} 个。"
                ).format(n=len(res.held), s=len(res.settings_changed), v=len(res.villages_added)),
                True,
            )
            self.dataChanged.emit({SYNC, SETTINGS, VILLAGES})  # a receipt's settings and villages

        self._guard(self.tr("导入回执"), job)
