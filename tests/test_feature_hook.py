"""swdesk.ui.feature_hook: PySide6's ``__feature__`` hook is gone once the GUI is loaded, its lazy
class loader is not, and no swdesk module relies on ``__feature__``."""

from __future__ import annotations

import builtins
import re
import subprocess
import sys
from pathlib import Path

import pytest

import swdesk
from swdesk.ui import feature_hook

ROOT = Path(swdesk.__file__).parent


def test_no_swdesk_module_uses_pyside_features() -> None:
    pattern = re.compile(r"^\s*(from|import)\s+__feature__\b", re.MULTILINE)
    users = [
        str(path.relative_to(ROOT))
        for path in ROOT.rglob("*.py")
        if pattern.search(path.read_text(encoding="utf-8"))
    ]
    assert users == []


def test_the_gui_process_imports_without_the_feature_hook() -> None:
    """In a fresh process, as a user starts it: after ``swdesk.app`` is loaded, imports go to
    PySide6's lazy loader directly, and Qt classes never touched before still resolve."""
    code = (
        "import builtins, swdesk.app\n"
        "assert hasattr(builtins, '__feature_import__'), 'PySide6 has no feature hook'\n"
        "assert builtins.__import__ is builtins.__orig_import__, builtins.__import__\n"
        "from PySide6.QtWidgets import QCalendarWidget\n"
        "from PySide6.QtGui import *\n"
        "assert QCalendarWidget.__name__ == 'QCalendarWidget' and QPixmapCache\n"
        "import json.tool\n"
        "print('ok')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"


def test_dropping_is_idempotent_and_leaves_a_foreign_import_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert feature_hook.drop_feature_hook() is False  # already dropped when swdesk.ui loaded it

    real_import = builtins.__import__

    def someone_elses_import(*args: object, **kwargs: object) -> object:
        return real_import(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(builtins, "__import__", someone_elses_import)
    assert feature_hook.drop_feature_hook() is False
    assert builtins.__import__ is someone_elses_import


def test_a_pyside_without_the_arrangement_is_left_as_it_is(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = builtins.__import__
    monkeypatch.setattr(builtins, "__feature_import__", before)  # as if the hook were current
    monkeypatch.delattr(builtins, "__orig_import__")
    assert feature_hook.drop_feature_hook() is False
    assert builtins.__import__ is before
