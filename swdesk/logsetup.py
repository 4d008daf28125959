"""Log file for bugs: unexpected errors are written here, never swallowed.

The file is rotated when it is opened (over ``MAX_BYTES`` → ``swdesk.log.1`` …, keeping
``BACKUPS``), not while writing: one session of a desktop program logs a few lines, and
``logging.handlers.RotatingFileHandler`` would cost every start ~15 ms of imports (socket,
pickle, queue) that nothing else needs.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from swdesk.paths import log_dir

MAX_BYTES = 2_000_000
BACKUPS = 3

_handler: logging.FileHandler | None = None


def log_file() -> Path:
    return log_dir() / "swdesk.log"


def rotate(path: Path, max_bytes: int = MAX_BYTES, backups: int = BACKUPS) -> bool:
    """Move a log over ``max_bytes`` aside (``.1`` newest … ``.{backups}`` oldest, dropped)."""
    try:
        if path.stat().st_size <= max_bytes:
            return False
    except FileNotFoundError:
        return False
    for n in range(backups - 1, 0, -1):
        older = path.with_name(f"{path.name}.{n}")
        if older.exists():
            os.replace(older, path.with_name(f"{path.name}.{n + 1}"))
    os.replace(path, path.with_name(f"{path.name}.1"))
    return True


def setup_logging() -> Path:
    """Send the ``swdesk`` loggers to the per-user log file (moved if the log folder changed)."""
    global _handler
    path = log_file()
    root = logging.getLogger("swdesk")
    if _handler is not None:
        if Path(_handler.baseFilename) == path.resolve():
            return path
        root.removeHandler(_handler)
        _handler.close()
    path.parent.mkdir(parents=True, exist_ok=True)
    rotate(path)
    _handler = logging.FileHandler(path, encoding="utf-8")
    _handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(_handler)
    root.setLevel(logging.INFO)
    return path
