"""Key pairs, sealing to the county, and the passphrase-protected backup of the county's keys.

Standard constructions from ``cryptography`` only:
- signing: Ed25519 (every file a side writes is signed by it);
- encryption to the county: ephemeral X25519 key agreement, HKDF-SHA256 to a 256-bit key,
  AES-256-GCM (the ECIES pattern of HPKE / age) — only the county's private key opens it;
- key backup: scrypt (n=2**15, r=8, p=1) from the passphrase, AES-256-GCM.
Keys live in the ``sync_keys`` table of the data file.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)

from swdesk.core import audit
from swdesk.core.errors import RuleError
from swdesk.core.i18n import msg
from swdesk.store import sync_state
from swdesk.store.db import utc_now

if TYPE_CHECKING:
    from swdesk.store.db import Store

ENC, SIGN = "enc", "sign"
HKDF_INFO = b"swdesk-sync-v1 package key"
BACKUP_KIND = "swdesk-county-keys"


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)


def fingerprint(public: bytes) -> str:
    """A short name of a public key, shown to people and written in headers."""
    return hashlib.sha256(public).hexdigest()[:16]


def _raw_private(key: Ed25519PrivateKey | X25519PrivateKey) -> bytes:
    return key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())


def _raw_public(key: Ed25519PublicKey | X25519PublicKey) -> bytes:
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


@dataclass(frozen=True)
class KeyPair:
    public: bytes
    private: bytes


def new_pair(kind: str) -> KeyPair:
    key: Ed25519PrivateKey | X25519PrivateKey = (
        Ed25519PrivateKey.generate() if kind == SIGN else X25519PrivateKey.generate()
    )
    return KeyPair(_raw_public(key.public_key()), _raw_private(key))


def create_keys(store: Store, kinds: tuple[str, ...]) -> None:
    """Create this file's key pairs once (a second call keeps the existing ones)."""
    with store.atomic():
        for kind in kinds:
            if own(store, kind) is None:
                pair = new_pair(kind)
                sync_state.add_key(store, kind, pair.public, pair.private)


def own(store: Store, kind: str) -> KeyPair | None:
    found = sync_state.key_pair(store, kind)
    return KeyPair(*found) if found else None


def require_own(store: Store, kind: str) -> KeyPair:
    pair = own(store, kind)
    if pair is None:
        raise RuleError(
            msg(
                "本数据文件还没有同步密钥。县（区）请先运行 swdesk init --role county 或从密钥备份恢复；"
                "乡镇（街道）请先用县里发的登记文件加入（swdesk sync join）。"
            )
        )
    return pair


# -- signing --------------------------------------------------------------------------------
def sign(private: bytes, data: bytes) -> bytes:
    return Ed25519PrivateKey.from_private_bytes(private).sign(data)


