"""Who is at the keyboard: local accounts, their roles, and how a password is kept.

A township PC is shared and the data file holds every worker's ID number and phone, so a file
may have accounts. A file with none works as a single-user file (nobody is asked anything);
once a 管理 account exists, every start and every command names an account and its password.

Passwords are never stored: only a scrypt hash (RFC 7914, in Python's standard ``hashlib``)
with a random salt per account, its cost parameters written beside it so they can be raised
later without breaking older hashes. A password is checked with a constant-time comparison.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import unicodedata
from dataclasses import dataclass

from swdesk.core.errors import RuleError
from swdesk.core.i18n import QT_TRANSLATE_NOOP as _N
from swdesk.core.i18n import msg

# Roles, stored as codes. 录入 enters data; 审核 also approves what must be approved by
# someone other than the clerk (a payroll, a signed appraisal); 管理 also manages accounts.
ROLE_CLERK = "clerk"
ROLE_REVIEWER = "reviewer"
ROLE_ADMIN = "admin"
ROLES: tuple[str, ...] = (ROLE_CLERK, ROLE_REVIEWER, ROLE_ADMIN)
ROLE_LABELS: dict[str, str] = {
    ROLE_CLERK: _N("enum", "录入"),
    ROLE_REVIEWER: _N("enum", "审核"),
    ROLE_ADMIN: _N("enum", "管理"),
}
# What people type after ``--role``: the code or the Chinese label.
ROLE_ALIASES: dict[str, str] = {
    "录入": ROLE_CLERK,
    "审核": ROLE_REVIEWER,
    "管理": ROLE_ADMIN,
}
# Who may approve: a payroll, a signed appraisal.
REVIEW_ROLES = frozenset({ROLE_REVIEWER, ROLE_ADMIN})
MANAGE_ROLES = frozenset({ROLE_ADMIN})

NAME_MAX = 30
PASSWORD_MIN = 6
PASSWORD_MAX = 200

# scrypt cost: N=2^14, r=8, p=1 takes 16 MB and ~50 ms on a township PC — slow for a guesser,
# unnoticed by a person logging in.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
_SCHEME = "scrypt"
_SALT_BYTES = 16
_HASH_BYTES = 32
# What an unknown account name is checked against: a well-formed hash no password gives, so
# a wrong name costs the same one scrypt as a wrong password (the time tells a guesser nothing).
NO_ACCOUNT_HASH = "$".join(
    (_SCHEME, str(SCRYPT_N), str(SCRYPT_R), str(SCRYPT_P), "A" * 22 + "==", "A" * 43 + "=")
)


@dataclass(frozen=True)
class Account:
    """The account a session runs as."""

    name: str
    role: str

    @property
    def may_review(self) -> bool:
        return self.role in REVIEW_ROLES

    @property
    def may_manage(self) -> bool:
        return self.role in MANAGE_ROLES


def parse_role(raw: str) -> str:
    """A role code from what was typed (``reviewer`` or 审核)."""
    text = raw.strip()
    if text in ROLES:
        return text
    if text in ROLE_ALIASES:
        return ROLE_ALIASES[text]
    raise RuleError(
        msg("角色“{role}”不对，只能是：{roles}。", role=raw, roles=list(ROLE_ALIASES)), "role"
    )


def check_name(raw: str) -> str:
    """An account name as stored: NFKC, no spaces around, no control characters."""
    name = unicodedata.normalize("NFKC", raw).strip()
    if not name:
        raise RuleError(msg("账户名不能为空。"), "name")
    if len(name) > NAME_MAX:
        raise RuleError(msg("账户名最多 {n} 个字。", n=NAME_MAX), "name")
    if any(unicodedata.category(ch)[0] in "CZ" and ch != " " for ch in name):
        raise RuleError(msg("账户名里不能有控制字符或特殊空白。"), "name")
    return name


def check_password(password: str) -> str:
    """A new password long enough to resist a guess at the keyboard."""
    if len(password) < PASSWORD_MIN:
        raise RuleError(msg("密码至少 {n} 位。", n=PASSWORD_MIN), "password")
    if len(password) > PASSWORD_MAX:
        raise RuleError(msg("密码最多 {n} 位。", n=PASSWORD_MAX), "password")
    return password


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _scrypt(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        password.encode("utf-8"),
        salt=salt,
        n=n,
        r=r,
        p=p,
        maxmem=128 * r * n * 2,
        dklen=_HASH_BYTES,
    )


def hash_password(password: str) -> str:
    """``scrypt$N$r$p$salt$hash`` (base64): what the accounts table keeps instead of the password."""
    salt = secrets.token_bytes(_SALT_BYTES)
    digest = _scrypt(password, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    return "$".join(
        (_SCHEME, str(SCRYPT_N), str(SCRYPT_R), str(SCRYPT_P), _b64(salt), _b64(digest))
    )


def verify_password(password: str, stored: str) -> bool:
    """Whether ``password`` is the one ``stored`` was made from (constant-time comparison)."""
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != _SCHEME:
            return False
        expected = base64.b64decode(digest, validate=True)
        actual = _scrypt(password, base64.b64decode(salt, validate=True), int(n), int(r), int(p))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


def refused_review(what: str) -> RuleError:
    """The refusal when a 录入 account tries an approval."""
    return RuleError(
        msg(
            "{what}需要“审核”或“管理”角色的账户。请由审核人用自己的账户登录后再操作。",
            what=what,
        )
    )
