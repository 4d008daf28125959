"""The worker list in 花名册 order: the stored ``name_sort`` key (``core.names.sort_key``)
written by every path that writes a name, filled for files made before it, index-backed."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from damage_helpers import digest
from PySide6.QtCore import Qt
from roster_corpus import STANDARD_HEADER, simple_roster, standard_rows
from sync_fixtures import World, add_worker, idn

from swdesk.core.idnumber import make_id_number
from swdesk.core.names import pinyin_keys, sort_key
from swdesk.services import demo, roster
from swdesk.store import Store, name_order, open_store, opening, records, workers
from swdesk.store.schema import migrations
from swdesk.store.unit import initialize
from swdesk.store.workers import WorkerFilter
from swdesk.ui.worker_model import COLUMN_KEYS, WorkerModel

V1 = "510104001001"

# Added in this order, so where the joined pinyin ties (张三 / 章三) the old sort by
# ``name_pinyin`` then row number put 章三 first; each pair below is ordered differently by the
# joined pinyin and by the 花名册 (character by character, then strokes).
ADDED = ["程丽", "陈娟桂", "章三", "张三", "黎明", "李娜"]
EXPECTED = [
    "陈娟桂",  # 陈 chén ends before 程 chéng: joined, "chenjuangui" > "chengli"
    "程丽",
    "李娜",  # 李 lǐ 7 strokes before 黎 lí 15: joined, "lina" > "liming"
    "黎明",
    "张三",  # 张 7 strokes before 章 11: joined, the two tie
    "章三",
]


def add(store: Store, name: str, seq: int) -> str:
    number = make_id_number("510104", date(1980, 1, 1 + seq), seq)
    return workers.create(store, {"name": name, "id_number": number, "village_code": V1})


def names(store: Store, flt: WorkerFilter | None = None, descending: bool = False) -> list[str]:
    ids = workers.search_rowids(store, flt or WorkerFilter(), "name", descending)
    rows = workers.fetch_rows(store, ids)
    return [rows[i]["name"] for i in ids]


def by_joined_pinyin(store: Store) -> list[str]:
    """The order the list had before: the joined pinyin, then the row number."""
    return [
        r[0]
        for r in store.conn.execute(
            "SELECT name FROM workers WHERE deleted = 0 ORDER BY name_pinyin, rowid"
        )
    ]


@pytest.fixture
def listed(store: Store) -> dict[str, str]:
    return {name: add(store, name, i + 1) for i, name in enumerate(ADDED)}


def test_the_list_follows_the_roster_order_not_the_joined_pinyin(
    store: Store, listed: dict[str, str]
) -> None:
    assert names(store) == EXPECTED
    assert by_joined_pinyin(store) != EXPECTED  # the names tell the two orders apart
    assert names(store, descending=True) == EXPECTED[::-1]
    assert names(store) == sorted(ADDED, key=sort_key)


def test_deleted_records_shown_sort_in_the_same_order(store: Store, listed: dict[str, str]) -> None:
    workers.delete(store, listed["张三"], "离职")
    assert names(store) == [n for n in EXPECTED if n != "张三"]
    assert names(store, WorkerFilter(include_deleted=True)) == EXPECTED


def test_a_search_lists_its_matches_in_the_same_order(store: Store, listed: dict[str, str]) -> None:
    assert names(store, WorkerFilter(text="zs")) == ["张三", "章三"]
    assert names(store, WorkerFilter(text="l")) == ["程丽", "李娜", "黎明"]


def test_a_rename_in_the_editor_moves_the_person(store: Store, listed: dict[str, str]) -> None:
    raw = workers.get(store, listed["程丽"])
    raw.pop("certificates"), raw.pop("moves")
    version = raw["version"]
    workers.update(store, listed["程丽"], {**raw, "name": "艾丽"})
    assert names(store) == ["艾丽", *[n for n in EXPECTED if n != "程丽"]]
    row = workers.get(store, listed["程丽"])
    assert row["name_sort"] == sort_key("艾丽") and row["version"] == version + 1


def test_the_model_behind_the_list_shows_the_order(store: Store, listed: dict[str, str]) -> None:
    model = WorkerModel(store)
    col = COLUMN_KEYS.index("name")
    assert [model.index(r, col).data() for r in range(model.rowCount())] == EXPECTED
    model.sort(col, Qt.SortOrder.DescendingOrder)
    assert [model.index(r, col).data() for r in range(model.rowCount())] == EXPECTED[::-1]


def test_first_page_and_whole_list_are_read_off_the_live_index(
    store: Store, listed: dict[str, str]
) -> None:
    """The list pages without sorting in memory: the plan walks the name index."""
    seen: list[str] = []
    store.conn.set_trace_callback(seen.append)
    try:
        workers.search_rowids(store, WorkerFilter(), "name", limit=3)
        workers.search_rowids(store, WorkerFilter(), "name", descending=True)
        workers.search_rowids(store, WorkerFilter(include_deleted=True), "name")
    finally:
        store.conn.set_trace_callback(None)
    plans = [
        " | ".join(r[3] for r in store.conn.execute(f"EXPLAIN QUERY PLAN {sql}")) for sql in seen
    ]
    assert len(plans) == 3
    for plan in plans[:2]:
        assert "workers_live_sort" in plan and "TEMP B-TREE" not in plan, plan
    assert "workers_sort" in plans[2] and "TEMP B-TREE" not in plans[2], plans[2]


def test_roster_import_writes_the_key_and_a_renamed_row_gets_a_new_one(
    store: Store, tmp_path: Path
) -> None:
    rows = standard_rows(30)
    path = simple_roster(tmp_path / "r.xlsx", STANDARD_HEADER, rows)
    roster.apply_import(store, roster.plan_import(store, path))
    keys = store.query("SELECT name, name_sort FROM workers")
    assert len(keys) == 30 and all(k["name_sort"] == sort_key(k["name"]) for k in keys)
    rows[4][0] = "阿丽"
    path = simple_roster(tmp_path / "r2.xlsx", STANDARD_HEADER, rows)
    roster.apply_import(store, roster.plan_import(store, path))
    assert names(store)[0] == "阿丽"
    assert store.scalar("SELECT name_sort FROM workers WHERE name = '阿丽'") == sort_key("阿丽")


def test_demo_workers_get_their_keys(store: Store) -> None:
    demo.fill(store, 60, seed=5)
    keys = store.query("SELECT name, name_sort FROM workers")
    assert len(keys) == 60 and all(k["name_sort"] == sort_key(k["name"]) for k in keys)
    listed = names(store)
    assert listed == sorted(listed, key=sort_key)


def test_the_county_keys_the_workers_a_township_sends(world: World) -> None:
    ids = {name: add_worker(world.a, i + 1, name) for i, name in enumerate(ADDED)}
    assert merge_into_county(world, world.export(world.a))
    assert names(world.county) == EXPECTED
    # A rename at the township re-keys the county's row.
    raw = workers.get(world.a, ids["程丽"])
    raw.pop("certificates"), raw.pop("moves")
    workers.update(world.a, ids["程丽"], {**raw, "name": "艾丽"})
    assert merge_into_county(world, world.export(world.a))
    assert names(world.county)[0] == "艾丽"
    row = world.county.query("SELECT name_sort FROM workers WHERE id_number = ?", (idn(1),))
    assert row[0]["name_sort"] == sort_key("艾丽")


def test_the_key_does_not_travel(world: World) -> None:
    from swdesk.sync.envelope import read_file
    from swdesk.sync.package import open_package

    add_worker(world.a, 1, "张三")
    pkg = open_package(world.county, read_file(world.export(world.a)))
    assert "name" in pkg.tables["workers"]["columns"]
    assert "name_sort" not in pkg.tables["workers"]["columns"]


def merge_into_county(world: World, path: Path) -> bool:
    from swdesk.sync import merge

    return all(r.accepted for r in merge.import_files(world.county, [path]))


# -- files made before the column ---------------------------------------------------------------
@pytest.fixture
def file_before_the_key(tmp_path: Path) -> Iterator[Path]:
    """A township file at the step before ``name_sort``, with the workers of ``ADDED``."""
    path = tmp_path / "old.db"
    before = migrations.RELEASED - 1
    with (
        mock.patch.object(migrations, "MIGRATIONS", migrations.MIGRATIONS[:before]),
        open_store(path, daily_backup=False) as store,
    ):
        initialize(store, "township", "510104001", "测试街道")
        for i, name in enumerate(ADDED):
            row: dict[str, Any] = {
                "name": name,
                "id_number": make_id_number("510104", date(1980, 1, 1 + i), i + 1),
                "gender": "男",
                "birth_date": f"1980-01-{1 + i:02d}",
                "name_pinyin": pinyin_keys(name)[1],
            }
            records.insert(store, "workers", row)
    yield path


def index_sql(store: Store) -> list[tuple[str, str]]:
    return [
        (r[0], r[1])
        for r in store.conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
            "ORDER BY name"
        )
    ]


@pytest.mark.parametrize("rebuild_from", [name_order.REBUILD_INDEXES_FROM, 2])
def test_an_upgraded_file_gets_every_key_on_its_first_open(
    file_before_the_key: Path, store: Store, monkeypatch: pytest.MonkeyPatch, rebuild_from: int
) -> None:
    """Many keys at once rebuild the key's indexes (``rebuild_from`` 2: these six do): the
    file ends with the same indexes as a new one, sound, and the list still reads them."""
    monkeypatch.setattr(name_order, "REBUILD_INDEXES_FROM", rebuild_from)
    fresh = index_sql(store)
    with open_store(file_before_the_key, daily_backup=False) as store:
        assert migrations.current_version(store.conn) == migrations.RELEASED
        assert index_sql(store) == fresh
        assert store.scalar("PRAGMA integrity_check") == "ok"
        assert store.scalar("SELECT count(*) FROM workers WHERE name_sort IS NULL") == 0
        assert names(store) == EXPECTED
        # Local bookkeeping: no row looks changed to sync or the history.
        assert store.scalar("SELECT max(version) FROM workers") == 1
        rev = store.scalar("SELECT value FROM meta WHERE key = 'rev'")
    with open_store(file_before_the_key, daily_backup=False) as store:
        assert store.scalar("SELECT value FROM meta WHERE key = 'rev'") == rev


def test_a_row_without_a_key_is_filled_on_open_and_a_keyed_one_left(
    store: Store, listed: dict[str, str]
) -> None:
    path = store.path
    store.conn.execute("UPDATE workers SET name_sort = NULL WHERE id = ?", (listed["张三"],))
    store.conn.execute("UPDATE workers SET name_sort = 'zzz' WHERE id = ?", (listed["李娜"],))
    store.close()
    with open_store(path, daily_backup=False) as again:
        keys = {r["name"]: r["name_sort"] for r in again.query("SELECT * FROM workers")}
    assert keys["张三"] == sort_key("张三")
    assert keys["李娜"] == "zzz"  # a key present is not recomputed on every open


# -- a file that cannot be written: keys missing, computed on the fly -------------------------
def test_a_read_only_file_without_keys_still_lists_in_roster_order(
    store: Store, listed: dict[str, str]
) -> None:
    """``fill_keys`` cannot write a read-only file: its rows without a key sort by the key
    computed in the query, mixed rightly with the stored ones, and the file stays untouched."""
    path = store.path
    workers.delete(store, listed["黎明"], "离职")
    without = ("陈娟桂", "李娜", "黎明", "章三")  # first, middle, deleted and last keys gone
    store.conn.execute(
        f"UPDATE workers SET name_sort = NULL WHERE name IN ({','.join('?' * len(without))})",
        without,
    )
    store.close()
    before = digest(path)
    with opening.open_read_only(path) as ro:
        stored_only = [
            r[0] for r in ro.conn.execute("SELECT name FROM workers ORDER BY name_sort, rowid")
        ]
        assert stored_only[:4] != EXPECTED[:4]  # what the list showed: keyless rows first
        live = [n for n in EXPECTED if n != "黎明"]
        assert names(ro) == live
        assert names(ro, descending=True) == live[::-1]
        assert names(ro, WorkerFilter(include_deleted=True)) == EXPECTED
        assert names(ro, WorkerFilter(text="li")) == ["程丽", "李娜"]
        model = WorkerModel(ro)
        col = COLUMN_KEYS.index("name")
        assert [model.index(r, col).data() for r in range(model.rowCount())] == live
        model.sort(col, Qt.SortOrder.DescendingOrder)
        assert [model.index(r, col).data() for r in range(model.rowCount())] == live[::-1]
        assert ro.scalar("SELECT count(*) FROM workers WHERE name_sort IS NULL") == len(without)
    assert digest(path) == before  # nothing written


def test_a_read_only_file_with_every_key_uses_the_index(
    store: Store, listed: dict[str, str]
) -> None:
    path = store.path
    store.close()
    with opening.open_read_only(path) as ro:
        seen: list[str] = []
        ro.conn.set_trace_callback(seen.append)
        try:
            assert names(ro) == EXPECTED
        finally:
            ro.conn.set_trace_callback(None)
        (listing,) = [s for s in seen if "ORDER BY" in s]
        plan = " | ".join(r[3] for r in ro.conn.execute(f"EXPLAIN QUERY PLAN {listing}"))
        assert "workers_live_sort" in plan and "TEMP B-TREE" not in plan, plan
