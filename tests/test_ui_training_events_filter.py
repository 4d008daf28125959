"""The events list's year choice and search, through the page's widgets: what is listed and
counted, the selected event still driving the attendance panel, a new event never hidden."""

from __future__ import annotations

from datetime import date

import pytest
from ce_people import event
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot
from ui_helpers import shown, type_chinese

from swdesk.store import Store, training
from swdesk.ui.event_editor import EventEditor
from swdesk.ui.training_page import EVENT_KEYS, TrainingPage

pytestmark = pytest.mark.usefixtures("clean_qsettings")

THIS_YEAR = date.today().year


def titles(page: TrainingPage) -> list[str]:
    col = EVENT_KEYS.index("title")
    return [str(page.model.index(r, col).data()) for r in range(page.model.rowCount())]


def years_offered(page: TrainingPage) -> list[str]:
    return [page.year_combo.itemText(i) for i in range(page.year_combo.count())]


def choose_year(page: TrainingPage, text: str) -> None:
    page.year_combo.setCurrentIndex(page.year_combo.findText(text))


def search(qtbot: QtBot, page: TrainingPage, text: str) -> None:
    page.search_edit.clear()
    if text.isascii():
        qtbot.keyClicks(page.search_edit, text)
    else:
        type_chinese(page.search_edit, text, focus=True)


@pytest.fixture
def three_years(store: Store) -> dict[str, str]:
    def add(title: str, start: str, organizer: str = "", place: str = "") -> str:
        raw = {"title": title, "start_date": start, "hours": 4, "organizer": organizer}
        return training.add_event(store, raw | {"place": place})

    return {
        "now": add("儿童保护专题培训", f"{THIS_YEAR}-03-02", "区民政局", "镇政府三楼会议室"),
        "now2": add("Excel 台账实操", f"{THIS_YEAR}-05-20", "市社会工作者协会"),
        "last": add("社会救助政策解读", f"{THIS_YEAR - 1}-06-10", "区民政局"),
        "old": add("养老服务督导", f"{THIS_YEAR - 3}-09-01", "省民政厅", "县党校"),
    }


def test_year_choice_lists_and_counts(
    qtbot: QtBot, store: Store, three_years: dict[str, str]
) -> None:
    page = shown(qtbot, TrainingPage(store), (1100, 700))
    assert years_offered(page) == [
        "全部年度", str(THIS_YEAR), str(THIS_YEAR - 1), str(THIS_YEAR - 3),
    ]  # fmt: skip
    assert page.year_combo.currentText() == str(THIS_YEAR)  # this year has events
    assert titles(page) == ["Excel 台账实操", "儿童保护专题培训"]
    assert page.count_label.text() == "共 2 次培训"
    choose_year(page, str(THIS_YEAR - 3))
    assert titles(page) == ["养老服务督导"] and page.count_label.text() == "共 1 次培训"
    choose_year(page, "全部年度")
    assert len(titles(page)) == 4 and page.count_label.text() == "共 4 次培训"
    assert titles(page)[-1] == "养老服务督导"  # newest first


def test_all_years_when_this_year_has_none(qtbot: QtBot, store: Store) -> None:
    event(store, "社会救助政策解读", start=f"{THIS_YEAR - 2}-04-01")
    page = shown(qtbot, TrainingPage(store), (1100, 700))
    assert page.year_combo.currentText() == "全部年度"
    assert titles(page) == ["社会救助政策解读"]


def test_search_title_organizer_place_case_and_initials(
    qtbot: QtBot, store: Store, three_years: dict[str, str]
) -> None:
    page = shown(qtbot, TrainingPage(store), (1100, 700))
    choose_year(page, "全部年度")
    search(qtbot, page, "民政")  # organizers 区民政局 and 省民政厅
    assert titles(page) == ["儿童保护专题培训", "社会救助政策解读", "养老服务督导"]
    assert page.count_label.text() == "共 3 次培训"
    search(qtbot, page, "党校")  # the place
    assert titles(page) == ["养老服务督导"]
    search(qtbot, page, "EXCEL")  # case does not matter
    assert titles(page) == ["Excel 台账实操"]
    search(qtbot, page, "etbh")  # pinyin initials of 儿童保护
    assert titles(page) == ["儿童保护专题培训"]
    search(qtbot, page, "qmzj")  # 区民政局 read as a place, not the surname Ōu
    assert titles(page) == ["儿童保护专题培训", "社会救助政策解读"]
    search(qtbot, page, "100%")  # LIKE wildcards are plain characters
    assert titles(page) == []
    assert page.empty.isVisible() and not page.view.isVisible()
    assert "没有符合条件的培训" in page.empty.text()
    assert page.count_label.text() == "共 0 次培训"
    choose_year(page, str(THIS_YEAR - 1))
    search(qtbot, page, "儿童")  # the year and the search together
    assert titles(page) == []
    page.search_edit.clear()
    assert titles(page) == ["社会救助政策解读"] and not page.empty.isVisible()


