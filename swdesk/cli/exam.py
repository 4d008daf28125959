"""``swdesk exam …``: exam years, registrations, results, fees, certificates, Excel."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from swdesk.atomic import read_reason
from swdesk.cli import common
from swdesk.cli.common import EXIT_OK, EXIT_REJECTED, id_number, iso_date, print_json
from swdesk.core import exam
from swdesk.core.errors import RuleError
from swdesk.store import Store, workers

if TYPE_CHECKING:
    from swdesk.store.exams import RegistrationView

COMMAND = "exam"


def add_parser(sub: Any) -> None:
    e = common.actions(sub, "exam", "职业水平考试报名")
    y = e.add_parser("year", help="建立或修改考试年度")
    y.add_argument("--year", required=True)
    y.add_argument("--date", action="append", help="考试日期 YYYY-MM-DD（两天考试写两次）")
    y.add_argument("--reg-start", help="报名开始日期")
    y.add_argument("--reg-end", help="报名截止日期")
    y.add_argument("--results-date", help="成绩公布日期（建立证书时作为取得日期）")
    y.add_argument("--fee", help="每科报名费（元）")
    y.add_argument("--pass-line", action="append", metavar="科目=分数", help="某科合格线")
    y.add_argument("--special-line", action="append", metavar="科目=分数", help="特殊地区合格线")
    y.add_argument("--special-area", choices=["yes", "no"], help="本地是否执行特殊地区合格线")
    r = e.add_parser("register", help="给一名社工报名")
    r.add_argument("--year", required=True)
    r.add_argument("--id-number", required=True)
    r.add_argument("--level", required=True, choices=list(exam.EXAM_LEVELS))
    r.add_argument("--state", default=exam.STATE_PLANNED, choices=list(exam.STATES))
    r.add_argument("--ticket", help="准考证号")
    r.add_argument("--site", help="考点")
    s = e.add_parser("result", help="录入一科成绩")
    s.add_argument("--year", required=True)
    s.add_argument("--id-number", required=True)
    s.add_argument("--subject", required=True)
    s.add_argument("--score", required=True, help="分数，缺考写“缺考”")
    lst = e.add_parser("list", help="列出一年的报名")
    lst.add_argument("--year", required=True)
    lst.add_argument("--json", action="store_true")
    el = e.add_parser("eligible", help="符合报考条件但本年未报名的在岗社工")
    el.add_argument("--year", required=True)
    el.add_argument("--json", action="store_true")
    a = e.add_parser("accept", help="确认考试合格者的新证书，写入档案")
    a.add_argument("--year", required=True)
    a.add_argument("--id-number", required=True)
    a.add_argument("--cert-number", help="证书编号")
    a.add_argument("--date", help="取得日期（默认成绩公布日期）")
    f = e.add_parser("fee", help="登记一项费用，或标记报销")
    f.add_argument("--year", required=True)
    f.add_argument("--id-number", required=True)
    f.add_argument("--item", required=True)
    f.add_argument("--amount", help="金额（元）")
    f.add_argument("--reimbursed", help="报销日期 YYYY-MM-DD；写 no 表示取消报销")
    fc = e.add_parser(
        "fee-check", help="列出已报销、但不符合报销规则的费用（只列出，不改动；有则退出码 3）"
    )
    fc.add_argument("--year", required=True)
    fc.add_argument("--json", action="store_true")
    w = e.add_parser("work-start", help="登记从事社会工作的起始时间（计算报考年限）")
    w.add_argument("--id-number", required=True)
    w.add_argument("--date", required=True)
    i = e.add_parser("import", help="从 Excel 导入成绩（身份证号、科目、成绩）")
    i.add_argument("file")
    i.add_argument("--year", required=True)
    rl = e.add_parser("rules", help="查看或更换考试规则（科目、合格标准、报考条件）")
    rl.add_argument("--load", help="从 JSON 文件读入规则（先检查，有错不保存）")
    rl.add_argument("--preset", help="恢复预设规则：national（全国）或 qijiang（綦江，报销规则）")
    x = e.add_parser("export", help="导出报名名单或费用报销表")
    x.add_argument("file")
    x.add_argument("--year", required=True)
    x.add_argument("--sheet", choices=["registrations", "reimbursement"], default="registrations")


def _pairs(raw: list[str] | None, what: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for item in raw or []:
        subject, sep, value = item.partition("=")
        if not sep or not subject.strip() or not value.strip():
            raise RuleError(f"{what}“{item}”要写成 科目=分数，例如 社会工作实务（初级）=54。")
        out[subject.strip()] = value.strip()
    return out


def _year_raw(args: argparse.Namespace) -> dict[str, Any]:
    raw: dict[str, Any] = {}
    if args.date:
        raw["exam_dates"] = [iso_date(d, "--date") for d in args.date]
    for key, arg in (
        ("reg_start", "reg_start"),
        ("reg_end", "reg_end"),
        ("results_date", "results_date"),
    ):
        value = getattr(args, arg)
        if value:
            raw[key] = iso_date(value, f"--{arg.replace('_', '-')}")
    if args.fee is not None:
        raw["fee_per_subject"] = args.fee
    if args.pass_line:
        raw["pass_lines"] = _pairs(args.pass_line, "--pass-line")
    if args.special_line:
        raw["special_lines"] = _pairs(args.special_line, "--special-line")
    if args.special_area:
        raw["special_area"] = args.special_area == "yes"
    return raw


def _worker(store: Store, raw: str) -> dict[str, Any]:
    person = workers.find_by_id_number(store, id_number(raw))
    if person is None or person["deleted"]:
        raise RuleError(f"身份证号 {raw} 没有档案，请先建立档案。")
    return person


def _registration(store: Store, year: int, raw: str) -> RegistrationView:
    from swdesk.store import exams

    person = _worker(store, raw)
    row = exams.find_registration(store, year, person["id"])
    if row is None:
        raise RuleError(f"{person['name']} 没有报名 {year} 年度的考试。")
    return exams.registration(store, row["id"])


# Writes a county file does not do: the townships sign people up, sync brings their rows.
COUNTY_REFUSED = frozenset({"year", "register", "result", "accept", "fee", "work-start", "import"})


def _warn_window(store: Store, year: int) -> None:
    """Registered outside the year's registration window: kept, but said on stderr."""
    from swdesk.store import exams

    y = exams.get_year(store, year)
    today = date.today().isoformat()
    where = exams.window_position(store, year)
    if where == exam.WINDOW_BEFORE:
        print(
            f"提醒：今天（{today}）还没到 {year} 年度的报名时间（{y['reg_start']} 起）。"
            "已记下这条报名，请在报名开始后到全国报名系统报名。",
            file=sys.stderr,
        )
    elif where == exam.WINDOW_AFTER:
        print(
            f"提醒：今天（{today}）已过 {year} 年度的报名截止日期（{y['reg_end']}），"
            "已作为补记保存。请确认本人在报名时间内已在全国报名系统报过名。",
            file=sys.stderr,
        )


