"""Parts of the main window a start leaves out of the way to its first paint, and proof that
they still appear and work once asked for (bench/bench_startup.py times the start).

- Python classes of Qt that nothing on the first screen uses are not made (making one builds
  its enums): QDialog (a first run or a login), QFontDatabase (a remembered system font needs
  none), QToolButton (the message bar's close button, made at its first message).
- The message bar's label and buttons wait for its first message.
- The worker list's empty-list guide waits for an empty list.
- The toolbar is filled once, not twice.
- The worker list's header measures one title for its height, not every title.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot
from test_startup_first_paint import start_with_probe

from swdesk.services import demo
from swdesk.store import Store, open_store
from swdesk.store.unit import initialize
from swdesk.ui.main_window import MainWindow
from swdesk.ui.message_bar import INFO, MessageBar
from swdesk.ui.workers_page import WorkersPage

# Classes the first screen has no use for (see the module's docstring).
UNMADE = ("QDialog", "QFontDatabase", "QToolButton")

# A real start (``swdesk --db FILE``) that prints, when the main window has painted, which of
# the classes named last on its command line PySide6 has made, whether the message bar has made
# its parts, and how many times the toolbar was filled.
_PROBE = """
import os, sys
import PySide6.QtGui, PySide6.QtWidgets
from swdesk.ui import main_window

NAMES = sys.argv[-1].split(",")
real_init = main_window.MainWindow.__init__
real_fill = main_window.MainWindow._fill_toolbar
fills = []

def fill(self):
    fills.append(1)
    real_fill(self)

def init(self, store, parent=None):
    real_init(self, store, parent)

    def painted():
        made = [
            n for n in NAMES
            if n in vars(PySide6.QtWidgets) or n in vars(PySide6.QtGui)
        ]
        print("made", ",".join(made) or "-")
        print("bar", "empty" if self.message_bar._parts is None else "made")
        print("guide", "none" if self.workers_page._guide is None else "made")
        print("fills", len(fills))
        sys.stdout.flush()
        os._exit(0)

    self.firstPainted.connect(painted)

