"""The sync bookkeeping tables: keys, the joined county, enrolled townships, exports, received
packages, checksums and conflicts (their schema is in ``sync_schema``).

These are tables of their own with fixed columns, read and written by name here like every
other table. What sync does with the synced tables themselves is generic (their columns come
from the schema), and stays in ``sync.tables`` and ``sync.merge``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from swdesk.store.db import utc_now

if TYPE_CHECKING:
    from swdesk.store.db import Store


# -- sync_keys: this file's own key pairs -----------------------------------------------------
def key_pair(store: Store, kind: str) -> tuple[bytes, bytes] | None:
    """(public, private) of the file's own key pair of ``kind``, if it has one."""
    row = store.conn.execute(
        "SELECT public, private FROM sync_keys WHERE name = ?", (kind,)
    ).fetchone()
    return (bytes(row[0]), bytes(row[1])) if row else None


def keeps_key_pairs(store: Store) -> bool:
    """Whether the file keeps any key pair of its own. Asked by the start of a county file
    before anything else about its keys: a file without keys has nothing to open, and its
    start then need not load the cryptography library (tens of milliseconds) first."""
    return store.conn.execute("SELECT 1 FROM sync_keys LIMIT 1").fetchone() is not None


def add_key(store: Store, kind: str, public: bytes, private: bytes) -> None:
    """Keep a newly made key pair (not backed up yet)."""
    store.conn.execute(
        "INSERT INTO sync_keys (name, public, private, created_at) VALUES (?,?,?,?)",
        (kind, public, private, utc_now()),
    )


@contextmanager
def scrubbing(store: Store) -> Iterator[None]:
    """While inside, SQLite overwrites the bytes it frees or replaces (``secure_delete``); on
    the way out the write-ahead log is checkpointed and emptied, so the old values (clear
    private keys) are left neither in the file nor in its log."""
    before = store.scalar("PRAGMA secure_delete")
    store.conn.execute("PRAGMA secure_delete = ON")
    try:
        yield
    finally:
        store.conn.execute(f"PRAGMA secure_delete = {int(before)}")
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def set_private_key(store: Store, kind: str, private: bytes) -> None:
    """Replace the stored private key of ``kind`` (kept encrypted from now on)."""
    store.conn.execute("UPDATE sync_keys SET private = ? WHERE name = ?", (private, kind))


def put_restored_key(store: Store, kind: str, public: bytes, private: bytes) -> None:
    """Put a key pair from a backup in place of the file's own; it counts as backed up."""
    store.conn.execute(
        "INSERT INTO sync_keys (name, public, private, created_at, backed_up_at) "
        "VALUES (?,?,?,?,?) ON CONFLICT (name) DO UPDATE SET public = excluded.public, "
        "private = excluded.private, backed_up_at = excluded.backed_up_at",
        (kind, public, private, utc_now(), utc_now()),
    )


def mark_keys_backed_up(store: Store) -> None:
    """Note that every key pair has just been written to a backup."""
    store.conn.execute("UPDATE sync_keys SET backed_up_at = ?", (utc_now(),))


def keys_not_backed_up(store: Store) -> int:
    """How many key pairs were made or replaced since the last backup."""
    return int(store.scalar("SELECT COUNT(*) FROM sync_keys WHERE backed_up_at IS NULL"))


# -- sync_county: the county a township joined --------------------------------------------------
def county_row(store: Store) -> dict[str, Any] | None:
    """The whole sync_county row (keys and join secret included), or None before joining."""
    rows = store.query("SELECT * FROM sync_county")
    return rows[0] if rows else None


def county_summary(store: Store) -> dict[str, Any] | None:
    """code, name and joined_at of the joined county: what a township's status shows."""
    rows = store.query("SELECT code, name, joined_at FROM sync_county")
    return rows[0] if rows else None


