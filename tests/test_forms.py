"""Every dialog is laid out one way: a Designer form in forms/, set up by its class."""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QDialog, QLabel
from pytestqt.qtbot import QtBot

from swdesk.paths import forms_dir
from swdesk.ui.designer import set_up

UI = Path(__file__).resolve().parent.parent / "swdesk" / "ui"
DIALOG_BASES = {"QDialog", "QWizard"}


def _form_classes() -> dict[str, str]:
    """``<class>`` of each forms/*.ui → its file name."""
    return {
        ET.parse(ui).getroot().findtext("class") or "": ui.name
        for ui in sorted(forms_dir().glob("*.ui"))
    }


def _dialogs() -> list[tuple[str, str, ast.ClassDef]]:
    found = []
    for path in sorted(UI.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef) and any(
                isinstance(b, ast.Name) and b.id in DIALOG_BASES for b in node.bases
            ):
                found.append((path.name, node.name, node))
    return found


def test_the_scan_finds_the_dialogs() -> None:
    names = {name for _f, name, _n in _dialogs()}
    assert {"WorkerEditor", "ImportWizard", "SettingsDialog", "HistoryDialog"} <= names
    assert len(names) >= 20


@pytest.mark.parametrize(("module", "name", "node"), _dialogs(), ids=lambda v: str(v))
def test_every_dialog_is_set_up_from_its_designer_form(
    module: str, name: str, node: ast.ClassDef
) -> None:
    forms = _form_classes()
    assert name in forms, f"{module}: {name} has no forms/*.ui with <class>{name}</class>"
    calls = [
        n
        for n in ast.walk(node)
        if isinstance(n, ast.Call)
        and isinstance(n.func, ast.Name)
        and n.func.id == "set_up"
        and len(n.args) == 2
        and isinstance(n.args[1], ast.Call)
        and isinstance(n.args[1].func, ast.Name)
        and n.args[1].func.id == f"Ui_{name}"
    ]
    assert calls, f"{module}: {name} does not call set_up(self, Ui_{name}())"


def test_follow_language_sets_the_form_texts_again(qtbot: QtBot) -> None:
    class Form:
        def setupUi(self, widget: QDialog) -> None:
            self.label = QLabel(widget)
            self.retranslateUi(widget)

        def retranslateUi(self, widget: QDialog) -> None:
            self.label.setText(QCoreApplication.translate("T", "文字"))

    following, still = QDialog(), QDialog()
    qtbot.addWidget(following)
    qtbot.addWidget(still)
    a = set_up(following, Form(), follow_language=True)
    b = set_up(still, Form())
    for form, dialog in ((a, following), (b, still)):
        form.label.setText("changed")
        QCoreApplication.sendEvent(dialog, QEvent(QEvent.Type.LanguageChange))
    assert a.label.text() == "文字"
    assert b.label.text() == "changed"


def test_form_texts_reach_the_english_build(qtbot: QtBot, store: Any, english: None) -> None:
    """A string drawn in Designer is translated like one in code (context: the form's class)."""
    from swdesk.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(store)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Settings"
    assert dialog.tabs.tabText(0) == "General"
    label = dialog.findChild(QLabel, "operatorLabel")
    assert label is not None and label.text().isascii() and label.text()