def run(store: Store, args: argparse.Namespace) -> int:
    from swdesk.store import exams

    common.township_writes(
        store,
        args.action,
        COUNTY_REFUSED,
        "县里的数据文件汇总各乡镇报来的考试报名，不在县里报名、录入成绩或费用。"
        "请在乡镇（街道）的数据文件里操作；县里可用 exam list 查看。",
    )
    year = exam.check_year(args.year) if hasattr(args, "year") else 0
    if args.action == "year":
        _, created = exams.save_year(store, year, _year_raw(args))
        y = exams.get_year(store, year)
        print(
            f"{'已建立' if created else '已修改'} {year} 年度考试：考试日期 "
            f"{'、'.join(y['exam_dates']) or '未定'}，每科报名费 {y['fee_per_subject']:g} 元"
            f"{'，执行特殊地区合格线' if y['special_area'] else ''}"
        )
        if not y["fee_per_subject"]:
            print(
                "提醒：每科报名费还没有设置（全国没有统一标准，由各省每年公布），"
                "报名费会记为 0 元。请按本省考务通知用 --fee 填写。",
                file=sys.stderr,
            )
        return EXIT_OK
    if args.action == "register":
        person = _worker(store, args.id_number)
        rid = exams.register(
            store,
            year,
            person["id"],
            args.level,
            state=args.state,
            ticket_no=args.ticket,
            site=args.site,
        )
        view = exams.registration(store, rid)
        _warn_window(store, year)
        hint = exams.eligibility_of(store, person["id"], args.level, year)
        if hint.eligible is not True:
            print(f"提醒：{hint.reason}。请核对报考条件。", file=sys.stderr)
        print(
            f"已报名：{view.name} {year} 年{view.level}，科目：{'、'.join(s.name for s in view.subjects)}"
        )
        return EXIT_OK
    if args.action == "result":
        view = _registration(store, year, args.id_number)
        absent = args.score.strip() in exam.ABSENT_WORDS
        out = exams.set_score(
            store, view.id, args.subject.strip(), None if absent else args.score, absent=absent
        )
        shown = {True: "合格", False: "不合格", None: "待定"}[out.passed]
        entered = exam.STATE_ABSENT if absent else f"{args.score.strip()} 分"
        print(
            f"已录入：{view.name}“{args.subject.strip()}”{entered}；本次考试：{shown}（{out.reason}）"
        )
        if out.passed and exams.registration(store, view.id).proposal == exam.PROPOSAL_PENDING:
            print("考试合格，已生成待确认的新证书（swdesk exam accept 确认后写入档案）。")
        return EXIT_OK
    if args.action == "list":
        from swdesk.store import county_views

        county = county_views.is_county(store)
        views = (
            county_views.exam_registrations(store, year)
            if county
            else exams.registrations(store, year)
        )
        names = county_views.township_names(store) if county else {}
        if args.json:
            print_json(
                county_views.exam_public(store, views)
                if county
                else [v.public_dict() for v in views]
            )
        else:
            for v in views:
                shown = {True: "合格", False: "不合格", None: "待定"}[v.outcome.passed]
                scores = " ".join(
                    f"{s.name}:{exam.STATE_ABSENT if s.absent else ('-' if s.score is None else f'{s.score:g}')}"
                    for s in v.subjects
                )
                town = f"{names.get(v.origin, v.origin)}\t" if county else ""
                print(f"{town}{v.name}\t{v.id_number}\t{v.level}\t{v.state}\t{scores}\t{shown}")
        return EXIT_OK
    if args.action == "eligible":
        found = exams.candidates(store, year)
        if args.json:
            print_json(
                [
                    {
                        "id_number": c.id_number,
                        "name": c.name,
                        "level": c.level,
                        "eligible": c.eligibility.eligible,
                        "reason": c.eligibility.reason,
                    }
                    for c in found
                ]
            )
        else:
            for c in found:
                mark = "符合" if c.eligibility.eligible else "待核实"
                print(f"{c.name}\t{c.id_number}\t{c.level}\t{mark}\t{c.eligibility.reason}")
        return EXIT_OK
    if args.action == "accept":
        view = _registration(store, year, args.id_number)
        exams.accept_proposal(
            store,
            view.id,
            cert_number=args.cert_number,
            obtained_date=iso_date(args.date, "--date") if args.date else None,
        )
        print(
            f"已在 {view.name} 的档案中建立{exams.rules(store).level(view.level).certificate}证书。登记日期请在登记后补填。"
        )
        return EXIT_OK
    if args.action == "fee":
        view = _registration(store, year, args.id_number)
        with store.atomic():
            fee_id = (
                exams.set_fee(store, view.id, args.item, args.amount)
                if args.amount is not None
                else None
            )
            if args.reimbursed:
                if fee_id is None:
                    fee = exams.registration(store, view.id).fee(args.item)
                    if fee is None:
                        raise RuleError(f"{view.name} 没有“{args.item}”这项费用，请先写 --amount。")
                    fee_id = fee.id
                on = None if args.reimbursed == "no" else iso_date(args.reimbursed, "--reimbursed")
                exams.set_reimbursed(store, [fee_id], on)
        fee = exams.registration(store, view.id).fee(args.item)
        assert fee is not None
        state = f"已报销（{fee.reimbursed_date}）" if fee.reimbursed else "未报销"
        print(f"{view.name} {args.item} {fee.amount:.2f} 元，{state}")
        return EXIT_OK
    if args.action == "fee-check":
        return _fee_check(store, year, args.json)
    if args.action == "rules":
        return _rules(store, args)
    if args.action == "work-start":
        person = _worker(store, args.id_number)
        exams.set_work_start(store, person["id"], iso_date(args.date, "--date"))
        print(f"已登记 {person['name']} 从事社会工作的起始时间：{args.date}")
        return EXIT_OK
    from swdesk.formats import exam_excel
    from swdesk.services import exam_import

    if args.action == "import":
        try:
            n = exam_import.import_results(store, year, Path(args.file))
        except exam_excel.ResultsRejected as e:
            for problem in e.problems:
                print(f"  {problem}", file=sys.stderr)
            print("成绩表有错误，整份都没有导入。改正后重新导入。", file=sys.stderr)
            return EXIT_REJECTED
        print(f"已导入 {n} 条成绩。")
        return EXIT_OK
    target = Path(args.file)
    if args.sheet == "registrations":
        n = exam_excel.export_registrations(store, year, target)
        print(f"已导出 {n} 人的报名名单到 {target}")
    else:
        n = exam_excel.export_reimbursement(store, year, target)
        print(f"已导出 {n} 人的费用报销表到 {target}")
    return EXIT_OK


