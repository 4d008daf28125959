"""``swdesk stations …``: the 乡镇（街道）社工站 register and its 六有 checklist."""

from __future__ import annotations

import argparse
from typing import Any

from swdesk.cli import common
from swdesk.cli.common import EXIT_OK, iso_date, print_json
from swdesk.core import workforce as wf
from swdesk.core.i18n import msg
from swdesk.store import Store, stations

COMMAND = "stations"


def add_parser(sub: Any) -> None:
    s = common.actions(sub, COMMAND, "乡镇（街道）社工站登记与“六有”")
    lst = s.add_parser("list", help="列出社工站、站点、“六有”完成情况和是否达标")
    lst.add_argument("--at", help="按哪一天判断 YYYY-MM-DD（默认今天）")
    lst.add_argument("--json", action="store_true")
    st = s.add_parser("set", help="记录“六有”中一项的完成日期")
    st.add_argument("--township", help="乡镇代码（默认本数据文件的单位）")
    st.add_argument("--item", required=True, help="、".join(wf.STATION_ITEMS))
    st.add_argument("--done", required=True, help="完成日期 YYYY-MM-DD")
    st.add_argument("--note", help="说明")
    site = s.add_parser("site", help="社工站的站点").add_subparsers(
        dest="site_action", required=True, parser_class=common.Parser
    )
    sa = site.add_parser("add", help="在本乡镇社工站下登记一个站点（输出站点编号）")
    sa.add_argument("--name", required=True, help="站点名称")
    sa.add_argument("--village", help="站点所在村（社区）的代码")
    sa.add_argument("--opened", help="启用日期 YYYY-MM-DD")


def precheck(args: argparse.Namespace) -> None:
    if args.action == "set":
        wf.check_item(args.item)
        iso_date(args.done, "完成日期")
    elif args.action == "site":
        if args.opened:
            iso_date(args.opened, "启用日期")
    else:
        iso_date(args.at, "判断日期")


def run(store: Store, args: argparse.Namespace) -> int:
    common.township_writes(
        store,
        args.action,
        frozenset({"set", "site"}),
        msg("县级数据文件只能查看岗位和社工站，由各乡镇登记后同步上来；请在乡镇的数据文件里修改。"),
    )
    if args.action == "set":
        stations.set_township_item(
            store, args.township, args.item, iso_date(args.done, "完成日期"), args.note
        )
        print(f"已记录：{args.item}，{args.done} 完成。")
        return EXIT_OK
    if args.action == "site":
        opened = iso_date(args.opened, "启用日期") if args.opened else None
        print(stations.add_site(store, args.name, args.village, opened))
        return EXIT_OK
    day = iso_date(args.at, "判断日期")
    rows = stations.list_stations(store, day)
    if args.json:
        print_json({"at": day.isoformat(), "stations": rows})
        return EXIT_OK
    if not rows:
        print("还没有登记社工站。用 swdesk stations set 记录“六有”时会自动登记本乡镇的社工站。")
    for r in rows:
        site = "  站点 " if r["parent_id"] else ""
        head = f"{site}{r['name']}（{r['township_code']}）\t六有 {r['items_done']}/6"
        if r["parent_id"] is None:
            verdict = "达标" if r["meets_standard"] else "尚未达标"
            head += (
                f"\t助理社会工作师及以上专职人员 {r['qualified_staff']}/{r['min_staff']}\t{verdict}"
            )
        print(head)
        for item in r["items"]:
            done = item["done_on"] or "未完成"
            print(f"    {item['item']}\t{done}\t{item['note'] or ''}")
    return EXIT_OK
