"""County import: verified packages merged into the county's tables, reconciled per township.

Every township row is remembered in ``sync_mirror`` by its own UUID (version, tombstone, hash)
so a package seen again, or an older state arriving late, changes nothing, and the county can
compute each township's checksum. Rows merge by version (higher wins; a row's version rises by
one per change at its township, so there is one winner). Tables with a natural key (a
single-column UNIQUE such as ``workers.id_number`` or ``villages.code``) merge *by that key*:
a worker transferred from township A (tombstoned there) to township B (new row, new UUID) is
one person at the county; among the township rows of one person the live one wins, then the
latest ``updated_at``, then the version, then the township code — deterministic whatever the
order packages arrive in. Rows that point to a person (``worker_id``) are pointed at the
county's person, so training and certificates from both townships stay with them (history).
A row the county changed since sync last wrote it, that a township changed too, is not
overwritten: it goes to the conflict queue for a side-by-side choice.

No township takes over a person another township holds: a township row for an ID number whose
county record is fed by another township's live row (not 调出) is *held* (``sync_mirror.held``):
it waits in the conflict queue as a double claim ("两个乡镇都报了此人"), feeds neither the county
row nor the county's checksum of its township (so that township's reconciliation reads 不一致
until it is settled). It is let through when the other township lets the person go (调出 or a
tombstone: a real transfer, history kept) or when the county confirms the move.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import operator
import sqlite3
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial, reduce
from itertools import repeat
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from swdesk.core import audit, conflicts, enums
from swdesk.core.errors import RuleError
from swdesk.core.i18n import msg
from swdesk.store import records
from swdesk.store.appraisal_lock import allow_locked_writes
from swdesk.store.checkpoints import spaced_checkpoints
from swdesk.store.collector import collector_paused
from swdesk.store.db import utc_now
from swdesk.store.records import SYNC_COLUMNS, new_id
from swdesk.store.sql_in import chunks, sql_literal
from swdesk.sync import keys, moves
from swdesk.sync.envelope import Rejected, read_file
from swdesk.sync.package import Package, open_package
from swdesk.sync.tables import TableInfo, blob_table, ordered_tables, row_hasher

if TYPE_CHECKING:
    from swdesk.store.db import Store

COUNT_KEYS = ("new", "updated", "deleted", "unchanged", "conflicts")
# Rows new to the county written at a time (``_Merge._plain_fresh``): the copies made to write
# them (county rows, mirror rows, hashes) are of this many rows, never of a whole table.
FRESH_CHUNK = 5_000
REQUIRED = tuple(c for c in SYNC_COLUMNS if c != "rev")
# Rows of a table looked up before it is taken for all new to the county (``_first_sightings``).
PROBE = 256
# Versions of keyed township rows (people, villages) one import remembers across its packages
# (``_Merge.versions``): about 150 bytes each, so at most this many.
KNOWN_VERSIONS = 20_000
# (keyed table, township) -> township row id -> a version the county's mirror holds (or a
# higher one): what one import learnt of the rows of earlier packages.
Versions = dict[tuple[str, str], dict[str, int]]
# The page cache of an import (KiB): a county's indexes outgrow a connection's usual 32 MB
# within a few townships' first packages, and each insert then reads the index pages it lands
# on back from the file. Measured on the first four of a county benchmark's 30 first packages
# (440k rows): 10% less CPU than with 32 MB; the memory is let go when the import ends.
IMPORT_CACHE_KIB = 128 * 1024


@dataclass
class ImportResult:
    file: str
    accepted: bool
    reason: str | None = None
    code: str | None = None
    township: str | None = None
    township_name: str | None = None
    sequence: int | None = None
    duplicate: bool = False
    tables: dict[str, dict[str, int]] = field(default_factory=dict)
    missing: list[int] = field(default_factory=list)

    def total(self, key: str) -> int:
        return sum(t.get(key, 0) for t in self.tables.values())

    def as_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "accepted": self.accepted,
            "reason": self.reason,
            "reason_code": self.code,
            "township": self.township,
            "sequence": self.sequence,
            "duplicate": self.duplicate,
            **{k: self.total(k) for k in COUNT_KEYS},
            "tables": self.tables,
            "missing_sequences": self.missing,
        }

    def summary(self) -> str:
        """One imported file in words (printed by the CLI, shown translated by the sync page)."""
        name = Path(self.file).name
        if not self.accepted:
            return msg("拒收 {file}：{reason}", file=name, reason=self.reason or "")
        package = msg(
            "{township}（{code}）第 {seq} 号数据包",
            township=self.township_name,
            code=self.township,
            seq=self.sequence,
        )
        if self.duplicate:
            return msg(
                "{file}：{package}已经导入过，这次没有任何改动。", file=name, package=package
            )
        text = msg(
            "{file}：{package} —— 新增 {new}，更新 {updated}，删除 {deleted}，未变 {unchanged}，"
            "冲突 {conflicts}",
            file=name,
            package=package,
            new=self.total("new"),
            updated=self.total("updated"),
            deleted=self.total("deleted"),
            unchanged=self.total("unchanged"),
            conflicts=self.total("conflicts"),
        )
        for seq in self.missing:
            text = msg("{summary}；缺少第 {n} 号数据包", summary=text, n=seq)
        return text


class _Rollback(Exception):
    pass


@contextmanager
def _unit(store: Store) -> Iterator[None]:
    """One package, all or nothing: its own transaction, or a savepoint inside a preview."""
    if store.conn.in_transaction:
        store.conn.execute("SAVEPOINT sync_package")
        try:
            yield
        except BaseException:
            store.conn.execute("ROLLBACK TO sync_package")
            store.conn.execute("RELEASE sync_package")
            raise
        store.conn.execute("RELEASE sync_package")
    else:
        with store.atomic():
            yield


def _marks(n: int) -> str:
    return ",".join("?" * n)


def _malformed_table(table: str) -> Rejected:
    return Rejected(
        "malformed",
        msg("数据包里“{table}”表的格式不对，文件可能已损坏，没有导入。", table=table),
    )


def _rows_sound(rows: list[Any], n: int, idx: tuple[int, int, int, int], sender: str) -> bool:
    """Every row a list of ``n`` values with a usable id (text, 1–64 characters), version
    (an integer ≥ 1), tombstone flag (0 or 1) and the sender as origin — checked a column at
    a time (a package holds thousands of rows; the row-by-row check cost more than their
    insert). False sends the caller to find the first bad row and say what is wrong."""
    vi, di, ii, oi = idx
    try:
        if not set(map(type, rows)) <= {list} or not set(map(len, rows)) <= {n}:
            return False
        if not rows:
            return True
        ids = [r[ii] for r in rows]
        versions = [r[vi] for r in rows]
        if not set(map(type, ids)) <= {str} or not set(map(type, versions)) <= {int}:
            return False
        lengths = list(map(len, ids))
        return (
            min(lengths) > 0
            and max(lengths) <= 64
            and min(versions) >= 1
            and {r[di] for r in rows} <= {0, 1}
            and {r[oi] for r in rows} == {sender}
        )
    except TypeError:  # an unhashable value where a flag or code belongs
        return False


class _Seen(NamedTuple):
    """A township row's ``sync_mirror`` row, as ``_SEEN`` reads it (a tuple: built straight
    from the query's row, as most rows of a package seen again are only compared by version)."""

    id: str
    origin: str
    version: int
    deleted: int
    key_id: str | None
    applied_rev: int
    hash: str
    tbl: str
    held: int


_ID, _ORIGIN, _TBL = operator.itemgetter(0), operator.itemgetter(1), operator.itemgetter(7)
_SEEN = (
    "SELECT id, origin, version, deleted, key_id, applied_rev, hash, tbl, held FROM sync_mirror "
    "WHERE id IN ({marks})"
)


