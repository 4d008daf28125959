"""Writing the files people receive (workbooks, PDFs, scans, sync files) all or nothing.

Why: a cadre saves a roster onto a USB stick and pulls it out, or the disk fills up half-way
through a PDF. Every such file is written to a temporary file in the same folder, flushed and
synced to the disk, then renamed over the final name in one step, and the folder is synced so
the rename survives a power cut. A failure anywhere leaves the old file as it was and no
temporary file behind.

Failures the machine causes (disk full, read-only disk, no permission, the stick pulled out)
become an ``EnvironmentFault`` with a Chinese sentence saying what to do; any other ``OSError``
is a bug and is raised as it is, for the log.

This module sits beside ``swdesk.paths``, outside the layers: it is plain file I/O that the
formats, sync, services, UI and CLI layers all use.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO, NoReturn

from swdesk.core.errors import EnvironmentFault, RuleError
from swdesk.core.i18n import msg

log = logging.getLogger("swdesk.atomic")

_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_DENIED = {errno.EACCES, errno.EPERM}
_BUSY = {errno.EBUSY, errno.ETXTBSY}
_GONE = {errno.ENOENT, errno.ENODEV, errno.ENXIO}


def os_fault(error: OSError, path: Path) -> EnvironmentFault | None:
    """The user's sentence for a failure writing ``path`` the machine caused; None for a bug.

    The system's own error text is English and is never put into the sentence; the log keeps it.
    """
    code = error.errno
    if code in _FULL:
        why = msg("磁盘已满。请清理磁盘或换一个位置后重试；原有文件没有改动。")
    elif code == errno.EROFS:
        why = msg("磁盘是只读的。请换一个位置，或关闭U盘的写保护开关后重试。")
    elif code in _DENIED:
        why = msg(
            "没有写入权限，或文件正在 Excel / WPS 等程序中打开。请关闭该文件或换一个位置后重试。"
        )
    elif code == errno.EIO:
        why = msg("磁盘读写出错，U盘可能已拔出或损坏。请插好后重试；原有文件没有改动。")
    elif code in _GONE:
        why = msg("找不到所在的文件夹，U盘可能已拔出。请插好后重试。")
    elif code in _BUSY:
        why = msg("文件正被其他程序占用。请关闭该程序后重试。")
    else:
        return None
    return EnvironmentFault(msg("无法写入 {path}：{reason}", path=path, reason=why))


def read_reason(error: OSError) -> str:
    """Why a file could not be read, in Chinese: the system's own text is English and goes to
    the log only (the error number is kept, for technical support)."""
    code = error.errno
    if code in _GONE:
        return msg("文件不存在，或U盘已拔出")
    if code == errno.EISDIR:
        return msg("这是一个文件夹")
    if code in _DENIED:
        return msg("没有读取权限，或文件正被其他程序独占打开")
    if code in _BUSY:
        return msg("文件正被其他程序占用")
    if code == errno.EIO:
        return msg("磁盘读写出错，U盘可能已拔出或损坏")
    log.warning("cannot read: %s", error)
    return msg("系统错误 {code}", code=code if code is not None else "?")


def temp_name(path: Path) -> Path:
    """The temporary file beside ``path`` (hidden, and named for the process writing it)."""
    return path.with_name(f".{path.name}.{os.getpid()}.part")


def sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (a no-op where folders cannot be opened: Windows)."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def make_folder(folder: Path) -> None:
    """Create ``folder`` (and its parents) for a file about to be written there."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise_sorted(e, folder)


def raise_sorted(error: OSError, path: Path) -> NoReturn:
    """Raise the ``EnvironmentFault`` for ``error`` if the machine caused it, else ``error``."""
    fault = os_fault(error, path)
    if fault is None:
        raise error
    log.warning("cannot write %s: %s", path, error)
    raise fault from error


@contextlib.contextmanager
def writing(path: Path) -> Iterator[BinaryIO]:
    """``with writing(path) as f: ...`` — ``f`` is a binary file that becomes ``path`` only
    when the block ends without an error.

    Raises ``RuleError`` for a folder given as the file, ``EnvironmentFault`` for what the
    machine caused while writing this file; the block's other exceptions (a drawing error,
    another file it could not read) pass through unchanged. Either way the old file
    stays untouched and the temporary file is removed.
    """
    path = Path(path)
    if path.is_dir():
        raise RuleError(
            msg(
                "无法写入 {path}：{reason}", path=path, reason=msg("这是一个文件夹，请另选文件名。")
            )
        )
    tmp = temp_name(path)
    try:
        try:
            with open(tmp, "wb") as f:
                yield f
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise
    except OSError as e:
        if e.filename is not None and os.fspath(e.filename) not in (str(tmp), str(path)):
            raise  # another file the block read (a font, a template): not this write's failure
        raise_sorted(e, path)
    sync_folder(path.parent)


def write_atomic(path: Path, data: bytes) -> None:
    """Put ``data`` at ``path`` all or nothing (see ``writing``)."""
    with writing(path) as f:
        f.write(data)
