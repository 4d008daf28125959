"""The register replaces the per-person flag: the appraisal reads who holds a filled post,
and the file's 是否专业岗位 (editor, roster import and export) follows the register."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from openpyxl import Workbook, load_workbook

from swdesk.core import appraisal as ap
from swdesk.core import enums
from swdesk.core import workforce as wf
from swdesk.core.idnumber import make_id_number
from swdesk.services import roster
from swdesk.store import Store, appraisals, posts, workers

VILLAGE = "510104001201"
ID = make_id_number("510104", date(1985, 3, 15), 11)


def _kind(store: Store, worker_id: str) -> str | None:
    return next(p.kind for p in appraisals.plan_round(store) if p.worker["id"] == worker_id)


def _flag(store: Store, worker_id: str) -> int:
    return int(workers.get(store, worker_id)["professional_post"])


def test_the_appraisal_kind_follows_the_register(store: Store) -> None:
    w = workers.create(
        store, {"name": "张三", "id_number": ID, "post_type": enums.POST_STATION_WORKER}
    )
    assert (_kind(store, w), _flag(store, w)) == (None, 0)
    pid = posts.add(store, store.unit_code, wf.POST_FULL_TIME, opened_on=date(2024, 1, 1))
    posts.fill(store, pid, w, date(2024, 1, 1))
    assert (_kind(store, w), _flag(store, w)) == (ap.KIND_POST, 1)
    posts.vacate(store, pid, date.today())
    assert (_kind(store, w), _flag(store, w)) == (None, 0)


def test_a_fill_starting_tomorrow_is_not_a_post_today(store: Store) -> None:
    w = workers.create(store, {"name": "张三", "id_number": ID})
    pid = posts.add(store, VILLAGE, wf.POST_FULL_TIME, opened_on=date(2024, 1, 1))
    posts.fill(store, pid, w, date.today() + timedelta(days=1))
    assert _kind(store, w) is None


def test_ticking_the_flag_fills_a_post_at_the_village_and_clearing_it_vacates(
    store: Store,
) -> None:
    w = workers.create(
        store,
        {
            "name": "张三",
            "id_number": ID,
            "village_code": VILLAGE,
            "professional_post": True,
            "status_date": "2025-01-01",
        },
    )
    assert store.scalar("SELECT from_date FROM post_fills") == "2025-01-01"
    listed = posts.list_posts(store)
    assert [(p["unit_kind"], p["unit_code"], p["kind"], p["worker_id"]) for p in listed] == [
        (wf.UNIT_VILLAGE, VILLAGE, wf.POST_FULL_TIME, w)
    ]
    raw = {"name": "张三", "id_number": ID, "village_code": VILLAGE, "professional_post": False}
    workers.update(store, w, raw, on_date="2025-06-30")
    assert posts.list_posts(store)[0]["vacant"]
    assert store.scalar("SELECT to_date FROM post_fills") == "2025-06-30"
    assert _flag(store, w) == 0
    # ticking it again opens a new post rather than reusing the vacancy: the clerk said 是,
    # nothing about which post
    workers.update(store, w, {**raw, "professional_post": True}, on_date="2025-07-01")
    assert store.scalar("SELECT count(*) FROM post_fills WHERE to_date IS NULL") == 1
    assert _flag(store, w) == 1


def _roster(path: Path, flag: str) -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["姓名", "身份证号", "村（社区）", "是否专业岗位"])
    ws.append(["张三", ID, "红星村", flag])
    wb.save(path)
    return path


def test_roster_import_of_yes_fills_a_post_and_no_vacates_it(store: Store, tmp_path: Path) -> None:
    roster.apply_import(store, roster.plan_import(store, _roster(tmp_path / "a.xlsx", "是")))
    saved = workers.find_by_id_number(store, ID)
    assert saved is not None
    assert posts.holder_ids(store) == {saved["id"]}
    roster.apply_import(store, roster.plan_import(store, _roster(tmp_path / "b.xlsx", "否")))
    assert posts.holder_ids(store) == set()
    assert [p["vacant"] for p in posts.list_posts(store)] == [True]


def test_roster_export_shows_the_register(store: Store, tmp_path: Path) -> None:
    w = workers.create(store, {"name": "张三", "id_number": ID})
    pid = posts.add(store, VILLAGE, wf.POST_PART_TIME, opened_on=date(2024, 1, 1))

    def exported() -> str:
        out = tmp_path / "花名册.xlsx"
        roster.export_roster(store, out)
        ws = load_workbook(out)["花名册"]
        cols = {c.value: c.column for c in ws[1]}
        return str(ws.cell(2, cols["专业岗位"]).value)

    assert exported() == "否"
    posts.fill(store, pid, w, date(2024, 1, 1))
    assert exported() == "是"
