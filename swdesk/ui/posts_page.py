"""岗位与社工站: the register of professional posts per unit (holder, vacancy, shortfall against
the quota) and the township station's 六有 checklist with the standard it meets or not.

Reads and writes through ``store.posts`` and ``store.stations`` (the same rules as ``swdesk
posts`` and ``swdesk stations``); on a county file everything is shown and nothing edited.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from swdesk.core import divisions, enums
from swdesk.core import workforce as wf
from swdesk.core.errors import RuleError
from swdesk.store import Store, posts, stations, villages, workers
from swdesk.store.workers import WorkerFilter
from swdesk.ui.changes import VILLAGES, WORKERS
from swdesk.ui.date_input import DateInput, to_date, to_qdate
from swdesk.ui.enum_labels import fill_combo, label
from swdesk.ui.post_dialogs import PostAddDialog, PostFillDialog, StationSiteDialog
from swdesk.ui.rule_text import shown
from swdesk.ui.styles import ERROR_STYLE
from swdesk.ui.widgets import button_row, error_label, pick_one_row

_MAX_CHOICES = 5000  # people offered in the fill dialog: a township's whole roster


def _table(headers: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.verticalHeader().setVisible(False)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    t.horizontalHeader().setStretchLastSection(True)
    # One line of text a row, as in the other lists: Qt's default row left the units table two
    # rows at 768 px high.
    t.verticalHeader().setDefaultSectionSize(t.fontMetrics().height() + 8)
    return t


def _rows_high(table: QTableWidget, rows: int) -> None:
    """Fix ``table``'s height to its header and ``rows`` rows: the 六有 list is always six."""
    height = table.horizontalHeader().sizeHint().height()
    height += rows * table.verticalHeader().defaultSectionSize() + 2 * table.frameWidth()
    table.setFixedHeight(height)


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for i, cells in enumerate(rows):
        for j, text in enumerate(cells):
            table.setItem(i, j, QTableWidgetItem(text))


