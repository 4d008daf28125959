"""登记记录 in the worker file: the records listed, added, changed and deleted with the mouse,
a refused one explained in the dialog, and the certificate's 登记日期 following its 首次登记."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot
from test_ui_editor import open_editor

from swdesk.core.idnumber import make_id_number
from swdesk.store import Store, workers
from swdesk.store import registrations as store_reg
from swdesk.ui.registrations_section import RegistrationDialog, RegistrationsSection

A2 = "助理社会工作师"


@pytest.fixture
def worker(store: Store) -> str:
    return workers.create(
        store,
        {"name": "登记人", "id_number": make_id_number("510104", date(1980, 1, 1), 1)},
        [{"level": A2, "obtained_date": "2020-12-01", "registration_date": "2021-03-01"}],
    )


def cells(section: RegistrationsSection) -> list[list[str]]:
    t = section.table
    return [
        [t.item(r, c).text() for c in range(t.columnCount())]  # type: ignore[union-attr]
        for r in range(t.rowCount())
    ]


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def pick_row(qtbot: QtBot, section: RegistrationsSection, row: int) -> None:
    view: QAbstractItemView = section.table
    rect = view.visualRect(view.model().index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert section.selected() is section.rows[row]


def save(qtbot: QtBot, dialog: RegistrationDialog, expect_saved: bool = True) -> None:
    button = dialog.form.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    if expect_saved:
        with qtbot.waitSignal(dialog.saved):
            click(qtbot, button)
    else:
        click(qtbot, button)


def test_the_records_are_listed_added_and_changed(
    store: Store, worker: str, qtbot: QtBot, boxes: Any
) -> None:
    editor = open_editor(qtbot, store, worker)
    section = editor.registrations
    assert cells(section) == [[A2, "首次登记", "2021-03-01", "2024-02-29", "已出证", ""]]
    # a 再登记 from the system's screen, still 待审核
    click(qtbot, section.form.addButton)
    dialog = section.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.form.kindCombo.currentData() == "再登记"  # a 首次登记 exists already
    dialog.form.fromEdit.setDate(QDate(2024, 3, 1))
    dialog.form.stateCombo.setCurrentIndex(dialog.form.stateCombo.findData("待审核"))
    qtbot.keyClicks(dialog.form.numberEdit, "0012024")
    with qtbot.waitSignal(editor.saved):
        save(qtbot, dialog)
    assert cells(section)[-1] == [A2, "再登记", "2024-03-01", "2027-02-28", "待审核", "0012024"]
    assert "不计入" in section.table.item(1, 4).toolTip()  # type: ignore[union-attr]
    # the 首次登记 moved: the certificate's 登记日期 follows, and the file is not "changed"
    pick_row(qtbot, section, 0)
    click(qtbot, section.form.editButton)
    dialog = section.dialog
    assert dialog is not None
    dialog.form.fromEdit.setDate(QDate(2021, 4, 1))
    save(qtbot, dialog)
    assert workers.certificates(store, worker)[0]["registration_date"] == "2021-04-01"
    assert editor.certs.values()[0][1]["registration_date"] == "2021-04-01"
    assert not editor.is_dirty()
    assert cells(section)[0][2] == "2021-04-01"


def test_a_refused_registration_says_why_and_changes_nothing(
    store: Store, worker: str, qtbot: QtBot, boxes: Any
) -> None:
    editor = open_editor(qtbot, store, worker)
    section = editor.registrations
    before = store_reg.for_worker(store, worker)
    click(qtbot, section.form.addButton)
    dialog = section.dialog
    assert dialog is not None
    dialog.form.kindCombo.setCurrentIndex(dialog.form.kindCombo.findData("首次登记"))
    dialog.form.fromEdit.setDate(QDate(2022, 1, 1))
    save(qtbot, dialog, expect_saved=False)
    assert dialog.isVisible()
    assert "已有一条首次登记（2021-03-01 起）" in dialog.form.errorLabel.text()
    assert dialog.form.errorLabel.isVisible()
    # an end before the start
    dialog.form.kindCombo.setCurrentIndex(dialog.form.kindCombo.findData("再登记"))
    dialog.form.untilEdit.setDate(QDate(2021, 12, 31))
    save(qtbot, dialog, expect_saved=False)
    assert "早于有效期起 2022-01-01" in dialog.form.errorLabel.text()
    assert store_reg.for_worker(store, worker) == before


def test_delete_asks_and_takes_the_certificate_date_along(
    store: Store, worker: str, qtbot: QtBot, boxes: Any
) -> None:
    editor = open_editor(qtbot, store, worker)
    section = editor.registrations
    pick_row(qtbot, section, 0)
    with qtbot.waitSignal(section.changed):
        click(qtbot, section.form.deleteButton)
    assert "2021-03-01 起的这条首次登记" in boxes.texts("question")[-1]
    assert cells(section) == [] and "还没有登记记录" in section.form.hint.text()
    assert workers.certificates(store, worker)[0]["registration_date"] is None
    assert editor.certs.values()[0][1]["registration_date"] is None


def test_unsaved_certificate_edits_come_first(
    store: Store, worker: str, qtbot: QtBot, boxes: Any
) -> None:
    editor = open_editor(qtbot, store, worker)
    section = editor.registrations
    row = editor.certs.rows()[0]
    row.registered.set_value("2021-05-01")
    click(qtbot, section.form.addButton)
    assert section.dialog is None
    assert "证书有未保存的修改" in section.form.hint.text()
    assert len(store_reg.for_worker(store, worker)) == 1


def test_a_new_file_shows_the_section_once_saved(store: Store, qtbot: QtBot, boxes: Any) -> None:
    editor = open_editor(qtbot, store, None)
    assert not editor.registrations.isVisible()
    assert editor.registrations.guard() == "请先保存档案，再记录登记。"
    editor.name_edit.setText("新人")
    editor.id_edit.setText(make_id_number("510104", date(1980, 1, 2), 2))
    wid = editor._write()
    editor.load_worker(wid)
    assert editor.registrations.isVisible() and editor.registrations.guard() is None


def test_states_and_kinds_read_in_english(
    store: Store, worker: str, qtbot: QtBot, boxes: Any, english: None
) -> None:
    editor = open_editor(qtbot, store, worker)
    section = editor.registrations
    assert section.title() == "Registrations"
    assert cells(section)[0][1:5] == [
        "First Registration", "2021-03-01", "2024-02-29", "Certificate Issued",
    ]  # fmt: skip
    click(qtbot, section.form.addButton)
    dialog = section.dialog
    assert dialog is not None and dialog.windowTitle() == "Add Registration"
    assert dialog.form.stateCombo.currentText() == "Certificate Issued"
