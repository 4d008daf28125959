"""The worker editor dialog, driven through its real widgets (offscreen)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import ui_helpers
from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from swdesk.core.idnumber import make_id_number
from swdesk.paths import forms_dir
from swdesk.store import Store, workers
from swdesk.ui.worker_editor import WorkerEditor

ID_MAN = make_id_number("510104", date(1990, 1, 1), 123)  # sequence 123: odd → 男
ID_WOMAN = make_id_number("510104", date(1988, 7, 15), 246)
HEPING, XINMIN, HONGXING = "510104001001", "510104001002", "510104001201"


# -- helpers -----------------------------------------------------------------------------------
def type_chinese(widget: QWidget, text: str) -> None:
    ui_helpers.type_chinese(widget, text, focus=True)


def tick(qtbot: QtBot, box: QCheckBox) -> None:
    """Click the check box's indicator (the middle of a wide box may be empty space)."""
    was = box.isChecked()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert box.isChecked() != was


def choose(qtbot: QtBot, combo: QComboBox, data: object) -> None:
    """Pick an item with the keyboard, as a user tabbing through the form would."""
    combo.setFocus()
    combo.setCurrentIndex(0)
    for _ in range(combo.count()):
        if combo.currentData() == data:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    raise AssertionError(f"{data!r} is not in {combo.objectName()}")


def open_editor(qtbot: QtBot, store: Store, worker_id: str | None = None) -> WorkerEditor:
    editor = WorkerEditor(store, worker_id)
    # At teardown close without the "discard changes?" question a failed test may leave.
    qtbot.addWidget(editor, before_close_func=lambda w: w.done(0) if w.isVisible() else None)
    with qtbot.waitActive(editor):  # focus, editingFinished and shortcuts need an active window
        editor.show()
        editor.activateWindow()
    return editor


def label_shown(editor: WorkerEditor, name: str) -> str:
    """The text of a message label if the user can see it, else ""."""
    widget = editor.findChild(QLabel, name)
    assert widget is not None
    return widget.text() if widget.isVisible() else ""


class Boxes:
    """Stands in for QMessageBox.exec: records each box and clicks the named button."""

    def __init__(self, answers: list[str]) -> None:
        self.answers = list(answers)
        self.seen: list[tuple[str, list[str]]] = []

    def exec(self, box: QMessageBox) -> int:
        texts = [b.text() for b in box.buttons()]
        self.seen.append((box.text(), texts))
        if not self.answers:
            raise AssertionError(f"unexpected message box: {box.text()}")
        wanted = self.answers.pop(0)
        for button in box.buttons():
            if button.text() == wanted:
                button.click()
                return 0
        raise AssertionError(f"no button {wanted!r} among {texts}")


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> Callable[[list[str]], Boxes]:
    def install(answers: list[str]) -> Boxes:
        fake = Boxes(answers)
        monkeypatch.setattr(QMessageBox, "exec", lambda box: fake.exec(box))
        return fake

    install([])  # by default any message box fails the test
    return install


def audit_count(store: Store) -> int:
    return int(store.scalar("SELECT count(*) FROM audit_log"))


def existing(store: Store, **overrides: Any) -> str:
    raw = {
        "name": "李四",
        "id_number": ID_WOMAN,
        "phone": "13900139000",
        "ethnicity": "回族",
        "village_code": HEPING,
        "post_type": "社区专职工作者",
        "domains": ["老年"],
        **overrides,
    }
    certs = [
        {"level": "助理社会工作师", "cert_number": "Z-2018-7", "obtained_date": "2018-06-01"},
    ]
    return workers.create(store, raw, certs)