def verify(public: bytes, signature: bytes, data: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True


# -- sealing to the county ------------------------------------------------------------------
def _derive(shared: bytes, eph_public: bytes, recipient: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=eph_public + recipient, info=HKDF_INFO
    ).derive(shared)


def seal(recipient_public: bytes, plaintext: bytes, aad: bytes) -> tuple[bytes, bytes, bytes]:
    """Encrypt for the holder of ``recipient_public``; returns (ephemeral public, nonce, box)."""
    eph = X25519PrivateKey.generate()
    eph_public = _raw_public(eph.public_key())
    shared = eph.exchange(X25519PublicKey.from_public_bytes(recipient_public))
    key = _derive(shared, eph_public, recipient_public)
    nonce = os.urandom(12)
    return eph_public, nonce, AESGCM(key).encrypt(nonce, plaintext, aad)


def open_sealed(pair: KeyPair, eph_public: bytes, nonce: bytes, box: bytes, aad: bytes) -> bytes:
    """Decrypt; raises ``InvalidTag`` when the box was not made for this key or was altered."""
    shared = X25519PrivateKey.from_private_bytes(pair.private).exchange(
        X25519PublicKey.from_public_bytes(eph_public)
    )
    return AESGCM(_derive(shared, eph_public, pair.public)).decrypt(nonce, box, aad)


# -- backup of the county's keys ------------------------------------------------------------
MIN_PASSPHRASE = 8


def _scrypt(passphrase: str, salt: bytes) -> bytes:
    return Scrypt(salt=salt, length=32, n=2**15, r=8, p=1).derive(passphrase.encode("utf-8"))


def backup_bytes(store: Store, passphrase: str) -> bytes:
    """The county's private keys, encrypted with a key derived from the passphrase."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise RuleError(
            msg(
                "口令太短：至少 {count} 个字符。请设一个不易猜到的口令并另行保管。",
                count=MIN_PASSPHRASE,
            )
        )
    pairs = {k: require_own(store, k) for k in (ENC, SIGN)}
    secret = json.dumps(
        {k: {"public": b64(p.public), "private": b64(p.private)} for k, p in pairs.items()}
    ).encode()
    salt, nonce = os.urandom(16), os.urandom(12)
    head = {
        "kind": BACKUP_KIND,
        "format": 1,
        "unit_code": store.unit_code,
        "unit_name": store.unit_name,
        "kdf": "scrypt-n32768-r8-p1",
        "cipher": "AES-256-GCM",
        "salt": b64(salt),
        "nonce": b64(nonce),
        "created_at": utc_now(),
    }
    aad = json.dumps(head, sort_keys=True).encode()
    box = AESGCM(_scrypt(passphrase, salt)).encrypt(nonce, secret, aad)
    return json.dumps({**head, "box": b64(box)}, ensure_ascii=False, indent=1).encode("utf-8")


def mark_backed_up(store: Store) -> None:
    with store.atomic():
        sync_state.mark_keys_backed_up(store)


@dataclass(frozen=True)
class OpenedBackup:
    """A decrypted key backup, checked to belong to this county, not yet installed."""

    unit_code: str
    unit_name: str
    created_at: str
    pairs: dict[str, KeyPair]

    def same_as(self, store: Store) -> bool:
        """True when this file already holds exactly these keys (restoring changes nothing)."""
        return all(own(store, k) == p for k, p in self.pairs.items())

    def replaces_other_keys(self, store: Store) -> bool:
        """True when the file holds *different* keys: townships enrolled with those would
        have to enroll again after the restore."""
        return any(own(store, k) not in (None, p) for k, p in self.pairs.items())


def open_backup(store: Store, data: bytes, passphrase: str) -> OpenedBackup:
    """Decrypt a backup made for this county; RuleError (nothing changed) otherwise."""
    try:
        doc = json.loads(data.decode("utf-8"))
        if doc.get("kind") != BACKUP_KIND:
            raise ValueError
        box = unb64(doc.pop("box"))
        head = doc
        salt, nonce = unb64(head["salt"]), unb64(head["nonce"])
    except (ValueError, KeyError, TypeError, AttributeError):
        raise RuleError(msg("这不是 swdesk 县级密钥备份文件，或文件已损坏。")) from None
    if head.get("unit_code") != store.unit_code:
        raise RuleError(
            msg(
                "这份密钥备份属于 {name}（{code}），不是本单位（{own}）的。",
                name=head.get("unit_name"),
                code=head.get("unit_code"),
                own=store.unit_code,
            )
        )
    aad = json.dumps(head, sort_keys=True).encode()
    try:
        secret = json.loads(AESGCM(_scrypt(passphrase, salt)).decrypt(nonce, box, aad))
        pairs = {
            kind: KeyPair(unb64(secret[kind]["public"]), unb64(secret[kind]["private"]))
            for kind in (ENC, SIGN)
        }
    except InvalidTag:
        raise RuleError(msg("口令不对，或备份文件被改动过，密钥没有恢复。")) from None
    except (ValueError, KeyError, TypeError):
        raise RuleError(msg("这不是 swdesk 县级密钥备份文件，或文件已损坏。")) from None
    return OpenedBackup(
        str(head["unit_code"]), str(head.get("unit_name", "")), str(head["created_at"]), pairs
    )


def install_backup(store: Store, opened: OpenedBackup) -> None:
    """Put the keys of an opened backup in place of the file's own (audited)."""
    with store.atomic():
        for kind, pair in opened.pairs.items():
            sync_state.put_restored_key(store, kind, pair.public, pair.private)
        store.audit("sync_keys", "county", audit.RESTORE, None, {"from_backup": opened.created_at})


def restore_backup(store: Store, data: bytes, passphrase: str) -> None:
    """Put the county's keys back from a backup made for this county."""
    install_backup(store, open_backup(store, data, passphrase))


def backed_up(store: Store) -> bool:
    return bool(own(store, SIGN)) and sync_state.keys_not_backed_up(store) == 0


def create_county_keys(store: Store) -> None:
    """The county's encryption and signing pairs, made when the file is set up as a county."""
    create_keys(store, (ENC, SIGN))
