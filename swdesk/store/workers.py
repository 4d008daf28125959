"""Worker files (人才档案): one record per ID number, certificates, moves, search."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from operator import itemgetter
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, NamedTuple

from swdesk.core import departures as leaving_rules
from swdesk.core import divisions, enums
from swdesk.core import workforce as wf
from swdesk.core.errors import FieldErrors, RuleError
from swdesk.core.i18n import msg
from swdesk.core.names import (
    MIN_DIGIT_FRAGMENT,
    name_terms,
    pinyin_keys,
    search_terms,
    sort_key,
)
from swdesk.core.text import search_text
from swdesk.store import departures, name_order, posts, records, villages, worker_roles
from swdesk.store.bulk import insert_rows
from swdesk.store.errors import DuplicateWorker
from swdesk.store.sql_in import in_chunks

if TYPE_CHECKING:
    from swdesk.store.db import Store

TABLE = "workers"


class WorkerFilter(NamedTuple):
    """Filters of the worker list; empty fields do not filter. ``level`` "" means no certificate.

    A NamedTuple (immutable; ``_replace`` for a changed copy), not a dataclass: making a
    dataclass compiles generated code at import (~1 ms), and the worker list's modules are
    loaded before the main window first paints."""

    text: str = ""
    village_code: str | None = None
    level: str | None = None
    status: str | None = None
    post_type: str | None = None
    domain: str | None = None
    role: str | None = None  # a role held now (store.worker_roles)
    include_deleted: bool = False
    # A county's files: the township (its code) holding the worker, the rows' sync ``origin``.
    township: str | None = None
    extra: Mapping[str, Any] = MappingProxyType({})


# The name sorts by its stored 花名册 key (``core.names.sort_key``), indexed for live rows.
SORT_COLUMNS: dict[str, str] = {
    "name": "w.name_sort",
    "id_number": "w.id_number",
    "gender": "w.gender",
    "birth_date": "w.birth_date",
    "phone": "w.phone",
    "village": "w.village_code",
    "township": "w.origin",
    "level": "w.level_rank",
    "post_type": "w.post_type",
    "status": "w.status",
    "updated_at": "w.updated_at",
}


# -- writing ----------------------------------------------------------------------------------
# One encoder for every row: ``json.dumps`` with an argument builds a new one on each call.
_encode = json.JSONEncoder(ensure_ascii=False).encode


def _row_values(clean: dict[str, Any]) -> dict[str, Any]:
    row = dict(clean)
    row.pop("roles", None)  # held in worker_roles, not a column
    row["domains"] = _encode(row.get("domains") or [])
    row["name_pinyin"] = pinyin_keys(row["name"])[1]
    row["name_sort"] = sort_key(row["name"])
    return row


def _unknown_village(code: str) -> str:
    return msg("村（社区）代码 {code} 还没有登记，请先在“村（社区）”里添加。", code=code)


def _check_village(store: Store, clean: dict[str, Any]) -> None:
    code = clean.get("village_code")
    if code and not villages.exists(store, code):
        raise FieldErrors({"village_code": _unknown_village(code)})


def _duplicate(store: Store, id_number: str, exclude: str | None = None) -> None:
    _duplicates(store, [id_number], exclude)


def _duplicates(store: Store, id_numbers: list[str], exclude: str | None = None) -> None:
    """Refuse a second record for an ID number (checked in chunks: one query per 500)."""
    for chunk, marks in in_chunks(id_numbers, 500):
        for r in store.query(
            f"SELECT id, id_number, name, deleted FROM workers WHERE id_number IN ({marks})", chunk
        ):
            if r["id"] == exclude:
                continue
            if r["deleted"]:
                raise DuplicateWorker(
                    msg(
                        "身份证号 {number} 的档案（{name}）曾被删除，可以恢复它，而不是新建。",
                        number=r["id_number"],
                        name=r["name"],
                    ),
                    r["id"],
                    True,
                )
            raise DuplicateWorker(
                msg(
                    "身份证号 {number} 已经有档案（{name}），同一个人只能有一份档案。",
                    number=r["id_number"],
                    name=r["name"],
                ),
                r["id"],
                False,
            )


def create(
    store: Store, raw: dict[str, Any], certificates: list[dict[str, Any]] | None = None
) -> str:
    """Validate and add one worker with their certificates; returns the new id."""
    from swdesk.core.worker import validate_certificate, validate_worker

    clean = validate_worker(raw)
    certs = [validate_certificate(c) for c in certificates or []]
    return insert_clean(store, [(clean, certs)])[0]


def insert_clean(
    store: Store,
    items: list[tuple[dict[str, Any], list[dict[str, Any]]]],
    index: bool = True,
    today: date | None = None,
) -> list[str]:
    """Insert already validated workers in one batch (roster import uses this directly).

    ``index=False`` leaves their search terms to a later ``index_workers`` call in the same
    transaction: a roster inserted in batches is indexed once, in one sorted pass. ``today``
    dates the posts and roles of files that give no date (the demo builds a file as of a
    fixed day). A file of someone not in service (离岗, 调出) gets no post and no role: they
    hold none now (``core.departures``)."""
    day = today or date.today()
    with store.atomic():
        known = {r[0] for r in store.conn.execute("SELECT code FROM villages WHERE deleted = 0")}
        seen: dict[str, str] = {}
        for clean, _ in items:
            code = clean.get("village_code")
            if code and code not in known:
                raise FieldErrors({"village_code": _unknown_village(code)})
            if clean["id_number"] in seen:
                # Caught here so the caller gets a reason, not an SQLite UNIQUE failure.
                raise RuleError(
                    msg(
                        "身份证号 {number} 在这批数据中出现了两次（{names}），同一个人只能有一份档案。",
                        number=clean["id_number"],
                        names=[seen[clean["id_number"]], clean["name"]],
                    ),
                    "id_number",
                )
            seen[clean["id_number"]] = clean["name"]
        _duplicates(store, list(seen))
        from swdesk.core.worker import current_level

        rows = []
        for clean, certs in items:
            row = _row_values(clean)
            if not _in_service(clean):
                row["professional_post"] = 0
            level = current_level(certs)
            row["level"] = level
            row["level_rank"] = enums.level_rank(level)
            rows.append(row)
        ids = records.insert_many(store, TABLE, rows)
        cert_rows = [
            {**c, "worker_id": wid}
            for wid, (_, certs) in zip(ids, items, strict=True)
            for c in certs
        ]
        if cert_rows:
            _mirror_certificates(store, records.insert_many(store, "certificates", cert_rows))
        flagged = [
            (wid, clean.get("village_code"), _day_or_today(clean.get("status_date"), day))
            for wid, (clean, _) in zip(ids, items, strict=True)
            if clean.get("professional_post") and _in_service(clean)
        ]
        posts.place_many(store, flagged)
        for wid, (clean, _) in zip(ids, items, strict=True):
            if clean.get("roles") and _in_service(clean):
                worker_roles.set_current(store, wid, clean["roles"], day)
        if index:
            index_workers(store, ids)
    return ids


def _mirror_certificates(store: Store, certificate_ids: list[str]) -> None:
    """``registrations.mirror_certificates``, imported when a certificate is written: the
    window's start reads workers through this module and needs none of the registration
    rules (with their date parsing) before it has painted."""
    from swdesk.store import registrations

    registrations.mirror_certificates(store, certificate_ids)


def _day_or_today(value: str | None, today: date | None = None) -> date:
    return date.fromisoformat(value[:10]) if value else (today or date.today())


def _in_service(clean: dict[str, Any]) -> bool:
    return clean.get("status") in (None, enums.STATUS_ON_DUTY)


def update(
    store: Store,
    worker_id: str,
    raw: dict[str, Any],
    on_date: str | None = None,
    released: departures.Released | None = None,
) -> bool:
    """Validate the full form and write what changed; moves and status changes go to history."""
    from swdesk.core.worker import validate_worker

    clean = validate_worker(raw)
    return update_clean(store, worker_id, clean, on_date, released)


def update_clean(
    store: Store,
    worker_id: str,
    clean: dict[str, Any],
    on_date: str | None = None,
    released: departures.Released | None = None,
) -> bool:
    """Write the changed fields. Leaving service (离岗, 调出) vacates the person's posts and
    ends their roles on the day of the change, moving to another village those of the village
    left (``store.departures``); what ended is added to ``released`` when given."""
    with store.atomic():
        old = records.get(store, TABLE, worker_id)
        old_terms = name_terms(old["name"])
        if old["deleted"]:
            raise RuleError(msg("{name} 的档案已被删除，请先恢复再修改。", name=old["name"]))
        _check_village(store, clean)
        if clean.get("id_number") and clean["id_number"] != old["id_number"]:
            _duplicate(store, clean["id_number"], exclude=worker_id)
        row = _row_values({**_decoded(old), **clean})
        changes = {k: row[k] for k in clean if k in row}
        changes["name_pinyin"] = row["name_pinyin"]
        changes["name_sort"] = row["name_sort"]
        changed = records.update(store, TABLE, worker_id, changes)
        leaving = "status" in clean and leaving_rules.leaves(old["status"], clean["status"])
        moved = "village_code" in clean and leaving_rules.moves(
            old["village_code"], clean["village_code"]
        )
        if "roles" in clean and not leaving:  # a leaver's roles all end below
            changed = (
                worker_roles.set_current(store, worker_id, clean["roles"], _day_or_today(on_date))
                or changed
            )
        if changed:
            _record_moves(store, old, clean, on_date or clean.get("status_date"))
            _reindex(store, worker_id, old_terms)
        if leaving or moved:
            gone = departures.release(
                store,
                old,
                _change_day(old, clean, on_date, leaving),
                leaving,
                clean.get("village_code") if moved else old["village_code"],
            )
            if released is not None:
                released.add(gone)
        # A 是 still ticked after a move is the post just vacated, not a new one.
        follow = not leaving and not (
            moved and bool(clean.get("professional_post")) == bool(old["professional_post"])
        )
        if "professional_post" in clean and follow:
            # The flag follows the post register (store.posts): 是 fills a post, 否 vacates.
            posts.follow_flag(
                store,
                worker_id,
                bool(clean["professional_post"]),
                row.get("village_code"),
                _day_or_today(on_date),
            )
    return changed


def _change_day(
    old: dict[str, Any], clean: dict[str, Any], on_date: str | None, leaving: bool
) -> date:
    """The day a departure or move takes effect: the date given with it, or the status date.
    A move that restates the status date it already had (a roster's 状态日期 column beside a
    new village) dates nothing, so it takes effect today."""
    given = on_date or clean.get("status_date")
    if not leaving and given and given == old.get("status_date"):
        given = None
    return _day_or_today(given)


def _record_moves(
    store: Store, old: dict[str, Any], new: dict[str, Any], on_date: str | None
) -> None:
    for kind, key in (("village", "village_code"), ("status", "status")):
        if key in new and new[key] != old[key]:
            _record(store, old["id"], kind, old[key], new[key], on_date)
    # Post type and service domains are counted by the workforce indicators as of a day, so
    # their changes are dated too (the day of the change when the form gives none).
    day = on_date or date.today().isoformat()
    if "post_type" in new and (new["post_type"] or None) != (old["post_type"] or None):
        _record(store, old["id"], wf.HISTORY_POST_TYPE, old["post_type"], new["post_type"], day)
    if "domains" in new:
        before = _domains_text(old.get("domains"))
        after = _domains_text(new["domains"])
        if before != after:
            _record(store, old["id"], wf.HISTORY_DOMAINS, before, after, day)


def _domains_text(value: Any) -> str | None:
    """Domains as history stores them: the JSON list in the vocabulary's order, None if none."""
    items = json.loads(value) if isinstance(value, str) else list(value or [])
    ordered = sorted(items, key=lambda d: enums.DOMAINS.index(d) if d in enums.DOMAINS else 99)
    return json.dumps(ordered, ensure_ascii=False) if ordered else None


