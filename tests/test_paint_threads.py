"""The window paints in its own thread: Qt's pool of fill threads is not started (swdesk.app
sets QT_NO_GUI_THREADPOOL in ``make_app``; the reason is there)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from test_entry import first_paint_probe, run_python
from test_startup_first_paint import start_with_probe

from swdesk.services import demo
from swdesk.store import open_store
from swdesk.store.unit import initialize

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="threads are listed from /proc/self/task"
)

_THREADS = """
import os
def pooled():
    names = [open(f"/proc/self/task/{t}/comm").read().strip() for t in os.listdir("/proc/self/task")]
    return sum(1 for n in names if n == "Thread (pooled)")
"""

# A real start (``swdesk --db FILE``): how many pool threads exist once the window has painted.
_PROBE = first_paint_probe('print("pooled", pooled())', prelude=_THREADS)


def test_the_first_paint_starts_no_fill_threads(tmp_path: Path) -> None:
    db = tmp_path / "w.db"
    with open_store(db) as store:
        initialize(store, "township", "510104001", "测试街道")
        demo.fill(store, 40, seed=3)
    assert start_with_probe(tmp_path, _PROBE, db).split() == ["pooled", "0"]


def test_a_plain_qt_window_paints_with_fill_threads() -> None:
    """The probe can fail: without the setting, Qt fills a tall area with its pool threads."""
    env = {k: v for k, v in os.environ.items() if k != "QT_NO_GUI_THREADPOOL"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    code = (
        _THREADS
        + """
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication
app = QApplication([])
image = QImage(800, 600, QImage.Format.Format_ARGB32_Premultiplied)
painter = QPainter(image)
painter.fillRect(0, 0, 800, 600, QColor(200, 30, 30, 128))
painter.end()
print("pooled", pooled())
"""
    )
    out = run_python(code, env=env).stdout.split()
    assert out[0] == "pooled" and int(out[1]) > 0, out
