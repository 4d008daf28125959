"""Step 17 (data only): people who left keep no post and no role.

Until now leaving (离岗, 调出) or a deleted file ended nothing in the post register, and step
13 gave a post to every flagged live worker whatever their status, so a file can hold people
who are gone still "in" a professional post or a role, counted as filling it. Today the change
itself vacates and ends them (``store.departures``); this step does it once for what was
written before:

- every open fill and open role of a live worker whose status is 离岗 or 调出 ends on the
  status date (the day of the departure), of a deleted file on the day it was deleted
  (``updated_at``); never before the fill or role began (a post step 13 dated from the
  departure itself ends the day it began: it was never held);
- their 是否专业岗位 flag, a mirror of the register, becomes 否.

Every row changed gets a new version and ``rev``, so the change travels to the county. A
county file is left as it is: its townships' rows arrive repaired in their next package. The
status values are copied here as literals (a step imports no live code).
"""

from __future__ import annotations

import sqlite3

from swdesk.store.schema.script import run_script

_NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
_REV = "(SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'rev')"
_TOUCH = f"version = version + 1, updated_at = {_NOW}, rev = {_REV}"
_DAY = "(SELECT g.day FROM temp.gone g WHERE g.worker_id = {table}.worker_id)"


def apply(c: sqlite3.Connection) -> None:
    run_script(
        c,
        f"""
        CREATE TEMP TABLE gone (worker_id TEXT PRIMARY KEY, day TEXT NOT NULL);

        INSERT INTO temp.gone (worker_id, day)
        SELECT w.id,
               CASE WHEN w.deleted = 1 THEN date(w.updated_at)
                    ELSE COALESCE(date(w.status_date), date(w.updated_at)) END
        FROM workers w
        WHERE (w.deleted = 1 OR w.status IN ('离岗', '调出'))
          AND COALESCE((SELECT value FROM meta WHERE key = 'role'), '') != 'county'
          AND (w.id IN (SELECT worker_id FROM post_fills WHERE deleted = 0 AND to_date IS NULL)
               OR w.id IN (SELECT worker_id FROM worker_roles
                           WHERE deleted = 0 AND until IS NULL));

        UPDATE meta SET value = CAST(value AS INTEGER) + 1
        WHERE key = 'rev' AND EXISTS (SELECT 1 FROM temp.gone);

        UPDATE post_fills
        SET to_date = max(from_date, {_DAY.format(table="post_fills")}), {_TOUCH}
        WHERE deleted = 0 AND to_date IS NULL
          AND worker_id IN (SELECT worker_id FROM temp.gone);

        UPDATE worker_roles
        SET until = max(COALESCE(since, ''), {_DAY.format(table="worker_roles")}), {_TOUCH}
        WHERE deleted = 0 AND until IS NULL
          AND worker_id IN (SELECT worker_id FROM temp.gone);

        UPDATE workers SET professional_post = 0, {_TOUCH}
        WHERE professional_post = 1 AND id IN (SELECT worker_id FROM temp.gone);

        DROP TABLE temp.gone;
        """,
    )
