"""Log file for bugs: unexpected errors are written here, never swallowed."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from swdesk.paths import log_dir

_configured = False


def log_file() -> Path:
    return log_dir() / "swdesk.log"


def setup_logging() -> Path:
    global _configured
    path = log_file()
    if _configured:
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("swdesk")
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    _configured = True
    return path
