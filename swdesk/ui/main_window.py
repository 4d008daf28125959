"""The main window: navigation (社工档案, 村（社区）), menus and the toolbar.

Only what exists has an entry: no menu item or screen for features not built yet. Dialogs of
other modules (worker editor, history, import wizard) are imported inside the slots that open
them, so start-up stays fast and this window does not depend on them at import time.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, cast

import shiboken6

# Qt's namespace and the classes used only after the window is up (message boxes…) are
# reached through their modules at call time: none is built before the first paint
# (see swdesk.ui.worker_model).
from PySide6 import QtCore, QtWidgets
from PySide6.QtCore import QSettings, QSize, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QPaintEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from swdesk import __version__
from swdesk.core import divisions
from swdesk.core.errors import RuleError
from swdesk.logsetup import log_file
from swdesk.store import Store, villages, workers
from swdesk.store.backup import backup_dir, backup_store, check_backup_file
from swdesk.ui import page_chrome
from swdesk.ui.changes import (
    ALLOWANCES,
    EVERYTHING,
    SETTINGS,
    TRAINING,
    VILLAGES,
    WORKERS,
    ChangeBus,
    cares_about,
)
from swdesk.ui.message_bar import INFO, SUCCESS, MessageBar
from swdesk.ui.screen_fit import place_on_screen
from swdesk.ui.widgets import attempt
from swdesk.ui.workers_page import WorkersPage

if TYPE_CHECKING:
    from swdesk.ui.ce_notice import NoticeBar, NoticeFacts
    from swdesk.ui.sync_page import SyncPage
    from swdesk.ui.tasks import Progress
    from swdesk.ui.training_page import TrainingPage
    from swdesk.ui.villages_page import VillagesPage

log = logging.getLogger("swdesk.ui.main_window")
T = TypeVar("T")

PAGE_WORKERS, PAGE_VILLAGES = 0, 1


class MainWindow(QMainWindow):
    # Once, after the window's first paint: work that must not delay the window showing
    # (the day's backup, see swdesk.app) starts here.
    firstPainted = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("MainWindow")
        self.update_title()
        self.changes = ChangeBus(self)
        self.changes.changed.connect(self._changed)

        self.workers_page = WorkersPage(store)
        if store.role != divisions.ROLE_COUNTY:  # a county's: after the paint (WorkersPage)
            self.workers_page.set_villages(self.village_rows())
        self.nav = QListWidget()
        self.stack = QStackedWidget()
        # Pages other than the workers list are built when first shown: start fast.
        self._page_factories: dict[int, Callable[[], QWidget]] = {}
        self._built_pages: dict[int, QWidget] = {}
        self._add_page(self.tr("社工档案"), lambda: self.workers_page, built=self.workers_page)
        self._add_page(self.tr("村（社区）"), self._build_villages_page)
        self.page_training = self._add_page(self.tr("继续教育"), self._build_training_page)
        self._add_page(self.tr("考试报名"), self._build_exam_page)
        self._add_page(self.tr("绩效考评"), self._build_appraisal_page)
        if store.role == divisions.ROLE_TOWNSHIP:  # the townships compute and pay
            self._add_page(self.tr("津贴发放"), self._build_allowance_page)
        self._add_page(self.tr("岗位与社工站"), self._build_posts_page)
        self.page_indicators = self._add_page(self.tr("指标"), self._build_indicators_page)
        self.page_sync = self._add_page(self.tr("数据同步"), self._build_sync_page)
        self.nav.setFixedWidth(
            max(
                max(
                    self.nav.fontMetrics().horizontalAdvance(self.nav.item(i).text())
                    for i in range(self.nav.count())
                )
                + 48,
                120,
            )
        )
        self.nav.currentRowChanged.connect(self._show_page)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.nav)
        # Feedback where the eye is: the message bar sits on top of the page, not down in the
        # status bar (which a small screen may not show).
        self.message_bar = MessageBar()
        page_area = QVBoxLayout()
        page_area.setContentsMargins(0, 0, 0, 0)
        page_area.addWidget(self.message_bar)
        page_area.addWidget(self.stack, 1)
        layout.addLayout(page_area, 1)
        self.setCentralWidget(central)

        self._make_actions()
        self._hide_township_entry()
        self._make_menus()
        self._make_toolbar()
        self.counts = QLabel()
        self.statusBar().addPermanentWidget(self.counts)
        self.statusBar().addPermanentWidget(
            QLabel(self.tr("数据文件：{path}").format(path=store.path))
        )

        self.workers_page.currentChanged.connect(self._update_actions)
        self.workers_page.countsChanged.connect(self._update_counts)
        self.workers_page.set_toolbar_actions(
            [
                self.new_action,
                self.edit_action,
                self.delete_action,
                self.restore_action,
                self.history_action,
                None,
                self.import_action,
                self.export_action,
            ]
        )
        if store.role == divisions.ROLE_COUNTY:  # the county's people come in packages
            self.workers_page.set_first_steps(
                self._action(self.tr("导入数据包…"), self.import_packages)
            )
        else:
            self.workers_page.set_first_steps(self.new_action, self.import_action)
        self.workers_page.editRequested.connect(self.edit_worker)
        self.workers_page.deleteRequested.connect(self.delete_worker)
        self.workers_page.filter_bar.show_deleted.toggled.connect(self._update_actions)

        # The list's page shown once: a row change shows it (counts, toolbar), and filling the
        # toolbar a second time would make its buttons twice before the first paint.
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(PAGE_WORKERS)
        self.nav.blockSignals(False)
        self._show_page(PAGE_WORKERS)
        self._update_actions()
        place_on_screen(self, QSettings().value("main/geometry"))

    # -- building --------------------------------------------------------------------------
    def _action(
        self,
        text: str,
        slot: Callable[[], Any],
        shortcut: str | None = None,
        tip: str | None = None,
    ) -> QAction:
        # Text set apart: PySide6 resolves QAction(text, parent) against QAction(icon, text,
        # parent) by building the QIcon and QPixmap classes (~1.5 ms), needed only later.
        action = QAction(self)
        action.setText(text)
        action.triggered.connect(self.message_bar.clear)  # before the slot: its answer stays
        action.triggered.connect(lambda _checked=False: slot())
        if shortcut is not None:
            # As text through the property: QKeySequence's Python class (its ~70 standard keys
            # are built as an enum) is not needed before the window paints.
            action.setProperty("shortcut", shortcut)
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        return action

    def _make_actions(self) -> None:
        self.new_action = self._action(
            self.tr("新建档案…"), self.new_worker, "Ctrl+N", self.tr("录入一名社工的档案")
        )
        self.edit_action = self._action(
            self.tr("编辑…"),
            self.edit_current,
            None,
            self.tr("编辑选中的档案（也可双击或按回车键）"),
        )
        self.delete_action = self._action(
            self.tr("删除…"), self.delete_worker, None, self.tr("删除选中的档案（可以恢复）")
        )
        self.restore_action = self._action(
            self.tr("恢复"), self.restore_worker, None, self.tr("恢复选中的已删除档案")
        )
        self.history_action = self._action(
            self.tr("修改历史…"), self.show_history, "Ctrl+H", self.tr("查看选中档案的修改记录")
        )
        self.import_action = self._action(
            self.tr("导入花名册…"),
            self.import_roster,
            "Ctrl+I",
            self.tr("从 Excel 花名册导入社工档案"),
        )
        self.export_action = self._action(
            self.tr("导出花名册…"),
            self.export_roster,
            "Ctrl+E",
            self.tr("把全部社工档案导出为 Excel 花名册"),
        )
        self.template_action = self._action(
            self.tr("下载导入模板…"),
            self.save_template,
            None,
            self.tr("生成一份空白的花名册导入模板"),
        )
        self.backup_action = self._action(
            self.tr("备份…"), self.backup, None, self.tr("把数据文件另存一份备份")
        )
        self.restore_backup_action = self._action(
            self.tr("从备份恢复…"), self.restore_backup, None, self.tr("用一份备份替换当前数据")
        )
        self.settings_action = self._action(self.tr("设置…"), self.open_settings)
        self.quit_action = self._action(self.tr("退出"), self.close, "Ctrl+Q")
        self.find_action = self._action(self.tr("搜索"), self.focus_search, "Ctrl+F")
        self.refresh_action = self._action(self.tr("刷新"), self.reload_all, "F5")
        self.about_action = self._action(self.tr("关于 swdesk"), self.about)
        self.help_action = self._action(
            self.tr("使用说明"), self.show_help, "F1", self.tr("第一周的使用说明，打开本页面的一节")
        )
        self.ledger_action = self._action(
            self.tr("学时记录…"),
            self.open_ledger,
            "Ctrl+L",
            self.tr("查看、记录选中社工的继续教育学时，导出学时证明"),
        )

    def township_entry_actions(self) -> tuple[QAction, ...]:
        """Actions that enter or change a township's worker files: a county file holds what the
        townships sent (a county-side change would only come back as a sync conflict)."""
        return (
            self.new_action,
            self.delete_action,
            self.restore_action,
            self.import_action,
            self.template_action,
        )

    def _hide_township_entry(self) -> None:
        if self.store.role == divisions.ROLE_COUNTY:
            self.edit_action.setText(self.tr("查看…"))
            self.edit_action.setToolTip(self.tr("查看选中的档案（只读：档案由乡镇维护）"))
            self.edit_action.setStatusTip(self.edit_action.toolTip())
            for action in self.township_entry_actions():
                action.setVisible(False)
                action.setEnabled(False)  # and their shortcuts do nothing

    def _make_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("文件(&F)"))
        for a in (self.import_action, self.export_action, self.template_action):
            file_menu.addAction(a)
        file_menu.addSeparator()
        file_menu.addAction(self.backup_action)
        file_menu.addAction(self.restore_backup_action)
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        worker_menu = bar.addMenu(self.tr("档案(&W)"))
        for a in (self.new_action, self.edit_action, self.delete_action, self.restore_action):
            worker_menu.addAction(a)
        worker_menu.addSeparator()
        worker_menu.addAction(self.history_action)
        worker_menu.addAction(self.ledger_action)
        worker_menu.addSeparator()
        worker_menu.addAction(self.find_action)
        worker_menu.addAction(self.refresh_action)
        help_menu = bar.addMenu(self.tr("帮助(&H)"))
        help_menu.addAction(self.help_action)
        help_menu.addAction(self.about_action)

    def _make_toolbar(self) -> None:
        bar = QToolBar(self.tr("工具栏"))
        bar.setObjectName("main_toolbar")
        bar.setMovable(False)
        bar.setProperty("toolButtonStyle", "ToolButtonTextOnly")  # by name: see worker_model
        self.addToolBar(bar)
        self.toolbar = bar
        # On every page, after the page's own actions (``_fill_toolbar``).
        self.global_actions: list[QAction] = [self.refresh_action]

    def _fill_toolbar(self) -> None:
        """The toolbar shows the actions of the page on screen, then the global ones; the
        actions stay in the menus (and their shortcuts work) whatever the page."""
        bar = self.toolbar
        bar.clear()
        own = page_chrome.toolbar_actions(self.stack.currentWidget())
        for action in own:
            if action is None:
                bar.addSeparator()
            else:
                bar.addAction(action)
        if own:
            bar.addSeparator()
        for action in self.global_actions:
            bar.addAction(action)

    # -- state -----------------------------------------------------------------------------
    def update_title(self) -> None:
        role = (
            self.tr("乡镇社工站")
            if self.store.role == divisions.ROLE_TOWNSHIP
            else self.tr("县（区）民政局")
        )
        self.setWindowTitle(
            self.tr("swdesk — {unit}（{role}）").format(unit=self.store.unit_name, role=role)
        )

    def _add_page(
        self, title: str, factory: Callable[[], QWidget], built: QWidget | None = None
    ) -> int:
        """Add a navigation entry whose page ``factory`` builds on first show (or the page
        itself, ``built``, when it is made already: no placeholder to swap out)."""
        index = self.nav.count()
        item = QListWidgetItem(title)
        # Roomy entries by their height, not a style sheet ("::item { padding }"): a style
        # sheet puts the list under Qt's style-sheet style, ~2 M instructions of every start.
        item.setSizeHint(QSize(0, self.nav.fontMetrics().height() + 13))
        self.nav.addItem(item)
        self._page_factories[index] = factory
        if built is not None:
            self.stack.addWidget(built)
            self._built_pages[index] = built
        else:
            self.stack.addWidget(QWidget())  # placeholder until the page is first shown
        return index

    def page(self, index: int) -> QWidget:
        """The page at ``index``, built now if it has not been shown yet."""
        built = self._built_pages.get(index)
        if built is None:
            built = self._page_factories[index]()
            placeholder = self.stack.widget(index)
            self.stack.insertWidget(index, built)
            if placeholder is not None:
                self.stack.removeWidget(placeholder)
                placeholder.deleteLater()
            self._built_pages[index] = built
            signal = page_chrome.counts_signal(built)
            if signal is not None and built is not self.workers_page:
                signal.connect(self._update_counts)
        return built

    def _build_villages_page(self) -> QWidget:
        from swdesk.ui.villages_page import VillagesPage

        page = VillagesPage(self.store)
        page.changed.connect(lambda: self.changes.announce({VILLAGES}, page))
        return page

    def _build_training_page(self) -> QWidget:
        from swdesk.ui.training_page import TrainingPage

        page = TrainingPage(self.store)
        page.changed.connect(lambda: self.changes.announce({TRAINING}, page))
        return page

    @property
    def training_page(self) -> TrainingPage:
        return cast("TrainingPage", self.page(self.page_training))

    def _build_exam_page(self) -> QWidget:
        if self.store.role == divisions.ROLE_COUNTY:  # townships' registrations, read-only
            from swdesk.ui.county_records_page import CountyExamPage

            return CountyExamPage(self.store)
        from swdesk.ui.exam_page import ExamPage

        return ExamPage(self.store)

    def _build_appraisal_page(self) -> QWidget:
        if self.store.role == divisions.ROLE_COUNTY:  # townships' appraisals, read-only
            from swdesk.ui.county_records_page import CountyAppraisalPage

            return CountyAppraisalPage(self.store)
        from swdesk.ui.appraisal_page import AppraisalPage

        return AppraisalPage(self.store)

    def _build_allowance_page(self) -> QWidget:
        from swdesk.ui.allowance_page import AllowancePage

        page = AllowancePage(self.store)
        page.changed.connect(lambda: self.changes.announce({ALLOWANCES}, page))
        return page

    def _build_indicators_page(self) -> QWidget:
        from swdesk.ui.indicators_page import IndicatorsPage

        page = IndicatorsPage(self.store)
        page.workerRequested.connect(self.edit_worker)
        return page

    def _build_posts_page(self) -> QWidget:
        from swdesk.ui.posts_page import PostsPage

        page = PostsPage(self.store)
        # a fill or vacancy changes the worker's 专业岗位 shown in the list
        page.changed.connect(lambda: self.changes.announce({WORKERS}, page))
        return page

    def _build_sync_page(self) -> QWidget:
        page: SyncPage
        if self.store.role == divisions.ROLE_COUNTY:
            from swdesk.ui.sync_county import CountySyncPage

            page = CountySyncPage(self.store)
        else:
            from swdesk.ui.sync_township import TownshipSyncPage

            page = TownshipSyncPage(self.store)
        page.dataChanged.connect(lambda kinds: self.changes.announce(kinds, page))
        return page

    def import_packages(self) -> None:
        """The county's first step: to 数据同步, choosing the townships' packages."""
        self.nav.setCurrentRow(self.page_sync)
        page = self.page(self.page_sync)
        choose = getattr(page, "choose_packages", None)
        if callable(choose):
            choose()

    @property
    def villages_page(self) -> VillagesPage:
        """The villages page, built on first use (most sessions never open it)."""
        return cast("VillagesPage", self.page(PAGE_VILLAGES))

    def _show_page(self, index: int) -> None:
        page = self.page(index)
        if index != PAGE_WORKERS:
            reload = getattr(page, "reload", None)
            if callable(reload):
                reload()  # fresh counts every visit
        self.stack.setCurrentIndex(index)
        self.message_bar.clear()
        self._update_counts()
        self._fill_toolbar()

    def village_rows(self) -> list[dict[str, Any]]:
        """The villages the lists' filters offer: a county's labelled 「乡镇 / 村名」, as
        townships share village names."""
        if self.store.role == divisions.ROLE_COUNTY:
            from swdesk.store import county_views

            return county_views.village_choices(self.store)
        return villages.list_all(self.store)

    def _update_actions(self) -> None:
        current = self.workers_page.current_worker()
        live = current is not None and not current["deleted"]
        self.edit_action.setEnabled(live)
        self.delete_action.setEnabled(live)
        self.restore_action.setVisible(self.workers_page.filter_bar.show_deleted.isChecked())
        self.restore_action.setEnabled(current is not None and current["deleted"])
        self.history_action.setEnabled(current is not None)
        self.ledger_action.setEnabled(live)
        self._hide_township_entry()

    def _update_counts(self) -> None:
        """The status bar's count is the page on screen's own (``ui.page_chrome``)."""
        self.counts.setText(page_chrome.count_text(self.stack.currentWidget()))
        # A count that arrives from a background task would otherwise show cut until the status
        # bar's next layout pass: lay it out now.
        if (box := self.statusBar().layout()) is not None:
            box.activate()

    def show_message(
        self, text: str, kind: str = SUCCESS, action: tuple[str, Callable[[], object]] | None = None
    ) -> None:
        """Say what just happened in the bar on top of the page (kinds: ``ui.message_bar``)."""
        self.message_bar.show_message(text, kind, action)

    def reload_all(self) -> None:
        """After anything may have changed behind the lists (a restored backup, F5)."""
        self.changes.announce(EVERYTHING)

    def _changed(self, kinds: frozenset[str], source: object) -> None:
        """Refresh what shows ``kinds``: the worker list, and the page on screen if it cares
        (a hidden page reloads on its next visit anyway; ``source`` already shows the change).
        ``EVERYTHING`` reloads every built page, as "reload all" always did."""
        if SETTINGS in kinds:
            self.update_title()
        if kinds & cares_about(self.workers_page):
            if VILLAGES in kinds:
                self.workers_page.set_villages(self.village_rows())
            if source is not self.workers_page:
                self.workers_page.reload()
        current = self.stack.currentWidget()
        for index, page in self._built_pages.items():
            if index == PAGE_WORKERS or page is source or not kinds & cares_about(page):
                continue
            reload = getattr(page, "reload", None)
            if callable(reload) and (page is current or kinds == EVERYTHING):
                reload()

    def focus_search(self) -> None:
        self.nav.setCurrentRow(PAGE_WORKERS)
        self.workers_page.filter_bar.search.setFocus()
        self.workers_page.filter_bar.search.selectAll()

    # -- worker actions --------------------------------------------------------------------
    def new_worker(self) -> None:
        self._open_editor(None)

    def edit_current(self) -> None:
        current = self.workers_page.current_worker()
        if current:
            self.edit_worker(current["id"])

    def edit_worker(self, worker_id: str) -> None:
        current = self.workers_page.current_worker()
        county = self.store.role == divisions.ROLE_COUNTY  # a county reads, never restores
        if current and current["id"] == worker_id and current["deleted"] and not county:
            answer = QtWidgets.QMessageBox.question(
                self,
                self.tr("档案已删除"),
                self.tr("{name} 的档案已删除，要先恢复它吗？").format(name=current["name"]),
            )
            if answer == QtWidgets.QMessageBox.StandardButton.Yes:
                self.restore_worker()
            return
        self._open_editor(worker_id)

    def _open_editor(self, worker_id: str | None) -> None:
        from swdesk.ui.worker_editor import WorkerEditor

        self.nav.setCurrentRow(PAGE_WORKERS)
        dialog = WorkerEditor(self.store, worker_id, self)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        if self.store.role == divisions.ROLE_COUNTY:  # the township keeps the file
            from swdesk.ui.read_only_view import view_only

            view_only(
                dialog,
                dialog.button_box,
                self.tr("档案由乡镇维护，请乡镇修改后重新报送"),
                (dialog.history_button,),
            )
        dialog.saved.connect(lambda wid, d=dialog: self._worker_saved(wid, d.released_note))
        dialog.open()

    def _worker_saved(self, worker_id: str, released: str = "") -> None:
        self.workers_page.reload(select_id=worker_id)
        self.changes.announce({WORKERS}, self.workers_page)
        if not self.workers_page.select_worker(worker_id):
            self.show_message(
                self.tr("已保存。这份档案不符合当前的搜索或筛选条件，所以没有显示在列表里。"),
                INFO,
                (self.tr("显示"), lambda: self.workers_page.show_worker(worker_id)),
            )
        else:
            self.show_message(self.tr("已保存。") + released)

    def delete_worker(self) -> None:
        current = self.workers_page.current_worker()
        if current is None or current["deleted"]:
            return
        answer = QtWidgets.QMessageBox.question(
            self,
            self.tr("删除档案"),
            self.tr("确定删除 {name} 的档案吗？删除后可在“显示已删除”中恢复。").format(
                name=current["name"]
            ),
        )
        if answer != QtWidgets.QMessageBox.StandardButton.Yes:
            return
        from swdesk.store.departures import Released
        from swdesk.ui.rule_text import shown

        row = self.workers_page.current_row()
        released = Released()
        ok, _ = attempt(
            self,
            self.tr("删除档案"),
            lambda: workers.delete(self.store, current["id"], released=released),
        )
        if not ok:
            return
        self.workers_page.reload()
        self.changes.announce({WORKERS}, self.workers_page)
        if not self.workers_page.select_worker(current["id"]):
            count = self.workers_page.model.rowCount()
            if count:
                self.workers_page.view.selectRow(min(row, count - 1))
        self.show_message(
            self.tr("已删除 {name} 的档案。").format(name=current["name"]) + shown(released.text())
        )

    def restore_worker(self) -> None:
        current = self.workers_page.current_worker()
        if current is None or not current["deleted"]:
            return
        ok, _ = attempt(
            self, self.tr("恢复档案"), lambda: workers.restore(self.store, current["id"])
        )
        if not ok:
            return
        self.workers_page.reload(select_id=current["id"])
        self.changes.announce({WORKERS}, self.workers_page)
        self.show_message(self.tr("已恢复 {name} 的档案。").format(name=current["name"]))

    def show_history(self) -> None:
        from swdesk.ui.history_dialog import HistoryDialog

        current = self.workers_page.current_worker()
        if current is None:
            return
        dialog = HistoryDialog(self.store, current["id"], self)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    # -- files -----------------------------------------------------------------------------
    def _ask_save_xlsx(self, title: str, name: str) -> Path | None:
        from swdesk.ui.file_dirs import ask_save_xlsx  # only when asked: start-up time

        return ask_save_xlsx(self, title, name)

    def _run(self, title: str, job: Callable[[Store, Progress], T]) -> tuple[bool, T | None]:
        from swdesk.ui.tasks import run_job  # not needed at start-up

        return run_job(self, title, self.store, job)

    def import_roster(self) -> None:
        from swdesk.ui.import_wizard import ImportWizard

        self.nav.setCurrentRow(PAGE_WORKERS)
        wizard = ImportWizard(self.store, self)
        wizard.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.imported.connect(lambda: self.changes.announce({WORKERS}))
        wizard.imported.connect(
            lambda: self.show_message(" ".join(wizard.done_label.text().split("\n")))
        )
        wizard.open()

    def export_roster(self) -> None:
        from swdesk.services import roster

        stamp = datetime.now().strftime("%Y%m%d")
        out = self._ask_save_xlsx(
            self.tr("导出花名册"), self.tr("社工花名册_{date}.xlsx").format(date=stamp)
        )
        if out is None:
            return

        def job(store: Store, progress: Progress) -> int:
            return int(roster.export_roster(store, out))

        ok, n = self._run(self.tr("正在导出花名册……"), job)
        if ok:
            self.show_message(self.tr("已导出 {n} 人到：{path}").format(n=n, path=out))

    def save_template(self) -> None:
        from swdesk.services import roster

        out = self._ask_save_xlsx(self.tr("下载导入模板"), self.tr("社工花名册导入模板.xlsx"))
        if out is None:
            return
        try:
            roster.write_template(out)
        except (RuleError, OSError) as e:
            from swdesk.ui.tasks import show_failure

            show_failure(self, self.tr("下载导入模板"), e)
            return
        self.show_message(self.tr("已生成导入模板：{path}").format(path=out))

    def backup(self) -> None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        folder = backup_dir(self.store.path)
        folder.mkdir(parents=True, exist_ok=True)
        from PySide6.QtWidgets import QFileDialog  # only when asked: start-up time

        from swdesk.ui.file_dirs import dialog_options

        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("备份数据文件"),
            str(folder / f"{self.store.path.stem}-{stamp}-manual.db"),
            self.tr("swdesk 数据文件 (*.db)"),
            options=dialog_options(),
        )
        if not path:
            return
        target = Path(path)

        def job(store: Store, progress: Progress) -> Path:
            return backup_store(store, tag="manual", out=target)

        ok, out = self._run(self.tr("正在备份……"), job)
        if ok:
            QtWidgets.QMessageBox.information(
                self, self.tr("备份"), self.tr("已备份到：\n{path}").format(path=out)
            )

    def restore_backup(self) -> None:
        title = self.tr("从备份恢复")
        from PySide6.QtWidgets import QFileDialog  # only when asked: start-up time

        from swdesk.ui.file_dirs import dialog_options

        path, _ = QFileDialog.getOpenFileName(
            self,
            title,
            str(backup_dir(self.store.path)),
            self.tr("swdesk 数据文件 (*.db);;所有文件 (*)"),
            options=dialog_options(),
        )
        if not path:
            return
        self.restore_from(Path(path))

    def restore_from(self, source: Path) -> bool:
        """Put the backup ``source`` in place of the data file, after asking; True if done.
        The data file is set aside, never opened (``store.restore``)."""
        title = self.tr("从备份恢复")
        ok, _ = attempt(self, title, lambda: check_backup_file(source))
        if not ok:
            return False
        answer = QtWidgets.QMessageBox.question(
            self,
            title,
            self.tr(
                "用备份“{name}”中的数据替换当前的全部数据吗？\n"
                "当前数据会先另存为一份备份，恢复后仍可找回。"
            ).format(name=source.name),
        )
        if answer != QtWidgets.QMessageBox.StandardButton.Yes:
            return False
        from swdesk.store.restore import restore_store  # only when asked: start-up time

        ok, done = attempt(self, title, lambda: restore_store(self.store, source))
        if not ok or done is None:
            return False
        safety = done.aside
        log.info("restored %s from %s (safety copy %s)", self.store.path, source, safety)
        self.reload_all()
        QtWidgets.QMessageBox.information(
            self,
            title,
            self.tr("已从备份恢复。恢复前的数据已另存为：\n{path}").format(path=safety),
        )
        return True

    # -- continuing education ---------------------------------------------------------------
    def open_ledger(self, worker_id: str | None = None) -> QWidget | None:
        """The 继续教育学时 ledger of ``worker_id`` (default: the selected worker)."""
        from swdesk.ui.ledger_dialog import LedgerDialog

        if worker_id is None:
            current = self.workers_page.current_worker()
            if current is None or current["deleted"]:
                return None
            worker_id = current["id"]
        dialog = LedgerDialog(self.store, worker_id, self)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not hasattr(self, "_ce_notice_started"):
            # Not on show: a zero timer set then runs before the first paint, and its imports
            # and queries (~15 ms) would keep the window blank that much longer.
            self._ce_notice_started = True
            QTimer.singleShot(0, self, self.firstPainted.emit)  # first: nothing has run since
            QTimer.singleShot(0, self, self._start_ce_notice)

    def _start_ce_notice(self) -> None:
        """Work out the re-registration notice in the background, after the window shows."""
        from swdesk.ui.ce_notice import notice_job
        from swdesk.ui.tasks import in_background

        if not self.isVisible():
            return

        alive = shiboken6.isValid

        def shown(facts: NoticeFacts) -> None:
            if alive(self):
                self._show_ce_notice(facts)

        def failed(error: BaseException) -> None:
            log.warning("re-registration notice not computed: %s", error)

        self._ce_task = in_background(self.store, notice_job(date.today()), shown, failed)

    def _show_ce_notice(self, facts: NoticeFacts) -> None:
        from swdesk.ui.ce_notice import NoticeBar

        bar = NoticeBar()
        if not bar.set_facts(facts):
            bar.deleteLater()
            return
        self.add_bar(bar, "ceNoticeBar")
        bar.showRequested.connect(self.show_ce_notice_list)
        self.ce_notice: NoticeBar = bar

    def add_bar(self, bar: QWidget, name: str) -> QToolBar:
        """Put a notice bar across the window under the toolbar (object name ``name``)."""
        bar.setSizePolicy(
            QtWidgets.QSizePolicy.Policy.Expanding, QtWidgets.QSizePolicy.Policy.Preferred
        )
        holder = QToolBar(self.tr("提示"))
        holder.setObjectName(name)
        holder.setMovable(False)
        holder.setFloatable(False)
        holder.toggleViewAction().setVisible(False)
        holder.addWidget(bar)
        self.addToolBarBreak()
        self.addToolBar(holder)
        return holder

    def show_ce_notice_list(self) -> None:
        """The compliance list showing only the people the notice speaks of."""
        bar = self.ce_notice
        if bar.facts is None:
            return
        self.nav.setCurrentRow(self.page_training)
        self.training_page.show_compliance(bar.facts.entering, bar.list_title())

    # -- other -----------------------------------------------------------------------------
    def open_settings(self) -> None:
        from swdesk.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.store, self)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.show_message(self.tr("设置已保存。")))
        dialog.open()

    def show_help(self) -> None:
        """The guide, at the section for the page on screen (F1)."""
        from swdesk.ui.help_dialog import open_help  # only when asked: start-up time

        open_help(self, self.stack.currentWidget())

    def about(self) -> None:
        QtWidgets.QMessageBox.about(
            self,
            self.tr("关于 swdesk"),
            self.tr(
                "swdesk {version}\n乡镇社工站社会工作者人才档案管理（离线版）\n\n"
                "单位：{unit}（{code}）\n数据文件：{path}\n日志文件：{log}\n"
                "共 {n} 名社工，{v} 个村（社区）。"
            ).format(
                version=__version__,
                unit=self.store.unit_name,
                code=self.store.unit_code,
                path=self.store.path,
                log=log_file(),
                n=workers.count(self.store),
                v=len(villages.list_all(self.store)),
            ),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        task = getattr(self, "_ce_task", None)
        if task is not None:
            task.wait()
        QSettings().setValue("main/geometry", self.saveGeometry())
        super().closeEvent(event)
