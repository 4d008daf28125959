"""County → township receipts: what the county holds, what is missing, and reference data.

A receipt is signed by the county (Ed25519) and not encrypted: it holds no personal data
(sequence numbers, per-table counts and checksums, locality settings, the village list). The
township accepts it only if the county's key from its enrollment signed it and it is addressed
to this township.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from swdesk.core import audit, divisions
from swdesk.core.errors import RuleError
from swdesk.core.i18n import msg
from swdesk.store import sync_state, villages
from swdesk.store.db import utc_now
from swdesk.sync import keys
from swdesk.sync.county import county_checksums
from swdesk.sync.enroll import county_of, require_role
from swdesk.sync.envelope import FORMAT, Rejected, compress, decompress, pack, unpack
from swdesk.sync.merge import missing_sequences
from swdesk.sync.tables import changed_since, live_checksums
from swdesk.sync.versions import export_format, from_receipt, receipt_fields

if TYPE_CHECKING:
    from swdesk.store.db import Store

# Settings that describe one computer or one file, never sent as county reference data.
LOCAL_SETTINGS = frozenset(
    {
        "operator",
        "language",
        "backup_keep",
        "backup_keep_weekly",
        "backup_keep_monthly",
        "removable_remind_days",
        "idle_lock_minutes",
        # How much of a spreadsheet this computer agrees to read guards its own memory.
        "xlsx_max_rows",
        "xlsx_max_columns",
        "xlsx_max_uncompressed_mb",
        "xlsx_max_ratio",
    }
)


def reference_settings(store: Store) -> dict[str, Any]:
    return {
        k: json.loads(v)
        for k, v in sync_state.raw_settings(store)
        if k not in LOCAL_SETTINGS and not k.startswith("sync")
    }


def covered(store: Store, township: str) -> set[int]:
    """Sequences whose changes a later package carried again (so nothing of them is missing)."""
    out: set[int] = set()
    for c in sync_state.package_covers(store, township):
        out.update(json.loads(c))
    return out


def make(store: Store, township: str) -> bytes:
    """County: the receipt for one enrolled township."""
    require_role(store, divisions.ROLE_COUNTY)
    t = sync_state.township(store, township.strip())
    if t is None:
        raise RuleError(
            msg("乡镇（街道）{code} 没有在本县登记（先运行 sync enroll）。", code=township)
        )
    sign = keys.require_own(store, keys.SIGN)
    held = sync_state.held_sequences(store, t["code"])
    manifest = json.loads(t["last_manifest"]) if t["last_manifest"] else None
    body = {
        "township": {"code": t["code"], "name": t["name"]},
        "county": {"code": store.unit_code, "name": store.unit_name},
        "created_at": utc_now(),
        "held": held,
        "covered": sorted(covered(store, t["code"])),
        "missing": missing_sequences(store, t["code"]),
        "county_tables": county_checksums(store, t["code"]),
        "township_tables": (manifest or {}).get("tables", {}),
        "reference": {
            "settings": reference_settings(store),
            "villages": [
                {"code": v["code"], "name": v["name"], "kind": v["kind"]}
                for v in villages.list_all(store)
                if v["code"].startswith(t["code"])
            ],
        },
        # Which package formats this county reads: the township sends the newest of them.
        **receipt_fields(),
    }
    plain = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    header = {
        "format": FORMAT,
        "kind": "receipt",
        "from": store.unit_code,
        "to": t["code"],
        "created_at": body["created_at"],
        "comp": "xz",
        "plain_size": len(plain),
        "signer": keys.b64(sign.public),
    }
    return pack(header, compress(plain), lambda d: keys.sign(sign.private, d))


@dataclass
class ReceiptResult:
    held: list[int]
    missing: list[int]
    settings_changed: list[str]
    villages_added: list[str]
    tables: dict[str, dict[str, Any]]
    unconfirmed: list[int]

    def summary(self) -> str:
        parts = [f"县里已收到 {len(self.held)} 个数据包"]
        if self.unconfirmed:
            parts.append(
                "还没有收到"
                + "、".join(f"第 {s} 号" for s in self.unconfirmed)
                + "数据包，下次导出会自动补上"
            )
        if self.settings_changed:
            parts.append(f"更新了 {len(self.settings_changed)} 项县里的设置")
        if self.villages_added:
            parts.append(f"新增村（社区）{len(self.villages_added)} 个")
        return "已导入回执：" + "；".join(parts) + "。"


def load(store: Store, data: bytes) -> ReceiptResult:
    """Township: verify and apply a receipt (all or nothing)."""
    require_role(store, divisions.ROLE_TOWNSHIP)
    county = county_of(store)
    env = unpack(data, "receipt")
    if env.header.get("from") != county["code"]:
        raise Rejected(
            "other_county",
            msg("这份回执来自 {sender}，不是本乡镇所属的县。", sender=env.header.get("from")),
        )
    if not keys.verify(bytes(county["sign_public"]), env.signature, env.signed):
        raise Rejected(
            "bad_signature", msg("回执的签名不对：不是县里发出的，或在路上被改动过。没有导入。")
        )
    if env.header.get("to") != store.unit_code:
        raise Rejected(
            "wrong_township",
            msg("这份回执是给乡镇 {code} 的，不是本乡镇。", code=env.header.get("to")),
        )
    plain = decompress(env.body, env.header.get("plain_size"))
    try:
        body = json.loads(plain.decode("utf-8"))
        held = [int(s) for s in body["held"]]
        got = set(held) | {int(s) for s in body.get("covered", [])}
        missing = [int(s) for s in body["missing"]]
        ref = body["reference"]
        settings, vlist = dict(ref["settings"]), list(ref["villages"])
        tables = dict(body["county_tables"])
    except (UnicodeDecodeError, ValueError, KeyError, TypeError):
        raise Rejected("malformed", msg("回执内容格式不对，文件可能已损坏，没有导入。")) from None
    changed, added = [], []
    with store.atomic():
        for k, v in settings.items():
            if k in LOCAL_SETTINGS or k.startswith("sync"):
                continue
            if store.setting(k) != v:
                store.set_setting(k, v)
                changed.append(k)
        have = {v["code"] for v in villages.list_all(store, include_deleted=True)}
        for v in vlist:
            if v.get("code") not in have:
                villages.add(store, v["code"], v["name"], v["kind"])
                added.append(v["code"])
        # Every package the county has not got (a gap it sees, or a last one lost or still on
        # its way): the next export carries those changes again; re-sent rows are harmless.
        unconfirmed = [s for s in sync_state.export_sequences(store) if s not in got]
        low = sync_state.lowest_from_rev(store, unconfirmed)
        if low is not None:
            store.set_meta("sync_resend_from", str(low))
        store.set_meta(
            "sync_last_receipt",
            json.dumps(
                {
                    "received_at": utc_now(),
                    "created_at": body.get("created_at"),
                    "held": held,
                    "missing": missing,
                    "unconfirmed": unconfirmed,
                    "county_tables": tables,
                    **from_receipt(body),
                },
                ensure_ascii=False,
            ),
        )
        store.audit(
            "sync_receipts",
            str(body.get("created_at")),
            audit.IMPORT,
            None,
            {"held": len(held), "missing": missing, "settings": changed, "villages": added},
        )
    return ReceiptResult(held, missing, changed, added, tables, unconfirmed)


def township_status(store: Store) -> dict[str, Any]:
    """Township: joined county, last export and receipt, and "county holds N / you hold M"."""
    require_role(store, divisions.ROLE_TOWNSHIP)
    county = sync_state.county_summary(store)
    last = sync_state.last_export(store)
    raw = store.meta("sync_last_receipt")
    receipt = json.loads(raw) if raw else None
    base = sync_state.exported_up_to(store)
    pending = 0
    mine = live_checksums(store)
    for t in mine:
        pending += changed_since(store, t, base)
    tables = {
        t: {
            "township_live": v["live"],
            "county_live": (receipt or {}).get("county_tables", {}).get(t, {}).get("live"),
        }
        for t, v in mine.items()
    }
    return {
        "role": divisions.ROLE_TOWNSHIP,
        "unit_code": store.unit_code,
        "county": county,
        "last_export": last,
        "last_receipt": receipt,
        "county_missing": (receipt or {}).get("unconfirmed", (receipt or {}).get("missing", [])),
        "pending_changes": pending,
        # The package format the next export is written in (what the county said it reads).
        "package_format": export_format(store),
        "tables": tables,
    }
