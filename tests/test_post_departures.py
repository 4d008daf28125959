"""Leaving (离岗, 调出), a deleted file or a move to another village vacates the person's posts
and ends their roles on the day of the change, in the same write, for every path that
changes a file: the editor's store calls, roster import, deletion; a county sees the vacancy
through sync. Indicators as of the day before still count the person."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from swdesk.core import enums
from swdesk.core import workforce as wf
from swdesk.core.errors import RuleError
from swdesk.core.idnumber import make_id_number
from swdesk.services import roster
from swdesk.store import Store, indicator_facts, posts, worker_roles, workers
from swdesk.store.departures import Released

COMMUNITY = "510104001001"  # 和平社区
OTHER_COMMUNITY = "510104001002"  # 新民社区
VILLAGE = "510104001201"  # 红星村
ID = make_id_number("510104", date(1985, 3, 15), 11)
TAKEN = date(2024, 3, 1)
DAY = date(2025, 6, 30)


def _person(store: Store, village: str = VILLAGE) -> str:
    return workers.create(
        store,
        {
            "name": "张三",
            "id_number": ID,
            "village_code": village,
            "status_date": "2020-01-01",
        },
    )


def _post_at(store: Store, unit: str, wid: str) -> str:
    pid = posts.add(store, unit, wf.POST_FULL_TIME, opened_on=TAKEN)
    posts.fill(store, pid, wid, TAKEN)
    return pid


def _raw(store: Store, wid: str, **changes: Any) -> dict[str, Any]:
    raw = workers.get(store, wid)
    raw.pop("certificates"), raw.pop("moves")
    raw["roles"] = worker_roles.current(store, wid)
    return {**raw, **changes}


def _roles_on(store: Store, wid: str, day: date) -> set[str]:
    fact = next(f for f in indicator_facts.workers(store, day) if f.id == wid)
    return set(fact.roles)


def _holds(store: Store, wid: str, day: date) -> bool:
    return posts.holds_post(store, wid, day)


@pytest.mark.parametrize("status", [enums.STATUS_OFF_DUTY, enums.STATUS_TRANSFERRED_OUT])
def test_leaving_vacates_the_post_and_ends_the_roles_on_that_day(store: Store, status: str) -> None:
    wid = _person(store)
    pid = _post_at(store, VILLAGE, wid)
    worker_roles.add(store, wid, wf.ROLE_CHILDREN_DIRECTOR, TAKEN)
    worker_roles.add(store, wid, wf.ROLE_CHILDREN_SUPERVISOR, TAKEN)
    released = Released()
    workers.update(
        store, wid, _raw(store, wid, status=status, status_date=DAY.isoformat()), None, released
    )
    assert posts.open_fill(store, pid) is None
    assert store.scalar("SELECT to_date FROM post_fills WHERE post_id = ?", (pid,)) == "2025-06-30"
    assert {r["until"] for r in worker_roles.of_worker(store, wid)} == {"2025-06-30"}
    # the day before they still held both; from the day itself neither
    before = date(2025, 6, 29)
    assert _holds(store, wid, before) and not _holds(store, wid, DAY)
    assert _roles_on(store, wid, before) == {
        wf.ROLE_CHILDREN_DIRECTOR,
        wf.ROLE_CHILDREN_SUPERVISOR,
    }
    assert _roles_on(store, wid, DAY) == set()
    # the post stays, now vacant; the file's 是否专业岗位 follows
    listed = posts.list_posts(store)
    assert [(p["id"], p["vacant"]) for p in listed] == [(pid, True)]
    assert workers.get(store, wid)["professional_post"] == 0
    assert released.text() == (
        "已同时腾出岗位：红星村的专职岗位。已同时结束职务：儿童主任、儿童督导员。"
    )


def test_a_save_that_changes_nothing_about_service_keeps_post_and_roles(store: Store) -> None:
    wid = _person(store)
    pid = _post_at(store, VILLAGE, wid)
    worker_roles.add(store, wid, wf.ROLE_CHILDREN_DIRECTOR, TAKEN)
    released = Released()
    workers.update(store, wid, _raw(store, wid, phone="13912345678"), None, released)
    assert posts.open_fill(store, pid) is not None
    assert worker_roles.current(store, wid) == [wf.ROLE_CHILDREN_DIRECTOR]
    assert not released and released.text() == ""


def test_a_departure_dated_before_the_post_was_taken_up_is_refused_and_changes_nothing(
    store: Store,
) -> None:
    wid = _person(store)
    pid = _post_at(store, VILLAGE, wid)
    raw = _raw(store, wid, status=enums.STATUS_OFF_DUTY, status_date="2024-02-29")
    with pytest.raises(RuleError, match="2024-03-01 到岗的，离岗或调动日期 2024-02-29"):
        workers.update(store, wid, raw)
    assert workers.get(store, wid)["status"] == enums.STATUS_ON_DUTY
    assert posts.open_fill(store, pid) is not None
    # the day it was taken up is the earliest departure
    workers.update(store, wid, {**raw, "status_date": "2024-03-01"})
    assert posts.open_fill(store, pid) is None


def test_a_departure_dated_before_a_role_began_is_refused(store: Store) -> None:
    wid = _person(store)
    worker_roles.add(store, wid, wf.ROLE_STAFFED_CADRE, date(2025, 1, 1))
    raw = _raw(store, wid, status=enums.STATUS_OFF_DUTY, status_date="2024-12-31")
    with pytest.raises(RuleError, match=r"定员干部.*2025-01-01"):
        workers.update(store, wid, raw)
    assert worker_roles.current(store, wid) == [wf.ROLE_STAFFED_CADRE]
    assert workers.get(store, wid)["status"] == enums.STATUS_ON_DUTY


def test_a_move_vacates_the_old_villages_post_and_its_roles_only(store: Store) -> None:
    wid = _person(store, COMMUNITY)
    village_post = _post_at(store, COMMUNITY, wid)
    worker_roles.add(store, wid, wf.ROLE_PARTY_SECRETARY, TAKEN)
    worker_roles.add(store, wid, wf.ROLE_CHILDREN_SUPERVISOR, TAKEN)
    released = Released()
    raw = _raw(store, wid, village_code=OTHER_COMMUNITY)
    workers.update(store, wid, raw, DAY.isoformat(), released)
    assert posts.open_fill(store, village_post) is None
    assert worker_roles.current(store, wid) == [wf.ROLE_CHILDREN_SUPERVISOR]
    assert released.text() == (
        "已同时腾出岗位：和平社区的专职岗位。已同时结束职务：村（社区）党组织书记。"
    )
    # the 是 still ticked in the form is the post just vacated: no new post at 新民社区
    assert store.scalar("SELECT count(*) FROM posts") == 1
    assert _holds(store, wid, date(2025, 6, 29)) and not _holds(store, wid, DAY)


def test_a_move_keeps_a_post_at_the_station(store: Store) -> None:
    wid = _person(store, COMMUNITY)
    station_post = _post_at(store, store.unit_code, wid)
    released = Released()
    workers.update(
        store, wid, _raw(store, wid, village_code=OTHER_COMMUNITY), DAY.isoformat(), released
    )
    assert posts.open_fill(store, station_post) is not None
    assert not released


def test_a_role_taken_up_with_the_move_stays(store: Store) -> None:
    wid = _person(store, COMMUNITY)
    worker_roles.add(store, wid, wf.ROLE_CHILDREN_DIRECTOR, DAY)
    workers.update(store, wid, _raw(store, wid, village_code=OTHER_COMMUNITY), DAY.isoformat())
    assert worker_roles.current(store, wid) == [wf.ROLE_CHILDREN_DIRECTOR]


def test_deleting_a_file_vacates_today(store: Store) -> None:
    wid = _person(store)
    pid = _post_at(store, VILLAGE, wid)
    worker_roles.add(store, wid, wf.ROLE_CHILDREN_DIRECTOR, TAKEN)
    released = Released()
    workers.delete(store, wid, released=released)
    today = date.today().isoformat()
    assert store.scalar("SELECT to_date FROM post_fills WHERE post_id = ?", (pid,)) == today
    assert [r["until"] for r in worker_roles.of_worker(store, wid)] == [today]
    assert released.posts and released.roles
    # deleting it again (already deleted) releases nothing more
    again = Released()
    workers.delete(store, wid, released=again)
    assert not again


def test_a_new_file_of_someone_already_gone_gets_no_post_and_no_role(store: Store) -> None:
    wid = workers.create(
        store,
        {
            "name": "张三",
            "id_number": ID,
            "village_code": VILLAGE,
            "professional_post": True,
            "roles": [wf.ROLE_CHILDREN_DIRECTOR],
            "status": enums.STATUS_OFF_DUTY,
            "status_date": "2024-01-01",
        },
    )
    assert store.scalar("SELECT count(*) FROM post_fills") == 0
    assert worker_roles.current(store, wid) == []
    assert workers.get(store, wid)["professional_post"] == 0


def _roster(path: Path, rows: list[list[str]]) -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["姓名", "身份证号", "村（社区）代码", "状态", "状态日期"])
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def test_a_roster_saying_gone_vacates_on_its_status_date(store: Store, tmp_path: Path) -> None:
    wid = _person(store)
    pid = _post_at(store, VILLAGE, wid)
    worker_roles.add(store, wid, wf.ROLE_CHILDREN_DIRECTOR, TAKEN)
    sheet = _roster(tmp_path / "r.xlsx", [["张三", ID, VILLAGE, "调出", "2025-06-30"]])
    result = roster.apply_import(store, roster.plan_import(store, sheet))
    assert result.updated == 1
    assert store.scalar("SELECT to_date FROM post_fills WHERE post_id = ?", (pid,)) == "2025-06-30"
    assert worker_roles.current(store, wid) == []
    assert "已同时腾出岗位：红星村的专职岗位" in result.summary()
    assert "已同时结束职务：儿童主任" in result.summary()


def test_a_roster_moving_someone_vacates_their_old_villages_post(
    store: Store, tmp_path: Path
) -> None:
    wid = _person(store, COMMUNITY)
    pid = _post_at(store, COMMUNITY, wid)
    # the same 状态日期 as on file beside a new village: the move takes effect today
    sheet = _roster(tmp_path / "r.xlsx", [["张三", ID, OTHER_COMMUNITY, "在岗", "2020-01-01"]])
    result = roster.apply_import(store, roster.plan_import(store, sheet))
    assert result.updated == 1
    assert (
        store.scalar("SELECT to_date FROM post_fills WHERE post_id = ?", (pid,))
        == date.today().isoformat()
    )
    assert "和平社区的专职岗位" in result.summary()


def test_a_roster_departure_before_the_post_was_taken_up_imports_nothing(
    store: Store, tmp_path: Path
) -> None:
    wid = _person(store)
    pid = _post_at(store, VILLAGE, wid)
    sheet = _roster(tmp_path / "r.xlsx", [["张三", ID, VILLAGE, "离岗", "2023-12-31"]])
    with pytest.raises(RuleError, match="离岗或调动日期 2023-12-31"):
        roster.apply_import(store, roster.plan_import(store, sheet))
    assert workers.get(store, wid)["status"] == enums.STATUS_ON_DUTY
    assert posts.open_fill(store, pid) is not None


def test_the_county_sees_the_vacancy_the_township_made(tmp_path: Path) -> None:
    from sync_fixtures import add_worker, two_townships

    from swdesk.sync import merge

    with two_townships(tmp_path) as w:
        wid = add_worker(w.a, 1, status_date="2020-01-01")
        pid = _post_at(w.a, f"{w.a.unit_code}001", wid)
        assert merge.import_files(w.county, [w.export(w.a)])[0].accepted
        assert [p["vacant"] for p in posts.list_posts(w.county)] == [False]
        raw = _raw(w.a, wid, status=enums.STATUS_TRANSFERRED_OUT, status_date=DAY.isoformat())
        workers.update(w.a, wid, raw)
        assert merge.import_files(w.county, [w.export(w.a)])[0].accepted
        listed = posts.list_posts(w.county)
        assert [(p["id"], p["vacant"]) for p in listed] == [(pid, True)]
        county_person = workers.find_by_id_number(w.county, workers.get(w.a, wid)["id_number"])
        assert county_person is not None
        assert posts.holds_post(w.county, county_person["id"], date(2025, 6, 29))
        assert not posts.holds_post(w.county, county_person["id"], DAY)


# -- what the user sees -------------------------------------------------------------------
def _posts_page(win: Any) -> Any:
    from swdesk.ui.posts_page import PostsPage

    index = next(i for i in range(win.nav.count()) if win.nav.item(i).text() == "岗位与社工站")
    win.nav.setCurrentRow(index)
    page = win.page(index)
    assert isinstance(page, PostsPage)
    return page


@pytest.mark.usefixtures("clean_qsettings")
def test_the_editor_says_what_leaving_gave_up_and_the_post_page_shows_the_vacancy(
    store: Store, qtbot: Any
) -> None:
    from PySide6.QtCore import Qt
    from ui_helpers import shown

    from swdesk.ui.enum_labels import select_data
    from swdesk.ui.main_window import MainWindow
    from swdesk.ui.worker_editor import WorkerEditor

    wid = _person(store)
    _post_at(store, VILLAGE, wid)
    worker_roles.add(store, wid, wf.ROLE_CHILDREN_DIRECTOR, TAKEN)
    win = MainWindow(store)
    with qtbot.waitSignal(win.workers_page.setupFinished, timeout=3000):
        shown(qtbot, win)
    page = _posts_page(win)
    assert page.posts_table.item(0, 3).text() == "张三"
    win.edit_worker(wid)
    editor = win.findChild(WorkerEditor)
    assert editor is not None
    qtbot.waitExposed(editor)
    assert select_data(editor.status_combo, enums.STATUS_OFF_DUTY)
    editor.status_date.set_value("2025-06-30")
    with qtbot.waitSignal(editor.saved, timeout=3000):
        qtbot.mouseClick(editor.button_box.buttons()[0], Qt.MouseButton.LeftButton)
    bar = win.message_bar
    assert bar.text.text() == (
        "已保存。已同时腾出岗位：红星村的专职岗位。已同时结束职务：儿童主任。"
    )
    page = _posts_page(win)
    assert page.posts_table.item(0, 3).text() == "（空缺）"
    win.close()


@pytest.mark.usefixtures("clean_qsettings")
def test_deleting_a_file_says_the_post_fell_vacant(store: Store, qtbot: Any, boxes: Any) -> None:
    from ui_helpers import shown

    from swdesk.ui.main_window import MainWindow

    wid = _person(store)
    _post_at(store, VILLAGE, wid)
    win = MainWindow(store)
    with qtbot.waitSignal(win.workers_page.setupFinished, timeout=3000):
        shown(qtbot, win)
    assert win.workers_page.select_worker(wid)
    win.delete_worker()
    assert win.message_bar.text.text() == ("已删除 张三 的档案。已同时腾出岗位：红星村的专职岗位。")
    assert posts.list_posts(store)[0]["vacant"]
    win.close()
