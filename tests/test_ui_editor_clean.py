"""The worker form stores names and ID numbers made plain (``core.text``): what a cadre pastes
from WeChat or a web page, with characters nobody sees, is found later by what she types."""

from __future__ import annotations

from datetime import date

import ui_helpers
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from swdesk.core.idnumber import make_id_number
from swdesk.store import Store, workers
from swdesk.ui.worker_editor import WorkerEditor

ID = make_id_number("510104", date(1990, 1, 1), 123)


def _editor(qtbot: QtBot, store: Store) -> WorkerEditor:
    editor = WorkerEditor(store, None)
    qtbot.addWidget(editor, before_close_func=lambda w: w.done(0) if w.isVisible() else None)
    with qtbot.waitActive(editor):
        editor.show()
        editor.activateWindow()
    return editor


def _label(editor: WorkerEditor, name: str) -> str:
    widget = editor.findChild(QLabel, name)
    assert widget is not None
    return widget.text() if widget.isVisible() else ""


def test_a_pasted_name_and_number_are_stored_plain_and_found(store: Store, qtbot: QtBot) -> None:
    editor = _editor(qtbot, store)
    ui_helpers.type_chinese(editor.name_edit, "王\u200b五", focus=True)
    editor.id_edit.setText("\u202d" + ID + "\u200e")
    assert _label(editor, "idNumberHint") == ""  # not "现在是 20 位"
    with qtbot.waitSignal(editor.saved):
        qtbot.mouseClick(editor.button_box.buttons()[0], Qt.MouseButton.LeftButton)
    (row,) = workers.list_public(store, "王五")
    assert row["name"] == "王五" and row["id_number"] == ID


def test_a_name_with_a_control_character_is_refused_at_its_field(
    store: Store, qtbot: QtBot
) -> None:
    editor = _editor(qtbot, store)
    ui_helpers.type_chinese(editor.name_edit, "王\t五", focus=True)
    editor.id_edit.setText(ID)
    with qtbot.assertNotEmitted(editor.saved):
        qtbot.mouseClick(editor.button_box.buttons()[0], Qt.MouseButton.LeftButton)
    assert "姓名里有看不见的控制字符（制表符）" in _label(editor, "nameError")
    assert workers.count(store, include_deleted=True) == 0
