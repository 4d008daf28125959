"""``swdesk training cost`` and ``swdesk training costs``: a training's cost per attendance,
who pays it back and whether it was reimbursed (``core.training_cost``)."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from swdesk.cli.common import EXIT_OK, id_number, iso_date, print_json
from swdesk.core import training_cost as tc
from swdesk.core.errors import RuleError
from swdesk.core.money import fen, yuan
from swdesk.store import Store, workers
from swdesk.store import training_costs as costs

ACTIONS = frozenset({"cost", "costs"})


def add_parsers(t: Any) -> None:
    c = t.add_parser("cost", help="记录（或修改）一人参加一次培训的培训费用及报销状态")
    c.add_argument("--event", required=True, help="培训编号")
    c.add_argument("--id-number", required=True)
    c.add_argument("--amount", required=True, help="金额（元），如 380 或 380.50")
    c.add_argument("--state", default=tc.COST_UNPAID, help="、".join(tc.COST_STATE_LABELS.values()))
    c.add_argument("--payer", help=f"由谁报销（默认：{tc.PAYER_UNIT}）")
    c.add_argument("--date", help="报销日期 YYYY-MM-DD（仅“已报销”，默认今天）")
    c.add_argument("--note")
    li = t.add_parser("costs", help="列出培训费用及报销状态")
    li.add_argument("--event", help="只看这次培训")
    li.add_argument("--json", action="store_true")


def _on(args: argparse.Namespace) -> date | None:
    return iso_date(args.date, "报销日期") if args.date else None


def precheck(args: argparse.Namespace) -> None:
    if args.action == "cost":
        id_number(args.id_number)
        tc.check_cost(args.amount, args.state, args.payer, _on(args), date.today())


def _public(r: dict[str, Any]) -> dict[str, Any]:
    return {
        "event": r["event_id"],
        "title": r["title"],
        "id_number": r["id_number"],
        "name": r["name"],
        "amount": yuan(int(r["amount_fen"])),
        "payer": r["payer"],
        "state": r["state"],
        "state_label": tc.COST_STATE_LABELS[r["state"]],
        "reimbursed_on": r["reimbursed_on"],
        "note": r["note"],
    }


def run(store: Store, args: argparse.Namespace) -> int:
    if args.action == "cost":
        person = workers.find_by_id_number(store, id_number(args.id_number))
        if person is None or person["deleted"]:
            raise RuleError(f"身份证号 {args.id_number} 没有档案。")
        costs.set_cost(
            store,
            args.event,
            person["id"],
            args.amount,
            args.state,
            args.payer,
            _on(args),
            args.note,
        )
        state = tc.COST_STATE_LABELS[tc.parse_state(args.state)]
        print(
            f"已记录：{person['name']} 培训费用 {yuan(fen(args.amount))} 元，{state}"
            f"（由{(args.payer or '').strip() or tc.PAYER_UNIT}报销）。"
        )
        return EXIT_OK
    rows = costs.list_costs(store, args.event)
    if args.json:
        print_json([_public(r) for r in rows])
        return EXIT_OK
    for r in rows:
        print(
            f"{r['start_date'] or ''}\t{r['title']}\t{r['name']}\t{r['id_number']}\t"
            f"{yuan(int(r['amount_fen']))}\t{r['payer']}\t{tc.COST_STATE_LABELS[r['state']]}\t"
            f"{r['reimbursed_on'] or ''}"
        )
    sums = costs.totals(rows)
    print(
        "合计："
        + "，".join(f"{tc.COST_STATE_LABELS[state]} {yuan(v)} 元" for state, v in sums.items())
    )
    return EXIT_OK
