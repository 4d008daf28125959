"""``swdesk appraisal …``: yearly appraisal rounds, scores, states, printed sheets, results."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from swdesk import atomic
from swdesk.cli.common import (
    EXIT_OK,
    EXIT_REJECTED,
    actions,
    id_number,
    print_json,
    township_writes,
)
from swdesk.core import appraisal as ap
from swdesk.core.errors import RuleError
from swdesk.store import Store

COMMAND = "appraisal"
MAX_SCAN = 20 * 1024 * 1024


def add_parser(sub: Any) -> None:
    a = actions(sub, "appraisal", "绩效考评")
    r = a.add_parser(
        "round",
        help="建立一个年度的考评（每名应考评人员一份草稿）；已建立的再运行则加入新符合条件的人员",
        description=(
            "第一次运行：建立该年度的考评，每名在岗的应考评人员一份草稿。"
            "已经建立过再运行：只把后来入职或新符合条件、还不在考评中的人员加进来"
            "（用建立时的考评表版本），已有的考评表一概不动。"
        ),
        epilog=(
            "调整某人参加哪种考评：--override 身份证号=社区|岗位|不参加 --reason 理由"
            "（可写多个 --override，共用一个理由）。只能调整还不在本年度考评中的人员。"
        ),
    )
    r.add_argument("--year", required=True)
    r.add_argument(
        "--template",
        action="append",
        default=[],
        help="使用的考评表名称（每类一个；默认用每类的最新版本）",
    )
    r.add_argument(
        "--override",
        action="append",
        default=[],
        metavar="身份证号=类别",
        help="不按规则而改为：社区（社区社会工作者考评）、岗位（专业岗位考评）或 不参加",
    )
    r.add_argument("--reason", help="调整的理由（有 --override 时必须写）")
    d = a.add_parser(
        "delete-round",
        help="删除建错的年度考评（只在全部还是草稿时；需写明理由）",
    )
    d.add_argument("--year", required=True)
    d.add_argument("--reason", required=True)
    s = a.add_parser("score", help="给一项打分")
    s.add_argument("--year", required=True)
    s.add_argument("--id-number", required=True)
    s.add_argument("--item", required=True)
    s.add_argument("--score", required=True)
    c = a.add_parser("comment", help="写评语（某一项或总体）、记录当年处分、考评人")
    c.add_argument("--year", required=True)
    c.add_argument("--id-number", required=True)
    c.add_argument("--item", help="考评项目（不写则为总体评语）")
    c.add_argument("--text")
    c.add_argument("--discipline", choices=[ap.NO_DISCIPLINE, *ap.DISCIPLINES])
    c.add_argument("--appraiser", help="考评人姓名（导出 Excel 时列出）")
    f = a.add_parser("finalize", help="定稿（不写身份证号则定稿全部已打完分的）")
    f.add_argument("--year", required=True)
    f.add_argument("--id-number")
    g = a.add_parser("sign", help="登记已签字（锁定）；对已签字的再运行并写 --scan 则补附扫描件")
    g.add_argument("--year", required=True)
    g.add_argument("--id-number", required=True)
    g.add_argument("--scan", help="签字后的扫描件或照片")
    v = a.add_parser("scan", help="取出已附的签字扫描件（保存为文件）")
    v.add_argument("--year", required=True)
    v.add_argument("--id-number", required=True)
    v.add_argument("--out", required=True, help="保存到的文件（或文件夹：用原文件名）")
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
    k = a.add_parser(
        "check",
        help="查对一张打印的考评表：按页脚的记录校验码（或扫描二维码得到的文字）找到记录",
    )
    k.add_argument("--code", required=True, help="记录校验码，如 FB97-97B7-B016，或二维码内容")
    li = a.add_parser("list", help="列出一个年度的考评")
    li.add_argument("--year", required=True)
    li.add_argument("--json", action="store_true")


def precheck(args: argparse.Namespace) -> None:
    """Judge the arguments before the data file is opened."""
    from swdesk.store.appraisals import check_year

    if args.action == "check":
        ap.parse_paper_code(args.code)
        return
    check_year(args.year)
    if getattr(args, "id_number", None):
        id_number(args.id_number)
    if args.action == "round":
        _overrides(args)
    if args.action == "delete-round" and not args.reason.strip():
        raise RuleError("删除一个年度的考评需要写明理由（--reason）。")
    if args.action == "reopen" and not args.reason.strip():
        raise RuleError("退回需要写明理由（--reason）。")
    if args.action == "sign" and args.scan:
        scan = Path(args.scan)
        if not scan.is_file():
            raise RuleError(f"找不到扫描件 {args.scan}。")
    if args.action == "scan":
        out = Path(args.out)
        if not out.is_dir() and not out.parent.exists():
            raise RuleError(f"文件夹 {out.parent} 不存在。")
    if args.action in ("print", "export"):
        out = Path(args.out)
        suffix = ".pdf" if args.action == "print" else ".xlsx"
        if out.suffix.lower() != suffix:
            raise RuleError(f"输出文件 {args.out} 应当以 {suffix} 结尾。")
        if not out.parent.exists():
            raise RuleError(f"文件夹 {out.parent} 不存在。")


# Writes a county file does not do: the townships appraise, sync brings their sheets.
COUNTY_REFUSED = frozenset(
    {"round", "delete-round", "score", "comment", "finalize", "sign", "reopen"}
)


def run(store: Store, args: argparse.Namespace) -> int:
    from swdesk.store import appraisals

    township_writes(
        store,
        args.action,
        COUNTY_REFUSED,
        "县里的数据文件汇总各乡镇报来的考评，不在县里建立考评或打分、定稿、签字。"
        "请在乡镇（街道）的数据文件里操作；县里可用 appraisal list 查看。",
    )
    if args.action == "check":
        return _check(store, args)
    year = appraisals.check_year(args.year)
    handler = {
        "round": _round,
        "score": _score,
        "comment": _comment,
        "finalize": _finalize,
        "sign": _sign,
        "reopen": _reopen,
        "delete-round": _delete_round,
        "scan": _scan,
        "print": _print,
        "export": _export,
        "list": _list,
    }[args.action]
    return handler(store, year, args)


def _find(store: Store, year: int, args: argparse.Namespace) -> dict[str, Any]:
    from swdesk.store import appraisals

    return appraisals.find(store, year, id_number(args.id_number))


# What people type after ``--override 身份证号=`` → the kind (None: not appraised).
OVERRIDE_KINDS: dict[str, str | None] = {
    "社区": ap.KIND_COMMUNITY,
    ap.KIND_LABELS[ap.KIND_COMMUNITY]: ap.KIND_COMMUNITY,
    ap.KIND_COMMUNITY: ap.KIND_COMMUNITY,
    "岗位": ap.KIND_POST,
    "专业岗位": ap.KIND_POST,
    ap.KIND_LABELS[ap.KIND_POST]: ap.KIND_POST,
    ap.KIND_POST: ap.KIND_POST,
    "不参加": None,
    "none": None,
}


def _overrides(args: argparse.Namespace) -> dict[str, str | None]:
    """``--override`` values as id number → kind (None: not appraised); refuses bad ones."""
    out: dict[str, str | None] = {}
    for raw in args.override:
        idn, sep, kind = raw.partition("=")
        if not sep:
            raise RuleError(f"--override {raw} 写法不对，应为 身份证号=社区、岗位或不参加。")
        number = id_number(idn.strip())
        if kind.strip() not in OVERRIDE_KINDS:
            raise RuleError(f"--override {raw}：类别“{kind}”不对，可写：社区、岗位、不参加。")
        if number in out:
            raise RuleError(f"身份证号 {number} 写了两次 --override。")
        out[number] = OVERRIDE_KINDS[kind.strip()]
    if out and not (args.reason or "").strip():
        raise RuleError("改变某人参加哪一种考评（或不参加）需要写明理由（--reason）。")
    if args.reason and not out:
        raise RuleError("--reason 只和 --override 一起用。")
    return out


def _round(store: Store, year: int, args: argparse.Namespace) -> int:
    from swdesk.store import appraisals

    chosen: dict[str, str] = {}
    for name in args.template:
        tid, tpl = appraisals.find_template(store, name)
        if tpl.kind in chosen:
            raise RuleError(f"“{ap.KIND_LABELS[tpl.kind]}”类别只能指定一个考评表。")
        chosen[tpl.kind] = tid
    existing = appraisals.round_for_year(store, year)
    plan = (
        appraisals.missing_plan(store, existing["id"]) if existing else appraisals.plan_round(store)
    )
    by_number = {p.worker["id_number"]: p for p in plan}
    overrides: dict[str, tuple[str | None, str]] = {}
    for number, kind in _overrides(args).items():
        p = by_number.get(number)
        if p is None:
            raise RuleError(
                f"身份证号 {number} 的人员"
                + (
                    "已在本年度考评中，已建立的考评表不能在这里改。"
                    if existing
                    else "不在岗或没有档案。"
                )
            )
        overrides[p.worker["id"]] = (kind, args.reason)
    if existing:
        return _add_missing(store, year, existing, chosen, plan, overrides)
    rid = appraisals.create_round(store, year, chosen, overrides)
    counts = appraisals.plan_counts(_after(plan, overrides))
    print(
        f"已建立 {year} 年度考评：社区社会工作者 {counts[ap.KIND_COMMUNITY]} 人，"
        f"专业岗位 {counts[ap.KIND_POST]} 人；不参加 {counts[None]} 人。"
    )
    _print_plan(plan, overrides)
    print(f"考评编号：{rid}")
    return EXIT_OK


def _after(plan: list[Any], overrides: dict[str, tuple[str | None, str]]) -> list[Any]:
    from swdesk.store.appraisals import Planned

    return [
        Planned(p.worker, overrides[p.worker["id"]][0], overrides[p.worker["id"]][1])
        if p.worker["id"] in overrides
        else p
        for p in plan
    ]


def _print_plan(plan: list[Any], overrides: dict[str, tuple[str | None, str]]) -> None:
    for p in _after(plan, overrides):
        kind = ap.KIND_LABELS[p.kind] if p.kind else "不参加"
        mark = "（调整）" if p.worker["id"] in overrides else ""
        print(f"  {p.worker['name']}\t{p.worker['id_number']}\t{kind}{mark}\t{p.reason}")


def _add_missing(
    store: Store,
    year: int,
    rnd: dict[str, Any],
    chosen: dict[str, str],
    plan: list[Any],
    overrides: dict[str, tuple[str | None, str]],
) -> int:
    from swdesk.store import appraisals

    used = {
        ap.KIND_COMMUNITY: rnd["community_template_id"],
        ap.KIND_POST: rnd["post_template_id"],
    }
    for kind, tid in chosen.items():
        if used.get(kind) != tid:
            raise RuleError(
                f"{year} 年度的考评已经建立，用的是建立时的考评表，不能更换（--template）。"
                "新加入的人员也用同一版本。"
            )
    added = appraisals.add_eligible(store, rnd["id"], overrides)
    if not added:
        print(f"{year} 年度的考评已经建立；没有需要加入的新符合条件人员，已有考评表未改动。")
    else:
        print(f"{year} 年度的考评已经建立；加入新符合条件的人员 {added} 人，已有考评表未改动：")
    _print_plan([p for p in plan if p.kind or p.worker["id"] in overrides], overrides)
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
    if args.text is None and args.discipline is None and args.appraiser is None:
        raise RuleError("请写 --text（评语）、--discipline（当年处分）或 --appraiser（考评人）。")
    if args.item:
        appraisals.set_comments(
            store,
            row["id"],
            {args.item: args.text or ""},
            discipline=args.discipline,
            appraiser=args.appraiser,
        )
    else:
        appraisals.set_comments(
            store,
            row["id"],
            overall=args.text,
            discipline=args.discipline,
            appraiser=args.appraiser,
        )
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
    if row["state"] == ap.STATE_SIGNED:
        # already signed: --scan attaches (or replaces) the scan, nothing else changes
        if scan is None:
            print("这份考评表已经登记签字，未作改动。")
        else:
            appraisals.attach_scan(store, row["id"], *scan)
            print(f"已签字的考评表已附上扫描件 {scan[0]}。")
        return EXIT_OK
    appraisals.sign(store, row["id"], scan)
    print("已登记签字，考评表已锁定。" + (f"扫描件 {scan[0]} 已附上。" if scan else ""))
    return EXIT_OK


def _scan(store: Store, year: int, args: argparse.Namespace) -> int:
    from swdesk.store import appraisals

    row = _find(store, year, args)
    found = appraisals.scan(store, row["id"])
    if found is None:
        raise RuleError("这份考评表没有附扫描件（可用 appraisal sign --scan 文件 补上）。")
    name, data = found
    out = Path(args.out)
    if out.is_dir():
        out = out / Path(name).name
    atomic.write_atomic(out, data)
    print(f"已保存扫描件 {out}（{len(data)} 字节）")
    return EXIT_OK


def _check(store: Store, args: argparse.Namespace) -> int:
    from swdesk.store import appraisals

    _found, matches, message = appraisals.check_paper(store, args.code)
    if not matches:
        raise RuleError(message)
    print(message)
    return EXIT_OK


def _delete_round(store: Store, year: int, args: argparse.Namespace) -> int:
    from swdesk.store import appraisals

    rnd = appraisals.require_round(store, year)
    n = appraisals.delete_round(store, rnd["id"], args.reason)
    print(f"已删除 {year} 年度考评（{n} 份草稿），理由已记入修改记录。可以重新建立。")
    return EXIT_OK


def _reopen(store: Store, year: int, args: argparse.Namespace) -> int:
    from swdesk.store import appraisals

    row = _find(store, year, args)
    appraisals.reopen(store, row["id"], args.reason)
    print("已退回草稿，理由已记入修改记录。修改后需重新定稿、打印、签字。")
    return EXIT_OK


def _print(store: Store, year: int, args: argparse.Namespace) -> int:
    from swdesk.formats.appraisal_pdf import print_sheets
    from swdesk.store import appraisals

    rnd = appraisals.require_round(store, year)
    wanted = [_find(store, year, args)["worker_id"]] if args.id_number else None
    sheets = [sh for _, sh in appraisals.round_sheets(store, rnd["id"], wanted)]
    out = print_sheets(store, sheets, Path(args.out))
    drafts = sum(1 for sh in sheets if sh.state == ap.STATE_DRAFT)
    print(f"已生成 {out}（{len(sheets)} 份）")
    if drafts:
        print(
            f"其中 {drafts} 份还是草稿，打印件上标有“草稿”，请定稿后再打印签字。", file=sys.stderr
        )
    return EXIT_OK


def _export(store: Store, year: int, args: argparse.Namespace) -> int:
    from swdesk.formats.appraisal_excel import export_round

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
                f"{ap.STATE_LABELS[i['state']]}\t{ap.short_hash(i['hash'])}"
            )
    return EXIT_OK
