"""The 培训费用 dialog from the training page: each attendee's cost, payer and state, typed and
saved one person at a time; bad input says why and saves nothing."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from ce_people import VILLAGE, event, person
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot
from ui_helpers import shown, type_chinese

from swdesk.core import training_cost as tc
from swdesk.store import Store, training
from swdesk.store import training_costs as costs
from swdesk.ui.training_costs_dialog import TrainingCostsDialog
from swdesk.ui.training_page import TrainingPage

pytestmark = pytest.mark.usefixtures("clean_qsettings")
TODAY = date(2026, 4, 1)


def _two_attended(store: Store) -> str:
    eid = event(store)
    training.attend(store, eid, [person(store, 1, village=VILLAGE), person(store, 2)])
    return eid


def _type(qtbot: QtBot, edit: Any, text: str) -> None:
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def test_the_page_opens_the_selected_events_costs(qtbot: QtBot, store: Store) -> None:
    eid = _two_attended(store)
    page = shown(qtbot, TrainingPage(store), (1100, 700))
    assert page.select_event(eid) and page.costs_button.isEnabled()
    page.costs_button.click()
    dialog = page.dialog
    assert isinstance(dialog, TrainingCostsDialog)
    qtbot.waitExposed(dialog)
    assert dialog.model.rowCount() == 2
    assert dialog.width() <= 900  # a narrow dialog of its own


def test_a_cost_typed_saved_and_marked_reimbursed(qtbot: QtBot, store: Store) -> None:
    eid = _two_attended(store)
    dialog = shown(qtbot, TrainingCostsDialog(store, training.get_event(store, eid), today=TODAY))
    assert dialog.model.rowCount() == 2 and dialog.amount.text() == ""
    assert "0 人已记费用" in dialog.totals.text()
    first = dialog.selected()
    assert first is not None
    _type(qtbot, dialog.amount, "380.5")
    with qtbot.waitSignal(dialog.changed):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    (row,) = costs.list_costs(store, eid)
    assert (row["worker_id"], row["amount_fen"], row["payer"], row["state"]) == (
        first["worker_id"],
        38050,
        tc.PAYER_UNIT,
        tc.COST_UNPAID,
    )
    assert dialog.model.index(0, 2).data() == "380.50"
    assert "1 人已记费用；未报销 380.50 元" in dialog.totals.text()

    assert not dialog.reimbursed.isEnabled()
    dialog.state.setCurrentIndex(dialog.state.findData(tc.COST_REIMBURSED))
    assert dialog.reimbursed.isEnabled()
    dialog.reimbursed.setDate(QDate(2026, 3, 20))
    assert dialog.payer.text() == tc.PAYER_UNIT  # as saved
    dialog.payer.setFocus()
    dialog.payer.selectAll()
    type_chinese(dialog.payer, "和平社区")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    (row,) = costs.list_costs(store, eid)
    assert (row["state"], row["reimbursed_on"], row["payer"]) == (
        tc.COST_REIMBURSED,
        "2026-03-20",
        "和平社区",
    )
    assert dialog.model.index(0, 4).data() == "已报销"

    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert costs.list_costs(store, eid) == []
    assert dialog.model.index(0, 2).data() == ""


def test_bad_input_says_why_and_saves_nothing(qtbot: QtBot, store: Store) -> None:
    eid = _two_attended(store)
    dialog = shown(qtbot, TrainingCostsDialog(store, training.get_event(store, eid), today=TODAY))
    n_audit = store.scalar("SELECT COUNT(*) FROM audit_log")
    for text, why in (("-20", "应大于 0"), ("", "培训费用"), ("abc", "培训费用")):
        _type(qtbot, dialog.amount, text)
        assert not dialog.save()
        assert dialog.error.isVisible() and why in dialog.error.text(), text
    assert costs.list_costs(store, eid) == []
    assert store.scalar("SELECT COUNT(*) FROM audit_log") == n_audit


def test_cost_model_passes_the_model_tester(qtmodeltester: Any, store: Store) -> None:
    eid = _two_attended(store)
    costs.set_cost(store, eid, training.attendees(store, eid)[0]["worker_id"], 10)
    dialog = TrainingCostsDialog(store, training.get_event(store, eid), today=TODAY)
    qtmodeltester.check(dialog.model)
    dialog.deleteLater()