# -- creating ---------------------------------------------------------------------------------
def test_create_worker_by_typing_and_enter(store: Store, qtbot: QtBot, boxes: Any) -> None:
    editor = open_editor(qtbot, store)
    assert editor.windowTitle() == "新建社工档案"
    assert not editor.history_button.isVisible()

    type_chinese(editor.name_edit, "张三")
    editor.id_edit.setFocus()
    qtbot.keyClicks(editor.id_edit, ID_MAN)
    assert editor.gender_value.text() == "男"
    assert editor.birth_value.text() == "1990-01-01"
    type_chinese(editor.ethnicity_combo.lineEdit(), "回族")
    editor.phone_edit.setFocus()
    qtbot.keyClicks(editor.phone_edit, "138 0013 8000")
    choose(qtbot, editor.education_combo, "大学本科")
    choose(qtbot, editor.political_combo, "中共党员")
    type_chinese(editor.major_edit, "社会工作")
    tick(qtbot, editor.sw_major_check)
    choose(qtbot, editor.village_combo, HONGXING)
    choose(qtbot, editor.post_type_combo, "社工站驻站社工")
    tick(qtbot, editor.professional_check)
    tick(qtbot, editor.domain_picker.box("老年"))
    tick(qtbot, editor.domain_picker.box("儿童/未成年人"))

    qtbot.mouseClick(editor.add_cert_button, Qt.MouseButton.LeftButton)
    row = editor.certs.rows()[0]
    assert row.level.currentData() == "助理社会工作师"  # no certificate yet: the first national one
    choose(qtbot, row.level, "社会工作师")
    qtbot.keyClicks(row.number, "2021-SG-0042")
    row.obtained.edit.setFocus()
    qtbot.keyClicks(row.obtained.edit, "2021-06-20")
    assert row.obtained.value() == "2021-06-20"
    assert editor.certs.level_label.text() == "当前等级：社会工作师"

    editor.phone_edit.setFocus()
    with qtbot.waitSignal(editor.saved, timeout=2000) as blocker:
        qtbot.keyClick(editor.phone_edit, Qt.Key.Key_Return)
    assert editor.result() == editor.DialogCode.Accepted
    assert not editor.isVisible()

    saved = workers.get(store, blocker.args[0])
    assert saved["name"] == "张三"
    assert saved["id_number"] == ID_MAN
    assert (saved["gender"], saved["birth_date"]) == ("男", "1990-01-01")
    assert saved["ethnicity"] == "回族"
    assert saved["phone"] == "13800138000"
    assert saved["education"] == "大学本科"
    assert saved["political_status"] == "中共党员"
    assert (saved["major"], saved["sw_major"]) == ("社会工作", 1)
    assert saved["village_code"] == HONGXING
    assert (saved["post_type"], saved["professional_post"]) == ("社工站驻站社工", 1)
    assert saved["domains"] == ["老年", "儿童/未成年人"]
    assert saved["status"] == "在岗"
    assert saved["status_date"] is None
    assert saved["level"] == "社会工作师"
    [cert] = saved["certificates"]
    assert (cert["level"], cert["cert_number"], cert["obtained_date"]) == (
        "社会工作师",
        "2021-SG-0042",
        "2021-06-20",
    )
    assert cert["registration_date"] is None


def test_ethnicity_short_form_and_completer(store: Store, qtbot: QtBot, boxes: Any) -> None:
    editor = open_editor(qtbot, store)
    completer = editor.ethnicity_combo.completer()
    completer.setCompletionPrefix("吾尔")
    assert completer.currentCompletion() == "维吾尔族"  # matches inside the name
    type_chinese(editor.name_edit, "王五")
    editor.id_edit.setText(ID_MAN)
    type_chinese(editor.ethnicity_combo.lineEdit(), "汉")
    with qtbot.waitSignal(editor.saved, timeout=2000) as blocker:
        qtbot.mouseClick(editor.button_box.buttons()[0], Qt.MouseButton.LeftButton)
    assert workers.get(store, blocker.args[0])["ethnicity"] == "汉族"


