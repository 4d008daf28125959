"""Log file for bugs: unexpected errors are written here, never swallowed."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from swdesk.paths import log_dir

_handler: RotatingFileHandler | None = None


def log_file() -> Path:
    return log_dir() / "swdesk.log"


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
    _handler = RotatingFileHandler(path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    _handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(_handler)
    root.setLevel(logging.INFO)
    return path
