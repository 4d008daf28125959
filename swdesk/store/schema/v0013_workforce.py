"""Step 13: what the workforce indicators count that the file did not hold.

- Reference figures per village/community (户籍人口, 常住人口, 老年人数, 供养老人数): the
  denominators of per-population targets and of the elderly-care rules in 《攀枝花市社会工作
  专业队伍建设“十四五”规划》.
- ``worker_roles``: the roles a person holds besides the post type (定员干部, 村（社区）党组织书记,
  儿童主任, 儿童督导员), each with the day it began and ended, so a role is known as of any date.
- ``posts`` and ``post_fills``: the register of 社会工作专业岗位 of 《成都市社区社会工作专业岗位
  管理办法》, a post belonging to a unit (乡镇社工站, community, village or agency), and who
  filled it from when to when. It replaces the per-person ``professional_post`` flag: every
  flagged person of a township file gets a filled post at their village here (a county's rows
  arrive in its townships' packages, as in step 12).
- ``stations`` and ``station_items``: the 乡镇（街道）社工站 register (a station and its sites) with
  the 六有 standard (有场地、有设备、有人员、有服务功能、有工作流程、有规章制度) of 《“十四五”民政事业
  发展规划》.
- ``worker_history`` may record post type and service domains too (remade by hand: a CHECK
  cannot be widened in place, and ``script.rebuild_table`` keeps the old one); ``meta.history_from`` says from which day those kinds are recorded, so a
  figure for an earlier date can say it is an estimate.
"""

from __future__ import annotations

import sqlite3

from swdesk.store.schema.script import run_script
from swdesk.store.schema.v0001_foundation import SYNC_COLUMNS

_NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
_REV = "(SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'rev')"


def apply(c: sqlite3.Connection) -> None:
    run_script(
        c,
        f"""
        ALTER TABLE villages ADD COLUMN registered_population INTEGER;
        ALTER TABLE villages ADD COLUMN resident_population INTEGER;
        ALTER TABLE villages ADD COLUMN elderly_population INTEGER;
        ALTER TABLE villages ADD COLUMN supported_elderly INTEGER;

        CREATE TABLE worker_roles (
            {SYNC_COLUMNS},
            worker_id   TEXT NOT NULL REFERENCES workers (id),
            role        TEXT NOT NULL,
            since       TEXT,
            until       TEXT,
            note        TEXT
        );
        CREATE INDEX worker_roles_worker ON worker_roles (worker_id);
        CREATE INDEX worker_roles_rev ON worker_roles (rev);

        CREATE TABLE posts (
            {SYNC_COLUMNS},
            unit_kind   TEXT NOT NULL
                        CHECK (unit_kind IN ('station', 'community', 'village', 'agency')),
            unit_code   TEXT NOT NULL,
            unit_name   TEXT,
            kind        TEXT NOT NULL CHECK (kind IN ('专职', '兼职')),
            grade       TEXT,
            opened_on   TEXT,
            closed_on   TEXT,
            note        TEXT
        );
        CREATE INDEX posts_unit ON posts (unit_kind, unit_code);
        CREATE INDEX posts_rev ON posts (rev);

        CREATE TABLE post_fills (
            {SYNC_COLUMNS},
            post_id     TEXT NOT NULL REFERENCES posts (id),
            worker_id   TEXT NOT NULL REFERENCES workers (id),
            from_date   TEXT NOT NULL,
            to_date     TEXT,
            note        TEXT
        );
        CREATE INDEX post_fills_post ON post_fills (post_id);
        CREATE INDEX post_fills_worker ON post_fills (worker_id);
        CREATE INDEX post_fills_rev ON post_fills (rev);

        CREATE TABLE stations (
            {SYNC_COLUMNS},
            township_code TEXT NOT NULL,
            -- A site names its station by id, not by a foreign key: sync applies a table's
            -- rows in one pass, and a site may come before its station.
            parent_id     TEXT,
            name          TEXT NOT NULL,
            village_code  TEXT,
            opened_on     TEXT,
            closed_on     TEXT,
            note          TEXT
        );
        CREATE INDEX stations_township ON stations (township_code);
        CREATE INDEX stations_rev ON stations (rev);

        CREATE TABLE station_items (
            {SYNC_COLUMNS},
            station_id  TEXT NOT NULL REFERENCES stations (id),
            item        TEXT NOT NULL CHECK (item IN ('有场地', '有设备', '有人员',
                                                      '有服务功能', '有工作流程', '有规章制度')),
            done_on     TEXT,
            note        TEXT
        );
        CREATE INDEX station_items_station ON station_items (station_id);
        CREATE INDEX station_items_rev ON station_items (rev);

        INSERT OR IGNORE INTO meta (key, value) VALUES ('history_from', date('now'));
        """,
    )
    _widen_history_kinds(c)
    _posts_from_flags(c)


