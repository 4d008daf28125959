"""Enrollment: the county vouches for a township once; the township proves it on first use.

The county writes an enrollment file per township (signed by the county's Ed25519 key): the
county's public keys, the township's code and name, an enrollment id and a random 256-bit join
secret. The township keeps it (``sync join``) and makes its *own* Ed25519 key, which never
leaves its file. Each package carries the township's public key and
``HMAC-SHA256(join secret, "swdesk-join" | enrollment id | public key)``; the county pins the key
from the first package that proves the secret, and from then on accepts only that key. A
re-enrollment (lost township file) issues a new secret and unpins. The enrollment file is
therefore handed over in person or on a stick, not e-mailed: see docs/sync-format.md.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import uuid
from typing import TYPE_CHECKING, Any

from swdesk.core import audit, divisions
from swdesk.core.divisions import check_unit_code
from swdesk.core.errors import RuleError
from swdesk.core.i18n import msg
from swdesk.store import sync_state
from swdesk.store.db import utc_now
from swdesk.sync import keys
from swdesk.sync.envelope import FORMAT, Rejected, pack, unpack

if TYPE_CHECKING:
    from swdesk.store.db import Store


def require_role(store: Store, role: str) -> None:
    if store.role != role:
        what = msg("县（区）民政局") if role == divisions.ROLE_COUNTY else msg("乡镇（街道）社工站")
        raise RuleError(
            msg(
                "这个操作只能在{what}的数据文件上进行（本文件是 {unit}）。",
                what=what,
                unit=store.unit_name,
            )
        )


def join_proof(secret: bytes, enrollment_id: str, public: bytes) -> bytes:
    msg = b"swdesk-join\0" + enrollment_id.encode() + b"\0" + public
    return hmac.new(secret, msg, hashlib.sha256).digest()


def enroll(store: Store, township_code: str, township_name: str) -> bytes:
    """County: register (or re-register) a township and return its enrollment file."""
    require_role(store, divisions.ROLE_COUNTY)
    code = check_unit_code(township_code, divisions.ROLE_TOWNSHIP)
    name = township_name.strip()
    if not name:
        raise RuleError(msg("乡镇（街道）名称不能为空。"))
    if not code.startswith(store.unit_code):
        raise RuleError(
            msg(
                "乡镇（街道）代码 {code} 不属于本县（{county}）：前6位应为县代码。",
                code=code,
                county=store.unit_code,
            )
        )
    if not keys.has_own(store, keys.SIGN) and not sync_state.any_township(store):
        # A county file set up before sync existed: its first enrollment makes the keys. Once
        # townships are enrolled, missing keys are never silently replaced (restore a backup).
        keys.create_county_keys(store)
    enc, sign = keys.require_own(store, keys.ENC), keys.require_own(store, keys.SIGN)
    enrollment_id, secret = str(uuid.uuid4()), os.urandom(32)
    now = utc_now()
    with store.atomic():
        sync_state.enroll_township(store, code, name, enrollment_id, secret, now)
        store.audit(
            "sync_townships", code, audit.ENROLL, None, {"name": name, "enrollment": enrollment_id}
        )
    body = json.dumps(
        {
            "county": {
                "code": store.unit_code,
                "name": store.unit_name,
                "enc_public": keys.b64(enc.public),
                "sign_public": keys.b64(sign.public),
            },
            "township": {"code": code, "name": name},
            "enrollment_id": enrollment_id,
            "join_secret": keys.b64(secret),
        },
        ensure_ascii=False,
    ).encode("utf-8")
    header = {
        "format": FORMAT,
        "kind": "enroll",
        "from": store.unit_code,
        "to": code,
        "created_at": now,
        "signer": keys.b64(sign.public),
    }
    return pack(header, body, lambda d: keys.sign(sign.private, d))


def join(store: Store, data: bytes) -> dict[str, Any]:
    """Township: accept the county's enrollment file once (again after a re-enrollment)."""
    require_role(store, divisions.ROLE_TOWNSHIP)
    env = unpack(data, "enroll")
    try:
        body = json.loads(env.body.decode("utf-8"))
        county = body["county"]
        sign_pub = keys.unb64(county["sign_public"])
        enc_pub = keys.unb64(county["enc_public"])
        secret = keys.unb64(body["join_secret"])
        township = body["township"]
        enrollment_id = str(body["enrollment_id"])
        if len(sign_pub) != 32 or len(enc_pub) != 32 or len(secret) != 32:
            raise ValueError
    except (UnicodeDecodeError, ValueError, KeyError, TypeError):
        raise Rejected("malformed", msg("登记文件内容不完整或已损坏，请让县里重新生成。")) from None
    if keys.unb64(env.header.get("signer")) != sign_pub or not keys.verify(
        sign_pub, env.signature, env.signed
    ):
        raise Rejected("bad_signature", msg("登记文件的签名不对：文件被改动过。请让县里重新生成。"))
    if township.get("code") != store.unit_code:
        raise Rejected(
            "wrong_township",
            msg(
                "这份登记文件是发给 {name}（{code}）的，不是本单位（{own_name}，{own_code}）。",
                name=township.get("name"),
                code=township.get("code"),
                own_name=store.unit_name,
                own_code=store.unit_code,
            ),
        )
    if not store.unit_code.startswith(str(county.get("code"))):
        raise Rejected(
            "other_county",
            msg("登记文件来自 {county}，本乡镇不属于该县。", county=county.get("name")),
        )
    current = sync_state.county_row(store)
    if current and current["code"] != county["code"]:
        raise Rejected(
            "other_county",
            msg(
                "本乡镇已加入 {name}（{code}），不能再加入另一个县。",
                name=current["name"],
                code=current["code"],
            ),
        )
    keys.create_keys(store, (keys.SIGN,))
    with store.atomic():
        sync_state.set_county(
            store, county["code"], county["name"], enc_pub, sign_pub, enrollment_id, secret
        )
        store.audit(
            "sync_county",
            county["code"],
            audit.JOIN,
            None,
            {"name": county["name"], "enrollment": enrollment_id},
        )
    return {"county_code": county["code"], "county_name": county["name"]}


def county_of(store: Store) -> dict[str, Any]:
    row = sync_state.county_row(store)
    if row is None:
        raise RuleError(
            msg("本乡镇还没有加入县里的同步：请先用县里发的登记文件运行 swdesk sync join。")
        )
    return row
