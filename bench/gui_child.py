"""One GUI process of the startup and memory benchmarks; prints one JSON line and exits.

    python bench/gui_child.py bare            floor: QApplication + QMainWindow, first paint
    python bench/gui_child.py app DB          swdesk's own start (``swdesk --db DB``) until the
                                              worker table has painted its rows
    python bench/gui_child.py app-rss DB      swdesk on DB, scroll the list to the end and back,
                                              search, then report peak RSS
    python bench/gui_child.py indicators DB   swdesk on DB; once started, open the 指标 page
                                              as a click in the page list does, and time it
                                              to its first paint (and to its report shown)

Every mode also reports the process's peak RSS (``VmHWM``, see ``_peak_rss_mb``) at the
moment it reports.

Timing starts at ``BENCH_T0`` (``time.monotonic()`` taken by the parent just before it spawned
this process; CLOCK_MONOTONIC is system-wide on Linux), so interpreter start and imports count,
as they do for a user double-clicking the icon. The process leaves with ``os._exit`` straight
after reporting: tearing Qt down is not part of "start".

swdesk is driven through its real entry point, ``swdesk.entry.main(["--db", DB])``. To notice
its first paint without a hook in the app, QApplication is replaced (before swdesk imports it)
by a subclass that, when swdesk enters the event loop, installs one event filter on the worker
table's viewport (as the bare window has one on its window); nothing else in the app changes.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from typing import Any

T0 = float(os.environ.get("BENCH_T0") or time.monotonic())
WATCHDOG_S = float(os.environ.get("BENCH_TIMEOUT", "120"))


def _peak_rss_mb() -> float:
    """Peak resident set of this process, MB.

    Linux keeps ``ru_maxrss`` across ``execve``: a child that the (large) benchmark process
    spawned would report the parent's peak if it was higher. ``VmHWM`` in /proc/self/status is
    the high-water mark of this program's own address space, so it is used where it exists;
    ``ru_maxrss`` elsewhere.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024  # kB
    except OSError:
        pass
    maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)  # bytes / KiB


def _peak_now_mb() -> str:
    """Peak RSS so far, for the checkpoints of ``app-rss``."""
    return f"{_peak_rss_mb():.0f}"


def _report(**fields: Any) -> None:
    fields.setdefault("rss_mb", round(_peak_rss_mb(), 1))
    sys.stdout.write(json.dumps(fields) + "\n")
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


def _fail(msg: str) -> None:
    sys.stdout.write(json.dumps({"error": msg}) + "\n")
    sys.stdout.flush()
    os._exit(3)


