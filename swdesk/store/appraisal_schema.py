"""Tables of the yearly appraisal (绩效考评) and the lock that keeps a signed one unchanged.

- ``appraisal_templates``: one row per template *version*; saving a template in the editor adds
  a row, so a round keeps pointing at the version it was created with.
- ``appraisal_rounds``: one per year and unit, with the grade rules copied in at creation (a
  later change of the settings does not regrade an old round) and the workers left out by hand.
- ``appraisals``: one per worker per round. Scores and comments are JSON keyed by item name in
  the row itself, so the row is the unit of sync and of the lock; the person's printed data is
  a snapshot taken when the round is created and refreshed on 定稿.
- ``appraisal_scans``: scans or photos of signed papers, stored once by content hash (local,
  like ``training_proofs``; the synced appraisal names the hash).

The lock: triggers refuse to change the content of, or delete, an appraisal whose state is
``signed`` — whatever code path (or SQL tool) tries it. Reopening (state leaves ``signed`` with
the content unchanged) and attaching a scan stay possible; the store requires a reason for the
reopen and audits it. The triggers call ``swdesk_lock_bypass()``, an SQL function every swdesk
connection registers (``install_lock_function``) returning 0. The county's sync merge, which
must write signed rows received from townships as they are, switches it on for its own
connection with ``with allow_locked_writes(conn): ...``. A connection without the function
(another SQLite program) cannot update appraisals at all: the lock fails closed.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from swdesk.store.migrations import SYNC_COLUMNS_SQL, run_script

LOCK_FUNCTION = "swdesk_lock_bypass"
LOCKED_MESSAGE = "考评表已签字，不能修改或删除。确需更正，请先退回并写明理由。"

# What the paper shows (and the hash covers): none of these may change while signed.
LOCKED_COLUMNS: tuple[str, ...] = (
    "round_id",
    "worker_id",
    "template_id",
    "kind",
    "scores",
    "item_comments",
    "overall_comment",
    "discipline",
    "appraiser",
    "override_reason",
    "total",
    "grade",
    "person",
    "signed_at",
    "signed_hash",
)


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


def _changed(columns: tuple[str, ...]) -> str:
    return " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in columns)


def migrate_appraisals(c: sqlite3.Connection) -> None:
    run_script(
        c,
        f"""
        CREATE TABLE appraisal_templates (
            {SYNC_COLUMNS_SQL},
            key          TEXT NOT NULL,
            kind         TEXT NOT NULL CHECK (kind IN ('community', 'post')),
            name         TEXT NOT NULL,
            tpl_version  INTEGER NOT NULL CHECK (tpl_version >= 1),
            items        TEXT NOT NULL
        );
        CREATE UNIQUE INDEX appraisal_templates_version
            ON appraisal_templates (key, tpl_version) WHERE deleted = 0;
        CREATE INDEX appraisal_templates_rev ON appraisal_templates (rev);

        CREATE TABLE appraisal_rounds (
            {SYNC_COLUMNS_SQL},
            year                   INTEGER NOT NULL,
            unit_code              TEXT NOT NULL,
            unit_name              TEXT NOT NULL,
            community_template_id  TEXT REFERENCES appraisal_templates (id),
            post_template_id       TEXT REFERENCES appraisal_templates (id),
            rules                  TEXT NOT NULL,
            exclusions             TEXT NOT NULL DEFAULT '[]'
        );
        CREATE UNIQUE INDEX appraisal_rounds_year
            ON appraisal_rounds (unit_code, year) WHERE deleted = 0;
        CREATE INDEX appraisal_rounds_rev ON appraisal_rounds (rev);

        CREATE TABLE appraisals (
            {SYNC_COLUMNS_SQL},
            round_id         TEXT NOT NULL REFERENCES appraisal_rounds (id),
            worker_id        TEXT NOT NULL REFERENCES workers (id),
            template_id      TEXT NOT NULL REFERENCES appraisal_templates (id),
            kind             TEXT NOT NULL CHECK (kind IN ('community', 'post')),
            state            TEXT NOT NULL DEFAULT 'draft'
                             CHECK (state IN ('draft', 'finalized', 'signed')),
            scores           TEXT NOT NULL DEFAULT '{{}}',
            item_comments    TEXT NOT NULL DEFAULT '{{}}',
            overall_comment  TEXT,
            discipline       TEXT CHECK (discipline IS NULL OR discipline IN ('警告', '记过')),
            appraiser        TEXT,
            override_reason  TEXT,
            total            REAL,
            grade            TEXT,
            person           TEXT NOT NULL,
            finalized_at     TEXT,
            signed_at        TEXT,
            signed_hash      TEXT,
            scan_name        TEXT,
            scan_sha256      TEXT
        );
        CREATE UNIQUE INDEX appraisals_once ON appraisals (round_id, worker_id) WHERE deleted = 0;
        CREATE INDEX appraisals_worker ON appraisals (worker_id);
        CREATE INDEX appraisals_rev ON appraisals (rev);

        CREATE TABLE appraisal_scans (
            sha256  TEXT PRIMARY KEY,
            size    INTEGER NOT NULL,
            data    BLOB NOT NULL
        );

        CREATE TRIGGER appraisals_signed_lock BEFORE UPDATE ON appraisals
        WHEN OLD.state = 'signed' AND {LOCK_FUNCTION}() = 0
             AND ({_changed(LOCKED_COLUMNS)} OR NEW.deleted IS NOT OLD.deleted)
        BEGIN
            SELECT RAISE(ABORT, '{LOCKED_MESSAGE}');
        END;

        CREATE TRIGGER appraisals_signed_nodelete BEFORE DELETE ON appraisals
        WHEN OLD.state = 'signed' AND {LOCK_FUNCTION}() = 0
        BEGIN
            SELECT RAISE(ABORT, '{LOCKED_MESSAGE}');
        END;
        """,
    )
