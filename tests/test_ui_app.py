"""Start-up: self-test, refused data files, missing font, language fallback, crash dialog."""

from __future__ import annotations

import argparse
import gc
import logging
import shutil
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from swdesk import app
from swdesk.store import open_store, workers
from swdesk.store.unit import initialize
from swdesk.ui import crash, crash_dialog, fonts, i18n
from swdesk.ui.main_window import MainWindow

WQY = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")


def args(db: Path | None, lang: str | None = None, self_test: bool = False) -> argparse.Namespace:
    return argparse.Namespace(
        db=str(db) if db else None, lang=lang, self_test=self_test, command=None
    )


@pytest.fixture(autouse=True)
def _restore_global_state(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """app.run installs hooks, translators and settings: undo them after each test."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    yield
    i18n.apply_language("zh_CN")
    QSettings().clear()


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str]]:
    seen: list[tuple[str, str, str]] = []
    for kind in ("information", "warning", "critical"):

        def record(_p: Any, title: str, text: str, *a: Any, _kind: str = kind, **k: Any) -> Any:
            seen.append((_kind, title, text))
            return QMessageBox.StandardButton.Ok

        monkeypatch.setattr(QMessageBox, kind, staticmethod(record))
    return seen


def test_self_test_passes(qapp: QApplication, capsys: pytest.CaptureFixture[str]) -> None:
    assert app.run(args(None, self_test=True)) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[-1] == "self-test ok"
    assert "font WenQuanYi Micro Hei" in out
    assert "sync zstandard ok" in out


def test_self_test_fails_with_a_reason_when_there_is_no_font(
    qapp: QApplication, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_font() -> fonts.FontChoice:
        raise fonts.NoCjkFont("none here")

    monkeypatch.setattr(fonts, "find_cjk_font", no_font)
    assert app.run(args(None, self_test=True)) == 1
    captured = capsys.readouterr()
    assert "self-test ok" not in captured.out
    assert "self-test FAILED: no CJK font: none here" in captured.err


def test_second_swdesk_on_the_same_file_says_so_and_exits_3(
    qapp: QApplication, db_path: Path, boxes: list[tuple[str, str, str]]
) -> None:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from pathlib import Path; from swdesk.store import open_store; "
            "s = open_store(Path(sys.argv[1])); print('ready', flush=True); sys.stdin.read()",
            str(db_path),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "ready"
        assert app.run(args(db_path)) == 3
    finally:
        holder.communicate("", timeout=30)
    assert len(boxes) == 1
    kind, title, text = boxes[0]
    assert (kind, title) == ("warning", "swdesk 已经打开")
    assert f"数据文件 {db_path} 已经在另一个 swdesk 中打开" in text


def test_newer_file_is_refused_untouched(
    qapp: QApplication, db_path: Path, boxes: list[tuple[str, str, str]]
) -> None:
    open_store(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    before = db_path.read_bytes()
    assert app.run(args(db_path)) == 3
    assert boxes[0][:2] == ("critical", "数据文件版本太新")
    assert "请升级 swdesk" in boxes[0][2]
    assert db_path.read_bytes() == before


def test_other_file_is_refused(
    qapp: QApplication, tmp_path: Path, boxes: list[tuple[str, str, str]]
) -> None:
    other = tmp_path / "notes.db"
    other.write_text("a text file, not a database")
    assert app.run(args(other)) == 3
    assert boxes[0][:2] == ("critical", "无法打开数据文件")
    assert "不是 swdesk 数据文件" in boxes[0][2]
    assert other.read_text() == "a text file, not a database"


def test_no_cjk_font_is_a_clear_bilingual_error(
    qapp: QApplication,
    db_path: Path,
    boxes: list[tuple[str, str, str]],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)  # a bundle without fonts
    monkeypatch.setenv("SWDESK_FONT_SYSTEM", "0")
    with caplog.at_level(logging.ERROR, logger="swdesk.app"):
        assert app.run(args(db_path)) == 1
    kind, title, text = boxes[0]
    assert kind == "critical"
    assert "找不到中文字体" in title and "No Chinese font" in title
    assert "找不到中文字体" in text and "No Chinese (CJK) font" in text
    assert "fonts-wqy-microhei" in text
    assert str(tmp_path / "resources" / "fonts") in text
    assert "no CJK font" in caplog.text
    assert not db_path.exists()  # stopped before touching the data file


def test_font_sources(qapp: QApplication, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    monkeypatch.setenv("SWDESK_FONT_SYSTEM", "0")
    with pytest.raises(fonts.NoCjkFont):
        fonts.find_cjk_font()
    bundled = tmp_path / "resources" / "fonts"
    bundled.mkdir(parents=True)
    shutil.copy(WQY, bundled / "cjk.ttc")
    choice = fonts.find_cjk_font()
    assert (choice.source, choice.family) == ("bundled", "WenQuanYi Micro Hei")
    monkeypatch.setenv("SWDESK_FONT", str(WQY))
    assert fonts.find_cjk_font().source == "env"
    not_a_font = tmp_path / "x.ttf"
    not_a_font.write_text("nope")
    monkeypatch.setenv("SWDESK_FONT", str(not_a_font))
    with pytest.raises(fonts.NoCjkFont, match="SWDESK_FONT"):
        fonts.find_cjk_font()
    monkeypatch.delenv("SWDESK_FONT")
    monkeypatch.setenv("SWDESK_FONT_SYSTEM", "1")
    (bundled / "cjk.ttc").unlink()
    choice = fonts.find_cjk_font()
    assert choice.source == "system" and fonts.has_chinese(choice.family)
    assert not fonts.has_chinese("DejaVu Sans")


def _make_qm(folder: Path) -> Path:
    """A tiny English translation compiled with Qt's own lrelease."""
    ts = folder / "swdesk_en.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="en" '
        'sourcelanguage="zh_CN"><context><name>MainWindow</name><message><source>社工档案</source>'
        "<translation>Workers</translation></message></context></TS>",
        encoding="utf-8",
    )
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(ts)], check=True)
    return folder / "swdesk_en.qm"


