"""bench/storage_floor.py writes exactly what an import changed: applied to the file the import
started from, its changes give the file the import left, table by table, row by row."""

from __future__ import annotations

import shutil
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"

SCHEMA = """
CREATE TABLE people (id TEXT UNIQUE, name TEXT, phone TEXT, version INTEGER);
CREATE INDEX people_phone ON people (phone);
CREATE TABLE terms (term TEXT, person TEXT, PRIMARY KEY (term, person)) WITHOUT ROWID;
CREATE VIRTUAL TABLE digits USING fts5 (text);
CREATE TABLE log (seq INTEGER PRIMARY KEY AUTOINCREMENT, what TEXT);
CREATE TRIGGER no_renames BEFORE UPDATE OF name ON people
    BEGIN SELECT RAISE(ABORT, 'locked'); END;
"""


@pytest.fixture
def storage_floor(monkeypatch: pytest.MonkeyPatch) -> Iterator[ModuleType]:
    monkeypatch.syspath_prepend(str(BENCH))
    import storage_floor

    yield storage_floor
    sys.modules.pop("storage_floor", None)  # bench's flat module names stay local


def _files(tmp_path: Path) -> tuple[Path, Path]:
    before, after = tmp_path / "before.db", tmp_path / "after.db"
    conn = sqlite3.connect(before)
    conn.executescript(SCHEMA)
    conn.executemany(
        "INSERT INTO people VALUES (?, ?, ?, 1)",
        [
            (
                f"p{i}",
                f"名{i}",
                f"139{i:08d}",
            )
            for i in range(20)
        ],
    )
    conn.executemany("INSERT INTO terms VALUES (?, ?)", [(f"t{i}", f"p{i}") for i in range(20)])
    conn.execute("INSERT INTO digits (text) VALUES ('13900000001')")
    conn.execute("INSERT INTO log (what) VALUES ('set up')")
    conn.commit()
    conn.close()
    shutil.copyfile(before, after)
    conn = sqlite3.connect(after)
    conn.execute("DROP TRIGGER no_renames")  # the import itself may rename
    conn.executemany(
        "INSERT INTO people VALUES (?, ?, ?, 1)", [(f"n{i}", "新人", None) for i in range(5)]
    )
    conn.execute("UPDATE people SET phone = '13800000000', version = 2 WHERE id = 'p3'")
    conn.execute("UPDATE people SET name = '改名', version = 2 WHERE id = 'p4'")
    conn.execute("DELETE FROM people WHERE id = 'p5'")
    conn.execute("DELETE FROM terms WHERE person = 'p5'")
    conn.execute("INSERT INTO terms VALUES ('新', 'n0')")
    conn.execute("INSERT INTO digits (text) VALUES ('13800000000')")
    conn.executemany("INSERT INTO log (what) VALUES (?)", [("import",)] * 3)
    conn.execute(
        "CREATE TRIGGER no_renames BEFORE UPDATE OF name ON people "
        "BEGIN SELECT RAISE(ABORT, 'locked'); END"
    )
    conn.commit()
    conn.close()
    return before, after


def _content(path: Path) -> dict[str, list[tuple[object, ...]]]:
    conn = sqlite3.connect(path)
    try:
        tables = [
            name
            for name, sql in conn.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%'"
            )
            if not sql.startswith("CREATE VIRTUAL")
        ]
        out = {}
        for t in tables:
            rowid = "" if t in ("terms", "digits_idx", "digits_config") else "rowid, "
            out[t] = sorted(conn.execute(f'SELECT {rowid}* FROM "{t}"').fetchall(), key=repr)
        out["search 138"] = conn.execute(
            "SELECT text FROM digits WHERE digits MATCH '13800000000'"
        ).fetchall()
        return out
    finally:
        conn.close()


def test_changes_are_counted_by_kind(storage_floor: ModuleType, tmp_path: Path) -> None:
    before, after = _files(tmp_path)
    found = storage_floor.changes(before, after)
    people = found["people"]
    assert (len(people.inserted), len(people.updated), len(people.deleted)) == (5, 2, 1)
    phone_change = people.updated[[r[1] for r in people.updated].index("p3")]
    assert phone_change[3] == "13800000000"
    # only the changed columns are set (rowid, id, name, phone, version)
    assert sorted(people.changed) == [(2, 4), (3, 4)]
    assert (len(found["terms"].inserted), len(found["terms"].deleted)) == (1, 1)
    assert found["terms"].key == ["term", "person"]
    assert len(found["log"].inserted) == 3
    assert "digits" not in found and "digits_content" in found  # the index's own tables
    assert storage_floor.summary(found).startswith("people +5 ~2 -1")


def test_writing_the_changes_gives_the_file_the_import_left(
    storage_floor: ModuleType, tmp_path: Path
) -> None:
    before, after = _files(tmp_path)
    found = storage_floor.changes(before, after)
    target = tmp_path / "floor.db"
    seconds = storage_floor.write_seconds(before, found, target)
    assert seconds > 0
    assert _content(target) == _content(after)
    assert _content(target) != _content(before)
    assert storage_floor.changes(target, after) == {}


def test_no_changes_write_nothing(storage_floor: ModuleType, tmp_path: Path) -> None:
    before, _ = _files(tmp_path)
    assert storage_floor.changes(before, before) == {}
