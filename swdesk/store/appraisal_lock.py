"""The lock that keeps a signed appraisal unchanged: the connection's half.

Triggers made by schema step 4 (``schema/v0004_appraisals``) refuse to change the content of,
or delete, an appraisal whose state is ``signed`` — whatever code path (or SQL tool) tries it.
Reopening (state leaves ``signed`` with the content unchanged) and attaching a scan stay
possible; the store requires a reason for the reopen and audits it. The triggers call
``swdesk_lock_bypass()``, an SQL function every swdesk connection registers
(``install_lock_function``) returning 0. The county's sync merge, which must write signed rows
received from townships as they are, switches it on for its own connection with
``with allow_locked_writes(conn): ...``. A connection without the function (another SQLite
program) cannot update appraisals at all: the lock fails closed.

The name and the message below are the ones the released triggers carry; a test checks that a
fresh file's triggers still name them.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

LOCK_FUNCTION = "swdesk_lock_bypass"
LOCKED_MESSAGE = "考评表已签字，不能修改或删除。确需更正，请先退回并写明理由。"


def install_lock_function(conn: sqlite3.Connection, bypass: bool = False) -> None:
    """Register (or re-register) the function the lock triggers ask; 1 lets writes through."""
    value = 1 if bypass else 0
    conn.create_function(LOCK_FUNCTION, 0, lambda: value, deterministic=False)


@contextmanager
def allow_locked_writes(conn: sqlite3.Connection) -> Iterator[None]:
    """For the sync merge only: write signed appraisals received from another unit verbatim."""
    install_lock_function(conn, bypass=True)
    try:
        yield
    finally:
        install_lock_function(conn, bypass=False)
