"""One running swdesk per data file: an OS file lock next to it, released when the process dies."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import IO

from swdesk.core.i18n import msg
from swdesk.store.errors import FileInUse

log = logging.getLogger("swdesk.store")

_held: dict[str, tuple[IO[bytes], int]] = {}


def _lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


def acquire(db_path: Path) -> None:
    """Take the lock for this process (re-entrant within it); FileInUse if another process has it."""
    key = str(db_path.resolve())
    if key in _held:
        fh, count = _held[key]
        _held[key] = (fh, count + 1)
        return
    # Named after the real file, not the path given: the same file reached through a symlink
    # must meet the same lock.
    fh = open(_lock_path(Path(key)), "a+b")  # noqa: SIM115 - held for the life of the store
    try:
        if sys.platform == "win32":
            import msvcrt

            fh.seek(0)
            msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
        else:
            import fcntl

            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        fh.close()
        raise FileInUse(
            msg(
                "数据文件 {path} 已经在另一个 swdesk 中打开。请先关闭那个窗口，或使用另一个数据文件。",
                path=db_path,
            )
        ) from None
    _held[key] = (fh, 1)
    # Who holds it, for a person looking: the OS lock is what counts. Written past Python's
    # buffer, so a process id the disk had no room for fails here, not again on close.
    try:
        os.ftruncate(fh.fileno(), 0)
        os.write(fh.fileno(), str(os.getpid()).encode())
    except OSError as e:  # a full disk has no room for five bytes; the lock holds all the same
        log.warning("lock file %s: process id not written: %s", fh.name, e)


def release(db_path: Path) -> None:
    key = str(db_path.resolve())
    if key not in _held:
        return
    fh, count = _held[key]
    if count > 1:
        _held[key] = (fh, count - 1)
        return
    del _held[key]
    fh.close()  # closing the handle drops the OS lock
