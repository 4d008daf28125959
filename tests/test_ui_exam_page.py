"""The 考试报名 page through real widgets: years, registering many, keyboard result entry,
reimbursement, one-click registration of eligible workers, accepting a proposed certificate."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot
from ui_helpers import shown, type_chinese

from swdesk.core.idnumber import make_id_number
from swdesk.store import Store, exams, workers
from swdesk.ui.exam_dialogs import RegisterDialog, YearDialog
from swdesk.ui.exam_page import ExamPage

C1, P1 = "社会工作综合能力（初级）", "社会工作实务（初级）"
NAMES = ("张三", "李四", "王五", "赵六")


def idn(n: int) -> str:
    return make_id_number("510104", date(1980, 1, 1 + n), n)


@pytest.fixture
def people(store: Store) -> list[str]:
    return [
        workers.create(
            store,
            {
                "name": name,
                "id_number": idn(n),
                "village_code": "510104001001",
                "education": "大学本科",
                "sw_major": "是",
            },
        )
        for n, name in enumerate(NAMES, start=1)
    ]


@pytest.fixture
def page(qtbot: QtBot, store: Store, people: list[str]) -> ExamPage:
    exams.save_year(store, 2024, {"exam_dates": ["2024-10-26"], "results_date": "2024-12-20"})
    return shown(qtbot, ExamPage(store), (1200, 700))


def test_no_year_yet_says_what_to_do(qtbot: QtBot, store: Store) -> None:
    p = ExamPage(store)
    qtbot.addWidget(p)
    assert "新建年度" in p.counts.text()
    assert not p.registrations.register_button.isEnabled()


def test_new_year_dialog_saves_and_refuses_bad_lines(qtbot: QtBot, store: Store) -> None:
    p = ExamPage(store)
    qtbot.addWidget(p)
    dialog = YearDialog(store, None, p)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.year.setValue(2025)
    dialog.day1.check.setChecked(True)
    dialog.day1.edit.setDate(dialog.day1.edit.date().fromString("2025-10-25", "yyyy-MM-dd"))
    dialog.fee.setValue(61)
    dialog.lines.item(0, 1).setText("120")
    dialog.buttons.accepted.emit()
    assert dialog.error.isVisible() and "0 到 100" in dialog.error.text()
    assert exams.list_years(store) == []
    dialog.lines.item(0, 1).setText("60")
    dialog.lines.item(0, 2).setText("54")
    dialog.special.setChecked(True)
    with qtbot.waitSignal(dialog.saved):
        dialog.buttons.accepted.emit()
    y = exams.get_year(store, 2025)
    assert y["exam_dates"] == ["2025-10-25"] and y["special_area"] == 1
    assert y["special_lines"] == {C1: 54.0}
    p.select_year(2025)
    assert p.current_year() == 2025 and "2025-10-25" in p.counts.text()


def test_year_dialog_asks_for_the_provincial_fee(qtbot: QtBot, store: Store) -> None:
    """No national fee: the dialog says it is a province setting and asks before saving 0."""
    dialog = YearDialog(store, None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.year.setValue(2025)
    assert dialog.fee.value() == 0 and dialog.fee.text() == "未设置"
    assert "各省" in dialog.fee_hint.text() and dialog.fee_hint.isVisible()
    dialog.buttons.accepted.emit()
    assert dialog.error.isVisible() and "报名费还没有填写" in dialog.error.text()
    assert exams.list_years(store) == []
    with qtbot.waitSignal(dialog.saved):  # a second click: the place really charges nothing
        dialog.buttons.accepted.emit()
    assert exams.get_year(store, 2025)["fee_per_subject"] == 0
    again = YearDialog(store, 2025)
    qtbot.addWidget(again)
    again.show()
    again.fee.setValue(65)
    with qtbot.waitSignal(again.saved):  # a fee typed in: saved at the first click
        again.buttons.accepted.emit()
    assert exams.get_year(store, 2025)["fee_per_subject"] == 65


def test_register_many_with_search(qtbot: QtBot, page: ExamPage, store: Store) -> None:
    dialog = RegisterDialog(store, 2024, None, page)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.list.count() == 4 and not dialog.register_button.isEnabled()
    type_chinese(dialog.search, "张")
    shown = [
        dialog.list.item(i)
        for i in range(dialog.list.count())
        if not dialog.list.item(i).isHidden()
    ]
    assert len(shown) == 1 and "张三" in shown[0].text()
    qtbot.mouseClick(dialog.check_all, Qt.MouseButton.LeftButton)
    dialog.search.clear()
    qtbot.keyClicks(dialog.search, "ls")  # pinyin initials of 李四
    qtbot.mouseClick(dialog.check_all, Qt.MouseButton.LeftButton)
    assert "2" in dialog.picked.text()
    dialog.level.setCurrentIndex(dialog.level.findData("初级"))
    dialog.registered.connect(lambda _ids: page.load_year())
    with qtbot.waitSignal(dialog.registered):
        qtbot.mouseClick(dialog.register_button, Qt.MouseButton.LeftButton)
    assert sorted(v.name for v in exams.registrations(store, 2024)) == ["张三", "李四"]
    assert page.registrations.model.rowCount() == 2 and "报名 2 人" in page.counts.text()


def test_register_many_refused_shows_who_and_saves_nothing(
    qtbot: QtBot, page: ExamPage, store: Store, people: list[str]
) -> None:
    workers.add_certificate(
        store, people[0], {"level": "助理社会工作师", "obtained_date": "2020-01-01"}
    )
    dialog = RegisterDialog(store, 2024, people[:2], page)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.level.setCurrentIndex(dialog.level.findData("初级"))
    qtbot.mouseClick(dialog.register_button, Qt.MouseButton.LeftButton)
    assert (
        dialog.error.isVisible()
        and "张三" in dialog.error.text()
        and "已经持有" in dialog.error.text()
    )
    assert exams.registrations(store, 2024) == []


def _focused_editor() -> QLineEdit:
    w = QApplication.focusWidget()
    assert isinstance(w, QLineEdit)
    return w


def test_results_grid_keyboard_entry(
    qtbot: QtBot, page: ExamPage, store: Store, people: list[str]
) -> None:
    exams.register_many(store, 2024, people[:2], "初级")
    page.load_year()
    page.tabs.setCurrentIndex(1)
    grid = page.results.grid
    assert page.results.model.rowCount() == 4
    grid.setFocus()
    grid.setCurrentIndex(page.results.model.index(0, 5))
    qtbot.waitUntil(lambda: grid.hasFocus())
    qtbot.keyClicks(grid, "7")  # any key opens the editor with that key typed
    editor = _focused_editor()
    qtbot.keyClicks(editor, "5")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # Saved, and the editor moved one row down.
    qtbot.waitUntil(lambda: grid.currentIndex().row() == 1)
    editor = _focused_editor()
    qtbot.keyClicks(editor, "101")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert page.message.isVisible() and "0 到 100" in page.message.text()
    assert grid.currentIndex().row() == 1 and _focused_editor() is editor  # refused on the spot
    editor.clear()
    qtbot.keyClicks(editor, "60")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: grid.currentIndex().row() == 2)
    qtbot.keyClicks(_focused_editor(), "q")  # absent
    qtbot.keyClick(_focused_editor(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: grid.currentIndex().row() == 3)
    first, second = (r.view.name for r in page.results.model.rows[::2])
    assert (first, second) == ("李四", "张三")  # by village, then pinyin
    views = {v.name: v for v in exams.registrations(store, 2024)}
    a = views[first]
    assert [s.score for s in a.subjects] == [75, 60] and a.outcome.passed is True
    assert views[second].subjects[0].absent
    # Pass shown live in the grid, and the proposal appears in its tab.
    assert page.results.model.data(page.results.model.index(0, 7)).startswith("合格")
    assert page.results.model.data(page.results.model.index(1, 6)) == "合格"
    assert page.proposals.model.rowCount() == 1 and "待确认证书 1" in page.counts.text()
    # Delete on a cell clears its score; the pass and the proposal go with it.
    grid.setCurrentIndex(page.results.model.index(1, 5))
    qtbot.keyClick(grid, Qt.Key.Key_Delete)
    assert page.results.model.data(page.results.model.index(1, 5)) == ""
    assert exams.registrations(store, 2024)[0].outcome.passed is None
    assert page.proposals.model.rowCount() == 0


def test_accept_proposed_certificate(
    qtbot: QtBot, page: ExamPage, store: Store, people: list[str]
) -> None:
    rid = exams.register(store, 2024, people[0], "初级")
    for s in (C1, P1):
        exams.set_score(store, rid, s, 80)
    page.load_year()
    page.tabs.setCurrentIndex(4)
    assert page.proposals.model.rowCount() == 1
    assert page.proposals.model.setData(page.proposals.model.index(0, 5), "Z2024-1")
    page.proposals.view.selectRow(0)
    qtbot.mouseClick(page.proposals.accept_button, Qt.MouseButton.LeftButton)
    cert = workers.certificates(store, people[0])[0]
    assert cert["level"] == "助理社会工作师" and cert["cert_number"] == "Z2024-1"
    assert cert["obtained_date"] == "2024-12-20" and page.proposals.model.rowCount() == 0


def test_state_edit_and_refusal_in_registration_list(
    qtbot: QtBot, page: ExamPage, store: Store, people: list[str]
) -> None:
    rid = exams.register(store, 2024, people[0], "初级")
    exams.set_score(store, rid, C1, 70)
    page.load_year()
    model = page.registrations.model
    assert model.setData(model.index(0, 6), "2451010001")
    assert exams.registration(store, rid).ticket_no == "2451010001"
    assert not model.setData(model.index(0, 5), "缺考")
    assert "不能标记为缺考" in page.message.text()
    assert exams.registration(store, rid).state == "已参考"


def test_reimbursement_refused_by_the_rule_says_why(
    qtbot: QtBot, store: Store, people: list[str]
) -> None:
    """Qijiang's rule: a 缺考 candidate's fees are not reimbursed; the tab says why and
    nothing is marked (the GUI uses the same store function as the CLI)."""
    exams.set_rules(store, exams.presets()["qijiang"])
    exams.save_year(store, 2024, {"fee_per_subject": 50})
    (rid,) = exams.register_many(store, 2024, people[:1], "初级")
    for s in exams.registration(store, rid).subjects:
        exams.set_score(store, rid, s.name, None, absent=True)
    page = shown(qtbot, ExamPage(store), (1200, 700))
    page.load_year()
    page.tabs.setCurrentIndex(2)
    assert "考试合格并取得证书才报销" in page.fees.reimburse_button.toolTip()
    assert "所在村（社区）" in page.fees.reimburse_button.toolTip()
    page.fees.view.selectRow(0)
    qtbot.mouseClick(page.fees.reimburse_button, Qt.MouseButton.LeftButton)
    assert "不能报销" in page.message.text() and "没有通过考试取得证书" in page.message.text()
    assert not any(f.reimbursed for f in exams.registration(store, rid).fees)


def test_reimbursement_marks_selected_and_totals(
    qtbot: QtBot, page: ExamPage, store: Store, people: list[str]
) -> None:
    exams.save_year(store, 2024, {"fee_per_subject": 50})
    exams.register_many(store, 2024, people[:2], "初级")
    page.load_year()
    page.tabs.setCurrentIndex(2)
    model = page.fees.model
    assert model.setData(model.index(0, 4), "45")  # 书本费 of the first row
    assert not model.setData(model.index(0, 5), "-3")
    assert "0 到" in page.message.text()
    page.fees.view.selectRow(0)
    page.fees.reimburse_date.setDate(
        page.fees.reimburse_date.date().fromString("2024-12-01", "yyyy-MM-dd")
    )
    qtbot.mouseClick(page.fees.reimburse_button, Qt.MouseButton.LeftButton)
    first = model.rows[0]
    assert all(f.reimbursed_date == "2024-12-01" for f in first.fees)
    assert "已报销" in model.data(model.index(0, 7))
    text = page.fees.totals_label.text()
    assert "合计 245.00" in text and "已报销 145.00" in text and "未报销 100.00" in text


def test_one_click_register_of_eligible(
    qtbot: QtBot, page: ExamPage, store: Store, boxes: Any
) -> None:
    page.tabs.setCurrentIndex(3)
    assert page.candidates.model.rowCount() == 4
    page.candidates.view.selectRow(0)
    page.candidates.view.selectionModel().select(
        page.candidates.model.index(2, 0),
        page.candidates.view.selectionModel().SelectionFlag.Select
        | page.candidates.view.selectionModel().SelectionFlag.Rows,
    )
    qtbot.mouseClick(page.candidates.register_button, Qt.MouseButton.LeftButton)
    assert "给所选的 2 人报名 2024 年考试" in boxes.texts("question")[-1]
    assert len(exams.registrations(store, 2024)) == 2
    assert page.candidates.model.rowCount() == 2 and page.registrations.model.rowCount() == 2


def test_withdraw_asks_first(
    qtbot: QtBot, page: ExamPage, store: Store, people: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    exams.register(store, 2024, people[0], "初级")
    page.load_year()
    page.registrations.view.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    qtbot.mouseClick(page.registrations.withdraw_button, Qt.MouseButton.LeftButton)
    assert page.registrations.model.rowCount() == 1
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.registrations.withdraw_button, Qt.MouseButton.LeftButton)
    assert page.registrations.model.rowCount() == 0 and exams.registrations(store, 2024) == []


def test_main_window_has_the_exam_page(qtbot: QtBot, store: Store) -> None:
    from swdesk.ui.main_window import MainWindow

    w = MainWindow(store)
    qtbot.addWidget(w)
    titles = [w.nav.item(i).text() for i in range(w.nav.count())]
    index = titles.index("考试报名")
    w.nav.setCurrentRow(index)
    assert isinstance(w.page(index), ExamPage)


def test_rules_dialog_edits_the_eligibility_table(
    qtbot: QtBot, page: ExamPage, store: Store
) -> None:
    from PySide6.QtWidgets import QComboBox, QSpinBox

    from swdesk.ui.exam_dialogs import RulesDialog

    dialog = RulesDialog(store, page)
    qtbot.addWidget(dialog)
    dialog.show()
    n = dialog.table.rowCount()
    assert n == len(exams.rules(store).eligibility)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    level = dialog.table.cellWidget(n, 0)
    years = dialog.table.cellWidget(n, 3)
    assert isinstance(level, QComboBox) and isinstance(years, QSpinBox)
    level.setCurrentIndex(level.findData("初级"))
    years.setValue(7)
    window = dialog.levels.cellWidget(1, 1)
    assert isinstance(window, QSpinBox)
    window.setValue(3)
    with qtbot.waitSignal(dialog.saved):
        dialog.buttons.accepted.emit()
    rules = exams.rules(store)
    assert rules.eligibility[-1].years == 7 and rules.level("中级").window_years == 3
    again = RulesDialog(store, page)
    qtbot.addWidget(again)
    qtbot.mouseClick(again.preset_button, Qt.MouseButton.LeftButton)
    assert again.table.rowCount() == n
    again.buttons.accepted.emit()
    assert exams.rules(store).level("中级").window_years == 2


def test_export_and_import_buttons(
    qtbot: QtBot,
    page: ExamPage,
    store: Store,
    people: list[str],
    tmp_path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from openpyxl import Workbook, load_workbook
    from PySide6.QtWidgets import QFileDialog

    exams.register_many(store, 2024, people[:2], "初级")
    page.load_year()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    out = tmp_path / "名单"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert "已导出 2 人" in shown[-1]
    assert load_workbook(tmp_path / "名单.xlsx").active["B3"].value in ("李四", "张三")
    sheet = tmp_path / "成绩.xlsx"
    wb = Workbook()
    wb.active.append(["身份证号", "科目", "成绩"])
    wb.active.append([idn(1), C1, 88])
    wb.active.append([idn(1), C1, 101])
    wb.save(sheet)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(sheet), ""))
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert "第3行" in shown[-1] and "0 到 100" in shown[-1]
    assert all(s.score is None for v in exams.registrations(store, 2024) for s in v.subjects)
    wb.active.delete_rows(3)
    wb.save(sheet)
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert "已导入 1 条" in shown[-1]
    assert any(r.result.score == 88 for r in page.results.model.rows)


def test_register_dialog_marks_eligibility_per_level(
    qtbot: QtBot, page: ExamPage, store: Store, people: list[str]
) -> None:
    workers.update(
        store,
        people[3],
        {**workers.get(store, people[3]), "education": "初中及以下", "sw_major": "否"},
    )
    dialog = RegisterDialog(store, 2024, None, page)
    qtbot.addWidget(dialog)
    dialog.show()
    texts = {
        dialog.list.item(i).text().split("　")[0]: dialog.list.item(i)
        for i in range(dialog.list.count())
    }
    assert "【符合】" in texts["张三"].text()
    assert "【不符合】" in texts["赵六"].text() and "不符合初级" in texts["赵六"].toolTip()
    dialog.level.setCurrentIndex(dialog.level.findData("中级"))
    assert "【待核实】" in texts["张三"].text()


def test_candidates_only_eligible_toggle(
    qtbot: QtBot, page: ExamPage, store: Store, people: list[str]
) -> None:
    workers.update(store, people[3], {**workers.get(store, people[3]), "sw_major": "否"})
    page.load_year()
    assert page.candidates.model.rowCount() == 4  # 赵六 needs years of work: to check
    page.candidates.only_eligible.setChecked(True)
    assert page.candidates.model.rowCount() == 3
    # Entering the start of social work in the list re-judges 赵六 (2 years for another major).
    page.candidates.only_eligible.setChecked(False)
    row = next(i for i, c in enumerate(page.candidates.model.rows) if c.name == "赵六")
    assert page.candidates.model.setData(page.candidates.model.index(row, 5), "2020-03-01")
    qtbot.waitUntil(lambda: all(c.eligibility.eligible for c in page.candidates.model.rows))
    assert not page.candidates.model.setData(page.candidates.model.index(0, 5), "明年")
    assert "看不懂" in page.message.text()


def test_register_outside_the_window_warns_but_keeps_it(
    qtbot: QtBot, page: ExamPage, store: Store, people: list[str]
) -> None:
    """A sign-up recorded after the deadline is kept; the dialog says so before the click."""
    today = date.today()
    exams.save_year(
        store,
        2024,
        {
            "reg_start": date(today.year - 2, 1, 1).isoformat(),
            "reg_end": date(today.year - 2, 1, 31).isoformat(),
            "fee_per_subject": 61,
        },
    )
    dialog = RegisterDialog(store, 2024, [people[0]], page)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.window_note.isVisible()
    assert "报名截止" in dialog.window_note.text() and "补记" in dialog.window_note.text()
    with qtbot.waitSignal(dialog.registered):
        qtbot.mouseClick(dialog.register_button, Qt.MouseButton.LeftButton)
    assert [v.name for v in exams.registrations(store, 2024)] == ["张三"]
    exams.save_year(store, 2024, {"reg_start": None, "reg_end": None})
    inside = RegisterDialog(store, 2024, None, page)
    qtbot.addWidget(inside)
    inside.show()
    assert not inside.window_note.isVisible()


def test_register_dialog_says_when_no_fee_is_set(
    qtbot: QtBot, page: ExamPage, store: Store
) -> None:
    dialog = RegisterDialog(store, 2024, None, page)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.window_note.isVisible() and "报名费" in dialog.window_note.text()


def test_year_dialog_opens_an_existing_year_with_its_fee(qtbot: QtBot, store: Store) -> None:
    exams.save_year(store, 2024, {"fee_per_subject": 61})
    dialog = YearDialog(store, 2024)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.fee.value() == 61 and not dialog.error.isVisible()
    with qtbot.waitSignal(dialog.saved):  # a fee is set: saved at the first click
        dialog.buttons.accepted.emit()


def test_year_header_says_when_registration_has_closed(
    qtbot: QtBot, page: ExamPage, store: Store, people: list[str], boxes: Any
) -> None:
    last_year = date.today().year - 1
    exams.save_year(
        store, 2024, {"reg_start": f"{last_year}-03-01", "reg_end": f"{last_year}-03-31"}
    )
    page.load_year()
    assert f"报名 {last_year}-03-01 至 {last_year}-03-31，已截止" in page.counts.text()
    # One click from the eligible list, after the deadline: registered, and said so.
    page.tabs.setCurrentIndex(3)
    qtbot.waitUntil(lambda: page.candidates.model.rowCount() > 0)
    page.candidates.view.selectRow(0)
    boxes.answer = QMessageBox.StandardButton.No  # asked first; 否 registers nobody
    page.candidates.register_candidates()
    assert boxes.texts("question") and not exams.registrations(store, 2024)
    boxes.answer = QMessageBox.StandardButton.Yes
    page.candidates.register_candidates()
    assert boxes.calls and "给所选的 1 人报名 2024 年考试" in boxes.calls[-1][2]
    assert len(exams.registrations(store, 2024)) == 1
    assert page.message.isVisible() and "补记" in page.message.text()


def test_every_exam_list_passes_the_model_tester(
    qtmodeltester: Any, page: ExamPage, store: Store, people: list[str]
) -> None:
    exams.save_year(store, 2024, {"fee_per_subject": 50})
    first, second = (exams.register(store, 2024, p, "初级") for p in people[:2])
    for s in (C1, P1):
        exams.set_score(store, first, s, 80)  # passed: a proposed certificate
    exams.set_score(store, second, C1, 40)
    page.load_year()
    models = (
        page.registrations.model,
        page.results.model,
        page.fees.model,
        page.candidates.model,
        page.proposals.model,
    )
    assert [m.rowCount() for m in models] == [2, 4, 2, 2, 1]
    for model in models:
        qtmodeltester.check(model)
    assert page.registrations.model.headerData(0, Qt.Orientation.Vertical) == 1


@pytest.mark.usefixtures("clean_qsettings")
def test_exam_exports_open_in_the_folder_last_used(
    qtbot: QtBot,
    page: ExamPage,
    store: Store,
    people: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QFileDialog

    exams.register_many(store, 2024, people[:2], "初级")
    page.load_year()
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    folder = tmp_path / "U盘"
    folder.mkdir()
    asked: list[str] = []

    def save_as(
        _parent: object, _title: str, suggested: str, _filter: str, **_kw: object
    ) -> tuple[str, str]:
        asked.append(suggested)
        return str(folder / Path(suggested).name), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert (folder / "2024年考试报名名单.xlsx").exists()
    assert Path(asked[0]).parent != folder  # the first time: Documents
    page.export_reimbursement()
    assert Path(asked[1]) == folder / "2024年考试费用报销表.xlsx"  # the folder just used
