"""学时证明 and the allowance 签领表 are seen before they are printed or saved: 打印… writes the
PDF to the print folder and opens the print preview on its pages (the page count of the preview
is the PDF's); 保存 PDF… in the preview's toolbar keeps exactly those pages where the clerk says
and answers where; nothing is handed to a system viewer."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from ce_people import OTHER_VILLAGE, VILLAGE, person
from PySide6.QtCore import QDate, Qt, QUrl
from PySide6.QtWidgets import QFileDialog, QToolBar
from pytestqt.qtbot import QtBot
from test_allowance_runs import make_file
from test_payroll_files import pdf_text
from test_ui_appraisal import opened  # noqa: F401  (the fixture: openUrl recorded)
from ui_helpers import Boxes, shown

from swdesk.store import Store, open_store, training
from swdesk.ui.allowance_page import AllowancePage
from swdesk.ui.ledger_dialog import LedgerDialog
from swdesk.ui.pdf_preview_save import SavingPdfPreview
from swdesk.ui.print_preview import page_image
from swdesk.ui.training_page import TrainingPage

TODAY = date.today()


@pytest.fixture(autouse=True)
def nothing_handed_to_a_viewer(request: pytest.FixtureRequest) -> Iterator[None]:
    """Every sheet here is seen in the app's preview, never handed to a PDF reader."""
    handed: list[QUrl] = request.getfixturevalue("opened")
    yield
    assert handed == []


def save_as(monkeypatch: pytest.MonkeyPatch, path: Path | None) -> None:
    chosen = ("", "") if path is None else (str(path), "")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: chosen))


def rendered_pages(qtbot: QtBot, dialog: SavingPdfPreview) -> int:
    """Pages the preview laid out (painted through the printer, as printing will)."""
    qtbot.waitExposed(dialog)
    dialog.preview.updatePreview()
    qtbot.waitUntil(lambda: dialog.preview.pageCount() > 0)
    return int(dialog.preview.pageCount())


def check_preview(
    qtbot: QtBot, dialog: SavingPdfPreview | None, tmp_path: Path, names: list[str]
) -> str:
    """The preview shows every page of its PDF, each name on a page; returns the PDF's text."""
    assert isinstance(dialog, SavingPdfPreview) and dialog.isVisible()
    text, pages = pdf_text(tmp_path, dialog.pdf.read_bytes(), "previewed.pdf")
    assert pages >= 1 and dialog.page_count() == pages
    assert rendered_pages(qtbot, dialog) == pages
    for name in names:
        assert name in text
    toolbar = dialog.findChild(QToolBar)
    assert toolbar is not None and dialog.save_action in toolbar.actions()
    assert_printed_on_white(dialog)
    return text


def assert_printed_on_white(dialog: SavingPdfPreview) -> None:
    """What goes to the printer: white paper with dark print (QtPdf renders onto transparency,
    which must not turn into black pages)."""
    for page in range(dialog.page_count()):
        image = page_image(dialog.document, page, 40)
        greys = [
            image.pixelColor(x, y).value()
            for x in range(0, image.width(), 3)
            for y in range(0, image.height(), 3)
        ]
        white = sum(g > 240 for g in greys)
        dark = sum(g < 100 for g in greys)
        assert white > 0.8 * len(greys) and dark > 0, (page, white, dark, len(greys))


def save_from_preview(dialog: SavingPdfPreview, monkeypatch: pytest.MonkeyPatch, out: Path) -> None:
    save_as(monkeypatch, out.with_suffix(""))  # the suffix is added when left out
    assert dialog.save_action.isEnabled()
    dialog.save_action.trigger()
    assert out.read_bytes() == dialog.pdf.read_bytes()
    assert dialog.saved_box is not None and str(out) in dialog.saved_box.text()


# -- 学时证明 --------------------------------------------------------------------------------
def test_a_workers_transcript_is_previewed_then_saved(
    qtbot: QtBot,
    store: Store,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    wid = person(store, 1, "张三", reg=TODAY - timedelta(days=400))
    training.add_record(
        store, wid, {"title": "网络课程", "end_date": TODAY - timedelta(days=30), "hours": 36}
    )
    d = shown(qtbot, LedgerDialog(store, wid))
    assert d.print_transcript_button.text() == "打印学时证明…"
    d.print_transcript_button.click()
    dialog = d.preview_dialog
    text = check_preview(qtbot, dialog, tmp_path, ["张三", "网络课程"])
    assert text.count("继续教育学时证明") == 1
    assert dialog is not None and "继续教育学时证明_张三" in dialog.windowTitle()
    save_as(monkeypatch, None)  # the clerk cancels the save: nothing written, preview stays
    dialog.save_action.trigger()
    assert dialog.saved_box is None and dialog.isVisible()
    save_from_preview(dialog, monkeypatch, tmp_path / "证明.pdf")


def test_a_villages_transcripts_are_one_preview_of_every_person(
    qtbot: QtBot,
    store: Store,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for n, name in enumerate(("张三", "李四", "王五"), start=1):
        person(store, n, name, reg=TODAY - timedelta(days=400))
    person(store, 4, "赵六", reg=TODAY - timedelta(days=400), village=OTHER_VILLAGE)
    page = shown(qtbot, TrainingPage(store))
    page.village_transcripts(VILLAGE)
    dialog = page.preview_dialog
    text = check_preview(qtbot, dialog, tmp_path, ["张三", "李四", "王五"])
    assert "赵六" not in text and dialog is not None and dialog.page_count() == 3
    save_from_preview(dialog, monkeypatch, tmp_path / "本村.pdf")


# -- 签领表 ----------------------------------------------------------------------------------
@pytest.fixture
def allowance_file(tmp_path: Path) -> Iterator[Store]:
    with open_store(make_file(tmp_path / "swdesk.db"), daily_backup=False) as s:
        yield s


def test_the_signing_sheet_is_previewed_then_saved(
    qtbot: QtBot,
    allowance_file: Store,
    boxes: Boxes,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = shown(qtbot, AllowancePage(allowance_file), (1200, 700))
    page.month.setDate(QDate(2026, 1, 1))
    page.months.setValue(3)
    assert not page.print_sign_button.isEnabled()  # no payroll yet: nothing to print
    with qtbot.waitSignal(page.computed, timeout=20000):
        qtbot.mouseClick(page.compute_button, Qt.MouseButton.LeftButton)
    assert page.print_sign_button.isEnabled()
    qtbot.mouseClick(page.print_sign_button, Qt.MouseButton.LeftButton)
    dialog = page.preview_dialog
    text = check_preview(qtbot, dialog, tmp_path, ["签领", "2550.00"])
    assert "签名" in text
    assert dialog is not None and "2026-01" in dialog.windowTitle()
    save_from_preview(dialog, monkeypatch, tmp_path / "签领表.pdf")
    assert not page.saved.isVisible()
