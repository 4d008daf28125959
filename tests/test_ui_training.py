"""继续教育 page through its widgets: events, the attendance dialog (typed ID numbers and
multi-select), rejections that save nothing, the Excel sign-in sheet import."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from ce_people import VILLAGE, event, idn, person, records
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from ui_helpers import Boxes, shown, type_chinese

from swdesk.core import ce
from swdesk.store import Store, training, workers
from swdesk.ui import ce_labels
from swdesk.ui.attendance_dialog import AttendanceDialog
from swdesk.ui.event_editor import EventEditor
from swdesk.ui.sheet_import_dialog import SheetImportDialog
from swdesk.ui.training_page import EVENT_KEYS, TrainingPage

WANG = ("王芳", "王伟", "王秀英", "王磊", "王静")


pytestmark = pytest.mark.usefixtures("clean_qsettings")


@pytest.fixture
def page(qtbot: QtBot, store: Store) -> TrainingPage:
    return shown(qtbot, TrainingPage(store), (1100, 700))


def cell(page: TrainingPage, row: int, key: str) -> str:
    return str(page.model.index(row, EVENT_KEYS.index(key)).data())


def open_attendance(qtbot: QtBot, page: TrainingPage, event_id: str) -> AttendanceDialog:
    page.reload()
    assert page.select_event(event_id)
    page.attend_button.click()
    dialog = page.dialog
    assert isinstance(dialog, AttendanceDialog)
    qtbot.waitExposed(dialog)
    return dialog


def type_id(qtbot: QtBot, dialog: AttendanceDialog, text: str) -> None:
    dialog.id_edit.setFocus()
    qtbot.keyClicks(dialog.id_edit, text)
    qtbot.keyClick(dialog.id_edit, Qt.Key.Key_Return)


def test_labels_follow_the_core() -> None:
    """The UI keeps no copy of the core's words: every state shows the core's label."""
    for status, text in ce.STATUS_LABELS.items():
        assert ce_labels.status_key_label(status) == text
    assert not hasattr(ce_labels, "MODES") and not hasattr(ce_labels, "STATUS_TEXT")


def test_new_event_checked_field_by_field(qtbot: QtBot, page: TrainingPage, store: Store) -> None:
    assert page.empty.isVisible() and not page.attend_button.isEnabled()
    page.new_button.click()
    editor = page.dialog
    assert isinstance(editor, EventEditor)
    editor.save_button.click()
    assert editor.errors["title"].text() == "请填写培训名称。"
    assert editor.isVisible()
    type_chinese(editor.title, "社会救助政策解读")
    editor.save_button.click()
    assert editor.errors["hours"].text() == "请填写培训学时。"
    assert not editor.errors["title"].isVisible()
    editor.hours.setValue(3.5)
    editor.start_date.setDate(QDate(2025, 6, 10))
    assert editor.end_date.date() == QDate(2025, 6, 10)  # the end follows a one-day training
    editor.end_date.setDate(QDate(2025, 6, 9))
    editor.save_button.click()
    assert editor.errors["end_date"].text() == "结束日期早于开始日期，请核对。"
    assert store.query("SELECT count(*) AS n FROM training_events")[0]["n"] == 0
    editor.end_date.setDate(QDate(2025, 6, 11))
    editor.mode.setCurrentIndex(editor.mode.findData("网络"))
    type_chinese(editor.organizer, "区民政局")
    with qtbot.waitSignal(editor.saved):
        editor.save_button.click()
    (row,) = training.list_events(store)
    assert (row["title"], row["hours"], row["mode"], row["organizer"]) == (
        "社会救助政策解读", 3.5, "网络", "区民政局",
    )  # fmt: skip
    assert cell(page, 0, "dates") == "2025-06-10 至 2025-06-11"
    assert cell(page, 0, "hours") == "3.5" and cell(page, 0, "attendees") == "0"
    assert page.selected_event()["id"] == row["id"]  # type: ignore[index]
    assert page.attend_button.isEnabled()


def test_edit_event_refuses_hours_below_credited(
    qtbot: QtBot, page: TrainingPage, store: Store
) -> None:
    a = person(store, 1)
    eid = event(store, hours=6)
    training.attend(store, eid, [a])
    page.reload()
    page.select_event(eid)
    page.edit_button.click()
    editor = page.dialog
    assert isinstance(editor, EventEditor)
    assert editor.title.text() == "儿童保护专题培训" and editor.hours.value() == 6
    editor.hours.setValue(4)
    editor.save_button.click()
    assert "不能改成少于 6" in editor.errors["hours"].text()
    assert training.get_event(store, eid)["hours"] == 6
    editor.hours.setValue(8)
    with qtbot.waitSignal(editor.saved):
        editor.save_button.click()
    assert cell(page, 0, "hours") == "8"


def test_delete_event_asks_first(page: TrainingPage, store: Store, boxes: Boxes) -> None:
    a = person(store, 1)
    eid = event(store)
    training.attend(store, eid, [a])
    page.reload()
    page.select_event(eid)
    boxes.answer = QMessageBox.StandardButton.No
    page.delete_button.click()
    assert "1 条签到记录会一起删除" in boxes.texts("question")[0]
    assert len(training.list_events(store)) == 1
    boxes.answer = QMessageBox.StandardButton.Yes
    page.delete_button.click()
    assert training.list_events(store) == [] and records(store) == []
    assert page.model.rowCount() == 0 and page.empty.isVisible()


def test_sign_in_sheet_of_20_by_id_numbers_and_multi_select(
    qtbot: QtBot, page: TrainingPage, store: Store
) -> None:
    typed = [person(store, n) for n in range(1, 16)]
    wangs = [person(store, 100 + i, name) for i, name in enumerate(WANG)]
    person(store, 200, "李四")  # not at the training
    eid = event(store, hours=6)
    dialog = open_attendance(qtbot, page, eid)
    assert dialog.focusWidget() is dialog.id_edit
    for n in range(1, 16):
        type_id(qtbot, dialog, idn(n).lower())  # a scanner may send a lower-case x
        assert dialog.id_edit.text() == ""
    assert dialog.message.text().startswith("已加入：测试15")
    assert dialog.table.rowCount() == 15
    # the five 王 by pinyin, selected together
    dialog.search.setFocus()
    qtbot.keyClicks(dialog.search, "wang")
    qtbot.waitUntil(lambda: dialog.results.rowCount() == 5)
    dialog.results.selectAll()
    dialog.add_selected_button.click()
    assert dialog.message.text() == "已加入 5 人。名单共 20 人。"
    assert dialog.count.text() == "名单共 20 人"
    dialog.hours_widget(3).setValue(3.5)  # left at noon
    assert not dialog.isHidden()
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.save_button.click()
    assert saved.args == [20]
    rows = records(store)
    assert len(rows) == 20 and {r["event_id"] for r in rows} == {eid}
    assert {r["worker_id"] for r in rows} == set(typed) | set(wangs)
    hours = {r["worker_id"]: r["hours_credited"] for r in rows}
    assert hours[typed[3]] == 3.5 and sum(hours.values()) == 19 * 6 + 3.5
    assert dialog.isHidden()
    assert cell(page, 0, "attendees") == "20"
    assert page.attendees.rowCount() == 20
    assert page.attendees_box.title() == "《儿童保护专题培训》签到名单：20 人"


def test_typed_id_numbers_that_cannot_be_added_say_why(
    qtbot: QtBot, page: TrainingPage, store: Store, boxes: Boxes
) -> None:
    a, b = person(store, 1), person(store, 2)
    gone = person(store, 3)
    workers.delete(store, gone)
    eid = event(store)
    training.attend(store, eid, [b])
    dialog = open_attendance(qtbot, page, eid)
    assert "已记录 1 人" in dialog.header.text()
    type_id(qtbot, dialog, idn(99))
    assert dialog.message.text() == (
        f"身份证号 {idn(99)} 没有档案。请核对号码，或先在社工档案中建档。"
    )
    assert dialog.id_edit.text() == idn(99)  # kept (selected) so it can be corrected
    type_id(qtbot, dialog, "51010419800101")
    assert dialog.message.text().startswith("身份证号“51010419800101”不对：")
    type_id(qtbot, dialog, idn(2))
    assert "已经记过这次培训" in dialog.message.text()
    type_id(qtbot, dialog, idn(3))
    assert "档案已删除" in dialog.message.text()
    assert dialog.table.rowCount() == 0 and not dialog.save_button.isEnabled()
    type_id(qtbot, dialog, idn(1))
    type_id(qtbot, dialog, idn(1))
    assert dialog.message.text() == f"测试01（{idn(1)}） 已在名单第 1 行。"
    assert dialog.table.rowCount() == 1
    assert len(records(store)) == 1
    # another window records the same person before Save: the whole list is refused
    training.attend(store, eid, [a])
    before = len(records(store))
    dialog.save_button.click()
    problems = dialog.problems_dialog
    assert problems is not None and problems.isVisible()
    assert problems.problems == [
        f"第1行：测试01（{idn(1)}） 已经记过这次培训，同一培训不能重复记学时。"
    ]
    assert len(records(store)) == before
    assert dialog.isVisible()  # nothing lost: the clerk can remove the line and save again
    problems.close()
    dialog.table.selectRow(0)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    assert dialog.table.rowCount() == 0
    dialog.reject()
    assert dialog.isHidden() and boxes.texts("question") == []


def test_cancel_with_a_list_asks_before_throwing_it_away(
    qtbot: QtBot, page: TrainingPage, store: Store, boxes: Boxes
) -> None:
    person(store, 1)
    eid = event(store)
    dialog = open_attendance(qtbot, page, eid)
    type_id(qtbot, dialog, idn(1))
    boxes.answer = QMessageBox.StandardButton.No
    dialog.cancel_button.click()
    assert "1 人还没有保存" in boxes.texts("question")[0]
    assert dialog.isVisible()
    boxes.answer = QMessageBox.StandardButton.Yes
    dialog.cancel_button.click()
    assert dialog.isHidden() and records(store) == []


def sheet(path: Path, rows: list[list[object]]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(["儿童保护专题培训签到表"])
    ws.append(["序号", "姓名", "身份证号", "学时"])
    for i, r in enumerate(rows, 1):
        ws.append([i, *r])
    wb.save(path)
    return path


def test_import_with_errors_lists_rows_and_saves_nothing(
    qtbot: QtBot,
    page: TrainingPage,
    store: Store,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    boxes: Boxes,
) -> None:
    for n in range(1, 4):
        person(store, n)
    eid = event(store, hours=6)
    bad = sheet(
        tmp_path / "bad.xlsx",
        [
            ["测试01", idn(1), 6],
            ["测试09", idn(2), 6],  # the ID number belongs to 测试02
            ["无档案", idn(77), 6],
            ["测试03", idn(3), 9],  # more than the event
        ],
    )
    chosen = [str(bad)]
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (chosen[0], ""))
    )
    page.reload()
    page.select_event(eid)
    dialog = open_import(qtbot, page)
    assert dialog.existing_radio.isChecked() and dialog.events.currentData() == eid
    assert dialog.file_label.text() == "bad.xlsx" and not dialog.form.isEnabled()
    assert not dialog.run_import()
    problems = dialog.problems_dialog
    assert problems is not None and problems.isVisible()
    assert "bad.xlsx" in problems.intro.text() and "一条也没有保存" in problems.intro.text()
    lines = problems.problems
    assert len(lines) == 3
    assert lines[0].startswith("第4行") and "测试02" in lines[0] and "测试09" in lines[0]
    assert lines[1].startswith("第5行") and "没有档案" in lines[1]
    assert lines[2].startswith("第6行") and "超过了培训本身的 6 学时" in lines[2]
    assert problems.list.count() == 3
    assert records(store) == []
    assert cell(page, 0, "attendees") == "0"
    assert dialog.isVisible()  # still open: correct the sheet, choose it again
    problems.close()
    chosen[0] = str(sheet(tmp_path / "good.xlsx", [["测试01", idn(1), 6], ["测试02", idn(2), 4]]))
    dialog.choose_button.click()
    assert dialog.file_label.text() == "good.xlsx"
    with qtbot.waitSignal(dialog.imported):
        dialog.import_button.click()
    assert not dialog.isVisible()
    assert boxes.texts("information") == ["已为《儿童保护专题培训》导入 2 人的签到。"]
    assert sorted(r["hours_credited"] for r in records(store)) == [4, 6]
    assert cell(page, 0, "attendees") == "2"


def open_import(qtbot: QtBot, page: TrainingPage) -> SheetImportDialog:
    assert page.import_button.isEnabled()  # also with no event selected: it can make one
    page.import_button.click()
    dialog = page.dialog
    assert isinstance(dialog, SheetImportDialog)
    qtbot.waitExposed(dialog)
    return dialog


def event_count(store: Store) -> int:
    return int(store.scalar("SELECT count(*) FROM training_events"))


def test_import_with_the_event_typed_in_the_dialog(
    qtbot: QtBot,
    page: TrainingPage,
    store: Store,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    boxes: Boxes,
) -> None:
    """Item 6: event details given in the dialog; a refused sheet leaves no event behind."""
    for n in range(1, 4):
        person(store, n)
    chosen = [str(sheet(tmp_path / "bad.xlsx", [["测试01", idn(1), 3], ["测试02", idn(2), 5]]))]
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (chosen[0], ""))
    )
    page.reload()
    assert page.empty.isVisible()  # no event yet
    dialog = open_import(qtbot, page)
    assert dialog.new_radio.isChecked() and not dialog.existing_radio.isEnabled()
    form = dialog.form
    assert form.isEnabled()
    # the event editor's rule, beside its field; nothing saved
    dialog.import_button.click()
    assert form.errors["title"].text() == "请填写培训名称。"
    type_chinese(form.title, "社区矫正实务培训")
    dialog.import_button.click()
    assert form.errors["hours"].text() == "请填写培训学时。"
    assert event_count(store) == 0 and records(store) == []
    form.hours.setValue(4)
    form.start_date.setDate(QDate(2025, 9, 2))
    form.end_date.setDate(QDate(2025, 9, 3))
    form.mode.setCurrentIndex(form.mode.findData("实务实训"))
    type_chinese(form.organizer, "区民政局")
    type_chinese(form.place, "镇社工站")
    # 测试02 is given 5 hours, more than the 4 typed: the whole sheet is refused
    assert not dialog.run_import()
    problems = dialog.problems_dialog
    assert problems is not None and problems.isVisible()
    assert problems.problems == [f"第4行：测试02（{idn(2)}） 学时 5 超过了培训本身的 4 学时。"]
    assert "新培训也没有建立" in problems.intro.text()
    assert event_count(store) == 0 and records(store) == []
    assert store.scalar("SELECT count(*) FROM audit_log WHERE table_name = 'training_events'") == 0
    problems.close()
    chosen[0] = str(sheet(tmp_path / "good.xlsx", [["测试01", idn(1), 3], ["测试02", idn(2), 4]]))
    dialog.choose_button.click()
    with qtbot.waitSignal(dialog.imported):
        dialog.import_button.click()
    (ev,) = training.list_events(store)
    assert (ev["title"], ev["start_date"], ev["end_date"], ev["mode"], ev["hours"]) == (
        "社区矫正实务培训", "2025-09-02", "2025-09-03", "实务实训", 4,
    )  # fmt: skip
    assert (ev["organizer"], ev["place"], ev["attendees"]) == ("区民政局", "镇社工站", 2)
    assert sorted(r["hours_credited"] for r in records(store)) == [3, 4]
    assert {r["event_id"] for r in records(store)} == {ev["id"]}
    assert boxes.texts("information") == ["已新建培训《社区矫正实务培训》，并导入 2 人的签到。"]
    assert page.selected_event()["id"] == ev["id"]  # type: ignore[index]
    assert page.attendees.rowCount() == 2


def test_import_to_another_event_or_a_new_one_from_a_selected_event(
    qtbot: QtBot,
    page: TrainingPage,
    store: Store,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    boxes: Boxes,
) -> None:
    person(store, 1)
    first = event(store, "第一次培训", start="2025-05-10")
    second = event(store, "第二次培训", start="2025-06-10")
    path = sheet(tmp_path / "s.xlsx", [["测试01", idn(1), None]])
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )
    page.reload()
    page.select_event(first)
    dialog = open_import(qtbot, page)
    assert dialog.events.currentData() == first and dialog.events.count() == 2
    dialog.events.setCurrentIndex(dialog.events.findData(second))
    with qtbot.waitSignal(dialog.imported):
        dialog.import_button.click()
    assert [(r["event_id"], r["hours_credited"]) for r in records(store)] == [(second, 6)]
    # cancelling the file chooser opens nothing
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: ("", "")))
    page.dialog = None
    assert page.import_sheet() is None and page.dialog is None


def test_blank_sheet_from_the_dialog_comes_back_in(
    qtbot: QtBot,
    page: TrainingPage,
    store: Store,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    boxes: Boxes,
) -> None:
    person(store, 1)
    eid = event(store)
    blank = tmp_path / "blank.xlsx"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(blank), ""))
    )
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(blank), ""))
    )
    page.reload()
    page.select_event(eid)
    dialog = open_import(qtbot, page)
    dialog.template_button.click()
    assert "填好身份证号" in boxes.texts("information")[-1]
    wb = load_workbook(blank)
    ws = wb.active
    assert ws["A1"].value == "儿童保护专题培训 签到表"
    assert [c.value for c in ws[2]] == ["序号", "姓名", "身份证号", "学时", "签名"]
    assert ws["C3"].number_format == "@"  # 18 digits stay text in Excel
    # an untouched blank sheet: said plainly, nothing saved
    assert not dialog.run_import()
    assert boxes.texts("warning") == ["blank.xlsx 的表头下面没有数据。"]
    assert records(store) == [] and dialog.isVisible()
    ws["B3"], ws["C3"] = "测试01", idn(1)
    wb.save(blank)
    with qtbot.waitSignal(dialog.imported):
        dialog.import_button.click()
    assert [(r["event_id"], r["hours_credited"]) for r in records(store)] == [(eid, 6)]


def test_attendee_removed_from_the_event_panel(
    qtbot: QtBot, page: TrainingPage, store: Store, boxes: Boxes
) -> None:
    a = person(store, 1, village=VILLAGE)
    eid = event(store)
    training.attend(store, eid, [a])
    page.reload()
    page.select_event(eid)
    assert page.attendees.item(0, 0).text() == "测试01"  # type: ignore[union-attr]
    assert page.attendees.item(0, 2).text() == "和平社区"  # type: ignore[union-attr]
    page.attendees.selectRow(0)
    page.remove_attendee_button.click()
    assert "确定删除 测试01 在《儿童保护专题培训》的签到（6 学时）吗？" in boxes.texts("question")
    assert records(store) == [] and page.attendees.rowCount() == 0


def test_event_model_passes_the_model_tester(
    qtmodeltester: Any, qtbot: QtBot, page: TrainingPage, store: Store
) -> None:
    people = [person(store, n) for n in range(1, 6)]
    three_days = training.add_event(
        store,
        {"title": "儿童保护专题培训", "start_date": "2025-05-10", "end_date": "2025-05-12",
         "hours": 18, "organizer": "某某市社会工作者协会"},
    )  # fmt: skip
    event(store, "社区治理研讨", 12.5, "2024-11-02")
    training.attend(store, three_days, people)
    page.reload()
    qtmodeltester.check(page.model)
    assert page.model.rowCount() == 2
    assert (
        cell(page, 0, "dates") == "2025-05-10 至 2025-05-12" and cell(page, 0, "attendees") == "5"
    )
    page.search_edit.setText("治理")  # the tester stays attached through the reset
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    qtmodeltester.check(page.model)