def test_selected_event_keeps_driving_the_attendance_panel(
    qtbot: QtBot, store: Store, three_years: dict[str, str]
) -> None:
    page = shown(qtbot, TrainingPage(store), (1100, 700))
    assert page.select_event(three_years["now"])
    assert page.attendees_box.title().startswith("《儿童保护专题培训》")
    search(qtbot, page, "儿童")  # still listed: still selected
    assert page.selected_event()["id"] == three_years["now"]  # type: ignore[index]
    assert page.attendees_box.title().startswith("《儿童保护专题培训》")
    assert page.attend_button.isEnabled()
    search(qtbot, page, "督导")  # another year: nothing listed, nothing selected
    assert page.selected_event() is None
    assert page.attendees_box.title() == "签到名单（先在上面选中一次培训）"
    assert not page.attend_button.isEnabled() and not page.edit_button.isEnabled()
    choose_year(page, "全部年度")
    assert titles(page) == ["养老服务督导"] and page.selected_event() is None
    assert page.select_event(three_years["old"])
    assert page.attendees_box.title().startswith("《养老服务督导》")


def test_new_event_in_another_year_is_shown_selected(
    qtbot: QtBot, store: Store, three_years: dict[str, str]
) -> None:
    page = shown(qtbot, TrainingPage(store), (1100, 700))
    search(qtbot, page, "儿童")
    assert page.year_combo.currentText() == str(THIS_YEAR)
    page.new_button.click()
    editor = page.dialog
    assert isinstance(editor, EventEditor)
    type_chinese(editor.title, "社区矫正工作培训")
    editor.hours.setValue(2)
    editor.start_date.setDate(QDate(THIS_YEAR - 5, 11, 3))
    with qtbot.waitSignal(editor.saved):
        editor.save_button.click()
    # a year that did not exist before, chosen; the search that would hide it, dropped
    assert page.year_combo.currentText() == str(THIS_YEAR - 5)
    assert years_offered(page)[-1] == str(THIS_YEAR - 5)
    assert page.search_edit.text() == ""
    assert titles(page) == ["社区矫正工作培训"]
    assert page.selected_event()["title"] == "社区矫正工作培训"  # type: ignore[index]
    assert page.attendees_box.title() == "《社区矫正工作培训》签到名单：0 人"
    assert page.attend_button.isEnabled()


def test_new_event_matching_the_filters_keeps_them(
    qtbot: QtBot, store: Store, three_years: dict[str, str]
) -> None:
    page = shown(qtbot, TrainingPage(store), (1100, 700))
    search(qtbot, page, "培训")
    page.new_button.click()
    editor = page.dialog
    assert isinstance(editor, EventEditor)
    type_chinese(editor.title, "困境儿童关爱培训")
    editor.hours.setValue(3)
    editor.start_date.setDate(QDate(THIS_YEAR, 1, 15))
    with qtbot.waitSignal(editor.saved):
        editor.save_button.click()
    assert page.year_combo.currentText() == str(THIS_YEAR)
    assert page.search_edit.text() == "培训"
    assert titles(page) == ["儿童保护专题培训", "困境儿童关爱培训"]
    assert page.selected_event()["title"] == "困境儿童关爱培训"  # type: ignore[index]
    assert page.count_label.text() == "共 2 次培训"


def test_deleting_the_last_event_of_the_year_shows_all_years(
    qtbot: QtBot, store: Store, three_years: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui_helpers import record_boxes

    record_boxes(monkeypatch, ("question",))
    page = shown(qtbot, TrainingPage(store), (1100, 700))
    choose_year(page, str(THIS_YEAR - 3))
    assert page.select_event(three_years["old"])
    assert page.delete_event()
    assert str(THIS_YEAR - 3) not in years_offered(page)
    assert page.year_combo.currentText() == "全部年度"
    assert page.count_label.text() == "共 3 次培训"