def _fee_check(store: Store, year: int, as_json: bool) -> int:
    """Reimbursed fee items the rule does not allow: listed, never changed (exit 3 if any)."""
    from swdesk.store import exams

    exams.get_year(store, year)
    problems = exams.reimbursement_problems(store, year)
    if as_json:
        print_json([p.public_dict() for p in problems])
    elif not problems:
        print(f"{year} 年度已报销的费用都符合报销规则。")
    else:
        for p in problems:
            print(
                f"{p.view.name}\t{p.view.id_number}\t{p.fee.item}\t{p.fee.amount:.2f}\t"
                f"{p.fee.reimbursed_date}\t{p.reason}"
            )
        print(
            f"{year} 年度有 {len(problems)} 项已报销的费用不符合报销规则（没有改动）。"
            "核实后如需取消报销：swdesk exam fee … --reimbursed no",
            file=sys.stderr,
        )
    return EXIT_REJECTED if problems else EXIT_OK


def _read_rules_file(path: str) -> dict[str, Any]:
    import json

    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as e:
        raise RuleError(f"读不了 {path}：{read_reason(e)}。") from None
    except json.JSONDecodeError as e:
        raise RuleError(f"{path} 不是正确的 JSON：第 {e.lineno} 行第 {e.colno} 列有错。") from None
    except ValueError:
        raise RuleError(f"{path} 不是正确的 JSON（或不是 UTF-8 编码的文本）。") from None
    if not isinstance(data, dict):
        raise RuleError(f"{path} 里应当是一组规则（JSON 对象）。")
    exam.rules_from_dict(data)
    return data


