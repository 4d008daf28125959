"""Opening data files: pragmas, versioned migrations, and files that must be refused untouched."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from unittest import mock

import pytest

from swdesk.core.idnumber import make_id_number
from swdesk.store import Store, lock, open_store, records, workers
from swdesk.store.backup import backup_dir
from swdesk.store.errors import NewerFileError, StoreError
from swdesk.store.opening import in_wal_mode
from swdesk.store.schema import migrations
from swdesk.store.schema.script import run_script
from swdesk.store.unit import initialize


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def version_of(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


def columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}


def make_v1_file(path: Path) -> str:
    """A township file at version 1 with one worker; returns the worker's id.

    The worker is written with version 1's columns: today's ``workers.create`` writes columns
    later steps added."""
    with (
        mock.patch.object(migrations, "MIGRATIONS", migrations.MIGRATIONS[:1]),
        open_store(path) as store,
    ):
        initialize(store, "township", "510104001", "测试街道")
        wid = records.insert(
            store,
            "workers",
            {
                "name": "张三",
                "id_number": make_id_number("510104", date(1985, 3, 15), 121),
                "gender": "男",
                "birth_date": "1985-03-15",
                "name_pinyin": "zhangsan",
            },
        )
    return wid


def _m2_add_nickname(c: sqlite3.Connection) -> None:
    c.execute("ALTER TABLE workers ADD COLUMN nickname TEXT")


def _m2_half_then_fail(c: sqlite3.Connection) -> None:
    c.execute("CREATE TABLE half_done (x INTEGER)")
    c.execute("ALTER TABLE workers ADD COLUMN nickname TEXT")
    raise RuntimeError("migration 2 broke")


def _m3_fail(c: sqlite3.Connection) -> None:
    c.execute("CREATE TABLE half_done (x INTEGER)")
    raise RuntimeError("migration 3 broke")


@pytest.fixture
def no_lock_leak(db_path: Path) -> Iterator[None]:
    yield
    assert str(db_path.resolve()) not in lock._held, (
        "a refused or failed open must release the lock"
    )


# -- a fresh file -----------------------------------------------------------------------------
def test_fresh_file_is_at_the_schema_version(db_path: Path) -> None:
    with open_store(db_path) as store:
        assert migrations.current_version(store.conn) == migrations.SCHEMA_VERSION
        assert (
            migrations.schema_version() == migrations.SCHEMA_VERSION == len(migrations.MIGRATIONS)
        )
        tables = {
            r["name"] for r in store.query("SELECT name FROM sqlite_master WHERE type='table'")
        }
        assert {
            "meta",
            "settings",
            "audit_log",
            "villages",
            "workers",
            "certificates",
            "worker_history",
            "worker_search",
        } <= tables
        assert migrations.migrate(store.conn) == []  # nothing pending
    assert version_of(db_path) == migrations.SCHEMA_VERSION
    assert not backup_dir(db_path).exists()  # a new file needs no backup yet


def test_pragmas_on_every_connection(db_path: Path) -> None:
    with open_store(db_path) as store:
        clone = store.clone()
        try:
            for conn in (store.conn, clone.conn):
                assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
                assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
                assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        finally:
            clone.close()
    # WAL is a property of the file: a plain connection sees it too
    raw = sqlite3.connect(db_path)
    try:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        raw.close()


def test_the_sqlite_utils_view_leaves_the_connection_as_it_is(store: Store) -> None:
    """``Store.db`` reads the schema; it must not switch on sqlite-utils' own defaults."""
    assert store.conn.execute("PRAGMA recursive_triggers").fetchone()[0] == 0
    assert "workers" in store.db.table_names()
    assert store.db.table("workers").columns_dict["id_number"] is str
    assert store.conn.execute("PRAGMA recursive_triggers").fetchone()[0] == 0
    assert store.conn.in_transaction is False


def test_foreign_key_violation_refused(store: Store) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        store.conn.execute(
            "INSERT INTO certificates (id, created_at, updated_at, origin, worker_id, level) "
            "VALUES ('c1', 'x', 'x', 'o', 'no-such-worker', '社工员')"
        )


def test_zero_byte_file_becomes_a_data_file(db_path: Path) -> None:
    db_path.write_bytes(b"")
    with open_store(db_path) as store:
        assert migrations.current_version(store.conn) == migrations.SCHEMA_VERSION


def test_run_script_skips_comments_and_keeps_the_transaction() -> None:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    conn.execute("BEGIN")
    run_script(conn, "-- a comment\nCREATE TABLE a (x);\n-- another\nCREATE TABLE b (y);\n")
    assert conn.in_transaction
    conn.execute("ROLLBACK")
    assert conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0
    conn.close()


# -- an old file ------------------------------------------------------------------------------
def test_old_file_upgraded_with_a_backup_first(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    wid = make_v1_file(db_path)
    assert version_of(db_path) == 1
    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS[:1], _m2_add_nickname])

    with open_store(db_path) as store:
        assert migrations.current_version(store.conn) == 2
        assert "nickname" in columns(store.conn, "workers")
        assert workers.get(store, wid)["name"] == "张三"  # data kept
        assert store.unit_code == "510104001"

    pre = sorted(backup_dir(db_path).glob("swdesk-*-pre-migrate-v1.db"))
    assert len(pre) == 1
    assert version_of(pre[0]) == 1
    conn = sqlite3.connect(pre[0])
    try:
        assert "nickname" not in columns(conn, "workers")
        assert conn.execute("SELECT name FROM workers WHERE id = ?", (wid,)).fetchone() == ("张三",)
        assert (
            conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        )  # a self-contained file
    finally:
        conn.close()

    # opening again migrates nothing and makes no second pre-migration backup
    with open_store(db_path) as store:
        assert migrations.current_version(store.conn) == 2
    assert len(list(backup_dir(db_path).glob("*pre-migrate*"))) == 1