def bare() -> None:
    """The floor: the least a PySide6 program must do to put a window on screen."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    win = QMainWindow()

    class FirstPaint(QObject):
        done = False

        def eventFilter(self, obj: QObject, ev: QEvent) -> bool:
            if ev.type() == QEvent.Type.Paint and not self.done:
                self.done = True
                # Report once the paint has run (the filter sees the event before the widget).
                QTimer.singleShot(0, lambda: _report(t=time.monotonic() - T0))
            return False

    spy = FirstPaint()
    win.installEventFilter(spy)
    win.resize(1280, 800)  # the size swdesk opens its main window at
    win.show()
    app.exec()


def _watch_for_worker_table(on_painted: Any) -> None:
    """Replace QApplication by a subclass whose instances call ``on_painted(t, table)`` once the
    main window has painted for the first time with its worker table's rows on it.

    Watched exactly as the bare window is: one event filter on the main window (installed
    when swdesk enters its event loop — it shows the window, then calls ``app.exec()``, and
    painting happens inside the loop), and the clock is read in a zero timer after the
    window's first Paint event. Qt paints a window and all its children in one pass, so by
    then the table's viewport has painted too; that it really showed rows is checked after the
    clock has been read (the table is visible, its model is swdesk's ``WorkerModel`` with
    rows, and it has fetched a page of them), and a failed check aborts the run.

    Two simpler spies are not neutral, so they are not used: an application-wide event filter
    makes every event of every object cross into Python (PySide resolving the type of each
    new kind of object, ~20 ms), and asking a table for its ``viewport()`` makes PySide load
    every QtWidgets class it has not loaded yet (~7 ms) — costs the bare window never pays.

    The replacement is made when swdesk itself first imports ``PySide6.QtWidgets`` (an import
    hook), not by importing PySide6 here first: the order in which the program loads its
    modules is part of what is measured (PySide6 hooks every later import).
    """
    import importlib.util

    # Plain classes, not importlib.abc's bases: importing importlib.abc loads
    # importlib.resources, tempfile, shutil, random… (~8 ms) in this process only — time the
    # bare window's process never spends, charged to swdesk by the spy, not by swdesk.
    class PatchOnImport:
        def find_spec(self, name: str, path: Any, target: Any = None) -> Any:
            if name != "PySide6.QtWidgets":
                return None
            sys.meta_path.remove(self)
            spec = importlib.util.find_spec(name)
            if spec is None or spec.loader is None:
                return spec
            real = spec.loader

            class Loader:
                def create_module(self, spec: Any) -> Any:
                    return real.create_module(spec)

                def exec_module(self, module: Any) -> None:
                    real.exec_module(module)
                    _replace_application(module, on_painted)

            spec.loader = Loader()
            return spec

    sys.meta_path.insert(0, PatchOnImport())


def _replace_application(QtWidgets: Any, on_painted: Any) -> None:
    """Install ``BenchApplication`` in the freshly loaded ``PySide6.QtWidgets`` module."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    original = QtWidgets.QApplication

    def worker_table(window: Any) -> Any:
        for table in window.findChildren(QtWidgets.QTableView):
            model = table.model()
            if (
                type(model).__name__ == "WorkerModel"
                and table.isVisible()
                and model.rowCount() > 0
                and getattr(model, "pages_fetched", 1) > 0
            ):
                return table
        return None

    class Spy(QObject):
        done = False

        def __init__(self, window: Any) -> None:
            super().__init__()
            self.window = window

        def eventFilter(self, obj: QObject, ev: QEvent) -> bool:
            if not self.done and ev.type() == QEvent.Type.Paint:
                self.done = True
                QTimer.singleShot(0, self.painted)
            return False

        def painted(self) -> None:
            t = time.monotonic() - T0
            table = worker_table(self.window)
            if table is None:
                _fail("the main window painted without a worker table showing rows")
            on_painted(t, table)

    class BenchApplication(original):  # type: ignore[misc, valid-type]
        def exec(self) -> int:
            windows = [
                w
                for w in original.topLevelWidgets()
                if isinstance(w, QtWidgets.QMainWindow) and w.isVisible()
            ]
            if len(windows) != 1:
                _fail(f"expected one visible main window when the loop started, got {windows}")
            self._bench_spy = Spy(windows[0])
            windows[0].installEventFilter(self._bench_spy)
            return int(super().exec())

    QtWidgets.QApplication = BenchApplication


def app_start(db: str) -> None:
    def painted(t: float, table: Any) -> None:
        _report(t=t, rows=table.model().rowCount())

    _watch_for_worker_table(painted)
    from swdesk import entry

    code = entry.main(["--db", db])
    _fail(f"swdesk exited with {code} before its worker table painted")


