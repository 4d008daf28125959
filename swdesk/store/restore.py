"""Putting a backup in place of the data file without ever opening the data file.

Why: restore is needed most when the data file is damaged, and a damaged file may not open at
all (its first bytes destroyed). So the live file is never read: the backup is checked and
copied (migrated if older) into a temporary file beside it, the live file and its WAL
companions are renamed aside into the backups folder — never deleted: they may hold work done
since the backup — the copy is renamed into place, and the result is checked.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from swdesk import atomic
from swdesk.core.i18n import msg
from swdesk.store import integrity, lock
from swdesk.store.backup import PRIVATE, backup_dir, check_backup_file
from swdesk.store.db import connect, read_only_uri
from swdesk.store.errors import StoreError
from swdesk.store.schema import migrations

if TYPE_CHECKING:
    from swdesk.store.db import Store

log = logging.getLogger("swdesk.store")

ASIDE_TAG = "before-restore"
_COMPANIONS = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class Restored:
    source: Path
    aside: Path | None  # where the replaced data file went (None: there was none)


def _same(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def _stage(source: Path, staged: Path) -> None:
    """Copy ``source`` through SQLite (a source still in WAL mode has its latest saves in the
    -wal beside it) into ``staged``, readable by its owner only, and migrate it."""
    staged.unlink(missing_ok=True)
    os.close(os.open(staged, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, PRIVATE))
    os.chmod(staged, PRIVATE)
    reader = sqlite3.connect(read_only_uri(source), uri=True)
    out = sqlite3.connect(str(staged), isolation_level=None)
    try:
        reader.backup(out)
        migrations.migrate(out)
        out.execute("PRAGMA journal_mode = DELETE")
    finally:
        reader.close()
        out.close()


def _aside_name(db_path: Path) -> Path:
    folder = backup_dir(db_path)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = folder / f"{db_path.stem}-{stamp}-{ASIDE_TAG}.db"
    n = 1
    while any(aside.with_name(aside.name + s).exists() for s in ("", *_COMPANIONS)):
        n += 1
        aside = folder / f"{db_path.stem}-{stamp}-{ASIDE_TAG}-{n}.db"
    return aside


def _set_aside(db_path: Path) -> Path | None:
    """Rename the data file and its companions aside; the companions first, so a crash in
    between never leaves the old -wal beside the file put in place later."""
    present = [s for s in _COMPANIONS if db_path.with_name(db_path.name + s).exists()]
    if not db_path.exists() and not present:
        return None
    aside = _aside_name(db_path)
    aside.parent.mkdir(parents=True, exist_ok=True)
    for s in present:
        os.replace(db_path.with_name(db_path.name + s), aside.with_name(aside.name + s))
    if db_path.exists():
        os.replace(db_path, aside)
    atomic.sync_folder(aside.parent)
    return aside


def _put_back(aside: Path, db_path: Path) -> None:
    for s in ("", *_COMPANIONS):
        with contextlib.suppress(OSError):
            if aside.with_name(aside.name + s).exists():
                os.replace(aside.with_name(aside.name + s), db_path.with_name(db_path.name + s))


def restore_file(db_path: Path, source: Path) -> Restored:
    """Put the backup ``source`` in place of ``db_path`` (see the module); ``db_path`` need not
    open, or exist. Takes the file's lock: a running swdesk on it is refused."""
    db_path, source = Path(db_path), Path(source)
    check_backup_file(source)
    if _same(source, db_path):
        raise StoreError(msg("不能用数据文件自己来恢复它。请选择 backups 文件夹中的一份备份。"))
    db_path.parent.mkdir(parents=True, exist_ok=True)
    lock.acquire(db_path)
    staged = atomic.temp_name(db_path)
    try:
        try:
            _stage(source, staged)
            aside = _set_aside(db_path)
            try:
                os.replace(staged, db_path)
            except BaseException:
                if aside is not None:
                    _put_back(aside, db_path)
                raise
            atomic.sync_folder(db_path.parent)
        except OSError as e:
            atomic.raise_sorted(e, db_path)
        finally:
            staged.unlink(missing_ok=True)
            staged.with_name(staged.name + "-journal").unlink(missing_ok=True)
        _check_in_place(db_path)
    finally:
        lock.release(db_path)
    log.info("restored %s from %s; the old file is %s", db_path, source, aside)
    return Restored(source, aside)


def _check_in_place(db_path: Path) -> None:
    conn = sqlite3.connect(read_only_uri(db_path), uri=True)
    try:
        found = integrity.problem(conn, integrity.FULL)
    finally:
        conn.close()
    if found is not None:  # the disk failed while writing: say so rather than go on
        raise StoreError(
            msg(
                "恢复后的数据文件 {path} 检查没有通过（{problem}），磁盘可能有问题。"
                "请把数据文件放到另一个磁盘上，再恢复一次。",
                path=db_path,
                problem=found,
            )
        )


def restore_store(store: Store, source: Path) -> Restored:
    """``restore_file`` under an open Store (the window's): its connection is closed first and
    opened again on the restored file, so everything holding the Store goes on working.

    Not a copy in memory of a file on a full disk (``store.disk_full``): a restore needs room
    for a copy of the backup, and the connection opened again afterwards would fail."""
    if store.opener is not None:
        raise integrity.WritesRefused(store.refusal or "", "")
    check_backup_file(source)
    store.conn.close()
    try:
        return restore_file(store.path, source)
    finally:
        store.conn = connect(store.path)
        store.refusal = store.damage = None
        store.reset_views()
