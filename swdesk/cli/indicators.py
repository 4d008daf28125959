"""``swdesk indicators …``: the workforce indicators as of a date, the per-unit gaps, the rules."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from swdesk.cli import indicator_report
from swdesk.cli.common import EXIT_OK, Parser, iso_date, print_json
from swdesk.core.errors import RuleError
from swdesk.core.i18n import msg
from swdesk.core.indicators import definitions as df
from swdesk.core.indicators.results import IndicatorResult, Status
from swdesk.services.indicators import build_report
from swdesk.store import Store, indicator_rules
from swdesk.store.unit import require_initialized

COMMAND = "indicators"
_STATUS_TEXT = {
    Status.NO_TARGET: "未设目标",
    Status.NO_DATA: "无数据",
    Status.ESTIMATED: "估算",
}


def add_parser(sub: Any) -> None:
    p = sub.add_parser(COMMAND, help="队伍建设指标")
    p.add_argument("--at", help="统计日期 YYYY-MM-DD（默认今天）")
    p.add_argument("--json", action="store_true")
    acts = p.add_subparsers(dest="action", required=False, parser_class=Parser)
    g = acts.add_parser("gaps", help="未达到每村（社区）目标的差距")
    g.add_argument("--at", dest="gaps_at", help="统计日期 YYYY-MM-DD（默认今天）")
    g.add_argument("--json", dest="gaps_json", action="store_true")
    r = acts.add_parser("rules", help="查看或更换指标规则")
    r.add_argument("--preset", choices=list(indicator_rules.CHOICES))
    r.add_argument("--load", help="从 JSON 文件读入指标定义")
    r.add_argument("--target", action="append", default=[], help="县里填写的目标 指标=数值")
    r.add_argument("--from", dest="valid_from", help="新规则的生效日期（默认今天）")
    r.add_argument("--json", dest="rules_json", action="store_true")
    indicator_report.add_parser(acts)


def _targets(raw: list[str]) -> dict[str, float]:
    out: dict[str, float] = {}
    for item in raw:
        key, sep, value = item.partition("=")
        try:
            number = float(value)
        except ValueError:
            number = -1.0
        if not sep or not key.strip() or number < 0:
            raise RuleError(
                msg("--target 应写成 指标=数值，如 total=300：“{item}”不对。", item=item)
            )
        out[key.strip()] = number
    return out


def precheck(args: argparse.Namespace) -> None:
    if args.action is None:
        iso_date(args.at, "--at")
    elif args.action == "gaps":
        iso_date(args.gaps_at or args.at, "--at")
    elif args.action == indicator_report.ACTION:
        indicator_report.precheck(args)
    else:
        if args.preset and args.load:
            raise RuleError(msg("--preset 和 --load 只能选一个。"))
        iso_date(args.valid_from, "--from")
        _targets(args.target)
        if args.load:
            indicator_rules.version_from_file(Path(args.load), date.today())


def _number(x: float | None) -> float | int | None:
    if x is None:
        return None
    return int(x) if float(x).is_integer() else x


def _result_dict(r: IndicatorResult) -> dict[str, Any]:
    d: dict[str, Any] = {
        "key": r.key,
        "name": r.name,
        "value": _number(r.value),
        "target": _number(r.target),
        "met": r.met,
        "numerator": r.numerator,
        "denominator": r.denominator,
        "kind": r.kind,
        "at": r.at.isoformat(),
        "unit": r.unit,
        "status": str(r.status),
    }
    if r.township:
        d["township"] = r.township
    return d


def _show(x: float | None, unit: str) -> str:
    n = _number(x)
    return "—" if n is None else f"{n} {unit}"


def _print_results(results: tuple[IndicatorResult, ...]) -> None:
    for r in results:
        where = f"[{r.township}] " if r.township else ""
        flag = {True: "已达到", False: "未达到", None: _STATUS_TEXT.get(r.status, "")}[r.met]
        if r.met is not None and r.status == Status.ESTIMATED:
            flag += "（估算）"
        print(
            f"{where}{r.name}\t{_show(r.value, r.unit)}\t目标 {_show(r.target, r.unit)}"
            f"\t{flag}\t{r.kind}"
        )


def run(store: Store, args: argparse.Namespace) -> int:
    require_initialized(store)
    if args.action == indicator_report.ACTION:
        return indicator_report.run(store, args)
    if args.action == "rules":
        return _rules(store, args)
    if args.action == "gaps":
        at = iso_date(args.gaps_at or args.at, "--at")
        report = build_report(store, at)
        rows = []
        for g in report.gaps:
            row: dict[str, Any] = {
                "code": g.code,
                "name": g.name,
                "kind": g.kind,
                "key": g.key,
                "required": g.required,
                "have": g.have,
                "short": g.short,
            }
            if g.township:
                row["township"] = g.township
            rows.append(row)
        if args.json or args.gaps_json:
            print_json(rows)
        else:
            names = {w.id: w.name for w in _candidates(store, at)}
            for g in report.gaps:
                who = "、".join(names.get(c, c) for c in g.candidates)
                where = f"[{g.township}] " if g.township else ""
                extra = f"\t可补：{who}" if who else ""
                print(f"{where}{g.code}\t{g.name}\t{g.rule}\t{g.shortfall()}{extra}")
            if not report.gaps:
                print(f"截至 {at.isoformat()}，各村（社区）都达到了配备目标。")
        return EXIT_OK
    at = iso_date(args.at, "--at")
    report = build_report(store, at)
    if args.json:
        print_json([_result_dict(r) for r in report.results])
    else:
        print(f"{report.unit_name} 队伍建设指标（截至 {at.isoformat()}）")
        _print_results(report.results)
    return EXIT_OK


def _candidates(store: Store, at: date) -> Any:
    from swdesk.store import indicator_facts

    return indicator_facts.workers(store, at)


def _rules(store: Store, args: argparse.Namespace) -> int:
    valid_from = iso_date(args.valid_from, "--from")
    targets = _targets(args.target)
    changed = bool(args.preset or args.load or targets)
    if changed:
        if args.preset:
            version = indicator_rules.preset_version(args.preset, valid_from)
        elif args.load:
            version = indicator_rules.version_from_file(Path(args.load), valid_from)
        else:
            version = indicator_rules.rules(store).version_for(valid_from)
        version = indicator_rules.with_targets(version, targets, valid_from)
        indicator_rules.save_version(store, version)
    current = indicator_rules.rules(store).version_for(valid_from)
    if args.rules_json:
        print_json(indicator_rules.rules(store).to_dict())
        return EXIT_OK
    if changed:
        print(f"已保存：自 {valid_from.isoformat()} 起使用“{current.name}”。")
    else:
        print(f"当前指标规则：{current.name}（自 {current.valid_from.isoformat()} 起）")
    for d in current.definitions:
        target = current.target_of(d)
        shown = "未设目标" if target is None else f"{_number(target)} {d.unit}"
        scope = {df.SCOPE_PER_UNIT: "每个村（社区）", df.SCOPE_COUNTY_ENTERED: "县里填写"}.get(
            d.scope, "各级"
        )
        data = "" if d.counts else "\t无数据"
        print(f"{d.key}\t{d.name}\t{shown}\t{d.kind}\t{scope}{data}")
    return EXIT_OK
