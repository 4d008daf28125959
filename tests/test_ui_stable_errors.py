"""Showing a reason under a field moves no field: the worker editor and the forms built with
``widgets.error_label`` keep each error label's line while it is hidden."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot
from test_ui_editor import open_editor
from ui_helpers import shown

from swdesk.store import Store
from swdesk.ui import screen_fit
from swdesk.ui.villages_page import VillagesPage


def y_of(widget: QWidget) -> int:
    QApplication.processEvents()  # let the layouts settle
    return widget.mapTo(widget.window(), QPoint(0, 0)).y()


def test_worker_editor_fields_stay_put_when_errors_show(
    qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A 1366×728 screen: the editor opens as wide as its form wants (the offscreen screen is
    # 800 px wide, where the phone's reason needs two lines and one line is all that is kept).
    monkeypatch.setattr(screen_fit, "available_for", lambda _w: QRect(0, 0, 1366, 728))
    editor = open_editor(qtbot, store)
    watched = {
        "phone": editor.phone_edit,
        "political": editor.findChild(QWidget, "politicalCombo"),  # under the phone's reason
        "village": editor.findChild(QWidget, "villageCombo"),
        "notes": editor.notes_edit,
    }
    before = {k: y_of(w) for k, w in watched.items()}
    editor.phone_edit.setText("1234")  # a longer reason, still one line at the field's width
    qtbot.mouseClick(editor.button_box.buttons()[0], Qt.MouseButton.LeftButton)
    phone_error = editor.findChild(QLabel, "phoneError")
    assert phone_error.isVisible() and "1234" in phone_error.text()
    name_error = editor.findChild(QLabel, "nameError")
    assert name_error.isVisible() and name_error.text() == "姓名不能为空。"
    assert editor.id_hint.text() == "身份证号不能为空。"
    assert {k: y_of(w) for k, w in watched.items()} == before
    editor.name_edit.setText("张三")  # and taking the reasons away moves nothing either
    editor.phone_edit.setText("13800138000")
    assert name_error.text() == "" and phone_error.text() == ""
    assert {k: y_of(w) for k, w in watched.items()} == before


def test_villages_form_stays_put_when_its_error_shows(qtbot: QtBot, store: Store) -> None:
    page = shown(qtbot, VillagesPage(store))
    page.clear_form()
    below = page.table
    before = y_of(below), y_of(page.code)
    qtbot.keyClicks(page.code, "123")
    qtbot.keyClick(page.code, Qt.Key.Key_Return)
    assert page.error.isVisible() and "12位" in page.error.text()
    assert (y_of(below), y_of(page.code)) == before
