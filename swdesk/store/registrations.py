"""A person's certificate registrations (首次登记 / 再登记) in the data file.

Every write goes through ``swdesk.store.records`` (UUID, version, tombstone, audit); the checks
are ``swdesk.core.registration``'s.

One source of truth for a certificate's 登记日期: it is the first day of the certificate's
首次登记 record, and the two are written together in one transaction. Editing the date on the
certificate (worker file, roster import) creates, moves or deletes that record
(``mirror_certificates``); adding, changing or deleting a 首次登记 record sets the certificate's
date (``_mirror_record``); a certificate has at most one live 首次登记. A certificate with a date
and no record at all (a county file holding rows of a township that had not upgraded) stands
for the record the date implies (``implied``), so every reader sees the same registrations.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING, Any

from swdesk.core import registration as reg
from swdesk.core.dates import parse_loose_date
from swdesk.core.errors import RuleError
from swdesk.core.i18n import msg
from swdesk.store import records
from swdesk.store.sql_in import in_chunks

if TYPE_CHECKING:
    from swdesk.core import ce
    from swdesk.store.db import Store

TABLE = "registrations"


def _certificate_of(store: Store, worker_id: str, level: str) -> str | None:
    """The person's live certificate of ``level`` (the newest), which the registration names."""
    row = store.conn.execute(
        "SELECT id FROM certificates WHERE worker_id = ? AND level = ? AND deleted = 0 "
        "ORDER BY obtained_date DESC, created_at DESC LIMIT 1",
        (worker_id, level),
    ).fetchone()
    return None if row is None else str(row[0])


def add(store: Store, worker_id: str, raw: dict[str, Any]) -> str:
    """Record one registration of the person's certificate of that level (which must exist).

    Without a kind it is the certificate's 首次登记 while it has none, else a 再登记."""
    clean = reg.validate(raw)
    with store.atomic():
        person = records.get(store, "workers", worker_id)
        cert = _certificate_of(store, worker_id, clean["level"])
        if cert is None:
            raise RuleError(
                msg("{name} 没有{level}证书，不能登记。", name=person["name"], level=clean["level"])
            )
        if (
            not raw.get("kind")
            and store.conn.execute(
                f"SELECT 1 FROM {TABLE} WHERE certificate_id = ? AND kind = ? AND deleted = 0",
                (cert, reg.KIND_FIRST),
            ).fetchone()
        ):
            clean["kind"] = reg.KIND_RENEWAL
        rid = records.insert(
            store, TABLE, {**clean, "worker_id": worker_id, "certificate_id": cert}
        )
        _mirror_record(store, rid)
        return rid


def update(store: Store, registration_id: str, raw: dict[str, Any]) -> bool:
    """Change a registration (its state as the system moves it on, dates, 证书管理号)."""
    with store.atomic():
        old = records.get(store, TABLE, registration_id)
        clean = reg.validate({**old, **raw})
        if clean["level"] != old["level"]:
            cert = _certificate_of(store, old["worker_id"], clean["level"])
            if cert is None:
                person = records.get(store, "workers", old["worker_id"])
                raise RuleError(
                    msg(
                        "{name} 没有{level}证书，不能登记。",
                        name=person["name"],
                        level=clean["level"],
                    )
                )
            clean["certificate_id"] = cert
        changed = records.update(store, TABLE, registration_id, clean)
        _mirror_record(store, registration_id)
        if old["certificate_id"] and old["certificate_id"] != clean.get("certificate_id"):
            _set_certificate_date(store, old["certificate_id"])
        return changed


def delete(store: Store, registration_id: str) -> bool:
    """Delete a registration entered by mistake; a 首次登记 takes the certificate's date along."""
    with store.atomic():
        changed = records.soft_delete(store, TABLE, registration_id)
        row = records.get(store, TABLE, registration_id)
        if row["certificate_id"] and row["kind"] == reg.KIND_FIRST:
            _set_certificate_date(store, row["certificate_id"])
        return changed


def get(store: Store, registration_id: str) -> dict[str, Any]:
    return records.get(store, TABLE, registration_id)