def _widen_history_kinds(c: sqlite3.Connection) -> None:
    """Let ``worker_history.kind`` hold post type and domains besides village and status.

    SQLite cannot alter a CHECK, so the table is remade with the wider one and the rows copied.
    """
    run_script(
        c,
        f"""
        CREATE TABLE worker_history_v13 (
            {SYNC_COLUMNS},
            worker_id   TEXT NOT NULL REFERENCES workers (id),
            kind        TEXT NOT NULL
                        CHECK (kind IN ('village', 'status', 'post_type', 'domains')),
            old_value   TEXT,
            new_value   TEXT,
            on_date     TEXT,
            note        TEXT
        );
        INSERT INTO worker_history_v13 (id, created_at, updated_at, origin, version, deleted,
                                        rev, worker_id, kind, old_value, new_value, on_date,
                                        note)
        SELECT id, created_at, updated_at, origin, version, deleted, rev, worker_id, kind,
               old_value, new_value, on_date, note
        FROM worker_history;
        DROP TABLE worker_history;
        ALTER TABLE worker_history_v13 RENAME TO worker_history;
        CREATE INDEX worker_history_worker ON worker_history (worker_id);
        """,
    )


def _posts_from_flags(c: sqlite3.Connection) -> None:
    """Give every flagged live worker of a township file a filled full-time post at their
    village (their township's station when they have no village), dated from the status date,
    else the day the file learnt of them.

    The temporary table pairs each worker with the new post's id, so the fill can name it.
    """
    run_script(
        c,
        f"""
        CREATE TEMP TABLE flagged AS
        SELECT lower(hex(randomblob(16))) AS post_id, w.id AS worker_id, w.origin AS origin,
               CASE v.kind WHEN 'urban' THEN 'community' WHEN 'rural' THEN 'village'
                           ELSE 'station' END AS unit_kind,
               CASE WHEN v.kind IS NULL THEN (SELECT value FROM meta WHERE key = 'unit_code')
                    ELSE w.village_code END AS unit_code,
               COALESCE(date(w.status_date), date(w.created_at)) AS since
        FROM workers w LEFT JOIN villages v ON v.code = w.village_code AND v.deleted = 0
        WHERE w.deleted = 0 AND w.professional_post = 1
          AND COALESCE((SELECT value FROM meta WHERE key = 'role'), '') != 'county';

        UPDATE meta SET value = CAST(value AS INTEGER) + 1
        WHERE key = 'rev' AND EXISTS (SELECT 1 FROM temp.flagged);

        INSERT INTO posts (id, created_at, updated_at, origin, rev, unit_kind, unit_code, kind,
                           opened_on)
        SELECT post_id, {_NOW}, {_NOW}, origin, {_REV}, unit_kind, unit_code, '专职', since
        FROM temp.flagged;

        INSERT INTO post_fills (id, created_at, updated_at, origin, rev, post_id, worker_id,
                                from_date)
        SELECT lower(hex(randomblob(16))), {_NOW}, {_NOW}, origin, {_REV}, post_id, worker_id,
               since
        FROM temp.flagged;

        DROP TABLE temp.flagged;
        """,
    )
