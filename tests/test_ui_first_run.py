"""The first-run dialog: township with demo data, county, and codes checked while typed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from swdesk.store import Store, villages, workers
from swdesk.ui.first_run import DEMO_WORKERS, FirstRunDialog


@pytest.fixture
def dialog(qtbot: QtBot, blank_store: Store) -> FirstRunDialog:
    d = FirstRunDialog(blank_store)
    qtbot.addWidget(d)
    d.open()
    qtbot.waitExposed(d)
    return d


def click_box(qtbot: QtBot, d: FirstRunDialog) -> None:
    """Click the demo checkbox's indicator (the widget is wider than its text)."""
    qtbot.mouseClick(d.demo, Qt.MouseButton.LeftButton, pos=QPoint(8, d.demo.height() // 2))


def type_name(d: FirstRunDialog, text: str) -> None:
    d.name.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(d.name, event)


def test_township_with_demo_data(qtbot: QtBot, dialog: FirstRunDialog, blank_store: Store) -> None:
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.code, "510104001")
    type_name(dialog, "春熙路街道社工站")
    assert dialog.demo.text() == f"填入演示数据（{DEMO_WORKERS} 名社工）"
    click_box(qtbot, dialog)
    assert dialog.demo.isChecked()
    assert dialog.ok_button.isEnabled()
    with qtbot.waitSignal(dialog.finished, timeout=60000) as blocker:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [QDialog.DialogCode.Accepted.value]
    assert blank_store.role == "township"
    assert (blank_store.unit_code, blank_store.unit_name) == ("510104001", "春熙路街道社工站")
    assert workers.count(blank_store) == DEMO_WORKERS
    assert len(villages.list_all(blank_store)) > 0
    # the 继续教育 page has trainings and sign-in sheets to show, not only overdue people
    assert blank_store.scalar("SELECT count(*) FROM training_events WHERE deleted = 0") > 0
    assert blank_store.scalar("SELECT count(*) FROM training_records WHERE deleted = 0") > 0


def test_county_has_no_demo_and_a_six_digit_code(
    qtbot: QtBot, dialog: FirstRunDialog, blank_store: Store
) -> None:
    click_box(qtbot, dialog)
    assert dialog.demo.isChecked()
    qtbot.mouseClick(dialog.county, Qt.MouseButton.LeftButton)
    assert not dialog.demo.isEnabled() and not dialog.demo.isChecked()
    qtbot.keyClicks(dialog.code, "510104001")
    assert "应为6位数字" in dialog.code_error.text()
    assert dialog.code_error.isVisible()
    dialog.code.clear()
    qtbot.keyClicks(dialog.code, "510104")
    assert not dialog.code_error.isVisible()
    type_name(dialog, "锦江区民政局")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)  # Enter accepts
    assert (blank_store.role, blank_store.unit_code) == ("county", "510104")
    from swdesk.sync import keys

    assert keys.own(blank_store, keys.ENC) and keys.own(blank_store, keys.SIGN)
    assert workers.count(blank_store) == 0


@pytest.mark.parametrize(
    ("code", "reason"),
    [("51010400", "应为9位数字（县6位 + 乡镇3位）"), ("5101040a1", "应为9位数字")],
)
def test_bad_code_is_explained_and_nothing_is_saved(
    qtbot: QtBot, dialog: FirstRunDialog, blank_store: Store, code: str, reason: str
) -> None:
    qtbot.keyClicks(dialog.code, code)
    type_name(dialog, "某街道")
    assert reason in dialog.code_error.text()
    assert dialog.code_error.isVisible()
    assert not dialog.ok_button.isEnabled()
    dialog.accept()  # even if forced, it refuses
    assert dialog.isVisible()
    assert not blank_store.is_initialized


def test_empty_name_is_explained(qtbot: QtBot, dialog: FirstRunDialog, blank_store: Store) -> None:
    qtbot.keyClicks(dialog.code, "510104001")
    type_name(dialog, "某街道")
    assert dialog.ok_button.isEnabled()
    dialog.name.selectAll()
    qtbot.keyClick(dialog.name, Qt.Key.Key_Backspace)
    assert dialog.name_error.isVisible()
    assert dialog.name_error.text() == "单位名称不能为空。"
    assert not dialog.ok_button.isEnabled()
    assert not blank_store.is_initialized


def test_cancel_leaves_the_file_blank(
    qtbot: QtBot, dialog: FirstRunDialog, blank_store: Store
) -> None:
    with qtbot.waitSignal(dialog.rejected):
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not blank_store.is_initialized
