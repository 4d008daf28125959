"""Writes to synced tables: UUID key, timestamps, origin, rising version, tombstones, audit.

Every insert, update and delete of a synced row goes through here so no path forgets the
sync columns or the audit entry.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from functools import lru_cache
from math import isfinite
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from swdesk.core import audit
from swdesk.core.errors import RuleError
from swdesk.core.i18n import msg
from swdesk.store.bulk import insert_rows
from swdesk.store.db import utc_now
from swdesk.store.errors import NotFound
from swdesk.store.sql_in import in_chunks

if TYPE_CHECKING:
    from swdesk.store.db import Store

SYNC_COLUMNS = ("id", "created_at", "updated_at", "origin", "version", "deleted", "rev")

# ``json.dumps(v, ensure_ascii=False)`` builds a new encoder on every call (any non-default
# argument does); one shared encoder is the fallback of ``_audit_text``.
_encode = json.JSONEncoder(ensure_ascii=False).encode


@lru_cache(maxsize=1)
def _dumps() -> Callable[[Any], bytes]:
    """orjson's encoder, imported when the first entries are written: ~20 ms of loading that
    opening the window never needs."""
    import orjson

    return orjson.dumps


def _audit_text(value: dict[str, Any], dumps: Callable[[Any], bytes]) -> str | bytes:
    """An audit entry's JSON text through orjson (``dumps``), ~4× faster than the standard
    encoder over a roster import's ~37k entries: compact (no space after ``:`` and ``,``),
    the characters as they are, the same values when read back (``Store.history`` decodes
    either form). orjson's UTF-8 bytes are stored as text by ``_AUDIT_ROW``'s cast, not
    decoded here to be encoded again when bound.

    What orjson refuses (an integer beyond 64 bits, a key that is not a string) is written
    by the standard encoder, as before; so is an entry holding a float that is not finite,
    which orjson would write as null."""
    try:
        text = dumps(value)
    except TypeError:
        return _encode(value)
    if (
        b"null" in text
        and float in map(type, value.values())
        and not all(isfinite(v) for v in value.values() if type(v) is float)
    ):
        return _encode(value)
    return text


# One audit entry's values: the JSON texts come as UTF-8 bytes, which a cast to TEXT stores as
# the text they encode (a data file's text is UTF-8), the same as binding the decoded string.
_AUDIT_ROW = "(?, ?, ?, ?, ?, CAST(? AS TEXT), CAST(? AS TEXT), ?)"


def new_id() -> str:
    import uuid  # here, not at the top: ~5 ms of imports that opening the window never needs

    return str(uuid.uuid4())


def new_ids(count: int) -> list[str]:
    """``count`` ids of ``new_id``'s form (random UUIDs, version 4) from one read of the
    system's random source: a roster import makes ~27k of them, and ``uuid.UUID`` objects
    cost more than the insert of their rows' audit entries."""
    import os

    raw = bytearray(os.urandom(16 * count))
    raw[6::16] = bytes(b & 0x0F | 0x40 for b in raw[6::16])  # version 4
    raw[8::16] = bytes(b & 0x3F | 0x80 for b in raw[8::16])  # RFC 4122 variant
    h = raw.hex()
    return [
        f"{h[i : i + 8]}-{h[i + 8 : i + 12]}-{h[i + 12 : i + 16]}-{h[i + 16 : i + 20]}-"
        f"{h[i + 20 : i + 32]}"
        for i in range(0, 32 * count, 32)
    ]


def get(store: Store, table: str, row_id: str) -> dict[str, Any]:
    rows = store.query(f"SELECT * FROM {table} WHERE id = ?", (row_id,))
    if not rows:
        raise NotFound(
            msg("找不到这条记录（{table} {id}），可能已被删除。", table=table, id=row_id)
        )
    return rows[0]


def insert(store: Store, table: str, values: dict[str, Any], row_id: str | None = None) -> str:
    return insert_many(store, table, [values], [row_id] if row_id else None)[0]


def insert_many(
    store: Store, table: str, rows: list[dict[str, Any]], ids: list[str] | None = None
) -> list[str]:
    """Insert rows of one shape in one statement batch, each with its audit entry."""
    if not rows:
        return []
    now = utc_now()
    origin = store.unit_code
    if not origin:
        # A synced row must name the unit it comes from, or the county cannot place it.
        raise RuleError(
            msg("数据文件还没有设置单位，不能保存数据。请先完成首次设置（swdesk init）。")
        )
    out_ids = ids or new_ids(len(rows))
    cols = list(rows[0].keys())
    head = f"INSERT INTO {table} ({', '.join([*SYNC_COLUMNS, *cols])})"
    # A row's values picked by one C call, not a generator per row (a roster's ~27k rows).
    values: Callable[[dict[str, Any]], Any] = (
        itemgetter(*cols) if len(cols) > 1 else lambda r: (r[cols[0]],)
    )
    with store.atomic():
        rev = store.next_rev()
        insert_rows(
            store.conn,
            head,
            [
                (rid, now, now, origin, 1, 0, rev, *values(r))
                for rid, r in zip(out_ids, rows, strict=True)
            ],
        )
        audit_many(
            store,
            table,
            audit.INSERT,
            [(rid, None, {**r, "version": 1}) for rid, r in zip(out_ids, rows, strict=True)],
        )
    return out_ids


