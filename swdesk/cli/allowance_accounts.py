"""``swdesk allowance account …``: the payee account (社保卡 or bank card) a person is paid into.

Numbers are checked by ``swdesk.core.payee`` and listed masked (last 4 digits): only the bank's
代发 sheet (``allowance export --sheet bank``) prints them in full.
"""

from __future__ import annotations

import argparse
from typing import Any

from swdesk.cli.common import EXIT_OK, Parser, id_number, print_json
from swdesk.core import allowance as al
from swdesk.core.errors import RuleError
from swdesk.core.i18n import msg
from swdesk.core.payee import mask_account
from swdesk.store import Store, payee_accounts, workers
from swdesk.store import allowances as store_al

WRITES = frozenset({"set", "remove"})


def add_parser(actions: Any) -> None:
    c = actions.add_parser("account", help="收款账号（社保卡或银行卡）：登记、查看、删除")
    sub = c.add_subparsers(dest="account_action", required=True, parser_class=Parser)
    s = sub.add_parser("set", help="登记或更换一个人的收款账号")
    s.add_argument("--id-number", required=True)
    s.add_argument("--kind", required=True, choices=list(al.ACCOUNT_KINDS), help="账户类别")
    s.add_argument("--number", required=True, help="社保卡金融账号或银行卡号（只能是数字）")
    s.add_argument("--bank", default="", metavar="NAME", help="开户银行（可不填）")
    s.add_argument(
        "--no-check-digit",
        action="store_true",
        help="不核对银行卡号的校验位：只用于对照卡面确认无误、却没有校验位的少数老卡",
    )
    li = sub.add_parser("list", help="列出登记了收款账号的人（账号只显示后 4 位）")
    li.add_argument("--json", action="store_true")
    r = sub.add_parser("remove", help="删除一个人的收款账号")
    r.add_argument("--id-number", required=True)


def precheck(args: argparse.Namespace) -> None:
    if args.account_action in WRITES:
        id_number(args.id_number)
    if args.account_action == "set":
        al.validate_account(args.kind, args.number, not args.no_check_digit)


def _person(store: Store, raw: str) -> dict[str, Any]:
    person = workers.find_by_id_number(store, id_number(raw))
    if person is None or person.get("deleted"):
        raise RuleError(msg("找不到身份证号为 {id} 的社工。", id=raw))
    return person


def run(store: Store, args: argparse.Namespace) -> int:
    action = args.account_action
    if action == "set":
        person = _person(store, args.id_number)
        check = not args.no_check_digit
        kind, digits = al.validate_account(args.kind, args.number, check)
        store_al.set_account(store, person["id"], kind, digits, args.bank, check)
        bank = f"（{args.bank.strip()}）" if args.bank.strip() else ""
        print(f"已登记 {person['name']} 的收款账号：{kind} {mask_account(digits)}{bank}")
        return EXIT_OK
    if action == "remove":
        person = _person(store, args.id_number)
        payee_accounts.remove_account(store, person["id"], person["name"])
        print(f"已删除 {person['name']} 的收款账号。")
        return EXIT_OK
    rows = payee_accounts.list_accounts(store)
    if args.json:
        print_json(
            [
                {
                    "id_number": r["id_number"],
                    "name": r["name"],
                    "village": r["village"],
                    "kind": r["kind"],
                    "account": mask_account(r["account"]),
                    "bank": r["bank"],
                }
                for r in rows
            ]
        )
    else:
        for r in rows:
            print(f"{r['name']}\t{r['kind']}\t{mask_account(r['account'])}\t{r['bank'] or ''}")
        if not rows:
            print("还没有人登记收款账号。")
    return EXIT_OK
