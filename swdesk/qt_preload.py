"""Qt's shared libraries and fontconfig loaded on a second core while the GUI start imports
its Qt-free modules on the first.

Why: when PySide6 is first imported, the dynamic loader maps and relocates Qt's libraries
(libQt6Widgets, Gui, Core and what they link: ICU, OpenGL, FreeType, fontconfig…): 8–15 ms of
C work on the 2-core test machines, done by ``import`` while it holds the GIL, so nothing else
of the start runs meanwhile. A call through ``ctypes`` lets go of the GIL, so a thread here asks
the loader for the same libraries while the main thread imports the data layer
(``swdesk.entry._load_data_layer``, ~20 ms of Python); PySide6's import then finds them
loaded. Fontconfig's own start (reading its configuration and font caches, ~5 ms), which the
window's first font lookup would otherwise wait for, is done by the same thread afterwards.

Only on Linux, where it was measured. Nothing here is needed: when a library is not where a pip
or bundled PySide6 keeps it, or fontconfig is missing, that step is skipped and the imports that
follow load what they need as before. Only Qt's own libraries are loaded here, not PySide6's
binding modules: nothing promises that loading those runs no Python, and this thread does not
hold the GIL.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
from pathlib import Path

# The standard library's compiled modules that the data layer imports. They are loaded before
# the thread starts: the loader serves one caller at a time, so a module loaded while the thread
# is loading Qt would wait for it. (tests/test_qt_preload.py checks this list against what
# the data layer really loads.) Modules built into an interpreter are simply found there.
LOADED_FIRST = (
    "_bisect",
    "_bz2",
    "_datetime",
    "_json",
    "_lzma",
    "_random",
    "_sha512",
    "_sqlite3",
    "_struct",
    "_typing",
    "array",
    "fcntl",
    "math",
    "unicodedata",
    "zlib",
)

QT_LIBRARY = Path("PySide6") / "Qt" / "lib" / "libQt6Widgets.so.6"
FONTCONFIG = "libfontconfig.so.1"

# The thread this process started and the names of what it loaded (the bundle's self-test
# reports them: the bundle keeps Qt's libraries in a layout of its own).
_started: tuple[threading.Thread, list[str]] | None = None


def qt_library(search: list[str]) -> Path | None:
    """libQt6Widgets of the PySide6 that ``import`` would find on ``search`` (sys.path)."""
    for entry in search:
        candidate = Path(entry or ".") / QT_LIBRARY
        if candidate.is_file():
            return candidate
    return None


def load_libraries(qt: Path | None, loaded: list[str]) -> None:
    """Load Qt's library, then start fontconfig; what worked is appended to ``loaded``.

    Runs in the preload thread. ``dlopen`` is called as a C function through ctypes (which
    releases the GIL for the call), not through ``ctypes.CDLL``, which would hold it.
    """
    try:
        import ctypes
    except ImportError:  # a Python built without libffi: the imports load Qt as before
        return
    dlopen = getattr(ctypes.CDLL(None), "dlopen", None)  # glibc before 2.34: in libdl
    if dlopen is None:
        with contextlib.suppress(OSError, AttributeError):
            dlopen = ctypes.CDLL("libdl.so.2").dlopen
    if qt is not None and dlopen is not None:
        dlopen.restype = ctypes.c_void_p
        dlopen.argtypes = [ctypes.c_char_p, ctypes.c_int]
        if dlopen(os.fsencode(qt), os.RTLD_NOW):
            loaded.append(qt.name)
    try:
        fontconfig = ctypes.CDLL(FONTCONFIG)
    except OSError:
        return
    if fontconfig.FcInit():
        loaded.append(FONTCONFIG)


def start() -> tuple[threading.Thread, list[str]] | None:
    """Start the preload thread (Linux); the thread and the names it loaded, once joined."""
    global _started
    if not sys.platform.startswith("linux"):
        return None
    for name in LOADED_FIRST:
        with contextlib.suppress(ImportError):
            __import__(name)
    loaded: list[str] = []
    thread = threading.Thread(
        target=load_libraries,
        args=(qt_library(sys.path), loaded),
        name="swdesk-qt-preload",
        daemon=True,
    )
    thread.start()
    _started = (thread, loaded)
    return _started


def preloaded(timeout: float = 30.0) -> list[str] | None:
    """What this process's preload loaded, once it is done; None if none was started."""
    if _started is None:
        return None
    thread, loaded = _started
    thread.join(timeout)
    return list(loaded)
