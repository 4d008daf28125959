"""What sync learns about the synced tables at run time, so a table added later travels with
no change to the format: columns, foreign keys and their order (read with sqlite-utils),
natural keys (a single-column UNIQUE constraint such as ``workers.id_number``), row hashes and
order-independent checksums.
"""

from __future__ import annotations

import hashlib
import json
import operator
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from swdesk.store.schema import SYNCED_TABLES

if TYPE_CHECKING:
    import sqlite_utils

    from swdesk.store.db import Store

# Never travel, never hashed: the local change counter, and the name's sort key (derived from
# the name by each file's own program, ``store.name_order``).
LOCAL_COLUMNS = ("rev", "name_sort")
# Local content-addressed stores (sha256 -> bytes) and the synced table whose ``*_sha256``
# columns name them: the bytes travel with the rows that name them, under the same format key
# ("blobs", by hash), and land in the store of the table that names them.
BLOB_TABLES: dict[str, str] = {"appraisals": "appraisal_scans"}
BLOB_TABLE = "training_proofs"  # every other table's ``*_sha256`` columns


def blob_table(table: str) -> str:
    return BLOB_TABLES.get(table, BLOB_TABLE)


@dataclass(frozen=True)
class TableInfo:
    name: str
    columns: tuple[str, ...]  # travelling columns (all but LOCAL_COLUMNS), in table order
    parents: dict[str, str]  # column -> referenced synced table (its ``id``)
    natural_key: str | None  # a single-column UNIQUE key merged across townships
    blob_columns: tuple[str, ...]


def _natural_key(t: sqlite_utils.db.Table) -> str | None:
    """A UNIQUE constraint of the table's own definition (origin "u"), whole-table and on one
    column other than the row id: ``workers.id_number``, ``villages.code``."""
    for idx in t.indexes:
        one_column = len(idx.columns) == 1 and idx.columns[0] != "id"
        if idx.unique and idx.origin == "u" and not idx.partial and one_column:
            return str(idx.columns[0])
    return None


def table_info(store: Store, table: str) -> TableInfo:
    """What the file's schema says about ``table``, read through sqlite-utils' introspection."""
    t = store.db.table(table)
    cols = tuple(c for c in t.columns_dict if c not in LOCAL_COLUMNS)
    parents = {
        fk.columns[0]: fk.other_table
        for fk in t.foreign_keys
        if not fk.is_compound and fk.other_table in SYNCED_TABLES and fk.other_column == "id"
    }
    blobs = tuple(c for c in cols if c.endswith("_sha256"))
    return TableInfo(table, cols, parents, _natural_key(t), blobs)


def ordered_tables(store: Store) -> list[TableInfo]:
    """Synced tables, parents before children (foreign keys), stable otherwise."""
    infos = {t: table_info(store, t) for t in SYNCED_TABLES}
    done: list[TableInfo] = []
    seen: set[str] = set()

    def visit(t: str, path: tuple[str, ...]) -> None:
        if t in seen or t in path:
            return
        for parent in infos[t].parents.values():
            if parent != t:
                visit(parent, (*path, t))
        seen.add(t)
        done.append(infos[t])

    for t in SYNCED_TABLES:
        visit(t, ())
    return done


def _values_encoder(encoder: json.JSONEncoder) -> Callable[[Any], str]:
    """``encoder.encode`` for a row's values, made once per table: the C encoder that
    ``encode`` would build anew for every row (the hash's main cost on a big import), built
    once. Same text byte for byte; a row's values are flat scalars, so the circular-reference
    bookkeeping (``markers``) has nothing to find and is left out."""
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is None:  # a Python without the C accelerator: the plain encoder
        return encoder.encode
    chunks = make(
        None,
        encoder.default,
        json.encoder.encode_basestring,  # ensure_ascii=False
        None,
        encoder.key_separator,
        encoder.item_separator,
        encoder.sort_keys,
        encoder.skipkeys,
        encoder.allow_nan,
    )
    join = "".join

    def encode(values: Any) -> str:
        return join(chunks(values, 0))

    return encode


def _row_text(
    table: str, cols: Sequence[str]
) -> tuple[str, Callable[[Sequence[Any]], Any], Callable[[Any], str]]:
    """The parts of the text a row's hash is taken of (``row_hasher``): the head, the same for
    every row of the table, the values to encode, and their encoder."""
    order = sorted((c, i) for i, c in enumerate(cols) if c not in LOCAL_COLUMNS)
    names = [c for c, _ in order]
    pick = operator.itemgetter(*(i for _, i in order))
    encoder = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
    # The text is '["table",[names…],[values…]]': the part before the values is the same for
    # every row of the table, so it is encoded once (same bytes as encoding the whole list).
    head = encoder.encode([table, names])[:-1] + ","
    return head, pick, _values_encoder(encoder)


