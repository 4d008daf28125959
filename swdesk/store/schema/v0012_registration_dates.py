"""Step 12 (data only): a certificate's 登记日期 and its 首次登记 record made one fact.

From now on the two are written together (``store.registrations``); this step makes files
written before agree:

- a certificate with several live 首次登记 records keeps the earliest as its 首次登记, the
  later ones become 再登记 (a second first registration of one certificate can only be one);
- a live certificate whose 首次登记 record starts on another day takes the record's day: the
  record is what the allowance rules already read;
- the records of a live certificate take its level;
- the live records of a deleted certificate are deleted with it;
- a live certificate with a date and no 首次登记 record gets one valid three years in state
  已出证, as step 8 made them (not in a county file: its townships' rows arrive in packages).

Every row changed gets a new version and ``rev``, so the change travels to the county.

The earliest 首次登记 of each certificate is found in one ordered pass and kept in an indexed
temporary table: registrations have no index by certificate before step 16, and a lookup per
certificate made this step read the whole table once per certificate (a file of 90k
registrations did not finish opening in minutes). The rows chosen and written are the same.
"""

from __future__ import annotations

import sqlite3

from swdesk.store.schema.script import run_script

_NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
_REV = "COALESCE((SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'rev'), 0)"
_TOUCH = f"version = version + 1, updated_at = {_NOW}, rev = {_REV}"


def apply(c: sqlite3.Connection) -> None:
    run_script(
        c,
        f"""
        CREATE TEMP TABLE first_of AS
        SELECT cid, rid FROM (
            SELECT certificate_id AS cid, id AS rid,
                   row_number() OVER (PARTITION BY certificate_id
                                      ORDER BY valid_from, created_at, rowid) AS n
            FROM registrations
            WHERE kind = '首次登记' AND deleted = 0 AND certificate_id IS NOT NULL)
        WHERE n = 1;
        CREATE UNIQUE INDEX temp.first_of_cid ON first_of (cid);
        CREATE UNIQUE INDEX temp.first_of_rid ON first_of (rid);

        UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'rev' AND (
            EXISTS (SELECT 1 FROM registrations WHERE kind = '首次登记' AND deleted = 0
                    AND certificate_id IS NOT NULL
                    AND id NOT IN (SELECT rid FROM temp.first_of))
            OR EXISTS (SELECT 1 FROM certificates c JOIN temp.first_of f ON f.cid = c.id
                       JOIN registrations r ON r.id = f.rid
                       WHERE c.deleted = 0 AND c.registration_date IS NOT r.valid_from)
            OR EXISTS (SELECT 1 FROM registrations r JOIN certificates c
                       ON c.id = r.certificate_id
                       WHERE r.deleted = 0 AND (c.deleted = 1 OR c.level IS NOT r.level))
            OR EXISTS (SELECT 1 FROM certificates c
                       WHERE c.deleted = 0 AND date(c.registration_date) IS NOT NULL
                         AND c.id NOT IN (SELECT cid FROM temp.first_of)
                         AND COALESCE((SELECT value FROM meta WHERE key = 'role'), '')
                             != 'county'));

        UPDATE registrations SET kind = '再登记', {_TOUCH}
        WHERE kind = '首次登记' AND deleted = 0 AND certificate_id IS NOT NULL
          AND id NOT IN (SELECT rid FROM temp.first_of);

        UPDATE certificates
        SET registration_date = (SELECT r.valid_from FROM registrations r
                                 JOIN temp.first_of f ON f.rid = r.id
                                 WHERE f.cid = certificates.id),
            {_TOUCH}
        WHERE deleted = 0 AND id IN (SELECT cid FROM temp.first_of)
          AND registration_date IS NOT (SELECT r.valid_from FROM registrations r
                                        JOIN temp.first_of f ON f.rid = r.id
                                        WHERE f.cid = certificates.id);

        UPDATE registrations
        SET level = (SELECT level FROM certificates c WHERE c.id = registrations.certificate_id),
            {_TOUCH}
        WHERE deleted = 0 AND level IS NOT (SELECT level FROM certificates c
                                            WHERE c.id = registrations.certificate_id)
          AND EXISTS (SELECT 1 FROM certificates c
                      WHERE c.id = registrations.certificate_id AND c.deleted = 0);

        UPDATE registrations SET deleted = 1, {_TOUCH}
        WHERE deleted = 0 AND EXISTS (SELECT 1 FROM certificates c
                                      WHERE c.id = registrations.certificate_id AND c.deleted = 1);

        INSERT INTO registrations (id, created_at, updated_at, origin, rev, worker_id,
                                   certificate_id, level, kind, valid_from, valid_until, state)
        SELECT lower(hex(randomblob(16))), {_NOW}, {_NOW}, c.origin, {_REV},
               c.worker_id, c.id, c.level, '首次登记', c.registration_date,
               date(c.registration_date, '+3 years', '-1 day'), '已出证'
        FROM certificates c
        WHERE c.deleted = 0 AND date(c.registration_date) IS NOT NULL
          AND c.id NOT IN (SELECT cid FROM temp.first_of)
          AND COALESCE((SELECT value FROM meta WHERE key = 'role'), '') != 'county';

        DROP TABLE temp.first_of;
        """,
    )