def _mirror_record(store: Store, registration_id: str) -> None:
    """After a write to a registration: one live 首次登记 per certificate, and the certificate's
    登记日期 equal to its first day."""
    row = records.get(store, TABLE, registration_id)
    cid = row["certificate_id"]
    if not cid or row["kind"] != reg.KIND_FIRST:
        if cid:
            _set_certificate_date(store, cid)
        return
    other = store.conn.execute(
        f"SELECT valid_from FROM {TABLE} WHERE certificate_id = ? AND kind = ? AND deleted = 0 "
        "AND id != ?",
        (cid, reg.KIND_FIRST, registration_id),
    ).fetchone()
    if other is not None:
        raise RuleError(
            msg(
                "这本{level}证书已有一条首次登记（{start} 起），不能再记一条。"
                "请修改那一条，或把这次记为再登记。",
                level=row["level"],
                start=other[0],
            )
        )
    cert = records.get(store, "certificates", cid)
    if cert["obtained_date"] and row["valid_from"] < cert["obtained_date"]:
        raise RuleError(
            msg(
                "首次登记的有效期起 {start} 早于证书取得日期 {obtained}，请核对。",
                start=row["valid_from"],
                obtained=cert["obtained_date"],
            )
        )
    _set_certificate_date(store, cid)


def _set_certificate_date(store: Store, certificate_id: str) -> None:
    """The certificate's 登记日期 from its live 首次登记 record (none: no date)."""
    first = store.conn.execute(
        f"SELECT valid_from FROM {TABLE} WHERE certificate_id = ? AND kind = ? AND deleted = 0",
        (certificate_id, reg.KIND_FIRST),
    ).fetchone()
    start = None if first is None else first[0]
    cert = records.get(store, "certificates", certificate_id)
    if cert["registration_date"] != start and not cert["deleted"]:
        records.update(store, "certificates", certificate_id, {"registration_date": start})


def mirror_certificates(store: Store, certificate_ids: list[str]) -> None:
    """After certificates were written: each one's 首次登记 record made, moved or deleted to
    match its 登记日期, its records' level its level, and a deleted certificate's records
    deleted with it. In the caller's transaction; a few statements for a whole roster."""
    certs: list[tuple[str, str, str, str | None, int]] = []
    mine: dict[str, list[dict[str, Any]]] = {}
    for chunk, marks in in_chunks(certificate_ids, 500):
        certs.extend(
            store.conn.execute(
                "SELECT id, worker_id, level, registration_date, deleted FROM certificates "
                f"WHERE id IN ({marks})",
                chunk,
            )
        )
        for row in store.query(
            f"SELECT * FROM {TABLE} WHERE certificate_id IN ({marks}) AND deleted = 0", chunk
        ):
            mine.setdefault(row["certificate_id"], []).append(row)
    new_rows: list[dict[str, Any]] = []
    for cid, wid, level, registered, deleted in certs:
        rows = mine.get(cid, [])
        if deleted:
            for row in rows:
                records.soft_delete(store, TABLE, row["id"])
            continue
        for row in rows:
            if row["level"] != level:
                records.update(store, TABLE, row["id"], {"level": level})
        first = next((r for r in rows if r["kind"] == reg.KIND_FIRST), None)
        start = parse_loose_date(registered)
        if start is None:
            if first is not None:
                records.soft_delete(store, TABLE, first["id"])
        elif first is None:
            made = implied(cid, level, start.isoformat())
            assert made is not None
            new_rows.append({k: v for k, v in made.items() if k != "id"} | {"worker_id": wid})
        elif first["valid_from"] != start.isoformat():
            old_start = date.fromisoformat(first["valid_from"])
            until = first["valid_until"]
            if until == reg.default_valid_until(old_start).isoformat() or until < start.isoformat():
                until = reg.default_valid_until(start).isoformat()
            records.update(
                store, TABLE, first["id"], {"valid_from": start.isoformat(), "valid_until": until}
            )
    records.insert_many(store, TABLE, new_rows)


