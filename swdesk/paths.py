"""Where things live: the default data file, resources, logs; the same in a source tree and a bundle."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_dir, user_log_dir

from swdesk import APP_NAME

DB_ENV = "SWDESK_DB"


def resources_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def forms_dir() -> Path:
    """The Designer sources ``forms/*.ui`` of a source tree; a bundle carries them compiled."""
    return Path(__file__).resolve().parent.parent / "forms"


def default_db_path() -> Path:
    return Path(user_data_dir(APP_NAME, appauthor=False)) / "swdesk.db"


def resolve_db_path(cli_value: str | None) -> Path:
    """``--db`` wins over ``SWDESK_DB``, which wins over the per-user default."""
    if cli_value:
        return Path(cli_value).expanduser()
    env = os.environ.get(DB_ENV)
    if env:
        return Path(env).expanduser()
    return default_db_path()


def log_dir() -> Path:
    return Path(user_log_dir(APP_NAME, appauthor=False))
