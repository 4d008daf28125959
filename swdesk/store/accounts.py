"""This file's local accounts and its export log (both local tables, never synced).

A file with no account works as a single-user file: ``Store.account`` stays None and every
action is allowed. The first account must be a 管理 one; from then on a session logs in
(``login``) and the approvals check its role (``require_review``). The last enabled 管理
account can be neither disabled nor demoted, so nobody is ever locked out of managing.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

from swdesk.core import accounts as ac
from swdesk.core import audit, documents
from swdesk.core.errors import RuleError
from swdesk.core.i18n import Text, msg
from swdesk.store.account_presence import any_account as any_account  # its old home
from swdesk.store.db import read_only_uri, utc_now

if TYPE_CHECKING:
    from swdesk.store.db import Store

TABLE = "accounts"
log = logging.getLogger("swdesk.store")


def list_all(store: Store) -> list[dict[str, Any]]:
    """Every account, without its hash."""
    rows = store.query(
        "SELECT name, role, disabled, created_at, changed_at FROM accounts ORDER BY name"
    )
    for r in rows:
        r["disabled"] = bool(r["disabled"])
    return rows


def _get(store: Store, name: str) -> dict[str, Any] | None:
    rows = store.query("SELECT * FROM accounts WHERE name = ?", (name,))
    return rows[0] if rows else None


def _enabled_admins(store: Store) -> int:
    return int(
        store.scalar(
            "SELECT count(*) FROM accounts WHERE role = ? AND disabled = 0", (ac.ROLE_ADMIN,)
        )
    )


def require_manage(store: Store) -> None:
    """Account management needs a 管理 login once accounts exist (the first one is free)."""
    if not any_account(store):
        return
    if store.account is None or not store.account.may_manage:
        raise RuleError(msg("管理账户需要用“管理”角色的账户登录。"))


def require_review(store: Store, what: Text) -> None:
    """An approval (``what``) needs a 审核 or 管理 account, once the file has accounts."""
    if not any_account(store):
        return
    if store.account is None or not store.account.may_review:
        raise ac.refused_review(what)


def add(store: Store, name: str, role: str, password: str) -> ac.Account:
    """A new account; the file's first must be a 管理 one."""
    name = ac.check_name(name)
    role = ac.parse_role(role)
    ac.check_password(password)
    require_manage(store)
    if not any_account(store) and role != ac.ROLE_ADMIN:
        raise RuleError(msg("第一个账户必须是“管理”角色：先建管理账户，再建录入、审核账户。"))
    if _get(store, name) is not None:
        raise RuleError(msg("已经有名为“{name}”的账户。", name=name), "name")
    pw_hash = ac.hash_password(password)
    with store.atomic():
        now = utc_now()
        store.conn.execute(
            "INSERT INTO accounts (name, role, pw_hash, disabled, created_at, changed_at) "
            "VALUES (?, ?, ?, 0, ?, ?)",
            (name, role, pw_hash, now, now),
        )
        store.audit(TABLE, name, audit.INSERT, None, {"role": role})
    return ac.Account(name, role)


def _require(store: Store, name: str) -> dict[str, Any]:
    row = _get(store, name.strip())
    if row is None:
        raise RuleError(msg("没有名为“{name}”的账户。", name=name), "name")
    return row


def set_password(store: Store, name: str, password: str) -> None:
    """A new password: by a 管理 account, or by the account itself."""
    ac.check_password(password)
    row = _require(store, name)
    if store.account is None or store.account.name != row["name"]:
        require_manage(store)
    pw_hash = ac.hash_password(password)
    with store.atomic():
        store.conn.execute(
            "UPDATE accounts SET pw_hash = ?, changed_at = ? WHERE name = ?",
            (pw_hash, utc_now(), row["name"]),
        )
        store.audit(TABLE, row["name"], audit.UPDATE, None, {"password": "***"})


def _keeps_an_admin(store: Store, row: dict[str, Any]) -> None:
    if row["role"] == ac.ROLE_ADMIN and not row["disabled"] and _enabled_admins(store) <= 1:
        raise RuleError(
            msg(
                "“{name}”是最后一个可用的管理账户，不能停用或改为其他角色："
                "否则就没有人能管理账户了。请先另建一个管理账户。",
                name=row["name"],
            )
        )


def set_disabled(store: Store, name: str, disabled: bool = True) -> None:
    """Disable (or enable again) an account; never the last enabled 管理 one."""
    require_manage(store)
    row = _require(store, name)
    if bool(row["disabled"]) == disabled:
        return
    if disabled:
        _keeps_an_admin(store, row)
    with store.atomic():
        store.conn.execute(
            "UPDATE accounts SET disabled = ?, changed_at = ? WHERE name = ?",
            (int(disabled), utc_now(), row["name"]),
        )
        store.audit(
            TABLE,
            row["name"],
            audit.UPDATE,
            {"disabled": bool(row["disabled"])},
            {"disabled": disabled},
        )