def _record(
    store: Store, worker_id: str, kind: str, old: Any, new: Any, on_date: str | None
) -> None:
    records.insert(
        store,
        "worker_history",
        {
            "worker_id": worker_id,
            "kind": kind,
            "old_value": old,
            "new_value": new,
            "on_date": on_date,
            "note": None,
        },
    )


def delete(
    store: Store,
    worker_id: str,
    reason: str | None = None,
    released: departures.Released | None = None,
) -> bool:
    """Delete a file; the person's posts fall vacant and roles end today (as on leaving)."""
    with store.atomic():
        row = records.get(store, TABLE, worker_id)
        if not row["deleted"]:
            gone = departures.release(store, row, date.today(), True)
            if released is not None:
                released.add(gone)
        return records.soft_delete(store, TABLE, worker_id, reason)


def restore(store: Store, worker_id: str) -> bool:
    return records.restore(store, TABLE, worker_id)


# -- certificates ---------------------------------------------------------------------------
def add_certificate(store: Store, worker_id: str, raw: dict[str, Any]) -> str:
    from swdesk.core.worker import validate_certificate

    clean = validate_certificate(raw)
    with store.atomic():
        records.get(store, TABLE, worker_id)
        cid = records.insert(store, "certificates", {**clean, "worker_id": worker_id})
        _mirror_certificates(store, [cid])
        refresh_level(store, worker_id)
    return cid


