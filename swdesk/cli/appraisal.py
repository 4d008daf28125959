"""``swdesk appraisal …``: yearly appraisal rounds, scores, states, printed sheets, results."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from swdesk.cli.common import EXIT_OK, EXIT_REJECTED, Parser, id_number, print_json
from swdesk.core import appraisal as ap
from swdesk.core.errors import RuleError
from swdesk.store import Store
from swdesk.store.unit import require_initialized

COMMAND = "appraisal"
MAX_SCAN = 20 * 1024 * 1024


def add_parser(sub: Any) -> None:
    a = sub.add_parser("appraisal", help="绩效考评").add_subparsers(
        dest="action", required=True, parser_class=Parser
    )
    r = a.add_parser("round", help="建立一个年度的考评（每名应考评人员一份草稿）")
    r.add_argument("--year", required=True)
    r.add_argument(
        "--template",
        action="append",
        default=[],
        help="使用的考评表名称（每类一个；默认用每类的最新版本）",
    )
    s = a.add_parser("score", help="给一项打分")
    s.add_argument("--year", required=True)
    s.add_argument("--id-number", required=True)
    s.add_argument("--item", required=True)
    s.add_argument("--score", required=True)
    c = a.add_parser("comment", help="写评语（某一项或总体）、记录当年处分")
    c.add_argument("--year", required=True)
    c.add_argument("--id-number", required=True)
    c.add_argument("--item", help="考评项目（不写则为总体评语）")
    c.add_argument("--text")
    c.add_argument("--discipline", choices=["无", *ap.DISCIPLINES])
    f = a.add_parser("finalize", help="定稿（不写身份证号则定稿全部已打完分的）")
    f.add_argument("--year", required=True)
    f.add_argument("--id-number")
    g = a.add_parser("sign", help="登记已签字（锁定）")
    g.add_argument("--year", required=True)
    g.add_argument("--id-number", required=True)
    g.add_argument("--scan", help="签字后的扫描件或照片")
    o = a.add_parser("reopen", help="退回草稿（需写明理由）")
    o.add_argument("--year", required=True)
    o.add_argument("--id-number", required=True)
    o.add_argument("--reason", required=True)
    p = a.add_parser("print", help="输出考评表 PDF（不写身份证号则输出全部）")
    p.add_argument("--year", required=True)
    p.add_argument("--id-number")
    p.add_argument("--out", required=True)
    e = a.add_parser("export", help="导出考评结果 Excel")
    e.add_argument("--year", required=True)
    e.add_argument("--out", required=True)
    li = a.add_parser("list", help="列出一个年度的考评")
    li.add_argument("--year", required=True)
    li.add_argument("--json", action="store_true")


def precheck(args: argparse.Namespace) -> None:
    """Judge the arguments before the data file is opened."""
    from swdesk.store.appraisals import check_year

    check_year(args.year)
    if getattr(args, "id_number", None):
        id_number(args.id_number)
    if args.action == "reopen" and not args.reason.strip():
        raise RuleError("退回需要写明理由（--reason）。")
    if args.action == "sign" and args.scan:
        scan = Path(args.scan)
        if not scan.is_file():
            raise RuleError(f"找不到扫描件 {args.scan}。")
    if args.action in ("print", "export"):
        out = Path(args.out)
        suffix = ".pdf" if args.action == "print" else ".xlsx"
        if out.suffix.lower() != suffix:
            raise RuleError(f"输出文件 {args.out} 应当以 {suffix} 结尾。")
        if not out.parent.exists():
            raise RuleError(f"文件夹 {out.parent} 不存在。")


# Writes a county file does not do: the townships appraise, sync brings their sheets.
COUNTY_REFUSED = frozenset({"round", "score", "comment", "finalize", "sign", "reopen"})


def run(store: Store, args: argparse.Namespace) -> int:
    from swdesk.store import appraisals

    require_initialized(store)
    if store.role == "county" and args.action in COUNTY_REFUSED:
        raise RuleError(
            "县里的数据文件汇总各乡镇报来的考评，不在县里建立考评或打分、定稿、签字。"
            "请在乡镇（街道）的数据文件里操作；县里可用 appraisal list 查看。"
        )
    year = appraisals.check_year(args.year)
    handler = {
        "round": _round,
        "score": _score,
        "comment": _comment,
        "finalize": _finalize,
        "sign": _sign,
        "reopen": _reopen,
        "print": _print,
        "export": _export,
        "list": _list,
    }[args.action]
    return handler(store, year, args)


def _find(store: Store, year: int, args: argparse.Namespace) -> dict[str, Any]:
    from swdesk.store import appraisals

    return appraisals.find(store, year, id_number(args.id_number))


def _round(store: Store, year: int, args: argparse.Namespace) -> int:
    from swdesk.store import appraisals

    chosen: dict[str, str] = {}
    for name in args.template:
        tid, tpl = appraisals.find_template(store, name)
        if tpl.kind in chosen:
            raise RuleError(f"“{ap.KINDS[tpl.kind]}”类别只能指定一个考评表。")
        chosen[tpl.kind] = tid
    plan = appraisals.plan_round(store)
    rid = appraisals.create_round(store, year, chosen)
    counts = appraisals.plan_counts(plan)
    print(
        f"已建立 {year} 年度考评：社区社会工作者 {counts['community']} 人，"
        f"专业岗位 {counts['post']} 人；不参加 {counts[None]} 人。"
    )
    for p in plan:
        kind = ap.KINDS[p.kind] if p.kind else "不参加"
        print(f"  {p.worker['name']}\t{p.worker['id_number']}\t{kind}\t{p.reason}")
    print(f"考评编号：{rid}")
    return EXIT_OK


def _score(store: Store, year: int, args: argparse.Namespace) -> int:
    from swdesk.store import appraisals

    row = _find(store, year, args)
    value = appraisals.set_score(store, row["id"], args.item, args.score)
    sh = appraisals.sheet(store, row["id"])
    total = f"总分 {sh.total:g}，{sh.grade}" if sh.total is not None else "尚有项目未打分"
    print(f"已记录：{sh.person['name']}“{args.item}”{value:g} 分（{total}）")
    return EXIT_OK


def _comment(store: Store, year: int, args: argparse.Namespace) -> int:
    from swdesk.store import appraisals

    row = _find(store, year, args)
    if args.text is None and args.discipline is None:
        raise RuleError("请写 --text（评语）或 --discipline（当年处分）。")
    if args.item:
        appraisals.set_comments(
            store, row["id"], {args.item: args.text or ""}, discipline=args.discipline
        )
    else:
        appraisals.set_comments(store, row["id"], overall=args.text, discipline=args.discipline)
    print("已保存。")
    return EXIT_OK


def _finalize(store: Store, year: int, args: argparse.Namespace) -> int:
    from swdesk.store import appraisals

    if args.id_number:
        row = _find(store, year, args)
        appraisals.finalize(store, row["id"])
        print("已定稿，可以打印签字。")
        return EXIT_OK
    rnd = appraisals.require_round(store, year)
    done, incomplete = appraisals.finalize_round(store, rnd["id"])
    print(f"已定稿 {done} 份。")
    if incomplete:
        print(
            f"还有 {len(incomplete)} 人没有打完分，未定稿：{'、'.join(incomplete)}", file=sys.stderr
        )
        if not done:
            return EXIT_REJECTED
    return EXIT_OK


def _sign(store: Store, year: int, args: argparse.Namespace) -> int:
    from swdesk.store import appraisals

    row = _find(store, year, args)
    scan = None
    if args.scan:
        path = Path(args.scan)
        if path.stat().st_size > MAX_SCAN:
            raise RuleError(f"扫描件 {path.name} 太大（最多 20 MB），请压缩后再加。")
        scan = (path.name, path.read_bytes())
    appraisals.sign(store, row["id"], scan)
    print("已登记签字，考评表已锁定。")
    return EXIT_OK


def _reopen(store: Store, year: int, args: argparse.Namespace) -> int:
    from swdesk.store import appraisals

    row = _find(store, year, args)
    appraisals.reopen(store, row["id"], args.reason)
    print("已退回草稿，理由已记入修改记录。修改后需重新定稿、打印、签字。")
    return EXIT_OK


def _print(store: Store, year: int, args: argparse.Namespace) -> int:
    from swdesk.reports.appraisal_pdf import write_sheets
    from swdesk.store import appraisals

    rnd = appraisals.require_round(store, year)
    wanted = [_find(store, year, args)["worker_id"]] if args.id_number else None
    sheets = [sh for _, sh in appraisals.round_sheets(store, rnd["id"], wanted)]
    out = write_sheets(sheets, Path(args.out), store.unit_name or "swdesk")
    drafts = sum(1 for sh in sheets if sh.state == "draft")
    print(f"已生成 {out}（{len(sheets)} 份）")
    if drafts:
        print(
            f"其中 {drafts} 份还是草稿，打印件上标有“草稿”，请定稿后再打印签字。", file=sys.stderr
        )
    return EXIT_OK


def _export(store: Store, year: int, args: argparse.Namespace) -> int:
    from swdesk.services.appraisal_excel import export_round

    n = export_round(store, year, Path(args.out))
    print(f"已导出 {n} 份考评结果到 {args.out}")
    return EXIT_OK


def _list(store: Store, year: int, args: argparse.Namespace) -> int:
    from swdesk.store import appraisals, county_views

    if county_views.is_county(store):  # every township's round of the year, read-only
        items = county_views.appraisal_public(county_views.appraisal_sheets(store, year))
        if not items and not county_views.appraisal_rounds(store, year):
            print(
                f"提醒：县里还没有收到任何乡镇 {year} 年度的考评（乡镇导出数据包后再导入）。",
                file=sys.stderr,
            )
    else:
        rnd = appraisals.require_round(store, year)
        items = [
            appraisals.public_dict(r, sh) for r, sh in appraisals.round_sheets(store, rnd["id"])
        ]
    if args.json:
        print_json(items)
    else:
        for i in items:
            total = "" if i["total"] is None else f"{i['total']:g}"
            town = f"{i['township_name']}\t" if "township" in i else ""
            print(
                f"{town}{i['name']}\t{i['id_number']}\t{i['template']}\t{total}\t{i['grade'] or ''}\t"
                f"{ap.STATES[i['state']]}\t{ap.short_hash(i['hash'])}"
            )
    return EXIT_OK
