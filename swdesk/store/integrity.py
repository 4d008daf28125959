"""Is the data file whole? SQLite's own checks, and the read-only mode a damaged file is put in.

Why: a damaged file goes on answering most queries, so nobody notices; every later save and
every daily backup then spreads the damage until no good copy is left. ``quick_check`` (pages
and their structure, no index-to-table cross-check) is cheap enough to run before the first
write of a command and in the background after the window has painted; the full
``integrity_check`` runs once a day and before every backup (see ``store.backup``).

A file found damaged is not closed: what is still readable can be looked at and exported (the
roster export), but every write is refused with a sentence saying how to restore — SQLite's own
``query_only`` switch holds that even for a statement that forgot to ask.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Protocol

from swdesk.core.i18n import msg
from swdesk.store import manifest
from swdesk.store.backup_files import list_backups, taken_at
from swdesk.store.connection import read_only_uri
from swdesk.store.errors import DataFileFault


class Guarded(Protocol):
    """What this module needs of a ``db.Store`` (which imports this module)."""

    path: Path
    conn: sqlite3.Connection
    refusal: str | None
    damage: str | None


QUICK = "quick_check"
FULL = "integrity_check"
# The first few problems are enough to tell the user the file is damaged and to log.
_PROBLEMS_SHOWN = 3


def problem(conn: sqlite3.Connection, kind: str = QUICK) -> str | None:
    """None if SQLite's ``kind`` check of the file passes, else what it found (short).

    A check that cannot even read the file (its header or schema is damaged) is a failure too:
    the file is just as unusable.
    """
    try:
        rows = sqlite3.Connection.execute(conn, f"PRAGMA {kind}({_PROBLEMS_SHOWN})").fetchall()
    except (sqlite3.DatabaseError, UnicodeDecodeError) as e:
        return str(e)
    found = [str(r[0]) for r in rows]
    if found == ["ok"]:
        return None
    return "; ".join(found)


class WritesRefused(DataFileFault):
    """Writes (and backups) of a damaged or read-only file are refused until it is restored."""

    def __init__(self, message: str, problem: str) -> None:
        super().__init__(message)
        self.problem = problem


def damaged_refusal(path: Path, newest_good: Path | None) -> str:
    """What a refused write (or backup) of a damaged file tells the user: what is wrong, that
    nothing was changed, and how to get a good file back."""
    if newest_good is not None:
        return msg(
            "数据文件 {path} 已损坏，为免损坏扩散，现在只能查看和导出，不能修改，也不能备份"
            "（本次没有做任何改动）。请从最新的完好备份恢复：swdesk restore {backup}"
            "（或在窗口中点“从备份恢复…”）；恢复前可先导出社工名册保存仍能读出的数据。",
            path=path,
            backup=newest_good,
        )
    return msg(
        "数据文件 {path} 已损坏，为免损坏扩散，现在只能查看和导出，不能修改，也不能备份"
        "（本次没有做任何改动）。没有找到完好的备份：请先导出社工名册保存仍能读出的数据，"
        "再联系技术支持。",
        path=path,
    )


def read_only_refusal(path: Path) -> str:
    return msg(
        "数据文件 {path} 是只读的（文件或所在的文件夹不能写入，或U盘有写保护），"
        "现在只能查看和导出，本次没有做任何改动。请把数据文件复制到可以写入的位置，"
        "或去掉只读属性后再试。",
        path=path,
    )


def refuse_writes(store: Guarded, refusal: str) -> None:
    """From now on every write through ``store`` (and its clones) raises ``refusal``."""
    store.refusal = refusal
    store.conn.refusal = refusal  # type: ignore[attr-defined]
    sqlite3.Connection.execute(store.conn, "PRAGMA query_only = ON")


def check_store(store: Guarded, kind: str = QUICK) -> str | None:
    """Check ``store``'s file; a damaged one is switched to read-only with the restore advice.
    Returns the problem found, or None."""
    found = problem(store.conn, kind)
    if found is not None:
        mark_damaged(store, found)
    return found


def mark_damaged(store: Guarded, found: str) -> None:
    """Put ``store`` in the read-only mode of a damaged file (``found``: what the check said),
    its refusal naming the newest good backup."""
    store.damage = found
    refuse_writes(store, damaged_refusal(store.path, newest_good(store.path)))


def newest_good(db_path: Path) -> Path | None:
    """The newest backup of this file labelled good when it was written (or, for a backup
    older than the label, one that passes the full check now); None if there is none."""
    unlabelled = 0
    dated = [(when, p) for p in list_backups(db_path) if (when := taken_at(p))]
    for _, candidate in sorted(dated, reverse=True):
        if manifest.is_labelled_good(candidate):
            return candidate
        if manifest.is_labelled(candidate) or unlabelled >= 3:
            continue
        unlabelled += 1
        if _passes(candidate):
            return candidate
    return None


def _passes(backup: Path) -> bool:
    """A swdesk file (it has ``meta``) that passes the full check."""
    try:
        conn = sqlite3.connect(read_only_uri(backup), uri=True)
    except sqlite3.Error:
        return False
    try:
        if problem(conn, FULL) is not None:
            return False
        return bool(conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'meta'").fetchone())
    except sqlite3.Error:
        return False
    finally:
        conn.close()