def set_role(store: Store, name: str, role: str) -> None:
    """Change an account's role; the last enabled 管理 account keeps its."""
    require_manage(store)
    role = ac.parse_role(role)
    row = _require(store, name)
    if row["role"] == role:
        return
    _keeps_an_admin(store, row)
    with store.atomic():
        store.conn.execute(
            "UPDATE accounts SET role = ?, changed_at = ? WHERE name = ?",
            (role, utc_now(), row["name"]),
        )
        store.audit(TABLE, row["name"], audit.UPDATE, {"role": row["role"]}, {"role": role})


def authenticate(store: Store, name: str, password: str) -> ac.Account:
    """The account if ``password`` is its own and it is enabled; one refusal for any mistake
    (a guesser learns nothing about which names exist)."""
    row = _get(store, ac.check_name(name)) if name.strip() else None
    return _checked(row, password)


def _checked(row: dict[str, Any] | None, password: str) -> ac.Account:
    # Hash even for an unknown name, so the answer takes as long either way.
    stored = row["pw_hash"] if row is not None else ac.NO_ACCOUNT_HASH
    if not ac.verify_password(password, stored) or row is None:
        raise RuleError(msg("账户名或密码不对。"), "password")
    if row["disabled"]:
        raise RuleError(msg("账户“{name}”已停用。请找管理员。", name=row["name"]), "name")
    return ac.Account(row["name"], row["role"])


def login(store: Store, name: str, password: str) -> ac.Account:
    """Check the password and run this store (and its clones) as the account."""
    account = authenticate(store, name, password)
    store.account = account
    return account


def accounts_of_file(path: Path) -> list[dict[str, Any]] | None:
    """The accounts kept in the data file at ``path``, read without opening it as a store, or
    None when it cannot be read at all.

    Why: a restore never opens the file it replaces (it may be damaged past opening), yet it
    replaces everyone's work, so it must know whose file it is when that can still be read."""
    if not path.is_file():
        return []
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True)
        try:
            conn.row_factory = sqlite3.Row
            has = conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'accounts'"
            ).fetchone()
            if has is None:
                return []
            rows = conn.execute("SELECT name, role, pw_hash, disabled FROM accounts").fetchall()
            return [dict(r) for r in rows]
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return None


def authenticate_among(rows: list[dict[str, Any]], name: str, password: str) -> ac.Account:
    """``authenticate`` against accounts read by ``accounts_of_file``."""
    key = ac.check_name(name) if name.strip() else None
    row = next((r for r in rows if r["name"] == key), None)
    return _checked(row, password)


def restore_accounts(live: Path, backup: Path) -> list[dict[str, Any]]:
    """Whose 管理 account a restore needs: the replaced file's while it can be read, else the
    backup's (a damaged file's accounts cannot be read, and the backup's become the file's).
    Empty: a single-user file, nobody to ask."""
    rows = accounts_of_file(live)
    if rows is None:
        rows = accounts_of_file(backup) or []
    return rows


def check_restorer(rows: list[dict[str, Any]], name: str, password: str) -> ac.Account:
    """The account may restore: its password is right and it is a 管理 one."""
    account = authenticate_among(rows, name, password)
    if not account.may_manage:
        raise RuleError(
            msg("恢复备份会替换整个数据文件，需要用“管理”角色的账户登录。没有做任何改动。")
        )
    return account


# -- export log -----------------------------------------------------------------------------
def full_ids(store: Store, document: str) -> bool:
    """Whether ``document`` prints whole ID numbers in this file (``core.documents``)."""
    return documents.full_numbers(document, store.setting(documents.SETTING_FULL))


def log_export(store: Store, kind: str, file: str, rows: int, full_ids: bool) -> None:
    """Record that this session wrote a file of ``kind`` with ``rows`` rows.

    A file whose writes are refused (damaged, read-only, on a full disk: ``store.integrity``)
    cannot take the record, yet exporting what is readable is the way out of those modes: the
    record goes to the program's log instead, and the export is not undone."""
    if kind not in documents.DOCUMENTS:
        raise ValueError(kind)
    if store.refusal is not None:
        log.warning(
            "export not recorded in the data file (writes refused): %s %s, %d rows, by %s",
            kind,
            file,
            rows,
            store.operator,
        )
        return
    with store.atomic():
        store.conn.execute(
            "INSERT INTO export_log (at, account, kind, file, rows, full_ids) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (utc_now(), store.operator, kind, file, rows, int(full_ids)),
        )


def export_log(store: Store, limit: int = 1000) -> list[dict[str, Any]]:
    """The newest exports first."""
    rows = store.query(
        "SELECT at, account, kind, file, rows, full_ids FROM export_log ORDER BY seq DESC LIMIT ?",
        (limit,),
    )
    for r in rows:
        r["full_ids"] = bool(r["full_ids"])
    return rows