def test_enter_in_notes_is_a_new_line_and_ctrl_enter_saves(
    store: Store, qtbot: QtBot, boxes: Any
) -> None:
    editor = open_editor(qtbot, store)
    type_chinese(editor.name_edit, "赵六")
    editor.id_edit.setText(ID_MAN)
    editor.notes_edit.setFocus()
    qtbot.keyClicks(editor.notes_edit, "line one")
    with qtbot.assertNotEmitted(editor.saved):
        qtbot.keyClick(editor.notes_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.notes_edit, "line two")
    assert editor.isVisible()
    with qtbot.waitSignal(editor.saved, timeout=2000) as blocker:
        qtbot.keyClick(editor.notes_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert workers.get(store, blocker.args[0])["notes"] == "line one\nline two"


def test_tab_order_follows_the_form(store: Store, qtbot: QtBot, boxes: Any) -> None:
    editor = open_editor(qtbot, store)
    qtbot.mouseClick(editor.add_cert_button, Qt.MouseButton.LeftButton)
    editor.name_edit.setFocus()
    order = []
    for _ in range(40):
        widget = QApplication.focusWidget()
        assert widget is not None
        name = widget.objectName()
        if name.startswith("qt_") and widget.parent() is not None:
            name = widget.parent().objectName()  # the line edit inside a combo or date edit
        order.append(name)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        if QApplication.focusWidget() is editor.name_edit:
            break
    # Save and Cancel carry no object names in QDialogButtonBox.
    expected_start = [
        "nameEdit",
        "idNumberEdit",
        "ethnicityCombo",
        "phoneEdit",
        "politicalCombo",
        "educationCombo",
        "majorEdit",
        "swMajorCheck",
        "workStartEdit",  # 从事社会工作起始 (exam eligibility), after the major it goes with
        "villageCombo",
        "postTypeCombo",
        "professionalPostCheck",
        *[f"domain_{i}" for i in range(7)],
        *[f"role_{i}" for i in range(4)],  # 职务, after the service domains
        "statusCombo",
        "notesEdit",
        "cert_0",
        "cert_1",
        "cert_2",
        "cert_3",
        "addCertButton",
        "removeCertButton",
    ]
    assert order[: len(expected_start)] == expected_start
    assert len(order) == len(expected_start) + 2  # then Save and Cancel, back to 姓名
    # Shift+Tab walks back through the (empty) certificate dates into 备注
    editor.add_cert_button.setFocus()
    back = []
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
        back.append(QApplication.focusWidget().objectName())
    assert back == ["cert_3", "cert_2", "cert_1"]


# -- editing ------------------------------------------------------------------------------------
def test_edit_moves_village_keeps_history_and_updates_certificates(
    store: Store, qtbot: QtBot, boxes: Any
) -> None:
    wid = existing(store)
    editor = open_editor(qtbot, store, wid)
    assert editor.windowTitle() == "社工档案 — 李四"
    assert editor.name_edit.text() == "李四"
    assert editor.gender_value.text() == "女"
    assert editor.village_combo.currentData() == HEPING
    assert editor.domain_picker.values() == ["老年"]
    assert editor.certs.level_label.text() == "当前等级：助理社会工作师"
    assert not editor.move_date_edit.isVisible()

    choose(qtbot, editor.village_combo, XINMIN)
    assert editor.move_date_edit.isVisible()
    editor.move_date.set_value("2024-03-01")
    # a new, higher certificate; the level of a new row defaults to the next one up
    qtbot.mouseClick(editor.add_cert_button, Qt.MouseButton.LeftButton)
    new_row = editor.certs.rows()[1]
    assert new_row.level.currentData() == "社会工作师"
    new_row.obtained.set_value("2023-06-18")
    new_row.registered.set_value("2023-09-01")
    old_row = editor.certs.rows()[0]
    old_row.number.setFocus()
    old_row.number.selectAll()
    qtbot.keyClicks(old_row.number, "Z-2018-8")

    with qtbot.waitSignal(editor.saved, timeout=2000):
        qtbot.keyClick(editor.name_edit, Qt.Key.Key_Enter)

    saved = workers.get(store, wid)
    assert saved["village_code"] == XINMIN
    assert saved["level"] == "社会工作师"
    assert [c["cert_number"] for c in saved["certificates"]] == ["Z-2018-8", None]
    [move] = saved["moves"]
    assert (move["kind"], move["old_value"], move["new_value"], move["on_date"]) == (
        "village",
        HEPING,
        XINMIN,
        "2024-03-01",
    )

    # the move shows in the next editor, and removing a certificate lowers the level
    again = open_editor(qtbot, store, wid)
    assert again.moves_list.isVisible()
    assert again.moves_list.item(0).text() == "2024-03-01  和平社区 → 新民社区"
    second = again.certs.rows()[1]
    second.level.setFocus()
    qtbot.mouseClick(again.remove_cert_button, Qt.MouseButton.LeftButton)
    assert len(again.certs.rows()) == 1
    assert again.certs.level_label.text() == "当前等级：助理社会工作师"
    with qtbot.waitSignal(again.saved, timeout=2000):
        qtbot.keyClick(again.name_edit, Qt.Key.Key_Return)
    after = workers.get(store, wid)
    assert after["level"] == "助理社会工作师"
    assert len(after["certificates"]) == 1
    deleted = store.scalar(
        "SELECT count(*) FROM certificates WHERE worker_id = ? AND deleted = 1", (wid,)
    )
    assert deleted == 1  # a tombstone, not a hard delete


def test_status_change_enables_the_date_and_records_it(
    store: Store, qtbot: QtBot, boxes: Any
) -> None:
    wid = existing(store)
    editor = open_editor(qtbot, store, wid)
    assert not editor.status_date_edit.isEnabled()  # 在岗 and unchanged
    choose(qtbot, editor.status_combo, "离岗")
    assert editor.status_date_edit.isEnabled()
    assert editor.status_date.value() == date.today().isoformat()
    choose(qtbot, editor.status_combo, "在岗")  # back to what it was: nothing to date
    assert not editor.status_date_edit.isEnabled()
    assert editor.status_date.value() is None
    choose(qtbot, editor.status_combo, "调出")
    editor.status_date.set_value("2024-12-31")
    choose(qtbot, editor.village_combo, HONGXING)  # moved and left on different dates
    editor.move_date.set_value("2024-06-01")
    with qtbot.waitSignal(editor.saved, timeout=2000):
        qtbot.keyClick(editor.name_edit, Qt.Key.Key_Return)
    saved = workers.get(store, wid)
    assert (saved["status"], saved["status_date"], saved["village_code"]) == (
        "调出",
        "2024-12-31",
        HONGXING,
    )
    moves = [(m["kind"], m["new_value"], m["on_date"]) for m in saved["moves"]]
    assert moves == [("village", HONGXING, "2024-06-01"), ("status", "调出", "2024-12-31")]


def test_optional_date_can_be_cleared_and_typed(store: Store, qtbot: QtBot, boxes: Any) -> None:
    editor = open_editor(qtbot, store)
    qtbot.mouseClick(editor.add_cert_button, Qt.MouseButton.LeftButton)
    row = editor.certs.rows()[0]
    edit = row.registered.edit
    assert edit.text() == "未填"
    edit.setFocus()
    qtbot.keyClicks(edit, "2020-02-29")
    assert row.registered.value() == "2020-02-29"
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    assert row.registered.value() is None
    assert edit.text() == "未填"


# -- rejecting bad input --------------------------------------------------------------------
@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        (ID_MAN[:-1] + ("0" if ID_MAN[-1] != "0" else "1"), "校验位不对"),
        ("510104199002301234", "不是真实的日期"),
        ("4.10105199001011E+17", "被 Excel 存成了数字"),
        ("510104900101011", "15位旧号码"),  # valid old number: not an error, shown upgraded
        ("5101041990", "应为18位"),
    ],
)
def test_id_number_reason_is_shown_inline(
    store: Store, qtbot: QtBot, boxes: Any, typed: str, reason: str
) -> None:
    editor = open_editor(qtbot, store)
    editor.id_edit.setFocus()
    qtbot.keyClicks(editor.id_edit, typed)
    if typed == "5101041990":  # still typing: a count, not a scolding
        assert label_shown(editor, "idNumberHint") == "已输入 10 位，共 18 位"
    qtbot.keyClick(editor.id_edit, Qt.Key.Key_Tab)  # leave the field
    hint = label_shown(editor, "idNumberHint")
    if typed == "510104900101011":
        assert editor.id_edit.text() == make_id_number("510104", date(1990, 1, 1), 11)
        assert hint == "由15位旧身份证号 510104900101011 升位为18位"
        assert editor.gender_value.text() == "男"
    else:
        assert reason in hint
        assert editor.gender_value.text() == "—"
        assert editor.birth_value.text() == "—"


