"""The one date input: typed dates read whole, the weekday shown, a date outside its year or
period questioned before saving; the exam-year dialog's dates follow the year."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from ce_people import person
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QDateEdit
from pytestqt.qtbot import QtBot

from swdesk.store import Store, exams, training
from swdesk.ui.date_input import DateInput
from swdesk.ui.event_editor import EventEditor
from swdesk.ui.exam_dialogs import YearDialog, default_exam_year
from swdesk.ui.ledger_dialog import RecordEditor

FORMS = Path(__file__).resolve().parent.parent / "forms"
MAY_5 = QDate(2025, 5, 5)  # a Monday
TODAY = date.today()

pytestmark = pytest.mark.usefixtures("clean_qsettings")


def type_into(qtbot: QtBot, edit: QDateEdit, text: str) -> None:
    """Click into the box (the cursor lands in it, nothing selected) and type."""
    edit.setFocus()
    qtbot.mouseClick(edit.lineEdit(), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(edit, text)


def shown_edit(qtbot: QtBot, edit: QDateEdit) -> QDateEdit:
    qtbot.addWidget(edit)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setDate(QDate(2026, 12, 7))
    edit.show()
    qtbot.waitExposed(edit)
    return edit


def test_a_plain_qdateedit_does_not_read_a_typed_date_whole(qtbot: QtBot) -> None:
    """Why the date input exists: Qt's sections make something else of 2025-05-05."""
    edit = shown_edit(qtbot, QDateEdit())
    type_into(qtbot, edit, "2025-05-05")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.date() != MAY_5


