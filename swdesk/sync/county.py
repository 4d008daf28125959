"""County bookkeeping read by the CLI and GUI: per-township status and the conflict queue."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from swdesk.core import conflicts, divisions
from swdesk.core.errors import RuleError
from swdesk.core.i18n import msg
from swdesk.store import sync_state
from swdesk.sync import keys
from swdesk.sync.merge import missing_sequences, settle_conflict
from swdesk.sync.tables import ordered_tables

if TYPE_CHECKING:
    from swdesk.store.db import Store


def county_checksums(store: Store, township: str) -> dict[str, dict[str, Any]]:
    """What the county holds of one township, per table, in the township's own terms."""
    held = sync_state.checksums_held(store, township)
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
    for t in sync_state.townships(store):
        manifest = json.loads(t["last_manifest"]) if t["last_manifest"] else None
        held = county_checksums(store, t["code"])
        last = sync_state.last_package_sequence(store, t["code"])
        towns.append(
            {
                "code": t["code"],
                "name": t["name"],
                "last_sequence": last or 0,
                "missing_sequences": missing_sequences(store, t["code"]),
                "last_import_at": t["last_import_at"],
                "checksum_match": checksum_match(manifest, held),
                "joined": t["sign_public"] is not None,
                "open_conflicts": sync_state.open_conflict_count(store, t["code"]),
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
        "open_conflicts": sync_state.open_conflict_count(store),
    }


def open_conflicts(store: Store) -> list[dict[str, Any]]:
    rows = sync_state.open_conflict_rows(store)
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
    conflict = sync_state.open_conflict(store, conflict_seq)
    if conflict is None:
        raise RuleError(msg("找不到待处理的冲突 {number}（可能已经处理过）。", number=conflict_seq))
    settle_conflict(store, conflict, keep)
