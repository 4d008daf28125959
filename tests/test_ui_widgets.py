"""The small widget set-ups pages and dialogs share: action buttons, their row, the 是/否
question and a form's button box."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QTableView,
)
from pytestqt.qtbot import QtBot

from swdesk.ui.widgets import button, button_row, confirmed, long_list, wire_buttons


def test_button_runs_its_action_and_shows_its_tip(qtbot: QtBot) -> None:
    pressed: list[int] = []
    b = button("删除…", lambda: pressed.append(1), "删除选中的记录")
    qtbot.addWidget(b)
    assert (b.text(), b.toolTip()) == ("删除…", "删除选中的记录")
    qtbot.mouseClick(b, Qt.MouseButton.LeftButton)
    assert pressed == [1]
    assert button("导出…", lambda: None).toolTip() == ""


def test_button_row_keeps_the_order_and_leaves_the_rest_empty(qtbot: QtBot) -> None:
    first, second = QLabel("甲"), QLabel("乙")
    row = button_row(first, second)
    assert [row.itemAt(i).widget() for i in range(2)] == [first, second]
    assert row.count() == 3 and row.itemAt(2).spacerItem() is not None
    for w in (first, second):
        qtbot.addWidget(w)


def test_confirmed_is_true_only_for_yes(boxes: Any) -> None:
    assert confirmed(None, "删除培训", "确定删除吗？")
    boxes.answer = QMessageBox.StandardButton.No
    assert not confirmed(None, "删除培训", "确定删除吗？")
    assert boxes.calls == [("question", "删除培训", "确定删除吗？")] * 2


def test_wire_buttons_names_and_connects_save_or_ok(qtbot: QtBot) -> None:
    heard: list[str] = []
    for which in (QDialogButtonBox.StandardButton.Save, QDialogButtonBox.StandardButton.Ok):
        dialog = QDialog()
        qtbot.addWidget(dialog)
        box = QDialogButtonBox(which | QDialogButtonBox.StandardButton.Cancel, dialog)
        ok = wire_buttons(
            box, "保存", lambda: heard.append("ok"), "取消", lambda: heard.append("cancel")
        )
        assert ok is box.button(which)
        assert ok.text() == "保存"
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(
            box.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton
        )
    assert heard == ["ok", "cancel"] * 2


def test_long_list_is_one_line_a_row_picked_whole(qtbot: QtBot) -> None:
    view = QTableView()
    qtbot.addWidget(view)
    long_list(view)
    assert view.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows
    assert view.selectionMode() == QAbstractItemView.SelectionMode.SingleSelection
    assert not view.wordWrap()
    assert not view.verticalHeader().isVisibleTo(view)
    assert view.verticalHeader().defaultSectionSize() == view.fontMetrics().height() + 10
    assert not view.horizontalHeader().highlightSections()