def test_invalid_input_keeps_dialog_open_and_writes_nothing(
    store: Store, qtbot: QtBot, boxes: Any
) -> None:
    before = audit_count(store)
    editor = open_editor(qtbot, store)
    type_chinese(editor.name_edit, "张三")
    editor.id_edit.setFocus()
    qtbot.keyClicks(editor.id_edit, ID_MAN[:-1] + ("0" if ID_MAN[-1] != "0" else "1"))
    editor.phone_edit.setFocus()
    qtbot.keyClicks(editor.phone_edit, "1234")
    qtbot.mouseClick(editor.add_cert_button, Qt.MouseButton.LeftButton)
    row = editor.certs.rows()[0]
    row.obtained.set_value("2022-06-01")
    row.registered.set_value("2021-01-01")
    editor.name_edit.setFocus()
    with qtbot.assertNotEmitted(editor.saved):
        qtbot.keyClick(editor.name_edit, Qt.Key.Key_Return)
    assert editor.isVisible()
    assert "校验位不对" in label_shown(editor, "idNumberHint")
    assert "手机号“1234”不对" in label_shown(editor, "phoneError")
    assert "第 1 行：登记日期早于取得日期" in label_shown(editor, "certError")
    assert label_shown(editor, "nameError") == ""
    assert QApplication.focusWidget() is editor.id_edit  # the first bad field
    assert workers.count(store, include_deleted=True) == 0
    assert audit_count(store) == before

    # an empty name is named too, and fixing a field clears its message as the user types
    editor.name_edit.clear()
    editor.id_edit.setText(ID_MAN)
    editor.phone_edit.setText("13800138000")
    row.registered.set_value("2022-07-01")
    qtbot.mouseClick(editor.button_box.buttons()[0], Qt.MouseButton.LeftButton)
    assert label_shown(editor, "nameError") == "姓名不能为空。"
    assert label_shown(editor, "idNumberHint") == ""
    assert label_shown(editor, "phoneError") == ""
    assert QApplication.focusWidget() is editor.name_edit
    type_chinese(editor.name_edit, "张三")
    assert label_shown(editor, "nameError") == ""
    assert workers.count(store, include_deleted=True) == 0