@pytest.mark.parametrize("typed", ["2025-05-05", "2025/5/5", "20250505", "2025.5.5", "2025-5-05"])
def test_typed_forms_mean_the_day_typed(qtbot: QtBot, typed: str) -> None:
    edit = shown_edit(qtbot, DateInput())
    edit.setLocale(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    type_into(qtbot, edit, typed)
    assert edit.date() == MAY_5  # already while typing, as a QDateEdit's value follows it
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.date() == MAY_5
    assert edit.text() == "2025-05-05 周一"


def test_the_weekday_follows_the_date_and_the_language(qtbot: QtBot) -> None:
    edit = shown_edit(qtbot, DateInput())
    edit.setLocale(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    edit.setDate(QDate(2025, 5, 10))
    assert edit.text() == "2025-05-10 Sat"
    edit.setLocale(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    edit.setDate(QDate(2025, 5, 11))
    assert edit.text() == "2025-05-11 周日"


@pytest.mark.parametrize("typed", ["2025-02-30", "1899-12-31", "2025-5", "2025"])
def test_text_naming_no_real_day_leaves_the_date(qtbot: QtBot, typed: str) -> None:
    edit = shown_edit(qtbot, DateInput())
    edit.setDateRange(QDate(1900, 1, 1), QDate(2100, 12, 31))
    type_into(qtbot, edit, typed)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.date() == QDate(2026, 12, 7)
    assert edit.text().startswith("2026-12-07 ")


def test_escape_forgets_what_was_typed(qtbot: QtBot) -> None:
    edit = shown_edit(qtbot, DateInput())
    type_into(qtbot, edit, "2025050")
    qtbot.keyClick(edit, Qt.Key.Key_Escape)
    assert edit.date() == QDate(2026, 12, 7) and not edit.typing()


def test_backspace_corrects_a_slip(qtbot: QtBot) -> None:
    edit = shown_edit(qtbot, DateInput())
    type_into(qtbot, edit, "2026")
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(edit, "5-05-05")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert edit.date() == MAY_5


def test_every_day_field_in_the_forms_is_the_date_input() -> None:
    """A QDateEdit left in a form holds months only (yyyy-MM), where there is no day to type."""
    for ui in sorted(FORMS.glob("*.ui")):
        text = ui.read_text(encoding="utf-8")
        for m in re.finditer(r'<widget class="QDateEdit" name="(\w+)">(.*?)</widget>', text, re.S):
            assert "<string>yyyy-MM</string>" in m.group(2), f"{ui.name}: {m.group(1)}"


def test_a_trainings_start_date_takes_a_typed_date(qtbot: QtBot, store: Store) -> None:
    editor = EventEditor(store)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    assert isinstance(editor.start_date, DateInput) and isinstance(editor.end_date, DateInput)
    type_into(qtbot, editor.start_date, "2025/5/5")
    qtbot.keyClick(editor.start_date, Qt.Key.Key_Tab)
    assert editor.start_date.date() == MAY_5
    assert editor.end_date.date() == MAY_5  # a one-day training: the end follows


# -- the expected period ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("day", "outside"),
    [
        (QDate(2026, 1, 1), False),
        (QDate(2026, 12, 31), False),
        (QDate(2025, 12, 31), True),
        (QDate(2027, 1, 1), True),
    ],
)
def test_a_date_outside_the_expected_year_is_questioned(
    qtbot: QtBot, day: QDate, outside: bool
) -> None:
    edit = shown_edit(qtbot, DateInput())
    assert edit.warning("报名截止") is None  # no expectation: nothing to question
    edit.set_expected_year(2026)
    edit.setDate(day)
    warning = edit.warning("报名截止")
    if outside:
        assert warning == f"报名截止 {day.toString('yyyy-MM-dd')} 不在 2026 年内，请核对年份。"
    else:
        assert warning is None


def test_a_date_outside_a_period_names_the_period(qtbot: QtBot) -> None:
    edit = shown_edit(qtbot, DateInput())
    edit.set_expected(date(2024, 3, 1), date(2027, 2, 28))
    edit.setDate(QDate(2027, 2, 28))
    assert edit.warning("结束日期") is None
    edit.setDate(QDate(2027, 3, 1))
    assert edit.warning("结束日期") == (
        "结束日期 2027-03-01 不在 2024-03-01 至 2027-02-28 之内，请核对年份。"
    )


def test_a_record_outside_the_workers_period_is_questioned_once(qtbot: QtBot, store: Store) -> None:
    wid = person(store, 1, "张三", reg=TODAY - timedelta(days=400))
    editor = RecordEditor(store, wid)
    qtbot.addWidget(editor)
    editor.show()
    editor.title.setText("Online course")
    editor.hours.setValue(6)
    editor.end_date.setDate(QDate(TODAY.year, TODAY.month, TODAY.day).addDays(-401))
    assert editor.save() is False
    assert "不在" in editor.error.text() and "再点一次" in editor.error.text()
    assert training.worker_records(store, wid) == []
    with qtbot.waitSignal(editor.saved):
        assert editor.save() is True  # the second click: it really was before
    assert len(training.worker_records(store, wid)) == 1


def test_a_record_inside_the_period_saves_at_once(qtbot: QtBot, store: Store) -> None:
    wid = person(store, 1, "张三", reg=TODAY - timedelta(days=400))
    editor = RecordEditor(store, wid)
    qtbot.addWidget(editor)
    editor.show()
    editor.title.setText("Online course")
    editor.hours.setValue(6)
    editor.end_date.setDate(QDate(TODAY.year, TODAY.month, TODAY.day).addDays(-400))
    with qtbot.waitSignal(editor.saved):
        assert editor.save() is True


# -- the exam year -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("today", "year"),
    [(date(2026, 1, 1), 2026), (date(2026, 11, 30), 2026), (date(2026, 12, 1), 2027)],
)
def test_a_new_exam_year_in_december_is_next_year(today: date, year: int) -> None:
    assert default_exam_year(today) == year


def new_year_dialog(qtbot: QtBot, store: Store) -> YearDialog:
    dialog = YearDialog(store, None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.fee.setValue(60)
    return dialog


def test_the_default_dates_follow_the_year_chosen(qtbot: QtBot, store: Store) -> None:
    dialog = new_year_dialog(qtbot, store)
    assert dialog.year.value() == default_exam_year(TODAY)
    dialog.year.setValue(2026)
    dialog.reg_end.check.setChecked(True)  # ticked while the year was 2026
    dialog.year.setValue(2027)
    dialog.day1.check.setChecked(True)
    assert dialog.day1.edit.date() == QDate(2027, 6, 15)
    assert dialog.day2.edit.date() == QDate(2027, 6, 16)
    assert dialog.reg_start.edit.date() == QDate(2027, 4, 1)
    assert dialog.reg_end.edit.date() == QDate(2027, 4, 16)  # moved along with the year
    with qtbot.waitSignal(dialog.saved):  # once refused: 考试日期 2026-06-15 不在 2027 年
        dialog.buttons.accepted.emit()
    y = exams.get_year(store, 2027)
    assert y["exam_dates"] == ["2027-06-15"] and y["reg_end"] == "2027-04-16"


def test_a_date_outside_the_exam_year_is_asked_about_first(qtbot: QtBot, store: Store) -> None:
    dialog = new_year_dialog(qtbot, store)
    dialog.year.setValue(2027)
    dialog.results.check.setChecked(True)
    dialog.results.edit.setDate(QDate(2028, 1, 10))
    dialog.buttons.accepted.emit()
    assert dialog.error.isVisible()
    assert "2028-01-10 不在 2027 年内" in dialog.error.text()
    assert "成绩公布" in dialog.error.text()
    assert exams.list_years(store) == []
    with qtbot.waitSignal(dialog.saved):  # a second click: it really is so
        dialog.buttons.accepted.emit()
    assert exams.get_year(store, 2027)["results_date"] == "2028-01-10"


def test_an_exam_date_typed_in_another_year_is_asked_about_then_refused(
    qtbot: QtBot, store: Store
) -> None:
    dialog = new_year_dialog(qtbot, store)
    dialog.year.setValue(2027)
    dialog.day1.check.setChecked(True)
    dialog.day1.edit.setFocus()
    type_into(qtbot, dialog.day1.edit, "2026-06-12")
    qtbot.keyClick(dialog.day1.edit, Qt.Key.Key_Tab)
    assert dialog.day1.edit.date() == QDate(2026, 6, 12)
    dialog.buttons.accepted.emit()
    assert "2026-06-12 不在 2027 年内" in dialog.error.text()
    dialog.buttons.accepted.emit()
    assert "不在 2027 年" in dialog.error.text()  # the rule itself: exam days are in the year
    assert exams.list_years(store) == []


@pytest.mark.parametrize(
    ("lang", "shown"), [("zh_CN", "2025-05-10 周六"), ("en", "2025-05-10 Sat")]
)
def test_the_weekday_follows_the_interface_language_not_the_machine(
    qtbot: QtBot, lang: str, shown: str
) -> None:
    from swdesk.ui import i18n

    before = i18n.current_language()
    QLocale.setDefault(QLocale(QLocale.Language.German))  # a machine set to neither
    try:
        i18n.apply_language(lang)
        edit = shown_edit(qtbot, DateInput())
        edit.setDate(QDate(2025, 5, 10))
        assert edit.text() == shown
    finally:
        i18n.apply_language(before)
