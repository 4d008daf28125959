"""Step 5 (released, frozen): the national exam — years, registrations, subject results, fee
items, work start.

All travel to the county (sync columns, listed in ``swdesk.store.schema.SYNCED_TABLES``).
A registration names its year by number, not by a row id, so two units that both set up
"2024" still agree on what their registrations belong to; each unit keeps its own settings row
per year (unique per origin and year), so a county holding every township's rows has no
conflict. Live rows are unique per (worker, year), (registration, subject) and (registration,
fee item); tombstones are kept.
"""

from __future__ import annotations

import sqlite3

from swdesk.store.schema.script import run_script
from swdesk.store.schema.v0001_foundation import SYNC_COLUMNS


def apply(c: sqlite3.Connection) -> None:
    run_script(
        c,
        f"""
        CREATE TABLE exam_years (
            {SYNC_COLUMNS},
            year            INTEGER NOT NULL,
            exam_dates      TEXT NOT NULL DEFAULT '[]',
            reg_start       TEXT,
            reg_end         TEXT,
            results_date    TEXT,
            fee_per_subject REAL NOT NULL DEFAULT 0,
            pass_lines      TEXT NOT NULL DEFAULT '{{}}',
            special_area    INTEGER NOT NULL DEFAULT 0 CHECK (special_area IN (0, 1)),
            special_lines   TEXT NOT NULL DEFAULT '{{}}',
            note            TEXT
        );
        CREATE UNIQUE INDEX exam_years_live ON exam_years (origin, year) WHERE deleted = 0;
        CREATE INDEX exam_years_rev ON exam_years (rev);

        CREATE TABLE exam_registrations (
            {SYNC_COLUMNS},
            worker_id       TEXT NOT NULL REFERENCES workers (id),
            year            INTEGER NOT NULL,
            level           TEXT NOT NULL CHECK (level IN ('初级', '中级', '高级')),
            subjects        TEXT NOT NULL DEFAULT '[]',
            state           TEXT NOT NULL DEFAULT '拟报名',
            ticket_no       TEXT,
            site            TEXT,
            review_result   TEXT,
            review_date     TEXT,
            proposal        TEXT,
            certificate_id  TEXT,
            note            TEXT
        );
        CREATE UNIQUE INDEX exam_registrations_live
            ON exam_registrations (worker_id, year) WHERE deleted = 0;
        CREATE INDEX exam_registrations_year ON exam_registrations (year);
        CREATE INDEX exam_registrations_rev ON exam_registrations (rev);

        CREATE TABLE exam_results (
            {SYNC_COLUMNS},
            registration_id TEXT NOT NULL REFERENCES exam_registrations (id),
            subject         TEXT NOT NULL,
            score           REAL,
            absent          INTEGER NOT NULL DEFAULT 0 CHECK (absent IN (0, 1))
        );
        CREATE UNIQUE INDEX exam_results_live
            ON exam_results (registration_id, subject) WHERE deleted = 0;
        CREATE INDEX exam_results_rev ON exam_results (rev);

        CREATE TABLE exam_fees (
            {SYNC_COLUMNS},
            registration_id TEXT NOT NULL REFERENCES exam_registrations (id),
            item            TEXT NOT NULL,
            amount          REAL NOT NULL DEFAULT 0 CHECK (amount >= 0),
            reimbursed_date TEXT
        );
        CREATE UNIQUE INDEX exam_fees_live
            ON exam_fees (registration_id, item) WHERE deleted = 0;
        CREATE INDEX exam_fees_rev ON exam_fees (rev);

        -- When a worker started social work: the eligibility table counts years from it.
        CREATE TABLE exam_work_starts (
            {SYNC_COLUMNS},
            worker_id       TEXT NOT NULL REFERENCES workers (id),
            work_start      TEXT NOT NULL
        );
        CREATE UNIQUE INDEX exam_work_starts_live
            ON exam_work_starts (worker_id) WHERE deleted = 0;
        CREATE INDEX exam_work_starts_rev ON exam_work_starts (rev);
        """,
    )