def test_phone_error_waits_until_the_number_is_complete(
    store: Store, qtbot: QtBot, boxes: Any
) -> None:
    editor = open_editor(qtbot, store)
    editor.phone_edit.setFocus()
    qtbot.keyClicks(editor.phone_edit, "1380")
    assert label_shown(editor, "phoneError") == ""
    qtbot.keyClick(editor.phone_edit, Qt.Key.Key_Tab)
    assert "应为以1开头的11位数字" in label_shown(editor, "phoneError")
    editor.phone_edit.setFocus()
    qtbot.keyClicks(editor.phone_edit, "0138000")
    assert label_shown(editor, "phoneError") == ""


# -- duplicates ------------------------------------------------------------------------------
def test_duplicate_id_number_offers_the_existing_record(
    store: Store, qtbot: QtBot, boxes: Any
) -> None:
    wid = existing(store)
    before = audit_count(store)
    editor = open_editor(qtbot, store)
    switched: list[str] = []
    editor.switched.connect(switched.append)
    type_chinese(editor.name_edit, "李思")
    editor.id_edit.setFocus()
    qtbot.keyClicks(editor.id_edit, ID_WOMAN)
    assert "已经有这个身份证号的档案（李四）" in label_shown(editor, "idNumberHint")

    fake = boxes(["取消"])
    with qtbot.assertNotEmitted(editor.saved):
        qtbot.keyClick(editor.id_edit, Qt.Key.Key_Return)
    assert "已经有档案（李四）" in fake.seen[0][0]
    assert fake.seen[0][1] == ["打开已有档案", "取消"]
    assert editor.worker_id is None and editor.isVisible()
    assert audit_count(store) == before

    boxes(["打开已有档案"])
    qtbot.keyClick(editor.id_edit, Qt.Key.Key_Return)
    assert switched == [wid]
    assert editor.worker_id == wid
    assert editor.name_edit.text() == "李四"
    assert editor.windowTitle() == "社工档案 — 李四"
    assert not editor.is_dirty()
    assert workers.count(store) == 1
    assert audit_count(store) == before