def update_certificate(store: Store, cert_id: str, raw: dict[str, Any]) -> bool:
    from swdesk.core.worker import validate_certificate

    clean = validate_certificate(raw)
    with store.atomic():
        changed = records.update(store, "certificates", cert_id, clean)
        _mirror_certificates(store, [cert_id])
        refresh_level(store, records.get(store, "certificates", cert_id)["worker_id"])
    return changed


def delete_certificate(store: Store, cert_id: str) -> bool:
    with store.atomic():
        changed = records.soft_delete(store, "certificates", cert_id)
        _mirror_certificates(store, [cert_id])
        refresh_level(store, records.get(store, "certificates", cert_id)["worker_id"])
    return changed


def certificates(store: Store, worker_id: str) -> list[dict[str, Any]]:
    return store.query(
        "SELECT * FROM certificates WHERE worker_id = ? AND deleted = 0 "
        "ORDER BY obtained_date, created_at",
        (worker_id,),
    )


def refresh_level(store: Store, worker_id: str) -> None:
    """Keep the cached current level (the highest certificate held) in step."""
    from swdesk.core.worker import current_level

    level = current_level(certificates(store, worker_id))
    store.conn.execute(
        "UPDATE workers SET level = ?, level_rank = ? WHERE id = ?",
        (level, enums.level_rank(level), worker_id),
    )


