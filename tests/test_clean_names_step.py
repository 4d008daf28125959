"""Schema step 15: names and text stored before input was made plain are cleaned once on open,
their rows travel (new version and rev) and the search index finds them by the clean name."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from unittest import mock

import pytest

from swdesk.core import divisions
from swdesk.store import open_store, workers
from swdesk.store.name_order import sort_key
from swdesk.store.schema import migrations
from swdesk.store.schema.v0015_clean_names import clean
from swdesk.store.unit import initialize

STEP = 15
ZWSP, BOM, SHY, RLO = "\u200b", "\ufeff", "\u00ad", "\u202e"


def old_file(path: Path, role: str = divisions.ROLE_TOWNSHIP) -> dict[str, str]:
    """A file at the version before the step whose rows hold what input made plain since:
    two workers, each written plainly and then given its old dirty values in SQL, with its
    search terms built from those (as the old program built them). Returns name → id."""
    with mock.patch.object(migrations, "MIGRATIONS", migrations.MIGRATIONS[: STEP - 1]):
        store = open_store(path)
        code = "510104001" if role == divisions.ROLE_TOWNSHIP else "510104"
        initialize(store, role, code, "测试单位")
        ids = {
            "王五": workers.create(store, {"name": "王五", "id_number": "11010519491231002X"}),
            "李四": workers.create(store, {"name": "李四", "id_number": "110105194912310118"}),
        }
        store.conn.execute(
            "UPDATE workers SET name = ?, major = ?, notes = ? WHERE id = ?",
            (f"王{ZWSP}五{BOM}", f"社会{SHY}工作", "第一行\r\n第二行\t完", ids["王五"]),
        )
        store.conn.execute(
            "UPDATE workers SET name = ?, id_number = ? WHERE id = ?",
            (f"{RLO}李\t四", f"11010519491231011{ZWSP}8", ids["李四"]),
        )
        store.conn.commit()
        workers.rebuild_search_index(store)
        store.close()
        return ids


def row(path: Path, worker_id: str) -> sqlite3.Row:
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    try:
        return conn.execute("SELECT * FROM workers WHERE id = ?", (worker_id,)).fetchone()
    finally:
        conn.close()


def meta_rev(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT value FROM meta WHERE key = 'rev'").fetchone()[0])
    finally:
        conn.close()


def terms_starting(path: Path, prefix: str) -> int:
    """Search terms beginning with ``prefix``, read without opening (which would migrate)."""
    conn = sqlite3.connect(path)
    try:
        return int(
            conn.execute(
                "SELECT count(*) FROM worker_search WHERE substr(term, 1, ?) = ?",
                (len(prefix), prefix),
            ).fetchone()[0]
        )
    finally:
        conn.close()


def found(path: Path, text: str) -> set[str]:
    store = open_store(path)
    try:
        return {w["id"] for w in workers.list_public(store, text)}
    finally:
        store.close()


def test_step_is_the_released_fifteenth() -> None:
    assert migrations.RELEASED >= STEP
    assert migrations.released_steps()[STEP - 1].__module__.endswith("v0015_clean_names")


def test_old_dirty_names_are_cleaned_on_open_and_found_by_the_clean_name(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    ids = old_file(path)
    before = {name: row(path, wid) for name, wid in ids.items()}
    rev_before = meta_rev(path)
    assert terms_starting(path, "王五") == 0  # the damage the step repairs: the old terms miss

    store = open_store(path)
    store.close()

    wang, li = row(path, ids["王五"]), row(path, ids["李四"])
    assert wang["name"] == "王五" and li["name"] == "李四"
    assert wang["name_sort"] == sort_key("王五")  # the order key made again from the clean name
    assert wang["major"] == "社会工作"
    assert wang["notes"] == "第一行\n第二行 完"  # line breaks kept, a tab a space
    assert li["id_number"] == "110105194912310118"
    assert meta_rev(path) == rev_before + 1
    for name, r in (("王五", wang), ("李四", li)):
        assert r["version"] == before[name]["version"] + 1
        assert r["rev"] == rev_before + 1
        assert r["updated_at"] > before[name]["updated_at"]
    assert found(path, "王五") == {ids["王五"]}
    assert found(path, "李四") == {ids["李四"]}
    assert found(path, "wangwu") == {ids["王五"]}
    assert found(path, "310118") == {ids["李四"]}


def test_clean_rows_keep_their_version_and_a_clean_file_its_rev(tmp_path: Path) -> None:
    path = tmp_path / "clean.db"
    with mock.patch.object(migrations, "MIGRATIONS", migrations.MIGRATIONS[: STEP - 1]):
        store = open_store(path)
        initialize(store, divisions.ROLE_TOWNSHIP, "510104001", "测试单位")
        wid = workers.create(store, {"name": "张三", "id_number": "110105194912310126"})
        store.close()
    version, rev = row(path, wid)["version"], meta_rev(path)

    open_store(path).close()

    assert row(path, wid)["version"] == version and meta_rev(path) == rev
    assert found(path, "张三") == {wid}


def test_an_id_number_whose_clean_form_is_taken_is_left_as_it_is(tmp_path: Path) -> None:
    path = tmp_path / "twice.db"
    ids = old_file(path)
    conn = sqlite3.connect(path)
    dirty = f"11010519491231002{ZWSP}X"  # 王五's number with a hidden mark
    conn.execute("UPDATE workers SET id_number = ? WHERE id = ?", (dirty, ids["李四"]))
    conn.commit()
    conn.close()

    open_store(path).close()

    assert row(path, ids["李四"])["id_number"] == dirty
    assert row(path, ids["李四"])["name"] == "李四"  # the rest of the row is still cleaned
    assert row(path, ids["王五"])["id_number"] == "11010519491231002X"


def test_a_county_file_is_left_for_its_townships_packages(tmp_path: Path) -> None:
    path = tmp_path / "county.db"
    ids = old_file(path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE meta SET value = ? WHERE key = 'role'", (divisions.ROLE_COUNTY,))
    conn.commit()
    conn.close()
    before = row(path, ids["王五"])

    open_store(path).close()

    after = row(path, ids["王五"])
    assert after["name"] == before["name"] == f"王{ZWSP}五{BOM}"
    assert after["version"] == before["version"]


@pytest.mark.parametrize(
    ("value", "how", "expected"),
    [
        (f"王{ZWSP}五", "name", "王五"),
        (" 王 五 ", "name", "王五"),
        ("王\u3000五", "name", "王五"),  # the ideographic space folds to a space, then goes
        ("ＡＢ１２", "line", "AB12"),
        ("\u2f08人", "name", "\u2f08人"),  # a Kangxi radical stays: NFKC would change it
        ("和平社区（一）", "prose", "和平社区（一）"),  # Chinese punctuation kept in prose
        ("Ｂ栋", "prose", "B栋"),
        ("a\u0000b", "line", "a b"),
        ("x1\n\ny2", "note", "x1\n\ny2"),
        ("11010519491231002\uff58", "id", "11010519491231002X"),  # a full-width x
        ("plain", "line", "plain"),
        (" x1 ", "id", " x1 "),  # plain ASCII was made plain by the old input already
    ],
)
def test_clean_as_input_is_cleaned_now(value: str, how: str, expected: str) -> None:
    assert clean(value, how) == expected
