"""``swdesk training …``: continuing-education events, attendance, standing, transcripts."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from swdesk.cli import common, training_costs
from swdesk.cli.common import (
    EXIT_OK,
    EXIT_REJECTED,
    actions,
    id_number,
    iso_date,
    print_json,
)
from swdesk.core import ce
from swdesk.core.errors import RuleError
from swdesk.core.i18n import msg
from swdesk.store import Store, county_views, workers

COMMAND = "training"


def add_parser(sub: Any) -> None:
    t = actions(sub, "training", "继续教育学时")
    ta = t.add_parser("add-event", help="登记一次培训（输出培训编号）")
    ta.add_argument("--title", required=True)
    ta.add_argument("--start", required=True, help="开始日期 YYYY-MM-DD")
    ta.add_argument("--end", help="结束日期（默认同开始日期）")
    ta.add_argument("--hours", required=True)
    ta.add_argument("--mode", default=ce.MODE_IN_PERSON)
    ta.add_argument("--organizer")
    tt = t.add_parser("attend", help="给一人记一次培训的学时")
    tt.add_argument("--event", required=True)
    tt.add_argument("--id-number", required=True)
    tt.add_argument("--hours", help="实际学时（默认为培训学时，可以少于培训学时）")
    ti = t.add_parser(
        "import",
        help="从 Excel 签到表导入一次培训的学时",
        description="签到表导入已有的培训（--event），或同时新建培训（--title、--start、"
        "--hours 等）：培训和签到一起保存，签到表有错时两者都不保存。",
    )
    ti.add_argument("file")
    which = ti.add_mutually_exclusive_group(required=True)
    which.add_argument("--event", help="已有培训的编号")
    which.add_argument("--title", help="新培训的名称")
    for flag, text in EVENT_DETAIL_FLAGS.items():
        ti.add_argument(flag, help=text)
    ts = t.add_parser("status", help="每人本登记期的学时达标情况")
    ts.add_argument("--json", action="store_true")
    ts.add_argument("--at", help="统计日期 YYYY-MM-DD（默认今天）")
    td = t.add_parser("demo", help="为演示数据填入培训和签到记录（试用时用）")
    td.add_argument("--seed", type=int, default=1)
    tr = t.add_parser("transcript", help="输出继续教育学时证明 PDF")
    tr.add_argument("--id-number", required=True)
    tr.add_argument("--out", required=True)
    training_costs.add_parsers(t)


# The details of a new event that ``import --title`` takes besides the title.
EVENT_DETAIL_FLAGS = {
    "--start": "新培训的开始日期 YYYY-MM-DD",
    "--end": "新培训的结束日期（默认同开始日期）",
    "--hours": "新培训的学时",
    "--mode": "新培训的形式（默认面授）",
    "--organizer": "新培训的主办单位",
    "--place": "新培训的地点",
}


def _event_raw(args: argparse.Namespace) -> dict[str, Any]:
    return {
        "title": args.title,
        "start_date": iso_date(args.start, "--start"),
        "end_date": iso_date(args.end, "--end") if args.end else None,
        "hours": args.hours,
        "mode": args.mode,
        "organizer": args.organizer,
        "place": getattr(args, "place", None),
    }


def _import_target(args: argparse.Namespace) -> str | dict[str, Any]:
    """``--event ID``, or the details of a new event (``--title`` with ``--start``, ``--hours``)."""
    given = [f for f in EVENT_DETAIL_FLAGS if getattr(args, f[2:]) is not None]
    if args.event is not None:
        if given:
            raise RuleError(
                f"用 --event 导入到已有培训时不能再给 {'、'.join(given)}；"
                "要同时新建培训，请用 --title 代替 --event。"
            )
        return str(args.event)
    missing = [f for f in ("--start", "--hours") if f not in given]
    if missing:
        raise RuleError(f"用 --title 新建培训时还需要 {'、'.join(missing)}。")
    from swdesk.core import ce

    raw = _event_raw(args)
    ce.validate_event(raw)  # the wrong detail is named before the data file is opened
    return raw


# Trainings and attendance are recorded by the townships and reach the county in their packages.
_TOWNSHIP_WRITES = frozenset({"add-event", "attend", "import", "demo", "cost"})
COUNTY_TRAINING_REFUSAL = msg(
    "县里的数据文件汇总各乡镇报来的培训、签到和培训费用，不在县里登记这些记录。"
    "请在乡镇（街道）的数据文件里登记，再导出数据包报县；县里可用 training status 查看学时达标情况。"
)


def run(store: Store, args: argparse.Namespace) -> int:
    from swdesk.store import training

    common.township_writes(store, args.action, _TOWNSHIP_WRITES, COUNTY_TRAINING_REFUSAL)
    if args.action in training_costs.ACTIONS:
        return training_costs.run(store, args)
    if args.action == "add-event":
        print(training.add_event(store, _event_raw(args)))
        return EXIT_OK
    if args.action == "attend":
        person = workers.find_by_id_number(store, id_number(args.id_number))
        if person is None or person["deleted"]:
            raise RuleError(f"身份证号 {args.id_number} 没有档案，请先建立档案。")
        training.attend(store, args.event, [training.Attendee(person["id"], args.hours)])
        event = training.get_event(store, args.event)
        hours = args.hours if args.hours is not None else event["hours"]
        print(f"已记录：{person['name']}《{event['title']}》{float(hours):g} 学时")
        return EXIT_OK
    if args.action == "import":
        from swdesk.services import training_import

        target = _import_target(args)
        try:
            done = training_import.import_sheet(store, Path(args.file), target)
        except training.AttendanceRejected as e:
            for problem in e.problems:
                print(f"  {problem}", file=sys.stderr)
            also = "新培训也没有建立。" if isinstance(target, dict) else ""
            print(f"签到表有错误，整份都没有导入。{also}改正后重新导入。", file=sys.stderr)
            return EXIT_REJECTED
        if done.event_created:
            print(f"已新建培训《{args.title.strip()}》，培训编号：{done.event_id}")
        print(f"已导入 {len(done.record_ids)} 人的学时。")
        return EXIT_OK
    if args.action == "demo":
        from swdesk.services import training_demo

        n = training_demo.fill(store, args.seed)
        if not n:
            raise RuleError("没有已登记证书的社工，无法填入培训演示数据。请先运行 swdesk demo。")
        print(f"已添加培训演示数据：{n} 条学时记录。")
        return EXIT_OK
    at = iso_date(args.at, "--at") if args.action == "status" else date.today()
    if args.action == "status":
        settings = training.ce_settings(store)
        items = training.standings(store, at, settings)
        if args.json:
            per_unit = 1 / settings.to_units(1.0)
            found = [w.public_dict(per_unit) for w in items]
            if county_views.is_county(store):  # many townships' people: each one's township
                towns = county_views.worker_townships(store)
                names = county_views.township_names(store)
                for w, d in zip(items, found, strict=True):
                    town = towns.get(w.worker_id, "")
                    d.update(township=town, township_name=names.get(town, ""))
            print_json(found)
        else:
            unit = settings.unit_label
            for w in items:
                s = w.standing
                print(
                    f"{w.name}\t{w.id_number}\t{w.level or ''}\t{s.label}\t"
                    f"{s.earned:g}/{s.required:g}{unit}\t"
                    f"{'' if s.days_left is None else f'剩 {s.days_left} 天'}"
                )
        return EXIT_OK
    from swdesk.formats.transcript import write_transcripts

    person = workers.find_by_id_number(store, id_number(args.id_number))
    if person is None or person["deleted"]:
        raise RuleError(f"身份证号 {args.id_number} 没有档案。")
    out = write_transcripts(store, [person["id"]], Path(args.out), at)
    print(f"已生成 {out}")
    return EXIT_OK


def precheck(args: argparse.Namespace) -> None:
    """Arguments of ``training`` that can be judged without the data file."""
    from swdesk.core import ce

    if args.action == "add-event":
        ce.validate_event(_event_raw(args))
    elif args.action in training_costs.ACTIONS:
        training_costs.precheck(args)
    elif args.action == "attend":
        id_number(args.id_number)
        if args.hours is not None:
            ce.parse_hours(args.hours)
    elif args.action == "import":
        _import_target(args)
        if not Path(args.file).is_file():
            raise RuleError(f"找不到文件 {args.file}。")
    elif args.action == "status":
        iso_date(args.at, "--at")
    elif args.action == "transcript":
        id_number(args.id_number)
        out = Path(args.out)
        if out.suffix.lower() != ".pdf":
            raise RuleError(f"输出文件 {args.out} 应当以 .pdf 结尾。")
        if not out.parent.exists():
            raise RuleError(f"文件夹 {out.parent} 不存在。")