def test_english_loads_and_a_missing_qm_falls_back_to_chinese(
    qapp: QApplication, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    with caplog.at_level(logging.WARNING, logger="swdesk.ui.i18n"):
        assert i18n.apply_language("en", empty) == "zh_CN"
    assert "falling back to Chinese" in caplog.text
    assert QCoreApplication.translate("MainWindow", "社工档案") == "社工档案"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"  # Qt's own, in Chinese

    full = tmp_path / "full"
    full.mkdir()
    assert _make_qm(full).is_file()
    assert i18n.apply_language("en", full) == "en"
    assert QCoreApplication.translate("MainWindow", "社工档案") == "Workers"
    assert i18n.apply_language("zh_CN", full) == "zh_CN"
    assert QCoreApplication.translate("MainWindow", "社工档案") == "社工档案"


def _initialized(db_path: Path) -> None:
    with open_store(db_path) as store:
        initialize(store, "township", "510104001", "测试街道")


def test_run_opens_the_main_window_in_the_chosen_language(
    qapp: QApplication, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _initialized(db_path)
    folder = tmp_path / "translations"
    folder.mkdir()
    _make_qm(folder)
    monkeypatch.setattr(i18n, "translations_dir", lambda: folder)
    seen: dict[str, Any] = {}

    def fake_exec() -> int:  # instead of the event loop: look at what is on screen
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        visible = [w for w in windows if w.isVisible()]
        seen["title"] = visible[0].windowTitle()
        seen["nav"] = visible[0].nav.item(0).text()
        for w in visible:
            w.close()
        return 0

    monkeypatch.setattr(qapp, "exec", fake_exec)
    assert app.run(args(db_path, lang="en")) == 0
    assert seen == {"title": "swdesk — 测试街道（乡镇社工站）", "nav": "Workers"}
    assert sys.excepthook is crash.handle_exception
    assert QCoreApplication.organizationName() == "swdesk"
    with open_store(db_path) as store:  # the lock was released on exit
        assert workers.count(store) == 0


def test_run_asks_for_setup_first_and_cancel_leaves_the_file_blank(
    qapp: QApplication, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from swdesk.ui.first_run import FirstRunDialog

    shown: list[str] = []

    def fake_exec(self: FirstRunDialog) -> int:
        shown.append(self.windowTitle())
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(FirstRunDialog, "exec", fake_exec)
    assert app.run(args(db_path)) == 0
    assert shown == ["欢迎使用 swdesk — 首次设置"]
    with open_store(db_path) as store:
        assert not store.is_initialized


def test_unexpected_error_is_logged_and_shown(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    log_path = tmp_path / "swdesk.log"
    crash.install(log_path)
    dialogs: list[crash_dialog.CrashDialog] = []
    quits: list[int] = []
    monkeypatch.setattr(QApplication, "exit", staticmethod(lambda code=0: quits.append(code)))

    def fake_exec(self: crash_dialog.CrashDialog) -> int:
        dialogs.append(self)
        return 0

    monkeypatch.setattr(crash_dialog.CrashDialog, "exec", fake_exec)
    try:
        raise ValueError("boom in a slot")
    except ValueError:
        exc_info = sys.exc_info()
    with caplog.at_level(logging.ERROR, logger="swdesk.crash"):
        sys.excepthook(*exc_info)  # type: ignore[arg-type]
    assert "boom in a slot" in caplog.text and "Traceback" in caplog.text
    assert len(dialogs) == 1
    dialog = dialogs[0]
    assert str(log_path) in dialog.message.text()
    assert "意外错误" in dialog.message.text()
    assert "ValueError: boom in a slot" in dialog.details.toPlainText()
    assert "test_unexpected_error_is_logged_and_shown" in dialog.details.toPlainText()
    assert quits == []

    monkeypatch.setattr(crash_dialog.CrashDialog, "exec", lambda self: crash_dialog.QUIT)
    sys.excepthook(*exc_info)  # type: ignore[arg-type]
    assert quits == [1]  # "退出 swdesk" ends the event loop with an error code
    # The traceback holds this frame, which holds the traceback: break the cycle so the dialogs
    # die here, in the GUI thread, not in whichever thread next runs the cyclic GC.
    del exc_info, dialog
    dialogs.clear()


def test_background_jobs_never_destroy_widgets_off_the_gui_thread(
    qtbot: QtBot, blank_store: Any
) -> None:
    from PySide6.QtWidgets import QWidget

    from swdesk.ui.tasks import run_with_progress

    died_in: list[str] = []

    class Cyclic(QWidget):
        def __init__(self) -> None:
            super().__init__()
            self.me = self.close  # a reference cycle: only the cyclic GC frees it

        def __del__(self) -> None:
            died_in.append(threading.current_thread().name)

    gc.disable()  # keep the garbage until the job runs, as a busy program would
    try:
        Cyclic()
        assert died_in == []

        def job(store: Any, progress: Any) -> int:
            return gc.collect()  # what the job's own allocations may trigger at any time

        run_with_progress(None, "测试", blank_store, job)
    finally:
        gc.enable()
    assert died_in == [threading.main_thread().name]


def test_the_application_has_its_icon(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QIcon

    from swdesk.paths import resources_dir

    icon = QIcon(str(resources_dir() / "icons" / "swdesk.svg"))
    assert not icon.pixmap(32).isNull()


def test_collection_and_the_window_icon_wait_for_the_first_paint(
    qapp: QApplication, qtbot: QtBot, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """swdesk.entry pauses cyclic collection for the start; the app turns it back on, and sets
    the (SVG) window icon, once the main window has painted."""
    from PySide6.QtGui import QIcon

    _initialized(db_path)
    qapp.setWindowIcon(QIcon())
    seen: dict[str, Any] = {}
    # No backup thread: background jobs pause collection while they run (swdesk.ui.tasks).
    no_backup = argparse.Namespace(wait=lambda: None)
    monkeypatch.setattr(app, "start_daily_backup", lambda window, store: no_backup)

    def fake_exec() -> int:
        (window,) = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, MainWindow) and shiboken6.isValid(w) and w.isVisible()
        ]
        seen["before"] = (gc.isenabled(), qapp.windowIcon().isNull())
        window.firstPainted.connect(  # after the app's own slots
            lambda: seen.setdefault("after", (gc.isenabled(), qapp.windowIcon().isNull()))
        )
        qtbot.waitSignal(window.firstPainted, timeout=5000).wait()
        window.close()
        return 0

    monkeypatch.setattr(qapp, "exec", fake_exec)
    gc.disable()  # as swdesk.entry does
    try:
        assert app.run(args(db_path)) == 0
    finally:
        gc.enable()
    assert seen == {"before": (False, True), "after": (True, False)}


def test_daily_backup_is_taken_after_the_window_has_painted(
    qapp: QApplication, qtbot: QtBot, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Copying the data file must not keep the window from showing: the day's backup starts
    once the main window has painted, runs in the background, and is complete when swdesk
    closes the file."""
    from swdesk.store import backup

    _initialized(db_path)
    assert backup.list_backups(db_path, backup.DAILY_TAG) == []
    seen: dict[str, Any] = {}

    def fake_exec() -> int:
        (window,) = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, MainWindow) and shiboken6.isValid(w) and w.isVisible()
        ]
        seen["before paint"] = backup.list_backups(db_path, backup.DAILY_TAG)
        with qtbot.waitSignal(window.firstPainted, timeout=5000):
            pass  # the event loop runs: the window paints
        qtbot.waitUntil(lambda: backup.list_backups(db_path, backup.DAILY_TAG) != [], timeout=10000)
        window.close()
        return 0

    monkeypatch.setattr(qapp, "exec", fake_exec)
    assert app.run(args(db_path)) == 0
    assert seen["before paint"] == []
    (made,) = backup.list_backups(db_path, backup.DAILY_TAG)
    assert backup.check_backup_file(made) > 0
    assert not list(made.parent.glob("*.part"))

    # Opening again the same day takes no second copy.
    def close_at_once() -> int:
        (window,) = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, MainWindow) and shiboken6.isValid(w) and w.isVisible()
        ]
        qtbot.waitSignal(window.firstPainted, timeout=5000).wait()
        window.close()
        return 0

    monkeypatch.setattr(qapp, "exec", close_at_once)
    assert app.run(args(db_path)) == 0
    assert backup.list_backups(db_path, backup.DAILY_TAG) == [made]