def set_county(
    store: Store,
    code: str,
    name: str,
    enc_public: bytes,
    sign_public: bytes,
    enrollment_id: str,
    join_secret: bytes,
) -> None:
    """Make ``code`` the one county this township belongs to."""
    store.conn.execute("DELETE FROM sync_county")
    store.conn.execute(
        "INSERT INTO sync_county (code, name, enc_public, sign_public, enrollment_id, "
        "join_secret, joined_at) VALUES (?,?,?,?,?,?,?)",
        (code, name, enc_public, sign_public, enrollment_id, join_secret, utc_now()),
    )


# -- sync_townships: the townships a county enrolled ------------------------------------------
def any_township(store: Store) -> bool:
    """True once the county has enrolled a township."""
    return bool(store.scalar("SELECT 1 FROM sync_townships"))


def township(store: Store, code: object) -> dict[str, Any] | None:
    """The sync_townships row of ``code``, or None if it was never enrolled (a code read from
    a package header may be anything: then no row matches)."""
    rows = store.query("SELECT * FROM sync_townships WHERE code = ?", (code,))
    return rows[0] if rows else None


def townships(store: Store) -> list[dict[str, Any]]:
    """Every enrolled township, by code."""
    return store.query("SELECT * FROM sync_townships ORDER BY code")


def enroll_township(
    store: Store, code: str, name: str, enrollment_id: str, join_secret: bytes, at: str
) -> None:
    """Enroll (or enroll again) a township: a new enrollment forgets its old signing key."""
    store.conn.execute(
        "INSERT INTO sync_townships (code, name, enrollment_id, join_secret, enrolled_at) "
        "VALUES (?,?,?,?,?) ON CONFLICT (code) DO UPDATE SET name = excluded.name, "
        "enrollment_id = excluded.enrollment_id, join_secret = excluded.join_secret, "
        "sign_public = NULL, enrolled_at = excluded.enrolled_at",
        (code, name, enrollment_id, join_secret, at),
    )


# -- sync_exports: the packages a township wrote ----------------------------------------------
def last_export_sequence(store: Store) -> int:
    """The sequence number of the last package written (0 before the first)."""
    return int(store.scalar("SELECT COALESCE(MAX(sequence), 0) FROM sync_exports"))


def exported_up_to(store: Store) -> int:
    """The local revision the last package reached (0 before the first)."""
    return int(store.scalar("SELECT COALESCE(MAX(to_rev), 0) FROM sync_exports"))


def last_export(store: Store) -> dict[str, Any] | None:
    """The sync_exports row of the last package written."""
    rows = store.query("SELECT * FROM sync_exports ORDER BY sequence DESC LIMIT 1")
    return rows[0] if rows else None


def export_sequences(store: Store) -> list[int]:
    """Every sequence number written."""
    return [r[0] for r in store.conn.execute("SELECT sequence FROM sync_exports")]


def export_sequences_from(store: Store, rev: int) -> list[int]:
    """Sequences of the packages that started at ``rev`` or later, in order: a package
    starting at ``rev`` carries their changes again."""
    return [
        r[0]
        for r in store.conn.execute(
            "SELECT sequence FROM sync_exports WHERE from_rev >= ? ORDER BY sequence", (rev,)
        )
    ]


def lowest_from_rev(store: Store, sequences: Sequence[int]) -> int | None:
    """The earliest revision any of these packages started from."""
    low = store.scalar(
        f"SELECT MIN(from_rev) FROM sync_exports WHERE sequence IN "
        f"({','.join('?' * len(sequences))})",
        list(sequences),
    )
    return None if low is None else int(low)


def record_export(
    store: Store,
    sequence: int,
    created_at: str,
    from_rev: int,
    to_rev: int,
    full: bool,
    file_name: str,
    size: int,
    rows: int,
) -> None:
    """Note a package written. It carries everything since any pending resend mark, so the
    mark goes."""
    store.conn.execute(
        "INSERT INTO sync_exports (sequence, created_at, from_rev, to_rev, full, file_name, "
        "size, rows) VALUES (?,?,?,?,?,?,?,?)",
        (sequence, created_at, from_rev, to_rev, int(full), file_name, size, rows),
    )
    store.conn.execute("DELETE FROM meta WHERE key = 'sync_resend_from'")


