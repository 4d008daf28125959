"""The schema of a data file: numbered, frozen steps, and which tables travel to the county.

``PRAGMA user_version`` holds how many steps a file has had; ``migrations`` applies the rest.
Step N is the module ``vNNNN_<what>.py`` with one function, ``apply(conn)``.

Rules for the steps:

- A released step is frozen: never edit it, add a step. SQLite keeps the text of every CREATE
  statement verbatim in ``sqlite_master``, so a file made fresh and one upgraded from an older
  version are the same only while the old steps are (tests/test_schema_steps.py holds this
  against a version-1 file kept as SQL text).
- A step interpolates nothing from live code: a constant that later changes would change what an
  old step creates. Values it needs are copied in as literals, or taken from an earlier frozen
  step (``v0001_foundation.SYNC_COLUMNS``, the sync columns every synced table has).
- Shared helpers live in ``script``, a leaf that imports nothing of ours; steps import only it
  and earlier steps, never the store's other modules. A new step that must rebuild a table (a
  changed type, a dropped column, a new NOT NULL) uses ``script.rebuild_table``, which runs
  sqlite-utils' ``transform`` in the step's transaction and keeps the table's triggers.
- A table that travels to the county gets the sync columns in the step that creates it and is
  listed in ``SYNCED_TABLES`` below; a test checks the two agree, so sync cannot forget a new
  table. Derived and local tables (search index, audit log, settings, meta, sync bookkeeping)
  never travel. ``training_proofs`` and ``appraisal_scans`` are content-addressed (sha256 →
  bytes) and travel by the hashes the synced rows name.
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
    "registrations",
    "allowance_runs",
    "allowance_lines",
    "payee_accounts",
    "training_costs",
    "worker_roles",
    "posts",
    "post_fills",
    "stations",
    "station_items",
)
