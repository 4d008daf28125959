"""Opening a data file: refuse a foreign, damaged or newer file with its bytes untouched, take
the process lock, back up before migrating and once a day, migrate.

Here rather than in ``db``: a backup needs a connection (``db``), and opening needs backups, so
``opening`` → ``backup`` → ``db`` runs one way.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from swdesk.core.i18n import msg
from swdesk.store import backup, lock
from swdesk.store.db import (
    Store,
    check_is_swdesk,
    check_not_newer,
    connect,
    read_only_uri,
)
from swdesk.store.errors import StoreError, damaged
from swdesk.store.schema import migrations


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
    except sqlite3.DatabaseError:
        raise _damaged(path) from None
    try:
        check_is_swdesk(conn, path)
        return check_not_newer(conn, path)
    except sqlite3.DatabaseError:
        raise _damaged(path) from None
    finally:
        conn.close()


def _damaged(path: Path) -> StoreError:
    return damaged(path)


def open_store(path: Path, *, take_lock: bool = True, daily_backup: bool = True) -> Store:
    """Open (creating if needed) a data file, refusing newer ones, migrating older ones.

    A backup is taken before any migration and once a day on open.
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
    path.parent.mkdir(parents=True, exist_ok=True)
    if take_lock:
        lock.acquire(path)
    conn: sqlite3.Connection | None = None
    try:
        existed = path.exists() and path.stat().st_size > 0
        if existed and not in_wal_mode(path):
            inspect_existing(path)
        try:
            conn = connect(path)
            check_is_swdesk(conn, path)
            version = check_not_newer(conn, path)
        except sqlite3.DatabaseError:
            raise _damaged(path) from None
        if existed and version < migrations.schema_version():
            backup.backup_file(conn, path, tag=f"pre-migrate-v{version}")
        migrations.migrate(conn)
        store = Store(path, conn, owns_lock=take_lock)
    except BaseException:
        if conn is not None:
            conn.close()
        if take_lock:
            lock.release(path)
        raise
    if existed and daily_backup:
        backup.daily_backup(store)
    return store
