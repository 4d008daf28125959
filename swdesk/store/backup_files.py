"""Where a data file's backups are and what their names say (when, which kind).

Below ``backup``, ``retention`` and ``integrity``, which all need these and nothing more.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

DAILY_TAG = "daily"
_STAMP = re.compile(r"-(\d{8})-(\d{6})-")


def backup_dir(db_path: Path) -> Path:
    return db_path.parent / "backups"


def list_backups(db_path: Path, tag: str | None = None) -> list[Path]:
    folder = backup_dir(db_path)
    if not folder.is_dir():
        return []
    pattern = f"{db_path.stem}-*-{tag}*.db" if tag else f"{db_path.stem}-*.db"
    return sorted(folder.glob(pattern))


def taken_at(path: Path) -> datetime | None:
    """When a backup was taken, from its name (``swdesk-20250301-080000-daily.db``)."""
    m = _STAMP.search(path.name)
    if m is None:
        return None
    try:
        return datetime.strptime(m.group(1) + m.group(2), "%Y%m%d%H%M%S")
    except ValueError:
        return None
