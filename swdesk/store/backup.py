"""Backups with SQLite's online backup API: daily on open, before migrations, and on request."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from swdesk import atomic
from swdesk.core.i18n import msg
from swdesk.store.db import read_only_uri
from swdesk.store.errors import StoreError, sqlite_fault
from swdesk.store.schema import migrations

if TYPE_CHECKING:
    from swdesk.store.db import Store

DAILY_TAG = "daily"


def backup_dir(db_path: Path) -> Path:
    return db_path.parent / "backups"


def _copy(src: sqlite3.Connection, dest: Path) -> None:
    """Copy through SQLite into a temporary file, then rename: never a half-written copy that
    looks like a backup. A full or read-only disk is the user's to fix and is told so."""
    tmp = atomic.temp_name(dest)
    try:
        tmp.unlink(missing_ok=True)
        out = sqlite3.connect(str(tmp))
        try:
            src.backup(out)
            out.execute("PRAGMA journal_mode = DELETE")
        finally:
            out.close()
        os.replace(tmp, dest)
    except BaseException as e:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        if isinstance(e, OSError):
            atomic.raise_sorted(e, dest)
        fault = sqlite_fault(e, dest) if isinstance(e, sqlite3.Error) else None
        if fault is None:
            raise
        raise fault from e
    atomic.sync_folder(dest.parent)


def backup_file(conn: sqlite3.Connection, db_path: Path, tag: str, out: Path | None = None) -> Path:
    """Copy the live file (consistent even while in use) and return where it went."""
    folder = backup_dir(db_path)
    if out is not None and out.is_dir():
        folder, out = out, None  # a folder was given: a dated file inside it
    if out is not None and _same_file(out, db_path):
        raise StoreError(
            msg("备份不能写到数据文件自己（{path}）上，请换一个文件名。", path=db_path)
        )
    if out is None:
        folder.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        out = folder / f"{db_path.stem}-{stamp}-{tag}.db"
        n = 1
        while out.exists():
            n += 1
            out = folder / f"{db_path.stem}-{stamp}-{tag}-{n}.db"
    out.parent.mkdir(parents=True, exist_ok=True)
    _copy(conn, out)
    return out


def backup_store(store: Store, tag: str, out: Path | None = None) -> Path:
    """``backup_file`` of an open Store: the callers outside ``store/`` (the File menu, the
    ``backup`` command) never hold its connection. A function here rather than a ``Store``
    method, so ``db`` need not import ``backup``."""
    return backup_file(store.conn, store.path, tag, out)


def _same_file(a: Path, b: Path) -> bool:
    """True when ``a`` is ``b`` or one of its WAL companions: replacing those under a live
    connection would lose every later save."""
    ra, rb = a.resolve(), b.resolve()
    return ra == rb or ra in {rb.with_name(rb.name + s) for s in ("-wal", "-shm", ".lock")}


def list_backups(db_path: Path, tag: str | None = None) -> list[Path]:
    folder = backup_dir(db_path)
    if not folder.is_dir():
        return []
    pattern = f"{db_path.stem}-*-{tag}*.db" if tag else f"{db_path.stem}-*.db"
    return sorted(folder.glob(pattern))


def daily_backup(store: Store) -> Path | None:
    """At most one backup a calendar day; keep the newest ``backup_keep`` (setting) of them."""
    today = datetime.now().strftime("%Y%m%d")
    existing = list_backups(store.path, DAILY_TAG)
    if any(p.name.startswith(f"{store.path.stem}-{today}-") for p in existing):
        return None
    made = backup_file(store.conn, store.path, DAILY_TAG)
    keep = max(1, int(store.setting("backup_keep") or 14))
    for old in list_backups(store.path, DAILY_TAG)[:-keep]:
        old.unlink(missing_ok=True)
    return made


def check_backup_file(path: Path) -> int:
    """Refuse anything that is not a readable swdesk file this version understands."""
    if not path.is_file():
        raise StoreError(msg("找不到备份文件 {path}。", path=path))
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True)
        try:
            ok = conn.execute("PRAGMA quick_check").fetchone()[0]
            version = migrations.current_version(conn)
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        raise StoreError(
            msg("文件 {path} 不是 swdesk 数据文件，或已经损坏，不能用来恢复。", path=path)
        ) from None
    if ok != "ok":
        raise StoreError(
            msg("备份文件 {path} 已损坏（{problem}），不能用来恢复。", path=path, problem=ok)
        )
    if "meta" not in tables or version == 0:
        raise StoreError(msg("文件 {path} 不是 swdesk 数据文件，不能用来恢复。", path=path))
    if version > migrations.schema_version():
        raise StoreError(
            msg("备份文件 {path} 来自更新版本的 swdesk，请先升级本程序再恢复。", path=path)
        )
    return version


def restore_into(store: Store, source: Path) -> Path:
    """Replace the live data with a backup; the current data is backed up first.

    Returns the safety backup's path. The restored file is migrated if it is older.
    """
    check_backup_file(source)
    safety = backup_file(store.conn, store.path, tag="before-restore")
    import tempfile  # here: ~3 ms of imports (shutil, random) the window's start never needs

    with tempfile.TemporaryDirectory() as tmp:
        staged = Path(tmp) / "restore.db"
        # Copy through SQLite, not byte by byte: a source still in WAL mode (a data file copied
        # while in use) has its latest saves in the -wal file beside it.
        reader = sqlite3.connect(read_only_uri(source), uri=True)
        src = sqlite3.connect(str(staged), isolation_level=None)
        try:
            reader.backup(src)
            reader.close()
            migrations.migrate(src)
            src.backup(store.conn)
        finally:
            reader.close()
            src.close()
    return safety
