"""Long work off the GUI thread, with a modal progress dialog.

The job runs in a QThread with its own Store connection (``store.clone()`` made *in* that
thread): sqlite3 connections are never shared between threads.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable
from typing import Any, ClassVar, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from swdesk.core.errors import RuleError
from swdesk.store.db import Store
from swdesk.ui.rule_text import shown

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
        except Exception as e:
            log.exception("background task failed")
            self.finished.emit(None, e)
        else:
            self.finished.emit(result, None)
        finally:
            own.close()


class _Receiver(QObject):
    """Lives in the GUI thread so queued signals from the job run their slots there.

    A plain Python callable as a slot has no thread of its own, and a queued call to it would
    run in the sender's (worker) thread and touch widgets from there.
    """

    def __init__(
        self, on_progress: Callable[[int, int, str], None], on_finished: Callable[[Any, Any], None]
    ) -> None:
        super().__init__()
        self._on_progress = on_progress
        self._on_finished = on_finished

    @Slot(int, int, str)
    def progress(self, done: int, total: int, text: str) -> None:
        self._on_progress(done, total, text)

    @Slot(object, object)
    def finished(self, result: Any, error: Any) -> None:
        self._on_finished(result, error)


def run_with_progress(
    parent: QWidget | None, title: str, store: Store, job: Callable[[Store, Progress], T]
) -> T:
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

    receiver = _Receiver(on_progress, on_finished)
    worker.progressed.connect(receiver.progress, Qt.ConnectionType.QueuedConnection)
    worker.finished.connect(receiver.finished, Qt.ConnectionType.QueuedConnection)
    dialog.canceled.connect(on_cancel)
    thread.started.connect(worker.run)
    thread.finished.connect(loop.quit)
    # Collect garbage now, in the GUI thread: otherwise the job's allocations may trigger the
    # cyclic GC in the worker thread, and a widget caught in a reference cycle (a traceback's
    # frames, say) would then be destroyed there — Qt crashes on widgets destroyed off-thread.
    gc.collect()
    thread.start()
    loop.exec()
    thread.wait()
    dialog.close()
    dialog.deleteLater()
    worker.deleteLater()
    receiver.deleteLater()
    if outcome.get("error") is not None:
        raise TaskFailed(outcome["error"])
    return outcome["result"]


def run_job(
    parent: QWidget | None,
    title: str,
    store: Store,
    job: Callable[[Store, Progress], T],
    *,
    failure_title: str | None = None,
    refused: Callable[[RuleError], None] | None = None,
    on_success: Callable[[T], None] | None = None,
) -> tuple[bool, T | None]:
    """``run_with_progress`` for a page's action: ``(True, result)``, or ``(False, None)`` once
    the user has been told why it failed (``refused`` first hears a rule's refusal, e.g. to
    repeat it in the page's status line). ``on_success(result)`` runs before it returns (e.g.
    to announce what changed). A bug is re-raised for the crash dialog."""
    try:
        result = run_with_progress(parent, title, store, job)
    except TaskFailed as failed:
        if refused is not None and isinstance(failed.error, RuleError):
            refused(failed.error)
        show_failure(parent, failure_title or title, failed.error)
        return False, None
    if on_success is not None:
        on_success(result)
    return True, result


def show_failure(parent: QWidget | None, title: str, error: BaseException) -> None:
    """Tell the user about a job's RuleError (in the interface language: the error crossed the
    thread as the object it was, its message still a translatable ``Text``) or file error;
    re-raise anything else (a bug) so the crash handler logs it."""
    if isinstance(error, RuleError):
        QMessageBox.warning(parent, title, shown(error.message))
    elif isinstance(error, OSError):
        # The system's text is English: it goes to the log, the user reads which file it was.
        log.warning("file error: %s", error)
        QMessageBox.warning(
            parent,
            title,
            QCoreApplication.translate(
                "tasks",
                "无法读写文件 {file}。\n"
                "请检查文件是否存在、U盘是否插好；如果它正在 Excel 或其他程序中打开，请先关闭再试。",
            ).format(file=error.filename or ""),
        )
    else:
        raise error


class _QuietWorker(_Worker):
    """``_Worker`` for a job nobody waits on: every failure (even opening the data file)
    comes back as ``finished(None, error)``, and the cyclic GC stays out of this thread
    while the GUI keeps running (it must never destroy a widget here; see run_with_progress).
    """

    def run(self) -> None:
        gc.disable()
        try:
            try:
                own = self._store.clone()
            except Exception as e:
                self.finished.emit(None, e)
                return
            try:
                result = self._job(own, self.progress)
            except Exception as e:
                self.finished.emit(None, e)
            else:
                self.finished.emit(result, None)
            finally:
                own.close()
        finally:
            gc.enable()


class BackgroundTask:
    """A job run in a thread without any dialog (e.g. the notice computed after start-up).

    ``on_done(result, error)`` runs in the GUI thread (``in_background`` splits it into a
    success and a failure callback). Running tasks are kept alive here (a QThread must not be
    destroyed while it runs), so the caller may drop its reference.
    """

    running: ClassVar[set[BackgroundTask]] = set()

    def __init__(
        self,
        store: Store,
        job: Callable[[Store, Progress], Any],
        on_done: Callable[[Any, BaseException | None], None],
    ) -> None:
        self.thread = QThread()
        self.done = False

        def finished(result: Any, error: Any) -> None:
            self.thread.quit()
            self.thread.wait()
            self.done = True
            BackgroundTask.running.discard(self)
            on_done(result, error)

        self._worker = _QuietWorker(store, job)
        self._worker.moveToThread(self.thread)
        self._receiver = _Receiver(lambda *_a: None, finished)
        self._worker.finished.connect(self._receiver.finished, Qt.ConnectionType.QueuedConnection)
        self.thread.started.connect(self._worker.run)
        BackgroundTask.running.add(self)
        gc.collect()
        self.thread.start()

    def wait(self) -> None:
        """Block until the job has finished (closing the window that started it).

        ``quit`` first: the thread's event loop then ends as soon as the job returns, without
        waiting for the GUI thread to handle the "finished" signal.
        """
        self.thread.quit()
        self.thread.wait()


def in_background(
    store: Store,
    job: Callable[[Store, Progress], T],
    on_success: Callable[[T], None],
    on_failure: Callable[[BaseException], None],
) -> BackgroundTask:
    """Run ``job`` without a dialog; ``on_success(result)`` or ``on_failure(error)`` follows in
    the GUI thread."""

    def done(result: Any, error: BaseException | None) -> None:
        if error is not None:
            on_failure(error)
        else:
            on_success(result)

    return BackgroundTask(store, job, done)