def test_failing_migration_rolls_back(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, no_lock_leak: None
) -> None:
    wid = make_v1_file(db_path)
    with monkeypatch.context() as m:
        m.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS[:1], _m2_half_then_fail])
        with pytest.raises(RuntimeError, match="migration 2 broke"):
            open_store(db_path)
    assert version_of(db_path) == 1
    conn = sqlite3.connect(db_path)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        assert "half_done" not in tables
        assert "nickname" not in columns(conn, "workers")
    finally:
        conn.close()
    # still openable by this version, data intact
    with open_store(db_path) as store:
        assert workers.get(store, wid)["name"] == "张三"


def test_migrate_stops_at_the_failing_step(monkeypatch: pytest.MonkeyPatch) -> None:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    monkeypatch.setattr(
        migrations, "MIGRATIONS", [*migrations.MIGRATIONS[:1], _m2_add_nickname, _m3_fail]
    )
    with pytest.raises(RuntimeError, match="migration 3 broke"):
        migrations.migrate(conn)
    assert migrations.current_version(conn) == 2  # 1 and 2 committed, 3 rolled back
    assert "nickname" in columns(conn, "workers")
    assert (
        conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'").fetchone()[0]
        == 0
    )
    assert not conn.in_transaction
    conn.close()


# -- files this version must not touch ---------------------------------------------------------
def test_newer_file_refused_untouched(db_path: Path, no_lock_leak: None) -> None:
    make_v1_file(db_path)
    raw = sqlite3.connect(db_path)
    raw.execute("PRAGMA user_version = 99")
    raw.close()
    assert in_wal_mode(db_path)  # judged by the normal connection, without a read-only look
    before = digest(db_path)
    backups_before = sorted(backup_dir(db_path).glob("*")) if backup_dir(db_path).exists() else []

    with pytest.raises(NewerFileError) as info:
        open_store(db_path)
    msg = info.value.message
    assert "升级" in msg and "99" in msg and str(migrations.SCHEMA_VERSION) in msg
    assert digest(db_path) == before
    assert version_of(db_path) == 99
    after = sorted(backup_dir(db_path).glob("*")) if backup_dir(db_path).exists() else []
    assert after == backups_before  # no backup or migration was attempted


def test_newer_file_in_rollback_journal_mode_keeps_its_header(db_path: Path) -> None:
    # A plain connect would switch the file to WAL at once, rewriting bytes 18-19 of its header.
    make_v1_file(db_path)
    raw = sqlite3.connect(db_path)
    raw.execute("PRAGMA journal_mode = DELETE")
    raw.execute(f"PRAGMA user_version = {migrations.schema_version() + 1}")
    raw.close()
    before = digest(db_path)
    with pytest.raises(NewerFileError):
        open_store(db_path)
    assert digest(db_path) == before
    assert not Path(str(db_path) + "-wal").exists()


def test_non_sqlite_file_refused_untouched(db_path: Path, no_lock_leak: None) -> None:
    db_path.write_bytes(b"PK\x03\x04 this is a zip file, not a database " * 200)
    before = digest(db_path)
    with pytest.raises(StoreError) as info:
        open_store(db_path)
    assert not isinstance(info.value, NewerFileError)
    assert "不是 swdesk 数据文件" in info.value.message
    assert digest(db_path) == before


@pytest.mark.parametrize("journal_mode", ["DELETE", "WAL"])
@pytest.mark.parametrize("user_version", [0, 3])
def test_foreign_sqlite_file_refused_untouched(
    db_path: Path, user_version: int, journal_mode: str, no_lock_leak: None
) -> None:
    """In rollback-journal mode the file is judged by a read-only look first; in WAL mode by
    the normal connection (it writes nothing to such a file). Refused, bytes kept, either way."""
    raw = sqlite3.connect(db_path)
    raw.execute(f"PRAGMA journal_mode = {journal_mode}")
    raw.execute("CREATE TABLE contacts (name TEXT)")
    raw.execute("INSERT INTO contacts VALUES ('x')")
    raw.execute(f"PRAGMA user_version = {user_version}")
    raw.commit()
    raw.close()
    assert in_wal_mode(db_path) == (journal_mode == "WAL")
    before = digest(db_path)
    with pytest.raises(StoreError) as info:
        open_store(db_path)
    assert not isinstance(info.value, NewerFileError)
    assert "不是 swdesk 数据文件" in info.value.message
    assert digest(db_path) == before
    if journal_mode == "DELETE":
        assert not Path(str(db_path) + "-wal").exists()


def test_wal_mode_is_read_from_the_file_header(tmp_path: Path) -> None:
    wal, rollback, text = tmp_path / "wal.db", tmp_path / "delete.db", tmp_path / "notes.txt"
    for path, mode in ((wal, "WAL"), (rollback, "DELETE")):
        raw = sqlite3.connect(path)
        raw.execute(f"PRAGMA journal_mode = {mode}")
        raw.execute("CREATE TABLE t (x)")
        raw.commit()
        raw.close()
    text.write_text("SQLite format 3 — no, just a note", encoding="utf-8")
    assert in_wal_mode(wal)
    assert not in_wal_mode(rollback)
    assert not in_wal_mode(text)
    assert not in_wal_mode(tmp_path / "missing.db")


def test_a_folder_is_not_a_data_file(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    with pytest.raises(StoreError) as info:
        open_store(folder)
    assert "文件夹" in info.value.message
    assert list(tmp_path.iterdir()) == [folder]  # no lock file or data file made beside it
    assert list(folder.iterdir()) == []