# -- search index ---------------------------------------------------------------------------
# Two parts (schema step 18): ``worker_search`` holds the name terms (``names.name_terms``),
# one B-tree row each, looked up by prefix; ``worker_digits`` (FTS5, trigram) holds each
# worker's ID number and phone in one row, found by any fragment of three characters or more.
# Together they answer what ``names.search_terms`` defines.

_DIGIT_CHARS = frozenset("0123456789x")


def _digit_columns(rowid: int, id_number: str, phone: str | None) -> tuple[int, Any, Any]:
    """A worker's ``worker_digits`` row: the fields ``digit_fields`` indexes, else NULL."""
    idn = id_number.lower()
    return (
        rowid,
        idn if len(idn) >= MIN_DIGIT_FRAGMENT else None,
        phone if phone and len(phone) >= MIN_DIGIT_FRAGMENT else None,
    )


def index_workers(store: Store, worker_ids: list[str]) -> None:
    """Index workers that have no name terms yet (their digit row is written or replaced).

    The name terms (~8 a worker) go in as one ``executemany`` sorted by key — B-tree inserts
    in key order instead of arrival order; the ID number and phone are one FTS5 row a worker,
    whose trigrams SQLite keeps in a few segment blobs: ~250k fewer B-tree rows for a 10k-row
    roster than the digit suffixes had.
    """
    rows: list[tuple[int, str, str, str | None]] = []
    for chunk, marks in in_chunks(worker_ids, 500):
        rows.extend(
            store.conn.execute(
                f"SELECT rowid, name, id_number, phone FROM workers WHERE id IN ({marks})", chunk
            )
        )
    conn = store.conn
    if not _has_digit_rows(store):
        insert_rows(
            conn,
            "INSERT OR IGNORE INTO worker_search (term, wid)",
            sorted((t, r[0]) for r in rows for t in search_terms(r[1], r[2], r[3])),
        )
        return
    # In (term, rowid) order: the rows by rowid, then a stable sort on the term alone, which
    # compares strings instead of tuples (~2.5× faster over a roster's 80k terms).
    rows.sort()
    terms = [(t, r[0]) for r in rows for t in name_terms(r[1])]
    terms.sort(key=itemgetter(0))
    insert_rows(conn, "INSERT OR IGNORE INTO worker_search (term, wid)", terms)
    insert_rows(
        conn,
        "INSERT OR REPLACE INTO worker_digits (rowid, id_number, phone)",
        [_digit_columns(r[0], r[2], r[3]) for r in rows],
    )


