"""Store errors: each carries a Chinese sentence for the user (built with ``msg``)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from swdesk.core.errors import EnvironmentFault, RuleError
from swdesk.core.i18n import msg


class StoreError(RuleError):
    """The data file cannot be used as asked (newer version, locked, damaged)."""


class FileInUse(StoreError):
    pass


class DataFileFault(StoreError, EnvironmentFault):
    """SQLite could not read or write the data file because of the machine (disk full,
    read-only, locked by another program, I/O error, damaged): no bug, nothing to report."""


class NewerFileError(StoreError):
    pass


class DuplicateWorker(RuleError):
    """Another record already holds this ID number; ``existing_id`` lets the UI offer it."""

    def __init__(self, message: str, existing_id: str, deleted: bool) -> None:
        super().__init__(message, "id_number")
        self.existing_id = existing_id
        self.deleted = deleted


class NotFound(RuleError):
    pass


# Below this much free space, a failure to open, read or write a data file is taken for a full
# disk: even a read needs room for SQLite's WAL index (the -shm file, 32 KB), and SQLite then
# reports an I/O error, or a file it cannot open or understand, not SQLITE_FULL.
FULL_BELOW = 1024 * 1024


def disk_is_full(path: Path) -> bool:
    """True when the disk holding ``path`` (or its nearest existing folder) is (nearly) full."""
    import shutil  # here: only a failure asks, and start-up need not import it

    folder = Path(path).parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    try:
        return shutil.disk_usage(folder).free < FULL_BELOW
    except OSError:
        return False


def _full(path: Path) -> DataFileFault:
    return DataFileFault(
        msg(
            "无法使用数据文件 {path}：{reason}",
            path=path,
            reason=msg("磁盘已满。请清理磁盘后重试；本次改动没有保存，原有数据没有改动。"),
        )
    )


def damaged(path: Path) -> DataFileFault:
    """The file is not an SQLite file, or SQLite found it damaged — unless the disk is full:
    SQLite then cannot even size the WAL index of a healthy file, and "restore from a backup"
    would throw away every change since the last one."""
    if disk_is_full(path):
        return _full(path)
    return DataFileFault(
        msg("文件 {path} 不是 swdesk 数据文件，或已经损坏。请从备份恢复。", path=path)
    )


# What SQLite answers when a full disk stops it before it gets to write data: the WAL index
# cannot be sized (an I/O error), a journal cannot be created (cannot open), a read of a page
# that was never written (damaged).
_FULL_IN_DISGUISE = (
    sqlite3.SQLITE_IOERR,
    sqlite3.SQLITE_CANTOPEN,
    sqlite3.SQLITE_CORRUPT,
    sqlite3.SQLITE_NOTADB,
)


def sqlite_fault(error: sqlite3.Error, path: Path) -> DataFileFault | None:
    """What the user is told when SQLite fails for a reason of the machine; None for a bug.

    Sorted by SQLite's primary result code (the extended codes refine these, e.g. an I/O error
    while syncing). Any other code (a syntax error, a broken constraint, misuse) is ours to
    fix and goes to the log.
    """
    code = getattr(error, "sqlite_errorcode", None)
    if code is None:
        return None
    primary = code & 0xFF
    if primary == sqlite3.SQLITE_FULL or (primary in _FULL_IN_DISGUISE and disk_is_full(path)):
        return _full(path)
    if primary == sqlite3.SQLITE_READONLY:
        why = msg(
            "文件或所在的文件夹是只读的（或U盘有写保护）。"
            "请把数据文件放到可以写入的位置再打开；本次改动没有保存。"
        )
    elif primary in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        why = msg("文件正被另一个程序使用（例如备份或杀毒软件）。请稍后重试；本次改动没有保存。")
    elif primary == sqlite3.SQLITE_IOERR:
        why = msg(
            "磁盘读写出错，U盘或网络盘可能已断开。请检查后重新打开 swdesk；本次改动没有保存。"
        )
    elif primary == sqlite3.SQLITE_CANTOPEN:
        why = msg("文件或所在的文件夹不存在，或没有权限。请检查U盘或网络盘是否已连接。")
    elif primary in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
        return damaged(path)
    else:
        return None
    return DataFileFault(msg("无法使用数据文件 {path}：{reason}", path=path, reason=why))


def fault_of(error: BaseException, path: Path) -> DataFileFault | None:
    """``sqlite_fault`` for any exception: SQLite's failure while a statement's rows are read
    (a damaged page met half-way through a list) reaches callers outside the store, which
    must not know ``sqlite3``."""
    if _undecodable(error):
        # A stored text that is not UTF-8: the bytes of a damaged page, met while the rows were
        # read. Python's sqlite3 says so with no SQLite result code, so it is named here.
        return damaged(path)
    return sqlite_fault(error, path) if isinstance(error, sqlite3.Error) else None


# Python's sqlite3 (Modules/_sqlite/cursor.c) when a TEXT value's bytes are not UTF-8.
_UNDECODABLE = "Could not decode to UTF-8"


def _undecodable(error: BaseException) -> bool:
    if isinstance(error, UnicodeDecodeError):
        return True
    return (
        isinstance(error, sqlite3.OperationalError)
        and getattr(error, "sqlite_errorcode", None) is None
        and str(error).startswith(_UNDECODABLE)
    )
