"""The worker file's exam parts: 从事社会工作起始 (eligibility input) and the read-only 考试记录."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from swdesk.core.idnumber import make_id_number
from swdesk.store import Store, exams, workers
from swdesk.ui.worker_editor import WorkerEditor

ID_A = make_id_number("510104", date(1985, 3, 15), 123)
C1, P1 = "社会工作综合能力（初级）", "社会工作实务（初级）"


def open_editor(qtbot: QtBot, store: Store, worker_id: str | None = None) -> WorkerEditor:
    editor = WorkerEditor(store, worker_id)
    qtbot.addWidget(editor, before_close_func=lambda w: w.done(0) if w.isVisible() else None)
    with qtbot.waitActive(editor):
        editor.show()
        editor.activateWindow()
    return editor


def worker(store: Store) -> str:
    return workers.create(
        store,
        {"name": "张三", "id_number": ID_A, "village_code": "510104001001", "education": "高中"},
    )


def set_date(editor: WorkerEditor, iso: str) -> None:
    editor.work_start_edit.setDate(QDate.fromString(iso, "yyyy-MM-dd"))


def test_work_start_is_saved_loaded_and_counted(qtbot: QtBot, store: Store) -> None:
    wid = worker(store)
    editor = open_editor(qtbot, store, wid)
    assert editor.work_start.value() is None and not editor.work_start_hint.isVisible()
    assert not editor.is_dirty()
    set_date(editor, "2019-01-01")
    assert editor.is_dirty()
    years = date.today().year + 1 - 2019
    assert editor.work_start_hint.isVisible()
    assert f"满 {years} 年" in editor.work_start_hint.text()
    with qtbot.waitSignal(editor.saved):
        qtbot.mouseClick(
            editor.button_box.button(editor.button_box.StandardButton.Save),
            Qt.MouseButton.LeftButton,
        )
    assert exams.work_start(store, wid) == "2019-01-01"
    # The eligibility helper now knows the years: 高中 + 4 years is enough for 初级 in 2024.
    assert exams.eligibility_of(store, wid, "初级", 2024).eligible is True
    again = open_editor(qtbot, store, wid)
    assert again.work_start.value() == "2019-01-01" and not again.is_dirty()
    again.work_start.set_value(None)  # clearing removes it
    assert again.save()
    assert exams.work_start(store, wid) is None


def test_saving_without_touching_the_start_writes_nothing(qtbot: QtBot, store: Store) -> None:
    wid = worker(store)
    exams.set_work_start(store, wid, "2018-05-01")
    before = store.scalar("SELECT count(*) FROM audit_log WHERE table_name = 'exam_work_starts'")
    editor = open_editor(qtbot, store, wid)
    editor.phone_edit.setText("13800000000")
    assert editor.save()
    after = store.scalar("SELECT count(*) FROM audit_log WHERE table_name = 'exam_work_starts'")
    assert after == before and exams.work_start(store, wid) == "2018-05-01"


def test_future_work_start_is_refused_and_nothing_saved(qtbot: QtBot, store: Store) -> None:
    wid = worker(store)
    editor = open_editor(qtbot, store, wid)
    future = QDate.currentDate().addDays(10).toString("yyyy-MM-dd")
    set_date(editor, future)
    assert "不能晚于今天" in editor.work_start_hint.text()
    assert not editor.save()
    assert "不能晚于今天" in editor.form_error.text() and editor.form_error.isVisible()
    assert exams.work_start(store, wid) is None


def test_new_worker_with_work_start(qtbot: QtBot, store: Store) -> None:
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    editor = open_editor(qtbot, store)
    assert not editor.exams_list.isVisible()  # nothing to show for a file not yet saved
    editor.name_edit.setFocus()
    ev = QInputMethodEvent()
    ev.setCommitString("王五")
    QApplication.sendEvent(editor.name_edit, ev)
    editor.id_edit.setText(ID_A)
    set_date(editor, "2020-03-01")
    with qtbot.waitSignal(editor.saved) as saved:
        assert editor.save()
    assert exams.work_start(store, saved.args[0]) == "2020-03-01"


def test_exam_record_lists_each_year_read_only(qtbot: QtBot, store: Store) -> None:
    wid = worker(store)
    for y in (2023, 2024):
        exams.save_year(store, y, {"fee_per_subject": 61})
    r23 = exams.register(store, 2023, wid, "初级")
    exams.set_score(store, r23, C1, 55)
    exams.set_score(store, r23, P1, None, absent=True)
    r24 = exams.register(store, 2024, wid, "初级")
    exams.set_score(store, r24, C1, 72)
    exams.set_score(store, r24, P1, 66)
    editor = open_editor(qtbot, store, wid)
    assert editor.exams_list.isVisible()
    lines = [editor.exams_list.item(i).text() for i in range(editor.exams_list.count())]
    assert len(lines) == 2
    assert (
        lines[0].startswith("2024年 初级")
        and "72" in lines[0]
        and "合格（全部科目合格）" in lines[0]
    )
    assert lines[1].startswith("2023年 初级") and "55" in lines[1] and "缺考" in lines[1]
    assert "不合格" in lines[1]
    tip = editor.exams_list.item(0).toolTip()
    assert "报名费 122.00 元（未报销）" in tip
    assert editor.exams_list.focusPolicy() == Qt.FocusPolicy.NoFocus  # read-only: not a stop
    assert not editor.is_dirty()


def test_exam_record_empty(qtbot: QtBot, store: Store) -> None:
    wid = worker(store)
    editor = open_editor(qtbot, store, wid)
    assert [editor.exams_list.item(i).text() for i in range(editor.exams_list.count())] == [
        "没有考试报名"
    ]


def test_work_start_changes_show_in_the_change_history(store: Store) -> None:
    from swdesk.ui.history_dialog import history_lines

    wid = worker(store)
    exams.set_work_start(store, wid, "2018-05-01")
    exams.set_work_start(store, wid, "2017-09-01")
    lines = [(line.field, line.change) for line in history_lines(store, wid)]
    assert ("从事社会工作起始", "2018-05-01 → 2017-09-01") in lines
    assert ("从事社会工作起始", "2018-05-01") in lines
