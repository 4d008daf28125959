"""Backups with SQLite's online backup API: daily on open, before migrations, and on request."""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from swdesk import atomic
from swdesk.core.i18n import msg
from swdesk.store import integrity, manifest
from swdesk.store.backup_files import DAILY_TAG, backup_dir, list_backups
from swdesk.store.db import read_only_uri
from swdesk.store.errors import StoreError, sqlite_fault
from swdesk.store.schema import migrations

if TYPE_CHECKING:
    from swdesk.store.db import Store

log = logging.getLogger("swdesk.store")
newest_good = integrity.newest_good
__all__ = ["DAILY_TAG", "backup_dir", "list_backups", "newest_good"]

# Data files and backups: readable and writable by their owner only (POSIX).
PRIVATE = 0o600


def _copy(src: sqlite3.Connection, dest: Path) -> None:
    """Copy through SQLite into a temporary file, check the copy, then rename: never a
    half-written or damaged copy that looks like a backup. A full or read-only disk is the
    user's to fix and is told so. The copy is readable by its owner only (it holds every
    worker's ID number and phone)."""
    tmp = atomic.temp_name(dest)
    try:
        tmp.unlink(missing_ok=True)
        os.close(os.open(tmp, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, PRIVATE))
        os.chmod(tmp, PRIVATE)  # even where the umask or the folder's rules differ
        out = sqlite3.connect(str(tmp))
        try:
            src.backup(out)
            out.execute("PRAGMA journal_mode = DELETE")
            # The source passed the full check; a copy can only have lost pages on the way
            # (a failing disk), which the quick check finds in a seventh of the time.
            found = integrity.problem(out, integrity.QUICK)
        finally:
            out.close()
        if found is not None:
            log.error("backup copy %s failed its check: %s", dest, found)
            raise StoreError(
                msg(
                    "备份写好后检查没有通过（{problem}），已丢弃这份备份，原数据没有改动。"
                    "请检查磁盘或换一个位置后重试。",
                    problem=found,
                )
            )
        os.replace(tmp, dest)
    except BaseException as e:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        with contextlib.suppress(OSError):
            tmp.with_name(tmp.name + "-journal").unlink(missing_ok=True)
        if isinstance(e, OSError):
            atomic.raise_sorted(e, dest)
        fault = sqlite_fault(e, dest) if isinstance(e, sqlite3.Error) else None
        if fault is None:
            raise
        raise fault from e
    atomic.sync_folder(dest.parent)
    manifest.label_good(dest)


def refuse_damaged(conn: sqlite3.Connection, db_path: Path) -> None:
    """A backup only of a file that passes the full check: a damaged copy would push the last
    good one out of the rotation."""
    found = integrity.problem(conn, integrity.FULL)
    if found is not None:
        log.error("data file %s failed its check: %s", db_path, found)
        raise integrity.WritesRefused(
            integrity.damaged_refusal(db_path, integrity.newest_good(db_path)), found
        )


def backup_file(
    conn: sqlite3.Connection,
    db_path: Path,
    tag: str,
    out: Path | None = None,
    *,
    checked: bool = False,
) -> Path:
    """Copy the live file (consistent even while in use) and return where it went.

    The file is checked in full first unless the caller just did (``checked``).
    """
    folder = backup_dir(db_path)
    if out is not None and out.is_dir():
        folder, out = out, None  # a folder was given: a dated file inside it
    if out is not None and _same_file(out, db_path):
        raise StoreError(
            msg("备份不能写到数据文件自己（{path}）上，请换一个文件名。", path=db_path)
        )
    if not checked:
        refuse_damaged(conn, db_path)
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
    if store.damage is not None:
        raise integrity.WritesRefused(store.refusal or "", store.damage)
    if integrity.check_store(store, integrity.FULL) is not None:
        assert store.refusal is not None
        raise integrity.WritesRefused(store.refusal, store.damage or "")
    return backup_file(store.conn, store.path, tag, out, checked=True)


def _same_file(a: Path, b: Path) -> bool:
    """True when ``a`` is ``b`` or one of its WAL companions: replacing those under a live
    connection would lose every later save."""
    ra, rb = a.resolve(), b.resolve()
    return ra == rb or ra in {rb.with_name(rb.name + s) for s in ("-wal", "-shm", ".lock")}


def daily_backup(store: Store) -> Path | None:
    """At most one backup a calendar day, taken after the day's full check; older daily
    backups are thinned by age (``retention.prune``).

    A damaged file gets no backup: the store is switched to read-only (``store.integrity``)
    and None is returned, so the caller can still show what is readable.
    """
    today = datetime.now().strftime("%Y%m%d")
    clean_leftovers(store.path)
    existing = list_backups(store.path, DAILY_TAG)
    if any(p.name.startswith(f"{store.path.stem}-{today}-") for p in existing):
        return None
    if store.refusal is not None:
        return None  # damaged or read-only: no copy of it
    if integrity.check_store(store, integrity.FULL) is not None:
        log.error("data file %s failed the daily check: %s", store.path, store.damage)
        return None
    made = backup_file(store.conn, store.path, DAILY_TAG, checked=True)
    from swdesk.store import retention  # only once a backup is taken, after the first paint

    retention.prune(store.path, retention.Policy.of(store))
    return made


def clean_leftovers(db_path: Path) -> None:
    """Remove the temporary copies (and their journals) an interrupted backup of this file left
    in its backups folder. Another process cannot be writing them: it would hold the file's
    lock. This process's own (a backup running in another thread) are left alone."""
    folder = backup_dir(db_path)
    if not folder.is_dir():
        return
    own = f".{os.getpid()}.part"
    for pattern in (f".{db_path.stem}-*.part", f".{db_path.stem}-*.part-journal"):
        for left in folder.glob(pattern):
            if own not in left.name:
                with contextlib.suppress(OSError):
                    left.unlink()
                    log.info("removed the leftover of an interrupted backup: %s", left)


def check_backup_file(path: Path) -> int:
    """Refuse anything that is not a readable swdesk file this version understands."""
    if not path.is_file():
        raise StoreError(msg("找不到备份文件 {path}。", path=path))
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True)
        try:
            found = integrity.problem(conn, integrity.FULL)
            version = migrations.current_version(conn)
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        raise StoreError(
            msg("文件 {path} 不是 swdesk 数据文件，或已经损坏，不能用来恢复。", path=path)
        ) from None
    if found is not None:
        raise StoreError(
            msg(
                "备份文件 {path} 已损坏（{problem}），不能用来恢复。请换一份备份。",
                path=path,
                problem=found,
            )
        )
    if "meta" not in tables or version == 0:
        raise StoreError(msg("文件 {path} 不是 swdesk 数据文件，不能用来恢复。", path=path))
    if version > migrations.schema_version():
        raise StoreError(
            msg("备份文件 {path} 来自更新版本的 swdesk，请先升级本程序再恢复。", path=path)
        )
    return version
