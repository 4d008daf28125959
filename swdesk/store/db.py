"""A connection to a data file and the Store around it: pragmas, version checks, transactions,
meta, settings and audit. Opening a file (lock, backup, migrations) is ``store.opening``."""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from swdesk.core import audit
from swdesk.core.i18n import msg
from swdesk.paths import resources_dir
from swdesk.store import integrity, lock, name_order
from swdesk.store.appraisal_lock import install_lock_function
from swdesk.store.connection import Connection, read_only_uri
from swdesk.store.errors import NewerFileError, StoreError, damaged, sqlite_fault
from swdesk.store.schema import migrations

if TYPE_CHECKING:
    import sqlite_utils

    from swdesk.core.accounts import Account

__all__ = ["Connection", "Store", "connect", "connect_read_only", "read_only_uri"]


def _load_defaults() -> dict[str, Any]:
    """Setting defaults are data (resources/settings/defaults.json), not constants in code."""
    path = resources_dir() / "settings" / "defaults.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


DEFAULT_SETTINGS: dict[str, Any] = _load_defaults()


def utc_now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def connect(path: Path, *, exclusive: bool = False) -> Connection:
    """A connection with the pragmas every swdesk connection needs (autocommit; we BEGIN).

    ``exclusive`` keeps the file locked for this connection alone, which lets SQLite keep the
    WAL index in memory instead of the -shm file beside the data file (see
    ``opening.open_store``: a full disk cannot give that file its 32 KB)."""
    conn = sqlite3.connect(
        str(path), isolation_level=None, timeout=10.0, check_same_thread=True, factory=Connection
    )
    conn.path = Path(path)
    try:
        if exclusive:
            conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 10000")
        # 32 MB page cache (default 2 MB): bulk imports write a large search index.
        conn.execute("PRAGMA cache_size = -32000")
    except BaseException:
        conn.close()  # now, not when collected: its lock would shut out the next connection
        raise
    # The signed-appraisal lock triggers ask this function (see store.appraisal_lock).
    install_lock_function(conn)
    name_order.install(conn)
    return conn


def connect_read_only(path: Path) -> Connection:
    """A connection that only reads a file that cannot be written (``opening.open_read_only``).

    A file in WAL mode needs its -shm index, which a read-only folder cannot hold: such a file
    is opened as immutable, which is safe because nobody can be writing it either.
    """
    uri = read_only_uri(path)
    if not Path(str(path) + "-shm").exists() and not os.access(Path(path).parent, os.W_OK):
        uri += "&immutable=1"
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, factory=Connection)
    conn.path = Path(path)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA query_only = ON")
    install_lock_function(conn)
    name_order.install(conn)
    return conn


def check_not_newer(conn: sqlite3.Connection, path: Path) -> int:
    version = migrations.current_version(conn)
    known = migrations.schema_version()
    if version > known:
        raise NewerFileError(
            msg(
                "数据文件 {path} 是更新版本的 swdesk 写的（数据格式第 {version} 版，本程序只认识到第 "
                "{known} 版）。为保护数据，本程序不会打开它，请升级 swdesk。",
                path=path,
                version=version,
                known=known,
            )
        )
    return version


def _foreign(path: Path) -> StoreError:
    return StoreError(
        msg("文件 {path} 不是 swdesk 数据文件，本程序不会改动它。请选择正确的数据文件。", path=path)
    )


def check_is_swdesk(conn: sqlite3.Connection, path: Path) -> None:
    """Refuse a file that is not SQLite, or a SQLite file of another program."""
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if migrations.current_version(conn) == 0 and tables:
        raise _foreign(path)
    if tables and "meta" not in tables:
        raise _foreign(path)


