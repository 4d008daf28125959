"""Step 8 (released, frozen): certificate registrations, allowance payroll runs and their lines,
and payee accounts. All four travel to the county.

- ``registrations``: each 首次登记 / 再登记 of a person's certificate, with its dates, the state
  the national social-work information system shows and the 证书管理号. Until now a certificate
  had one ``registration_date``; each live certificate with one gets a 首次登记 row valid three
  years in state 已出证, so a file keeps paying what it paid. The row's id is derived from the
  certificate's (``reg-`` + id): a township and a county that both upgrade make the same row.
  A county file makes none of its own — the rows of its townships arrive in their packages.
- ``allowance_runs``: one per unit and first month (a run may cover up to 12 months), with the
  rules copied in when it is computed (a later change of the settings never rewrites it), its
  state (codes ``draft`` → ``published`` → ``approved`` → ``paid``), who approved it and when,
  the day it was paid, and its totals.
- ``allowance_lines``: a payroll line — an allowance over consecutive months at one level and
  rate, a one-off reward, or an adjustment (补发 / 扣回) of an earlier month (``for_month``). The
  village is copied in so an old run's subtotals stay as approved when someone moves.
- ``payee_accounts``: the account a person's allowance is paid into (社保卡 or bank card). A
  table of its own rather than a column of ``workers``: the number is shown only on the bank's
  代发 sheet, and keeping it out of the worker row keeps it out of every list, search, roster
  export and conflict screen that reads workers; one live row per person and unit (a county
  holds the account each township pays into).

Triggers keep an approved run as approved, like the signed-appraisal lock: a line of an
approved or paid run cannot be added, changed or deleted, and an approved run cannot go back,
change its months, rules or totals, or be deleted. They ask ``swdesk_lock_bypass()`` (the sync
merge writes rows received from townships as they are; see ``store.appraisal_lock``). The
message is copied in as released.
"""

from __future__ import annotations

import sqlite3

from swdesk.store.schema.script import run_script
from swdesk.store.schema.v0001_foundation import SYNC_COLUMNS

_LOCKED = "发放表已审核，不能修改或删除。更正请在以后月份的发放表里补发或扣回。"
_RUN_LOCKED_CHANGED = " OR ".join(
    f"NEW.{c} IS NOT OLD.{c}"
    for c in (
        "unit_code",
        "first_month",
        "months",
        "rules",
        "people",
        "total_fen",
        "approved_at",
        "approved_by",
        "deleted",
    )
)