def audit_many(
    store: Store,
    table: str,
    action: str,
    entries: Iterable[tuple[str, dict[str, Any] | None, dict[str, Any] | None]],
    reason: str | None = None,
) -> None:
    now = utc_now()
    dumps = _dumps()
    insert_rows(
        store.conn,
        "INSERT INTO audit_log (at, operator, table_name, row_id, action, old, new, reason)",
        [
            (
                now,
                store.operator,
                table,
                rid,
                action,
                _audit_text(old, dumps) if old is not None else None,
                _audit_text(new, dumps) if new is not None else None,
                reason,
            )
            for rid, old, new in entries
        ],
        _AUDIT_ROW,
    )


def diff(old: dict[str, Any], changes: dict[str, Any]) -> dict[str, tuple[Any, Any]]:
    return {k: (old.get(k), v) for k, v in changes.items() if old.get(k) != v}


def update(
    store: Store,
    table: str,
    row_id: str,
    changes: dict[str, Any],
    reason: str | None = None,
    action: str = audit.UPDATE,
) -> bool:
    """Apply the fields that really change; return False (and write nothing) when none do."""
    with store.atomic():
        old = get(store, table, row_id)
        changed = diff(old, changes)
        if not changed:
            return False
        _write_change(store, table, old, {k: v for k, (_, v) in changed.items()}, reason, action)
    return True


def update_many(
    store: Store,
    table: str,
    changes: Iterable[tuple[str, dict[str, Any]]],
    reason: str | None = None,
) -> int:
    """``update`` for many rows at once: the rows read in a few statements, each row's real
    changes written with one statement batch per set of changed columns, one ``rev`` for the
    batch (as ``insert_many``), every row's audit entry. Returns how many rows changed."""
    merged: dict[str, dict[str, Any]] = {}
    for rid, values in changes:  # a row named twice: one write with its final values
        merged.setdefault(rid, {}).update(values)
    wanted = list(merged.items())
    if not wanted:
        return 0
    old_rows: dict[str, dict[str, Any]] = {}
    for chunk, marks in in_chunks(sorted(merged), 500):
        for row in store.query(f"SELECT * FROM {table} WHERE id IN ({marks})", chunk):
            old_rows[row["id"]] = row
    with store.atomic():
        now = utc_now()
        rev = store.next_rev()
        batches: dict[tuple[str, ...], list[tuple[Any, ...]]] = {}
        entries: list[tuple[str, dict[str, Any] | None, dict[str, Any] | None]] = []
        for rid, values in wanted:
            old = old_rows.get(rid)
            if old is None:
                raise NotFound(
                    msg("找不到这条记录（{table} {id}），可能已被删除。", table=table, id=rid)
                )
            new = {k: v for k, (_, v) in diff(old, values).items()}
            if not new:
                continue
            version = int(old["version"]) + 1
            batches.setdefault(tuple(new), []).append((*new.values(), version, now, rev, rid))
            entries.append(
                (
                    rid,
                    {**{k: old.get(k) for k in new}, "version": old["version"]},
                    {**new, "version": version},
                )
            )
        for cols, params in batches.items():
            sets = ", ".join(f"{k} = ?" for k in (*cols, "version", "updated_at", "rev"))
            store.conn.executemany(f"UPDATE {table} SET {sets} WHERE id = ?", params)
        audit_many(store, table, audit.UPDATE, entries, reason)
    return len(entries)


def _write_change(
    store: Store,
    table: str,
    old: dict[str, Any],
    new: dict[str, Any],
    reason: str | None,
    action: str,
) -> None:
    version = int(old["version"]) + 1
    sets = {**new, "version": version, "updated_at": utc_now(), "rev": store.next_rev()}
    store.conn.execute(
        f"UPDATE {table} SET {', '.join(f'{k} = ?' for k in sets)} WHERE id = ?",
        (*sets.values(), old["id"]),
    )
    store.audit(
        table,
        old["id"],
        action,
        {**{k: old.get(k) for k in new}, "version": old["version"]},
        {**new, "version": version},
        reason,
    )


def soft_delete(store: Store, table: str, row_id: str, reason: str | None = None) -> bool:
    """Tombstone: the row stays (sync must carry the deletion) with ``deleted = 1``."""
    with store.atomic():
        old = get(store, table, row_id)
        if old["deleted"]:
            return False
        _write_change(store, table, old, {"deleted": 1}, reason, audit.DELETE)
    return True


def restore(store: Store, table: str, row_id: str, reason: str | None = None) -> bool:
    with store.atomic():
        old = get(store, table, row_id)
        if not old["deleted"]:
            return False
        _write_change(store, table, old, {"deleted": 0}, reason, audit.RESTORE)
    return True