class PostsPage(QWidget):
    """Emits ``changed`` after a post, a fill or a checklist item was written."""

    CARES_ABOUT = frozenset({VILLAGES, WORKERS})

    changed = Signal()
    countsChanged = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.read_only = store.role == divisions.ROLE_COUNTY
        self._posts: list[dict[str, Any]] = []
        self._units: list[dict[str, Any]] = []
        self._station: dict[str, Any] | None = None

        self.units = _table(
            [
                self.tr("单位"),
                self.tr("类型"),
                self.tr("应设"),
                self.tr("已设"),
                self.tr("已到岗"),
                self.tr("空缺"),
                self.tr("还差岗位"),
            ]
        )
        self.posts_table = _table(
            [
                self.tr("单位"),
                self.tr("性质"),
                self.tr("等级"),
                self.tr("在岗人员"),
                self.tr("证书等级"),
                self.tr("到岗日期"),
                self.tr("提醒"),
            ]
        )
        pick_one_row(self.posts_table)
        self.posts_table.itemSelectionChanged.connect(self._update_buttons)
        self.add_button = QPushButton(self.tr("新设岗位…"))
        self.fill_button = QPushButton(self.tr("安排到岗…"))
        self.vacate_button = QPushButton(self.tr("离岗…"))
        self.add_button.clicked.connect(self.add_post)
        self.fill_button.clicked.connect(self.fill_post)
        self.vacate_button.clicked.connect(self.vacate_post)

        self.station_title = QLabel()
        self.station_title.setWordWrap(True)
        self.checklist = _table([self.tr("“六有”"), self.tr("完成日期"), self.tr("说明")])
        self.item = QComboBox()
        fill_combo(self.item, wf.STATION_ITEMS)
        self.done = DateInput()
        self.done.setDisplayFormat("yyyy-MM-dd")
        self.done.setCalendarPopup(True)
        self.done.setDate(to_qdate(date.today()))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("说明，可不填"))
        self.record_button = QPushButton(self.tr("记录完成"))
        self.record_button.clicked.connect(self.record_item)
        self.site_button = QPushButton(self.tr("新增站点…"))
        self.site_button.clicked.connect(self.add_site)
        self._sites: list[dict[str, Any]] = []
        self.error = error_label(ERROR_STYLE)

        posts_box = QGroupBox(self.tr("社会工作专业岗位"))
        pl = QVBoxLayout(posts_box)
        pl.addWidget(self.units, 1)
        pl.addWidget(self.posts_table, 2)
        pl.addLayout(button_row(self.add_button, self.fill_button, self.vacate_button))
        station_box = QGroupBox(self.tr("乡镇（街道）社工站"))
        sl = QVBoxLayout(station_box)
        sl.addWidget(self.station_title)
        _rows_high(self.checklist, 6)
        sl.addWidget(self.checklist)
        row = QHBoxLayout()
        for w in (self.item, self.done, self.note, self.record_button, self.site_button):
            row.addWidget(w)
        sl.addLayout(row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(posts_box, 1)
        layout.addWidget(station_box)
        layout.addWidget(self.error)
        for w in (
            self.add_button,
            self.item,
            self.done,
            self.note,
            self.record_button,
            self.site_button,
        ):
            w.setEnabled(not self.read_only)
        self.reload()

    # -- data ------------------------------------------------------------------------------
    def reload(self) -> None:
        today = date.today()
        self._units = posts.unit_summary(self.store, today)
        self._posts = posts.list_posts(self.store, today)
        _fill(
            self.units,
            [
                [
                    u["unit_name"],
                    label(wf.UNIT_KIND_LABELS[u["unit_kind"]]),
                    str(u["required"]),
                    str(u["posts"]),
                    str(u["filled"]),
                    str(u["vacant"]),
                    str(u["shortfall"]) if u["shortfall"] else "",
                ]
                for u in self._units
            ],
        )
        _fill(
            self.posts_table,
            [
                [
                    p["unit_name"] or p["unit_code"],
                    label(p["kind"]),
                    p["grade"] or "",
                    self.tr("（空缺）") if p["vacant"] else p["name"],
                    label(p["level"], self.tr("无证书")) if not p["vacant"] else "",
                    p["from_date"] or "",
                    self.tr("兼职已超过2年") if p["over_limit"] else "",
                ]
                for p in self._posts
            ],
        )
        self._show_station(today)
        self._update_buttons()
        self.countsChanged.emit()

    def _show_station(self, today: date) -> None:
        every = stations.list_stations(self.store, today)
        listed = [s for s in every if s["parent_id"] is None]
        mine = [s for s in listed if s["township_code"] == self.store.unit_code] or listed
        self._station = mine[0] if mine else None
        self._sites = [s for s in every if self._station and s["parent_id"] == self._station["id"]]
        s = self._station
        if s is None:
            self.station_title.setText(
                self.tr("还没有登记社工站：记录“六有”中的第一项时自动登记。")
            )
            items = [{"item": i, "done_on": None, "note": None} for i in wf.STATION_ITEMS]
        else:
            verdict = self.tr("达标") if s["meets_standard"] else self.tr("尚未达标")
            self.station_title.setText(
                self.tr(
                    "{name}：“六有”完成 {done}/6，助理社会工作师及以上专职人员 {staff}/{need}，{verdict}"
                ).format(
                    name=s["name"],
                    done=s["items_done"],
                    staff=s["qualified_staff"],
                    need=s["min_staff"],
                    verdict=verdict,
                )
                + self._sites_line()
            )
            items = s["items"]
        _fill(
            self.checklist,
            [[label(i["item"]), i["done_on"] or self.tr("未完成"), i["note"] or ""] for i in items],
        )

    def _sites_line(self) -> str:
        if not self._sites:
            return ""
        names = villages.names_by_code(self.store)
        shown_sites = [
            self.tr("{site}（{village}）").format(site=s["name"], village=names[s["village_code"]])
            if s["village_code"] in names
            else s["name"]
            for s in self._sites
        ]
        sep = self.tr("、")
        return "\n" + self.tr("站点 {n} 个：{names}").format(
            n=len(self._sites), names=sep.join(shown_sites)
        )

    def status_count(self) -> str:
        return self.tr("共 {n} 个岗位").format(n=len(self._posts))

    def selected_post(self) -> dict[str, Any] | None:
        """The post of the selected row (one row at most: ``pick_one_row``)."""
        if not self.posts_table.selectionModel().hasSelection():
            return None
        at = self.posts_table.currentRow()
        return self._posts[at] if 0 <= at < len(self._posts) else None

    def select_post(self, post_id: str) -> bool:
        at = next((i for i, p in enumerate(self._posts) if p["id"] == post_id), None)
        if at is not None:
            self.posts_table.selectRow(at)
        return at is not None

    def _update_buttons(self) -> None:
        p = self.selected_post()
        self.fill_button.setEnabled(not self.read_only and p is not None and p["vacant"])
        self.vacate_button.setEnabled(not self.read_only and p is not None and not p["vacant"])

    # -- actions ---------------------------------------------------------------------------
    def add_dialog(self) -> PostAddDialog:
        return PostAddDialog(self.store, self._units, self)

    def fill_dialog(self) -> PostFillDialog | None:
        p = self.selected_post()
        if p is None:
            return None
        holders = posts.holder_ids(self.store)
        rowids = workers.search_rowids(self.store, WorkerFilter(status=enums.STATUS_ON_DUTY))
        rows = workers.fetch_rows(self.store, rowids[:_MAX_CHOICES])
        # in the list's order (by name), without those already in a post
        choices = [rows[r] for r in rowids[:_MAX_CHOICES] if rows[r]["id"] not in holders]
        return PostFillDialog(self.store, p, choices, self)

    def vacate_dialog(self) -> PostFillDialog | None:
        p = self.selected_post()
        return PostFillDialog(self.store, p, None, self) if p is not None else None

    def site_dialog(self) -> StationSiteDialog:
        listed = [(v["code"], v["name"]) for v in villages.list_all(self.store)]
        station = self._station["name"] if self._station else None
        return StationSiteDialog(self.store, station, listed, self)

    def add_site(self) -> None:
        self._run(self.site_dialog())

    def _run(self, dialog: Any) -> None:
        if dialog is not None and dialog.exec():
            self._written()

    def add_post(self) -> None:
        self._run(self.add_dialog())

    def fill_post(self) -> None:
        self._run(self.fill_dialog())

    def vacate_post(self) -> None:
        self._run(self.vacate_dialog())

    def record_item(self) -> bool:
        """Record the chosen 六有 item as done on the chosen day (the station is registered on
        its first item)."""
        try:
            stations.set_township_item(
                self.store,
                None,
                self.item.currentData(),
                to_date(self.done.date()),
                self.note.text(),
            )
        except RuleError as e:
            self.error.setText(shown(e.message))
            self.error.setVisible(True)
            return False
        self.error.setVisible(False)
        self.note.clear()
        self._written()
        return True

    def _written(self) -> None:
        self.reload()
        self.changed.emit()
