"""Every page of the main window and the main dialogs fit 1024×700 and 1366×768 screens, in
Chinese and English, with no button or label cut short; and the window opens on the screen.

The offscreen platform has one fixed screen, so a small screen is simulated by its available
size: a window must be able to shrink to it (minimum size) and, shrunk to it, show every
button's and label's text whole (a text cut without an ellipsis: size hint wider than width).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

import pytest
from PySide6.QtCore import QPoint, QRect, QSettings, QSize, Qt
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from swdesk.services import demo, training_demo
from swdesk.store import Store, training, workers
from swdesk.ui import screen_fit

# What the window may use: the screen less a taskbar (1366×768 → ~728 on Windows) and the
# window manager's frame (screen_fit.FRAME).
SCREENS = {"1024x700": QSize(1024, 700), "1366x768": QSize(1366, 728)}


def budget(screen: QSize) -> QSize:
    return screen - screen_fit.FRAME


@pytest.fixture
def on_screen(monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> QSize:
    """The simulated screen (the test's ``screen`` parameter) is what windows open on."""
    size = SCREENS[request.getfixturevalue("screen")]
    monkeypatch.setattr(screen_fit, "available_for", lambda _w: QRect(QPoint(0, 0), size))
    return size


@pytest.fixture(params=["zh_CN", "en"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    if request.param == "en":
        request.getfixturevalue("english")
    yield request.param


@pytest.fixture
def demo_store(store: Store) -> Store:
    demo.fill(store, 30, 1, today=date(2026, 3, 2))
    training_demo.fill(store, 1)
    return store


def cut_texts(top: QWidget) -> list[str]:
    """Visible buttons and labels whose text is wider than the room they were given."""
    cut = []
    for w in top.findChildren(QWidget):
        if not w.isVisible() or w.window() is not top:
            continue
        if isinstance(w, QPushButton) and w.text():
            if w.width() < w.sizeHint().width():
                cut.append(f"button {w.text()!r}: {w.width()} < {w.sizeHint().width()}")
        elif (
            isinstance(w, QLabel)
            and w.text()
            and not w.wordWrap()
            and w.pixmap().isNull()
            and w.width() < w.sizeHint().width()
        ):
            cut.append(f"label {w.text()!r}: {w.width()} < {w.sizeHint().width()}")
    return cut


def fits(window: QWidget, room: QSize) -> list[str]:
    """What is wrong with ``window`` shrunk to ``room`` (empty: nothing)."""
    QApplication.processEvents()
    problems = []
    if window.width() > room.width() or window.height() > room.height():
        problems.append(f"{type(window).__name__} opens at {window.size().toTuple()}")
    least = window.minimumSizeHint().expandedTo(window.minimumSize())
    if least.width() > room.width() or least.height() > room.height():
        problems.append(f"{type(window).__name__} needs at least {least.toTuple()}")
    window.resize(window.size().boundedTo(room))
    QApplication.processEvents()
    if window.width() > room.width() or window.height() > room.height():
        problems.append(f"{type(window).__name__} is {window.size().toTuple()}")
    return problems + cut_texts(window) + sideways(window)


def sideways(top: QWidget) -> list[str]:
    """A dialog's scrolled form (``screen_fit.scroll_body``) that scrolls sideways: the screen
    had the room and the dialog did not take it."""
    return [
        f"its form scrolls sideways by {bar.maximum()} px"
        for area in top.findChildren(QScrollArea, "scrollBody")
        if area.isVisible() and (bar := area.horizontalScrollBar()).maximum() > 0
    ]


@pytest.mark.parametrize("screen", SCREENS)
def test_every_page_of_the_main_window_fits(
    qtbot: QtBot,
    demo_store: Store,
    language: str,
    screen: str,
    on_screen: QSize,
    clean_qsettings: None,
) -> None:
    from swdesk.ui.main_window import MainWindow

    room = budget(on_screen)
    win = MainWindow(demo_store)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    problems = []
    for row in range(win.nav.count()):
        win.nav.setCurrentRow(row)
        for problem in fits(win, room):
            problems.append(f"{win.nav.item(row).text()}: {problem}")
        # and each table (on each tab) shows its column headers whole
        page = win.stack.currentWidget()
        for _ in every_tab(page):
            for problem in clipped_headers(page):
                if (said := f"{win.nav.item(row).text()}: {problem}") not in problems:
                    problems.append(said)
    assert problems == [], "\n".join(problems)


def _dialogs(store: Store) -> dict[str, Callable[[], QWidget]]:
    from swdesk.ui.accounts_tab import AccountDialog
    from swdesk.ui.appraisal_dialogs import NewRoundDialog, RulesEditor, TemplateEditor
    from swdesk.ui.attendance_dialog import AttendanceDialog
    from swdesk.ui.event_editor import EventEditor
    from swdesk.ui.exam_dialogs import RulesDialog, YearDialog
    from swdesk.ui.first_run import FirstRunDialog
    from swdesk.ui.history_dialog import HistoryDialog
    from swdesk.ui.import_wizard import ImportWizard
    from swdesk.ui.ledger_dialog import LedgerDialog, RecordEditor
    from swdesk.ui.settings_dialog import SettingsDialog
    from swdesk.ui.sync_page import EnrollDialog
    from swdesk.ui.training_costs_dialog import TrainingCostsDialog
    from swdesk.ui.worker_editor import WorkerEditor

    worker_id = workers.list_public(store, "")[0]["id"]
    event_id = training.list_events(store)[0]["id"]
    return {
        "worker editor": lambda: WorkerEditor(store, worker_id),
        "new worker": lambda: WorkerEditor(store),
        "attendance": lambda: AttendanceDialog(store, event_id),
        "training": lambda: EventEditor(store, event_id),
        "ledger": lambda: LedgerDialog(store, worker_id),
        "ledger record": lambda: RecordEditor(store, worker_id),
        "history": lambda: HistoryDialog(store, worker_id),
        "settings": lambda: SettingsDialog(store),
        "exam year": lambda: YearDialog(store, None),
        "exam rules": lambda: RulesDialog(store),
        "new appraisal": lambda: NewRoundDialog(store, 2026),
        "roster import": lambda: ImportWizard(store),
        "appraisal templates": lambda: TemplateEditor(store),
        "grade rules": lambda: RulesEditor(store),
        "training costs": lambda: TrainingCostsDialog(store, training.get_event(store, event_id)),
        "account": lambda: AccountDialog(store),
        "first run": lambda: FirstRunDialog(store),
        "sync enrollment": lambda: EnrollDialog(),
    }


@pytest.mark.parametrize("screen", SCREENS)
def test_the_main_dialogs_fit(
    qtbot: QtBot, demo_store: Store, language: str, screen: str, on_screen: QSize
) -> None:
    room = budget(on_screen)
    problems = []
    for name, make in _dialogs(demo_store).items():
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        problems += [f"{name}: {p}" for p in fits(dialog, room)]
        # and its tables' column titles are whole, or elided with the title in a tooltip
        for _ in every_tab(dialog):
            problems += [
                f"{name}: {p}" for p in clipped_headers(dialog) if f"{name}: {p}" not in problems
            ]
        dialog.close()
    assert problems == [], "\n".join(problems)


def test_the_cut_check_sees_a_cut_button_and_an_elided_one_passes(qtbot: QtBot) -> None:
    """The check above can fail: a button narrower than its text is reported."""
    top = QWidget()
    qtbot.addWidget(top)
    wide = QPushButton("一个很长很长很长的按钮文字", top)
    wide.setFixedWidth(40)
    fine = QPushButton("短", top)
    fine.move(0, 40)
    top.show()
    qtbot.waitExposed(top)
    assert cut_texts(top) == [f"button {wide.text()!r}: 40 < {wide.sizeHint().width()}"]


# -- where the window opens --------------------------------------------------------------------
SCREEN = QRect(0, 0, 1024, 700)


def test_first_start_takes_the_preferred_size_on_a_large_screen() -> None:
    rect = screen_fit.first_rect(QRect(0, 0, 1920, 1040))
    assert rect.size() == screen_fit.PREFERRED
    assert rect.center() == QRect(0, 0, 1920, 1040).center()


def test_first_start_on_a_small_screen_takes_the_screen() -> None:
    rect = screen_fit.first_rect(SCREEN)
    assert rect == SCREEN


def test_a_saved_window_larger_than_the_screen_is_shrunk_onto_it() -> None:
    assert screen_fit.fitted_rect(QRect(200, 100, 1280, 800), SCREEN) == SCREEN


def test_a_saved_window_off_the_right_edge_moves_back_and_keeps_its_size() -> None:
    rect = screen_fit.fitted_rect(QRect(900, 650, 600, 400), SCREEN)
    assert rect == QRect(QPoint(1024 - 600, 700 - 400), QSize(600, 400))


def test_a_saved_window_above_or_left_of_the_screen_moves_down_right() -> None:
    rect = screen_fit.fitted_rect(QRect(-300, -50, 600, 400), SCREEN)
    assert rect == QRect(0, 0, 600, 400)


def test_a_saved_window_that_fits_stays_where_it_was() -> None:
    assert screen_fit.fitted_rect(QRect(10, 20, 600, 400), SCREEN) == QRect(10, 20, 600, 400)


def test_the_main_window_restored_too_large_is_put_back_on_the_screen(
    qtbot: QtBot, store: Store, clean_qsettings: None
) -> None:
    from swdesk.ui.main_window import MainWindow

    available = QApplication.primaryScreen().availableGeometry()
    first = MainWindow(store)
    qtbot.addWidget(first)
    assert first.width() <= available.width() and first.height() <= available.height()
    first.setGeometry(QRect(available.right() - 100, 0, 3000, 2500))
    QSettings().setValue("main/geometry", first.saveGeometry())
    again = MainWindow(store)
    qtbot.addWidget(again)
    room = available.adjusted(0, 0, -screen_fit.FRAME.width(), -screen_fit.FRAME.height())
    assert room.contains(again.geometry())


# -- table headers -------------------------------------------------------------------------------
def clipped_headers(top: QWidget) -> list[str]:
    """Visible tables whose column header is narrower than its text (cut or elided "…"). A
    table may be wider than its view (it scrolls sideways, deliberately): each column is
    checked at its own width, not for being in view. A header elided on purpose ("…", its
    text in its tooltip: the 社工档案 list's long English titles) is not counted."""
    clipped = []
    for view in top.findChildren(QTableView):
        header = view.horizontalHeader()
        if not view.isVisible() or not header.isVisible() or header.model() is None:
            continue
        titles = header.model()
        for col in range(header.count()):
            if header.isSectionHidden(col):
                continue
            need = header.sectionSizeHint(col)
            text = titles.headerData(col, Qt.Orientation.Horizontal)
            tip = titles.headerData(col, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
            elided = header.textElideMode() != Qt.TextElideMode.ElideNone and bool(tip)
            if header.sectionSize(col) < need and not elided:
                clipped.append(
                    f"{view.objectName() or type(view.parent()).__name__} column {text!r}: "
                    f"{header.sectionSize(col)} < {need}"
                )
    return clipped


def every_tab(top: QWidget) -> Iterator[None]:
    """Each tab of each tab widget on ``top`` in turn (once with none switched)."""
    yield
    for tabs in top.findChildren(QTabWidget):
        for i in range(tabs.count()):
            if tabs.isVisible():
                tabs.setCurrentIndex(i)
                QApplication.processEvents()
                yield
        tabs.setCurrentIndex(0)


def test_a_count_that_arrives_later_is_shown_whole_at_once(
    qtbot: QtBot, demo_store: Store, clean_qsettings: None
) -> None:
    """The 指标 page counts in the background: its status-bar line must not sit cut until the
    status bar's next layout pass."""
    from swdesk.ui.main_window import MainWindow

    win = MainWindow(demo_store)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.counts.setText("")  # the narrowest the label gets before a long count arrives
    win.statusBar().layout().activate()
    page_row = next(r for r in range(win.nav.count()) if win.nav.item(r).text() == "指标")
    seen: list[tuple[int, int]] = []
    win.nav.setCurrentRow(page_row)
    page = win.stack.currentWidget()
    page.countsChanged.connect(
        lambda: seen.append((win.counts.width(), win.counts.sizeHint().width()))
    )
    with qtbot.waitSignal(page.loaded, timeout=20000):
        pass
    assert seen and all(width >= hint for width, hint in seen), seen