def implied(certificate_id: str, level: str, registered: str) -> dict[str, Any] | None:
    """The 首次登记 a certificate's registration date stands for while no record of it exists
    (entered before registrations were kept, or imported from a roster that has only the
    date): valid three years in state 已出证, as schema step 8 backfilled them."""
    span = _implied_span(registered)
    if span is None:
        return None
    return {
        "id": None,
        "certificate_id": certificate_id,
        "level": level,
        "kind": reg.KIND_FIRST,
        "state": reg.STATE_ISSUED,
        "applied_on": None,
        "valid_from": span[0],
        "valid_until": span[1],
        "management_number": None,
        "note": None,
    }


def _with_implied(
    rows: list[dict[str, Any]], certs: list[tuple[str, str, str | None]]
) -> list[dict[str, Any]]:
    """``rows`` and the 首次登记 implied by each certificate without a recorded one."""
    recorded = {r["certificate_id"] for r in rows if r["kind"] == reg.KIND_FIRST}
    out = list(rows)
    for cid, level, registered in certs:
        if registered and cid not in recorded and (row := implied(cid, level, registered)):
            out.append(row)
    return out


def for_worker(store: Store, worker_id: str) -> list[dict[str, Any]]:
    """A person's live registrations, oldest first, with those their certificates imply."""
    rows = store.query(f"SELECT * FROM {TABLE} WHERE worker_id = ? AND deleted = 0", (worker_id,))
    certs = store.conn.execute(
        "SELECT id, level, registration_date FROM certificates WHERE worker_id = ? AND deleted = 0",
        (worker_id,),
    ).fetchall()
    return sorted(_with_implied(rows, certs), key=lambda r: (r["valid_from"], r["id"] or ""))


def public_dict(row: dict[str, Any]) -> dict[str, Any]:
    """The shape ``registration list --json`` prints."""
    return {
        "level": row["level"],
        "kind": row["kind"],
        "state": row["state"],
        "applied_on": row["applied_on"],
        "valid_from": row["valid_from"],
        "valid_until": row["valid_until"],
        "management_number": row["management_number"],
        "note": row["note"],
        "valid_state": row["state"] in reg.VALID_STATES,
        "recorded": row["id"] is not None,
    }


def all_live(
    store: Store, worker_id: str | None = None
) -> dict[str, list[tuple[str, str, str, str]]]:
    """(level, valid from, valid until, state) of everyone's registrations (or one person's),
    recorded and implied, by worker id: two scans, for the payroll that reads everyone's at
    once."""
    out: dict[str, list[tuple[str, str, str, str]]] = {}
    where, params = _of(worker_id)
    for wid, level, start, until, state in store.conn.execute(
        f"SELECT worker_id, level, valid_from, valid_until, state FROM {TABLE} "
        f"WHERE deleted = 0{where}",
        params,
    ):
        out.setdefault(wid, []).append((level, start, until, state))
    issued = reg.STATE_ISSUED
    for wid, level, span in _implied_rows(store, worker_id):
        out.setdefault(wid, []).append((level, *span, issued))
    return out


def ce_rows(store: Store, worker_id: str | None = None) -> dict[str, list[tuple[str, str, str]]]:
    """(level, valid from, valid until) of the registrations that start continuing-education
    periods, by worker id (everyone's at once for the compliance list of 100 000 workers).

    Only registrations that passed the final review count (``reg.VALID_STATES``: 终审通过, then
    已完成 / 已出证 as the national social-work information system shows them): 待审核 and
    初审通过 may still fail and 初审未通过 / 终审未通过 never registered anything, so none of
    them starts a period — the same reading the allowance rules make of "registered".
    """
    out: dict[str, list[tuple[str, str, str]]] = {}
    where, params = _of(worker_id)
    valid = sorted(reg.VALID_STATES)
    for wid, level, start, until in store.conn.execute(
        f"SELECT worker_id, level, valid_from, valid_until FROM {TABLE} "
        f"WHERE deleted = 0 AND state IN ({', '.join('?' * len(valid))}){where}",
        (*valid, *params),
    ):
        out.setdefault(wid, []).append((level, start, until))
    for wid, level, span in _implied_rows(store, worker_id):  # implied ones are 已出证
        out.setdefault(wid, []).append((level, *span))
    return out


def _of(worker_id: str | None) -> tuple[str, tuple[str, ...]]:
    return ("", ()) if worker_id is None else (" AND worker_id = ?", (worker_id,))


