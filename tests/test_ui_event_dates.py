"""The event editor says (and does not refuse) an end date that looks wrong for the people
recorded at the event: in the future, before a certificate, outside a current period."""

from __future__ import annotations

from datetime import date, timedelta

from ce_people import event, person
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from swdesk.store import Store, training
from swdesk.ui.date_input import to_qdate
from swdesk.ui.event_editor import EventEditor

DAY = timedelta(days=1)


def open_editor(qtbot: QtBot, store: Store, event_id: str | None) -> EventEditor:
    editor = EventEditor(store, event_id)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def set_end(editor: EventEditor, d: date) -> str:
    """Put the end date on ``d`` (the start with it when later) and read the warning shown."""
    if editor.start_date.date() > to_qdate(d):
        editor.start_date.setDate(to_qdate(d))
    editor.end_date.setDate(to_qdate(d))
    assert editor.end_date.date() == to_qdate(d)
    return editor.date_warning.text() if editor.date_warning.isVisible() else ""


def test_a_new_event_in_the_future_is_questioned_and_still_saves(
    qtbot: QtBot, store: Store
) -> None:
    editor = open_editor(qtbot, store, None)
    today = date.today()
    assert set_end(editor, today) == ""
    assert "在今天" in set_end(editor, today + DAY)
    editor.title.setText("Future training")
    editor.hours.setValue(3)
    with qtbot.waitSignal(editor.saved):
        editor.save_button.click()  # a warning, not a refusal
    (row,) = training.list_events(store)
    assert row["end_date"] == (today + DAY).isoformat()


def test_an_attendees_period_and_certificate_edges(qtbot: QtBot, store: Store) -> None:
    today = date.today()
    registered = date(today.year - 7, 3, 1)  # periods of 3 years roll on from here
    zhang = person(store, 1, "张三", reg=registered)
    eid = event(store, start=today.isoformat())
    training.attend(store, eid, [zhang])
    period = training.standing_of(store, zhang, today).period
    assert period is not None and registered < period.start <= today
    editor = open_editor(qtbot, store, eid)
    assert not editor.date_warning.isVisible()  # today, inside the period

    assert set_end(editor, period.start) == ""
    before = set_end(editor, period.start - DAY)
    assert "张三 的本期登记期" in before and period.start.isoformat() in before

    on_the_day = set_end(editor, registered)  # certified that day: an older period of his
    assert "本期登记期" in on_the_day and "取得证书" not in on_the_day
    too_early = set_end(editor, registered - DAY)
    assert "张三 取得证书" in too_early and "本期登记期" not in too_early

    editor.start_date.setDate(QDate(today.year, today.month, today.day))
    editor.end_date.setDate(to_qdate(period.start - DAY))
    editor.end_date.setDate(to_qdate(today))
    assert not editor.date_warning.isVisible()
    with qtbot.waitSignal(editor.saved):
        editor.save_button.click()
