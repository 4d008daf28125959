"""Step 18: a worker's ID number and phone are searched through an FTS5 trigram index; three
worker indexes no query uses are dropped.

Until now every suffix of at least three characters of the ID number and of the phone was a
row of ``worker_search``: ~25 of a worker's ~33 rows, 250k B-tree rows for a 10k-row roster,
and most of what importing it wrote. A trigram index answers the same question — which
workers' ID number or phone holds this fragment — from one row per worker (``worker_digits``,
rowid = the worker's rowid): FTS5 keeps its trigrams in compact segment blobs instead of one
B-tree row each. ``worker_search`` keeps the name terms (suffixes of the name, its initials and
its pinyin), whose two-character fragments (a 2-character Chinese name) a trigram index could
not answer.

A field shorter than three characters is stored as NULL, as it had no suffix rows before. The
digit rows leave ``worker_search``: the suffixes of a worker's own (lower-case) ID number or
phone, all of which begin with a digit, so only that range of the index is looked at.

``workers_name``, ``workers_pinyin`` and ``workers_live_pinyin`` are read by no query: the name
sorts by ``name_sort`` (its own indexes), a name is searched through ``worker_search`` and
``name_pinyin`` is only ever shown. Each cost every insert or rename a B-tree write.
"""

from __future__ import annotations

import sqlite3

from swdesk.store.schema.script import run_script


def apply(c: sqlite3.Connection) -> None:
    run_script(
        c,
        """
        DROP INDEX IF EXISTS workers_name;
        DROP INDEX IF EXISTS workers_pinyin;
        DROP INDEX IF EXISTS workers_live_pinyin;

        CREATE VIRTUAL TABLE worker_digits USING fts5 (
            id_number, phone, tokenize = 'trigram'
        );

        INSERT INTO worker_digits (rowid, id_number, phone)
        SELECT rowid,
               CASE WHEN length(id_number) >= 3 THEN lower(id_number) END,
               CASE WHEN length(phone) >= 3 THEN phone END
        FROM workers ORDER BY rowid;

        DELETE FROM worker_search
        WHERE term >= '0' AND term < ':' AND length(term) >= 3
          AND EXISTS (
            SELECT 1 FROM workers w
            WHERE w.rowid = worker_search.wid
              AND (substr(lower(w.id_number), -length(worker_search.term)) = worker_search.term
                   OR substr(w.phone, -length(worker_search.term)) = worker_search.term)
          );
        """,
    )
