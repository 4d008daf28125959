"""The GUI entry: Qt application, crash handling, CJK font, language, data file, windows.

Exit codes follow the CLI: 0 done (or setup cancelled), 1 unexpected error or no usable font,
3 the data file cannot be used (open in another swdesk, newer version, not a swdesk file).
``--self-test`` (run by the bundle in CI) renders the main window offscreen on a fresh file.
"""

from __future__ import annotations

import gc
import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

# Reached through the modules at call time: the icon after the first paint, message boxes, and
# QDialog (only a first run or a login shows one before the window; its class builds an enum).
from PySide6 import QtGui, QtWidgets
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMainWindow

# isort: split
import swdesk.ui.feature_hook  # noqa: F401  (before any other swdesk.ui module: see there)

# isort: split
from swdesk import APP_NAME, __version__, qt_preload
from swdesk.core.errors import RuleError
from swdesk.logsetup import setup_logging
from swdesk.paths import resolve_db_path, resources_dir
from swdesk.store import Store, open_store
from swdesk.store.errors import DataFileFault, FileInUse, NewerFileError, disk_is_full
from swdesk.ui import crash, fonts, i18n
from swdesk.ui.rule_text import shown

if TYPE_CHECKING:
    import argparse

EXIT_OK, EXIT_ERROR, EXIT_REJECTED = 0, 1, 3
log = logging.getLogger("swdesk.app")


def make_app() -> QApplication:
    """The QApplication (reused if one exists, as under pytest-qt), with per-user QSettings."""
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setOrganizationDomain("swdesk.local")
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    # Qt splits every fill taller than ~96 pixel rows between threads of a pool. For the small
    # areas of a form window that hand-off costs more than it saves: before the first paint it
    # woke pool threads ~120 times, each preempting the window's own thread (~200 forced
    # context switches a start against ~75 without), which on a 2-core PC shared with other
    # programs is waiting, not drawing. Read once by Qt, so it must be set before the first
    # paint; a value the user set stays.
    os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")
    app = QApplication(sys.argv[:1])
    app.setApplicationDisplayName("swdesk")
    return app


def set_window_icon(app: QApplication) -> None:
    """The icon of every window. Not in ``make_app``: an SVG icon loads Qt's SVG plug-in, which
    the main window need not wait for — it gets its icon once it has painted."""
    app.setWindowIcon(QtGui.QIcon(str(resources_dir() / "icons" / "swdesk.svg")))


def install_font(app: QApplication) -> fonts.FontChoice | None:
    """The CJK font, or None after telling the user (in Chinese and English) what to do."""
    try:
        return fonts.install_cjk_font(app)
    except fonts.NoCjkFont as e:
        log.error("no CJK font: %s", e)
        QtWidgets.QMessageBox.critical(None, "swdesk — 找不到中文字体 / No Chinese font", str(e))
        return None


def choose_language(cli_lang: str | None) -> str | None:
    """``--lang`` wins, then the user's saved choice; None means "ask the data file"."""
    return cli_lang or i18n.saved_language()


def open_data_file(path: Path) -> Store | int:
    """The open store, or an exit code after a clear message.

    The day's backup is not taken here but once the window is on screen
    (``start_daily_backup``): copying a large file must not keep the window from showing.
    The refusal is in the language chosen so far (``--lang`` or the saved choice): a language
    kept only in the data file is not known yet, so that case reads Chinese.
    """
    try:
        return _open(path)
    except FileInUse as e:
        log.warning("data file in use: %s", path)
        QtWidgets.QMessageBox.warning(
            None, QCoreApplication.translate("app", "swdesk 已经打开"), shown(e.message)
        )
        return EXIT_REJECTED
    except NewerFileError as e:
        log.warning("newer data file refused: %s", path)
        QtWidgets.QMessageBox.critical(
            None, QCoreApplication.translate("app", "数据文件版本太新"), shown(e.message)
        )
        return EXIT_REJECTED
    except DataFileFault as e:  # too damaged to open: its newest good backup is offered
        log.warning("data file refused: %s: %s", path, e.message)
        from swdesk.ui.file_health import offer_restore_at_open

        # On a full disk the file is no worse than the disk: a restore would lose work.
        if not disk_is_full(path) and offer_restore_at_open(path, e.message):
            return open_data_file(path)
        QtWidgets.QMessageBox.critical(
            None, QCoreApplication.translate("app", "无法打开数据文件"), shown(e.message)
        )
        return EXIT_REJECTED
    except RuleError as e:  # StoreError: not a swdesk file, damaged
        log.warning("data file refused: %s: %s", path, e.message)
        QtWidgets.QMessageBox.critical(
            None, QCoreApplication.translate("app", "无法打开数据文件"), shown(e.message)
        )
        return EXIT_REJECTED
    except OSError as e:  # the folder or its lock file cannot be written
        log.warning("cannot open data file %s: %s", path, e)
        from swdesk.atomic import os_fault  # only on this rare path

        fault = os_fault(e, Path(e.filename or path))
        QtWidgets.QMessageBox.critical(
            None,
            QCoreApplication.translate("app", "无法打开数据文件"),
            shown(fault.message)
            if fault is not None
            else QCoreApplication.translate("app", "无法打开数据文件 {path}。").format(path=path),
        )
        return EXIT_REJECTED


