"""The 绩效考评 page's printing, empty-page guidance and confirmations, through its widgets:
打印 opens a print preview of exactly the sheets the selector shows; an empty page says what to do
first and offers the button; 定稿 and 全部定稿 ask first, 否 being the default."""

from __future__ import annotations

import pytest
from appraisal_fixtures import add_workers
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from test_ui_appraisal import create_round
from ui_helpers import Boxes, shown

from swdesk.store import Store
from swdesk.store import appraisals as A
from swdesk.ui.appraisal_page import AppraisalPage
from swdesk.ui.print_preview import PdfPrintPreview
from swdesk.ui.styles import ERROR_STYLE, SUCCESS_STYLE
from swdesk.ui.widgets import confirmed

POST = "社区社工专业岗位绩效考评"


@pytest.fixture
def page(qtbot: QtBot, store: Store) -> AppraisalPage:
    add_workers(store)
    return shown(qtbot, AppraisalPage(store), (1200, 700))


def show_template(page: AppraisalPage, name: str) -> None:
    page.which.setCurrentIndex(page.which.findText(name, Qt.MatchFlag.MatchStartsWith))


def preview_pages(qtbot: QtBot, page: AppraisalPage) -> int:
    dialog = page.preview_dialog
    assert isinstance(dialog, PdfPrintPreview) and dialog.preview is not None
    qtbot.waitExposed(dialog)
    dialog.preview.updatePreview()
    qtbot.waitUntil(lambda: dialog.preview.pageCount() > 0)
    return dialog.preview.pageCount()


def test_print_all_previews_the_sheets_the_selector_shows(
    qtbot: QtBot, page: AppraisalPage, store: Store, boxes: Boxes
) -> None:
    create_round(qtbot, page)
    rnd = A.require_round(store, 2024)
    assert len(A.round_sheets(store, rnd["id"])) == 3  # two templates in the round
    show_template(page, POST)
    assert "（2 人）" in page.which.currentText() and page.model.rowCount() == 2
    page.print_all()
    # one page a sheet: the preview holds the two shown, not the round's three
    assert page.preview_dialog.page_count() == 2
    assert preview_pages(qtbot, page) == 2
    assert "草稿 — 不能签字" in page.message.text()
    page.preview_dialog.close()
    show_template(page, "社区社会工作者")
    assert page.model.rowCount() == 1
    page.print_all()
    assert preview_pages(qtbot, page) == 1
    page.preview_dialog.close()
    page.view.setCurrentIndex(page.model.index(0, 1))
    page.print_current()
    assert preview_pages(qtbot, page) == 1
    page.preview_dialog.close()


def test_empty_page_says_what_to_do_first_with_the_button(
    qtbot: QtBot, page: AppraisalPage
) -> None:
    assert page.empty_box.isVisible() and "新建考评" in page.empty_hint.text()
    # no grid and no row of disabled buttons on a page with nothing to act on
    assert not page.view.isVisible() and not page.action_bar.isVisible()
    qtbot.mouseClick(page.empty_button, Qt.MouseButton.LeftButton)
    dialog = page.new_round_dialog
    dialog.year.setValue(2024)
    with qtbot.waitSignal(dialog.created):
        dialog.create_round()
    assert not page.empty_box.isVisible()
    assert page.view.isVisible() and page.action_bar.isVisible()


def test_finalize_asks_first_and_says_so_in_green(
    qtbot: QtBot, page: AppraisalPage, store: Store, boxes: Boxes
) -> None:
    create_round(qtbot, page)
    show_template(page, "社区社会工作者")
    row, sh = page.model.rows[0]
    for it in sh.template.items:
        A.set_score(store, row["id"], it.name, it.max)
    page.model.refresh_row(0)
    page.view.setCurrentIndex(page.model.index(0, 1))
    boxes.answer = QMessageBox.StandardButton.No
    page.finalize_current()
    assert "定稿后" in boxes.texts("question")[-1] and page.model.state(0) == "draft"
    boxes.answer = QMessageBox.StandardButton.Yes
    page.finalize_current()
    assert page.model.state(0) == "finalized"
    assert page.message.text() == "已定稿，可以打印签字。"
    assert page.message.styleSheet() == SUCCESS_STYLE != ERROR_STYLE


def test_finalize_all_asks_first(
    qtbot: QtBot, page: AppraisalPage, store: Store, boxes: Boxes
) -> None:
    create_round(qtbot, page)
    rnd = A.require_round(store, 2024)
    for row, sh in A.round_sheets(store, rnd["id"]):
        for it in sh.template.items:
            A.set_score(store, row["id"], it.name, it.max)
    page.reload()
    boxes.answer = QMessageBox.StandardButton.No
    page.finalize_all()
    states = {r["state"] for r, _ in A.round_sheets(store, rnd["id"])}
    assert "全部定稿" in boxes.texts("question")[-1] and states == {"draft"}
    boxes.answer = QMessageBox.StandardButton.Yes
    page.finalize_all()
    assert {r["state"] for r, _ in A.round_sheets(store, rnd["id"])} == {"finalized"}


def test_enter_on_a_confirmation_answers_no(qtbot: QtBot) -> None:
    seen: list[bool] = []

    def press_enter() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.defaultButton() is box.button(QMessageBox.StandardButton.No))
        qtbot.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(0, press_enter)
    assert not confirmed(None, "全部定稿", "要全部定稿吗？")
    assert seen == [True]
