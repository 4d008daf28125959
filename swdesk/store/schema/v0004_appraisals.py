"""Step 4 (released, frozen): tables of the yearly appraisal (绩效考评) and the triggers that
keep a signed one unchanged.

- ``appraisal_templates``: one row per template *version*; saving a template in the editor adds
  a row, so a round keeps pointing at the version it was created with.
- ``appraisal_rounds``: one per year and unit, with the grade rules copied in at creation (a
  later change of the settings does not regrade an old round) and the workers left out by hand.
- ``appraisals``: one per worker per round. Scores and comments are JSON keyed by item name in
  the row itself, so the row is the unit of sync and of the lock; the person's printed data is
  a snapshot taken when the round is created and refreshed on 定稿.
- ``appraisal_scans``: scans or photos of signed papers, stored once by content hash (local,
  like ``training_proofs``; the synced appraisal names the hash).

The triggers refuse to change the content of, or delete, an appraisal whose state is
``signed`` unless ``swdesk_lock_bypass()`` answers 1. The function, its message and the sync
merge's bypass belong to the connection: ``swdesk.store.appraisal_lock``. The function's name
and the message are copied in here as they were released; a test checks they still agree.
"""

from __future__ import annotations

import sqlite3

from swdesk.store.schema.script import run_script
from swdesk.store.schema.v0001_foundation import SYNC_COLUMNS

# What the paper shows (and the hash covers): none of these may change while signed.
_LOCKED_COLUMNS = (
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
_LOCKED_CHANGED = " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in _LOCKED_COLUMNS)


def apply(c: sqlite3.Connection) -> None:
    run_script(
        c,
        f"""
        CREATE TABLE appraisal_templates (
            {SYNC_COLUMNS},
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
            {SYNC_COLUMNS},
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
            {SYNC_COLUMNS},
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
        WHEN OLD.state = 'signed' AND swdesk_lock_bypass() = 0
             AND ({_LOCKED_CHANGED} OR NEW.deleted IS NOT OLD.deleted)
        BEGIN
            SELECT RAISE(ABORT, '考评表已签字，不能修改或删除。确需更正，请先退回并写明理由。');
        END;

        CREATE TRIGGER appraisals_signed_nodelete BEFORE DELETE ON appraisals
        WHEN OLD.state = 'signed' AND swdesk_lock_bypass() = 0
        BEGIN
            SELECT RAISE(ABORT, '考评表已签字，不能修改或删除。确需更正，请先退回并写明理由。');
        END;
        """,
    )
