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


def _pushed_row(qtbot: QtBot) -> tuple[QWidget, FlowLayout, list[QPushButton], list[QPushButton]]:
    """Two buttons at the left, a stretch, two at the right (as the 考试报名 page's top row)."""
    top = QWidget()
    qtbot.addWidget(top)
    layout = FlowLayout(top)
    layout.setContentsMargins(0, 0, 0, 0)
    left = [QPushButton(f"左边按钮{i}") for i in range(2)]
    right = [QPushButton(f"右边按钮{i}") for i in range(2)]
    for b in left:
        layout.addWidget(b)
    layout.addStretch(1)
    for b in right:
        layout.addWidget(b)
    top.show()
    qtbot.waitExposed(top)
    return top, layout, left, right


def _lay_out(top: QWidget, layout: FlowLayout, width: int) -> None:
    top.resize(width, layout.heightForWidth(width))
    QApplication.processEvents()


def test_buttons_after_a_stretch_sit_at_the_right_of_a_wide_row(qtbot: QtBot) -> None:
    top, layout, left, right = _pushed_row(qtbot)
    wide = layout.sizeHint().width() + 300
    _lay_out(top, layout, wide)
    assert len({b.y() for b in left + right}) == 1  # one line
    assert left[0].x() == 0 and left[1].x() < right[0].x() - 300
    assert right[-1].geometry().right() == wide - 1


def test_buttons_after_a_stretch_stay_at_the_right_once_wrapped(qtbot: QtBot) -> None:
    top, layout, left, right = _pushed_row(qtbot)
    # room for the two right buttons side by side, not for all four
    width = sum(b.sizeHint().width() for b in right) + 6 + 40
    _lay_out(top, layout, width)
    assert right[0].y() == right[1].y() > left[0].y()  # they wrapped onto a line of their own
    assert right[-1].geometry().right() == width - 1  # still flush right
    assert left[0].x() == 0  # and what was at the left stays at the left


def test_the_last_button_wrapped_alone_after_a_stretch_stays_at_the_right(qtbot: QtBot) -> None:
    top, layout, left, right = _pushed_row(qtbot)
    # room for three buttons: the last one wraps onto a line of its own
    width = sum(b.sizeHint().width() for b in [*left, right[0]]) + 3 * 6 + 10
    _lay_out(top, layout, width)
    assert right[0].y() == left[0].y() < right[1].y()
    assert right[0].geometry().right() == width - 1
    assert right[1].geometry().right() == width - 1


def test_a_row_ending_in_a_stretch_stays_left_aligned_when_wrapped(qtbot: QtBot) -> None:
    top, layout, buttons, _search = _row(qtbot)
    narrow = buttons[0].sizeHint().width() * 2 + 20
    _lay_out(top, layout, narrow)
    lines: dict[int, list[QPushButton]] = {}
    for b in buttons:
        lines.setdefault(b.y(), []).append(b)
    assert all(line[0].x() == 0 for y, line in lines.items() if y > _search.y())


def test_height_for_a_width_is_remembered_until_the_items_change(qtbot: QtBot) -> None:
    """Qt asks for the same width many times per layout pass; the answer is kept, and a change
    of any item (a longer text, a hidden or added widget) is answered afresh."""
    _top, layout, buttons, _search = _row(qtbot)
    narrow = buttons[0].sizeHint().width() * 2 + 20
    before = layout.heightForWidth(narrow)
    calls: list[int] = []
    real = layout._arrange

    def counted(rect: object, move: bool) -> int:
        calls.append(1)
        return real(rect, move)  # type: ignore[arg-type]

    layout._arrange = counted  # type: ignore[method-assign]
    assert layout.heightForWidth(narrow) == before
    assert calls == []  # remembered
    # Each button as wide as the row: one line per button, so more height.
    for b in buttons:
        b.setText("很长的按钮文字" * 3)
    assert layout.heightForWidth(narrow) > before
    assert calls  # worked out again
    grown = layout.heightForWidth(narrow)
    for b in buttons[1:]:
        b.setVisible(False)
    assert layout.heightForWidth(narrow) < grown
    shrunk = layout.heightForWidth(narrow)
    layout.addWidget(QPushButton("又一个很长的按钮文字" * 3))
    QApplication.processEvents()  # Qt shows a widget added to a shown window from the loop
    assert layout.heightForWidth(narrow) > shrunk