def apply(c: sqlite3.Connection) -> None:
    run_script(
        c,
        f"""
        CREATE TABLE registrations (
            {SYNC_COLUMNS},
            worker_id          TEXT NOT NULL REFERENCES workers (id),
            certificate_id     TEXT REFERENCES certificates (id),
            level              TEXT NOT NULL,
            kind               TEXT NOT NULL,
            applied_on         TEXT,
            valid_from         TEXT NOT NULL,
            valid_until        TEXT NOT NULL,
            state              TEXT NOT NULL,
            management_number  TEXT,
            note               TEXT
        );
        CREATE INDEX registrations_worker ON registrations (worker_id);
        CREATE INDEX registrations_rev ON registrations (rev);

        CREATE TABLE allowance_runs (
            {SYNC_COLUMNS},
            unit_code     TEXT NOT NULL,
            first_month   TEXT NOT NULL,
            months        INTEGER NOT NULL CHECK (months BETWEEN 1 AND 12),
            state         TEXT NOT NULL DEFAULT 'draft'
                          CHECK (state IN ('draft', 'published', 'approved', 'paid')),
            rules         TEXT NOT NULL,
            computed_at   TEXT,
            published_at  TEXT,
            approved_at   TEXT,
            approved_by   TEXT,
            paid_on       TEXT,
            people        INTEGER NOT NULL DEFAULT 0,
            total_fen     INTEGER NOT NULL DEFAULT 0
        );
        CREATE UNIQUE INDEX allowance_runs_month
            ON allowance_runs (unit_code, first_month) WHERE deleted = 0;
        CREATE INDEX allowance_runs_rev ON allowance_runs (rev);

        CREATE TABLE allowance_lines (
            {SYNC_COLUMNS},
            run_id        TEXT NOT NULL REFERENCES allowance_runs (id),
            worker_id     TEXT NOT NULL REFERENCES workers (id),
            kind          TEXT NOT NULL CHECK (kind IN ('allowance', 'reward', 'adjustment')),
            village_code  TEXT,
            first_month   TEXT NOT NULL,
            last_month    TEXT NOT NULL,
            for_month     TEXT,
            level         TEXT,
            rate_fen      INTEGER NOT NULL DEFAULT 0,
            months        INTEGER NOT NULL DEFAULT 0,
            days          INTEGER,
            amount_fen    INTEGER NOT NULL DEFAULT 0,
            reason        TEXT,
            note          TEXT
        );
        CREATE INDEX allowance_lines_run ON allowance_lines (run_id);
        CREATE INDEX allowance_lines_worker ON allowance_lines (worker_id, for_month);
        CREATE INDEX allowance_lines_rev ON allowance_lines (rev);

        CREATE TABLE payee_accounts (
            {SYNC_COLUMNS},
            worker_id  TEXT NOT NULL REFERENCES workers (id),
            kind       TEXT NOT NULL,
            account    TEXT NOT NULL,
            bank       TEXT
        );
        CREATE UNIQUE INDEX payee_accounts_live
            ON payee_accounts (origin, worker_id) WHERE deleted = 0;
        CREATE INDEX payee_accounts_rev ON payee_accounts (rev);

        CREATE TRIGGER allowance_lines_locked_insert BEFORE INSERT ON allowance_lines
        WHEN swdesk_lock_bypass() = 0
             AND (SELECT state FROM allowance_runs WHERE id = NEW.run_id) IN ('approved', 'paid')
        BEGIN
            SELECT RAISE(ABORT, '{_LOCKED}');
        END;

        CREATE TRIGGER allowance_lines_locked BEFORE UPDATE ON allowance_lines
        WHEN swdesk_lock_bypass() = 0
             AND ((SELECT state FROM allowance_runs WHERE id = OLD.run_id) IN ('approved', 'paid')
                  OR (SELECT state FROM allowance_runs WHERE id = NEW.run_id)
                     IN ('approved', 'paid'))
        BEGIN
            SELECT RAISE(ABORT, '{_LOCKED}');
        END;

        CREATE TRIGGER allowance_lines_locked_delete BEFORE DELETE ON allowance_lines
        WHEN swdesk_lock_bypass() = 0
             AND (SELECT state FROM allowance_runs WHERE id = OLD.run_id) IN ('approved', 'paid')
        BEGIN
            SELECT RAISE(ABORT, '{_LOCKED}');
        END;

        CREATE TRIGGER allowance_runs_locked BEFORE UPDATE ON allowance_runs
        WHEN OLD.state IN ('approved', 'paid') AND swdesk_lock_bypass() = 0
             AND (NEW.state IN ('draft', 'published')
                  OR (OLD.state = 'paid' AND NEW.state IS NOT 'paid')
                  OR (OLD.state = 'paid' AND NEW.paid_on IS NOT OLD.paid_on)
                  OR {_RUN_LOCKED_CHANGED})
        BEGIN
            SELECT RAISE(ABORT, '{_LOCKED}');
        END;

        CREATE TRIGGER allowance_runs_locked_delete BEFORE DELETE ON allowance_runs
        WHEN OLD.state IN ('approved', 'paid') AND swdesk_lock_bypass() = 0
        BEGIN
            SELECT RAISE(ABORT, '{_LOCKED}');
        END;

        UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'rev'
            AND EXISTS (SELECT 1 FROM certificates
                        WHERE deleted = 0 AND date(registration_date) IS NOT NULL);

        INSERT INTO registrations (id, created_at, updated_at, origin, rev, worker_id,
                                   certificate_id, level, kind, valid_from, valid_until, state)
        SELECT 'reg-' || c.id,
               strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
               strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
               c.origin,
               COALESCE((SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'rev'), 0),
               c.worker_id, c.id, c.level, '首次登记', c.registration_date,
               date(c.registration_date, '+3 years', '-1 day'), '已出证'
        FROM certificates c
        WHERE c.deleted = 0 AND date(c.registration_date) IS NOT NULL
          AND COALESCE((SELECT value FROM meta WHERE key = 'role'), '') != 'county';
        """,
    )
