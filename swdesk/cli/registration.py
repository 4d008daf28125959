"""``swdesk registration …``: a person's certificate registrations (首次登记 / 再登记)."""

from __future__ import annotations

import argparse
from typing import Any

from swdesk.cli.common import EXIT_OK, actions, id_number, print_json, township_writes
from swdesk.core import registration as reg
from swdesk.core.errors import RuleError
from swdesk.core.i18n import msg
from swdesk.store import Store, workers
from swdesk.store import registrations as store_reg

COMMAND = "registration"


def add_parser(sub: Any) -> None:
    r = actions(sub, "registration", "证书登记（首次登记、再登记）")
    a = r.add_parser("add", help="记录一次首次登记或再登记")
    a.add_argument("--id-number", required=True)
    a.add_argument("--level", required=True, help="登记的证书等级")
    a.add_argument(
        "--kind",
        choices=list(reg.KINDS),
        help="默认：证书还没有首次登记时为首次登记，已有则为再登记",
    )
    a.add_argument("--valid-from", required=True, help="登记有效期起 YYYY-MM-DD")
    a.add_argument("--valid-until", help="登记有效期止（默认起始日起 3 年）")
    a.add_argument("--state", choices=list(reg.STATES), default=reg.STATE_ISSUED)
    a.add_argument("--applied-on", help="申请日期")
    a.add_argument("--management-number", help="证书管理号")
    a.add_argument("--note")
    li = r.add_parser("list", help="列出一个人的登记")
    li.add_argument("--id-number", required=True)
    li.add_argument("--json", action="store_true")


def precheck(args: argparse.Namespace) -> None:
    id_number(args.id_number)
    if args.action == "add":
        reg.validate(_raw(args))


def _raw(args: argparse.Namespace) -> dict[str, Any]:
    return {
        "level": args.level,
        "kind": args.kind,
        "valid_from": args.valid_from,
        "valid_until": args.valid_until,
        "state": args.state,
        "applied_on": args.applied_on,
        "management_number": args.management_number,
        "note": args.note,
    }


def run(store: Store, args: argparse.Namespace) -> int:
    township_writes(
        store,
        args.action,
        frozenset({"add"}),
        "县里的数据文件汇总各乡镇报来的证书登记，不在县里录入。请在乡镇（街道）的数据文件里操作。",
    )
    person = workers.find_by_id_number(store, id_number(args.id_number))
    if person is None:
        raise RuleError(msg("找不到身份证号为 {id} 的社工。", id=args.id_number))
    if args.action == "add":
        clean = store_reg.get(store, store_reg.add(store, person["id"], _raw(args)))
        print(
            f"已记录：{person['name']} {clean['level']}{clean['kind']}，"
            f"有效期 {clean['valid_from']} 至 {clean['valid_until']}，{clean['state']}。"
        )
        return EXIT_OK
    rows = [store_reg.public_dict(r) for r in store_reg.for_worker(store, person["id"])]
    if args.json:
        print_json(rows)
    else:
        for r in rows:
            print(
                f"{r['level']}\t{r['kind']}\t{r['valid_from']} 至 {r['valid_until']}\t{r['state']}"
                f"\t{r['management_number'] or ''}"
            )
    return EXIT_OK
