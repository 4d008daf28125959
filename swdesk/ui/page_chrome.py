"""What a page offers the main window around it: its own count for the status bar and its own
toolbar actions, so the status bar and the toolbar follow the page on screen.

A page may define (each is optional; a page without them shows no count and only the global
toolbar actions):

- ``status_count() -> str``: one line such as "共 12 个村（社区）";
- ``countsChanged``: a signal emitted whenever that line may have changed;
- ``toolbar_actions() -> list[QAction | None]``: its actions in order, ``None`` a separator.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget


def count_text(page: QWidget | None) -> str:
    method = getattr(page, "status_count", None)
    return str(method()) if callable(method) else ""


def counts_signal(page: QWidget | None) -> Any:
    """The page's ``countsChanged`` signal, or None."""
    return getattr(page, "countsChanged", None)


def toolbar_actions(page: QWidget | None) -> list[QAction | None]:
    method = getattr(page, "toolbar_actions", None)
    return list(method()) if callable(method) else []
