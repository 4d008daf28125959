"""Opening a data file: refuse a foreign, damaged or newer file with its bytes untouched, take
the process lock, back up before migrating and once a day, migrate.

Here rather than in ``db``: a backup needs a connection (``db``), and opening needs backups, so
``opening`` → ``backup`` → ``db`` runs one way.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

from swdesk.core.errors import EnvironmentFault
from swdesk.core.i18n import msg
from swdesk.store import backup, integrity, lock, name_order
from swdesk.store.connection import Connection
from swdesk.store.db import (
    Store,
    check_is_swdesk,
    check_not_newer,
    connect,
    connect_read_only,
    read_only_uri,
)
from swdesk.store.errors import DataFileFault, StoreError, damaged, disk_is_full
from swdesk.store.schema import migrations

log = logging.getLogger("swdesk.store")


def in_wal_mode(path: Path) -> bool:
    """True if ``path`` is an SQLite file already in WAL mode (bytes 18-19 of its header are 2).

    Such a file is not written to by ``connect``: its journal mode is already the one asked
    for, and the other pragmas belong to the connection. A normal connection may then judge it
    directly, and the read-only look of ``inspect_existing`` (a second connection, which parses
    the whole schema again: ~0.7 ms of every start) is not needed.
    """
    try:
        with open(path, "rb") as f:
            header = f.read(20)
    except OSError:
        return False
    return header[:16] == b"SQLite format 3\x00" and header[18:20] == b"\x02\x02"


def inspect_existing(path: Path) -> int:
    """Look at an existing file read-only and refuse it before anything writes to it.

    A normal connection would switch the file to WAL mode at once, which rewrites its header:
    a foreign or newer file must be refused with its bytes untouched. Returns its version.
    """
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True)
    except (sqlite3.DatabaseError, UnicodeDecodeError):
        raise _damaged(path) from None
    try:
        check_is_swdesk(conn, path)
        return check_not_newer(conn, path)
    except (sqlite3.DatabaseError, UnicodeDecodeError):
        raise _damaged(path) from None
    finally:
        conn.close()


def _damaged(path: Path) -> StoreError:
    """A file that does not even open: the way back is a backup, restored without opening it —
    unless the disk is full, when SQLite cannot open a healthy file either (``damaged`` says so:
    restoring would throw away every change since the backup)."""
    good = backup.newest_good(path)
    if good is None or disk_is_full(path):
        return damaged(path)
    return DataFileFault(
        msg(
            "数据文件 {path} 已损坏，无法打开。请从最新的完好备份恢复：swdesk restore {backup}"
            "（损坏的文件会改名留在 backups 文件夹中，不会删除）。",
            path=path,
            backup=good,
        )
    )


def _missing(path: Path) -> StoreError:
    return StoreError(
        msg(
            "找不到数据文件 {path}。请检查 --db 的路径是否写对；"
            "要新建数据文件，请运行 swdesk init。本次没有创建任何文件。",
            path=path,
        )
    )


def _writable(path: Path) -> bool:
    """Whether SQLite can write ``path`` and the WAL files beside it."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _create_private(path: Path) -> None:
    """A new data file readable by its owner only: it holds every worker's ID number and
    phone. SQLite gives its -wal and -shm files the same mode."""
    os.close(os.open(path, os.O_CREAT | os.O_WRONLY, backup.PRIVATE))
    os.chmod(path, backup.PRIVATE)


def judged(path: Path, make: Callable[[Path], Connection]) -> tuple[Connection, int]:
    """A connection made by ``make`` to a swdesk file this version can open, and its version;
    a damaged, foreign or newer file is refused (and the connection closed)."""
    conn = None
    try:
        conn = make(path)
        check_is_swdesk(conn, path)
        return conn, check_not_newer(conn, path)
    except (sqlite3.DatabaseError, UnicodeDecodeError):
        if conn is not None:
            conn.close()
        raise _damaged(path) from None
    except BaseException:
        if conn is not None:
            conn.close()
        raise


def open_read_only(path: Path) -> Store:
    """A file that cannot be written (read-only file, folder or medium): opened for reading
    only, every write refused with a sentence saying what to do."""
    conn, version = judged(path, connect_read_only)
    if version < migrations.schema_version():
        conn.close()
        raise StoreError(
            msg(
                "数据文件 {path} 是旧版本的，需要升级格式，但它是只读的。"
                "请把它复制到可以写入的位置再打开；本次没有做任何改动。",
                path=path,
            )
        )
    store = Store(path, conn, owns_lock=False)
    integrity.refuse_writes(store, integrity.read_only_refusal(path))
    return store


def open_store(
    path: Path,
    *,
    take_lock: bool = True,
    daily_backup: bool = True,
    create: bool = True,
    warn: Callable[[str], None] | None = None,
    alone: bool = False,
) -> Store:
    """Open (creating if needed and ``create``) a data file, refusing newer ones, migrating
    older ones; a file that cannot be written is opened read-only (``open_read_only``).

    A backup is taken before any migration and once a day on open. A file the day's full
    check finds damaged is opened read-only (``store.integrity``), not refused: what is still
    readable can be exported. The day's backup is no blocker: when the machine stops it (a
    full disk), ``warn`` is told why and the file opens all the same, so a command that only
    reads still works. ``alone`` says this process opens no second connection to the file
    (the command line): on a full disk, where SQLite cannot make its WAL index file, the file
    is then opened with the index in memory.
    """
    path = Path(path)
    if path.is_dir():
        raise StoreError(
            msg(
                "{path} 是一个文件夹。请给出数据文件的路径，例如 {example}。",
                path=path,
                example=path / "swdesk.db",
            )
        )
    if not create and not path.exists():
        raise _missing(path)
    if path.exists() and not _writable(path):
        return open_read_only(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if take_lock:
        lock.acquire(path)
    conn: sqlite3.Connection | None = None
    try:
        existed = path.exists() and path.stat().st_size > 0
        if not path.exists():
            _create_private(path)
        if existed and not in_wal_mode(path):
            inspect_existing(path)
        conn, version = judged(path, lambda p: _connect(p, alone))
        if existed and version < migrations.schema_version():
            backup.backup_file(conn, path, tag=f"pre-migrate-v{version}")
        applied = migrations.migrate(conn)
        name_order.fill_keys(conn)
        store = Store(path, conn, owns_lock=take_lock)
        if applied and existed:
            from swdesk.store import workers  # only after a step: pinyin and the index

            workers.index_missing(store)
    except BaseException:
        if conn is not None:
            conn.close()
        if take_lock:
            lock.release(path)
        raise
    if existed and daily_backup:
        _daily_backup(store, warn)
    return store


def _connect(path: Path, alone: bool) -> Connection:
    try:
        return connect(path)
    except DataFileFault:
        if not (alone and disk_is_full(path)):
            raise
    log.warning("disk full: %s opened with its WAL index in memory", path)
    return connect(path, exclusive=True)


def _daily_backup(store: Store, warn: Callable[[str], None] | None) -> None:
    try:
        backup.daily_backup(store)
    except EnvironmentFault as e:
        log.warning("daily backup skipped: %s", e)
        if warn is not None:
            warn(msg("今天的自动备份没有做：{reason}数据文件照常打开。", reason=e.message))
