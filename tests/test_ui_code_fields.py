"""Code fields take digits only: a letter is refused at the keystroke, a pasted code with
spaces, dashes or full-width digits arrives as its digits."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot
from ui_helpers import shown

from swdesk.store import Store
from swdesk.ui.code_fields import DigitsValidator
from swdesk.ui.first_run import FirstRunDialog
from swdesk.ui.sync_page import EnrollDialog
from swdesk.ui.villages_page import VillagesPage

_KEEP: list[object] = []  # the dialogs, alive while a test uses their fields


def code_fields(qtbot: QtBot, store: Store, blank_store: Store) -> list[QLineEdit]:
    """The code field of the villages page, the first-run dialog and the county's enrolment."""
    page = shown(qtbot, VillagesPage(store))
    first = FirstRunDialog(blank_store)
    enroll = EnrollDialog()
    for d in (first, enroll):
        qtbot.addWidget(d)
    _KEEP[:] = [page, first, enroll]
    return [page.code, first.code, enroll.code]


def test_letters_typed_into_a_code_field_are_refused(
    qtbot: QtBot, store: Store, blank_store: Store
) -> None:
    for edit in code_fields(qtbot, store, blank_store):
        qtbot.keyClicks(edit, "5101a04O01x")
        assert edit.text() == "51010401", edit.objectName()


def test_a_pasted_code_keeps_its_digits(qtbot: QtBot, store: Store, blank_store: Store) -> None:
    for edit in code_fields(qtbot, store, blank_store):
        edit.clear()
        edit.insert("５１０１０４ 00-1")  # a township code, as short as the shortest field takes
        assert edit.text() == "510104001"
        edit.clear()
        edit.insert("和平社区")  # not a code at all: nothing goes in
        assert edit.text() == ""


def test_the_village_form_still_adds_a_typed_code(qtbot: QtBot, store: Store) -> None:
    page = shown(qtbot, VillagesPage(store))
    page.clear_form()
    qtbot.keyClicks(page.code, "51010400120x2")
    assert page.code.text() == "510104001202"


@pytest.mark.parametrize(
    ("text", "state", "clean"),
    [
        ("", QValidator.State.Acceptable, ""),
        ("123", QValidator.State.Acceptable, "123"),
        ("12 3", QValidator.State.Acceptable, "123"),
        ("１２３", QValidator.State.Acceptable, "123"),
        ("12a", QValidator.State.Invalid, "12a"),
        ("一二三", QValidator.State.Invalid, "一二三"),
    ],
)
def test_digits_validator(text: str, state: QValidator.State, clean: str) -> None:
    got, out, _pos = DigitsValidator().validate(text, len(text))
    assert (got, out) == (state, clean)