def _open(path: Path) -> Store:
    """The file opened as usual, or — when a full disk keeps SQLite from opening it — a copy in
    memory to look at (``store.disk_full``): the window opens either way."""
    try:
        return open_store(path, daily_backup=False)
    except DataFileFault:
        if not disk_is_full(path):
            raise
    log.warning("disk full: opening %s to look at only", path)
    from swdesk.store.disk_full import open_snapshot  # only on this rare path

    return open_snapshot(path)


def run(args: argparse.Namespace) -> int:
    log_path = setup_logging()
    if getattr(args, "self_test", False):
        return self_test()
    app = make_app()
    crash.install(log_path)
    log.info("swdesk %s starting (GUI)", __version__)
    if install_font(app) is None:
        return EXIT_ERROR
    lang = choose_language(args.lang)
    if lang:
        i18n.apply_language(lang)
    db_path = resolve_db_path(args.db)
    crash.watch_data_file(db_path)
    existed = db_path.is_file() and db_path.stat().st_size > 0
    opened = open_data_file(db_path)
    if isinstance(opened, int):
        return opened
    with opened as store:
        if not lang:
            i18n.apply_language(store.setting("language"))
        from swdesk.store.disk_full import refuse_if_full

        full = refuse_if_full(store)  # writes refused, a bar says why (``ui.disk_full_bar``)
        if full and not store.is_initialized:  # nothing to look at, and no room to set it up
            QtWidgets.QMessageBox.critical(
                None,
                QCoreApplication.translate("app", "无法打开数据文件"),
                shown(store.refusal or ""),
            )
            return EXIT_REJECTED
        if not store.is_initialized:
            from swdesk.ui.first_run import FirstRunDialog

            gc.enable()  # see swdesk.entry: a dialog is up, start-up is over
            set_window_icon(app)

            if FirstRunDialog(store).exec() != QtWidgets.QDialog.DialogCode.Accepted:
                log.info("first-run setup cancelled")
                return EXIT_OK
        if not log_in(store):
            return EXIT_OK
        from swdesk.core import divisions
        from swdesk.store.sync_state import keeps_key_pairs

        # A county's keys: the passphrase once per start. Without keys there is nothing to
        # open, and the cryptography library is not loaded before the window shows.
        if store.role == divisions.ROLE_COUNTY and keeps_key_pairs(store):
            from swdesk.sync.keys import RAW, key_state
            from swdesk.ui.key_passphrase import (
                KeyPassphraseDialog,
                needs_passphrase,
                unlock_remembered,
            )

            # A full disk has no room to encrypt keys kept in the clear: only unlock them.
            if (
                needs_passphrase(store)
                and not (full and key_state(store) == RAW)
                and not unlock_remembered(store)
            ):
                gc.enable()
                set_window_icon(app)
                KeyPassphraseDialog(store).exec()
        from swdesk.ui.main_window import MainWindow

        window = MainWindow(store)
        window.firstPainted.connect(lambda: gc.enable())  # see swdesk.entry
        window.firstPainted.connect(lambda: set_window_icon(app))
        backups: list[Any] = []
        if full:
            from swdesk.ui.disk_full_bar import show_full

            show_full(window, store)
        elif existed:
            window.firstPainted.connect(lambda: backups.append(start_daily_backup(window, store)))
        window.show()
        from swdesk.ui import idle_lock

        lock = idle_lock.install(app, window, store)
        code = app.exec()
        if lock is not None:
            lock.stop()
        for task in backups:
            task.wait()  # the copy finishes before the data file is closed
        window.deleteLater()
    return int(code)


def log_in(store: Store) -> bool:
    """Ask for an account and password when the file has accounts; False if the user gave up.
    A file without accounts is single-user and asks nothing."""
    from swdesk.store.account_presence import any_account

    if not any_account(store):
        return True
    from swdesk.ui.login_dialog import LoginDialog

    gc.enable()  # see swdesk.entry: a dialog is up, start-up is over
    return LoginDialog(store).exec() == QtWidgets.QDialog.DialogCode.Accepted


def start_daily_backup(window: QMainWindow, store: Store) -> Any:
    """Check the file and take the day's backup (if not yet taken) in a background thread
    (``ui.file_health``): a damaged file puts the window in its read-only mode."""
    from swdesk.ui.file_health import start_checks

    return start_checks(window, store)


# -- self-test --------------------------------------------------------------------------------
class SelfTestFailed(Exception):
    pass


def _check(condition: bool, reason: str) -> None:
    if not condition:
        raise SelfTestFailed(reason)