def _rules(store: Store, args: argparse.Namespace) -> int:
    from swdesk.store import exams

    if args.load:
        new = exams.set_rules(store, _read_rules_file(args.load))
        print(f"已更换考试规则：{new.name}")
    elif args.preset:
        found = exams.presets().get(args.preset)
        if found is None:
            raise RuleError(f"没有预设“{args.preset}”，可选：{'、'.join(exams.presets())}。")
        exams.set_rules(store, found)
        print(f"已恢复预设规则：{found.name}")
    else:
        print_json(exams.rules(store).to_dict())
    return EXIT_OK


def precheck(args: argparse.Namespace) -> None:
    """Arguments of ``exam`` that can be judged without the data file."""
    if hasattr(args, "year"):
        exam.check_year(args.year)
    if hasattr(args, "id_number"):
        id_number(args.id_number)
    if args.action == "year":
        _year_raw(args)
        if args.fee is not None:
            exam.check_amount(args.fee, "每科报名费")
        for what, pairs in (("合格线", args.pass_line), ("特殊地区合格线", args.special_line)):
            for subject, value in _pairs(pairs, what).items():
                exam.number(value, f"“{subject}”的{what}", minimum=0, maximum=1000)
    elif args.action == "result":
        if args.score.strip() not in exam.ABSENT_WORDS:
            exam.number(args.score, "成绩", minimum=0, maximum=1000)
        if not args.subject.strip():
            raise RuleError("科目不能为空。")
    elif args.action == "accept":
        if args.date:
            iso_date(args.date, "--date")
    elif args.action == "fee":
        if args.amount is None and args.reimbursed is None:
            raise RuleError("请写 --amount 金额，或 --reimbursed 报销日期。")
        if args.amount is not None:
            exam.check_amount(args.amount, args.item)
        if args.reimbursed and args.reimbursed != "no":
            iso_date(args.reimbursed, "--reimbursed")
    elif args.action == "work-start":
        iso_date(args.date, "--date")
    elif args.action == "rules":
        if args.load:
            _read_rules_file(args.load)
    elif args.action == "import":
        if not Path(args.file).is_file():
            raise RuleError(f"找不到文件 {args.file}。")
    elif args.action == "export":
        out = Path(args.file)
        if out.suffix.lower() != ".xlsx":
            raise RuleError(f"输出文件 {args.file} 应当以 .xlsx 结尾。")
        if not out.parent.exists():
            raise RuleError(f"文件夹 {out.parent} 不存在。")
