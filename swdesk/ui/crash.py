"""Unexpected errors: written to the log file and shown in a Chinese dialog, never swallowed.

Why: a cadre cannot read a console. Every uncaught exception (in a slot, at start-up) lands in
``sys.excepthook``; we log the traceback and tell the user where the log file is, with the
traceback in a details box to copy into a message to support.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication

from swdesk.core.errors import EnvironmentFault
from swdesk.store.errors import fault_of

log = logging.getLogger("swdesk.crash")

_state: dict[str, object] = {"log_path": None, "showing": False, "data_file": None}


def format_exception(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> str:
    return "".join(traceback.format_exception(exc_type, exc, tb))


def handle_exception(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    """The ``sys.excepthook``: log, then show the dialog if we are on the GUI thread."""
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    if isinstance(exc, EnvironmentFault):  # the machine's doing, not a bug: say what to do
        log.warning("not done: %s", exc, exc_info=(exc_type, exc, tb))
        _show_fault(exc)
        return
    data_file = _state["data_file"]
    fault = fault_of(exc, data_file) if isinstance(data_file, Path) else None
    if fault is not None:  # SQLite met a damaged page while a list's rows were read
        log.warning("not done: %s", exc, exc_info=(exc_type, exc, tb))
        _show_fault(fault)
        return
    log.error("unexpected error", exc_info=(exc_type, exc, tb))
    details = format_exception(exc_type, exc, tb)
    # Loaded here, not at start-up: they are needed only when an error happens.
    from PySide6.QtCore import QThread

    from swdesk.ui.crash_dialog import QUIT, CrashDialog

    app = QApplication.instance()
    on_gui_thread = app is not None and QThread.currentThread() == app.thread()
    if not on_gui_thread or _state["showing"]:
        sys.stderr.write(details)
        return
    log_path = _state["log_path"]
    _state["showing"] = True
    try:
        dialog = CrashDialog(details, log_path if isinstance(log_path, Path) else None)
        if dialog.exec() == QUIT:
            QApplication.exit(1)
        dialog.deleteLater()
    finally:
        _state["showing"] = False


def _show_fault(fault: EnvironmentFault) -> None:
    """A message box naming what to fix (disk full, stick pulled out …), never the crash dialog."""
    from PySide6.QtCore import QCoreApplication, QThread
    from PySide6.QtWidgets import QMessageBox

    from swdesk.ui.rule_text import shown

    app = QApplication.instance()
    if app is None or QThread.currentThread() != app.thread():
        sys.stderr.write(f"{fault.message}\n")
        return
    title = QCoreApplication.translate("crash", "无法完成")
    QMessageBox.warning(QApplication.activeWindow(), title, shown(fault.message))


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    log.error(
        "unexpected error in thread %s",
        args.thread.name if args.thread else "?",
        exc_info=(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback),
    )


def install(log_path: Path | None) -> None:
    """Route every uncaught exception (main thread and other threads) through the log."""
    _state["log_path"] = log_path
    _state["data_file"] = None
    sys.excepthook = handle_exception
    threading.excepthook = _thread_hook


def watch_data_file(path: Path) -> None:
    """The data file the window works on: SQLite's failures while reading its rows (outside
    the store's statements, e.g. a damaged page met half-way through a list) are then told
    as what they are, with what to do, instead of as a bug."""
    _state["data_file"] = path
