"""Qt's libraries and fontconfig are loaded by a thread while the data layer is imported."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from test_entry import run_python

from swdesk import qt_preload

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux only")


@linux_only
def test_loaded_first_covers_every_compiled_module_of_the_data_layer() -> None:
    """A compiled module the data layer loads while the thread is loading Qt would wait for
    the loader: each one must be loaded before the thread starts."""
    code = (
        "import importlib.machinery, sys\n"
        "from swdesk import entry\n"
        "before = set(sys.modules)\n"
        "entry._load_data_layer()\n"
        "suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)\n"
        "for name in sorted(set(sys.modules) - before):\n"
        "    if (getattr(sys.modules[name], '__file__', None) or '').endswith(suffixes):\n"
        "        print(name)\n"
    )
    compiled = run_python(code).stdout.split()
    assert "_sqlite3" in compiled  # the check sees what it is meant to see
    assert sorted(set(compiled) - set(qt_preload.LOADED_FIRST)) == []


@linux_only
def test_the_thread_loads_qt_and_starts_fontconfig_without_importing_pyside6() -> None:
    code = (
        "import sys\n"
        "from swdesk import qt_preload\n"
        "assert qt_preload.preloaded() is None\n"
        "qt_preload.start()\n"
        "print(' '.join(qt_preload.preloaded() or ['nothing']))\n"
        "print('PySide6' in sys.modules)\n"
        "with open('/proc/self/maps', encoding='utf-8') as maps:\n"
        "    print(any('libQt6Widgets.so.6' in line for line in maps))\n"
    )
    lines = run_python(code).stdout.splitlines()
    assert lines == ["libQt6Widgets.so.6 libfontconfig.so.1", "False", "True"]


def test_qt_library_is_found_where_a_pip_or_bundled_pyside6_keeps_it(tmp_path: Path) -> None:
    assert qt_preload.qt_library([str(tmp_path)]) is None
    library = tmp_path / "PySide6" / "Qt" / "lib" / "libQt6Widgets.so.6"
    library.parent.mkdir(parents=True)
    library.write_bytes(b"")
    assert qt_preload.qt_library([str(tmp_path / "elsewhere"), str(tmp_path)]) == library


@linux_only
def test_a_library_that_does_not_load_is_skipped_quietly(tmp_path: Path) -> None:
    """Not a shared library (a damaged install): nothing loaded, no error; the import that
    follows is left to say what is wrong, as without the preload."""
    broken = tmp_path / "libQt6Widgets.so.6"
    broken.write_bytes(b"not a library")
    loaded: list[str] = []
    qt_preload.load_libraries(broken, loaded)
    assert loaded == ["libfontconfig.so.1"]


def test_a_python_without_ctypes_loads_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "ctypes", None)  # import ctypes raises ImportError
    loaded: list[str] = []
    qt_preload.load_libraries(qt_preload.qt_library(sys.path), loaded)
    assert loaded == []


def test_other_platforms_start_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    assert qt_preload.start() is None


@linux_only
def test_the_self_test_of_a_real_start_reports_the_preload(tmp_path: Path) -> None:
    """``swdesk --self-test`` (what CI runs on the bundle) goes through the entry point, so
    it fails when a start no longer finds Qt's libraries where it looks for them."""
    import os

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[var] = str(tmp_path / var.lower())
    code = "import sys\nfrom swdesk import entry\nsys.exit(entry.main(['--self-test']))\n"
    out = run_python(code, env=env, timeout=120).stdout
    assert "preload libQt6Widgets.so.6 libfontconfig.so.1" in out
    assert out.splitlines()[-1] == "self-test ok"
