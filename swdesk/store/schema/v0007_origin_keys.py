"""Step 7 (released, frozen): per-unit uniqueness for the exam and appraisal rows a county
holds for many townships.

The rules "one registration per worker and year", "one work start per worker" and "one row per
template key and version" are rules of one unit's file. At the county a person transferred
between townships is one worker row, and both townships' rows point at it: the registration
township A made for 2025 and the one township B made for the same year are both real records
(with their fees and results), and every township ships the preset templates as version 1.
So the live-row indexes include ``origin``: nothing changes in a township (all its rows have
its own origin), and a county keeps every township's records, each with where it came from.
"""

from __future__ import annotations

import sqlite3

from swdesk.store.schema.script import run_script


def apply(c: sqlite3.Connection) -> None:
    run_script(
        c,
        """
        DROP INDEX exam_registrations_live;
        CREATE UNIQUE INDEX exam_registrations_live
            ON exam_registrations (origin, worker_id, year) WHERE deleted = 0;
        CREATE INDEX exam_registrations_worker ON exam_registrations (worker_id, year);
        DROP INDEX exam_work_starts_live;
        CREATE UNIQUE INDEX exam_work_starts_live
            ON exam_work_starts (origin, worker_id) WHERE deleted = 0;
        CREATE INDEX exam_work_starts_worker ON exam_work_starts (worker_id);
        DROP INDEX appraisal_templates_version;
        CREATE UNIQUE INDEX appraisal_templates_version
            ON appraisal_templates (origin, key, tpl_version) WHERE deleted = 0;
        """,
    )