def row_hasher(table: str, cols: Sequence[str]) -> Callable[[Sequence[Any]], str]:
    """The hash of a row state, the same on both sides: SHA-256 (first 128 bits, hex) of the
    compact JSON ``[table, [column, …], [value, …]]`` with columns sorted by name and the local
    ones left out. The returned function takes values in ``cols`` order; it is made once per
    table shape and kept (a county import asks for it for every table of every package)."""
    return _hasher(table, tuple(cols))


@lru_cache(maxsize=256)
def _hasher(table: str, cols: tuple[str, ...]) -> Callable[[Sequence[Any]], str]:
    head, pick, dumps = _row_text(table, cols)
    sha = hashlib.sha256

    def h(values: Sequence[Any]) -> str:
        return sha((head + dumps(pick(values)) + "]").encode("utf-8")).hexdigest()[:32]

    return h


def checksum(table: str, cols: Sequence[str], rows: Iterable[Sequence[Any]]) -> tuple[int, str]:
    """``fold(map(row_hasher(table, cols), rows))`` without the hex text in between: the first
    128 bits of each digest XORed as a number (most of a full export's time went to this)."""
    head, pick, dumps = _row_text(table, cols)
    sha, number = hashlib.sha256, int.from_bytes
    acc, n = 0, 0
    for values in rows:
        acc ^= number(sha((head + dumps(pick(values)) + "]").encode("utf-8")).digest()[:16], "big")
        n += 1
    return n, f"{acc:032x}"


def row_hash(table: str, row: dict[str, Any]) -> str:
    """``row_hasher`` for one row given as a dict."""
    cols = list(row)
    return row_hasher(table, cols)([row[c] for c in cols])


def fold(hashes: Iterable[str]) -> tuple[int, str]:
    """Order-independent checksum of a set of rows: count and XOR of their 128-bit hashes."""
    acc, n = 0, 0
    for h in hashes:
        acc ^= int(h, 16)
        n += 1
    return n, f"{acc:032x}"


def live_checksums(store: Store) -> dict[str, dict[str, Any]]:
    """This file's own full live state per synced table (townships: everything is own)."""
    out: dict[str, dict[str, Any]] = {}
    for info in ordered_tables(store):
        cur = store.conn.execute(
            f"SELECT {', '.join(info.columns)} FROM {info.name} WHERE deleted = 0"
        )
        n, digest = checksum(info.name, info.columns, cur)
        out[info.name] = {"live": n, "checksum": digest}
    return out


# -- generic reads of the synced tables (the package and the township status use them) -----------
def rows_changed_since(store: Store, info: TableInfo, rev: int) -> list[tuple[Any, ...]]:
    """The travelling columns of the rows written after local revision ``rev``."""
    return store.conn.execute(
        f"SELECT {', '.join(info.columns)} FROM {info.name} WHERE rev > ?", [rev]
    ).fetchall()


def rows_by_id(store: Store, info: TableInfo, ids: Sequence[str]) -> list[tuple[Any, ...]]:
    """The travelling columns of the rows with these ids (a few hundred at a time)."""
    marks = ",".join("?" * len(ids))
    return store.conn.execute(
        f"SELECT {', '.join(info.columns)} FROM {info.name} WHERE id IN ({marks})", list(ids)
    ).fetchall()


def table_names(store: Store) -> set[str]:
    """Every table in the file: an older file may lack a blob table."""
    return set(store.db.table_names())


def blobs_by_hash(store: Store, table: str, hashes: Sequence[str]) -> list[tuple[str, bytes]]:
    """(sha256, bytes) of the blobs of ``table`` with these hashes (a few hundred at a time)."""
    marks = ",".join("?" * len(hashes))
    return [
        (sha, bytes(data))
        for sha, data in store.conn.execute(
            f"SELECT sha256, data FROM {table} WHERE sha256 IN ({marks})", list(hashes)
        )
    ]


def tombstones(store: Store, table: str) -> int:
    """How many rows of ``table`` are deleted (kept, marked, and sent like any change)."""
    return int(store.scalar(f"SELECT COUNT(*) FROM {table} WHERE deleted = 1"))


def changed_since(store: Store, table: str, rev: int) -> int:
    """How many rows of ``table`` were written after local revision ``rev``."""
    return int(store.scalar(f"SELECT COUNT(*) FROM {table} WHERE rev > ?", (rev,)))