def test_duplicate_of_a_deleted_record_restores_it(store: Store, qtbot: QtBot, boxes: Any) -> None:
    wid = existing(store)
    workers.delete(store, wid)
    editor = open_editor(qtbot, store)
    saved: list[str] = []
    editor.saved.connect(saved.append)
    type_chinese(editor.name_edit, "李四")
    editor.id_edit.setText(ID_WOMAN)
    assert "已删除" in label_shown(editor, "idNumberHint")
    fake = boxes(["恢复并打开"])
    qtbot.keyClick(editor.id_edit, Qt.Key.Key_Return)
    assert fake.seen[0][1] == ["恢复并打开", "取消"]
    assert saved == [wid]  # restored: the list behind the dialog must refresh
    assert editor.worker_id == wid
    assert workers.get(store, wid)["deleted"] == 0
    assert workers.count(store, include_deleted=True) == 1


# -- cancelling ------------------------------------------------------------------------------
def test_escape_on_unchanged_form_closes_without_asking(
    store: Store, qtbot: QtBot, boxes: Any
) -> None:
    wid = existing(store)
    editor = open_editor(qtbot, store, wid)
    qtbot.keyClick(editor.name_edit, Qt.Key.Key_Escape)
    assert not editor.isVisible()
    assert editor.result() == editor.DialogCode.Rejected


def test_escape_with_changes_asks_and_writes_nothing(
    store: Store, qtbot: QtBot, boxes: Any
) -> None:
    wid = existing(store)
    before = audit_count(store)
    editor = open_editor(qtbot, store, wid)
    editor.phone_edit.setFocus()
    editor.phone_edit.selectAll()
    qtbot.keyClicks(editor.phone_edit, "13700137000")
    tick(qtbot, editor.domain_picker.box("家庭"))

    fake = boxes(["继续编辑"])
    qtbot.keyClick(editor.phone_edit, Qt.Key.Key_Escape)
    assert fake.seen[0][1] == ["放弃修改", "继续编辑"]
    assert editor.isVisible()
    assert editor.phone_edit.text() == "13700137000"

    boxes(["放弃修改"])
    qtbot.keyClick(editor.phone_edit, Qt.Key.Key_Escape)
    assert not editor.isVisible()
    assert workers.get(store, wid)["phone"] == "13900139000"
    assert audit_count(store) == before


def test_new_form_escape_after_typing_discards(store: Store, qtbot: QtBot, boxes: Any) -> None:
    editor = open_editor(qtbot, store)
    type_chinese(editor.name_edit, "张三")
    boxes(["放弃修改"])
    qtbot.mouseClick(editor.button_box.buttons()[1], Qt.MouseButton.LeftButton)
    assert not editor.isVisible()
    assert workers.count(store, include_deleted=True) == 0


# -- form file and translation ---------------------------------------------------------------
def test_ui_strings_are_extractable_and_translated(
    store: Store, qtbot: QtBot, tmp_path: Path, boxes: Any
) -> None:
    ts = tmp_path / "editor_en.ts"
    tool = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run(
        [str(tool), str(forms_dir() / "worker_editor.ui"), "-ts", str(ts)],
        check=True,
        capture_output=True,
    )
    text = ts.read_text(encoding="utf-8")
    assert "<name>WorkerEditor</name>" in text
    assert "<source>身份证号(&amp;I)</source>" in text
    assert "<source>基本信息</source>" in text
    # Translate two strings and load them: QUiLoader uses the same context.
    text = text.replace(
        '<source>基本信息</source>\n        <translation type="unfinished"></translation>',
        "<source>基本信息</source>\n        <translation>Personal details</translation>",
    ).replace(
        '<source>姓名(&amp;N)</source>\n        <translation type="unfinished"></translation>',
        "<source>姓名(&amp;N)</source>\n        <translation>&amp;Name</translation>",
    )
    ts.write_text(text, encoding="utf-8")
    qm = tmp_path / "editor_en.qm"
    subprocess.run(
        [str(Path(sys.executable).parent / "pyside6-lrelease"), str(ts), "-qm", str(qm)],
        check=True,
        capture_output=True,
    )
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        editor = open_editor(qtbot, store)
        assert editor.findChild(QLabel, "nameLabel").text() == "&Name"
        assert editor.findChild(QWidget, "basicGroup").title() == "Personal details"
    finally:
        QCoreApplication.removeTranslator(translator)
    qtbot.waitUntil(lambda: editor.findChild(QLabel, "nameLabel").text() == "姓名(&N)")