def _has_digit_rows(store: Store) -> bool:
    """Whether the file has ``worker_digits``: one opened stopped before schema step 18 (only
    the tests of older steps write to such a file) keeps the digit suffixes in
    ``worker_search``, as the program of its version did, and step 18 moves them."""
    return (
        store.conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'worker_digits'"
        ).fetchone()
        is not None
    )


def _reindex(store: Store, worker_id: str, old_terms: set[str]) -> None:
    """Swap a changed worker's name terms (``old_terms``: the old name's ``name_terms``) and
    replace their digit row; old terms are deleted by key, so no index on ``wid`` is needed
    (it would cost every bulk insert a second B-tree write)."""
    rowid, name, id_number, phone = store.conn.execute(
        "SELECT rowid, name, id_number, phone FROM workers WHERE id = ?", (worker_id,)
    ).fetchone()
    if not _has_digit_rows(store):  # a file before step 18: every term in worker_search
        old_terms = old_terms | _old_digit_terms(store, rowid)
        new_terms = search_terms(name, id_number, phone)
    else:
        new_terms = name_terms(name)
    store.conn.executemany(
        "DELETE FROM worker_search WHERE term = ? AND wid = ?",
        [(t, rowid) for t in old_terms - new_terms],
    )
    store.conn.executemany(
        "INSERT OR IGNORE INTO worker_search (term, wid) VALUES (?, ?)",
        [(t, rowid) for t in new_terms - old_terms],
    )
    if _has_digit_rows(store):
        store.conn.execute(
            "INSERT OR REPLACE INTO worker_digits (rowid, id_number, phone) VALUES (?, ?, ?)",
            _digit_columns(rowid, id_number, phone),
        )


def _old_digit_terms(store: Store, rowid: int) -> set[str]:
    """A worker's terms beginning with a digit, in a file before step 18."""
    return {
        r[0]
        for r in store.conn.execute(
            "SELECT term FROM worker_search WHERE term >= '0' AND term < ':' AND wid = ?",
            (rowid,),
        )
    }


def _token_query(token: str) -> tuple[str, list[Any]]:
    """The rowids of workers one search token finds, as SQL and its parameters.

    A token of digits (and x) may also be a fragment of an ID number or phone: three
    characters or more through the trigram index; one or two, which a trigram cannot hold,
    by a scan of the digit rows that finds them where a suffix of at least three characters
    begins with them (``names.search_terms``: no shorter suffix is a term)."""
    names_sql = "SELECT wid FROM worker_search WHERE term >= ? AND term < ?"
    params: list[Any] = list(_term_range(token))
    if not set(token) <= _DIGIT_CHARS:
        return names_sql, params
    if len(token) >= MIN_DIGIT_FRAGMENT:
        digits_sql = "SELECT rowid FROM worker_digits WHERE worker_digits MATCH ?"
        params.append('"' + token.replace('"', '""') + '"')
    else:
        # Read from the table's own text, FTS5's ``worker_digits_content`` (id = rowid, c0 =
        # ID number, c1 = phone; "Shadow tables" in the FTS5 manual): a plain scan, three
        # times faster than reading the columns through the virtual table.
        fits = f"instr(substr({{0}}, 1, length({{0}}) - {MIN_DIGIT_FRAGMENT} + ?), ?) > 0"
        digits_sql = (
            f"SELECT id FROM worker_digits_content WHERE {fits.format('c0')} OR {fits.format('c1')}"
        )
        params.extend([len(token), token, len(token), token])
    # Wrapped: a compound of UNION and INTERSECT would otherwise group left to right.
    return f"SELECT wid FROM ({names_sql} UNION {digits_sql})", params


def index_missing(store: Store) -> int:
    """Index every worker that has no search terms (a schema step that changed names or ID
    numbers drops their terms, which need ``name_terms``' pinyin, live code a step must not
    import); how many there were."""
    ids = [
        r[0]
        for r in store.conn.execute(
            "SELECT id FROM workers WHERE rowid NOT IN (SELECT wid FROM worker_search)"
        )
    ]
    if ids:
        with store.atomic():
            index_workers(store, ids)
    return len(ids)


def rebuild_search_index(store: Store) -> int:
    with store.atomic():
        store.conn.execute("DELETE FROM worker_search")
        if _has_digit_rows(store):
            store.conn.execute("DELETE FROM worker_digits")
        ids = [r[0] for r in store.conn.execute("SELECT id FROM workers")]
        index_workers(store, ids)
    return len(ids)


