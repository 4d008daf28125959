"""A data file on a full disk, opened for looking only: the window's "磁盘已满" mode.

Why: with no byte free SQLite cannot give a WAL file its index (the ``-shm`` file beside it),
so a normal connection fails before it reads a page, and the window would not open at all —
though the file is healthy and the clerk may only want to look something up. The command line
gets round it with one connection that keeps the index in memory (``opening.open_store``'s
``alone``); the window cannot, because its background tasks each open a second connection
(``Store.clone``), which that connection's exclusive lock shuts out.

So the window reads the file once through such an exclusive connection, copies it into a
database in memory that any number of this process's connections share, and closes the file.
The copy is exactly the file (the WAL's committed pages included); the process lock stays
held, so no other swdesk writes the file meanwhile. Every write is refused with a sentence
saying what is wrong and what to do: nothing typed could be saved to a full disk anyway, and
a save that reached only the copy would be lost. A file opened normally on a nearly full disk
(less than ``errors.FULL_BELOW`` free) gets the same refusal, for the same reason.
"""

from __future__ import annotations

import itertools
import logging
import os
import sqlite3
from pathlib import Path

from swdesk.core.i18n import Text, msg
from swdesk.store import integrity, lock, name_order
from swdesk.store.appraisal_lock import install_lock_function
from swdesk.store.connection import Connection
from swdesk.store.db import Store, connect
from swdesk.store.errors import disk_is_full
from swdesk.store.opening import judged
from swdesk.store.schema import migrations

log = logging.getLogger("swdesk.store")

_names = itertools.count(1)


def full_refusal(path: Path) -> Text:
    """What every refused write says in this mode: what is wrong, that nothing changed, what to
    do."""
    return msg(
        "磁盘已满：数据文件 {path} 所在的磁盘空间不足，现在只能查看，不能保存"
        "（本次没有做任何改动）。请清理磁盘空间（删除不用的文件或清空回收站）后重新打开 swdesk。",
        path=path,
    )


def _memory_connection(uri: str, path: Path) -> Connection:
    """A connection to the shared copy in memory, with the functions every swdesk connection
    has; named after ``path`` so its messages name the data file."""
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, factory=Connection)
    conn.path = Path(path)
    conn.execute("PRAGMA foreign_keys = ON")
    install_lock_function(conn)
    name_order.install(conn)
    return conn


def open_snapshot(path: Path) -> Store:
    """The file at ``path`` copied into memory (see the module), every write refused.

    Takes the process lock like any open (``FileInUse`` if another swdesk has the file). A file
    of an older version is upgraded in the copy only, as is its name-sort bookkeeping: the file
    on the disk is never written.
    """
    path = Path(path)
    lock.acquire(path)
    try:
        source, _version = judged(path, lambda p: connect(p, exclusive=True))
        uri = f"file:swdesk-full-{os.getpid()}-{next(_names)}?mode=memory&cache=shared"
        try:
            conn = _memory_connection(uri, path)
            source.backup(conn)
        finally:
            source.close()  # the file is closed: its exclusive lock would shut out nobody now
        migrations.migrate(conn)
        name_order.fill_keys(conn)
    except BaseException:
        lock.release(path)
        raise
    store = Store(path, conn, owns_lock=True)
    store.opener = lambda: _memory_connection(uri, path)
    integrity.refuse_writes(store, full_refusal(path))
    log.warning("disk full: %s opened as a read-only copy in memory", path)
    return store


def refuse_if_full(store: Store) -> bool:
    """True when ``store`` is in the disk-full mode: a snapshot, or a file opened normally on a
    disk that is (nearly) full, whose writes are refused from now on."""
    if store.opener is not None:
        return True
    if store.refusal is not None or not disk_is_full(store.path):
        return False  # a damaged or read-only file keeps its own, more useful, refusal
    integrity.refuse_writes(store, full_refusal(store.path))
    log.warning("disk full: writes to %s refused", store.path)
    return True