def test_saving_an_unchanged_file_writes_nothing(store: Store, qtbot: QtBot, boxes: Any) -> None:
    wid = existing(store, notes="第一行\n第二行", status="离岗", status_date="2023-05-06")
    before = audit_count(store)
    editor = open_editor(qtbot, store, wid)
    assert not editor.is_dirty()
    assert editor.status_date_edit.isEnabled()  # 离岗: its date matters
    assert editor.status_date.value() == "2023-05-06"
    with qtbot.waitSignal(editor.saved, timeout=2000):
        qtbot.keyClick(editor.name_edit, Qt.Key.Key_Return)
    assert audit_count(store) == before
    assert workers.get(store, wid)["moves"] == []


def test_old_15_digit_number_is_saved_upgraded_with_the_note(
    store: Store, qtbot: QtBot, boxes: Any
) -> None:
    editor = open_editor(qtbot, store)
    type_chinese(editor.name_edit, "钱十")
    editor.id_edit.setFocus()
    qtbot.keyClicks(editor.id_edit, "510104900101011")
    assert "保存时升位为18位" in label_shown(editor, "idNumberHint")
    with qtbot.waitSignal(editor.saved, timeout=2000) as blocker:
        qtbot.keyClick(editor.id_edit, Qt.Key.Key_Return)
    saved = workers.get(store, blocker.args[0])
    assert saved["id_number"] == make_id_number("510104", date(1990, 1, 1), 11)
    assert saved["id_note"] == "由15位旧身份证号 510104900101011 升位为18位"
    # reopened, the note stays and is shown; saving again keeps it
    again = open_editor(qtbot, store, saved["id"])
    assert label_shown(again, "idNumberHint") == saved["id_note"]
    type_chinese(again.major_edit, "社工")
    with qtbot.waitSignal(again.saved, timeout=2000):
        qtbot.keyClick(again.major_edit, Qt.Key.Key_Return)
    assert workers.get(store, saved["id"])["id_note"] == saved["id_note"]


@pytest.mark.parametrize(
    "field",
    ["ethnicity_combo", "village_combo", "sw_major_check", "major_edit", "status_combo"],
)
def test_enter_saves_from_other_fields(store: Store, qtbot: QtBot, boxes: Any, field: str) -> None:
    wid = existing(store)
    editor = open_editor(qtbot, store, wid)
    widget = getattr(editor, field)
    widget.setFocus()
    assert QApplication.focusWidget() in (widget, getattr(widget, "lineEdit", lambda: None)())
    with qtbot.waitSignal(editor.saved, timeout=2000):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert not editor.isVisible()


def test_enter_on_a_certificate_date_saves(store: Store, qtbot: QtBot, boxes: Any) -> None:
    wid = existing(store)
    editor = open_editor(qtbot, store, wid)
    date_edit = editor.certs.rows()[0].registered.edit
    date_edit.setFocus()
    with qtbot.waitSignal(editor.saved, timeout=2000):
        qtbot.keyClick(date_edit, Qt.Key.Key_Return)
    assert workers.get(store, wid)["certificates"][0]["registration_date"] is None


