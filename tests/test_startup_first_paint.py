"""What a start of the window does, and leaves, before its first paint (bench/bench_startup.py
times it): no heavy library is imported, and the work that shows nothing is done just after."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot
from test_entry import run_python

from swdesk.formats import fonts as font_files
from swdesk.services import demo
from swdesk.store import Store, open_store
from swdesk.store.unit import initialize
from swdesk.ui import fonts
from swdesk.ui.workers_page import WorkersPage

WQY = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")

# Libraries only some pages, dialogs or exports use: none may load before the window paints.
HEAVY = (
    "reportlab",
    "openpyxl",
    "python_calamine",
    "pypinyin",
    "cryptography",
    "zstandard",
    "PySide6.QtCharts",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "PySide6.QtPrintSupport",
    "PySide6.QtSvg",
    "swdesk.cli",
    "swdesk.formats.roster_read",
    "swdesk.formats.transcript",
    "swdesk.services",
    "swdesk.sync",
    "dataclasses",
)

# A real start (``swdesk --db FILE``) that lists, when the main window has painted, the
# heavy modules already loaded and whether the filters' drop-down lists were measured yet.
_PROBE = """
import os, sys
from swdesk.ui import main_window

real_init = main_window.MainWindow.__init__
HEAVY = sys.argv[-1].split(",")

def init(self, store, parent=None):
    real_init(self, store, parent)

    def painted():
        loaded = [m for m in HEAVY if m in sys.modules]
        print("loaded", ",".join(loaded) or "-")
        bar = self.workers_page.filter_bar
        print("popups", min(c.view().minimumWidth() for c in bar.combos()))
        sys.stdout.flush()
        os._exit(0)

    self.firstPainted.connect(painted)

main_window.MainWindow.__init__ = init
from swdesk import entry
sys.exit(entry.main(sys.argv[1:-1]))
"""


def _start(tmp_path: Path, db: Path) -> list[str]:
    return start_with_probe(tmp_path, _PROBE, db, ",".join(HEAVY)).split()


def start_with_probe(tmp_path: Path, probe: str, db: Path, *extra: str) -> str:
    """What ``probe`` (a real start, ``swdesk --db db``) prints, with user dirs in tmp_path."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[var] = str(tmp_path / var.lower())
    return run_python(probe, "--db", str(db), *extra, env=env, timeout=120).stdout


def test_window_paints_before_any_heavy_module_is_imported(tmp_path: Path) -> None:
    db = tmp_path / "w.db"
    with open_store(db) as store:
        initialize(store, "township", "510104001", "测试街道")
        demo.fill(store, 30, seed=1)
    out = _start(tmp_path, db)
    assert out[:2] == ["loaded", "-"], out
    # The drop-down lists are measured after the paint (WorkersPage.finish_setup), not before.
    assert out[2:] == ["popups", "0"], out


def test_the_probe_sees_a_heavy_module_that_is_imported(tmp_path: Path) -> None:
    """The probe above can fail: a module the start imports is reported."""
    db = tmp_path / "w.db"
    with open_store(db) as store:
        initialize(store, "township", "510104001", "测试街道")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[var] = str(tmp_path / var.lower())
    done = run_python(
        "import openpyxl\n" + _PROBE, "--db", str(db), ",".join(HEAVY), env=env, timeout=120
    )
    assert done.stdout.split()[:2] == ["loaded", "openpyxl"]


def test_filter_lists_fit_their_entries_once_the_page_has_painted(
    qtbot: QtBot, store: Store
) -> None:
    demo.fill(store, 20, seed=2)
    page = WorkersPage(store)
    qtbot.addWidget(page)
    bar = page.filter_bar
    assert all(c.view().minimumWidth() == 0 for c in bar.combos())  # not measured yet
    with qtbot.waitSignal(page.setupFinished, timeout=3000):
        page.show()
    for combo in bar.combos():
        assert combo.view().minimumWidth() == combo.view().sizeHintForColumn(0) + 24
    # A refill after that is measured at once.
    bar.village.view().setMinimumWidth(0)
    bar.set_villages([{"code": "510104001999", "name": "一个名字很长的社区居民委员会"}])
    assert bar.village.count() == 2
    assert bar.village.view().minimumWidth() == bar.village.view().sizeHintForColumn(0) + 24 > 24


