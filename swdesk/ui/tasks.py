"""Long work off the GUI thread, with a modal progress dialog.

The job runs in a QThread with its own Store connection (``store.clone()`` made *in* that
thread): sqlite3 connections are never shared between threads.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from swdesk.core.errors import RuleError
from swdesk.store.db import Store

T = TypeVar("T")
log = logging.getLogger("swdesk.ui.tasks")


class Progress:
    """Handed to a job so it can report progress and notice a cancel request."""

    def __init__(self, worker: _Worker) -> None:
        self._worker = worker
        self.cancelled = False

    def update(self, done: int, total: int, text: str = "") -> None:
        self._worker.progressed.emit(done, total, text)


class TaskFailed(Exception):
    """A job raised: ``error`` is the original exception (RuleError for user mistakes)."""

    def __init__(self, error: BaseException) -> None:
        super().__init__(str(error))
        self.error = error


class _Worker(QObject):
    progressed = Signal(int, int, str)
    finished = Signal(object, object)  # result, error

    def __init__(self, store: Store, job: Callable[[Store, Progress], Any]) -> None:
        super().__init__()
        self._store = store
        self._job = job
        self.progress = Progress(self)

    def run(self) -> None:
        own = self._store.clone()
        try:
            result = self._job(own, self.progress)
        except RuleError as e:
            self.finished.emit(None, e)
        except Exception as e:  # noqa: BLE001 - passed to the GUI thread, logged there
            log.exception("background task failed")
            self.finished.emit(None, e)
        else:
            self.finished.emit(result, None)
        finally:
            own.close()


def run_with_progress(parent: QWidget | None, title: str, store: Store,
                      job: Callable[[Store, Progress], T]) -> T:
    """Run ``job(store_for_thread, progress)`` in a thread; wait with a progress dialog.

    Returns the job's result, or raises TaskFailed wrapping what the job raised.
    """
    thread = QThread()
    worker = _Worker(store, job)
    worker.moveToThread(thread)
    dialog = QProgressDialog(title, QCoreApplication.translate("tasks", "取消"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    outcome: dict[str, Any] = {}
    loop = QEventLoop()

    def on_progress(done: int, total: int, text: str) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(done)
        if text:
            dialog.setLabelText(text)

    def on_finished(result: Any, error: Any) -> None:
        outcome["result"], outcome["error"] = result, error
        thread.quit()

    def on_cancel() -> None:
        worker.progress.cancelled = True

    worker.progressed.connect(on_progress, Qt.ConnectionType.QueuedConnection)
    worker.finished.connect(on_finished, Qt.ConnectionType.QueuedConnection)
    dialog.canceled.connect(on_cancel)
    thread.started.connect(worker.run)
    thread.finished.connect(loop.quit)
    thread.start()
    loop.exec()
    thread.wait()
    dialog.close()
    dialog.deleteLater()
    worker.deleteLater()
    if outcome.get("error") is not None:
        raise TaskFailed(outcome["error"])
    return outcome["result"]  # type: ignore[no-any-return]
