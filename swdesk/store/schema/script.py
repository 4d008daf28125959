"""What the numbered steps share: running a script of several statements inside the step's
transaction. A leaf module: it imports nothing of ours, so any step may use it."""

from __future__ import annotations

import sqlite3


def run_script(c: sqlite3.Connection, script: str) -> None:
    """Execute statements one by one: ``executescript`` would commit the open transaction.

    Lines that are whole comments are left out; every other byte of a CREATE statement reaches
    SQLite, which keeps that text verbatim in ``sqlite_master``.
    """
    buf = ""
    for line in script.splitlines(keepends=True):
        if line.strip().startswith("--"):
            continue
        buf += line
        if sqlite3.complete_statement(buf):
            c.execute(buf)
            buf = ""
    if buf.strip():
        c.execute(buf)
