"""The sign-in dialog (记录签到) says, as the event editor does, when the training's end date
looks wrong for the people on the list: not over yet, before someone's certificate, outside
someone's current period. Said above 保存签到 before saving; a warning, never a refusal."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from ce_people import event, idn, person, records
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from ui_helpers import shown

from swdesk.store import Store, training
from swdesk.ui.attendance_dialog import AttendanceDialog
from swdesk.ui.styles import WARNING_STYLE

DAY = timedelta(days=1)

pytestmark = pytest.mark.usefixtures("clean_qsettings", "boxes")


def open_dialog(qtbot: QtBot, store: Store, end: date) -> AttendanceDialog:
    eid = event(store, title=f"培训 {end.isoformat()}", start=end.isoformat())
    return shown(qtbot, AttendanceDialog(store, eid), (1000, 640))


def add(qtbot: QtBot, dialog: AttendanceDialog, n: int) -> None:
    dialog.id_edit.setFocus()
    qtbot.keyClicks(dialog.id_edit, idn(n))
    qtbot.keyClick(dialog.id_edit, Qt.Key.Key_Return)
    assert dialog.message.text().startswith("已加入")


def warning(dialog: AttendanceDialog) -> str:
    return dialog.date_warning.text() if dialog.date_warning.isVisible() else ""


def test_a_training_ending_after_today_is_questioned_one_ending_today_is_not(
    qtbot: QtBot, store: Store
) -> None:
    today = date.today()
    person(store, 1, "张三", reg=date(today.year - 1, 1, 1))
    on_time = open_dialog(qtbot, store, today)
    assert warning(on_time) == ""
    add(qtbot, on_time, 1)
    assert warning(on_time) == ""

    early = open_dialog(qtbot, store, today + DAY)
    assert warning(early) == (  # said on opening, before anyone is on the list
        f"结束日期 {(today + DAY).isoformat()} 在今天（{today.isoformat()}）之后，"
        "培训还没有结束，请核对日期。"
    )
    add(qtbot, early, 1)
    assert "在今天" in warning(early)
    with qtbot.waitSignal(early.saved):  # a warning, not a refusal
        early.save_button.click()
    assert len(records(store)) == 1


def test_an_end_before_a_certificate_and_outside_a_period_both_edges(
    qtbot: QtBot, store: Store
) -> None:
    today = date.today()
    registered = date(today.year - 7, 3, 1)  # periods of 3 years roll on from here
    zhang = person(store, 1, "张三", reg=registered)
    person(store, 2, "李四", reg=today - 10 * DAY)
    period = training.standing_of(store, zhang, today).period
    assert period is not None and registered < period.start <= today

    inside = open_dialog(qtbot, store, period.start)
    add(qtbot, inside, 1)
    assert warning(inside) == ""
    before = open_dialog(qtbot, store, period.start - DAY)
    assert warning(before) == ""  # nobody on the list yet
    add(qtbot, before, 1)
    assert warning(before) == (
        f"结束日期 {(period.start - DAY).isoformat()} 不在 张三 的本期登记期"
        f"（{period.start.isoformat()} 至 {period.end.isoformat()}）内，学时会计入别的登记期。"
    )
    # the person taken off the list takes the warning with them
    before.table.selectRow(0)
    qtbot.keyClick(before.table, Qt.Key.Key_Delete)
    assert before.table.rowCount() == 0 and warning(before) == ""

    # 李四 was certified ten days ago: on that day counts, the day before does not
    on_the_day = open_dialog(qtbot, store, today - 10 * DAY)
    add(qtbot, on_the_day, 2)
    assert warning(on_the_day) == ""
    too_early = open_dialog(qtbot, store, today - 11 * DAY)
    add(qtbot, too_early, 2)
    add(qtbot, too_early, 1)  # inside 张三's period: only 李四 is named
    assert warning(too_early) == (
        f"结束日期 {(today - 11 * DAY).isoformat()} 早于 李四 取得证书的日期，学时不计入任何登记期。"
    )
    with qtbot.waitSignal(too_early.saved) as saved:
        too_early.save_button.click()
    assert saved.args == [2]


def test_the_warning_sits_just_above_the_save_button_in_the_warning_colour(
    qtbot: QtBot, store: Store
) -> None:
    dialog = open_dialog(qtbot, store, date.today() + DAY)
    label, save = dialog.date_warning, dialog.save_button
    assert label.isVisible() and label.styleSheet() == WARNING_STYLE
    top_of_save = save.mapTo(dialog, save.rect().topLeft()).y()
    bottom_of_label = label.mapTo(dialog, label.rect().bottomLeft()).y()
    assert 0 <= top_of_save - bottom_of_label <= 24
    assert dialog.rect().contains(label.geometry())
    assert label.heightForWidth(label.width()) <= label.height()  # no line cut off
