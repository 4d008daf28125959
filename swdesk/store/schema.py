"""Which tables travel to the county: the sync package carries exactly these.

A table created with ``SYNC_COLUMNS_SQL`` must be listed here; a test checks the two agree, so a
new table cannot be forgotten by sync. Derived and local tables (search index, audit log,
settings, meta) never travel. ``training_proofs`` is content-addressed (sha256 → bytes) and
travels by the hashes the synced training records name.
"""

from __future__ import annotations

SYNCED_TABLES: tuple[str, ...] = (
    "villages",
    "workers",
    "certificates",
    "worker_history",
    "training_events",
    "training_records",
    "exam_years",
    "exam_registrations",
    "exam_results",
    "exam_fees",
    "exam_work_starts",
    "appraisal_templates",
    "appraisal_rounds",
    "appraisals",
)
