"""Backups with SQLite's backup API (daily on open with rotation, on request) and restore."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest
from cli_helpers import run_argv as run
from damage_helpers import digest, names_in

from swdesk.core.idnumber import make_id_number
from swdesk.store import Store, open_store, villages, workers
from swdesk.store.backup import DAILY_TAG, backup_dir, backup_file, check_backup_file, list_backups
from swdesk.store.errors import StoreError
from swdesk.store.schema import migrations
from swdesk.store.unit import initialize

TODAY = datetime.now().strftime("%Y%m%d")


def make_file(path: Path, *names: str) -> None:
    with open_store(path) as store:
        if not store.is_initialized:
            initialize(store, "township", "510104001", "测试街道")
            villages.add(store, "510104001001", "和平社区", "urban")
        add_workers(store, *names)


def add_workers(store: Store, *names: str) -> None:
    start = workers.count(store, include_deleted=True)
    for i, name in enumerate(names):
        workers.create(
            store,
            {
                "name": name,
                "id_number": make_id_number("510104", date(1980, 1, 1), 100 + start + i),
                "village_code": "510104001001",
            },
        )


# -- daily ------------------------------------------------------------------------------------
def test_new_file_gets_no_daily_backup(db_path: Path) -> None:
    make_file(db_path, "张三")
    assert list_backups(db_path) == []


def test_daily_backup_once_a_day(db_path: Path) -> None:
    make_file(db_path, "张三")
    with open_store(db_path):
        pass
    daily = list_backups(db_path, DAILY_TAG)
    assert len(daily) == 1
    assert daily[0].name.startswith(f"swdesk-{TODAY}-") and daily[0].name.endswith("-daily.db")
    assert names_in(daily[0]) == ["张三"]
    assert check_backup_file(daily[0]) == migrations.SCHEMA_VERSION
    make_file(db_path, "李四")  # a second open the same day
    with open_store(db_path):
        pass
    assert list_backups(db_path, DAILY_TAG) == daily
    assert names_in(daily[0]) == ["张三"]


def test_daily_backup_can_be_turned_off_per_open(db_path: Path) -> None:
    make_file(db_path, "张三")
    with open_store(db_path, daily_backup=False):
        pass
    assert list_backups(db_path) == []


@pytest.mark.parametrize("keep", [1, 3])
def test_rotation_keeps_the_newest(db_path: Path, keep: int) -> None:
    make_file(db_path, "张三")
    with open_store(db_path, daily_backup=False) as store:
        store.set_setting("backup_keep", keep)
    folder = backup_dir(db_path)
    folder.mkdir()
    fakes = [folder / f"swdesk-2020010{d}-080000-daily.db" for d in range(1, 6)]
    for f in fakes:
        f.write_bytes(b"old")
    other = folder / "swdesk-20200101-080000-manual.db"
    other.write_bytes(b"manual")
    with open_store(db_path):
        pass
    left = list_backups(db_path, DAILY_TAG)
    assert len(left) == keep
    assert left[-1].name.startswith(f"swdesk-{TODAY}-")
    assert left[:-1] == fakes[len(fakes) - (keep - 1) :]
    assert other.exists()  # rotation touches daily backups only


def test_default_keep_is_14(db_path: Path) -> None:
    make_file(db_path, "张三")
    folder = backup_dir(db_path)
    folder.mkdir()
    for d in range(1, 21):
        (folder / f"swdesk-201901{d:02d}-080000-daily.db").write_bytes(b"old")
    with open_store(db_path):
        pass
    assert len(list_backups(db_path, DAILY_TAG)) == 14


# -- on request --------------------------------------------------------------------------------
def test_backup_file_names_do_not_collide(db_path: Path) -> None:
    make_file(db_path, "张三")
    with open_store(db_path, daily_backup=False) as store:
        a = backup_file(store.conn, store.path, "manual")
        b = backup_file(store.conn, store.path, "manual")
    assert a != b and a.exists() and b.exists()


def test_backup_of_a_file_in_use_includes_uncheckpointed_changes(db_path: Path) -> None:
    make_file(db_path, "张三")
    with open_store(db_path, daily_backup=False) as store:
        add_workers(store, "李四")
        out = backup_file(store.conn, store.path, "manual", db_path.parent / "copy.db")
        assert names_in(out) == ["张三", "李四"]
    assert not Path(str(out) + "-wal").exists()


def test_cli_backup_out(db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    make_file(db_path, "张三", "李四")
    out = tmp_path / "sub" / "mine.db"
    code, stdout, err = run(capsys, "--db", str(db_path), "backup", "--out", str(out))
    assert code == 0, err
    assert str(out) in stdout
    assert names_in(out) == ["张三", "李四"]
    assert not list((tmp_path / "sub").glob("*.part"))


def test_cli_backup_default_goes_to_backups(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make_file(db_path, "张三")
    code, _, _ = run(capsys, "--db", str(db_path), "backup")
    assert code == 0
    manual = list_backups(db_path, "manual")
    assert len(manual) == 1 and names_in(manual[0]) == ["张三"]


def test_cli_backup_into_a_folder(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make_file(db_path, "张三")
    folder = tmp_path / "usb"
    folder.mkdir()
    code, _, err = run(capsys, "--db", str(db_path), "backup", "--out", str(folder))
    assert code == 0, err
    made = list(folder.glob("swdesk-*-manual.db"))
    assert len(made) == 1 and names_in(made[0]) == ["张三"]


def test_cli_backup_onto_the_data_file_itself_refused(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make_file(db_path, "张三")
    code, _, err = run(capsys, "--db", str(db_path), "backup", "--out", str(db_path))
    assert code == 3
    assert "数据文件自己" in err
    assert names_in(db_path) == ["张三"]
    with open_store(db_path) as store:
        add_workers(store, "李四")
    assert names_in(db_path) == ["张三", "李四"]


# -- restore ---------------------------------------------------------------------------------
def test_cli_restore(db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    make_file(db_path, "张三")
    saved = tmp_path / "saved.db"
    assert run(capsys, "--db", str(db_path), "backup", "--out", str(saved))[0] == 0
    make_file(db_path, "李四")
    assert names_in(db_path) == ["张三", "李四"]

    code, stdout, err = run(capsys, "--db", str(db_path), "restore", str(saved))
    assert code == 0, err
    assert names_in(db_path) == ["张三"]
    safety = list_backups(db_path, "before-restore")
    assert len(safety) == 1
    assert str(safety[0]) in stdout
    assert names_in(safety[0]) == ["张三", "李四"]
    # the restored file is a normal data file again
    with open_store(db_path) as store:
        assert store.unit_code == "510104001"
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        add_workers(store, "王五")
    assert names_in(db_path) == ["张三", "王五"]


def test_restore_into_a_new_data_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first = tmp_path / "a" / "swdesk.db"
    make_file(first, "张三")
    fresh = tmp_path / "b" / "swdesk.db"
    code, _, err = run(capsys, "--db", str(fresh), "restore", str(first))
    assert code == 0, err
    assert names_in(fresh) == ["张三"]


def test_restore_migrates_an_older_backup(
    db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    make_file(db_path, "张三")
    old = tmp_path / "v1.db"
    assert run(capsys, "--db", str(db_path), "backup", "--out", str(old))[0] == 0
    base = len(migrations.MIGRATIONS)

    def m2(c: sqlite3.Connection) -> None:
        c.execute("ALTER TABLE workers ADD COLUMN nickname TEXT")

    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, m2])
    code, _, err = run(capsys, "--db", str(db_path), "restore", str(old))
    assert code == 0, err
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == base + 1
        assert "nickname" in {r[1] for r in conn.execute("PRAGMA table_info(workers)")}
    finally:
        conn.close()
    assert names_in(db_path) == ["张三"]
    assert names_in(old) == ["张三"]
    conn = sqlite3.connect(old)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == base  # the source is untouched
    finally:
        conn.close()


def _refused_restore(
    db_path: Path, source: Path, capsys: pytest.CaptureFixture[str], *needles: str
) -> None:
    make_file(db_path, "张三")
    before = digest(db_path)
    backups_before = sorted(backup_dir(db_path).glob("*")) if backup_dir(db_path).exists() else []
    source_before = digest(source) if source.exists() else None
    code, _, err = run(capsys, "--db", str(db_path), "restore", str(source))
    assert code == 3
    for n in needles:
        assert n in err, err
    assert digest(db_path) == before
    after = sorted(backup_dir(db_path).glob("*")) if backup_dir(db_path).exists() else []
    assert after == backups_before
    if source_before:
        assert digest(source) == source_before


def test_restore_garbage_refused(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"\x00\x01garbage" * 500)
    _refused_restore(db_path, junk, capsys, "不是 swdesk 数据文件")


def test_restore_missing_file_refused(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _refused_restore(db_path, tmp_path / "nothing.db", capsys, "找不到")


def test_restore_foreign_sqlite_refused(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    foreign = tmp_path / "other.db"
    c = sqlite3.connect(foreign)
    c.execute("CREATE TABLE t (x)")
    c.commit()
    c.close()
    _refused_restore(db_path, foreign, capsys, "不是 swdesk 数据文件")


def test_restore_newer_version_refused(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    newer = tmp_path / "newer" / "swdesk.db"
    make_file(newer, "李四")
    c = sqlite3.connect(newer)
    c.execute("PRAGMA user_version = 99")
    c.close()
    _refused_restore(db_path, newer, capsys, "更新版本", "升级")


def test_check_backup_file_on_a_path_with_special_characters(tmp_path: Path) -> None:
    odd = tmp_path / "备份 #1?" / "swdesk.db"
    make_file(odd, "张三")
    assert check_backup_file(odd) == migrations.SCHEMA_VERSION
    with pytest.raises(StoreError):
        check_backup_file(tmp_path / "备份 #1?" / "missing.db")


def test_restore_from_a_data_file_still_in_use_includes_its_wal(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A live data file copied as a 'backup' keeps its latest saves in the -wal beside it."""
    make_file(db_path, "张三")
    source = tmp_path / "live" / "swdesk.db"
    make_file(source, "李四")
    with open_store(source, daily_backup=False) as other:
        add_workers(other, "王五")  # committed, still in source's -wal while it is open
        assert Path(str(source) + "-wal").stat().st_size > 0
        code, _, err = run(capsys, "--db", str(db_path), "restore", str(source))
        assert code == 0, err
    assert names_in(db_path) == ["李四", "王五"]
