"""``swdesk account …`` and the login every command makes once the file has accounts.

A file without accounts is single-user: no command asks anything. The first account (``account
add NAME --role 管理``) needs no login; from then on every command names ``--user NAME`` and the
password comes from ``SWDESK_PASSWORD`` or, at a terminal, a prompt that does not echo. A new
account's password comes from ``SWDESK_NEW_PASSWORD`` or is asked twice at a terminal.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import Any

from swdesk.cli.common import EXIT_OK, actions, print_json
from swdesk.core import accounts as ac
from swdesk.core.errors import RuleError
from swdesk.core.i18n import msg
from swdesk.store import Store
from swdesk.store import accounts as store_accounts

COMMAND = "account"
PASSWORD_ENV = "SWDESK_PASSWORD"
NEW_PASSWORD_ENV = "SWDESK_NEW_PASSWORD"


def add_parser(sub: Any) -> None:
    a = actions(sub, COMMAND, "本机账户（录入、审核、管理）")
    ad = a.add_parser("add", help="新建账户（密码见 SWDESK_NEW_PASSWORD 或提示输入）")
    ad.add_argument("name")
    ad.add_argument("--role", required=True, help="录入、审核 或 管理")
    li = a.add_parser("list", help="列出账户")
    li.add_argument("--json", action="store_true")
    pw = a.add_parser("passwd", help="改密码（本人，或管理账户改他人的）")
    pw.add_argument("name")
    di = a.add_parser("disable", help="停用账户（不能停用最后一个管理账户）")
    di.add_argument("name")
    en = a.add_parser("enable", help="重新启用账户")
    en.add_argument("name")
    ro = a.add_parser("role", help="改账户的角色")
    ro.add_argument("name")
    ro.add_argument("--role", required=True, help="录入、审核 或 管理")


def precheck(args: argparse.Namespace) -> None:
    if args.action in ("add", "passwd", "disable", "enable", "role"):
        ac.check_name(args.name)
    if args.action in ("add", "role"):
        ac.parse_role(args.role)


def _terminal() -> bool:
    try:
        return sys.stdin.isatty()
    except (AttributeError, ValueError):
        return False


def _new_password(name: str) -> str:
    given = os.environ.get(NEW_PASSWORD_ENV)
    if given is not None:
        return ac.check_password(given)
    if not _terminal():
        raise RuleError(
            msg(
                "没有给出新密码：请在终端里运行（会提示输入两次），或用环境变量 {env} 给出。",
                env=NEW_PASSWORD_ENV,
            )
        )
    first = ac.check_password(getpass.getpass(f"账户 {name} 的新密码："))
    if getpass.getpass("再输入一次：") != first:
        raise RuleError(msg("两次输入的密码不一样，没有改动。"))
    return first


def login(store: Store, args: argparse.Namespace) -> None:
    """Run the command as ``--user`` once the file has accounts; refuse without a password."""
    if not store_accounts.any_account(store):
        return
    user, password = _credentials(args)
    store_accounts.login(store, user, password)


def _credentials(args: argparse.Namespace) -> tuple[str, str]:
    user = (getattr(args, "user", None) or "").strip()
    if not user:
        raise RuleError(
            msg(
                "这个数据文件设有账户：请用 --user 账户名 指定账户，"
                "密码在提示时输入，或用环境变量 {env} 给出。",
                env=PASSWORD_ENV,
            )
        )
    password = os.environ.get(PASSWORD_ENV)
    if password is None:
        if not _terminal():
            raise RuleError(
                msg(
                    "没有密码：请在终端里运行（会提示输入密码），或用环境变量 {env} 给出。",
                    env=PASSWORD_ENV,
                )
            )
        password = getpass.getpass(f"账户 {user} 的密码：")
    return user, password


def restore_login(args: argparse.Namespace, live: Path, backup: Path) -> None:
    """A restore replaces the whole file, so once accounts exist it needs a 管理 account: of
    the file being replaced while that can still be read, else of the backup put in its place
    (a damaged file's accounts cannot be read, and the backup's become the file's)."""
    rows = store_accounts.restore_accounts(live, backup)
    if not rows:
        return
    user, password = _credentials(args)
    store_accounts.check_restorer(rows, user, password)


def run(store: Store, args: argparse.Namespace) -> int:
    if args.action == "list":
        rows = store_accounts.list_all(store)
        if args.json:
            print_json(rows)
        else:
            for r in rows:
                state = "已停用" if r["disabled"] else "可用"
                print(f"{r['name']}\t{ac.ROLE_LABELS[r['role']]}\t{state}")
        return EXIT_OK
    if args.action == "add":
        store_accounts.require_manage(store)
        account = store_accounts.add(store, args.name, args.role, _new_password(args.name))
        print(f"已新建账户 {account.name}（{ac.ROLE_LABELS[account.role]}）。")
    elif args.action == "passwd":
        store_accounts.set_password(store, args.name, _new_password(args.name))
        print(f"已修改账户 {args.name} 的密码。")
    elif args.action in ("disable", "enable"):
        store_accounts.set_disabled(store, args.name, args.action == "disable")
        print(f"账户 {args.name} 已{'停用' if args.action == 'disable' else '启用'}。")
    elif args.action == "role":
        store_accounts.set_role(store, args.name, args.role)
        print(f"账户 {args.name} 的角色已改为 {ac.ROLE_LABELS[ac.parse_role(args.role)]}。")
    return EXIT_OK
