"""``swdesk allowance …``: the rules in force, monthly payroll runs (发放表), their states,
corrections and the files people sign."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from swdesk.atomic import read_reason
from swdesk.cli import allowance_accounts
from swdesk.cli.common import (
    EXIT_OK,
    actions,
    id_number,
    iso_date,
    print_json,
    township_writes,
)
from swdesk.core import allowance as al
from swdesk.core.errors import RuleError
from swdesk.core.i18n import msg
from swdesk.core.money import fen, yuan
from swdesk.store import Store, county_payrolls, county_views, workers
from swdesk.store import allowances as store_al
from swdesk.store.allowance_rules import require_editable, rules_from_county

COMMAND = "allowance"


def add_parser(sub: Any) -> None:
    a = actions(sub, "allowance", "职业津贴发放")
    r = a.add_parser("rules", help="查看津贴规则；或选用一个预设、载入一个规则文件")
    g = r.add_mutually_exclusive_group()
    g.add_argument("--preset", choices=sorted(store_al.presets()), help="选用的地方预设")
    g.add_argument("--load", metavar="FILE.json", help="载入规则文件（JSON，格式同预设）")
    n = a.add_parser("run", help="生成某月（或连续几个月）的发放表草稿；再运行则重新计算草稿")
    n.add_argument("--month", required=True, help="发放表的第一个月，如 2026-01")
    n.add_argument("--months", type=int, default=1, help="一起发放的月数（一个季度为 3）")
    n.add_argument("--json", action="store_true")
    p = a.add_parser("publish", help="公示：输出隐去身份证号中间位的公示名单 PDF")
    p.add_argument("--month", required=True)
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    v = a.add_parser("approve", help="审核通过（锁定发放表，此后只能在以后月份补发或扣回）")
    v.add_argument("--month", required=True)
    d = a.add_parser("paid", help="登记已发放")
    d.add_argument("--month", required=True)
    d.add_argument("--date", required=True, help="发放日期 YYYY-MM-DD")
    j = a.add_parser("adjust", help="补发（正数）或扣回（负数）已审核月份的津贴")
    j.add_argument("--month", required=True, help="支付这笔更正的发放表（草稿）")
    j.add_argument("--for", dest="for_month", required=True, help="被更正的月份")
    j.add_argument("--id-number", required=True)
    j.add_argument("--amount", required=True, help="金额（元），扣回写负数，如 -100")
    j.add_argument("--reason", required=True)
    e = a.add_parser("export", help="导出发放表 Excel、银行代发表 Excel 或签领表 PDF")
    e.add_argument("--month", required=True)
    e.add_argument("--out", required=True, metavar="FILE.xlsx|FILE.pdf")
    e.add_argument("--sheet", choices=list(al.EXPORT_SHEETS), default=al.SHEET_PAYROLL)
    li = a.add_parser("list", help="列出一个发放表的每一行")
    li.add_argument("--month", required=True)
    li.add_argument("--json", action="store_true")
    st = a.add_parser(
        "statement", help="输出一个人某年的津贴明细 PDF（每月金额或未发原因、奖励、更正、合计）"
    )
    st.add_argument("--id-number", required=True)
    st.add_argument("--year", required=True, type=int, help="年份，如 2026")
    st.add_argument("--out", required=True, metavar="FILE.pdf")
    c = a.add_parser("county", help="县级汇总：各乡镇（街道）每月发放人数、金额和审核情况")
    g = c.add_mutually_exclusive_group()
    g.add_argument("--year", type=int, help="只看这一年的各月")
    g.add_argument("--month", help="只看这个月，如 2026-01")
    c.add_argument("--json", action="store_true")
    c.add_argument("--out", metavar="FILE.xlsx", help="导出汇总 Excel")
    allowance_accounts.add_parser(a)


def precheck(args: argparse.Namespace) -> None:
    """Judge the arguments before the data file is opened."""
    if getattr(args, "month", None):
        al.parse_month(args.month)
    if args.action == "run":
        al.check_run_months(args.months)
    elif args.action == "paid":
        iso_date(args.date, "发放日期")
    elif args.action == "adjust":
        al.parse_month(args.for_month)
        id_number(args.id_number)
        fen(args.amount)
        if not args.reason.strip():
            raise RuleError(msg("补发或扣回需要写明理由（--reason）。"))
    elif args.action == "statement":
        id_number(args.id_number)
        _statement_year(args.year)
        if Path(args.out).suffix.lower() != ".pdf":
            raise RuleError(msg("津贴明细只能输出为 PDF 文件（.pdf）：{path}", path=args.out))
    elif args.action == "account":
        allowance_accounts.precheck(args)
    elif args.action == "rules" and args.load:
        _read_rules(Path(args.load))


def _read_rules(path: Path) -> al.AllowanceRules:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except OSError as e:
        raise RuleError(
            msg("读不了规则文件 {path}：{error}", path=path, error=read_reason(e))
        ) from None
    except ValueError:
        raise RuleError(msg("规则文件 {path} 不是有效的 JSON。", path=path)) from None
    if not isinstance(raw, dict):
        raise RuleError(msg("规则文件 {path} 应是一个 JSON 对象。", path=path))
    return al.rules_from_dict(raw)


# Writes a county file does not do: the townships pay, sync brings their payrolls.
COUNTY_REFUSED = frozenset(
    {"run", "publish", "approve", "paid", "adjust", "account set", "account remove"}
)


def run(store: Store, args: argparse.Namespace) -> int:
    township_writes(
        store,
        f"account {args.account_action}" if args.action == "account" else args.action,
        COUNTY_REFUSED,
        "县里的数据文件汇总各乡镇报来的津贴发放表，不在县里计算、公示、审核或发放。"
        "请在乡镇（街道）的数据文件里操作；县里可用 allowance rules 设置规则。",
    )
    if args.action == "rules":
        return _rules(store, args)
    if args.action == "account":
        return allowance_accounts.run(store, args)
    if args.action == "county":
        return _county(store, args)
    if args.action == "statement":
        return _statement(store, args)
    month = al.parse_month(args.month)
    if args.action == "run":
        done = store_al.compute_run(store, month, args.months)
        if args.json:
            run_row = store_al.require_run(store, month)
            print_json(store_al.public_lines(run_row, store_al.run_lines(store, done.run_id)))
        else:
            print(
                f"{al.month_label(month)} 发放表草稿：{done.people} 人，合计 {yuan(done.total)} 元"
                f"（{done.lines} 行）。"
            )
        return EXIT_OK
    if args.action == "publish":
        from swdesk.services.allowance import write_notice

        row = store_al.require_run(store, month)
        if row["state"] != al.RUN_PUBLISHED:  # refused before the file is written
            al.check_run_transition(row["state"], al.RUN_PUBLISHED)
        write_notice(store, {**row, "state": al.RUN_PUBLISHED}, Path(args.out))
        store_al.publish(store, month)
        print(f"已公示：{al.month_label(month)}，公示名单 {args.out}")
        return EXIT_OK
    if args.action == "approve":
        store_al.approve(store, month)
        print(f"已审核：{al.month_label(month)} 的发放表已锁定。更正请在以后月份补发或扣回。")
        return EXIT_OK
    if args.action == "paid":
        store_al.mark_paid(store, month, iso_date(args.date, "发放日期"))
        print(f"已登记发放：{al.month_label(month)}，{args.date}")
        return EXIT_OK
    if args.action == "adjust":
        return _adjust(store, args, month)
    row = store_al.require_run(store, month)
    if args.action == "export":
        from swdesk.services.allowance import write_export

        write_export(store, row, Path(args.out), args.sheet)
        print(f"已导出 {args.out}")
        return EXIT_OK
    lines = store_al.public_lines(row, store_al.run_lines(store, row["id"]))
    if args.json:
        print_json(lines)
    else:
        for x in lines:
            print(
                f"{x['village']}\t{x['name']}\t{x['level'] or ''}\t{x['amount']:.2f}\t"
                f"{x['reason'] or ''}"
            )
    return EXIT_OK


def _county(store: Store, args: argparse.Namespace) -> int:
    if not county_views.is_county(store):
        raise RuleError(
            msg(
                "allowance county 汇总各乡镇报来的发放表，只能在县里的数据文件上运行；"
                "乡镇（街道）请用 allowance list 或 allowance export 查看本乡镇的发放表。"
            )
        )
    months: list[str] | None = None
    period = "全部月份"
    if args.month:
        months = [al.month_label(al.parse_month(args.month))]
        period = months[0]
    elif args.year is not None:
        months = [f"{args.year}-{m:02d}" for m in range(1, 13)]
        period = f"{args.year} 年"
    rows = county_payrolls.payroll_months(store, months)
    if args.out:
        from swdesk.services.allowance import write_county

        write_county(store, rows, period, Path(args.out))
    totals = county_payrolls.payroll_totals(rows)
    if args.json:
        print_json(
            [
                {
                    "month": m,
                    "people": people,
                    "amount": amount / 100,
                    "townships_sent": sent,
                    "townships_approved": approved,
                    "townships": [
                        {
                            "township": r.township,
                            "township_name": r.township_name,
                            "people": r.people,
                            "amount": r.amount / 100,
                            "state": r.state,
                            "is_approved": r.approved,
                            "run": r.run_month,
                            "run_months": r.run_months,
                        }
                        for r in rows
                        if r.month == m
                    ],
                }
                for m, people, amount, sent, approved in totals
            ]
        )
    elif not args.out:
        from swdesk.formats.payroll_county import NOT_SENT

        for r in rows:
            state = al.RUN_STATE_LABELS[r.state] if r.state else NOT_SENT
            name = r.township_name or r.township
            print(f"{r.month}\t{name}\t{state}\t{r.people} 人\t{yuan(r.amount)} 元")
        for m, people, amount, sent, approved in totals:
            print(
                f"{m}\t全县合计\t{sent} 个乡镇报送，{approved} 个已审核\t{people} 人\t"
                f"{yuan(amount)} 元"
            )
        if not rows:
            print("还没有乡镇报来发放表。")
    if args.out and not args.json:
        print(f"已导出 {args.out}")
    return EXIT_OK


def _adjust(store: Store, args: argparse.Namespace, month: Any) -> int:
    person = workers.find_by_id_number(store, id_number(args.id_number))
    if person is None:
        raise RuleError(msg("找不到身份证号为 {id} 的社工。", id=args.id_number))
    amount = fen(args.amount)
    store_al.adjust(store, month, al.parse_month(args.for_month), person["id"], amount, args.reason)
    word = "补发" if amount > 0 else "扣回"
    print(
        f"已记入 {al.month_label(month)} 的发放表：{person['name']} {word} {yuan(abs(amount))} 元。"
    )
    return EXIT_OK


def _statement_year(year: int) -> int:
    if not 2000 <= year <= 2100:
        raise RuleError(msg("年份 {year} 不对，请写四位年份，如 2026。", year=year))
    return year


def _statement(store: Store, args: argparse.Namespace) -> int:
    from swdesk.services.allowance_statement import write_statement

    person = workers.find_by_id_number(store, id_number(args.id_number))
    if person is None:
        raise RuleError(msg("找不到身份证号为 {id} 的社工。", id=args.id_number))
    s = write_statement(store, person["id"], _statement_year(args.year), Path(args.out))
    pending = f"，另有未审核 {yuan(s.pending)} 元" if s.pending else ""
    print(
        f"已输出 {person['name']} {s.year} 年津贴明细：合计 {yuan(s.total)} 元{pending}。"
        f"文件 {args.out}"
    )
    return EXIT_OK


def _rules(store: Store, args: argparse.Namespace) -> int:
    if args.preset or args.load:
        require_editable(store)
    if args.preset:
        store_al.use_preset(store, args.preset)
    elif args.load:
        store_al.set_rules(store, _read_rules(Path(args.load)))
    r = store_al.rules(store)
    saved = "" if store_al.rules_saved(store) else "（默认预设，尚未选定本地规则）"
    if rules_from_county(store):
        saved += "（由县里制定，随回执下发）"
    print(f"津贴规则：{r.name}{saved}")
    if r.channel:
        print(f"发放渠道：{r.channel}")
    for v in r.versions:
        amounts = "，".join(f"{lv} {yuan(a)} 元" for lv, a in v.amounts.items())
        print(f"  {al.month_label(v.valid_from)} 起：{amounts}")
        if v.rewards:
            once = "，".join(f"{lv} {yuan(a)} 元" for lv, a in v.rewards.items())
            print(f"    取得等级一次性奖励：{once}")
    return EXIT_OK