def _implied_rows(
    store: Store, worker_id: str | None
) -> Iterable[tuple[str, str, tuple[str, str]]]:
    """(worker id, level, (valid from, valid until)) of the 首次登记 implied by each live
    certificate with a date and no 首次登记 record (``implied``); SQLite leaves out the
    recorded ones, so the certificates' ids never reach Python."""
    where, params = _of(worker_id)
    for wid, level, registered in store.conn.execute(
        "SELECT worker_id, level, registration_date FROM certificates "
        f"WHERE deleted = 0 AND registration_date IS NOT NULL{where} AND id NOT IN "
        f"(SELECT certificate_id FROM {TABLE} WHERE kind = ? AND deleted = 0 "
        "AND certificate_id IS NOT NULL)",
        (*params, reg.KIND_FIRST),
    ):
        if span := _implied_span(registered):
            yield wid, level, span


@functools.lru_cache(maxsize=65536)
def _implied_span(registered: str) -> tuple[str, str] | None:
    """(valid from, valid until) of the 首次登记 a registration date implies (``implied``);
    cached: a county file has many certificates and far fewer distinct dates."""
    start = parse_loose_date(registered)
    if start is None:
        return None
    return start.isoformat(), reg.default_valid_until(start).isoformat()


def ce_registrations(rows: list[tuple[str, str, str]]) -> list[ce.Registration]:
    """The rules' view of ``ce_rows``' rows of one person. ``core.ce`` is imported here, not
    at the top: the worker list (which the window shows first) loads this module, and the
    rules' dataclasses cost ~6 ms of a start that reads none of them."""
    from swdesk.core import ce

    return [
        ce.Registration(level, date.fromisoformat(a), date.fromisoformat(b)) for level, a, b in rows
    ]


# -- roster -------------------------------------------------------------------------------------
def by_certificates(
    store: Store, certificate_ids: Iterable[str], size: int = 500
) -> dict[str, list[dict[str, Any]]]:
    """The live registrations of many certificates, oldest first, by certificate id."""
    out: dict[str, list[dict[str, Any]]] = {}
    for chunk, marks in in_chunks(sorted(set(certificate_ids)), size):
        for row in store.query(
            f"SELECT * FROM {TABLE} WHERE certificate_id IN ({marks}) AND deleted = 0 "
            "ORDER BY valid_from, created_at",
            chunk,
        ):
            out.setdefault(row["certificate_id"], []).append(row)
    return out