class Store:
    """One connection to one data file. Use one Store per thread (``clone`` for workers)."""

    def __init__(self, path: Path, conn: sqlite3.Connection, *, owns_lock: bool) -> None:
        self.path = path
        self.conn = conn
        self._db: sqlite_utils.Database | None = None
        self._owns_lock = owns_lock
        self._depth = 0
        self._thread = threading.get_ident()
        self.closed = False
        self._operator: str | None = None
        # The logged-in account (``store.accounts.login``); None in a file without accounts.
        self.account: Account | None = None
        # Why writes are refused (a damaged or read-only file, see ``store.integrity``), and
        # what SQLite's check found; ``check_before_write`` runs ``quick_check`` once before the
        # first write (the CLI: a command that only reads never pays for it).
        self.refusal: str | None = None
        self.damage: str | None = None
        self.check_before_write = False
        # How a clone connects, when not to the file itself: set only for a copy in memory of
        # a file on a full disk (``store.disk_full``), whose clones share that copy.
        self.opener: Callable[[], Connection] | None = None

    @property
    def operator(self) -> str:
        """Who the audit log names: the logged-in account, else the 操作员 setting, else the
        computer's user name. Looked up on first use (a write), not on open: a window that only
        shows the list never needs it.
        """
        if self.account is not None:
            return self.account.name
        if self._operator is None:
            self._operator = self.setting("operator") or _os_user()
        return self._operator

    @operator.setter
    def operator(self, name: str) -> None:
        self._operator = name

    @property
    def db(self) -> sqlite_utils.Database:
        """A sqlite-utils view of this connection (sync reads the synced tables' schema through
        it), made on first use: importing sqlite-utils costs ~60 ms and ~13 MB, which start-up
        should not pay for. The view changes nothing about the connection: no
        ``recursive_triggers`` pragma, no sqlite-utils plugins run on it."""
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(
                self.conn, recursive_triggers=False, execute_plugins=False
            )
        return self._db

    # -- lifecycle -------------------------------------------------------------------------
    def reset_views(self) -> None:
        """Forget what was built on the old connection (after ``store.restore`` replaced it)."""
        self._db = None
        self.conn.execute("SELECT 1")  # the new connection must open the file

    def clone(self) -> Store:
        """A new connection to the same file for another thread; the process lock is shared."""
        conn = self.opener() if self.opener is not None else connect(self.path)
        other = Store(self.path, conn, owns_lock=False)
        other.opener = self.opener
        other.account = self.account  # a background task runs as the one who started it
        other.damage = self.damage
        if self.refusal is not None:
            integrity.refuse_writes(other, self.refusal)
        return other

    def close(self) -> None:
        self.closed = True
        self.conn.close()
        if self._owns_lock:
            lock.release(self.path)
            self._owns_lock = False

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- transactions ----------------------------------------------------------------------
    @contextmanager
    def atomic(self) -> Iterator[None]:
        """All or nothing; nested calls join the outer transaction."""
        if self._depth == 0:
            self._may_write()
            self.conn.execute("BEGIN IMMEDIATE")
        self._depth += 1
        try:
            yield
        except BaseException:
            self._depth -= 1
            # SQLite may already have rolled back (disk full, I/O error): a second ROLLBACK
            # would fail and hide the real error.
            if self._depth == 0 and self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        self._depth -= 1
        if self._depth == 0:
            self.conn.execute("COMMIT")

    def _may_write(self) -> None:
        """Refuse a write to a damaged or read-only file before it starts, with the reason."""
        if self.check_before_write:
            self.check_before_write = False
            integrity.check_store(self)
        if self.refusal is not None:
            raise integrity.WritesRefused(self.refusal, self.damage or "")

    def query(self, sql: str, params: Any = ()) -> list[dict[str, Any]]:
        cur = self.conn.execute(sql, params)
        cols = [d[0] for d in cur.description]
        try:
            rows = cur.fetchall()
        except (sqlite3.Error, UnicodeDecodeError) as e:  # a damaged page met in the rows
            self._sorted(e)
        return [dict(zip(cols, row, strict=True)) for row in rows]

    def scalar(self, sql: str, params: Any = ()) -> Any:
        cur = self.conn.execute(sql, params)
        try:
            row = cur.fetchone()
        except (sqlite3.Error, UnicodeDecodeError) as e:
            self._sorted(e)
        return row[0] if row else None

    def _sorted(self, error: sqlite3.Error | UnicodeDecodeError) -> NoReturn:
        if isinstance(error, UnicodeDecodeError):  # stored text that is not UTF-8: damage
            raise damaged(self.path) from error
        fault = sqlite_fault(error, self.path)
        if fault is None:
            raise error
        raise fault from error

    # -- meta (local facts about this file) -------------------------------------------------
    def meta(self, key: str) -> str | None:
        return self.scalar("SELECT value FROM meta WHERE key = ?", (key,))

    def set_meta(self, key: str, value: str | None) -> None:
        self.conn.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    @property
    def role(self) -> str | None:
        return self.meta("role")

    @property
    def unit_code(self) -> str:
        return self.meta("unit_code") or ""

    @property
    def unit_name(self) -> str:
        return self.meta("unit_name") or ""

    @property
    def is_initialized(self) -> bool:
        return self.role is not None

    def next_rev(self) -> int:
        """A local counter that rises with every write; incremental export reads rows above it."""
        rev = int(self.meta("rev") or 0) + 1
        self.set_meta("rev", str(rev))
        return rev

    # -- settings (per-locality values; data, not constants) --------------------------------
    def setting(self, key: str) -> Any:
        raw = self.scalar("SELECT value FROM settings WHERE key = ?", (key,))
        if raw is None:
            return DEFAULT_SETTINGS.get(key)
        return json.loads(raw)

    def set_setting(self, key: str, value: Any) -> None:
        with self.atomic():
            old = self.setting(key)
            self.conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, json.dumps(value, ensure_ascii=False)),
            )
            self.audit("settings", key, audit.UPDATE, {"value": old}, {"value": value})

    # -- audit -----------------------------------------------------------------------------
    def audit(
        self,
        table: str,
        row_id: str,
        action: str,
        old: dict[str, Any] | None,
        new: dict[str, Any] | None,
        reason: str | None = None,
    ) -> None:
        self.conn.execute(
            "INSERT INTO audit_log (at, operator, table_name, row_id, action, old, new, reason) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                utc_now(),
                self.operator,
                table,
                row_id,
                action,
                json.dumps(old, ensure_ascii=False) if old is not None else None,
                json.dumps(new, ensure_ascii=False) if new is not None else None,
                reason,
            ),
        )

    def last_audit_seq(self) -> int | None:
        """The number of the newest audit entry (None before the first): every write is
        audited, so a view that caches what it computed can tell when anything changed."""
        seq = self.scalar("SELECT max(rowid) FROM audit_log")
        return None if seq is None else int(seq)

    def history(self, table: str, row_ids: list[str]) -> list[dict[str, Any]]:
        if not row_ids:
            return []
        marks = ",".join("?" * len(row_ids))
        rows = self.query(
            f"SELECT * FROM audit_log WHERE table_name = ? AND row_id IN ({marks}) ORDER BY seq",
            (table, *row_ids),
        )
        for r in rows:
            r["old"] = json.loads(r["old"]) if r["old"] else None
            r["new"] = json.loads(r["new"]) if r["new"] else None
        return rows


def _os_user() -> str:
    import getpass  # only when something is written

    try:
        return getpass.getuser()
    except Exception:
        return "unknown"
