"""Step 9 (released, frozen): training costs, one per attendance, with who pays and whether
it was reimbursed. Travels to the county.

- ``training_costs``: the cost of one training record (an attendance), in fen; who pays it back
  (the person's unit by default), the reimbursement state (codes ``unpaid`` / ``reimbursed`` /
  ``refused``: 未报销 / 已报销 / 不予报销) and the day it was reimbursed. One live row per record and unit (a county holds
  every township's); the worker is copied in so a person's costs are one index scan.
"""

from __future__ import annotations

import sqlite3

from swdesk.store.schema.script import run_script
from swdesk.store.schema.v0001_foundation import SYNC_COLUMNS


def apply(c: sqlite3.Connection) -> None:
    run_script(
        c,
        f"""
        CREATE TABLE training_costs (
            {SYNC_COLUMNS},
            record_id     TEXT NOT NULL REFERENCES training_records (id),
            worker_id     TEXT NOT NULL REFERENCES workers (id),
            amount_fen    INTEGER NOT NULL CHECK (amount_fen > 0),
            payer         TEXT NOT NULL,
            state         TEXT NOT NULL,
            reimbursed_on TEXT,
            note          TEXT
        );
        CREATE UNIQUE INDEX training_costs_live
            ON training_costs (origin, record_id) WHERE deleted = 0;
        CREATE INDEX training_costs_worker ON training_costs (worker_id) WHERE deleted = 0;
        CREATE INDEX training_costs_rev ON training_costs (rev);
        """,
    )