# -- sync_packages: the packages a county received --------------------------------------------
def held_sequences(store: Store, township_code: str) -> list[int]:
    """The sequences received from a township, in order."""
    return [
        r[0]
        for r in store.conn.execute(
            "SELECT sequence FROM sync_packages WHERE township = ? ORDER BY sequence",
            (township_code,),
        )
    ]


def last_package_sequence(store: Store, township_code: str) -> int | None:
    """The highest sequence received from a township, None before the first."""
    last = store.scalar(
        "SELECT MAX(sequence) FROM sync_packages WHERE township = ?", (township_code,)
    )
    return None if last is None else int(last)


def package_covers(store: Store, township_code: str) -> list[str]:
    """The ``covers`` lists (JSON text) of every package received from a township."""
    return [
        r[0]
        for r in store.conn.execute(
            "SELECT covers FROM sync_packages WHERE township = ?", (township_code,)
        )
    ]


def applied_row_counts(
    store: Store, township_code: str, sequence: int, digest: str
) -> dict[str, int] | None:
    """Rows per table of the package this township sent under ``sequence``, if the one
    applied is exactly the package of ``digest``; None otherwise (or when it was recorded
    without its counts, by an older swdesk). A duplicate is answered from this without
    decompressing and parsing the package again (the whole cost of a re-import)."""
    row = store.conn.execute(
        "SELECT summary FROM sync_packages WHERE township = ? AND sequence = ? AND digest = ?",
        (township_code, sequence, digest),
    ).fetchone()
    if row is None:
        return None
    rows = json.loads(row[0]).get("rows")
    if not isinstance(rows, dict):
        return None
    return {str(t): int(n) for t, n in rows.items()}


# -- sync_checksums, sync_conflicts ---------------------------------------------------------
def checksums_held(store: Store, township_code: str) -> dict[str, tuple[int, str]]:
    """(live rows, XOR of their hashes) the county holds of a township, by table."""
    return {
        tbl: (live, xor)
        for tbl, live, xor in store.conn.execute(
            "SELECT tbl, live, xor FROM sync_checksums WHERE origin = ?", (township_code,)
        )
    }


def open_conflict_count(store: Store, township_code: str | None = None) -> int:
    """How many conflicts wait, of one township or of all."""
    if township_code is None:
        return int(store.scalar("SELECT COUNT(*) FROM sync_conflicts WHERE resolved_at IS NULL"))
    return int(
        store.scalar(
            "SELECT COUNT(*) FROM sync_conflicts WHERE township = ? AND resolved_at IS NULL",
            (township_code,),
        )
    )


def open_conflict_rows(store: Store) -> list[dict[str, Any]]:
    """The conflicts waiting, oldest first, with the township's name (incoming and county
    still JSON text)."""
    return store.query(
        "SELECT c.*, t.name AS township_name FROM sync_conflicts c "
        "LEFT JOIN sync_townships t ON t.code = c.township "
        "WHERE c.resolved_at IS NULL ORDER BY c.seq"
    )


def open_conflict(store: Store, seq: int) -> dict[str, Any] | None:
    """One waiting conflict, None if there is none (or it was settled)."""
    rows = store.query("SELECT * FROM sync_conflicts WHERE seq = ? AND resolved_at IS NULL", (seq,))
    return rows[0] if rows else None


# -- settings as they travel ----------------------------------------------------------------
def raw_settings(store: Store) -> list[tuple[str, str]]:
    """Every stored setting as (key, JSON text), by key: a county sends its settings out."""
    return list(store.conn.execute("SELECT key, value FROM settings ORDER BY key"))
