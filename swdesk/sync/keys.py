"""Key pairs, sealing to the county, and the passphrase-protected backup of the county's keys.

Standard constructions from ``cryptography`` only:
- signing: Ed25519 (every file a side writes is signed by it);
- encryption to the county: ephemeral X25519 key agreement, HKDF-SHA256 to a 256-bit key,
  AES-256-GCM (the ECIES pattern of HPKE / age) — only the county's private key opens it;
- key backup: scrypt (n=2**15, r=8, p=1) from the passphrase, AES-256-GCM.
Keys live in the ``sync_keys`` table of the data file. The county's private keys are kept
there encrypted (at rest) under a key derived from the county's passphrase the same way
(scrypt, AES-256-GCM; the salt in ``meta``): a copy of the data file or of its backups opens no
township's package without the passphrase, asked once each time the program starts. A
township's own signing key stays as it is: it only proves the package came from that file.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import weakref
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

from swdesk.core import audit, divisions
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
            if sync_state.key_pair(store, kind) is None:
                pair = new_pair(kind)
                sync_state.add_key(store, kind, pair.public, pair.private)


def own(store: Store, kind: str) -> KeyPair | None:
    """The file's own key pair of ``kind``, its private key opened (``KeysLocked`` when it is
    kept encrypted and the passphrase was not given since the program started)."""
    found = sync_state.key_pair(store, kind)
    if found is None:
        return None
    public, private = found
    if private.startswith(SEALED_MAGIC):
        kek = _unlocked.get(store)
        if kek is None:
            raise KeysLocked(
                msg(
                    "县级密钥已用口令加密保存，还没有输入密钥口令。"
                    "请设置环境变量 {env}，或在终端中运行命令并按提示输入密钥口令。",
                    env=PASSPHRASE_ENV,
                )
            )
        private = _open_private(kek, kind, public, private)
    return KeyPair(public, private)


# -- the county's private keys at rest ----------------------------------------------------------
PASSPHRASE_ENV = "SWDESK_KEY_PASSPHRASE"
SEALED_MAGIC = b"swk1"  # a raw private key is 32 bytes; a kept one starts with this
KEK_META = "sync_key_kek"  # KDF name and salt of the at-rest key (JSON), in ``meta``
RAW, LOCKED, UNLOCKED, NO_KEYS = "raw", "locked", "unlocked", "none"
# The key derived from the passphrase, per open data file, for as long as the program runs.
_unlocked: weakref.WeakKeyDictionary[Store, bytes] = weakref.WeakKeyDictionary()


class KeysLocked(RuleError):
    """The county's private keys are kept encrypted and the passphrase was not given.

    Its message says how the command line gives the passphrase; the window says its own way,
    which needs no restart (``ui.sync_page``: the 数据同步 page's 解锁县级密钥… button)."""


def _aad_at_rest(kind: str, public: bytes) -> bytes:
    return b"swdesk-key-at-rest|" + kind.encode() + b"|" + public


def _seal_private(kek: bytes, kind: str, public: bytes, private: bytes) -> bytes:
    nonce = os.urandom(12)
    return SEALED_MAGIC + nonce + AESGCM(kek).encrypt(nonce, private, _aad_at_rest(kind, public))


def _open_private(kek: bytes, kind: str, public: bytes, sealed: bytes) -> bytes:
    body = sealed[len(SEALED_MAGIC) :]
    return AESGCM(kek).decrypt(body[:12], body[12:], _aad_at_rest(kind, public))


def key_state(store: Store) -> str:
    """``raw`` (a county's keys kept in the clear: set a passphrase), ``locked`` (kept
    encrypted, passphrase not given yet), ``unlocked``, or ``none`` (not a county with keys)."""
    if store.role != divisions.ROLE_COUNTY:
        return NO_KEYS
    found = [sync_state.key_pair(store, k) for k in (ENC, SIGN)]
    if not any(found):
        return NO_KEYS
    if not all(f and f[1].startswith(SEALED_MAGIC) for f in found):
        return RAW
    return UNLOCKED if store in _unlocked else LOCKED


def check_new_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise RuleError(
            msg(
                "口令太短：至少 {count} 个字符。请设一个不易猜到的口令并另行保管。",
                count=MIN_PASSPHRASE,
            )
        )


def _kek(store: Store, passphrase: str) -> bytes:
    doc = json.loads(store.meta(KEK_META) or "{}")
    return _scrypt(passphrase, unb64(doc["salt"]))


def unlock(store: Store, passphrase: str) -> None:
    """Open the county's kept keys for this run of the program; a wrong passphrase changes
    nothing and says so (the caller asks again)."""
    if key_state(store) != LOCKED:
        return
    kek = _kek(store, passphrase)
    for kind in (ENC, SIGN):
        found = sync_state.key_pair(store, kind)
        assert found is not None
        try:
            _open_private(kek, kind, found[0], found[1])
        except InvalidTag:
            raise RuleError(
                msg("密钥口令不对，请重新输入（注意大小写和输入法）。"), field="passphrase"
            ) from None
    _unlocked[store] = kek


def protect(store: Store, passphrase: str) -> None:
    """Keep the county's private keys encrypted under a new passphrase: when they are made, on
    the first start after an upgrade (keys kept in the clear until then), after a restore, or
    to change the passphrase (the keys must be open). The clear bytes are overwritten in the
    file (``secure_delete``) and the write-ahead log is emptied, so no copy keeps them."""
    check_new_passphrase(passphrase)
    state = key_state(store)
    if state == LOCKED:
        raise KeysLocked(msg("请先输入现在的密钥口令，再设新口令。"))
    if state == NO_KEYS:
        return
    pairs = {k: own(store, k) for k in (ENC, SIGN)}
    salt = os.urandom(16)
    kek = _scrypt(passphrase, salt)
    with sync_state.scrubbing(store), store.atomic():
        for kind, pair in pairs.items():
            assert pair is not None
            sync_state.set_private_key(
                store, kind, _seal_private(kek, kind, pair.public, pair.private)
            )
        store.set_meta(
            KEK_META,
            json.dumps({"kdf": "scrypt-n32768-r8-p1", "cipher": "AES-256-GCM", "salt": b64(salt)}),
        )
        store.audit("sync_keys", "county", audit.PROTECT_KEYS, None, {"kdf": "scrypt"})
    _unlocked[store] = kek


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
    check_new_passphrase(passphrase)
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
        """True when this file already holds exactly these keys (restoring changes nothing).
        Public keys decide it: a private key belongs to one public key."""
        return all(_public(store, k) == p.public for k, p in self.pairs.items())

    def replaces_other_keys(self, store: Store) -> bool:
        """True when the file holds *different* keys: townships enrolled with those would
        have to enroll again after the restore."""
        return any(_public(store, k) not in (None, p.public) for k, p in self.pairs.items())


def _public(store: Store, kind: str) -> bytes | None:
    found = sync_state.key_pair(store, kind)
    return found[0] if found else None


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


def install_backup(store: Store, opened: OpenedBackup, passphrase: str) -> None:
    """Put the keys of an opened backup in place of the file's own (audited), kept encrypted
    under the backup's passphrase, which from now on is also the passphrase asked at start."""
    _unlocked.pop(store, None)
    with store.atomic():
        for kind, pair in opened.pairs.items():
            sync_state.put_restored_key(store, kind, pair.public, pair.private)
        store.audit("sync_keys", "county", audit.RESTORE, None, {"from_backup": opened.created_at})
    protect(store, passphrase)


def restore_backup(store: Store, data: bytes, passphrase: str) -> None:
    """Put the county's keys back from a backup made for this county."""
    install_backup(store, open_backup(store, data, passphrase), passphrase)


def has_own(store: Store, kind: str) -> bool:
    """Whether the file has its own key pair of ``kind`` (without opening it)."""
    return _public(store, kind) is not None


def backed_up(store: Store) -> bool:
    return has_own(store, SIGN) and sync_state.keys_not_backed_up(store) == 0


def create_county_keys(store: Store, passphrase: str | None = None) -> None:
    """The county's encryption and signing pairs, made when the file is set up as a county,
    kept encrypted under ``passphrase``. Without one (a county file set up before sync, the
    first-run dialog) they stay in the clear until the program next starts, which asks for a
    passphrase before anything else (``key_state`` is ``raw``)."""
    create_keys(store, (ENC, SIGN))
    if passphrase is not None:
        protect(store, passphrase)
