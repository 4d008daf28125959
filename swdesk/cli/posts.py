"""``swdesk posts …``: the register of 社会工作专业岗位 (posts of a unit, who fills them)."""

from __future__ import annotations

import argparse
from typing import Any

from swdesk.cli import common
from swdesk.cli.common import EXIT_OK, id_number, iso_date, print_json
from swdesk.core import workforce as wf
from swdesk.core.errors import RuleError
from swdesk.core.i18n import msg
from swdesk.store import Store, posts, workers

COMMAND = "posts"
_WRITES = frozenset({"add", "fill", "vacate", "close"})


def add_parser(sub: Any) -> None:
    p = common.actions(sub, COMMAND, "社会工作专业岗位登记")
    lst = p.add_parser("list", help="列出岗位、在岗人员、空缺和各单位岗位缺口")
    lst.add_argument("--at", help="按哪一天统计 YYYY-MM-DD（默认今天）")
    lst.add_argument("--json", action="store_true")
    a = p.add_parser("add", help="设置一个岗位（输出岗位编号）")
    a.add_argument("--unit", help="村（社区）代码，或本乡镇代码（社工站）")
    a.add_argument("--agency", help="岗位所在机构的名称（社会工作服务机构等，代替 --unit）")
    a.add_argument("--kind", required=True, help="专职 或 兼职")
    a.add_argument("--grade", help="岗位等级")
    a.add_argument("--opened", help="设岗日期 YYYY-MM-DD（默认今天）")
    f = p.add_parser("fill", help="安排一名社工到岗")
    f.add_argument("--post", required=True, help="岗位编号")
    f.add_argument("--id-number", required=True)
    f.add_argument("--from", dest="from_date", required=True, help="到岗日期 YYYY-MM-DD")
    v = p.add_parser("vacate", help="在岗人员离岗，岗位空缺")
    v.add_argument("--post", required=True, help="岗位编号")
    v.add_argument("--date", required=True, help="离岗日期 YYYY-MM-DD（当天起空缺）")
    c = p.add_parser("close", help="撤销一个空缺岗位")
    c.add_argument("--post", required=True, help="岗位编号")
    c.add_argument("--date", required=True, help="撤销日期 YYYY-MM-DD")


def precheck(args: argparse.Namespace) -> None:
    if args.action == "add":
        if bool(args.unit) == bool(args.agency):
            raise RuleError(
                msg("请用 --unit 指定村（社区）或社工站，或用 --agency 指定机构，二者选一。")
            )
        wf.check_post_kind(args.kind)
        iso_date(args.opened, "设岗日期")
    elif args.action == "fill":
        iso_date(args.from_date, "到岗日期")
        id_number(args.id_number)
    elif args.action in ("vacate", "close"):
        iso_date(args.date, "日期")
    elif args.action == "list":
        iso_date(args.at, "统计日期")


def _unit_label(kind: str) -> str:
    return wf.UNIT_KIND_LABELS.get(kind, kind)


def run(store: Store, args: argparse.Namespace) -> int:
    common.township_writes(
        store,
        args.action,
        _WRITES,
        msg("县级数据文件只能查看岗位和社工站，由各乡镇登记后同步上来；请在乡镇的数据文件里修改。"),
    )
    if args.action == "add":
        opened = iso_date(args.opened, "设岗日期")
        if args.agency:
            print(posts.add_at_agency(store, args.agency, args.kind, args.grade, opened))
        else:
            print(posts.add(store, args.unit, args.kind, args.grade, opened))
        return EXIT_OK
    if args.action == "fill":
        person = workers.find_by_id_number(store, id_number(args.id_number))
        if person is None:
            raise RuleError(msg("找不到身份证号为 {id} 的社工。", id=args.id_number))
        posts.fill(store, args.post, person["id"], iso_date(args.from_date, "到岗日期"))
        post = posts.get(store, args.post)
        print(
            f"已到岗：{person['name']}，{post['unit_name']} {post['kind']}岗位，{args.from_date} 起。"
        )
        return EXIT_OK
    if args.action == "vacate":
        posts.vacate(store, args.post, iso_date(args.date, "离岗日期"))
        print(f"已离岗：岗位 {args.post} 自 {args.date} 起空缺。")
        return EXIT_OK
    if args.action == "close":
        posts.close(store, args.post, iso_date(args.date, "撤销日期"))
        print(f"已撤销：岗位 {args.post}，{args.date}。")
        return EXIT_OK
    day = iso_date(args.at, "统计日期")
    rows = posts.list_posts(store, day)
    units = posts.unit_summary(store, day)
    if args.json:
        print_json(
            {
                "at": day.isoformat(),
                "posts": [
                    {
                        "id": r["id"],
                        "unit_kind": r["unit_kind"],
                        "unit_code": r["unit_code"],
                        "unit_name": r["unit_name"],
                        "kind": r["kind"],
                        "grade": r["grade"],
                        "opened_on": r["opened_on"],
                        "holder": r["name"],
                        "id_number": r["id_number"],
                        "level": r["level"],
                        "since": r["from_date"],
                        "vacant": r["vacant"],
                        "part_time_over_limit": r["over_limit"],
                    }
                    for r in rows
                ],
                "units": units,
            }
        )
        return EXIT_OK
    for r in rows:
        holder = (
            "空缺" if r["vacant"] else f"{r['name']}（{r['level'] or '无证'}，{r['from_date']} 起）"
        )
        warn = "\t兼职已超过2年" if r["over_limit"] else ""
        print(
            f"{r['id']}\t{r['unit_name'] or r['unit_code']}\t{r['kind']}\t{r['grade'] or ''}"
            f"\t{holder}{warn}"
        )
    for u in units:
        if u["vacant"] or u["shortfall"]:
            print(
                f"{_unit_label(u['unit_kind'])} {u['unit_name']}：岗位 {u['posts']} 个，"
                f"在岗 {u['filled']}，空缺 {u['vacant']}，应设 {u['required']}，还差 {u['shortfall']} 个岗位"
            )
    return EXIT_OK