# -- reading --------------------------------------------------------------------------------
def _decoded(row: dict[str, Any]) -> dict[str, Any]:
    out = dict(row)
    if isinstance(out.get("domains"), str):
        out["domains"] = json.loads(out["domains"])
    return out


def get(store: Store, worker_id: str) -> dict[str, Any]:
    """The whole file: fields, certificates and history of moves."""
    row = _decoded(records.get(store, TABLE, worker_id))
    row["certificates"] = certificates(store, worker_id)
    row["moves"] = store.query(
        "SELECT * FROM worker_history WHERE worker_id = ? AND deleted = 0 AND kind NOT IN (?, ?) "
        "ORDER BY created_at",
        (worker_id, wf.HISTORY_POST_TYPE, wf.HISTORY_DOMAINS),
    )
    return row


def find_by_id_number(store: Store, id_number: str) -> dict[str, Any] | None:
    rows = store.query("SELECT id FROM workers WHERE id_number = ?", (id_number.upper(),))
    return get(store, rows[0]["id"]) if rows else None


def _term_range(token: str) -> tuple[str, str]:
    return token, token + "\U0010ffff"


def search_rowids(
    store: Store,
    flt: WorkerFilter,
    sort: str = "name",
    descending: bool = False,
    limit: int | None = None,
) -> list[int]:
    """Rowids of matching workers in display order: index range scans, no full-text scan.

    ``limit`` gives only the first rows (the list's first page, before it paints)."""
    where = [] if flt.include_deleted else ["w.deleted = 0"]
    params: list[Any] = []
    tokens = search_text(flt.text).lower().split()
    if tokens:
        # Intersect the tokens inside the (covering) term index first, so only the workers
        # matching every token are looked up in the wide workers table: "张 1985" reads the
        # 18 rows it shows instead of the ~1000 that "张" alone matches.
        parts = [_token_query(token) for token in tokens]
        where.append("w.rowid IN (" + " INTERSECT ".join(sql for sql, _ in parts) + ")")
        for _, token_params in parts:
            params.extend(token_params)
    if flt.village_code:
        where.append("w.village_code = ?")
        params.append(flt.village_code)
    if flt.township:
        where.append("w.origin = ?")
        params.append(flt.township)
    if flt.level is not None:
        if flt.level == "":
            where.append("w.level IS NULL")
        else:
            where.append("w.level = ?")
            params.append(flt.level)
    for key in ("status", "post_type"):
        value = getattr(flt, key)
        if value:
            where.append(f"w.{key} = ?")
            params.append(value)
    if flt.domain:
        where.append("w.domains LIKE ?")
        params.append(f'%"{flt.domain}"%')
    if flt.role:
        where.append(
            "w.id IN (SELECT worker_id FROM worker_roles "
            "WHERE role = ? AND deleted = 0 AND until IS NULL)"
        )
        params.append(flt.role)
    order = SORT_COLUMNS.get(sort, SORT_COLUMNS["name"])
    if order == SORT_COLUMNS["name"]:
        order = name_order.ordering(store.conn)
    direction = "DESC" if descending else "ASC"
    sql = (
        f"SELECT w.rowid FROM workers w {'WHERE ' + ' AND '.join(where) if where else ''} "
        f"ORDER BY {order} {direction}, w.rowid {direction}"
    )
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return [r[0] for r in store.conn.execute(sql, params)]


LIST_COLUMNS = (
    "rowid",
    "id",
    "name",
    "id_number",
    "gender",
    "birth_date",
    "phone",
    "village_code",
    "origin",
    "level",
    "post_type",
    "professional_post",
    "status",
    "domains",
    "deleted",
    "updated_at",
)


def fetch_rows(store: Store, rowids: list[int]) -> dict[int, dict[str, Any]]:
    """Rows for one page of a lazy list, keyed by rowid."""
    if not rowids:
        return {}
    marks = ",".join("?" * len(rowids))
    rows = store.query(
        f"SELECT {', '.join(LIST_COLUMNS)} FROM workers WHERE rowid IN ({marks})", rowids
    )
    return {r["rowid"]: _decoded(r) for r in rows}


