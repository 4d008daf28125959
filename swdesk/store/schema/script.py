"""What the numbered steps share: running a script of several statements, and rebuilding a
table, inside the step's transaction. A leaf module: it imports nothing of ours, so any step
may use it."""

from __future__ import annotations

import sqlite3
from typing import Any


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


def rebuild_table(c: sqlite3.Connection, table: str, **changes: Any) -> None:
    """Rebuild ``table`` for what ``ALTER TABLE`` cannot do, with sqlite-utils' ``transform``
    (``types=``, ``rename=``, ``drop=``, ``not_null=``, ``defaults=``, ``column_order=``,
    foreign keys…): new table, rows copied, old one dropped, new one renamed.

    For new steps only: ``transform`` writes CREATE TABLE text of its own, and a released step
    must keep making the text it made. It runs inside the step's transaction (``transform``
    sees it open and works in a savepoint, checking foreign keys before the step commits), so a
    step that fails later undoes the rebuild with the rest. ``transform`` keeps the rows, the
    indexes and CHECK constraints, but refuses to rename or drop a column while a partial index
    is on the table (the step drops and remakes such an index itself). The table's triggers go
    with the old table: they are made again here as they were, so one that names a renamed or
    dropped column fails the step instead of vanishing — the signed-appraisal lock is such a
    trigger.
    """
    if not c.in_transaction:
        raise RuntimeError("rebuild_table belongs inside a migration step's transaction")
    import sqlite_utils  # only for a step that rebuilds: ~60 ms that opening a file never pays

    triggers = c.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? ORDER BY rowid",
        (table,),
    ).fetchall()
    db = sqlite_utils.Database(c, recursive_triggers=False, execute_plugins=False)
    db.table(table).transform(**changes)
    for (sql,) in triggers:
        c.execute(sql)
    # CREATE TRIGGER does not check the columns its body names; renaming the table does (SQLite
    # parses every trigger on it), so a rename undone at once proves the triggers still fit.
    c.execute("SAVEPOINT rebuild_check")
    try:
        c.execute(f'ALTER TABLE "{table}" RENAME TO "{table}__rebuild_check"')
    finally:
        c.execute("ROLLBACK TO rebuild_check")
        c.execute("RELEASE rebuild_check")
