"""County bookkeeping read by the CLI and GUI: per-township status and the conflict queue."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from swdesk.core import audit, conflicts, divisions
from swdesk.core.errors import RuleError
from swdesk.core.i18n import msg
from swdesk.store.appraisal_lock import allow_locked_writes
from swdesk.store.db import utc_now
from swdesk.sync import keys
from swdesk.sync.merge import missing_sequences
from swdesk.sync.tables import ordered_tables

if TYPE_CHECKING:
    from swdesk.store.db import Store


def county_checksums(store: Store, township: str) -> dict[str, dict[str, Any]]:
    """What the county holds of one township, per table, in the township's own terms."""
    held = {
        tbl: (live, xor)
        for tbl, live, xor in store.conn.execute(
            "SELECT tbl, live, xor FROM sync_checksums WHERE origin = ?", (township,)
        )
    }
    out = {}
    for info in ordered_tables(store):
        live, xor = held.get(info.name, (0, f"{0:032x}"))
        out[info.name] = {"live": live, "checksum": xor}
    return out


def checksum_match(manifest: dict[str, Any] | None, held: dict[str, dict[str, Any]]) -> bool | None:
    if not manifest:
        return None
    theirs = manifest.get("tables", {})
    for t, mine in held.items():
        other = theirs.get(t, {"live": 0, "checksum": f"{0:032x}"})
        if other.get("live") != mine["live"] or other.get("checksum") != mine["checksum"]:
            return False
    return True


def status(store: Store) -> dict[str, Any]:
    towns = []
    for t in store.query("SELECT * FROM sync_townships ORDER BY code"):
        manifest = json.loads(t["last_manifest"]) if t["last_manifest"] else None
        held = county_checksums(store, t["code"])
        last = store.scalar(
            "SELECT MAX(sequence) FROM sync_packages WHERE township = ?", (t["code"],)
        )
        towns.append(
            {
                "code": t["code"],
                "name": t["name"],
                "last_sequence": last or 0,
                "missing_sequences": missing_sequences(store, t["code"]),
                "last_import_at": t["last_import_at"],
                "checksum_match": checksum_match(manifest, held),
                "joined": t["sign_public"] is not None,
                "open_conflicts": int(
                    store.scalar(
                        "SELECT COUNT(*) FROM sync_conflicts WHERE township = ? AND resolved_at IS NULL",
                        (t["code"],),
                    )
                ),
                "tables": {
                    name: {
                        "county_live": v["live"],
                        "township_live": (manifest or {})
                        .get("tables", {})
                        .get(name, {})
                        .get("live"),
                    }
                    for name, v in held.items()
                },
            }
        )
    return {
        "role": divisions.ROLE_COUNTY,
        "unit_code": store.unit_code,
        "keys_backed_up": keys.backed_up(store),
        "townships": towns,
        "open_conflicts": int(
            store.scalar("SELECT COUNT(*) FROM sync_conflicts WHERE resolved_at IS NULL")
        ),
    }


def open_conflicts(store: Store) -> list[dict[str, Any]]:
    rows = store.query(
        "SELECT c.*, t.name AS township_name FROM sync_conflicts c "
        "LEFT JOIN sync_townships t ON t.code = c.township "
        "WHERE c.resolved_at IS NULL ORDER BY c.seq"
    )
    for r in rows:
        r["incoming"] = json.loads(r["incoming"])
        r["county"] = json.loads(r["county"])
    return rows


def resolve(store: Store, conflict_seq: int, keep: str) -> None:
    """Settle one conflict: ``keep`` is ``KEEP_COUNTY`` (the county's value stays) or
    ``KEEP_TOWNSHIP`` (the township's value replaces it). Either way sync will overwrite the row again only
    when the township changes it next."""
    if keep not in conflicts.CHOICES:
        raise RuleError(msg("只能选择保留县里的（county）或乡镇的（township）。"))
    rows = store.query(
        "SELECT * FROM sync_conflicts WHERE seq = ? AND resolved_at IS NULL", (conflict_seq,)
    )
    if not rows:
        raise RuleError(msg("找不到待处理的冲突 {number}（可能已经处理过）。", number=conflict_seq))
    c = rows[0]
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
            (utc_now(), keep, conflict_seq),
        )
