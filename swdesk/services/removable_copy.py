"""A second backup on a removable drive, and the reminder when none was made for a while.

Why: the daily backups sit beside the data file: a dead disk, a virus or a stolen PC takes
them with it. When a USB stick is plugged in, a copy is offered; when none was made for
``removable_remind_days`` days (a setting, 7 by default), the window says so.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from swdesk import atomic
from swdesk.core.errors import RuleError
from swdesk.core.i18n import msg
from swdesk.removable import mounted_drives
from swdesk.store import Store
from swdesk.store.backup import backup_store

LAST_COPY = "last_removable_copy"  # meta: the ISO date of the last copy onto a removable drive
FOLDER = "swdesk-backups"  # on the drive: the copies of every data file, out of the way
TAG = "removable"


def copy_to(store: Store, drive: Path, today: date | None = None) -> Path:
    """Back ``store`` up (checked, labelled) into ``FOLDER`` on ``drive``; remember the day."""
    folder = drive / FOLDER
    atomic.make_folder(folder)
    made = backup_store(store, TAG, folder)
    with store.atomic():
        store.set_meta(LAST_COPY, (today or date.today()).isoformat())
    return made


def copy_to_first_drive(store: Store, roots: list[Path] | None = None) -> Path:
    drives = mounted_drives(roots)
    if not drives:
        raise RuleError(msg("没有找到插入的U盘。请插入U盘后重试，或用 --out 指定备份的位置。"))
    return copy_to(store, drives[0])


def days_since_copy(store: Store, today: date | None = None) -> int | None:
    """Days since the last copy onto a removable drive; None if there was never one."""
    last = store.meta(LAST_COPY)
    if not last:
        return None
    try:
        return ((today or date.today()) - date.fromisoformat(last)).days
    except ValueError:
        return None


def remind_days(store: Store) -> int:
    value = store.setting("removable_remind_days")
    try:
        return max(1, int(value)) if value is not None else 7
    except (TypeError, ValueError):
        return 7


def reminder(store: Store, today: date | None = None) -> str | None:
    """The reminder to show, or None while the last copy is recent enough."""
    days = days_since_copy(store, today)
    limit = remind_days(store)
    if days is None:
        return msg(
            "还没有把备份另存到U盘过。备份都在数据文件旁边，电脑硬盘坏了会一起丢失："
            "请插入U盘，把备份另存一份。"
        )
    if days >= limit:
        return msg("已经 {days} 天没有把备份另存到U盘了。请插入U盘，把备份另存一份。", days=days)
    return None