def public_dict(row: dict[str, Any]) -> dict[str, Any]:
    """The shape ``workers list --json`` prints."""
    return {
        "name": row["name"],
        "id_number": row["id_number"],
        "gender": row["gender"],
        "birth_date": row["birth_date"],
        "level": row["level"],
        "village_code": row["village_code"],
        "status": row["status"],
        "phone": row["phone"],
        "post_type": row["post_type"],
        "professional_post": bool(row["professional_post"]),
        "domains": row["domains"],
        "id": row["id"],
    }


def list_public(store: Store, text: str = "") -> list[dict[str, Any]]:
    ids = search_rowids(store, WorkerFilter(text=text))
    rows = fetch_rows(store, ids)
    if store.role == divisions.ROLE_COUNTY:  # many townships' people: each one's township
        return [{**public_dict(rows[i]), "township": rows[i]["origin"]} for i in ids]
    return [public_dict(rows[i]) for i in ids]


def count(store: Store, include_deleted: bool = False) -> int:
    """Workers in the file, removed files too if ``include_deleted``.

    The live count is every row (counted off the smallest index) less the removed ones (an
    index of their own, ``workers_tombstones``): a count of ``deleted = 0`` would walk the
    index of names, ten times the bytes. The worker list asks it before its first paint."""
    if include_deleted:
        return int(store.scalar("SELECT count(*) FROM workers"))
    return int(
        store.scalar(
            "SELECT (SELECT count(*) FROM workers) "
            "- (SELECT count(*) FROM workers WHERE deleted = 1)"
        )
    )


def refresh_search(store: Store, old: dict[str, tuple[str, str, str | None] | None]) -> None:
    """Bring the search index up to date for workers written outside this module (county sync
    merges rows from townships); ``old`` maps id -> previous (name, id_number, phone) or None.

    The name's sort key is written here too: it does not travel with the rows."""
    for chunk, marks in in_chunks(list(old), 500):
        names = store.conn.execute(
            f"SELECT rowid, name FROM workers WHERE id IN ({marks})", chunk
        ).fetchall()
        store.conn.executemany(
            "UPDATE workers SET name_sort = ? WHERE rowid = ?",
            [(sort_key(name or ""), rowid) for rowid, name in names],
        )
    index_workers(store, [wid for wid, prev in old.items() if prev is None])
    for wid, prev in old.items():
        if prev is not None:
            _reindex(store, wid, name_terms(prev[0]))


# -- lookups other layers need ------------------------------------------------------------------
def rowid_of(store: Store, worker_id: str) -> int | None:
    """The row number of a worker: the lazy worker list addresses its rows by rowid."""
    rowid = store.scalar("SELECT rowid FROM workers WHERE id = ?", (worker_id,))
    return None if rowid is None else int(rowid)


def ids_of_rowids(store: Store, rowids: Sequence[int]) -> set[str]:
    """The ids of workers found by rowid (``search_rowids``), for lists keyed by worker id."""
    out: set[str] = set()
    for chunk, marks in in_chunks(rowids, 500):
        out.update(
            r[0]
            for r in store.conn.execute(f"SELECT id FROM workers WHERE rowid IN ({marks})", chunk)
        )
    return out


def holders_of_id_number(store: Store, id_number: str) -> list[dict[str, Any]]:
    """Every file (deleted ones too) with this ID number: id, name, deleted.

    The editor warns while the number is typed, before ``_duplicates`` refuses it on save."""
    return store.query("SELECT id, name, deleted FROM workers WHERE id_number = ?", (id_number,))


def all_id_numbers(store: Store) -> set[str]:
    """Every ID number on file, deleted ones too: a new file may take none of them."""
    return {r[0] for r in store.conn.execute("SELECT id_number FROM workers")}


def names_by_id_number(store: Store, id_numbers: Sequence[str] | None = None) -> dict[str, str]:
    """Names of the (not deleted) workers by ID number, all or only ``id_numbers``: imported
    sheets name people by ID number and are checked against the names on file."""
    if id_numbers is None:
        return {
            r[0]: r[1]
            for r in store.conn.execute("SELECT id_number, name FROM workers WHERE deleted = 0")
        }
    out: dict[str, str] = {}
    for chunk, marks in in_chunks(id_numbers, 500):
        for idn, name in store.conn.execute(
            f"SELECT id_number, name FROM workers WHERE deleted = 0 AND id_number IN ({marks})",
            chunk,
        ):
            out[idn] = name
    return out


