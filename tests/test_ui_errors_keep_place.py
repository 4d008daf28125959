"""Showing a refusal moves nothing in the certificate table, the registrations section and its
dialog, the allowance rules tab and dialogs and the training costs dialog: their error labels
keep their line while hidden (``stable_errors.hold_error``), so a click aimed at the button
under a reason still lands on it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import QDate, QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QWidget
from pytestqt.qtbot import QtBot
from test_ui_allowance_rules_tab import (  # noqa: F401  (file, tabs: its fixtures, asked for by name)
    AMOUNT,
    ASSISTANT_ROW,
    _tab,
    edit_and_wait,
    file,
    tabs,
    type_cell,
)
from test_ui_editor import open_editor
from test_ui_registrations import save, worker  # noqa: F401  (worker: its fixture, asked for by name)
from test_ui_training_costs import TODAY, _two_attended, _type
from ui_helpers import shown

from swdesk.store import Store, training
from swdesk.store import allowances as store_al
from swdesk.ui import screen_fit
from swdesk.ui.allowance_dialogs import AdjustDialog
from swdesk.ui.stable_errors import keeps_place
from swdesk.ui.training_costs_dialog import TrainingCostsDialog


def y_of(widget: QWidget) -> int:
    QApplication.processEvents()  # let the layouts settle
    return widget.mapTo(widget.window(), QPoint(0, 0)).y()


def stays_put(error: QLabel, below: list[QWidget], refuse: Callable[[], object]) -> None:
    """``refuse`` shows a reason in ``error``; nothing in ``below`` moves."""
    assert keeps_place(error) and not error.isVisible()
    before = [y_of(w) for w in below]
    refuse()
    assert error.isVisible() and error.text()
    assert [y_of(w) for w in below] == before


@pytest.fixture
def wide_screen(monkeypatch: pytest.MonkeyPatch) -> None:
    """Dialogs open as wide as they want (one line for each reason)."""
    monkeypatch.setattr(screen_fit, "available_for", lambda _w: QRect(0, 0, 1366, 728))


def test_certificate_reasons_move_nothing(
    qtbot: QtBot, store: Store, wide_screen: None, request: pytest.FixtureRequest
) -> None:
    editor = open_editor(qtbot, store, request.getfixturevalue("worker"))
    error = editor.findChild(QLabel, "certError")
    row = editor.certs.rows()[0]

    def refuse() -> None:
        row.registered.set_value("2019-01-01")  # before it was obtained
        qtbot.mouseClick(editor.button_box.buttons()[0], Qt.MouseButton.LeftButton)

    below = [editor.add_cert_button, editor.registrations, editor.button_box]
    stays_put(error, below, refuse)
    assert "登记日期早于取得日期" in error.text()
    editor.done(0)


def test_registration_refusals_move_nothing(
    qtbot: QtBot, store: Store, wide_screen: None, request: pytest.FixtureRequest
) -> None:
    editor = open_editor(qtbot, store, request.getfixturevalue("worker"))
    section = editor.registrations
    section.guard = lambda: "请先保存证书的修改，再改登记。"
    stays_put(
        section.form.hint,
        [section.table, section.form.addButton, editor.button_box],
        lambda: qtbot.mouseClick(section.form.addButton, Qt.MouseButton.LeftButton),
    )
    assert section.form.hint.text() == "请先保存证书的修改，再改登记。"
    section.guard = lambda: None
    qtbot.mouseClick(section.form.addButton, Qt.MouseButton.LeftButton)
    dialog = section.dialog
    assert dialog is not None
    dialog.form.kindCombo.setCurrentIndex(dialog.form.kindCombo.findData("再登记"))
    dialog.form.fromEdit.setDate(QDate(2022, 1, 1))
    dialog.form.untilEdit.setDate(QDate(2021, 12, 31))
    stays_put(
        dialog.form.errorLabel,
        [dialog.form.buttonBox, dialog.form.noteEdit],
        lambda: save(qtbot, dialog, expect_saved=False),
    )
    assert "早于有效期起 2022-01-01" in dialog.form.errorLabel.text()
    dialog.reject()
    editor.done(0)


def test_allowance_rules_refusal_moves_nothing(
    qtbot: QtBot, request: pytest.FixtureRequest
) -> None:
    payroll: Store = request.getfixturevalue("file")
    tab = _tab(qtbot, payroll, request.getfixturevalue("tabs"))
    stays_put(
        tab.error,
        [tab.save_button, tab.preview_label],
        lambda: edit_and_wait(
            qtbot, tab, lambda: type_cell(qtbot, tab.amounts, ASSISTANT_ROW, AMOUNT, "-5")
        ),
    )
    assert "不能是负数" in tab.error.text()


def test_allowance_adjust_refusal_moves_nothing(
    qtbot: QtBot, wide_screen: None, request: pytest.FixtureRequest
) -> None:
    payroll: Store = request.getfixturevalue("file")
    store_al.compute_run(payroll, date(2026, 1, 1))
    run = store_al.find_run(payroll, date(2026, 1, 1))
    assert run is not None
    dialog = shown(qtbot, AdjustDialog(payroll, run))
    buttons = dialog.findChild(QDialogButtonBox)
    save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
    stays_put(
        dialog.error,
        [buttons, dialog.reason],
        lambda: qtbot.mouseClick(save_button, Qt.MouseButton.LeftButton),
    )
    assert "请先在名单里选中" in dialog.error.text()


def test_training_costs_refusal_moves_nothing(
    qtbot: QtBot, store: Store, wide_screen: None
) -> None:
    eid = _two_attended(store)
    dialog = shown(qtbot, TrainingCostsDialog(store, training.get_event(store, eid), today=TODAY))

    def refuse() -> None:
        _type(qtbot, dialog.amount, "-20")
        dialog.save()

    stays_put(dialog.error, [dialog.save_button, dialog.totals, dialog.view], refuse)
    assert "应大于 0" in dialog.error.text()