main_window.MainWindow.__init__ = init
main_window.MainWindow._fill_toolbar = fill
from swdesk import entry
sys.exit(entry.main(sys.argv[1:-1]))
"""


@pytest.fixture
def data_file(tmp_path: Path) -> Path:
    db = tmp_path / "w.db"
    with open_store(db) as store:
        initialize(store, "township", "510104001", "测试街道")
        demo.fill(store, 30, seed=1)
    return db


def test_the_first_paint_makes_no_class_the_first_screen_does_not_use(
    tmp_path: Path, data_file: Path
) -> None:
    # Twice: the first start searches for the font (and remembers it), the second is the usual
    # start, which checks only the remembered font.
    start_with_probe(tmp_path, _PROBE, data_file, ",".join(UNMADE))
    out = start_with_probe(tmp_path, _PROBE, data_file, ",".join(UNMADE)).split()
    assert out == ["made", "-", "bar", "empty", "guide", "none", "fills", "1"], out


def test_the_probe_sees_a_class_that_is_made(tmp_path: Path, data_file: Path) -> None:
    """The probe above can fail: a class made before the first paint is reported."""
    probe = _PROBE.replace(
        "main_window.MainWindow.__init__ = init",
        "main_window.MainWindow.__init__ = init\nPySide6.QtWidgets.QDialog",
    )
    start_with_probe(tmp_path, _PROBE, data_file, ",".join(UNMADE))  # the font remembered
    out = start_with_probe(tmp_path, probe, data_file, ",".join(UNMADE)).split()
    assert out[:2] == ["made", "QDialog"], out


def test_the_message_bar_makes_its_parts_at_its_first_message(qtbot: QtBot) -> None:
    bar = MessageBar()
    qtbot.addWidget(bar)
    bar.show()
    bar.clear()  # nothing shown yet: nothing to clear, and nothing made for it
    assert bar._parts is None and not bar.isVisible() and not bar.children()
    bar.show_message("已保存。", INFO, ("显示", lambda: None))
    assert bar._parts is not None and bar.isVisible()
    assert bar.text.text() == "已保存。" and bar.action_button.isVisible()
    assert bar.close_button.text() == "×" and bar.close_button.isVisible()
    bar.clear()
    assert not bar.isVisible() and bar.text.text() == ""


def test_asking_for_a_part_of_an_empty_bar_makes_it(qtbot: QtBot) -> None:
    bar = MessageBar()
    qtbot.addWidget(bar)
    assert bar.text.text() == "" and not bar.action_button.isVisibleTo(bar)
    assert bar.close_button.isVisibleTo(bar)


def test_a_list_with_people_makes_no_guide_until_it_is_empty(
    qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    demo.fill(store, 3, seed=5)
    window = MainWindow(store)
    qtbot.addWidget(window)
    page = window.workers_page
    assert page._guide is None and page.model.rowCount() == 3
    page.filter_bar.search.setText("没有这个人")
    page.filter_bar.flush()
    assert page.model.rowCount() == 0 and page._guide is not None
    guide = page.empty_guide
    assert guide.isVisibleTo(page) and "没有符合条件的档案" in page.empty.text()
    # Between the filters and the list, and offering 清除筛选 (not the first steps).
    layout = page.layout()
    assert layout is not None and layout.indexOf(guide) == 1
    assert [b.text() for b in guide.buttons if b.isVisibleTo(guide)] == ["清除筛选"]
    assert len(guide.buttons) == 3  # 清除筛选, then the window's 新建档案 and 导入花名册
    qtbot.mouseClick(page.clear_filter_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 3 and not guide.isVisibleTo(page)


def test_the_window_fills_its_toolbar_once_with_the_list_on_screen(
    qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    fills: list[object] = []
    real = MainWindow._fill_toolbar

    def fill(self: MainWindow) -> None:
        fills.append(self.stack.currentWidget())
        real(self)

    monkeypatch.setattr(MainWindow, "_fill_toolbar", fill)
    window = MainWindow(store)
    qtbot.addWidget(window)
    assert fills == [window.workers_page]
    assert window.stack.currentWidget() is window.workers_page
    assert window.nav.currentRow() == 0
    shown = [a for a in window.toolbar.actions() if not a.isSeparator()]
    assert window.new_action in shown and window.refresh_action in shown
    assert window.counts.text()  # the list's own count, as on every page change
    # Another page and back: the toolbar follows (the row change is connected).
    window.nav.setCurrentRow(1)
    assert window.new_action not in window.toolbar.actions()
    window.nav.setCurrentRow(0)
    assert window.new_action in window.toolbar.actions()


def _plain_header_height(page: WorkersPage) -> int:
    """The height Qt gives a header of the same titles that it measures one by one."""
    plain = QStandardItemModel(0, len(page.model.column_keys))
    for column in range(len(page.model.column_keys)):
        plain.setHorizontalHeaderItem(column, QStandardItem(page.model.header_text(column)))
    view = QTableView()
    view.setFont(page.view.font())
    view.setModel(plain)
    height = view.horizontalHeader().sizeHint().height()
    view.deleteLater()
    return height


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_the_list_header_measures_one_title_and_is_as_tall_as_before(
    qtbot: QtBot, store: Store, lang: str, request: pytest.FixtureRequest
) -> None:
    from swdesk.ui import i18n

    i18n.apply_language(lang)
    request.addfinalizer(lambda: i18n.apply_language("zh_CN"))
    demo.fill(store, 5, seed=4)
    page = WorkersPage(store)
    qtbot.addWidget(page)
    titles = page.model.headers
    header = page.view.horizontalHeader()
    hints = [titles.horizontalHeaderItem(c).sizeHint() for c in range(titles.columnCount())]
    assert not hints[0].isValid()  # the first title is measured by Qt: it gives the height
    assert all(h.isValid() and h.height() == 0 for h in hints[1:])
    metrics = page.view.fontMetrics()
    for column, hint in enumerate(hints[1:], start=1):
        title = page.model.header_text(column)
        assert hint.width() >= metrics.horizontalAdvance(title), title
    assert header.sizeHint().height() == _plain_header_height(page) > metrics.height()
    with qtbot.waitSignal(page.setupFinished, timeout=3000):
        page.show()
    assert header.height() == _plain_header_height(page)


def test_plain_header_height_is_measured_without_hints(qtbot: QtBot, store: Store) -> None:
    """The comparison above can fail: a header told a taller size than its titles shows it."""
    page = WorkersPage(store)
    qtbot.addWidget(page)
    before = page.view.horizontalHeader().sizeHint().height()
    item = page.model.headers.horizontalHeaderItem(3)
    assert item is not None
    item.setSizeHint(QSize(10, before + 20))
    assert page.view.horizontalHeader().sizeHint().height() == before + 20
    assert _plain_header_height(page) == before