def app_rss(db: str) -> None:
    """Open the main window on a big file, make the list fetch rows all the way down and back,
    run a search, then read the peak RSS of the process."""
    steps: list[str] = []

    def painted(t_paint: float, table: Any) -> None:
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QAbstractItemView

        from swdesk.ui import worker_model

        model = table.model()
        steps.append(f"painted:{_peak_now_mb()}MB")
        # Down to the last row and back, stopping once on every page of the lazy model so the view
        # paints — and the model fetches — every page of rows once each way, as dragging the
        # scroll bar through the whole list would.
        top = QAbstractItemView.ScrollHint.PositionAtTop
        stride = getattr(worker_model, "PAGE_SIZE", 200)
        last = model.rowCount() - 1
        stops: list[float] = []

        def stop_at(row: int) -> None:
            t = time.perf_counter()
            table.scrollTo(model.index(row, 0), top)
            table.viewport().repaint()
            stops.append(time.perf_counter() - t)

        for row in [*range(0, last, stride), last]:
            stop_at(row)
        steps.append(f"scrolled down:{_peak_now_mb()}MB")
        for row in [*range(last, 0, -stride), 0]:
            stop_at(row)
        steps.append(f"scrolled back:{_peak_now_mb()}MB")
        QCoreApplication.processEvents()
        from swdesk.store.workers import WorkerFilter

        t_search = time.monotonic()
        model.set_filter(WorkerFilter(text="张"))
        table.viewport().repaint()
        found = model.rowCount()
        t_search = time.monotonic() - t_search
        steps.append(f"searched:{_peak_now_mb()}MB")
        model.set_filter(WorkerFilter())
        table.viewport().repaint()
        _report(
            t=t_paint,
            rows=model.rowCount(),
            pages_fetched=model.pages_fetched,
            cached_rows=model.cached_rows(),
            search_rows=found,
            search_s=t_search,
            steps=steps,
            heavy_modules=[m for m in ("pypinyin", "sqlite_utils", "openpyxl") if m in sys.modules],
            scroll_stops=len(stops),
            scroll_stop_median_s=sorted(stops)[len(stops) // 2],
            scroll_stop_max_s=max(stops),
        )

    _watch_for_worker_table(painted)
    from swdesk import entry

    code = entry.main(["--db", db])
    _fail(f"swdesk exited with {code} before its worker table painted")


def _first_paint(widget: Any, on_painted: Any) -> Any:
    """Call ``on_painted()`` in a zero timer after ``widget``'s first Paint event (one event
    filter on the widget, as the start-up spy has on the main window)."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class Spy(QObject):
        done = False

        def eventFilter(self, obj: QObject, ev: QEvent) -> bool:
            if not self.done and ev.type() == QEvent.Type.Paint:
                self.done = True
                QTimer.singleShot(0, on_painted)
            return False

    spy = Spy()
    widget.installEventFilter(spy)
    return spy


def app_indicators(db: str) -> None:
    """The 指标 dashboard opened: from the page list's row changing (what a click does; the
    page is built then, as swdesk builds every page but the list on first show) to the page's
    first paint, with its controls and the "正在计算" line while the report runs in the
    background. Then, for reference, until the report is shown, and the floor: switching back
    to the (already built) worker list until it has painted."""
    out: dict[str, Any] = {}
    keep: list[Any] = []

    def painted(t_start: float, table: Any) -> None:
        window = table.window()
        index = window.page_indicators
        t0 = time.monotonic()
        window.nav.setCurrentRow(index)  # builds the page, asks for the report
        out["built"] = time.monotonic() - t0
        page = window.page(index)

        def page_painted() -> None:
            out["t"] = time.monotonic() - t0

        def report_shown() -> None:
            out["loaded"] = time.monotonic() - t0
            if "t" not in out:
                _fail("the report was shown before the page's first paint was seen")
            t1 = time.monotonic()

            def back_painted() -> None:
                out["floor"] = time.monotonic() - t1
                _report(start=t_start, results=page.model.rowCount(), **out)

            keep.append(_first_paint(table.viewport(), back_painted))
            window.nav.setCurrentRow(0)

        keep.append(_first_paint(page, page_painted))
        page.loaded.connect(report_shown)
        page.failed.connect(lambda text: _fail(f"the indicators failed: {text}"))

    _watch_for_worker_table(painted)
    from swdesk import entry

    code = entry.main(["--db", db])
    _fail(f"swdesk exited with {code} before its worker table painted")


def main(argv: list[str]) -> None:
    import threading

    watchdog = threading.Timer(WATCHDOG_S, lambda: _fail(f"no report after {WATCHDOG_S:g} s"))
    watchdog.daemon = True
    watchdog.start()
    mode = argv[0] if argv else ""
    if mode == "bare":
        bare()
    elif mode == "app" and len(argv) == 2:
        app_start(argv[1])
    elif mode == "app-rss" and len(argv) == 2:
        app_rss(argv[1])
    elif mode == "indicators" and len(argv) == 2:
        app_indicators(argv[1])
    else:
        _fail(f"usage: gui_child.py bare | app DB | app-rss DB | indicators DB (got {argv})")


if __name__ == "__main__":
    main(sys.argv[1:])
