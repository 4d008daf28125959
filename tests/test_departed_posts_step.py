"""Schema step 17: people who had left (离岗, 调出) or whose file was deleted before leaving ended
their posts and roles keep none: their open fills and roles end on the day they left, once,
and the rows travel; someone still in service, and a county file, are left as they are."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path
from unittest import mock

from swdesk.core import divisions
from swdesk.core import workforce as wf
from swdesk.core.idnumber import make_id_number
from swdesk.store import open_store, posts, villages, worker_roles, workers
from swdesk.store.schema import migrations
from swdesk.store.unit import initialize

STEP = 17
VILLAGE = "510104001201"


def _person(store, n: int, **fields: object) -> str:  # type: ignore[no-untyped-def]
    raw = {
        "name": f"测试{n}",
        "id_number": make_id_number("510104", date(1985, 3, 15), n),
        "village_code": VILLAGE,
        "status_date": "2020-01-01",
        **fields,
    }
    wid = workers.create(store, raw)
    pid = posts.add(store, VILLAGE, wf.POST_FULL_TIME, opened_on=date(2024, 3, 1))
    posts.fill(store, pid, wid, date(2024, 3, 1))
    worker_roles.add(store, wid, wf.ROLE_CHILDREN_DIRECTOR, date(2024, 3, 1))
    return wid


def old_file(path: Path, role: str = divisions.ROLE_TOWNSHIP) -> dict[str, str]:
    """A file at the version before the step where three people hold a post and a role: one
    in service, one who left (written in SQL, as the old program left it: the status changed,
    the post and role still open), one whose file was deleted the same way."""
    with mock.patch.object(migrations, "MIGRATIONS", migrations.MIGRATIONS[: STEP - 1]):
        store = open_store(path)
        initialize(store, divisions.ROLE_TOWNSHIP, "510104001", "测试街道")
        villages.add(store, VILLAGE, "红星村", "rural")
        ids = {"stays": _person(store, 1), "left": _person(store, 2), "deleted": _person(store, 3)}
        store.conn.execute(
            "UPDATE workers SET status = '调出', status_date = '2025-06-30' WHERE id = ?",
            (ids["left"],),
        )
        store.conn.execute(
            "UPDATE workers SET deleted = 1, updated_at = '2025-07-15T08:00:00.000Z' WHERE id = ?",
            (ids["deleted"],),
        )
        if role == divisions.ROLE_COUNTY:  # the same rows, as a county holds them
            store.conn.execute("UPDATE meta SET value = 'county' WHERE key = 'role'")
        store.conn.commit()
        store.close()
        return ids


def _read(path: Path, sql: str, *params: object) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def _ends(path: Path, ids: dict[str, str]) -> dict[str, tuple[object, ...]]:
    fills = dict(_read(path, "SELECT worker_id, to_date FROM post_fills"))
    roles = dict(_read(path, "SELECT worker_id, until FROM worker_roles"))
    flags = dict(_read(path, "SELECT id, professional_post FROM workers"))
    return {k: (fills[w], roles[w], flags[w]) for k, w in ids.items()}


def test_the_step_ends_what_people_who_left_still_held(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    ids = old_file(path)
    assert _ends(path, ids)["left"] == (None, None, 1)
    (rev_before,) = _read(path, "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'rev'")[0]
    versions = dict(_read(path, "SELECT worker_id, version FROM post_fills"))
    with open_store(path) as store:
        assert posts.holds_post(store, ids["left"], date(2025, 6, 29))
        assert not posts.holds_post(store, ids["left"], date(2025, 6, 30))
        assert not posts.holds_post(store, ids["deleted"], date(2025, 7, 15))
        assert posts.holds_post(store, ids["stays"])
    assert _ends(path, ids) == {
        "stays": (None, None, 1),
        "left": ("2025-06-30", "2025-06-30", 0),
        "deleted": ("2025-07-15", "2025-07-15", 0),
    }
    # the changed rows travel: a new version and the new rev
    after = dict(_read(path, "SELECT worker_id, version FROM post_fills"))
    assert after[ids["left"]] == versions[ids["left"]] + 1
    assert after[ids["stays"]] == versions[ids["stays"]]
    revs = dict(_read(path, "SELECT worker_id, rev FROM worker_roles"))
    assert revs[ids["left"]] == rev_before + 1 and revs[ids["stays"]] <= rev_before


def test_a_departure_dated_before_the_post_ends_it_the_day_it_began(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    ids = old_file(path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE workers SET status_date = '2023-01-01' WHERE id = ?", (ids["left"],))
    conn.commit()
    conn.close()
    with open_store(path):
        pass
    assert _ends(path, ids)["left"] == ("2024-03-01", "2024-03-01", 0)


def test_a_county_file_is_left_as_it_is(tmp_path: Path) -> None:
    path = tmp_path / "county.db"
    ids = old_file(path, divisions.ROLE_COUNTY)
    before = _ends(path, ids)
    with open_store(path) as store:
        assert store.role == divisions.ROLE_COUNTY
    assert _ends(path, ids) == before
    assert before["left"] == (None, None, 1)