class _Merge:
    """Applies one verified package inside the caller's transaction."""

    def __init__(
        self,
        store: Store,
        pkg: Package | None,
        infos: list[TableInfo] | None = None,
        reason: str = "",
        key_cache: dict[tuple[str, str], str] | None = None,
        versions: Versions | None = None,
    ) -> None:
        self.store = store
        self._pkg = pkg
        self.infos = infos if infos is not None else ordered_tables(store)
        self.by_name = {i.name: i for i in self.infos}
        self.rev = store.next_rev()
        self.counts: dict[str, dict[str, int]] = {}
        # (keyed table, township row id) -> the county row it feeds (``sync_mirror.key_id``).
        # One import shares it across its packages (``import_files``): a township's training
        # rows point at people sent in earlier packages, looked up once, not once a package.
        self.key_cache: dict[tuple[str, str], str] = {} if key_cache is None else key_cache
        # Each package sends again every person its rows point at: a person an earlier package
        # of the import sent (or the county held) at this version or later is unchanged, known
        # without looking the row up again. Shared like ``key_cache``, emptied with it.
        self.versions: Versions = {} if versions is None else versions
        self.search_old: dict[str, tuple[str, str, str | None] | None] = {}
        self.sums: dict[tuple[str, str], list[int]] = {}  # (origin, table) -> live, xor
        self._known_ids: set[str] = set()  # township row ids already in sync_mirror
        self.reason = (
            f"来自 {pkg.sender_name}（{pkg.sender}）第 {pkg.sequence} 号数据包" if pkg else reason
        )
        self.now = utc_now()

    @property
    def pkg(self) -> Package:
        """The package being applied (a merge built to settle a conflict has none)."""
        assert self._pkg is not None
        return self._pkg

    # -- checks -----------------------------------------------------------------------------
    def _table_rows(self, info: TableInfo, tp: Any) -> tuple[list[str], list[list[Any]]]:
        if not isinstance(tp, dict):
            raise _malformed_table(info.name)
        cols, rows = tp.get("columns"), tp.get("rows")
        if not isinstance(cols, list) or not isinstance(rows, list):
            raise _malformed_table(info.name)
        unknown = [c for c in cols if c not in info.columns]
        if unknown:
            raise Rejected(
                "unknown_column",
                msg(
                    "数据包里“{table}”表有本程序不认识的栏目（{columns}），"
                    "发送方的 swdesk 版本更新。请先升级本机的 swdesk 再导入。",
                    table=info.name,
                    columns=[str(c) for c in unknown],
                ),
            )
        if any(c not in cols for c in REQUIRED) or len(set(cols)) != len(cols):
            raise _malformed_table(info.name)
        idx = (cols.index("version"), cols.index("deleted"), cols.index("id"), cols.index("origin"))
        if not _rows_sound(rows, len(cols), idx, self.pkg.sender):
            self._first_fault(info, rows, len(cols), idx)
        if len({r[idx[2]] for r in rows}) != len(rows):
            raise _malformed_table(info.name)
        return cols, rows

    def _first_fault(
        self, info: TableInfo, rows: list[Any], n: int, idx: tuple[int, int, int, int]
    ) -> None:
        """Refuse the package for the first row ``_rows_sound`` found wanting, row by row, so
        the reason named is the one that row has."""
        vi, di, ii, oi = idx
        for r in rows:
            if not isinstance(r, list) or len(r) != n:
                raise _malformed_table(info.name)
            if (
                not isinstance(r[ii], str)
                or not 0 < len(r[ii]) <= 64
                or type(r[vi]) is not int
                or r[vi] < 1
                or r[di] not in (0, 1)
            ):
                raise _malformed_table(info.name)
            if r[oi] != self.pkg.sender:
                raise Rejected(
                    "foreign_rows",
                    msg(
                        "数据包里有不属于 {township} 的记录（来源单位 {origin}），没有导入。",
                        township=self.pkg.sender_name,
                        origin=r[oi],
                    ),
                )

    def _seen(self, table: str, ids: list[str]) -> dict[str, _Seen]:
        """The mirror rows of township rows ``ids`` (those the county has seen), by id; a row
        the county holds for another table or township refuses the package. Built and checked
        a column at a time: a package sends again every person its rows point at, so most
        rows looked up are seen and unchanged, and a Python step per row cost more than the
        query (``_Seen`` made by ``tuple.__new__``, no Python call per row)."""
        out: dict[str, _Seen] = {}
        make = partial(tuple.__new__, _Seen)
        for chunk in chunks(ids):
            cur = self.store.conn.execute(_SEEN.format(marks=_marks(len(chunk))), chunk)
            found: list[_Seen] = list(map(make, cur))
            for r in found if set(map(_TBL, found)) - {table} else ():
                if r.tbl != table:
                    raise Rejected(
                        "malformed",
                        msg(
                            "数据包里“{table}”的记录 {row} 在县里是另一种数据（{other}），"
                            "文件可能已损坏或被伪造，没有导入。",
                            table=table,
                            row=r.id,
                            other=r.tbl,
                        ),
                    )
            out.update(zip(map(_ID, found), found, strict=True))
        self._known_ids.update(out)
        sender = self.pkg.sender
        for rid, s in out.items() if set(map(_ORIGIN, out.values())) - {sender} else ():
            if s.origin != sender:
                raise Rejected(
                    "foreign_rows",
                    msg(
                        "数据包里的记录 {row} 在县里登记为 {origin} 的记录，"
                        "却出现在 {township} 的数据包里，没有导入。",
                        row=rid,
                        origin=s.origin,
                        township=self.pkg.sender_name,
                    ),
                )
        return out

    # -- run --------------------------------------------------------------------------------
    def run(self) -> dict[str, dict[str, int]]:
        unknown = [t for t in self.pkg.table_names() if t not in self.by_name]
        if unknown:
            raise Rejected(
                "unknown_table",
                msg(
                    "数据包里有本程序不认识的数据（{tables}），发送方的 swdesk "
                    "版本更新。请先升级本机的 swdesk 再导入。",
                    tables=[str(t) for t in unknown],
                ),
            )
        # The values of the columns that name attachments, per blob store, looked up once the
        # package's attachments are checked (after every table, as a table's rows are let go
        # once it is applied: a big package's tables are read one at a time).
        named: dict[str, list[Any]] = {}
        for name, tp in self.pkg.tables_in([i.name for i in self.infos]):
            info = self.by_name[name]
            cols, rows = self._table_rows(info, tp)
            self.counts[info.name] = dict.fromkeys(COUNT_KEYS, 0)
            if info.natural_key:
                self._keyed(info, cols, rows)
            else:
                self._plain(info, cols, rows)
            if info.blob_columns:
                refs = named.setdefault(blob_table(info.name), [])
                for ci in (cols.index(c) for c in info.blob_columns if c in cols):
                    refs.extend(r[ci] for r in rows)
            del tp, cols, rows
        self._blobs(named)
        moves.settle_arrivals(self.store, self.pkg.sender, self.rev)
        self._save_sums()
        self._refresh_search()
        return self.counts

    def _save_sums(self) -> None:
        for (origin, t), (live, acc) in self.sums.items():
            row = self.store.conn.execute(
                "SELECT live, xor FROM sync_checksums WHERE origin = ? AND tbl = ?",
                (origin, t),
            ).fetchone()
            if row:
                live, acc = live + row[0], acc ^ int(row[1], 16)
            self.store.conn.execute(
                "INSERT INTO sync_checksums (origin, tbl, live, xor) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (origin, tbl) DO UPDATE SET live = excluded.live, xor = excluded.xor",
                (origin, t, live, f"{acc:032x}"),
            )
        self.sums = {}

    def _sum(self, origin: str, table: str, h: str, sign: int) -> None:
        """Add (``sign`` 1) or remove (-1) one live row in the county's checksum of a township."""
        acc = self.sums.setdefault((origin, table), [0, 0])
        acc[0] += sign
        acc[1] ^= int(h, 16)

    def _blobs(self, named: dict[str, list[Any]]) -> None:
        """Store each attachment in the blob store of the table whose rows name it (``named``:
        the values of those rows' blob columns, per blob store)."""
        if not self.pkg.blobs:
            return
        for sha, data in self.pkg.blobs.items():
            if hashlib.sha256(data).hexdigest() != sha:
                raise Rejected(
                    "malformed", msg("数据包里的附件与其校验值不符，文件已损坏，没有导入。")
                )
        where = {dest: {v for v in refs if v in self.pkg.blobs} for dest, refs in named.items()}
        for dest, shas in where.items():
            self.store.conn.executemany(
                f"INSERT OR IGNORE INTO {dest} (sha256, size, data) VALUES (?, ?, ?)",
                [(sha, len(self.pkg.blobs[sha]), self.pkg.blobs[sha]) for sha in sorted(shas)],
            )

    def _count(self, table: str, key: str) -> None:
        self.counts[table][key] += 1

    @staticmethod
    def _kind(d: dict[str, Any], m: _Seen | None, existed: bool) -> str:
        if d["deleted"] and not (m and m.deleted):
            return "deleted"
        return "new" if m is None and not existed else "updated"

    def _remap(self, info: TableInfo, d: dict[str, Any]) -> dict[str, Any]:
        """Point references to keyed tables (a worker) at the county's row for that key."""
        out = dict(d)
        for col, parent in info.parents.items():
            if out.get(col) is not None and self.by_name[parent].natural_key:
                out[col] = self._key_for(info, col, parent, out[col])
        return out

    def _key_for(self, info: TableInfo, col: str, parent: str, value: str) -> str:
        """The county row a reference to a keyed parent row (by the township's id) maps to."""
        ck = (parent, value)
        key = self.key_cache.get(ck)
        if key is None:
            key = self.store.scalar("SELECT key_id FROM sync_mirror WHERE tbl = ? AND id = ?", ck)
            if key is None:
                raise Rejected(
                    "missing_parent",
                    msg(
                        "数据包里“{table}”的记录指向县里没有的上级记录（{parent} {row}），"
                        "文件不完整，没有导入。请让该乡镇做一次完整导出（--full）。",
                        table=info.name,
                        parent=parent,
                        row=value,
                    ),
                )
            self.key_cache[ck] = key
        return key

    def _preload_parent(self, parent: str, ids: set[str]) -> None:
        want = sorted(i for i in ids if (parent, i) not in self.key_cache)
        for chunk in chunks(want):
            for rid, key in self.store.conn.execute(
                "SELECT id, key_id FROM sync_mirror "
                f"WHERE tbl = ? AND id IN ({_marks(len(chunk))})",
                (parent, *chunk),
            ):
                self.key_cache[(parent, rid)] = key

    def _mirror(
        self,
        table: str,
        d: dict[str, Any],
        h: str,
        key_id: str | None,
        applied: int,
        data: str | None,
        m: _Seen | None,
        updated_at: str | None = None,
        winner: int = 0,
        held: int = 0,
    ) -> tuple[Any, ...]:
        """A ``sync_mirror`` row for a township row given as a dict."""
        return self._mirror_vals(
            table,
            d["id"],
            d["origin"],
            d["version"],
            d["deleted"],
            h,
            key_id,
            applied,
            d["updated_at"] if updated_at is None else updated_at,
            data,
            m,
            winner,
            held,
        )

    def _mirror_vals(
        self,
        table: str,
        rid: str,
        origin: str,
        version: int,
        deleted: int,
        h: str,
        key_id: str | None,
        applied: int,
        updated_at: str,
        data: str | None,
        m: _Seen | None,
        winner: int = 0,
        held: int = 0,
    ) -> tuple[Any, ...]:
        """A ``sync_mirror`` row; keeps the township's running checksum of the table in step
        (XOR of the hashes of the live rows the county holds for it: remove the old state, add
        the new one; a held double claim is not held for it, so it counts in neither)."""
        acc = self.sums.setdefault((origin, table), [0, 0])
        if m is not None and not m.deleted and not m.held:
            acc[0] -= 1
            acc[1] ^= int(m.hash, 16)
        if not deleted and not held:
            acc[0] += 1
            acc[1] ^= int(h, 16)
        return (
            *(table, rid, origin, version, deleted, h, key_id, applied, updated_at, data),
            *(winner, held),
        )

    MIRROR_INSERT = (
        "INSERT INTO sync_mirror (tbl, id, origin, version, deleted, hash, key_id, applied_rev, "
        "updated_at, data, winner, held) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"
    )
    MIRROR_UPSERT = (
        "INSERT INTO sync_mirror (tbl, id, origin, version, deleted, hash, key_id, applied_rev, "
        "updated_at, data, winner, held) VALUES (?,?,?,?,?,?,?,?,?,?,?,?) "
        "ON CONFLICT (id) DO UPDATE SET "
        "version = excluded.version, deleted = excluded.deleted, hash = excluded.hash, "
        "key_id = excluded.key_id, applied_rev = excluded.applied_rev, "
        "updated_at = excluded.updated_at, data = excluded.data, held = excluded.held"
    )

    # -- rows without a natural key: one county row per township row ------------------------
    def _plain(self, info: TableInfo, cols: list[str], rows: list[list[Any]]) -> None:
        """Works on the package's row lists (no dict per row: most rows of a big package are
        plain inserts, and this loop is most of an import's own time)."""
        if self._first_sightings(info, cols, rows):
            return
        t = info.name
        idi, vi, di, oi = (cols.index(c) for c in ("id", "version", "deleted", "origin"))
        seen = self._seen(t, [r[idi] for r in rows])
        # Rows the county has never seen (all of a township's first package): no county row,
        # no conflict, nothing to undo in the checksum — done a column at a time, not a row,
        # and written ``FRESH_CHUNK`` rows at a time (``_plain_fresh``).
        fresh: list[list[Any]] = []
        changed: list[tuple[list[Any], _Seen]] = []
        unchanged = 0
        for r in rows:
            m = seen.get(r[idi])
            if m is None:
                fresh.append(r)
            elif r[vi] <= m.version:
                unchanged += 1  # most rows of a package seen again
            else:
                changed.append((r, m))
        del seen
        self.counts[t]["unchanged"] += unchanged
        keyed = self._keyed_refs(info, cols)
        for ci, _col, parent in keyed:
            refs = {r[ci] for r in fresh if r[ci] is not None}
            refs.update(r[ci] for r, _ in changed if r[ci] is not None)
            self._preload_parent(parent, refs)
        hasher = row_hasher(t, cols)
        county: dict[str, int] = {}
        for chunk in chunks([r[idi] for r, m in changed]):
            county.update(
                self.store.conn.execute(
                    f"SELECT id, rev FROM {t} WHERE id IN ({_marks(len(chunk))})", chunk
                ).fetchall()
            )
        counts = self.counts[t]
        ups: list[list[Any]] = []
        adds: list[list[Any]] = []
        mirror: list[tuple[Any, ...]] = []
        audits: list[tuple[str, Any, dict[str, Any]]] = []
        key_cache = self.key_cache  # preloaded above: most references are found here
        if fresh:
            self._fresh_refs(info, fresh, keyed)  # a missing parent refuses before any write
            tombs = [r for r in fresh if r[di]]
            counts["new"] += len(fresh) - len(tombs)
            counts["deleted"] += len(tombs)
            audits.extend((r[idi], None, {"version": r[vi], "deleted": r[di]}) for r in tombs)
            del tombs
        for r, m in changed:
            rid = r[idi]
            h = hasher(r)
            out = [*r, self.rev]
            for ci, col, parent in keyed:
                ref = out[ci]
                if ref is not None:
                    key = key_cache.get((parent, ref))
                    out[ci] = key if key is not None else self._key_for(info, col, parent, ref)
            crev = county.get(rid)
            sums = (t, rid, r[oi], r[vi], r[di], h)
            if crev is not None and crev != m.applied_rev:
                after = moves.after_move(self.store, t, rid, dict(zip(cols, r, strict=False)))
                if after != moves.TAKE:
                    if after is None:
                        self._conflict(t, rid, dict(zip(cols, out, strict=False)))
                    mirror.append(self._mirror_vals(*sums, None, m.applied_rev, "", None, m))
                    counts["conflicts" if after is None else "unchanged"] += 1
                    continue
            (ups if crev is not None else adds).append(out)
            mirror.append(self._mirror_vals(*sums, None, self.rev, "", None, m))
            kind = "deleted" if r[di] and not m.deleted else "updated"
            counts[kind] += 1
            audits.append((rid, None, {"version": r[vi], "deleted": r[di]}))
        del changed
        allc = [*cols, "rev"]
        if ups:
            # Tombstones first: a township that withdrew one registration and made another for
            # the same person and year (or restored an old one) holds one live row at the end,
            # and the county must not meet both live halfway through the package.
            ups.sort(key=lambda row: not row[di])
            sets = ", ".join(f"{c} = excluded.{c}" for c in allc if c != "id")
            self.store.conn.executemany(
                f"INSERT INTO {t} ({', '.join(allc)}) VALUES ({_marks(len(allc))}) "
                f"ON CONFLICT (id) DO UPDATE SET {sets}",
                ups,
            )
        insert = f"INSERT INTO {t} ({', '.join(allc)}) VALUES ({_marks(len(allc))})"
        # Rows new to the county: a plain insert (an upsert costs twice as much), after the
        # updates (their tombstones first, as above), the rows never seen before the others.
        for at in range(0, len(fresh), FRESH_CHUNK):
            self._plain_fresh(info, cols, fresh[at : at + FRESH_CHUNK], keyed, hasher, insert)
        del fresh
        if adds:
            self.store.conn.executemany(insert, adds)
        self._save_mirror(mirror)
        if audits:
            records.audit_many(self.store, t, "sync", audits, self.reason)

    def _keyed_refs(self, info: TableInfo, cols: list[str]) -> list[tuple[int, str, str]]:
        """(index, column, parent) of the columns of ``cols`` that point at a keyed table."""
        return [
            (cols.index(col), col, parent)
            for col, parent in info.parents.items()
            if self.by_name[parent].natural_key and col in cols
        ]

    def _any_known(self, ids: list[str]) -> bool:
        """Whether the county has seen any of the township rows ``ids`` (in any table)."""
        return any(
            self.store.conn.execute(
                f"SELECT 1 FROM sync_mirror WHERE id IN ({_marks(len(chunk))}) LIMIT 1", chunk
            ).fetchone()
            for chunk in chunks(ids)
        )

    def _first_sightings(self, info: TableInfo, cols: list[str], rows: list[list[Any]]) -> bool:
        """Apply a table whose rows are all new to the county — every row of a township's first
        package, the new rows of most later ones — without looking each row up first: False
        (nothing written, nothing counted) when that cannot be taken for granted, and the
        caller (``_plain``) looks every row up as it always did.

        Rows past their first version (changed at the township since they were made; at most
        ``PROBE`` of them, spread over the table) and the first and last row are looked up
        first: one of them known, and the table goes the careful way. Otherwise every row's mirror row is written first, with a
        plain INSERT: an id the county knows after all (a package sent again under another
        number, a full export) fails it on the mirror's unique index, before any county row
        is written; the mirror rows written so far are taken back and the caller decides row
        by row, so every outcome — counts, conflicts, refusals and their reasons — is the one
        it always gave. A reference to a person or village the county does not have is left
        to the caller too, which refuses the package for it.

        The county rows are then the package's own row lists with their references mapped (in
        place: the package's rows are let go once its table is applied) and ``rev`` written
        as a constant, as are the mirror rows' fixed columns: nothing is copied per row."""
        t = info.name
        idi, vi, di = (cols.index(c) for c in ("id", "version", "deleted"))
        if not rows or "\0" in self.pkg.sender:
            return False
        changed = [r[idi] for r in rows if r[vi] > 1]
        probe = [*changed[:: max(1, len(changed) // PROBE)][:PROBE], rows[0][idi], rows[-1][idi]]
        del changed
        if self._any_known(probe):
            return False
        keyed = self._keyed_refs(info, cols)
        key_cache = self.key_cache
        for ci, _col, parent in keyed:
            self._preload_parent(parent, {r[ci] for r in rows if r[ci] is not None})
            if any(r[ci] is not None and (parent, r[ci]) not in key_cache for r in rows):
                return False  # a parent the county lacks: refused by the caller, with its reason
        rev = int(self.rev)
        hasher = row_hasher(t, cols)
        mirror_sql = (
            "INSERT INTO sync_mirror (tbl, id, origin, version, deleted, hash, key_id, "
            f"applied_rev, updated_at, data, winner, held) VALUES ({sql_literal(t)}, ?, "
            f"{sql_literal(self.pkg.sender)}, ?, ?, ?, NULL, {rev}, '', NULL, 0, 0)"
        )
        live, acc = 0, 0
        by_id = operator.itemgetter(0)
        try:
            for at in range(0, len(rows), FRESH_CHUNK):
                part = rows[at : at + FRESH_CHUNK]
                hashes = list(map(hasher, part))  # the township's row, before references map
                self.store.conn.executemany(
                    mirror_sql,
                    sorted(
                        ((r[idi], r[vi], r[di], h) for r, h in zip(part, hashes, strict=True)),
                        key=by_id,
                    ),
                )
                alive = [h for r, h in zip(part, hashes, strict=True) if not r[di]]
                live += len(alive)
                acc ^= reduce(operator.xor, map(int, alive, repeat(16)), 0)
        except sqlite3.IntegrityError:
            # Only this table's mirror rows of this package carry this ``rev``: take them back.
            for chunk in chunks([r[idi] for r in rows]):
                self.store.conn.execute(
                    "DELETE FROM sync_mirror WHERE tbl = ? AND applied_rev = ? "
                    f"AND id IN ({_marks(len(chunk))})",
                    (t, rev, *chunk),
                )
            return False
        for ci, _col, parent in keyed:
            for r in rows:
                ref = r[ci]
                if ref is not None:
                    r[ci] = key_cache[(parent, ref)]
        self.store.conn.executemany(
            f"INSERT INTO {t} ({', '.join(cols)}, rev) VALUES ({_marks(len(cols))}, {rev})", rows
        )
        sums = self.sums.setdefault((self.pkg.sender, t), [0, 0])
        sums[0] += live
        sums[1] ^= acc
        tombs = [(r[idi], None, {"version": r[vi], "deleted": r[di]}) for r in rows if r[di]]
        counts = self.counts[t]
        counts["new"] += len(rows) - len(tombs)
        counts["deleted"] += len(tombs)
        if tombs:
            records.audit_many(self.store, t, "sync", tombs, self.reason)
        return True

    def _fresh_refs(
        self, info: TableInfo, rows: list[list[Any]], keyed: list[tuple[int, str, str]]
    ) -> None:
        """Refuse (``_key_for``) the first reference of rows never seen to a keyed parent the
        county does not have, a column at a time, before anything of the table is written."""
        key_cache = self.key_cache
        for ci, col, parent in keyed:
            for r in rows:
                ref = r[ci]
                if ref is not None and (parent, ref) not in key_cache:
                    self._key_for(info, col, parent, ref)

    def _plain_fresh(
        self,
        info: TableInfo,
        cols: list[str],
        rows: list[list[Any]],
        keyed: list[tuple[int, str, str]],
        hasher: Callable[[Sequence[Any]], str],
        insert: str,
    ) -> None:
        """``_plain`` for a slice of the rows new to the county (their references checked by
        ``_fresh_refs``): their county rows and mirror rows written, the checksum kept, in
        bulk — a slice at a time, so no copy of a whole table is made."""
        t = info.name
        idi, vi, di = (cols.index(c) for c in ("id", "version", "deleted"))
        rev = self.rev
        hashes = list(map(hasher, rows))  # the township's row, before references are mapped
        outs = [[*r, rev] for r in rows]
        key_cache = self.key_cache
        for ci, _col, parent in keyed:
            for out in outs:
                ref = out[ci]
                if ref is not None:
                    out[ci] = key_cache[(parent, ref)]
        self.store.conn.executemany(insert, outs)
        del outs
        origin = self.pkg.sender  # every row's origin (checked in ``_table_rows``)
        mirror = sorted(
            (
                (t, r[idi], origin, r[vi], r[di], h, None, rev, "", None, 0, 0)
                for r, h in zip(rows, hashes, strict=True)
            ),
            key=operator.itemgetter(1),
        )
        self.store.conn.executemany(self.MIRROR_INSERT, mirror)  # first sightings
        live = [h for r, h in zip(rows, hashes, strict=True) if not r[di]]
        acc = self.sums.setdefault((origin, t), [0, 0])
        acc[0] += len(live)
        acc[1] ^= reduce(operator.xor, map(int, live, repeat(16)), 0)

    def _save_mirror(self, mirror: list[tuple[Any, ...]]) -> None:
        """Mirror rows: first sightings appended with a plain insert, the others upserted;
        each batch in ``id`` order, so the index on it takes them in order, page by page."""
        known = self._known_ids
        first = sorted((m for m in mirror if m[1] not in known), key=operator.itemgetter(1))
        again = [m for m in mirror if m[1] in known]
        if first:
            self.store.conn.executemany(self.MIRROR_INSERT, first)
        if again:
            self.store.conn.executemany(self.MIRROR_UPSERT, again)

    # -- rows with a natural key: merged by key ---------------------------------------------
    def _keyed(self, info: TableInfo, cols: list[str], rows: list[list[Any]]) -> None:
        t, nk = info.name, info.natural_key
        assert nk is not None
        if nk not in cols:
            raise Rejected(
                "malformed",
                msg("数据包里“{table}”表缺少“{column}”栏目，没有导入。", table=t, column=nk),
            )
        idi, vi = cols.index("id"), cols.index("version")
        known = self.versions.setdefault((t, self.pkg.sender), {})
        unchanged = 0
        ask = []
        for r in rows:
            v = known.get(r[idi])
            if v is not None and r[vi] <= v:
                unchanged += 1  # sent by an earlier package of this import, or seen then
            else:
                ask.append(r)
        seen = self._seen(t, [r[idi] for r in ask])
        hasher = row_hasher(t, cols)
        fresh: list[dict[str, Any]] = []
        todo: list[tuple[dict[str, Any], _Seen | None]] = []
        for r in ask:
            m = seen.get(r[idi])
            if m is not None and r[vi] <= m.version:
                unchanged += 1  # most rows: the people a package's rows point at, sent again
                continue
            d = dict(zip(cols, r, strict=True))
            if not isinstance(d[nk], str) or not d[nk]:
                raise Rejected(
                    "malformed",
                    msg("数据包里“{table}”的记录缺少“{column}”，没有导入。", table=t, column=nk),
                )
            todo.append((d, m))
        self.counts[t]["unchanged"] += unchanged
        taken: set[str] = set()
        for chunk in chunks([d[nk] for d, m in todo if m is None]):
            taken.update(
                r[0]
                for r in self.store.conn.execute(
                    f"SELECT {nk} FROM {t} WHERE {nk} IN ({_marks(len(chunk))})", chunk
                )
            )
        for chunk in chunks([d["id"] for d, m in todo if m is None]):
            taken.update(
                r[0]
                for r in self.store.conn.execute(
                    f"SELECT id FROM {t} WHERE id IN ({_marks(len(chunk))})", chunk
                )
            )
        for d, m in todo:
            # A row never seen whose key and id are new to the county: a plain insert, in bulk
            # below (keys are unique within one township, so rows of a package cannot meet).
            if m is None and d[nk] not in taken and d["id"] not in taken:
                fresh.append(d)
                self._count(t, "deleted" if d["deleted"] else "new")
            else:
                self._keyed_one(info, d, m, hasher([d[c] for c in cols]))
        if fresh:
            self._insert_fresh(info, cols, fresh, hasher)
        # Every row's mirror row now holds its version or (a row older than the county's) a
        # later one. Forgotten if the package is refused: ``import_files`` empties it then.
        room = KNOWN_VERSIONS - sum(map(len, self.versions.values()))
        if room > 0:
            known.update((r[idi], r[vi]) for r in ask[:room])

    def _insert_fresh(
        self,
        info: TableInfo,
        cols: list[str],
        fresh: list[dict[str, Any]],
        hasher: Callable[[Sequence[Any]], str],
    ) -> None:
        t = info.name
        rows = [self._remap(info, d) for d in fresh]
        allc = [*cols, "rev"]
        # executemany of value lists, not sqlite-utils' insert_all: for 20,000 training records
        # insert_all took 2.3 s against 1.15 s (median of 7, same file and transaction), as it
        # checks each dict's keys and builds a statement per batch.
        self.store.conn.executemany(
            f"INSERT INTO {t} ({', '.join(allc)}) VALUES ({_marks(len(allc))})",
            [[d[c] for c in cols] + [self.rev] for d in rows],
        )
        self.store.conn.executemany(
            self.MIRROR_INSERT,  # rows never seen: first sightings
            [
                self._mirror(
                    t,
                    d,
                    hasher([d[c] for c in cols]),
                    d["id"],
                    self.rev,
                    json.dumps(d, ensure_ascii=False),
                    None,
                    winner=1,
                )
                for d in fresh
            ],
        )
        records.audit_many(
            self.store,
            t,
            "sync",
            [(d["id"], None, {"version": d["version"]}) for d in fresh],
            self.reason,
        )
        if t == "workers":
            for d in fresh:
                self.search_old[d["id"]] = None

    def _keyed_one(self, info: TableInfo, d: dict[str, Any], m: _Seen | None, h: str) -> None:
        t, nk = info.name, info.natural_key
        key = d[nk]  # type: ignore[index]
        self.key_cache.pop((t, d["id"]), None)  # its county row is chosen again below
        target = self.store.scalar(f"SELECT id FROM {t} WHERE {nk} = ?", (key,))
        old = m.key_id if m else None
        if target is None:
            if old and not self._others(t, old, d["id"]) and self._exists(t, old):
                target = old
            elif not self._exists(t, d["id"]):
                target = d["id"]
            else:
                target = new_id()
        existed = self._exists(t, target)
        prev = self._applied(t, target)
        # A person another township still holds: this row waits as a double claim.
        held = int(_holds(d) and self._held_by_other(t, target, d["origin"]))
        self.store.conn.execute(
            self.MIRROR_UPSERT,
            self._mirror(
                t, d, h, target, prev or 0, json.dumps(d, ensure_ascii=False), m, held=held
            ),
        )
        self._settle_claims(info, target)  # before the county row is derived again
        result = self._recompute(info, target, prev, d["id"])
        if old and old != target:
            self._release(info, old, target)
        if held:
            self._conflict(t, target, self._remap(info, d), conflicts.KIND_CLAIM)
            result = "conflict"
        if result == "loser":
            self._count(t, "unchanged")  # the county row did not change
        else:
            self._count(t, "conflicts" if result == "conflict" else self._kind(d, m, existed))

    def _held_by_other(self, t: str, key_id: str, origin: str) -> bool:
        """True when a township other than ``origin`` feeds county row ``key_id`` with a row
        that still holds the person (live, not 调出, not itself a waiting claim)."""
        return any(
            _holds(json.loads(r[0]) if r[0] else {})
            for r in self.store.conn.execute(
                "SELECT data FROM sync_mirror WHERE tbl = ? AND key_id = ? AND origin != ? "
                "AND held = 0 AND deleted = 0",
                (t, key_id, origin),
            )
        )

    def _settle_claims(self, info: TableInfo, key_id: str) -> None:
        """Let a waiting claim through once no other township holds the person (the holder
        marked them 调出 or deleted its record: a real transfer), newest claim first, and
        close the double-claim conflicts whose claim no longer waits. The caller derives the
        county row again."""
        t = info.name
        rows = self.store.query(
            "SELECT id, origin, deleted, held, data, hash, updated_at FROM sync_mirror "
            "WHERE tbl = ? AND key_id = ?",
            (t, key_id),
        )
        holders = {
            r["origin"] for r in rows if not r["held"] and _holds(json.loads(r["data"] or "{}"))
        }
        waiting = sorted(
            (r for r in rows if r["held"]),
            key=lambda r: (r["updated_at"], r["origin"]),
            reverse=True,
        )
        for r in waiting:
            if holders - {r["origin"]}:
                continue
            self.store.conn.execute("UPDATE sync_mirror SET held = 0 WHERE id = ?", (r["id"],))
            if not r["deleted"]:
                self._sum(r["origin"], t, r["hash"], 1)
            holders.add(r["origin"])
        self.store.conn.execute(
            "UPDATE sync_conflicts SET resolved_at = ?, resolution = ? WHERE tbl = ? "
            "AND row_id = ? AND kind = ? AND resolved_at IS NULL AND township NOT IN "
            "(SELECT origin FROM sync_mirror WHERE tbl = ? AND key_id = ? AND held = 1)",
            (self.now, conflicts.SETTLED, t, key_id, conflicts.KIND_CLAIM, t, key_id),
        )

    def confirm_claim(self, info: TableInfo, key_id: str, origin: str) -> bool:
        """The county confirms that the person of county row ``key_id`` moved to ``origin``:
        its waiting row feeds the county row, the other townships' rows wait instead (until
        they mark the person 调出). False when ``origin`` has no waiting claim there."""
        t = info.name
        rows = self.store.query(
            "SELECT id, origin, deleted, held, hash FROM sync_mirror WHERE tbl = ? AND key_id = ?",
            (t, key_id),
        )
        if not any(r["origin"] == origin and r["held"] for r in rows):
            return False
        for r in rows:
            now = int(r["origin"] != origin and (bool(r["held"]) or not r["deleted"]))
            if now == r["held"]:
                continue
            self.store.conn.execute("UPDATE sync_mirror SET held = ? WHERE id = ?", (now, r["id"]))
            if not r["deleted"]:
                self._sum(r["origin"], t, r["hash"], -1 if now else 1)
        cur = self.store.scalar(f"SELECT rev FROM {t} WHERE id = ?", (key_id,))
        self._recompute(info, key_id, int(cur) if cur is not None else None)
        # The townships that held the person until now: their posts and roles end (``moves``).
        left = {
            r["origin"]
            for r in rows
            if r["origin"] != origin and not r["held"] and not r["deleted"]
        }
        if t == "workers" and left:
            moves.release(self.store, key_id, origin, left)
        self._save_sums()
        self._refresh_search()
        return True

    def _refresh_search(self) -> None:
        if self.search_old:
            from swdesk.store import workers

            workers.refresh_search(self.store, self.search_old)
            self.search_old = {}

    def _exists(self, t: str, rid: str) -> bool:
        return self.store.scalar(f"SELECT 1 FROM {t} WHERE id = ?", (rid,)) is not None

    def _others(self, t: str, key_id: str, rid: str) -> bool:
        return bool(
            self.store.scalar(
                "SELECT 1 FROM sync_mirror WHERE tbl = ? AND key_id = ? AND id != ?",
                (t, key_id, rid),
            )
        )

    def _applied(self, t: str, key_id: str) -> int | None:
        v = self.store.scalar(
            "SELECT MAX(applied_rev) FROM sync_mirror WHERE tbl = ? AND key_id = ?", (t, key_id)
        )
        return int(v) if v is not None else None

    def _recompute(
        self, info: TableInfo, target: str, prev: int | None, incoming: str | None = None
    ) -> str:
        """Write the winning township row of one key into the county row ``target``."""
        t = info.name
        srcs = self.store.query(
            "SELECT id, data, deleted, updated_at, version, origin, winner FROM sync_mirror "
            "WHERE tbl = ? AND key_id = ? AND held = 0",
            (t, target),
        )
        if not srcs:
            return "same"
        # A live row first, then one that still holds the person (not 调出: the township the
        # person moved to wins over the one that marked them 调出), then the latest change.
        win = max(
            srcs,
            key=lambda s: (
                not s["deleted"],
                _holds(json.loads(s["data"] or "{}")),
                s["updated_at"],
                s["version"],
                s["origin"],
            ),
        )
        if incoming is not None and win["id"] != incoming and win["winner"]:
            # A losing township row changed (say the old township's tombstone of a transferred
            # worker): the county row still shows the same winner, nothing to write or ask.
            return "loser"
        self.store.conn.execute(
            "UPDATE sync_mirror SET winner = (id = ?) WHERE tbl = ? AND key_id = ?",
            (win["id"], t, target),
        )
        wd = self._remap(info, json.loads(win["data"]))
        values = {c: v for c, v in wd.items() if c not in ("id", "version")}
        rows = self.store.query(f"SELECT * FROM {t} WHERE id = ?", (target,))
        cur = rows[0] if rows else None
        mark = "UPDATE sync_mirror SET applied_rev = ? WHERE tbl = ? AND key_id = ?"
        if cur is not None:
            data_cols = [c for c in values if c not in ("created_at", "updated_at", "origin")]
            if all(cur[c] == values[c] for c in data_cols):
                self.store.conn.execute(mark, (cur["rev"], t, target))
                return "same"
            if prev is None or cur["rev"] != prev:
                self._conflict(t, target, values)
                return "conflict"
            sets = {**values, "version": int(cur["version"]) + 1, "rev": self.rev}
            self.store.conn.execute(
                f"UPDATE {t} SET {', '.join(f'{c} = ?' for c in sets)} WHERE id = ?",
                (*sets.values(), target),
            )
            records.audit_many(
                self.store,
                t,
                "sync",
                [
                    (
                        target,
                        {c: cur[c] for c in data_cols if cur[c] != values[c]},
                        {c: values[c] for c in data_cols if cur[c] != values[c]},
                    )
                ],
                self.reason,
            )
        else:
            allv = {"id": target, **values, "version": int(win["version"]), "rev": self.rev}
            self.store.conn.execute(
                f"INSERT INTO {t} ({', '.join(allv)}) VALUES ({_marks(len(allv))})",
                tuple(allv.values()),
            )
            records.audit_many(self.store, t, "sync", [(target, None, values)], self.reason)
        if t == "workers" and target not in self.search_old:
            self.search_old[target] = (
                (cur["name"], cur["id_number"], cur["phone"]) if cur is not None else None
            )
        self.store.conn.execute(mark, (self.rev, t, target))
        return "written"

    def _release(self, info: TableInfo, old: str, new: str) -> None:
        """A township row left county row ``old`` (its key changed): re-derive ``old``, or if no
        township row is left in it, move what points at it to ``new`` and tombstone it."""
        t = info.name
        if self._others(t, old, "") or not self._exists(t, old):
            self._recompute(info, old, self._applied(t, old))
            return
        for child in self.infos:
            for col, parent in child.parents.items():
                if parent != t:
                    continue
                moved = self.store.query(
                    f"SELECT c.id, c.rev, m.applied_rev FROM {child.name} c LEFT JOIN sync_mirror m "
                    f"ON m.tbl = ? AND m.id = c.id WHERE c.{col} = ?",
                    (child.name, old),
                )
                self.store.conn.execute(
                    f"UPDATE {child.name} SET {col} = ?, rev = ? WHERE {col} = ?",
                    (new, self.rev, old),
                )
                self.store.conn.executemany(
                    "UPDATE sync_mirror SET applied_rev = ? WHERE tbl = ? AND id = ?",
                    [
                        (self.rev, child.name, r["id"])
                        for r in moved
                        if r["rev"] == r["applied_rev"]
                    ],
                )
        self.store.conn.execute(
            f"UPDATE {t} SET deleted = 1, version = version + 1, rev = ? WHERE id = ? AND deleted = 0",
            (self.rev, old),
        )

    def _conflict(
        self, t: str, rid: str, incoming: dict[str, Any], kind: str = conflicts.KIND_EDIT
    ) -> None:
        """Queue a conflict on county row ``rid``; it supersedes an open one of the same kind
        (for a double claim: of the same township)."""
        rows = self.store.query(f"SELECT * FROM {t} WHERE id = ?", (rid,))
        county = {k: v for k, v in (rows[0] if rows else {}).items()}
        same = "" if kind == conflicts.KIND_EDIT else " AND township = ?"
        self.store.conn.execute(
            "UPDATE sync_conflicts SET resolved_at = ?, resolution = ? "
            f"WHERE tbl = ? AND row_id = ? AND kind = ? AND resolved_at IS NULL{same}",
            (self.now, conflicts.SUPERSEDED, t, rid, kind)
            + (() if kind == conflicts.KIND_EDIT else (self.pkg.sender,)),
        )
        self.store.conn.execute(
            "INSERT INTO sync_conflicts (tbl, row_id, township, sequence, incoming, county, "
            "created_at, kind) VALUES (?,?,?,?,?,?,?,?)",
            (
                t,
                rid,
                self.pkg.sender,
                self.pkg.sequence,
                json.dumps(incoming, ensure_ascii=False),
                json.dumps(county, ensure_ascii=False),
                self.now,
                kind,
            ),
        )


def _holds(row: dict[str, Any]) -> bool:
    """Whether a township's row (as a dict) still holds its person: live and not 调出."""
    return not row.get("deleted") and row.get("status") != enums.STATUS_TRANSFERRED_OUT


# -- importing files ------------------------------------------------------------------------
def _record(store: Store, pkg: Package, summary: dict[str, Any]) -> None:
    """Note a package applied. Two different packages of one number exist when a township
    stopped after writing a package and before recording it, then exported that number again
    (a superset of the first): the one written later is the township's state, whichever
    arrives last, so its digest and manifest are kept."""
    created = str(pkg.manifest.get("created_at") or "")
    known = store.conn.execute(
        "SELECT digest, summary FROM sync_packages WHERE township = ? AND sequence = ?",
        (pkg.sender, pkg.sequence),
    ).fetchone()
    newer = known is None or created >= str(json.loads(known[1]).get("created_at") or "")
    if newer:
        store.conn.execute(
            "INSERT INTO sync_packages (township, sequence, digest, full, covers, "
            "imported_at, summary) VALUES (?,?,?,?,?,?,?) ON CONFLICT DO UPDATE SET "
            "digest = excluded.digest, full = excluded.full, covers = excluded.covers, "
            "imported_at = excluded.imported_at, summary = excluded.summary",
            (
                pkg.sender,
                pkg.sequence,
                pkg.digest,
                int(pkg.full),
                json.dumps(pkg.covers),
                utc_now(),
                json.dumps(
                    {**summary, "created_at": created, "rows": pkg.row_counts()},
                    ensure_ascii=False,
                ),
            ),
        )
    last = store.scalar("SELECT MAX(sequence) FROM sync_packages WHERE township = ?", (pkg.sender,))
    sets = "last_import_at = ?, sign_public = ?"
    params: list[Any] = [utc_now(), pkg.signer]
    if last == pkg.sequence and newer:
        sets += ", last_manifest = ?"
        params.append(json.dumps(pkg.manifest, ensure_ascii=False))
    store.conn.execute(f"UPDATE sync_townships SET {sets} WHERE code = ?", (*params, pkg.sender))


def missing_sequences(store: Store, township: str) -> list[int]:
    held: set[int] = set()
    covered: set[int] = set()
    for seq, covers in store.conn.execute(
        "SELECT sequence, covers FROM sync_packages WHERE township = ?", (township,)
    ):
        held.add(seq)
        covered.update(json.loads(covers))
    top = max(held, default=0)
    return [s for s in range(1, top + 1) if s not in held and s not in covered]


def apply_package(
    store: Store,
    pkg: Package,
    name: str,
    infos: list[TableInfo] | None = None,
    key_cache: dict[tuple[str, str], str] | None = None,
    versions: Versions | None = None,
) -> ImportResult:
    """Apply one verified package atomically. ``key_cache`` (``_Merge.key_cache``) and
    ``versions`` (``_Merge.versions``) may be shared by the packages of one import: the caller
    empties them when a package is refused, as what they learnt inside that package's
    transaction was rolled back with it."""
    res = ImportResult(
        name, True, township=pkg.sender, township_name=pkg.sender_name, sequence=pkg.sequence
    )
    known = store.scalar(
        "SELECT digest FROM sync_packages WHERE township = ? AND sequence = ?",
        (pkg.sender, pkg.sequence),
    )
    if known != pkg.digest and pkg.reopen is not None:
        # Opened as a duplicate and another package of its number won since, or let go after
        # it was verified (``import_files``): read again from its file, verified again.
        again = pkg.reopen()
        if (again.sender, again.sequence) != (pkg.sender, pkg.sequence):
            return apply_package(store, again, name, infos, key_cache, versions)  # another file
        pkg = again
    if known == pkg.digest:
        res.duplicate = True
        res.tables = {
            t: {**dict.fromkeys(COUNT_KEYS, 0), "unchanged": n} for t, n in pkg.row_counts().items()
        }
    else:
        try:
            # Signed appraisals arrive as the township signed them: the lock triggers let this
            # connection write them for the length of the package only (see store.appraisal_lock).
            with allow_locked_writes(store.conn), _unit(store):
                merge = _Merge(store, pkg, infos, key_cache=key_cache, versions=versions)
                res.tables = merge.run()
                _record(store, pkg, {k: res.total(k) for k in COUNT_KEYS})
        except sqlite3.IntegrityError as e:
            raise Rejected(
                "integrity",
                msg(
                    "数据包里的记录与县里已有的数据相抵触（{error}），整个数据包没有导入。"
                    "请联系技术支持。",
                    error=str(e),
                ),
            ) from None
        except (sqlite3.InterfaceError, sqlite3.ProgrammingError, TypeError):
            raise Rejected(
                "malformed", msg("数据包里有无法保存的数值，文件可能已损坏，整个数据包没有导入。")
            ) from None
    res.missing = missing_sequences(store, pkg.sender)
    return res


# Rows of verified packages kept in memory, read, until their turn (about 1 KB each). A county
# receiving 30 townships' first packages gets millions of rows at once: past this many, a
# package is read again at its turn (reading twice costs seconds; holding every row, gigabytes).
HELD_ROWS = 50_000


def _read_again(store: Store, path: Path) -> Package:
    """A package let go after it was verified, read from its file again at its turn and
    verified again (whatever the file holds now)."""
    return open_package(store, read_file(path), known=False)


def _open_for_later(store: Store, path: Path, held: int) -> tuple[Package, int]:
    """Verify and read one package; past ``HELD_ROWS`` rows held, or when it is big enough to
    be read a table at a time, keep only what says which package it is (and its row counts,
    should it turn out a duplicate) and read its file again at its turn: no package's bytes
    wait in memory. Returns the package and the rows now held."""
    pkg = open_package(store, read_file(path))
    if pkg.applied_rows is not None:  # applied before: nothing was read, its bytes are let go
        return dataclasses.replace(pkg.let_go(), reopen=partial(_read_again, store, path)), held
    rows = sum(pkg.row_counts().values())
    if pkg.stream is None and held + rows <= HELD_ROWS:
        return pkg, held + rows
    return dataclasses.replace(pkg.let_go(), reopen=partial(_read_again, store, path)), held


def import_files(
    store: Store,
    paths: Sequence[Path],
    dry_run: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> list[ImportResult]:
    """Verify every file first, then apply the good ones in (township, sequence) order, each
    package atomically. ``dry_run`` applies everything in one transaction and rolls it back,
    so the preview counts are exactly what an import would do."""
    # An import makes and drops a list per row, a tuple per mirror row, a dict per person: no
    # cycles among them, but every few hundred start a collection pass, now and then one over
    # every object the process holds (measured on fifty packages in a bare process: 2–3% of the
    # import's CPU; more in a program with pages open).
    with collector_paused():
        return _import_files(store, paths, dry_run, progress)


def _import_files(
    store: Store,
    paths: Sequence[Path],
    dry_run: bool,
    progress: Callable[[int, int], None] | None,
) -> list[ImportResult]:
    results: list[ImportResult | None] = [None] * len(paths)
    opened: list[tuple[int, Package]] = []
    held = 0
    for i, p in enumerate(paths):
        try:
            pkg, held = _open_for_later(store, Path(p), held)
            opened.append((i, pkg))
        except Rejected as e:
            results[i] = ImportResult(str(p), False, e.message, e.code)
        except keys.KeysLocked:
            raise  # no fault of the package: the caller says how to open the county's keys
        except RuleError as e:
            results[i] = ImportResult(str(p), False, e.message, "rejected")
    opened.sort(key=lambda x: (x[1].sender, x[1].sequence))

    infos = ordered_tables(store)  # the schema does not change during an import
    key_cache: dict[tuple[str, str], str] = {}
    versions: Versions = {}

    def apply_all() -> None:
        todo, total = deque(opened), len(opened)
        opened.clear()  # each package's rows are let go once it is applied
        n = 0
        while todo:
            i, pkg = todo.popleft()
            n += 1
            try:
                results[i] = apply_package(store, pkg, str(paths[i]), infos, key_cache, versions)
            except Rejected as e:
                key_cache.clear()  # they may name rows of the package just rolled back
                versions.clear()
                results[i] = ImportResult(
                    str(paths[i]),
                    False,
                    e.message,
                    e.code,
                    pkg.sender,
                    pkg.sender_name,
                    pkg.sequence,
                )
            del pkg
            if progress:
                progress(n, total)

    with _import_cache(store):
        if dry_run:
            try:
                with store.atomic():
                    apply_all()
                    raise _Rollback
            except _Rollback:
                pass
        else:
            with spaced_checkpoints(store):  # one commit per package: see store.checkpoints
                apply_all()
    return [r for r in results if r is not None]


@contextmanager
def _import_cache(store: Store, kib: int = IMPORT_CACHE_KIB) -> Iterator[None]:
    """Within the block, SQLite keeps up to ``kib`` KiB of the file's pages in memory (when
    the connection keeps fewer); after it, the connection's own size again, and the pages
    past it are let go."""
    before = int(store.scalar("PRAGMA cache_size"))  # pages, or KiB when negative
    grow = before < 0 and -before < kib
    if grow:
        store.conn.execute(f"PRAGMA cache_size = {-int(kib)}")
    try:
        yield
    finally:
        if grow:
            store.conn.execute(f"PRAGMA cache_size = {before}")


def settle_conflict(store: Store, c: dict[str, Any], keep: str) -> None:
    """Settle the open conflict ``c`` (a sync_conflicts row): ``keep`` "township" writes the
    township's row over the county's, "county" keeps the county's; either way the mirror
    counts the row as applied, so sync overwrites it again only when the township next
    changes it. Here, not in ``county``, because it writes a synced table generically."""
    if c.get("kind") == conflicts.KIND_CLAIM:
        _settle_claim(store, c, keep)
        return
    t, rid = c["tbl"], c["row_id"]
    incoming = json.loads(c["incoming"])
    # Taking the township's row writes it as the township holds it, signed appraisals included.
    with allow_locked_writes(store.conn), store.atomic():
        cur = store.query(f"SELECT * FROM {t} WHERE id = ?", (rid,))
        if keep == conflicts.KEEP_TOWNSHIP:
            rev = store.next_rev()
            cols = store.db.table(t).columns_dict
            values = {
                k: v for k, v in incoming.items() if k in cols and k not in ("id", "version", "rev")
            }
            if cur:
                old = cur[0]
                sets = {**values, "version": int(old["version"]) + 1, "rev": rev}
                store.conn.execute(
                    f"UPDATE {t} SET {', '.join(f'{k} = ?' for k in sets)} WHERE id = ?",
                    (*sets.values(), rid),
                )
                store.audit(
                    t,
                    rid,
                    audit.SYNC_RESOLVE,
                    {k: old.get(k) for k in values},
                    values,
                    f"冲突处理：采用 {c['township']} 的数据",
                )
                if t == "workers":
                    from swdesk.store import workers

                    workers.refresh_search(
                        store, {rid: (old["name"], old["id_number"], old["phone"])}
                    )
            else:
                allv = {
                    "id": rid,
                    **values,
                    "version": int(incoming.get("version") or 1),
                    "rev": rev,
                }
                store.conn.execute(
                    f"INSERT INTO {t} ({', '.join(allv)}) VALUES ({','.join('?' * len(allv))})",
                    tuple(allv.values()),
                )
        else:
            store.audit(
                t,
                rid,
                audit.SYNC_RESOLVE,
                None,
                None,
                f"冲突处理：保留县里的数据（{c['township']} 的修改未采用）",
            )
        now_rev = store.scalar(f"SELECT rev FROM {t} WHERE id = ?", (rid,))
        store.conn.execute(
            "UPDATE sync_mirror SET applied_rev = ? WHERE tbl = ? "
            "AND (key_id = ? OR (key_id IS NULL AND id = ?))",
            (now_rev, t, rid, rid),
        )
        store.conn.execute(
            "UPDATE sync_conflicts SET resolved_at = ?, resolution = ? WHERE seq = ?",
            (utc_now(), keep, c["seq"]),
        )


def _settle_claim(store: Store, c: dict[str, Any], keep: str) -> None:
    """Settle a double claim: "township" confirms the person moved to the claiming township
    (its row now feeds the county's, with the person's history; the township that still
    reports them waits until it marks them 调出); "county" keeps the person where they are."""
    t, rid, town = c["tbl"], c["row_id"], c["township"]
    with allow_locked_writes(store.conn), store.atomic():
        if keep == conflicts.KEEP_TOWNSHIP:
            infos = ordered_tables(store)
            info = next(i for i in infos if i.name == t)
            note = f"冲突处理：确认此人已调到 {town}"
            _Merge(store, None, infos, reason=note).confirm_claim(info, rid, town)
        else:
            note = f"冲突处理：此人仍归原乡镇（{town} 的报送未采用）"
        store.audit(t, rid, audit.SYNC_RESOLVE, None, {"claim": town, "keep": keep}, note)
        store.conn.execute(
            "UPDATE sync_conflicts SET resolved_at = ?, resolution = ? WHERE seq = ?",
            (utc_now(), keep, c["seq"]),
        )