def _self_test_steps(app: QApplication, folder: Path) -> list[str]:
    from PySide6.QtGui import QColor

    from swdesk.core import divisions, enums
    from swdesk.core.names import pinyin_keys, pypinyin_syllable
    from swdesk.services import demo
    from swdesk.store.unit import initialize
    from swdesk.ui.main_window import MainWindow

    notes = []
    preloaded = qt_preload.preloaded()
    if preloaded is not None:  # started by ``swdesk --self-test`` (swdesk.entry), as a user's start
        _check(
            qt_preload.QT_LIBRARY.name in preloaded,
            f"the start did not find Qt's libraries to preload ({qt_preload.QT_LIBRARY})",
        )
        notes.append(f"preload {' '.join(preloaded)}")
    set_window_icon(app)
    choice = fonts.install_cjk_font(app)
    _check(fonts.has_chinese(choice.family), f"CJK font {choice.family} has no Chinese glyphs")
    notes.append(f"font {choice.family} ({choice.source})")
    _check(pinyin_keys("张三") == ("zs", "zhangsan"), "pinyin table missing")
    # pypinyin itself reads what the table does not hold (extension B on).
    _check(pypinyin_syllable("\U00020000") != "", "pypinyin data missing")
    for module in ("openpyxl", "reportlab"):
        __import__(module)
    from swdesk.sync import keys as sync_keys  # cryptography's native library is bundled

    pair = sync_keys.new_pair(sync_keys.ENC)
    eph, nonce, box = sync_keys.seal(pair.public, "自检".encode(), b"")
    _check(
        sync_keys.open_sealed(pair, eph, nonce, box, b"") == "自检".encode(), "sync crypto broken"
    )
    from swdesk.sync import envelope  # zstandard's compiled backend (package format 2)

    plain = "自检".encode() * 100
    packed = envelope.compress(plain, "zstd")
    _check(
        envelope.decompress(packed, len(plain), "zstd") == plain, "sync package compression broken"
    )
    notes.append("sync zstandard ok")
    if i18n.qm_path("en").is_file():
        _check(i18n.apply_language("en") == "en", f"cannot load {i18n.qm_path('en')}")
        notes.append("translation en ok")
    i18n.apply_language("zh_CN")
    store = open_store(folder / "self-test.db")
    try:
        initialize(store, divisions.ROLE_TOWNSHIP, "510104001", "自检街道社工站")
        demo.fill(store, 40, seed=7)
        window = MainWindow(store)
        try:
            window.resize(1200, 760)
            title = window.windowTitle()
            _check(any("\u4e00" <= ch <= "\u9fff" for ch in title), f"title not Chinese: {title!r}")
            _check(window.workers_page.model.rowCount() == 40, "worker list is not filled")
            pixmap = window.grab()
            _check(not pixmap.isNull(), "main window could not be rendered")
            image = pixmap.toImage()
            first = image.pixelColor(0, 0)
            varied = any(
                image.pixelColor(x, y) != first
                for x in range(0, image.width(), 37)
                for y in range(0, image.height(), 29)
            )
            _check(varied and first != QColor(), "main window rendered blank")
            notes.append(f"window {image.width()}x{image.height()}")
            from swdesk.core.indicators.results import UnitCount
            from swdesk.ui.indicator_charts import UnitsChart  # QtCharts and its library

            chart = UnitsChart()
            chart.resize(320, 200)
            chart.show_units([UnitCount("1", "自检村", enums.VILLAGE_RURAL, 1, 1)])
            _check(not chart.grab().isNull(), "the 指标 page's chart could not be rendered")
            chart.deleteLater()
            notes.append("charts ok")
        finally:
            window.close()
            window.deleteLater()
        _check_xlsx_reader(store, folder)
        notes.append("xlsx read ok")
    finally:
        store.close()
    return notes


def _check_xlsx_reader(store: Store, folder: Path) -> None:
    """The roster written by openpyxl reads back through python-calamine, a compiled wheel the
    bundler must have collected."""
    from swdesk.formats import roster_read
    from swdesk.services import roster

    path = folder / "self-test.xlsx"
    written = roster.export_roster(store, path)
    _check(
        len(roster_read.read_roster(path).rows) == written,
        "the .xlsx reader (python-calamine) read a different number of rows",
    )


def self_test() -> int:
    """Open a fresh file in a temp dir, render the main window offscreen; 0 if all is well."""
    app = make_app()
    try:
        import tempfile

        with tempfile.TemporaryDirectory(prefix="swdesk-self-test-") as tmp:
            notes = _self_test_steps(app, Path(tmp))
    except fonts.NoCjkFont as e:
        print(f"self-test FAILED: no CJK font: {e}", file=sys.stderr)
        return EXIT_ERROR
    except SelfTestFailed as e:
        print(f"self-test FAILED: {e}", file=sys.stderr)
        return EXIT_ERROR
    except Exception as e:  # the reason must reach CI's log
        log.exception("self-test failed")
        print(f"self-test FAILED: {type(e).__name__}: {e}", file=sys.stderr)
        return EXIT_ERROR
    print("; ".join(notes))
    print("self-test ok")
    return EXIT_OK
