"""None binds as NULL through its own adapter entry (``store.connection``).

Python 3.11's sqlite3 sends every parameter that is not an exact int, float, str or bytearray
through the adapter protocol, which for None costs two failed attribute lookups; the store
registers an adapter for None that returns None. These tests hold that the entry is there
(so the cheap path is taken) and that None, in every way a statement takes parameters, is
still stored as NULL — and that other values are untouched by it.
"""

from __future__ import annotations

import sqlite3

from swdesk.store import connection


def test_none_has_its_own_adapter_once_the_store_is_loaded() -> None:
    assert connection.Connection is not None
    adapter = sqlite3.adapters.get((type(None), sqlite3.PrepareProtocol))
    assert adapter is not None
    assert adapter(None) is None


def test_none_is_still_stored_as_null() -> None:
    conn = sqlite3.connect(":memory:", factory=connection.Connection)
    conn.execute("CREATE TABLE t (a, b, c)")
    conn.execute("INSERT INTO t VALUES (?, ?, ?)", (None, 1, "x"))
    conn.executemany("INSERT INTO t VALUES (?, ?, ?)", [(None, None, None), (2.5, None, b"y")])
    conn.execute("INSERT INTO t VALUES (:a, :b, :c)", {"a": None, "b": True, "c": ""})
    rows = conn.execute("SELECT a, typeof(a), b, typeof(b), c, typeof(c) FROM t").fetchall()
    assert rows == [
        (None, "null", 1, "integer", "x", "text"),
        (None, "null", None, "null", None, "null"),
        (2.5, "real", None, "null", b"y", "blob"),
        (None, "null", 1, "integer", "", "text"),
    ]
    assert conn.execute("SELECT count(*) FROM t WHERE a IS NULL").fetchone() == (3,)
    conn.close()
