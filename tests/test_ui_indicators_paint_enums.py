"""The 指标 page paints before Qt's namespace enums are built (a Python model's header would
build them, tens of ms, while the page is being put on screen), and its table gets its model,
with the same column titles, right after."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from ui_helpers import shown

from swdesk.store import Store
from swdesk.ui.indicators_page import IndicatorsPage

pytestmark = pytest.mark.usefixtures("clean_qsettings")

REPO = Path(__file__).resolve().parent.parent

# A fresh interpreter: the page built on a new file, shown, and asked at its first paint
# whether Qt's namespace exists yet; then again once the table holds the page's model.
_PROBE = """
import os, sys
from PySide6 import QtCore
from PySide6.QtWidgets import QApplication
from swdesk.store import open_store
from swdesk.store.unit import initialize

app = QApplication([])
with open_store(sys.argv[1]) as s:
    initialize(s, "township", "510104001", "测试街道")
store = open_store(sys.argv[1])
from swdesk.ui.indicators_page import IndicatorsPage

real_paint = IndicatorsPage.paintEvent
real_attach = IndicatorsPage._attach_model

def paint(self, event):
    if not self._painted:
        print("painted", "Qt" in vars(QtCore), self.table.model() is self.model)
    real_paint(self, event)

def attach(self):
    real_attach(self)
    print("attached", self.table.model() is self.model)
    sys.stdout.flush()
    os._exit(0)

IndicatorsPage.paintEvent = paint
IndicatorsPage._attach_model = attach
page = IndicatorsPage(store)
page.resize(1000, 650)
page.reload()
page.show()
app.exec()
"""


def test_first_paint_builds_no_qt_namespace(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[var] = str(tmp_path / var.lower())
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, str(tmp_path / "t.db")],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["painted", "False", "False", "attached", "True"]


def test_titles_stay_when_the_model_comes(qtbot: QtBot, store: Store) -> None:
    page = IndicatorsPage(store)
    qtbot.addWidget(page)
    header = page.table.horizontalHeader()
    before = [header.model().headerData(i, header.orientation()) for i in range(header.count())]
    with qtbot.waitSignal(page.loaded, timeout=20000):
        shown(qtbot, page, (1000, 650))
        page.reload()
    assert page.table.model() is page.model
    after = [header.model().headerData(i, header.orientation()) for i in range(header.count())]
    assert before == after == [page.model.header(c) for c in page.model.columns]
    assert page.model.row_count() > 0
    name = page.model.columns.index("name")
    assert header.sectionResizeMode(name) == header.ResizeMode.Stretch


def test_columns_are_measured_again_when_the_figures_arrive(qtbot: QtBot, store: Store) -> None:
    """The header keeps its own title model, so without being told it would keep the widths it
    measured on an empty table and cut every figure to "…"."""
    page = IndicatorsPage(store)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=20000):
        shown(qtbot, page, (1000, 650))
        page.reload()
    assert page.model.row_count() > 0
    header = page.table.horizontalHeader()
    name = page.model.columns.index("name")
    for column in range(header.count()):
        if column != name and not header.isSectionHidden(column):
            assert header.sectionSize(column) >= page.table.sizeHintForColumn(column), (
                page.model.columns[column]
            )