def by_id_numbers(
    store: Store, id_numbers: Iterable[str], size: int = 500
) -> dict[str, dict[str, Any]]:
    """Whole worker rows (deleted ones too) by ID number, ``size`` per query: a roster import
    compares every row it reads with the file it would change."""
    out: dict[str, dict[str, Any]] = {}
    for chunk, marks in in_chunks(sorted(set(id_numbers)), size):
        for r in store.query(f"SELECT * FROM workers WHERE id_number IN ({marks})", chunk):
            out[r["id_number"]] = _decoded(r)
    return out


def certificates_by_worker(
    store: Store, worker_ids: Iterable[str], size: int = 500
) -> dict[str, list[dict[str, Any]]]:
    """The live certificates of many workers, in the order of ``certificates``, by worker id."""
    out: dict[str, list[dict[str, Any]]] = {}
    for chunk, marks in in_chunks(sorted(set(worker_ids)), size):
        rows = store.query(
            f"SELECT * FROM certificates WHERE worker_id IN ({marks}) AND deleted = 0 "
            "ORDER BY obtained_date, created_at",
            chunk,
        )
        for r in rows:
            out.setdefault(r["worker_id"], []).append(r)
    return out


def roster_rows(store: Store, include_deleted: bool = False) -> list[dict[str, Any]]:
    """Whole worker rows in roster order (village, then name), ``domains`` decoded."""
    where = "" if include_deleted else "WHERE deleted = 0"
    rows = store.query(
        f"SELECT * FROM workers {where} ORDER BY village_code, name COLLATE name_order, rowid"
    )
    return [_decoded(r) for r in rows]


def all_certificates(store: Store) -> list[dict[str, Any]]:
    """Every live certificate, oldest first (by date obtained, then entry): the roster export
    keeps the last of the highest level per worker."""
    return store.query(
        "SELECT * FROM certificates WHERE deleted = 0 ORDER BY obtained_date, created_at"
    )


def certificate_levels_ever(store: Store, worker_id: str) -> dict[str, str | None]:
    """Level by certificate id of every certificate the worker ever had, deleted ones too, in
    the order entered: a file's history names the certificate each change was made to."""
    return {
        r["id"]: r["level"]
        for r in store.query(
            "SELECT id, level FROM certificates WHERE worker_id = ? ORDER BY created_at",
            (worker_id,),
        )
    }


def cert_number_of_level(store: Store, worker_id: str, level: str | None) -> str | None:
    """The number of the worker's most recently registered live certificate of ``level``:
    the one a transcript quotes."""
    certs = store.query(
        "SELECT level, cert_number FROM certificates WHERE worker_id = ? AND deleted = 0 "
        "ORDER BY registration_date DESC",
        (worker_id,),
    )
    return next((c["cert_number"] for c in certs if c["level"] == level), None)


def certified_on_duty_ids(store: Store, village_code: str) -> list[str]:
    """Ids of a village's on-duty workers holding a certificate, by name: a batch of
    transcripts is printed for them."""
    return [
        r[0]
        for r in store.conn.execute(
            "SELECT w.id FROM workers w WHERE w.deleted = 0 AND w.status = ? "
            "AND w.village_code = ? AND EXISTS (SELECT 1 FROM certificates c "
            "WHERE c.worker_id = w.id AND c.deleted = 0) ORDER BY w.name COLLATE name_order",
            (enums.STATUS_ON_DUTY, village_code),
        )
    ]


def first_registrations(store: Store) -> list[dict[str, Any]]:
    """id and first_reg (earliest registration date of a live certificate) of every worker
    with a registered certificate, in entry order: the demo trains the people whose
    continuing-education periods have begun."""
    return store.query(
        "SELECT w.id, min(c.registration_date) AS first_reg FROM workers w "
        "JOIN certificates c ON c.worker_id = w.id AND c.deleted = 0 "
        "AND c.registration_date IS NOT NULL "
        "WHERE w.deleted = 0 GROUP BY w.id ORDER BY w.rowid"
    )


def counts_by_village(store: Store) -> dict[str | None, int]:
    """How many (not deleted) workers each village has; ``None`` counts those without one."""
    return {
        r[0]: r[1]
        for r in store.conn.execute(
            "SELECT village_code, count(*) FROM workers WHERE deleted = 0 GROUP BY village_code"
        )
    }