def test_ethnicity_shows_in_english_and_is_stored_in_chinese(
    store: Store, qtbot: QtBot, tmp_path: Path, boxes: Any
) -> None:
    """Ethnicities are enumeration values like the others: English labels, Chinese storage."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
    import build_translations

    ts = tmp_path / "swdesk_en.ts"
    ts.write_bytes((build_translations.TRANSLATIONS / "swdesk_en.ts").read_bytes())
    build_translations.compile_ts(ts)
    translator = QTranslator()
    assert translator.load(str(ts.with_suffix(".qm")))
    wid = existing(store)  # 回族
    QCoreApplication.installTranslator(translator)
    try:
        editor = open_editor(qtbot, store, wid)
        combo = editor.ethnicity_combo
        assert combo.currentText() == "Hui"
        assert combo.itemText(0) == "Han" and combo.itemData(0) == "汉族"
        assert not editor.is_dirty()  # showing "Hui" is no change to 回族
        combo.lineEdit().selectAll()
        qtbot.keyClicks(combo.lineEdit(), "yi")  # what an English user types; case ignored
        assert editor.raw()["ethnicity"] == "彝族"
        with qtbot.waitSignal(editor.saved, timeout=2000):
            qtbot.keyClick(editor.name_edit, Qt.Key.Key_Return)
    finally:
        QCoreApplication.removeTranslator(translator)
    assert workers.get(store, wid)["ethnicity"] == "彝族"


def test_a_bad_id_number_is_explained_in_english(store: Store, qtbot: QtBot, english: None) -> None:
    editor = open_editor(qtbot, store)
    editor.id_edit.setFocus()
    qtbot.keyClicks(editor.id_edit, "11010519491231002")
    qtbot.keyClick(editor.id_edit, Qt.Key.Key_Tab)  # leave the field
    assert label_shown(editor, "idNumberHint") == (
        "An ID number has 18 digits (old numbers 15); this one has 17."
    )


def test_a_stored_upgrade_note_reads_in_english_and_stays_chinese(
    store: Store, qtbot: QtBot, boxes: Any, english: None
) -> None:
    wid = existing(store, id_number="510104900101011")
    assert workers.get(store, wid)["id_note"] == "由15位旧身份证号 510104900101011 升位为18位"
    editor = open_editor(qtbot, store, wid)
    assert label_shown(editor, "idNumberHint") == (
        "Upgraded to 18 digits from the old 15-digit number 510104900101011"
    )
    assert not editor.is_dirty()


# -- text made plain on the way in (core.text) ------------------------------------------------
def test_a_pasted_name_and_number_are_stored_plain_and_found(store: Store, qtbot: QtBot) -> None:
    editor = open_editor(qtbot, store)
    type_chinese(editor.name_edit, "王\u200b五")
    editor.id_edit.setText("\u202d" + ID_MAN + "\u200e")
    assert label_shown(editor, "idNumberHint") == ""  # not "现在是 20 位"
    with qtbot.waitSignal(editor.saved):
        qtbot.mouseClick(editor.button_box.buttons()[0], Qt.MouseButton.LeftButton)
    (row,) = workers.list_public(store, "王五")
    assert row["name"] == "王五" and row["id_number"] == ID_MAN


def test_a_name_with_a_control_character_is_refused_at_its_field(
    store: Store, qtbot: QtBot
) -> None:
    editor = open_editor(qtbot, store)
    type_chinese(editor.name_edit, "王\t五")
    editor.id_edit.setText(ID_MAN)
    with qtbot.assertNotEmitted(editor.saved):
        qtbot.mouseClick(editor.button_box.buttons()[0], Qt.MouseButton.LeftButton)
    assert "姓名里有看不见的控制字符（制表符）" in label_shown(editor, "nameError")
    assert workers.count(store, include_deleted=True) == 0


def test_enter_in_discard_question_keeps_editing(qtbot: QtBot, store: Store) -> None:
    """Esc with unsaved edits asks 放弃修改?; Enter there must keep the edits, not drop them."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    editor = open_editor(qtbot, store)
    editor.phone_edit.setText("13800138000")
    assert editor.is_dirty()
    asked: list[str] = []

    def press_enter() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        asked.append(box.defaultButton().text())
        qtbot.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(0, press_enter)
    editor.reject()
    assert asked == ["继续编辑"]
    assert editor.isVisible() and editor.phone_edit.text() == "13800138000"
