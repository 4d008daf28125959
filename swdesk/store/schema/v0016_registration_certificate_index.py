"""Step 16 (released, frozen): registrations found by their certificate through an index.

Every write of a 登记 record looks up the other records of the same certificate (one live
首次登记 per certificate, the certificate's 登记日期 mirrored from it). Without an index each
lookup read the whole table, so importing a roster of N certified workers cost N × N: a
10k-row roster spent most of its import here.
"""

from __future__ import annotations

import sqlite3

from swdesk.store.schema.script import run_script


def apply(c: sqlite3.Connection) -> None:
    run_script(
        c,
        """
        CREATE INDEX registrations_certificate ON registrations (certificate_id);
        """,
    )