def latest(rows: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The registration a roster row shows for a certificate: the one that started last."""
    return max(rows, key=lambda r: (r["valid_from"], r["created_at"] or ""), default=None)


def matching(rows: list[dict[str, Any]], kind: str, valid_from: str) -> dict[str, Any] | None:
    """The record a roster row's registration is: the certificate's 首次登记 (its date is the
    certificate's, which the row sets), or the 再登记 that starts on the row's 登记日期."""
    if kind == reg.KIND_FIRST:
        return next((r for r in rows if r["kind"] == reg.KIND_FIRST), None)
    return next((r for r in rows if r["kind"] == kind and r["valid_from"] == valid_from), None)


def write_roster_registration(
    store: Store, worker_id: str, level: str, clean: dict[str, Any], given: frozenset[str]
) -> None:
    """Write a roster row's registration after its certificate: the matching record gets the
    fields the row fills, or a new record is made (a 首次登记's exists already: the
    certificate's date made it)."""
    cert = _certificate_of(store, worker_id, level)
    rows = by_certificates(store, [cert]).get(cert, []) if cert else []
    found = matching(rows, clean["kind"], clean["valid_from"])
    if found is None:
        add(store, worker_id, {**clean, "level": level})
        return
    changes = {k: clean[k] for k in given if found[k] != clean[k]}
    if changes:
        update(store, found["id"], changes)


def write_roster_registrations(
    store: Store, items: list[tuple[str, str, dict[str, Any], frozenset[str]]]
) -> None:
    """``write_roster_registration`` for many roster rows at once, with the same checks and the
    same records: (worker id, certificate level, the row's registration as
    ``core.registration.check_fields`` returned it, the fields it fills).

    A 10k-row roster has thousands of 再登记 rows; one by one each costs ~12 statements. Here
    the certificates and their records are read in a few statements, new 再登记 records enter
    with one ``insert_many``, changed ones with one ``update_many``, and the certificates'
    登记日期 are checked once at the end. A row whose record already says what it says writes
    nothing, as one by one. A 首次登记 row that changes its record, a row whose certificate is
    missing (the message names the person) and rows sharing a certificate take the one-row
    path, in the rows' order, after the batch (a roster names each person once).
    """
    if not items:
        return
    with store.atomic():
        cert_of = _certificates_of(store, {(wid, level) for wid, level, _, _ in items})
        uses: dict[str, int] = {}
        for wid, level, _, _ in items:
            if cid := cert_of.get((wid, level)):
                uses[cid] = uses.get(cid, 0) + 1
        existing = by_certificates(store, uses)
        adds: list[dict[str, Any]] = []
        changes: list[tuple[str, dict[str, Any]]] = []
        touched: list[str] = []
        one_by_one: list[tuple[str, str, dict[str, Any], frozenset[str]]] = []
        for item in items:
            wid, level, clean, given = item
            cid = cert_of.get((wid, level))
            if cid is None or uses[cid] > 1:
                one_by_one.append(item)
                continue
            found = matching(existing.get(cid, []), clean["kind"], clean["valid_from"])
            diff = {} if found is None else {k: clean[k] for k in given if found[k] != clean[k]}
            if found is not None and not diff:
                continue  # the record says what the row says: nothing to write
            if clean["kind"] == reg.KIND_FIRST:
                one_by_one.append(item)  # a 首次登记 moves the certificate's date: its checks
                continue
            if found is None:
                # ``clean`` is ``check_fields``' own outcome and ``level`` the stored
                # certificate's: checking them again (``reg.validate``) gave the same record
                # and cost a 10k-row roster ~0.1 s.
                adds.append({"level": level, **clean, "worker_id": wid, "certificate_id": cid})
            else:
                changes.append((found["id"], reg.validate({**found, **diff})))
            touched.append(cid)
        records.insert_many(store, TABLE, adds)
        records.update_many(store, TABLE, changes)
        _set_certificate_dates(store, touched)
        for wid, level, clean, given in one_by_one:
            write_roster_registration(store, wid, level, clean, given)


def _certificates_of(store: Store, wanted: set[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """``_certificate_of`` of many (worker id, level) pairs: the newest live certificate of
    each, chosen by the same order."""
    out: dict[tuple[str, str], str] = {}
    worker_ids = sorted({wid for wid, _ in wanted})
    for chunk, marks in in_chunks(worker_ids, 500):
        for cid, wid, level in store.conn.execute(
            "SELECT id, worker_id, level FROM certificates "
            f"WHERE worker_id IN ({marks}) AND deleted = 0 "
            "ORDER BY worker_id, level, obtained_date DESC, created_at DESC",
            chunk,
        ):
            if (wid, level) in wanted:
                out.setdefault((wid, level), cid)
    return out


def _set_certificate_dates(store: Store, certificate_ids: list[str]) -> None:
    """``_set_certificate_date`` of many certificates: a few reads and one batch of updates."""
    ids = sorted(set(certificate_ids))
    first: dict[str, str] = {}
    current: dict[str, tuple[str | None, int]] = {}
    for chunk, marks in in_chunks(ids, 500):
        for cid, start in store.conn.execute(
            f"SELECT certificate_id, valid_from FROM {TABLE} "
            f"WHERE certificate_id IN ({marks}) AND kind = ? AND deleted = 0",
            (*chunk, reg.KIND_FIRST),
        ):
            first.setdefault(cid, start)
        for cid, registered, deleted in store.conn.execute(
            f"SELECT id, registration_date, deleted FROM certificates WHERE id IN ({marks})",
            chunk,
        ):
            current[cid] = (registered, deleted)
    records.update_many(
        store,
        "certificates",
        [
            (cid, {"registration_date": first.get(cid)})
            for cid in ids
            if cid in current and current[cid][0] != first.get(cid) and not current[cid][1]
        ],
    )
