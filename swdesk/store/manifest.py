"""The label a backup gets when it is written: checked and good.

Why: a backup is only worth keeping if it can be restored. Each one is checked in full right
after it is written (``store.backup``); the result is kept in ``swdesk-backups.json`` beside the
backups, so "the newest good backup" can be offered at once when the data file is found damaged,
without checking every copy again. The entry keeps the size, so a copy changed since is not
taken for good.
"""

from __future__ import annotations

import contextlib
import json
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from swdesk import atomic
from swdesk.core.errors import EnvironmentFault

NAME = "swdesk-backups.json"
GOOD = "ok"
_writing = threading.Lock()  # the day's backup runs in a thread beside a manual one


def _path(folder: Path) -> Path:
    return folder / NAME


def read(folder: Path) -> dict[str, dict[str, Any]]:
    """The labels of the backups in ``folder`` (empty if none or unreadable)."""
    try:
        data = json.loads(_path(folder).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def label_good(backup: Path) -> None:
    """Record that ``backup`` passed the full check just now. A manifest that cannot be
    written (a full disk) leaves the backup unlabelled: it is then checked when offered."""
    with _writing:
        labels = read(backup.parent)
        labels[backup.name] = {
            "result": GOOD,
            "checked_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "size": backup.stat().st_size,
        }
        for name in [n for n in labels if not (backup.parent / n).exists()]:
            del labels[name]  # pruned or moved away
        with contextlib.suppress(EnvironmentFault):
            atomic.write_atomic(
                _path(backup.parent),
                json.dumps(labels, ensure_ascii=False, indent=1).encode("utf-8"),
            )


def is_labelled(backup: Path) -> bool:
    return backup.name in read(backup.parent)


def is_labelled_good(backup: Path) -> bool:
    entry = read(backup.parent).get(backup.name)
    if not entry or entry.get("result") != GOOD:
        return False
    try:
        return bool(entry.get("size") == backup.stat().st_size)
    except OSError:
        return False
