"""The 绩效考评 page through its widgets: create a round, score two workers from the keyboard,
refuse a bad score on the spot, comment, finalize, print, sign, reopen with a reason."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from appraisal_fixtures import ID_BOTH, ID_COMMUNITY, ID_POST, ID_UNCERTIFIED, add_workers
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QLineEdit
from pytestqt.qtbot import QtBot
from ui_helpers import record_boxes, shown

from swdesk.store import Store, records
from swdesk.store import appraisals as A
from swdesk.ui.appraisal_dialogs import NewRoundDialog, TemplateEditor
from swdesk.ui.appraisal_page import AppraisalPage
from swdesk.ui.main_window import MainWindow


@pytest.fixture
def page(qtbot: QtBot, store: Store) -> AppraisalPage:
    add_workers(store)
    return shown(qtbot, AppraisalPage(store), (1200, 700))


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    return record_boxes(monkeypatch, ("question", "information", "warning"))


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    urls: list[QUrl] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(lambda url: urls.append(url) or True)
    )
    return urls


def create_round(qtbot: QtBot, page: AppraisalPage, year: int = 2024) -> None:
    page.new_round()
    dialog = page.new_round_dialog
    assert isinstance(dialog, NewRoundDialog)
    dialog.year.setValue(year)
    assert "社区社会工作者 1 人，专业岗位 2 人，不参加 1 人" in dialog.counts.text()
    with qtbot.waitSignal(dialog.created):
        dialog.create_round()


def type_score(qtbot: QtBot, page: AppraisalPage, text: str) -> None:
    """Type on the current cell (editing starts on the first key) and press Enter."""
    qtbot.keyClicks(page.view, text[0])
    editor = page.view.focusWidget()
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def test_round_scoring_from_keyboard_finalize_print(
    qtbot: QtBot, page: AppraisalPage, store: Store, answers: list[str], opened: list[QUrl],
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
) -> None:  # fmt: skip
    create_round(qtbot, page)
    assert page.year.currentText().startswith("2024")
    # the post template (two people) is the second entry; score both from the keyboard alone
    page.which.setCurrentIndex(
        page.which.findText("社区社工专业岗位绩效考评", Qt.MatchFlag.MatchStartsWith)
    )
    model = page.model
    assert model.rowCount() == 2 and model.template is not None
    items = model.template.items
    page.view.setFocus()
    page.view.setCurrentIndex(model.index(0, 1))
    for _person in range(2):
        for it in items:
            type_score(qtbot, page, f"{it.max - 1:g}")
    totals = [model.rows[r][1].total for r in range(2)]
    assert totals == [100 - len(items)] * 2
    assert model.data(model.index(0, len(items) + 2)) == "优秀"
    assert f"总分 {100 - len(items)}，等次 优秀" in page.live_total.text()
    # a value outside 0..max is refused on the spot: the editor stays, nothing is saved
    page.view.setCurrentIndex(model.index(0, 1))
    qtbot.keyClicks(page.view, "9")
    editor = page.view.focusWidget()
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, "9")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert page.view.focusWidget() is editor and editor.isVisible()
    assert f"满分 {items[0].max:g} 分" in page.message.text()
    assert model.rows[0][1].scores[items[0].name] == items[0].max - 1
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    # letters never get into the editor
    qtbot.keyClicks(page.view, "8")
    editor = page.view.focusWidget()
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, "x")
    assert editor.text() == "8"
    qtbot.keyClick(editor, Qt.Key.Key_Escape)

    # comments for the current person, then finalize and print one, then the whole round
    page.view.setCurrentIndex(model.index(0, 2))
    page.item_comment.setPlainText("服务计划完整")
    page.overall.setPlainText("全年表现良好")
    page.save_comments()
    sh = model.rows[0][1]
    assert (
        sh.item_comments == {items[1].name: "服务计划完整"} and sh.overall_comment == "全年表现良好"
    )
    page.finalize_current()
    assert model.state(0) == "finalized" and not page.finalize_button.isEnabled()
    assert page.sign_button.isEnabled()
    assert not (model.flags(model.index(0, 1)) & Qt.ItemFlag.ItemIsEditable)

    one = tmp_path / "one.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(one), ""))
    )
    page.save_pdf_current_action.trigger()
    # saved where the cadre chose; the answer says where and opens the folder on request
    assert one.is_file() and str(one) in page.saved_box.text() and opened == []
    folder = next(b for b in page.saved_box.buttons() if b.text() == "打开所在文件夹")
    folder.click()
    assert opened == [QUrl.fromLocalFile(str(tmp_path))]
    everyone = tmp_path / "all"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(everyone), ""))
    )
    page.save_pdf_all_action.trigger()
    assert (tmp_path / "all.pdf").is_file() and str(tmp_path / "all.pdf") in page.saved_box.text()
    assert "草稿" in page.message.text()  # the second person is still a draft

    page.view.setCurrentIndex(model.index(1, 1))
    page.finalize_current()
    assert A.list_rounds(store)[0]["year"] == 2024
    states = {
        r["id_number"]: r["state"] for r, _ in A.round_sheets(store, A.list_rounds(store)[0]["id"])
    }
    assert states == {ID_POST: "finalized", ID_BOTH: "finalized", ID_COMMUNITY: "draft"}


def test_sign_then_reopen_with_reason(
    qtbot: QtBot, page: AppraisalPage, store: Store, answers: list[str], monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:  # fmt: skip
    create_round(qtbot, page)
    model = page.model
    aid = model.appraisal_id(0)
    for it in model.template.items:  # type: ignore[union-attr]
        A.set_score(store, aid, it.name, it.max)
    page.reload()
    page.view.setCurrentIndex(model.index(0, 1))
    page.finalize_current()
    scan = tmp_path / "签字.jpg"
    scan.write_bytes(b"\xff\xd8scan")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(scan), ""))
    )
    page.sign_current()
    assert model.state(0) == "signed" and A.scan(store, aid) == ("签字.jpg", b"\xff\xd8scan")
    assert page.reopen_button.isEnabled() and not page.save_comments_button.isEnabled()
    # an empty reason is refused and changes nothing
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("  ", True)))
    page.reopen_current()
    assert model.state(0) == "signed" and "理由" in answers[-1]
    monkeypatch.setattr(
        QInputDialog, "getText", staticmethod(lambda *a, **k: ("签字人写错日期", True))
    )
    page.reopen_current()
    assert model.state(0) == "draft"
    assert A.reopen_reasons(store, aid) == ["签字人写错日期"]
    assert records.get(store, "appraisals", aid)["state"] == "draft"


def test_override_in_new_round_needs_reason(
    qtbot: QtBot, page: AppraisalPage, store: Store, answers: list[str]
) -> None:
    page.new_round()
    dialog = page.new_round_dialog
    row = next(i for i, p in enumerate(dialog.plan) if p.worker["id_number"] == ID_UNCERTIFIED)
    combo = dialog.table.cellWidget(row, 2)
    combo.setCurrentIndex(0)  # 社区社会工作者
    assert "社区社会工作者 2 人" in dialog.counts.text()
    dialog.create_round()
    assert "调整理由" in answers[-1] and A.list_rounds(store) == []
    dialog.table.item(row, 3).setText("新聘，按单位要求参加")
    with qtbot.waitSignal(dialog.created):
        dialog.create_round()
    assert page.model.rowCount() == 2  # the community template shows first, now with two


def test_template_editor_saves_a_new_version(
    qtbot: QtBot, page: AppraisalPage, store: Store, answers: list[str]
) -> None:
    page.edit_templates()
    editor = page.template_dialog
    assert isinstance(editor, TemplateEditor)
    t = editor.table
    first_max = t.item(0, 3)
    first_max.setText("5")
    assert "合计 95 分" in editor.total.text()
    editor.save()
    assert "100" in answers[-1]
    first_max.setText("5")
    editor.add_row()
    r = t.rowCount() - 1
    t.item(r, 1).setText("学习培训")
    t.item(r, 3).setText("5")
    editor.save()
    assert "第 2 版" in answers[-1]
    _tid, newest = A.find_template(store, "社区社会工作者绩效考评")
    assert newest.version == 2 and newest.items[-1].name == "学习培训"


def test_main_window_has_the_page(qtbot: QtBot, store: Store) -> None:
    window = MainWindow(store)
    qtbot.addWidget(window)
    index = next(i for i in range(window.nav.count()) if window.nav.item(i).text() == "绩效考评")
    window.nav.setCurrentRow(index)
    assert isinstance(window.stack.currentWidget(), AppraisalPage)
    QApplication.processEvents()


def test_rules_editor_saves_grade_lines_and_caps(
    qtbot: QtBot, page: AppraisalPage, store: Store, answers: list[str]
) -> None:
    from swdesk.ui.appraisal_dialogs import RulesEditor

    page.edit_rules()
    dialog = page.rules_dialog
    assert isinstance(dialog, RulesEditor)
    assert [dialog.grades.item(r, 0).text() for r in range(3)] == ["优秀", "合格", "基本合格"]
    assert dialog.caps["警告"].currentText() == "合格"
    dialog.grades.item(0, 1).setText("70")  # same line as 合格: refused, nothing saved
    dialog.save()
    assert "相同" in answers[-1] and store.setting(A.RULES_KEY) is None
    dialog.grades.item(0, 1).setText("85")
    dialog.caps["警告"].setCurrentIndex(0)  # 不封顶
    with qtbot.waitSignal(dialog.accepted):
        dialog.save()
    rules = A.rules(store)
    assert rules.grades[0] == ("优秀", 85) and "警告" not in rules.caps
    assert rules.caps["记过"] == "基本合格"


def test_attach_scan_to_signed(
    qtbot: QtBot, page: AppraisalPage, store: Store, answers: list[str], monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:  # fmt: skip
    create_round(qtbot, page)
    model = page.model
    aid = model.appraisal_id(0)
    for it in model.template.items:  # type: ignore[union-attr]
        A.set_score(store, aid, it.name, it.max)
    A.finalize(store, aid)
    page.reload()
    page.view.setCurrentIndex(model.index(0, 1))
    assert not page.scan_button.isEnabled()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: ("", "")))
    page.sign_current()  # no scan chosen: asked, answered yes
    assert model.state(0) == "signed" and "不附扫描件" in answers[-1] and A.scan(store, aid) is None
    assert page.scan_button.isEnabled()
    photo = tmp_path / "photo.png"
    photo.write_bytes(b"\x89PNG photo")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(photo), ""))
    )
    page.attach_scan()
    assert A.scan(store, aid) == ("photo.png", b"\x89PNG photo")
    assert model.state(0) == "signed"


def test_grid_model_passes_the_model_tester(
    qtmodeltester: Any, qtbot: QtBot, page: AppraisalPage, store: Store
) -> None:
    create_round(qtbot, page)
    page.which.setCurrentIndex(
        page.which.findText("社区社工专业岗位绩效考评", Qt.MatchFlag.MatchStartsWith)
    )
    model = page.model
    assert model.rowCount() == 2 and model.template is not None
    first = model.template.items[0]
    assert model.setData(model.index(0, 1), f"{first.max:g}")  # a scored row among blank ones
    qtmodeltester.check(model)
    assert model.headerData(1, Qt.Orientation.Horizontal) == f"{first.name}\n({first.max:g})"
    assert model.index(0, 1).data() == f"{first.max:g}"
    assert model.index(0, 1).flags() & Qt.ItemFlag.ItemIsEditable
    assert not model.index(0, 0).flags() & Qt.ItemFlag.ItemIsEditable
    page.which.setCurrentIndex(0)  # the other template: a reset, still checked
    qtmodeltester.check(model)
