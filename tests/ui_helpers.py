"""Shared by the GUI tests: message boxes recorded instead of shown, pages shown, Chinese typed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import pytest
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

if TYPE_CHECKING:
    from swdesk.store import Store
    from swdesk.ui.import_wizard import ImportWizard

W = TypeVar("W", bound=QWidget)


class Boxes:
    """Records QMessageBox statics and answers questions with ``answer``."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.calls: list[tuple[str, str, str]] = []
        self.answer = QMessageBox.StandardButton.Yes
        for kind in ("information", "warning", "critical"):
            monkeypatch.setattr(QMessageBox, kind, self._recorder(kind))
        monkeypatch.setattr(QMessageBox, "question", self._question)

    def _recorder(self, kind: str) -> Any:
        def record(_parent: Any, title: str, text: str, *args: Any, **kwargs: Any) -> Any:
            self.calls.append((kind, title, text))
            return QMessageBox.StandardButton.Ok

        return staticmethod(record)

    @property
    def _question(self) -> Any:
        def ask(_parent: Any, title: str, text: str, *args: Any, **kwargs: Any) -> Any:
            self.calls.append(("question", title, text))
            return self.answer

        return staticmethod(ask)

    def texts(self, kind: str) -> list[str]:
        return [text for k, _, text in self.calls if k == kind]


def shown(qtbot: QtBot, widget: W, size: tuple[int, int] | None = None) -> W:
    """``widget`` owned by qtbot, resized to ``size`` if given, shown and exposed."""
    qtbot.addWidget(widget)
    if size is not None:
        widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def type_chinese(widget: QWidget, text: str, *, focus: bool = False) -> None:
    """Commit Chinese text as an input method would (keyClicks refuses non-ASCII)."""
    if focus:
        widget.setFocus()
    ev = QInputMethodEvent()
    ev.setCommitString(text)
    QApplication.sendEvent(widget, ev)


def record_boxes(
    monkeypatch: pytest.MonkeyPatch,
    kinds: tuple[str, ...],
    answer: QMessageBox.StandardButton = QMessageBox.StandardButton.Yes,
) -> list[str]:
    """The texts of the QMessageBox statics ``kinds`` (not shown), each answered ``answer``."""
    said: list[str] = []

    def box(_parent: Any, _title: str, text: str, *args: Any, **kwargs: Any) -> Any:
        said.append(text)
        return answer

    for kind in kinds:
        monkeypatch.setattr(QMessageBox, kind, staticmethod(box))
    return said


def open_wizard(qtbot: QtBot, store: Store, path: Path | None = None) -> ImportWizard:
    """The roster import wizard, opened as the main window opens it (window-modal)."""
    from swdesk.ui.import_wizard import ImportWizard

    wizard = ImportWizard(store, None, path)
    qtbot.addWidget(wizard)
    wizard.open()
    qtbot.waitExposed(wizard)
    return wizard


def run_app_cleanly(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """For a fixture around ``app.run``, which installs exception hooks, a translator and Qt
    settings: the hooks are put back, the language and settings reset afterwards."""
    import sys
    import threading

    from PySide6.QtCore import QSettings

    from swdesk.ui import i18n

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    yield
    i18n.apply_language("zh_CN")
    QSettings().clear()
