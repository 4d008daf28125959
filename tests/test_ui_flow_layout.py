"""A wrapping row: side by side when there is room, on further lines when there is not."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from swdesk.ui.flow_layout import FlowLayout


def _row(qtbot: QtBot) -> tuple[QWidget, FlowLayout, list[QPushButton], QLineEdit]:
    top = QWidget()
    qtbot.addWidget(top)
    layout = FlowLayout(top)
    layout.setContentsMargins(0, 0, 0, 0)
    search = QLineEdit()
    layout.addWidget(search)
    buttons = [QPushButton(f"按钮{i}") for i in range(4)]
    for b in buttons:
        layout.addWidget(b)
    layout.addStretch(1)
    top.show()
    qtbot.waitExposed(top)
    return top, layout, buttons, search


def test_a_wide_row_keeps_one_line_and_the_search_box_takes_the_spare_room(qtbot: QtBot) -> None:
    top, layout, buttons, search = _row(qtbot)
    wide = layout.sizeHint().width() + 300
    top.resize(wide, layout.heightForWidth(wide))
    QApplication.processEvents()
    assert all(b.y() < search.geometry().bottom() for b in buttons)  # one line
    assert search.width() > search.sizeHint().width()
    assert buttons[-1].geometry().right() <= wide


def test_a_narrow_row_wraps_and_every_button_keeps_its_full_width(qtbot: QtBot) -> None:
    top, layout, buttons, _search = _row(qtbot)
    narrow = buttons[0].sizeHint().width() * 2 + 20
    assert layout.minimumSize().width() < narrow
    top.resize(narrow, layout.heightForWidth(narrow))
    QApplication.processEvents()
    assert len({b.y() for b in buttons}) >= 2
    assert all(b.width() >= b.sizeHint().width() for b in buttons)
    assert all(b.geometry().right() < narrow for b in buttons)
    assert layout.heightForWidth(narrow) > layout.heightForWidth(narrow * 10)
