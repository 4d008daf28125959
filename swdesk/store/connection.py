"""The connection every swdesk data file is opened with: where SQLite failures are sorted.

Every statement runs through ``execute``, ``executemany`` or ``executescript`` of this class,
so this is the one place that tells the machine's failures (disk full, read-only file, locked,
I/O error, damaged file) from bugs, as qutebrowser's ``misc/sql.py`` does: the former become
a ``DataFileFault`` with a sentence for the user, the latter pass through to the log.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, NoReturn

from swdesk.store.errors import DataFileFault, damaged, sqlite_fault

log = logging.getLogger("swdesk.store")

# Called directly, not through ``super()``: this runs for every statement.
_execute = sqlite3.Connection.execute
_executemany = sqlite3.Connection.executemany

# None is bound through the adapter registry: Python 3.11's sqlite3 binds only exact int,
# float, str and bytearray directly, and for anything else asks the registry, then the
# protocol's ``__adapt__`` and the value's ``__conform__`` — each a failed attribute lookup
# that formats an AttributeError and throws it away. A 10k-row roster import binds ~230k
# NULLs (empty cells, audit entries without an old value or a reason); with None's own entry,
# a C call that returns None, each binds as NULL at once, as before.
_NOTHING: dict[None, None] = {}
_as_null: Callable[[None], None] = _NOTHING.get  # C-level: no Python frame per NULL
sqlite3.register_adapter(type(None), _as_null)


def read_only_uri(path: Path) -> str:
    """A ``file:`` URI opening ``path`` read-only (paths with ``?`` or ``#`` stay intact)."""
    return Path(path).resolve().as_uri() + "?mode=ro"


class Connection(sqlite3.Connection):
    """``sqlite3.Connection`` whose environmental failures say what to do (see the module)."""

    path: Path = Path()
    # Set when writes are refused (``store.integrity.refuse_writes``): SQLite's ``query_only``
    # then fails a write as "read-only", which would send the user to the wrong fix.
    refusal: str | None = None

    def execute(self, sql: str, parameters: Any = (), /) -> sqlite3.Cursor:
        try:
            return _execute(self, sql, parameters)
        except (sqlite3.Error, UnicodeDecodeError) as e:
            self._sort(e)

    def executemany(self, sql: str, parameters: Iterable[Any], /) -> sqlite3.Cursor:
        try:
            return _executemany(self, sql, parameters)
        except (sqlite3.Error, UnicodeDecodeError) as e:
            self._sort(e)

    def executescript(self, script: str, /) -> sqlite3.Cursor:
        try:
            return super().executescript(script)
        except (sqlite3.Error, UnicodeDecodeError) as e:
            self._sort(e)

    def _sort(self, error: sqlite3.Error | UnicodeDecodeError) -> NoReturn:
        if isinstance(error, UnicodeDecodeError):
            # SQLite's message (or a stored text) is not UTF-8: bytes of a damaged page
            log.warning("data file %s: undecodable text, damaged: %s", self.path, error)
            raise damaged(self.path) from error
        code = getattr(error, "sqlite_errorcode", 0) or 0
        if self.refusal is not None and code & 0xFF == sqlite3.SQLITE_READONLY:
            raise DataFileFault(self.refusal) from error
        fault = sqlite_fault(error, self.path)
        if fault is None:
            raise error
        log.warning("data file %s: %s (%s)", self.path, error, error.sqlite_errorname)
        raise fault from error