# -- the CJK font: remembered after the first search, checked alone at the next start ---------


def _no_search(*_: object) -> None:
    raise AssertionError("the font search ran although the remembered font is usable")


@pytest.mark.usefixtures("system_fonts_only")
def test_the_font_found_once_is_remembered_and_the_search_skipped_next_time(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    first = fonts.find_cjk_font()
    assert first.source == "system" and fonts.has_chinese(first.family)
    assert fonts.remembered_font() == first
    monkeypatch.setattr(fonts, "system_family", _no_search)
    monkeypatch.setattr(font_files, "system_fonts", _no_search)
    assert fonts.find_cjk_font() == first


@pytest.mark.usefixtures("system_fonts_only")
def test_a_remembered_font_file_is_loaded_without_the_search(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    fonts.remember_font(fonts.FontChoice("WenQuanYi Micro Hei", "file", WQY))
    monkeypatch.setattr(fonts, "system_family", _no_search)
    monkeypatch.setattr(font_files, "system_fonts", _no_search)
    assert fonts.find_cjk_font() == fonts.FontChoice("WenQuanYi Micro Hei", "file", WQY)


@pytest.mark.parametrize(
    "gone",
    [
        ["黑体不存在", "system", ""],  # uninstalled, or the settings came from another PC
        ["DejaVu Sans", "system", ""],  # there, but without Chinese
        ["WenQuanYi Micro Hei", "file", "/nowhere/wqy-microhei.ttc"],  # its file was removed
    ],
)
@pytest.mark.usefixtures("system_fonts_only")
def test_a_remembered_font_that_has_gone_is_replaced_by_a_search(
    gone: list[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    QSettings().setValue(fonts.SETTINGS_KEY, gone)
    searched: list[str | None] = []
    real_search = fonts.system_family

    def search() -> str | None:
        searched.append(real_search())
        return searched[-1]

    monkeypatch.setattr(fonts, "system_family", search)
    choice = fonts.find_cjk_font()
    assert searched and choice.family == searched[0] and fonts.has_chinese(choice.family)
    assert fonts.remembered_font() == choice  # the next start checks the new one


@pytest.mark.usefixtures("system_fonts_only")
def test_no_font_left_is_still_a_clear_error_and_the_memory_is_dropped(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    fonts.remember_font(fonts.FontChoice("黑体不存在", "system"))
    monkeypatch.setattr(fonts, "system_family", lambda: None)
    monkeypatch.setattr(font_files, "system_fonts", lambda: [tmp_path / "absent.ttc"])
    with pytest.raises(fonts.NoCjkFont, match="找不到中文字体"):
        fonts.find_cjk_font()
    assert fonts.remembered_font() is None
    assert QSettings().value(fonts.SETTINGS_KEY) is None


@pytest.mark.usefixtures("system_fonts_only")
def test_the_bundled_font_and_swdesk_font_are_never_replaced_by_a_remembered_one(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    fonts.remember_font(fonts.FontChoice("Droid Sans Fallback", "system"))
    bundled = tmp_path / "resources" / "fonts"
    bundled.mkdir(parents=True)
    shutil.copy(WQY, bundled / "cjk.ttc")
    assert fonts.find_cjk_font().source == "bundled"
    fonts.remember_font(fonts.FontChoice("bundled", "bundled", bundled / "cjk.ttc"))
    assert fonts.remembered_font() is None  # only system fonts are kept
    monkeypatch.setenv(font_files.FONT_ENV, str(WQY))
    assert fonts.find_cjk_font().source == "env"


@pytest.fixture
def system_fonts_only(
    qapp: object, clean_qsettings: None, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """No SWDESK_FONT, a bundle without fonts, system fonts allowed; settings forgotten after."""
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    monkeypatch.delenv(font_files.FONT_ENV, raising=False)
    monkeypatch.delenv(font_files.SYSTEM_ENV, raising=False)
