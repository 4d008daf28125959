"""The exam rules' combo boxes in English on a 1024 px screen: a text longer than its box
ends in "…" with the whole text in the tooltip, instead of being clipped mid-letter."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from swdesk.store import Store
from swdesk.ui.eliding_combo import ElidingCombo
from swdesk.ui.exam_dialogs import RulesDialog

pytestmark = pytest.mark.usefixtures("clean_qsettings")


def combos_showing(dialog: RulesDialog, text: str) -> list[ElidingCombo]:
    found = []
    for r in range(dialog.table.rowCount()):
        for c in range(dialog.table.columnCount()):
            w = dialog.table.cellWidget(r, c)
            if isinstance(w, ElidingCombo) and w.currentText() == text:
                found.append(w)
    return found


def test_a_long_choice_elides_in_a_narrow_dialog_and_shows_whole_in_a_wide_one(
    qtbot: QtBot, store: Store, english: None
) -> None:
    dialog = RulesDialog(store)
    qtbot.addWidget(dialog)
    dialog.resize(820, 640)  # what a 1024×700 screen leaves it
    dialog.show()
    qtbot.waitExposed(dialog)
    (combo, *_) = combos_showing(dialog, "Junior College Diploma")
    assert isinstance(combo, QComboBox)  # the dialog reads it as any combo box
    qtbot.waitUntil(lambda: combo.width() < combo.sizeHint().width())
    shown = combo.shown_text()
    assert shown.endswith("…") and "Junior College Diploma".startswith(shown[:-1])
    assert combo.fontMetrics().horizontalAdvance(shown) < combo.width()
    assert combo.toolTip() == "Junior College Diploma"

    dialog.resize(1500, 640)
    qtbot.waitUntil(lambda: combo.width() >= combo.sizeHint().width())
    assert combo.shown_text() == "Junior College Diploma"
    # choosing another item: its tooltip follows
    combo.setCurrentIndex((combo.currentIndex() + 1) % combo.count())
    assert combo.toolTip() == combo.currentText() != "Junior College Diploma"
